"""Jobs that need several trades, and trades with nobody nearby.

A bathroom renovation needs a tiler, a plumber and an electrician. Routing first offers it
to businesses verified for all of them (one business for the whole job), then fills the
remaining slots trade by trade, so each trade gets its turn. When a trade has nobody
eligible nearby, a related trade that commonly does that work stands in for it (plumbers
do whole bathrooms, tiles included), instead of the customer hearing "no business".
Reads only; `routing_runs` turns the answer into leads and records each note.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from marketplace.jobs.models import JobRequest
from marketplace.quotes import routing
from marketplace.trades.combinations import related_trades


@dataclass
class Ranked:
    """The candidates in the order they should get the job, and why each is there."""

    candidates: list[routing.Candidate]
    used_geodata: bool
    notes: dict[int, str]  # tenant id -> "all_trades", "trade=<code>", "stands_in=<a>for<b>"
    # tenant id -> (the related trade it was found for, the job's trade it stands in for);
    # the customer is told in words when one of them gets the job.
    stood_in: dict[int, tuple[str, str]] = field(default_factory=dict)


def pool_for(job: JobRequest, trade_code: str, now: datetime
             ) -> tuple[list[routing.Candidate], bool, str | None]:
    """Ranked candidates for one of the job's trades, or for the first related trade that
    has any; and which trade stood in (None when the trade itself had candidates)."""
    pool, used_geo = routing.eligible_candidates(job, limit=routing.POOL_SIZE, now=now,
                                                 trade_code=trade_code)
    if pool:
        return routing.rank(pool, now), used_geo, None
    for related in related_trades(trade_code):
        pool, used_geo = routing.eligible_candidates(job, limit=routing.POOL_SIZE, now=now,
                                                     trade_code=related)
        if pool:
            return routing.rank(pool, now), used_geo, related
    return [], used_geo, None


def ranked_candidates(job: JobRequest, *, slots: int, now: datetime) -> Ranked:
    """Everyone who may get the job, best first; the first `slots` are chosen."""
    pools: dict[str, list[routing.Candidate]] = {}
    notes: dict[int, str] = {}
    stood_in: dict[int, tuple[str, str]] = {}
    used_geo = False
    several = len(job.trade_codes) > 1
    for trade_code in job.trade_codes:
        pool, used, stand_in = pool_for(job, trade_code, now)
        used_geo = used_geo or used
        pools[trade_code] = pool
        for candidate in pool:
            if stand_in:
                notes.setdefault(candidate.tenant_id, f"stands_in={stand_in}for{trade_code}")
                stood_in.setdefault(candidate.tenant_id, (stand_in, trade_code))
            elif several:
                notes.setdefault(candidate.tenant_id, f"trade={trade_code}")
    trades = list(pools)
    if len(trades) == 1:
        return Ranked(pools[trades[0]], used_geo, notes, stood_in)
    everyone = [{candidate.tenant_id for candidate in pool} for pool in pools.values()]
    for_all = set.intersection(*everyone) if everyone else set()
    order = [candidate for candidate in pools[trades[0]] if candidate.tenant_id in for_all]
    for candidate in order:
        notes[candidate.tenant_id] = "all_trades"
    # Then one per trade in turn, each trade's best not yet taken.
    taken = {candidate.tenant_id for candidate in order}
    queues = [list(pool) for pool in pools.values()]
    while any(queues):
        for queue in queues:
            while queue and queue[0].tenant_id in taken:
                queue.pop(0)
            if queue:
                candidate = queue.pop(0)
                taken.add(candidate.tenant_id)
                order.append(candidate)
    return Ranked(order, used_geo, notes, stood_in)
