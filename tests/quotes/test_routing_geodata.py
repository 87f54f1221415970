"""Routing on real postcode centroids (GeoNames file imported by the geo feature)."""

from __future__ import annotations

import sqlalchemy as sa

from marketplace.db import db
from marketplace.geo import services as geo_services
from marketplace.geo.models import Postcode
from marketplace.quotes import routing, routing_runs
from marketplace.quotes.models import Lead, PostcodeNeighbour
from tests.conftest import GEONAMES_FILE, needs_geonames

pytestmark = needs_geonames


def test_radius_is_checked_between_postcode_centroids(world):
    geo_services.import_geonames(GEONAMES_FILE)
    frankfurt = world.business("Dach Sachsenhausen", postcode="60594", radius=10)
    wiesbaden_narrow = world.business("Dach Wiesbaden", postcode="65183", radius=25)
    wiesbaden_wide = world.business("Dach Wiesbaden weit", postcode="65185", radius=50)
    job = world.job(postcode="60311")

    run = routing_runs.route_job(job.id)

    assert run.used_geodata
    leads = {lead.tenant_id: lead for lead in db.session.scalars(
        sa.select(Lead).where(Lead.job_request_id == job.id))}
    assert set(leads) == {frankfurt.id, wiesbaden_wide.id}
    distance = geo_services.distance_km("60311", "65185")
    assert 25 < distance < 50
    assert abs(leads[wiesbaden_wide.id].distance_km - distance) < 0.1
    assert leads[frankfurt.id].distance_km < 5
    reasons = {d.tenant_id: d.reasons for d in run.decisions}
    assert "outside_service_radius" in reasons[wiesbaden_narrow.id]


def test_neighbour_cache_is_built_once_and_cleared_by_a_new_import(world):
    geo_services.import_geonames(GEONAMES_FILE)
    assert routing.ensure_neighbours("60311")
    rows = db.session.scalar(sa.select(sa.func.count()).select_from(PostcodeNeighbour))
    assert rows > 100
    farthest = db.session.scalar(sa.select(sa.func.max(PostcodeNeighbour.km)))
    assert farthest <= routing.MAX_SERVICE_RADIUS_KM
    assert routing.ensure_neighbours("60311")
    assert db.session.scalar(
        sa.select(sa.func.count()).select_from(PostcodeNeighbour)) == rows
    # A changed import (here: one postcode missing before) drops the cache.
    db.session.execute(sa.delete(Postcode).where(Postcode.postcode == "60311"))
    db.session.commit()
    geo_services.import_geonames(GEONAMES_FILE)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(PostcodeNeighbour)) == 0
    assert not routing.ensure_neighbours("00000")


def test_routing_asks_once_with_a_warm_cache_and_rebuilds_a_dropped_one(world, app):
    """The cache check is folded into the candidate query: a postcode seen before costs one
    statement; an empty answer on a postcode whose neighbours were dropped (new geodata)
    computes them and asks again, so nobody is missed."""
    from tests.speed.test_statement_counts import counted

    geo_services.import_geonames(GEONAMES_FILE)
    roofer = world.business("Dach Römer", postcode="60311", radius=10)
    job = world.job(postcode="60311")

    first, used_geo = routing.eligible_candidates(job, limit=routing.POOL_SIZE)
    assert used_geo
    assert [candidate.tenant_id for candidate in first] == [roofer.id]
    with counted(app) as statements:
        again, _used = routing.eligible_candidates(job, limit=routing.POOL_SIZE)
    assert [candidate.tenant_id for candidate in again] == [roofer.id]
    assert len(statements) == 1, statements

    # A changed import (one postcode missing before) drops the cache.
    db.session.execute(sa.delete(Postcode).where(Postcode.postcode == "60313"))
    db.session.commit()
    geo_services.import_geonames(GEONAMES_FILE)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(PostcodeNeighbour)) == 0
    rebuilt, used_geo = routing.eligible_candidates(job, limit=routing.POOL_SIZE)
    assert used_geo
    assert [candidate.tenant_id for candidate in rebuilt] == [roofer.id]
