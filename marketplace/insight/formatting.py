"""Numbers as a German (or English) reader expects them: 1.234, 42 %, 3,5 Std., 04.11.

A 90-day page formats a few thousand numbers (tables, chart labels, titles); Babel's
formatting is exact but slow per call, so each (value, kind, language) is formatted once
per process."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from babel.dates import format_skeleton
from babel.numbers import format_decimal, format_percent
from flask_babel import get_locale
from flask_babel import gettext as _
from markupsafe import Markup, escape

from marketplace.insight.tables import COUNT, DAY, HOURS, SHARE, Table


@lru_cache(maxsize=8192)
def _formatted(value: Any, kind: str, locale: str) -> str:
    if kind == COUNT:
        return format_decimal(value, locale=locale)
    if kind == SHARE:
        return format_percent(value, "#,##0 %", locale=locale)
    if kind == DAY:
        return format_skeleton("dMM", value, locale=locale)  # 04.11.
    return str(value)


def format_value(value: Any, kind: str, locale: str | None = None) -> str:
    if value is None:
        return "–"
    locale = locale or str(get_locale() or "de")
    if kind == HOURS:
        if value < 1:
            return _("%(minutes)s min", minutes=_formatted(round(value * 60), COUNT, locale))
        return _("%(hours)s h", hours=_formatted(round(value, 1), COUNT, locale))
    if kind == SHARE:
        value = round(value, 4)
    return _formatted(value, kind, locale)


def formatted_rows(table: Table) -> list[list[str]]:
    locale = str(get_locale() or "de")
    return [[format_value(value, table.kind_of(row_index, column_index), locale)
             for column_index, value in enumerate(row)]
            for row_index, row in enumerate(table.rows)]


def formatter(kind: str) -> Any:
    locale = str(get_locale() or "de")
    return lambda value: format_value(value, kind, locale)


def table_rows(rows: list[list[str]]) -> Markup:
    """Formatted rows as the <tr> elements of a numbers table, in one join: the supply-gap
    table can have hundreds of rows, and a template loop per cell was a large part of the
    page's time."""
    return Markup("".join(  # noqa: S704 - every cell is escaped here
        "<tr>" + "".join(f"<td>{escape(value)}</td>" for value in row) + "</tr>"
        for row in rows))
