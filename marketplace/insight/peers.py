"""The rebuild's third step: each business's figures over each period beside the median of
businesses like it (same trade, same postcode region), stored per business and period so
its insight page reads one row. Peers are never named, and with fewer than MIN_PEERS of
them that had leads no median is stored, since a median of one or two would be a
competitor's own number."""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from marketplace.db import db
from marketplace.insight.models import BusinessPeriod
from marketplace.insight.scope import PERIODS, seconds_between
from marketplace.insight.slices import numbered, percentile, periods
from marketplace.insight.tables import share
from marketplace.quotes.models import Lead, LeadStatus
from marketplace.tenancy.models import Tenant, TenantTrade

MIN_PEERS = 3
QUOTED = (LeadStatus.QUOTED, LeadStatus.WON, LeadStatus.LOST)


@dataclass
class Figures:
    leads: int = 0
    answered: int = 0
    quoted: int = 0
    won: int = 0
    response_median: float | None = None  # seconds

    @property
    def answer_rate(self) -> float | None:
        return share(self.answered, self.leads)

    @property
    def win_rate(self) -> float | None:
        return share(self.won, self.quoted)


def figures_by_business(today: date) -> dict[tuple[int, int], Figures]:
    """(business, period) -> its leads offered in the period, counted and timed in SQL."""
    spans = periods(today)
    leads = (sa.select(spans.c.days, Lead.tenant_id, Lead.status, Lead.responded_at,
                       seconds_between(Lead.responded_at, Lead.offered_at).label("seconds"))
             .select_from(Lead).join(spans, Lead.offered_at >= spans.c.since).subquery())
    rows = numbered(leads, ["days", "tenant_id"], "seconds")
    counted = (sa.select(rows.c.days, rows.c.tenant_id, sa.func.count(),
                         sa.func.count(rows.c.responded_at),
                         sa.func.sum(sa.case((rows.c.status.in_(QUOTED), 1), else_=0)),
                         sa.func.sum(sa.case((rows.c.status == LeadStatus.WON, 1), else_=0)),
                         percentile(rows, "seconds", (1, 2)))
               .group_by(rows.c.days, rows.c.tenant_id))
    figures = {}
    for days, tenant_id, offered, answered, quoted, won, median in db.session.execute(counted):
        figures[(tenant_id, days)] = Figures(offered, answered, quoted or 0, won or 0,
                                             None if median is None else float(median))
    return figures


@dataclass
class PeerGroup:
    trades: list[str]
    region: str | None  # leading postcode digits; None: all of Germany
    tenant_ids: list[int]


class Directory:
    """Every business's trades and base postcode, read once per rebuild."""

    def __init__(self) -> None:
        self.bases: dict[int, str] = dict(db.session.execute(
            sa.select(Tenant.id, sa.func.coalesce(Tenant.base_postcode, ""))).all())
        self.trades: dict[int, set[str]] = defaultdict(set)
        self.by_trade: dict[str, set[int]] = defaultdict(set)
        for tenant_id, trade in db.session.execute(
                sa.select(TenantTrade.tenant_id, TenantTrade.trade_code).distinct()):
            self.trades[tenant_id].add(trade)
            self.by_trade[trade].add(tenant_id)

    def peer_group(self, tenant_id: int) -> PeerGroup:
        """Businesses offering one of this business's trades, from its postcode region
        outwards (two digits, one digit, Germany) until there are enough to compare with."""
        trades = sorted(self.trades[tenant_id])
        base = self.bases.get(tenant_id, "")
        candidates = set().union(*(self.by_trade[trade] for trade in trades)) - {tenant_id}
        for digits in (2, 1):
            if len(base) < digits:
                continue
            peers = sorted(other for other in candidates
                           if self.bases[other] and self.bases[other].startswith(base[:digits]))
            if len(peers) >= MIN_PEERS:
                return PeerGroup(trades, base[:digits], peers)
        return PeerGroup(trades, None, sorted(candidates))


def _median(values: list[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return statistics.median(present) if present else None


def _row(tenant_id: int, days: int, own: Figures, group: PeerGroup,
         figures: dict[tuple[int, int], Figures]) -> dict[str, Any]:
    # Only businesses that had leads in the period say anything about answering them.
    peers = [figures[(peer, days)] for peer in group.tenant_ids if (peer, days) in figures]
    enough = len(peers) >= MIN_PEERS
    return {"tenant_id": tenant_id, "days": days, "leads": own.leads,
            "answered": own.answered, "quoted": own.quoted, "won": own.won,
            "response_median": own.response_median, "peer_region": group.region,
            "peers": len(group.tenant_ids),
            "peer_leads": _median([p.leads for p in peers]) if enough else None,
            "peer_answer_rate": _median([p.answer_rate for p in peers]) if enough else None,
            "peer_response_median": (_median([p.response_median for p in peers])
                                     if enough else None),
            "peer_win_rate": _median([p.win_rate for p in peers]) if enough else None}


def rebuild_business_periods(today: date) -> None:
    """Replace every business's figures (in the caller's unit of work; no commit here)."""
    figures = figures_by_business(today)
    directory = Directory()
    rows = []
    for tenant_id in sorted(directory.bases):
        group = directory.peer_group(tenant_id)
        for days in PERIODS:
            own = figures.get((tenant_id, days), Figures())
            rows.append(_row(tenant_id, days, own, group, figures))
    db.session.execute(sa.delete(BusinessPeriod))
    if rows:
        db.session.execute(sa.insert(BusinessPeriod), rows)
