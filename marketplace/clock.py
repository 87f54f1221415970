"""The platform's only source of the current time.

Everything that compares against "now" (lead windows, consent expiry, retention, the
24-hour messaging window) asks `now()`, so tests can move time without patching modules.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

_frozen_at: datetime | None = None


def now() -> datetime:
    """Timezone-aware UTC now, or the frozen instant while a test holds the clock."""
    if _frozen_at is not None:
        return _frozen_at
    return datetime.now(UTC)


def freeze(at: datetime) -> None:
    global _frozen_at
    if at.tzinfo is None:
        raise ValueError("freeze() needs a timezone-aware datetime")
    _frozen_at = at.astimezone(UTC)


def advance(delta: timedelta) -> datetime:
    if _frozen_at is None:
        raise RuntimeError("advance() needs a frozen clock")
    freeze(_frozen_at + delta)
    return now()


def unfreeze() -> None:
    global _frozen_at
    _frozen_at = None


def as_utc(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; every stored time is UTC, so attach it."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)
