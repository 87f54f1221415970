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
               if message.id and not _translated(catalog.get(message.id, message.context))]
    assert missing == [], f"{feature}: untranslated strings (flask i18n update): {missing[:10]}"


@pytest.mark.parametrize("feature", [name for name, _path in i18n.feature_translation_dirs()])
def test_compiled_catalogue_matches_its_source(feature):
    catalog = i18n.load_po(feature)
    mo_path = i18n.po_path(feature)[:-3] + ".mo"
    with open(mo_path, "rb") as handle:
        assert handle.read() == i18n.compiled_mo(catalog), "run: flask i18n compile"


def _translated(message) -> bool:
    """A German text, and for a plural text every German form (an empty form would show
    the English one for that count)."""
    if message is None:
        return False
    if isinstance(message.string, tuple):
        return all(message.string)
    return bool(message.string)


def test_a_text_has_one_german_translation_across_all_features():
    """Flask-Babel merges every feature's catalogue into one, the later feature winning: two
    features translating the same English text differently would show whichever loads last
    (a suspension reason once read "Grund" instead of "Begründung" that way)."""
    import collections
    import pathlib

    from babel.messages.pofile import read_po

    package = pathlib.Path(__file__).resolve().parent.parent / "marketplace"
    translations: dict[tuple, dict[str, str]] = collections.defaultdict(dict)
    for path in package.glob("*/translations/de/LC_MESSAGES/messages.po"):
        with path.open("rb") as handle:
            for message in read_po(handle):
                if message.id and message.string:
                    key = (str(message.id if isinstance(message.id, str) else message.id[0]),
                           message.context)
                    translations[key][path.parts[-5]] = str(message.string)
    differing = {key: by_feature for key, by_feature in translations.items()
                 if len(set(by_feature.values())) > 1}
    assert differing == {}
