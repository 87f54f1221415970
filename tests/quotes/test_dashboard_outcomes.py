"""Dashboard start page: each lead shows its job reference, and recent outcomes are listed."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa

from marketplace import clock
from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.quotes import business_side, routing_runs
from marketplace.quotes.models import Lead
from tests.conftest import login
from tests.quotes.test_routing import NEAR


def _world_with_leads(app):
    from tests.quotes.conftest import World

    with app.app_context():
        world = World(app)
        world.neighbours("10115", NEAR)
        tenant = world.business("Dachdeckerei Ergebnis", postcode="10117")
        jobs = [world.job(postcode="10115", description=f"Auftrag {n}") for n in range(3)]
        for job in jobs:
            routing_runs.route_job(job.id)
        leads = {job.reference: db.session.scalar(
            sa.select(Lead.id).where(Lead.job_request_id == job.id)) for job in jobs}
        return tenant.id, world.owners[tenant.id].email, leads


def test_start_page_shows_reference_of_open_leads(app, client):
    _tenant_id, owner, leads = _world_with_leads(app)
    login(client, owner)
    page = client.get("/dashboard/", headers={"Accept-Language": "de"}).get_data(as_text=True)
    for reference, lead_id in leads.items():
        assert f"/dashboard/leads/{lead_id}" in page
        assert reference in page
    assert "Letzte Ergebnisse" in page
    assert "Noch keine beantworteten Anfragen" in page


def test_start_page_lists_recent_outcomes_with_badge_date_and_link(app, client, frozen_clock):
    tenant_id, owner, leads = _world_with_leads(app)
    references = list(leads)
    declined_ref, expired_ref, open_ref = references
    with app.app_context():
        from marketplace.tenancy.models import Tenant

        tenant = db.session.get(Tenant, tenant_id)
        actor = db.session.scalar(sa.select(User).where(User.email == owner))
        business_side.decline_lead(tenant, actor, lead_id=leads[declined_ref], reason="Ausgebucht")
        lead = db.session.get(Lead, leads[expired_ref])
        lead.expires_at = clock.now() - timedelta(minutes=1)
        db.session.commit()
        routing_runs.expire_due_leads()
        db.session.commit()
        job = db.session.scalar(sa.select(JobRequest).where(JobRequest.reference == open_ref))
        assert job is not None

    login(client, owner)
    page = client.get("/dashboard/", headers={"Accept-Language": "de"}).get_data(as_text=True)
    outcomes = page.split("Letzte Ergebnisse", 1)[1]
    assert f"/dashboard/leads/{leads[declined_ref]}" in outcomes
    assert f"/dashboard/leads/{leads[expired_ref]}" in outcomes
    assert declined_ref in outcomes
    assert expired_ref in outcomes
    assert "Abgelehnt" in outcomes
    assert "Abgelaufen" in outcomes
    # The still-open lead is not an outcome.
    assert f"/dashboard/leads/{leads[open_ref]}\"" not in outcomes.split("</ul>", 1)[0]
    assert str(clock.now().year) in outcomes

    english = client.get("/dashboard/", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "Recent outcomes" in english
    assert "Declined" in english
