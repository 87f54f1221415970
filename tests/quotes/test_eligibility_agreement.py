"""The routing index (and so the candidate query) agrees with verification's `is_eligible`."""

from __future__ import annotations

import random

import sqlalchemy as sa

from marketplace.db import db
from marketplace.quotes import routing
from marketplace.quotes.models import RoutingListing
from marketplace.tenancy.models import Tenant, TenantTrade
from marketplace.verification.eligibility import eligibility_problems, is_eligible

TRADES = ("dachdecker", "elektrotechniker", "maler-lackierer")


def assert_agreement(ids: list[int]) -> int:
    eligible_pairs = 0
    for trade in TRADES:
        by_sql = set(db.session.scalars(
            routing.listing_select(trade).where(RoutingListing.tenant_id.in_(ids))).all())
        by_service = set()
        for tenant in db.session.scalars(sa.select(Tenant).where(Tenant.id.in_(ids))):
            db.session.refresh(tenant)
            assert is_eligible(tenant, trade) == (not eligibility_problems(tenant, trade))
            # Routing also needs a location; without one a business is never listed.
            if is_eligible(tenant, trade) and tenant.base_postcode:
                by_service.add(tenant.id)
        assert by_sql == by_service, trade
        eligible_pairs += len(by_service)
    return eligible_pairs


def test_listing_matches_is_eligible_over_generated_and_changed_tenants(world):
    rng = random.Random(20261128)
    tenants = []
    for _ in range(150):
        tenants.append(world.business(
            trades=tuple(rng.sample(TRADES, rng.randint(0, 2))),
            trade_status=rng.choice(["approved", "approved", "pending", "suspended"]),
            verified=rng.random() < 0.7, active=rng.random() < 0.85,
            paused=rng.random() < 0.15, with_owner=False))
    ids = [t.id for t in tenants]
    first = assert_agreement(ids)
    assert 20 < first < 3 * len(ids) - 100  # both outcomes in meaningful numbers

    # Every kind of later change, as other features' services make them.
    for tenant in rng.sample(tenants, 60):
        change = rng.choice(["pause", "unpause", "suspend", "verify", "unverify", "move",
                             "no_base", "trade_status", "drop_trade", "add_trade"])
        if change == "pause":
            tenant.is_paused = True
        elif change == "unpause":
            tenant.is_paused = False
        elif change == "suspend":
            tenant.status = "suspended"
        elif change == "verify":
            tenant.verification_status = "verified"
        elif change == "unverify":
            tenant.verification_status = "rejected"
        elif change == "move":
            tenant.base_postcode, tenant.service_radius_km = "80331", 50
        elif change == "no_base":
            tenant.base_postcode = None
        elif tenant.trades and change == "trade_status":
            trade = rng.choice(tenant.trades)
            trade.status = "approved" if trade.status != "approved" else "suspended"
        elif tenant.trades and change == "drop_trade":
            db.session.delete(rng.choice(tenant.trades))
        else:
            held = {trade.trade_code for trade in tenant.trades}
            missing = [code for code in TRADES if code not in held]
            if missing:
                db.session.add(TenantTrade(tenant_id=tenant.id, trade_code=missing[0],
                                           status="approved"))
        db.session.commit()
    assert_agreement(ids)
    listed = db.session.scalars(sa.select(RoutingListing).where(
        RoutingListing.tenant_id.in_(ids))).all()
    for row in listed:
        tenant = db.session.get(Tenant, row.tenant_id)
        assert (row.base_postcode, row.service_radius_km, row.weekly_lead_capacity) == (
            tenant.base_postcode, tenant.service_radius_km, tenant.weekly_lead_capacity)


def test_deleting_a_business_removes_it_from_the_listing(world):
    tenant = world.business(with_owner=False)
    assert db.session.scalar(routing.listing_select("dachdecker")) == tenant.id
    db.session.delete(tenant)
    db.session.commit()
    assert db.session.scalar(routing.listing_select("dachdecker")) is None
