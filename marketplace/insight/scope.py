"""Which slice of the marketplace a page shows (period, trade, region), and the few SQL
expressions whose spelling differs between PostgreSQL and SQLite."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from marshmallow import EXCLUDE, Schema, fields, validate

from marketplace import clock
from marketplace.db import db
from marketplace.insight.models import ALL

BERLIN = ZoneInfo("Europe/Berlin")
PERIODS = (7, 30, 90)


class ScopeSchema(Schema):
    class Meta:
        unknown = EXCLUDE

    days = fields.Integer(load_default=30, validate=validate.OneOf(PERIODS))
    trade = fields.String(load_default=None, validate=validate.Regexp(r"^[a-z0-9_-]{1,40}$"))
    region = fields.String(load_default=None, validate=validate.Regexp(r"^\d{1,2}$"))


@dataclass(frozen=True)
class Scope:
    """The last `days` days (whole days in Germany, today included), optionally one trade and
    one postcode region (the first one or two digits)."""

    days: int = 30
    trade: str | None = None
    region: str | None = None
    # The last day of the period: the day the figures were summed (None: today).
    today: date | None = None

    @classmethod
    def from_args(cls, args: Any) -> Scope:
        data = ScopeSchema().load({key: value for key, value in args.items() if value != ""})
        return cls(days=data["days"], trade=data["trade"], region=data["region"])

    @property
    def since(self) -> datetime:
        today = self.today or clock.now().astimezone(BERLIN).date()
        first = today - timedelta(days=self.days - 1)
        return datetime.combine(first, time(0), tzinfo=BERLIN)

    def days_in(self) -> list[date]:
        first = self.since.date()
        return [first + timedelta(days=offset) for offset in range(self.days)]

    def slice_conditions(self, model: Any, *, by_trade: bool = True,
                         by_region: bool = True) -> list[Any]:
        """This slice's rows of a table the rebuild filled (insight/slices.py)."""
        conditions: list[Any] = [model.days == self.days] if hasattr(model, "days") else []
        if by_trade:
            conditions.append(model.trade_code == (self.trade or ALL))
        if by_region:
            conditions.append(model.region == (self.region or ALL))
        return conditions

    def as_args(self, **changes: Any) -> dict[str, Any]:
        args = {"days": self.days, "trade": self.trade, "region": self.region} | changes
        return {key: value for key, value in args.items() if value}


def _is_postgres() -> bool:
    return db.session.get_bind().dialect.name == "postgresql"


def local_day(column: Any) -> Any:
    """The calendar day in Germany on which a stored UTC moment fell."""
    if _is_postgres():
        return sa.func.date(sa.func.timezone("Europe/Berlin", column))
    # SQLite keeps naive UTC text; today's offset is close enough for a development database.
    offset = clock.now().astimezone(BERLIN).utcoffset() or timedelta(0)
    return sa.func.date(column, f"+{int(offset.total_seconds() // 3600)} hours")


def seconds_between(later: Any, earlier: Any) -> Any:
    if _is_postgres():
        return sa.func.extract("epoch", later - earlier)
    return (sa.func.julianday(later) - sa.func.julianday(earlier)) * 86400.0
