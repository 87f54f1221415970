"""The bulk SQL candidate query agrees with verification's `is_eligible` on every tenant."""

from __future__ import annotations

import random

import sqlalchemy as sa

from marketplace.db import db
from marketplace.quotes import routing
from marketplace.tenancy.models import Tenant
from marketplace.verification.services import eligibility_problems, is_eligible

TRADES = ("dachdecker", "elektrotechniker", "maler-lackierer")


def test_sql_conditions_match_is_eligible_over_generated_tenants(world):
    rng = random.Random(20261128)
    tenants = []
    for _ in range(160):
        trades = tuple(rng.sample(TRADES, rng.randint(0, 2)))
        tenants.append(world.business(
            trades=trades, trade_status=rng.choice(["approved", "approved", "pending",
                                                     "suspended"]),
            verified=rng.random() < 0.7, active=rng.random() < 0.85,
            paused=rng.random() < 0.15, with_owner=False))
    ids = [t.id for t in tenants]
    checked = 0
    for trade in TRADES:
        by_sql = set(db.session.scalars(
            sa.select(Tenant.id).where(Tenant.id.in_(ids),
                                       *routing.business_conditions(trade))).all())
        by_service = set()
        for tenant in db.session.scalars(sa.select(Tenant).where(Tenant.id.in_(ids))):
            assert is_eligible(tenant, trade) == (not eligibility_problems(tenant, trade))
            if is_eligible(tenant, trade):
                by_service.add(tenant.id)
        assert by_sql == by_service, trade
        checked += len(by_service)
    # The generator produced both outcomes in meaningful numbers.
    assert 20 < checked < 3 * len(ids) - 100
