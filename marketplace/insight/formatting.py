"""Numbers as a German (or English) reader expects them: 1.234, 42 %, 3,5 Std."""

from __future__ import annotations

from typing import Any

from babel.dates import format_skeleton
from flask_babel import format_decimal, format_percent, get_locale
from flask_babel import gettext as _

from marketplace.insight.tables import COUNT, DAY, HOURS, SHARE, Table


def format_value(value: Any, kind: str) -> str:
    if value is None:
        return "–"
    if kind == COUNT:
        return format_decimal(value)
    if kind == SHARE:
        return format_percent(value, "#,##0 %")
    if kind == DAY:
        return format_skeleton("dMM", value, locale=get_locale())  # 04.11.
    if kind == HOURS:
        if value < 1:
            return _("%(minutes)s min", minutes=format_decimal(round(value * 60)))
        return _("%(hours)s h", hours=format_decimal(round(value, 1)))
    return str(value)


def formatted_rows(table: Table) -> list[list[str]]:
    return [[format_value(value, table.kind_of(row_index, column_index))
             for column_index, value in enumerate(row)]
            for row_index, row in enumerate(table.rows)]


def formatter(kind: str) -> Any:
    return lambda value: format_value(value, kind)
