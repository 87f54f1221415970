"""The insight pages run as many SQL statements on a large history as on a small one, also
for their first view after a rebuild: they read the rebuild's slice tables, never a query
per row (counts, not timings; bench/pages_bench.py measures time)."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from marketplace import clock
from marketplace.accounts.models import Role
from marketplace.channels.models import Customer, Message
from marketplace.db import db
from marketplace.insight import rollup
from marketplace.jobs.models import JobRequest
from marketplace.quotes.models import Lead, Quote
from marketplace.tenancy.models import Tenant, TenantTrade
from tests.conftest import login
from tests.speed.test_statement_counts import counted

_numbers = itertools.count(1)
TRADES = ("dachdecker", "maler-lackierer", "tischler")
POSTCODES = ("60311", "61118", "10115", "80331")


def _grow(app, jobs: int) -> None:
    """`jobs` more requests over the last 80 days, each with leads to two businesses, a
    quote, and messages; a few found nobody."""
    with app.app_context():
        tenants = list(db.session.scalars(db.select(Tenant).order_by(Tenant.id)))
        now = clock.now()
        for index in range(jobs):
            number = next(_numbers)
            at = now - timedelta(days=number % 80, hours=number % 5)
            customer = Customer(channel="webchat", external_id=f"grow-{number}")
            job = JobRequest(reference=f"G{number:05d}", customer=customer, channel="webchat",
                             trade_code=TRADES[number % 3], postcode=POSTCODES[number % 4],
                             description="x", timing="week", created_at=at, updated_at=at)
            db.session.add(job)
            db.session.flush()
            db.session.add(Message(customer=customer, channel="webchat", direction="out",
                                   status=("delivered", "failed", "held")[number % 3],
                                   error_code=(None, "http_500", "window_closed")[number % 3],
                                   job_request_id=job.id, created_at=at, updated_at=at))
            if index % 7 == 0:
                continue
            for tenant in (tenants[number % len(tenants)], tenants[(number + 1) % len(tenants)]):
                answered = at + timedelta(hours=1 + number % 9)
                lead = Lead(job_request=job, tenant=tenant, offered_at=at, status="quoted",
                            expires_at=at + timedelta(hours=48), responded_at=answered)
                db.session.add(lead)
                db.session.add(Quote(lead=lead, job_request=job, tenant=tenant, status="sent",
                                     net_amount_cents=10000, earliest_start=now.date(),
                                     valid_until=now.date(), created_at=answered,
                                     updated_at=answered))
        db.session.commit()


@pytest.fixture
def businesses(app):
    with app.app_context():
        for number in range(6):
            tenant = Tenant(slug=f"zaehl-{number}", name=f"Zählbetrieb {number}",
                            base_postcode=POSTCODES[number % 4])
            tenant.trades.append(TenantTrade(trade_code=TRADES[number % 3], status="approved"))
            db.session.add(tenant)
        db.session.commit()
        return db.session.scalar(db.select(Tenant.id).order_by(Tenant.id))


def _rebuild(app) -> None:
    with app.app_context():
        rollup.refresh_rollup()


ADMIN_PAGES = ["/admin/", "/admin/health?days=7", "/admin/health?days=30",
               "/admin/health?days=90", "/admin/health?days=90&trade=dachdecker&region=6",
               "/admin/health?days=30&trade=maler-lackierer&region=10",
               "/admin/health/gaps_region.csv?days=90"]


@pytest.mark.parametrize("url", ADMIN_PAGES)
def test_admin_insight_pages_run_as_many_statements_for_much_history_as_for_little(
        app, businesses, make_user, url):
    client = app.test_client()
    login(client, make_user(role=Role.ADMIN).email)
    _grow(app, 12)
    _rebuild(app)
    assert client.get(url).status_code == 200  # first-request work is not per row
    _rebuild(app)
    with counted(app) as little:
        assert client.get(url).status_code == 200
    _grow(app, 60)
    _rebuild(app)
    with counted(app) as much:
        assert client.get(url).status_code == 200
    assert len(little) > 3  # the page did read its figures
    assert len(much) == len(little), "\n".join(much)


@pytest.mark.parametrize("url", ["/dashboard/insight?days=90", "/dashboard/insight?days=7",
                                 "/dashboard/"])
def test_the_business_insight_runs_as_many_statements_for_much_history_as_for_little(
        app, businesses, make_user, url):
    with app.app_context():
        tenant = db.session.get(Tenant, businesses)
    client = app.test_client()
    login(client, make_user(role=Role.OWNER, tenant=tenant).email)
    _grow(app, 12)
    _rebuild(app)
    assert client.get(url).status_code == 200
    with counted(app) as little:
        assert client.get(url).status_code == 200
    _grow(app, 60)
    _rebuild(app)
    with counted(app) as much:
        assert client.get(url).status_code == 200
    assert len(much) == len(little), "\n".join(much)
