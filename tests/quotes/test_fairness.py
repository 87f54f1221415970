"""Over many jobs, the nearest business does not take every lead."""

from __future__ import annotations

from collections import Counter

import sqlalchemy as sa

from marketplace.db import db
from marketplace.quotes import routing, routing_runs
from marketplace.quotes.models import Lead


def test_many_jobs_spread_over_nearby_businesses(world, frozen_clock):
    world.neighbours("10115", {"10117": 1.0, "10119": 3.0, "10178": 5.0, "10243": 7.0,
                               "12043": 9.0})
    tenants = [world.business(postcode=pc, capacity=100)
               for pc in ("10117", "10119", "10178", "10243", "12043")]
    world.app.config["LEADS_PER_JOB"] = 1
    try:
        for _ in range(40):
            job = world.job(postcode="10115")
            routing_runs.route_job(job.id)
            frozen_clock(hours=3)
    finally:
        world.app.config["LEADS_PER_JOB"] = 3
    counts = Counter(db.session.scalars(sa.select(Lead.tenant_id)))
    nearest, farthest = tenants[0].id, tenants[-1].id
    assert sum(counts.values()) == 40
    # The nearest gets the most, but far from all; every business gets a share.
    assert counts[nearest] == max(counts.values())
    assert counts[nearest] <= 40 * 0.45, counts
    assert all(counts[t.id] >= 2 for t in tenants), counts
    assert counts[farthest] < counts[nearest]


def test_answering_well_moves_a_business_up_but_not_past_a_much_nearer_one():
    near = routing.Candidate(tenant_id=1, name="a", distance_km=2.0, answer_rate=0.2,
                             median_answer_hours=40)
    a_bit_further = routing.Candidate(tenant_id=2, name="b", distance_km=5.0, answer_rate=1.0,
                                      median_answer_hours=1)
    far = routing.Candidate(tenant_id=3, name="c", distance_km=30.0, answer_rate=1.0,
                            median_answer_hours=1)
    keys = {c.tenant_id: routing.effective_km(c) for c in (near, a_bit_further, far)}
    assert keys[2] < keys[1] < keys[3]


def test_fairness_penalty_is_capped():
    busy = routing.Candidate(tenant_id=1, name="a", distance_km=1.0, recent_leads=1000)
    assert routing.effective_km(busy) <= 1.0 + routing.FAIRNESS_MAX_PENALTY_KM
