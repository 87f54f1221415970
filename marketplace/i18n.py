"""German first, English second: locale choice, catalogues per feature, and their CLI.

Each feature keeps its own catalogue in `marketplace/<feature>/translations/`, so features
can change their texts without touching each other's files. Source strings are English;
the German catalogue must translate every one of them (tests/test_i18n.py checks).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from typing import Any

import click
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from flask import Flask, current_app, has_request_context, request, session
from flask.cli import AppGroup
from flask_babel import Babel, get_locale

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
PROJECT_ROOT = os.path.dirname(PACKAGE_DIR)
TEMPLATES_DIR = os.path.join(PROJECT_ROOT, "templates")
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}
# Templates that belong to no single feature are translated with the `site` feature.
SHARED_TEMPLATE_DIRS = ("", "_macros", "errors", "emails")
METHOD_MAP = [("**.py", "python"), ("**.html", "jinja2"), ("**.txt", "jinja2")]
EXTRACT_OPTIONS = {"**.html": {"extensions": "jinja2.ext.do"}, "**.txt": {}}
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "lazy_gettext": None, "_l": None,
            "lazy_ngettext": (1, 2), "pgettext": ((1, "c"), 2)}


def select_locale() -> str:
    languages = current_app.config["LANGUAGES"]
    if not has_request_context():
        # Tasks and CLI pick their language explicitly with flask_babel.force_locale.
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    chosen = session.get("lang")
    if chosen in languages:
        return chosen
    return request.accept_languages.best_match(languages) or current_app.config[
        "BABEL_DEFAULT_LOCALE"
    ]


def init_app(app: Flask, babel: Babel) -> None:
    directories = [path for _feature, path in feature_translation_dirs()]
    babel.init_app(
        app,
        locale_selector=select_locale,
        default_translation_directories=";".join(directories) or "translations",
    )


def template_context() -> dict[str, Any]:
    return {"current_language": str(get_locale()), "language_names": LANGUAGE_NAMES}


def features() -> list[str]:
    return sorted(
        name
        for name in os.listdir(PACKAGE_DIR)
        if os.path.isfile(os.path.join(PACKAGE_DIR, name, "__init__.py"))
    )


def feature_translation_dirs() -> Iterator[tuple[str, str]]:
    for feature in features():
        path = os.path.join(PACKAGE_DIR, feature, "translations")
        if os.path.isdir(path):
            yield feature, path


def _source_dirs(feature: str) -> list[tuple[str, bool]]:
    """Directories whose strings belong to `feature` (path, recurse)."""
    dirs = [(os.path.join(PACKAGE_DIR, feature), True)]
    feature_templates = os.path.join(TEMPLATES_DIR, feature)
    if os.path.isdir(feature_templates):
        dirs.append((feature_templates, True))
    if feature == "site":
        dirs.extend((os.path.join(TEMPLATES_DIR, sub), sub != "") for sub in SHARED_TEMPLATE_DIRS)
        dirs.append((PACKAGE_DIR, False))
    return [(path, recurse) for path, recurse in dirs if os.path.isdir(path)]


def extract_catalog(feature: str) -> Catalog:
    """Every translatable string of one feature, freshly extracted from its sources."""
    catalog = Catalog(project="marketplace", locale="en")
    for directory, recurse in _source_dirs(feature):

        def only_here(dirname: str, directory: str = directory, recurse: bool = recurse) -> bool:
            return recurse or os.path.abspath(dirname) == os.path.abspath(directory)

        for filename, lineno, message, comments, context in extract_from_dir(
            directory,
            METHOD_MAP,
            options_map=EXTRACT_OPTIONS,
            keywords=KEYWORDS,
            directory_filter=only_here,
        ):
            if not recurse and os.sep in filename:
                continue
            catalog.add(message, None, [(filename, lineno)], auto_comments=comments,
                        context=context)
    return catalog


def po_path(feature: str, locale: str = "de") -> str:
    return os.path.join(PACKAGE_DIR, feature, "translations", locale, "LC_MESSAGES",
                        "messages.po")


def load_po(feature: str, locale: str = "de") -> Catalog | None:
    path = po_path(feature, locale)
    if not os.path.exists(path):
        return None
    with open(path, "rb") as handle:
        return read_po(handle, locale=locale)


def compiled_mo(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def update_feature(feature: str, locale: str = "de") -> tuple[int, int]:
    """Merge newly extracted strings into the feature's catalogue; returns (total, missing)."""
    template = extract_catalog(feature)
    existing = load_po(feature, locale)
    if not len(template) and existing is None:
        return 0, 0
    catalog = existing or Catalog(project="marketplace", locale=locale)
    catalog.update(template, no_fuzzy_matching=True)
    # A fuzzy header would be dropped from the .mo file, and with it the UTF-8 charset.
    catalog.fuzzy = False
    path = po_path(feature, locale)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        write_po(handle, catalog, width=100, omit_header=False, ignore_obsolete=True,
                 sort_output=True)
    missing = sum(1 for message in catalog if message.id and not message.string)
    return len(catalog), missing


def compile_feature(feature: str, locale: str = "de") -> bool:
    catalog = load_po(feature, locale)
    if catalog is None:
        return False
    mo_path = po_path(feature, locale)[:-3] + ".mo"
    with open(mo_path, "wb") as handle:
        handle.write(compiled_mo(catalog))
    return True


i18n_cli = AppGroup("i18n", help="Extract, update and compile the translation catalogues.")


@i18n_cli.command("update")
@click.argument("feature_names", nargs=-1)
def update_command(feature_names: tuple[str, ...]) -> None:
    """Extract strings into each feature's German catalogue (all features by default)."""
    for feature in feature_names or features():
        total, missing = update_feature(feature)
        if total:
            click.echo(f"{feature}: {total} strings, {missing} without German translation")


@i18n_cli.command("compile")
def compile_command() -> None:
    """Compile every .po catalogue into the .mo file the app loads."""
    for feature, _path in feature_translation_dirs():
        if compile_feature(feature):
            click.echo(f"{feature}: compiled")


def role_label(role: str) -> str:
    from flask_babel import gettext as _

    labels = {
        "admin": _("Platform admin"),
        "owner": _("Owner"),
        "office": _("Office staff"),
        "crew": _("Crew"),
    }
    return labels.get(role, role)


def format_datetime_local(value: Any) -> str:
    """A moment in the viewer's time zone (Europe/Berlin unless configured), to the minute:
    the locale's medium date with its short time ("03.12.2026, 14:05")."""
    from flask_babel import format_date, format_time

    if value is None:
        return ""
    pattern = get_locale().datetime_formats["medium"]
    return pattern.format(format_time(value, "short"), format_date(value, "medium"))


def format_number(value: Any) -> str:
    """A count or amount in the viewer's locale (German: 1.234,5)."""
    from flask_babel import format_decimal

    return "–" if value is None else format_decimal(value)


def format_age(value: Any) -> str:
    """How long something has waited, in words ("3 Tage", "5 Stunden")."""
    from flask_babel import format_timedelta

    return "–" if value is None else format_timedelta(value, threshold=1.0)
