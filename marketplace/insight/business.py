"""One business's figures beside the median of businesses like it (same trade, same
postcode region). Peers are never named, and with fewer than MIN_PEERS of them no median is
shown at all, since a median of one or two would be a competitor's own number."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from marketplace.db import db
from marketplace.insight.scope import Scope, local_day, seconds_between
from marketplace.insight.tables import COUNT, DAY, HOURS, SHARE, TEXT, Table, hours, share
from marketplace.quotes.models import Lead, LeadStatus, Quote
from marketplace.reviews.models import Review, ReviewStatus
from marketplace.tenancy.models import Tenant, TenantTrade

MIN_PEERS = 3
QUOTED = (LeadStatus.QUOTED, LeadStatus.WON, LeadStatus.LOST)


@dataclass
class Figures:
    leads: int = 0
    answered: int = 0
    quoted: int = 0
    won: int = 0
    response_seconds: list[float] | None = None

    @property
    def answer_rate(self) -> float | None:
        return share(self.answered, self.leads)

    @property
    def win_rate(self) -> float | None:
        return share(self.won, self.quoted)

    @property
    def median_response_hours(self) -> float | None:
        values = self.response_seconds or []
        return hours(statistics.median(values)) if values else None


def figures_by_business(tenant_ids: list[int], scope: Scope) -> dict[int, Figures]:
    """Each business's leads offered in the period: counted in SQL, response times fetched
    per lead (a business has hundreds a year at most)."""
    figures = {tenant_id: Figures(response_seconds=[]) for tenant_id in tenant_ids}
    if not tenant_ids:
        return figures
    in_scope = [Lead.tenant_id.in_(tenant_ids), Lead.offered_at >= scope.since]
    for tenant_id, leads, answered, quoted, won in db.session.execute(
            sa.select(Lead.tenant_id, sa.func.count(Lead.id), sa.func.count(Lead.responded_at),
                      sa.func.sum(sa.case((Lead.status.in_(QUOTED), 1), else_=0)),
                      sa.func.sum(sa.case((Lead.status == LeadStatus.WON, 1), else_=0)))
            .where(*in_scope).group_by(Lead.tenant_id)):
        figures[tenant_id] = Figures(leads, answered, quoted or 0, won or 0, [])
    for tenant_id, seconds in db.session.execute(
            sa.select(Lead.tenant_id, seconds_between(Lead.responded_at, Lead.offered_at))
            .where(*in_scope, Lead.responded_at.is_not(None))):
        figures[tenant_id].response_seconds.append(float(seconds))  # type: ignore[union-attr]
    return figures


@dataclass
class PeerGroup:
    trades: list[str]
    region: str | None  # leading postcode digits; None: all of Germany
    tenant_ids: list[int]


def peer_group(tenant: Tenant) -> PeerGroup:
    """Businesses offering one of this business's trades, from its postcode region outwards
    (two digits, one digit, Germany) until there are enough to compare with."""
    trades = sorted(trade.trade_code for trade in tenant.trades)
    base = tenant.base_postcode or ""
    for digits in (2, 1, 0):
        if digits and len(base) < digits:
            continue
        query = (sa.select(Tenant.id).distinct().join(TenantTrade,
                                                        TenantTrade.tenant_id == Tenant.id)
                 .where(TenantTrade.trade_code.in_(trades or [""]), Tenant.id != tenant.id))
        if digits:
            query = query.where(Tenant.base_postcode.startswith(base[:digits], autoescape=True))
        peers = list(db.session.scalars(query))
        if len(peers) >= MIN_PEERS or not digits:
            return PeerGroup(trades, base[:digits] or None, peers)
    return PeerGroup(trades, None, [])


def _median(values: list[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return statistics.median(present) if present else None


def comparison(tenant: Tenant, scope: Scope) -> tuple[Table, PeerGroup]:
    group = peer_group(tenant)
    figures = figures_by_business([tenant.id, *group.tenant_ids], scope)
    own = figures[tenant.id]
    # Only businesses that had leads in the period say anything about answering them.
    peers = [figures[tenant_id] for tenant_id in group.tenant_ids if figures[tenant_id].leads]
    enough = len(peers) >= MIN_PEERS
    table = Table("comparison", _l("Your figures and businesses like yours"),
                  [_l("Measure"), _l("Your business"), _l("Median of comparable businesses"),
                   ], [TEXT, TEXT, TEXT], row_kinds=[],
                  note=_l("Comparable businesses offer one of your trades near you; none "
                          "of them is named. With fewer than three, no median is shown."))
    rows = (
        (_l("Leads"), own.leads, [p.leads for p in peers], COUNT),
        (_l("Answered"), own.answer_rate, [p.answer_rate for p in peers], SHARE),
        (_l("Median time to answer"), own.median_response_hours,
         [p.median_response_hours for p in peers], HOURS),
        (_l("Quotes won"), own.win_rate, [p.win_rate for p in peers], SHARE),
    )
    for label, value, peer_values, kind in rows:
        table.rows.append([label, value, _median(peer_values) if enough else None])
        table.row_kinds.append(kind)  # type: ignore[union-attr]
    return table, group


def leads_per_week(tenant: Tenant, scope: Scope) -> Table:
    """The business's leads by the week they came in, and how many it answered."""
    day = local_day(Lead.offered_at).label("day")
    rows = db.session.execute(
        sa.select(day, sa.func.count(Lead.id), sa.func.count(Lead.responded_at),
                  sa.func.count(Quote.id))
        .outerjoin(Quote, Quote.lead_id == Lead.id)
        .where(Lead.tenant_id == tenant.id, Lead.offered_at >= scope.since)
        .group_by(day)).all()
    by_day = {str(value)[:10]: (leads, answered, quoted) for value, leads, answered, quoted
              in rows}
    table = Table("weeks", _l("Your leads per week"),
                  [_l("Week from"), _l("Leads"), _l("Answered"), _l("Quoted")],
                  [DAY, COUNT, COUNT, COUNT])
    days = scope.days_in()
    for start in range(0, len(days), 7):
        week = days[start:start + 7]
        sums = [sum(by_day.get(day.isoformat(), (0, 0, 0))[i] for day in week)
                for i in range(3)]
        table.rows.append([week[0], *sums])
    return table


def reviews_per_week(tenant: Tenant, scope: Scope) -> Table:
    """The business's published reviews by the week they appeared, with their mean stars."""
    day = local_day(Review.published_at).label("day")
    rows = db.session.execute(
        sa.select(day, sa.func.count(Review.id), sa.func.sum(Review.stars),
                  sa.func.count(Review.stars))
        .where(Review.tenant_id == tenant.id, Review.status == ReviewStatus.PUBLISHED,
               Review.published_at >= scope.since).group_by(day)).all()
    by_day = {str(value)[:10]: (count, stars or 0, starred) for value, count, stars, starred
              in rows}
    table = Table("reviews", _l("Your reviews per week"),
                  [_l("Week from"), _l("Reviews"), _l("Average stars")], [DAY, COUNT, COUNT])
    days = scope.days_in()
    for start in range(0, len(days), 7):
        week = [by_day.get(day_.isoformat(), (0, 0, 0)) for day_ in days[start:start + 7]]
        count, stars, starred = (sum(part[i] for part in week) for i in range(3))
        table.rows.append([days[start], count, round(stars / starred, 1) if starred else None])
    return table
