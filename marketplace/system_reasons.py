"""Reasons the platform itself writes into a history, stored as stable codes.

A person's reason is kept as typed. A reason the system writes is stored as
``sys:<code>`` or ``sys:<code>:<value>`` and shown through the feature's catalogue of
lazily translated labels, so a German page never shows an English internal note. Rows
written before the codes existed carry the old English text; each catalogue maps those
to their code too. Anything unknown is shown as it was stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from flask_babel import format_date
from flask_babel.speaklater import LazyString

PREFIX = "sys:"


def system_reason(code: str, value: object | None = None) -> str:
    """The stored form of a reason the platform writes (never shown as is)."""
    return f"{PREFIX}{code}" if value is None else f"{PREFIX}{code}:{value}"


def as_date(value: str) -> str:
    try:
        return format_date(date.fromisoformat(value), "medium")
    except ValueError:
        return value


@dataclass(frozen=True)
class ReasonCatalogue:
    """Labels of one feature's system reasons; a label with a value uses ``%(value)s``."""

    labels: Mapping[str, LazyString]
    # Old English text (exact, or a regex whose first group is the value) -> code.
    legacy: Mapping[str, str] = field(default_factory=dict)
    legacy_patterns: Mapping[str, str] = field(default_factory=dict)
    value_formatters: Mapping[str, Callable[[str], str]] = field(default_factory=dict)

    def label(self, reason: str | None) -> str:
        if not reason:
            return ""
        code, value = self._parse(reason)
        if code is None or code not in self.labels:
            return reason
        formatter = self.value_formatters.get(code)
        if value is not None and formatter is not None:
            value = formatter(value)
        text = str(self.labels[code])
        return text % {"value": value or ""} if "%(value)s" in text else text

    def _parse(self, reason: str) -> tuple[str | None, str | None]:
        if reason.startswith(PREFIX):
            code, _sep, value = reason[len(PREFIX):].partition(":")
            return code, value if _sep else None
        if reason in self.legacy:
            return self.legacy[reason], None
        for pattern, code in self.legacy_patterns.items():
            match = re.fullmatch(pattern, reason)
            if match:
                return code, match.group(1)
        return None, None
