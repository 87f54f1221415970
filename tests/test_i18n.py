"""Every text of every feature has its German translation, and the compiled files match."""

import pytest

from marketplace import i18n


@pytest.mark.parametrize("feature", i18n.features())
def test_every_string_has_a_german_translation(feature):
    extracted = i18n.extract_catalog(feature)
    if not len(extracted):
        return
    catalog = i18n.load_po(feature)
    assert catalog is not None, f"run: flask --app marketplace i18n update {feature}"
    missing = [message.id for message in extracted
               if message.id and not (catalog.get(message.id, message.context) or
                                      _empty()).string]
    assert missing == [], f"{feature}: untranslated strings (flask i18n update): {missing[:10]}"


@pytest.mark.parametrize("feature", [name for name, _path in i18n.feature_translation_dirs()])
def test_compiled_catalogue_matches_its_source(feature):
    catalog = i18n.load_po(feature)
    mo_path = i18n.po_path(feature)[:-3] + ".mo"
    with open(mo_path, "rb") as handle:
        assert handle.read() == i18n.compiled_mo(catalog), "run: flask i18n compile"


def _empty():
    class Empty:
        string = ""

    return Empty()
