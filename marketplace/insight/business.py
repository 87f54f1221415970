"""One business's figures beside the median of businesses like it (same trade, same
postcode region; computed by the rebuild, insight/peers.py), and its leads and reviews per
week (live: a business has hundreds of leads a year at most, found by its index)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from marketplace.db import db
from marketplace.insight.models import BusinessPeriod
from marketplace.insight.scope import Scope, local_day
from marketplace.insight.tables import COUNT, DAY, HOURS, SHARE, TEXT, Table, hours, share
from marketplace.quotes.models import Lead, Quote
from marketplace.reviews.models import Review, ReviewStatus
from marketplace.tenancy.models import Tenant


@dataclass
class PeerGroup:
    trades: list[str]
    region: str | None  # leading postcode digits; None: all of Germany
    size: int


def comparison(tenant: Tenant, scope: Scope) -> tuple[Table, PeerGroup]:
    """The business's figures over the period beside its peers' medians, as the last rebuild
    computed them (insight/peers.py): one row read."""
    stored = db.session.get(BusinessPeriod, (tenant.id, scope.days))
    own = stored or BusinessPeriod(leads=0, answered=0, quoted=0, won=0, peers=0)
    group = PeerGroup(sorted(trade.trade_code for trade in tenant.trades),
                      own.peer_region, own.peers)
    table = Table("comparison", _l("Your figures and businesses like yours"),
                  [_l("Measure"), _l("Your business"), _l("Median of comparable businesses"),
                   ], [TEXT, TEXT, TEXT], row_kinds=[],
                  note=_l("Comparable businesses offer one of your trades near you; none "
                          "of them is named. With fewer than three, no median is shown."))
    rows = (
        (_l("Leads"), own.leads, own.peer_leads, COUNT),
        (_l("Answered"), share(own.answered, own.leads), own.peer_answer_rate, SHARE),
        (_l("Median time to answer"), hours(own.response_median),
         hours(own.peer_response_median), HOURS),
        (_l("Quotes won"), share(own.won, own.quoted), own.peer_win_rate, SHARE),
    )
    for label, value, peer_value, kind in rows:
        table.rows.append([label, value, peer_value])
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
