"""Appointment times: entered in Europe/Berlin, stored in UTC, shown in the reader's words.

A business types "8.12., 10:00" meaning German local time; the database keeps UTC (as every
other time of the platform), and the customer's button reads "Di 8.12., 10:00–11:00".
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date

from marketplace.clock import as_utc

BERLIN = ZoneInfo("Europe/Berlin")


def to_utc(value: datetime) -> datetime:
    """A time as entered: without an offset it is German local time (summer time included)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=BERLIN)
    return value.astimezone(UTC)


def local(value: datetime) -> datetime:
    return as_utc(value).astimezone(BERLIN)


def _weekday(value: datetime, language: str) -> str:
    # Babel writes "Di." in German; the buttons read "Di 8.12." as people write it.
    return format_date(value.date(), "EEE", locale=language).rstrip(".")


def _day(value: datetime, language: str) -> str:
    if language.startswith("de"):
        return f"{_weekday(value, 'de')} {value.day}.{value.month}."
    return f"{_weekday(value, 'en')} {value.day} {format_date(value.date(), 'MMM', locale='en')}"


def slot_title(starts_at: datetime, ends_at: datetime, language: str = "de") -> str:
    """ "Di 8.12., 10:00–11:00" (de) or "Tue 8 Dec, 10:00–11:00" (en), in Berlin time."""
    start, end = local(starts_at), local(ends_at)
    language = "de" if language.startswith("de") else "en"
    if start.date() == end.date():
        return f"{_day(start, language)}, {start:%H:%M}–{end:%H:%M}"
    return f"{_day(start, language)} {start:%H:%M} – {_day(end, language)} {end:%H:%M}"
