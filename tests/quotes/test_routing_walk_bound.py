"""The neighbour walk stops at the largest service radius of the trade's listings.

That bound must never cut off a real candidate: a business that reaches farther than every
other business of its trade is still found, the bound follows a changed radius at once (the
listing is kept by triggers), and a warm postcode still costs one statement.
"""

from __future__ import annotations

from marketplace.db import db
from marketplace.quotes import routing
from tests.speed.test_statement_counts import counted

# Neighbours of 10115 as the cache holds them (km between centroids).
NEAR = {"10117": 3.0, "10999": 8.0, "14467": 40.0, "15230": 90.0}


def candidate_ids(job) -> list[int]:
    candidates, used_geo = routing.eligible_candidates(job, limit=routing.POOL_SIZE)
    assert used_geo
    return [candidate.tenant_id for candidate in candidates]


def test_a_business_reaching_farther_than_the_rest_of_its_trade_is_found(world):
    world.neighbours("10115", NEAR)
    near = world.business("Dach Mitte", postcode="10117", radius=10)
    kreuzberg = world.business("Dach Kreuzberg", postcode="10999", radius=10)
    potsdam = world.business("Dach Potsdam", postcode="14467", radius=30)  # 40 km: too far
    # Far away, and the only roofer whose radius reaches past 30 km.
    frankfurt_oder = world.business("Dach Frankfurt (Oder)", postcode="15230", radius=95)
    # Another trade reaching everywhere changes nothing for roofers.
    world.business("Maler Potsdam", postcode="14467", radius=100, trades=("maler",))
    job = world.job(postcode="10115")

    candidates, _used_geo = routing.eligible_candidates(job, limit=routing.POOL_SIZE)

    assert [(c.tenant_id, c.distance_km) for c in candidates] == [
        (near.id, 3.0), (kreuzberg.id, 8.0), (frankfurt_oder.id, 90.0)]
    assert potsdam.id not in candidate_ids(job)


def test_the_bound_follows_a_changed_radius_at_once(world, app):
    world.neighbours("10115", NEAR)
    near = world.business("Dach Mitte", postcode="10117", radius=10)
    wide = world.business("Dach Frankfurt (Oder)", postcode="15230", radius=50)
    job = world.job(postcode="10115")
    assert candidate_ids(job) == [near.id]

    # The business widens its radius: the walk now has to go on to 90 km, at once.
    wide.service_radius_km = 95
    db.session.commit()
    assert candidate_ids(job) == [near.id, wide.id]

    # And narrows it again: out of reach, though still the trade's widest.
    wide.service_radius_km = 85
    db.session.commit()
    assert candidate_ids(job) == [near.id]

    wide.service_radius_km = 100
    db.session.commit()
    db.session.refresh(job)  # the job is loaded when routing runs; count routing only
    with counted(app) as statements:
        found = candidate_ids(job)
    assert found == [near.id, wide.id]
    assert len(statements) == 1, statements


def test_a_trade_without_listings_finds_nobody_in_one_statement_per_warm_call(world, app):
    """No listing of the trade means no bound (NULL): nobody is found, and the empty
    answer only checks the neighbour cache once more, as before."""
    world.neighbours("10115", NEAR)
    world.business("Dach Mitte", postcode="10117", radius=10)
    job = world.job(postcode="10115", trade="maler")

    db.session.refresh(job)
    with counted(app) as statements:
        assert candidate_ids(job) == []
    assert len(statements) == 2, statements
