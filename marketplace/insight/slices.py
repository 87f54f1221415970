"""The rebuild's second step: from the daily rollup (insight/models.py, filled by
insight/rollup.py) to the figures of every slice a page can ask for, so that even the first
view of a page after a rebuild reads a few small rows.

A slice is one period (PERIODS, up to the rebuild's day), all trades or one, and all of
Germany or a postcode region of one or two digits: six ways to group each rollup row
(`_groupings`), computed for the three periods at once by joining the rollup with a small
table of the periods' first days (`_periods`). Every statement is an INSERT ... SELECT that
runs the same on PostgreSQL and SQLite, percentiles included (`percentile`)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa

from marketplace.db import UTCDateTime, db
from marketplace.geo.models import Postcode
from marketplace.insight.models import (
    ALL,
    ConsentDay,
    JobFact,
    LeadDay,
    MessageDay,
    RegionCentroid,
    SliceBusiness,
    SliceConsent,
    SliceDay,
    SliceFigures,
    SliceGap,
    SliceMessage,
)
from marketplace.insight.scope import BERLIN, PERIODS
from marketplace.tenancy.models import Tenant

# The health page lists the businesses with the most leads in a slice, not all of them.
TOP_BUSINESSES = 15
# A dot on the supply-gap map stands for the postcodes sharing their first three digits.
MAP_DIGITS = 3
SLICE_TABLES = (SliceFigures, SliceDay, SliceGap, SliceBusiness, SliceConsent, SliceMessage,
                RegionCentroid)


def periods(today: date) -> sa.Subquery:
    """One row per period: its length, first day and first moment (Germany's midnight)."""
    rows = []
    for days in PERIODS:
        first = today - timedelta(days=days - 1)
        rows.append(sa.select(
            sa.literal(days, sa.Integer).label("days"),
            sa.literal(first, sa.Date).label("first_day"),
            sa.literal(datetime.combine(first, time(0), tzinfo=BERLIN),
                       UTCDateTime).label("since")))
    return sa.union_all(*rows).subquery("periods")


def _all() -> Any:
    return sa.literal(ALL, sa.String)


def _groupings(trade: Any, region: Any) -> list[tuple[Any, Any, list[Any]]]:
    """The six slices a rollup row counts in: (trade key, region key, which rows)."""
    one_digit = sa.func.substr(region, 1, 1)
    has_trade, has_region = [trade != ""], [region != ""]
    return [(_all(), _all(), []), (_all(), one_digit, has_region),
            (_all(), region, has_region), (trade, _all(), has_trade),
            (trade, one_digit, has_trade + has_region),
            (trade, region, has_trade + has_region)]


def _expanded(model: Any, trade: Any, region: Any, columns: list[Any], today: date,
              where: tuple[Any, ...] = ()) -> sa.Subquery:
    """Each rollup row once per period and slice it belongs to."""
    spans = periods(today)
    parts = [sa.select(spans.c.days, region_key.label("region"),
                       trade_key.label("trade_code"), *columns)
             .select_from(model).join(spans, model.day >= spans.c.first_day)
             .where(*where, *conditions)
             for trade_key, region_key, conditions in _groupings(trade, region)]
    return sa.union_all(*parts).subquery("expanded")


def numbered(rows: sa.Subquery, keys: list[str], value: str) -> sa.Subquery:
    """`rows` with each row's place from 0 by `value` within its group of `keys` (rows
    without a value last) and how many rows of the group have one (`size`)."""
    partition = [rows.c[key] for key in keys]
    order = rows.c[value].asc().nulls_last()
    return sa.select(rows, (sa.func.row_number().over(partition_by=partition, order_by=order)
                            - 1).label("position"),
                     sa.func.count(rows.c[value]).over(partition_by=partition).label("size")
                     ).subquery()


def percentile(rows: sa.Subquery, value: str, fraction: tuple[int, int]) -> Any:
    """The `fraction` (numerator, denominator) percentile of `value` over a group of
    `numbered` rows, interpolated between the two nearest ranks as PostgreSQL's
    percentile_cont does (None for a group without values). Integer arithmetic finds the
    ranks, so both databases agree to the last digit."""
    numerator, denominator = fraction
    low = (rows.c.size - 1) * numerator // denominator
    size = sa.func.max(rows.c.size)  # the same on every row of the group
    weight = sa.cast((size - 1) * numerator % denominator, sa.Float) / denominator
    at_low = sa.func.max(sa.case((rows.c.position == low, rows.c[value])))
    at_high = sa.func.max(sa.case((rows.c.position == low + 1, rows.c[value])))
    return at_low + sa.func.coalesce(at_high - at_low, 0.0) * weight


def _count(flag: Any) -> Any:
    return sa.func.sum(sa.case((flag, 1), else_=0))


def _figures(today: date) -> sa.Select[Any]:
    expanded = _expanded(JobFact, JobFact.trade_code, sa.func.substr(JobFact.postcode, 1, 2),
                         [JobFact.reached, JobFact.quoted, JobFact.awarded,
                          JobFact.first_quote_seconds], today)
    rows = numbered(expanded, ["days", "region", "trade_code"], "first_quote_seconds")
    keys = [rows.c.days, rows.c.region, rows.c.trade_code]
    return (sa.select(*keys, sa.func.count(), _count(rows.c.reached),
                      _count(rows.c.quoted), _count(rows.c.awarded),
                      percentile(rows, "first_quote_seconds", (1, 2)),
                      percentile(rows, "first_quote_seconds", (9, 10)))
            .group_by(*keys))


def _days(today: date) -> sa.Select[Any]:
    first = today - timedelta(days=max(PERIODS) - 1)
    region = sa.func.substr(JobFact.postcode, 1, 2)
    parts = [sa.select(trade_key.label("trade_code"), region_key.label("region"),
                       JobFact.day, JobFact.channel).where(JobFact.day >= first, *conditions)
             for trade_key, region_key, conditions in _groupings(JobFact.trade_code, region)]
    rows = sa.union_all(*parts).subquery()
    keys = [rows.c.trade_code, rows.c.region, rows.c.day, rows.c.channel]
    return sa.select(*keys, sa.func.count()).group_by(*keys)


def _gaps(today: date) -> sa.Select[Any]:
    spans = periods(today)
    area = sa.func.substr(JobFact.postcode, 1, MAP_DIGITS).label("area")
    parts = [sa.select(spans.c.days, trade_key.label("trade_code"), area)
             .select_from(JobFact).join(spans, JobFact.day >= spans.c.first_day)
             .where(sa.not_(JobFact.reached))
             for trade_key in (_all(), JobFact.trade_code)]
    rows = sa.union_all(*parts).subquery()
    keys = [rows.c.days, rows.c.trade_code, rows.c.area]
    return sa.select(*keys, sa.func.count()).group_by(*keys)


def _businesses(today: date) -> sa.Select[Any]:
    rows = _expanded(LeadDay, LeadDay.trade_code, LeadDay.region,
                     [LeadDay.tenant_id, LeadDay.leads, LeadDay.answered], today)
    keys = [rows.c.days, rows.c.region, rows.c.trade_code]
    summed = (sa.select(*keys, rows.c.tenant_id, sa.func.sum(rows.c.leads).label("leads"),
                        sa.func.sum(rows.c.answered).label("answered"))
              .group_by(*keys, rows.c.tenant_id).subquery())
    slice_keys = [summed.c.days, summed.c.region, summed.c.trade_code]
    order = sa.func.row_number().over(
        partition_by=slice_keys, order_by=(summed.c.leads.desc(), Tenant.name, Tenant.id))
    placed = (sa.select(*slice_keys, order.label("position"), summed.c.tenant_id,
                        summed.c.leads, summed.c.answered)
              .join(Tenant, Tenant.id == summed.c.tenant_id).subquery())
    return sa.select(placed).where(placed.c.position <= TOP_BUSINESSES)


def _summed(model: Any, columns: list[Any], total: Any, today: date) -> sa.Select[Any]:
    rows = _expanded(model, model.trade_code, model.region,
                     [*columns, total.label("total")], today)
    keys = [rows.c.days, rows.c.region, rows.c.trade_code,
            *[rows.c[column.key] for column in columns]]
    return sa.select(*keys, sa.func.sum(rows.c.total)).group_by(*keys)


def _centroids(_today: date) -> sa.Select[Any]:
    area = sa.func.substr(Postcode.postcode, 1, MAP_DIGITS)
    return (sa.select(area, sa.func.avg(Postcode.latitude), sa.func.avg(Postcode.longitude),
                      sa.func.min(Postcode.place_name)).group_by(area))


REBUILDS: tuple[tuple[type, tuple[str, ...], Any], ...] = (
    (SliceFigures, ("days", "region", "trade_code", "requests", "reached", "quoted",
                    "awarded", "first_quote_median", "first_quote_p90"), _figures),
    (SliceDay, ("trade_code", "region", "day", "channel", "requests"), _days),
    (SliceGap, ("days", "trade_code", "area", "requests"), _gaps),
    (SliceBusiness, ("days", "region", "trade_code", "position", "tenant_id", "leads",
                     "answered"), _businesses),
    (SliceConsent, ("days", "region", "trade_code", "purpose", "state", "questions"),
     lambda today: _summed(ConsentDay, [ConsentDay.purpose, ConsentDay.state],
                           ConsentDay.questions, today)),
    (SliceMessage, ("days", "region", "trade_code", "channel", "status", "error_code",
                    "gate_reason", "messages"),
     lambda today: _summed(MessageDay, [MessageDay.channel, MessageDay.status,
                                        MessageDay.error_code, MessageDay.gate_reason],
                           MessageDay.messages, today)),
    (RegionCentroid, ("area", "latitude", "longitude", "place"), _centroids),
)


def rebuild_slices(today: date) -> None:
    """Replace every slice's figures (in the caller's unit of work; no commit here)."""
    for model, columns, select in REBUILDS:
        db.session.execute(sa.delete(model))
        db.session.execute(sa.insert(model).from_select(list(columns), select(today)))
