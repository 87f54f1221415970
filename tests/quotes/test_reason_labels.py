"""Lead, quote and job histories: reasons the platform writes are codes shown in the admin's
language (German first); anything else is shown as stored."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from flask_babel import force_locale

from marketplace import clock
from marketplace.accounts.models import Role
from marketplace.db import db
from marketplace.jobs.models import JobRequestEvent
from marketplace.jobs.reasons import reason_label as job_reason_label
from marketplace.quotes import business_side, customer_side, routing_runs
from marketplace.quotes.models import Lead, LeadEvent
from marketplace.quotes.reasons import reason_label as lead_reason_label
from tests.conftest import login
from tests.quotes.test_routing import NEAR, _quote_data


def _settled_job(app):
    """Three businesses: one quote accepted, one lost, one lead left to expire."""
    from tests.quotes.conftest import World

    with app.app_context():
        world = World(app)
        world.neighbours("10115", NEAR)
        tenants = [world.business(name, postcode=pc) for name, pc in
                   (("Dach Nord", "10117"), ("Dach Mitte", "10119"), ("Dach Ost", "10178"))]
        customer = world.customer(language="de")
        job = world.job(customer, postcode="10115")
        routing_runs.route_job(job.id)
        leads = {lead.tenant_id: lead for lead in db.session.scalars(
            sa.select(Lead).where(Lead.job_request_id == job.id))}
        first, second, silent = tenants
        business_side.submit_quote(first, world.owners[first.id], lead_id=leads[first.id].id,
                              data=_quote_data())
        accepted = business_side.submit_quote(second, world.owners[second.id],
                                         lead_id=leads[second.id].id,
                                         data=_quote_data(net_amount_cents=80_000))
        lead = leads[silent.id]
        lead.expires_at = clock.now() - timedelta(minutes=1)
        db.session.commit()
        routing_runs.expire_due_leads()
        assert customer_side.handle_customer_choice(customer, None, "accept", str(accepted.id))
        db.session.commit()
        return job.id, accepted.id


def test_system_reasons_are_stored_as_codes(app):
    job_id, quote_id = _settled_job(app)
    with app.app_context():
        lead_reasons = set(db.session.scalars(
            sa.select(LeadEvent.reason).join(Lead).where(Lead.job_request_id == job_id)))
        job_reasons = set(db.session.scalars(
            sa.select(JobRequestEvent.reason).where(JobRequestEvent.job_request_id == job_id)))
    assert {"sys:routed:job_created", "sys:lead_window_passed", "sys:quote_accepted",
            "sys:another_quote_accepted"} <= lead_reasons
    assert f"sys:accepted_quote:{quote_id}" in job_reasons


def test_admin_pages_show_histories_in_german(app, client, make_user):
    job_id, quote_id = _settled_job(app)
    login(client, make_user(Role.ADMIN))
    headers = {"Accept-Language": "de"}
    routing = client.get(f"/admin/routing/jobs/{job_id}", headers=headers).get_data(as_text=True)
    assert "sys:" not in routing
    assert "von der Vermittlung angeboten (neue Anfrage)" in routing
    assert "Antwortfrist ohne Antwort abgelaufen" in routing
    assert "der Kunde hat ein anderes Angebot angenommen" in routing
    assert "im Chat angenommen" in routing
    assert "lead window passed" not in routing
    assert "routing:job_created" not in routing

    job_page = client.get(f"/admin/jobs/{job_id}", headers=headers).get_data(as_text=True)
    assert "sys:" not in job_page
    assert f"Angebot {quote_id} angenommen" in job_page
    assert f"accepted quote {quote_id}" not in job_page

    english = client.get(f"/admin/jobs/{job_id}",
                         headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert f"accepted quote {quote_id}" in english


def test_withdrawn_quote_without_reason_reads_german_on_the_lead_page(app, client):
    from tests.quotes.conftest import World

    with app.app_context():
        world = World(app)
        world.neighbours("10115", NEAR)
        tenant = world.business("Dach West", postcode="10117")
        job = world.job(postcode="10115")
        routing_runs.route_job(job.id)
        lead = db.session.scalar(sa.select(Lead).where(Lead.job_request_id == job.id))
        owner = world.owners[tenant.id]
        quote = business_side.submit_quote(tenant, owner, lead_id=lead.id, data=_quote_data())
        business_side.withdraw_quote(tenant, owner, quote_id=quote.id)
        lead_id, email = lead.id, owner.email
    login(client, email)
    page = client.get(f"/dashboard/leads/{lead_id}",
                      headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert "Angebot zurückgezogen" in page
    assert "quote withdrawn" not in page
    assert "sys:" not in page


def test_old_english_rows_and_typed_reasons(app_ctx):
    with force_locale("de"):
        assert job_reason_label("accepted quote 12") == "Angebot 12 angenommen"
        assert job_reason_label("declined all quotes") == "alle Angebote abgelehnt"
        assert job_reason_label("Doppelte Anfrage") == "Doppelte Anfrage"
        assert (lead_reason_label("lead window passed without an answer")
                == "Antwortfrist ohne Antwort abgelaufen")
        assert lead_reason_label("routing:lead_expired") == (
            "von der Vermittlung angeboten (ein anderer Betrieb hat nicht rechtzeitig "
            "geantwortet)")
        assert lead_reason_label("routing:someday") == "von der Vermittlung angeboten (someday)"
        assert lead_reason_label("Ausgebucht") == "Ausgebucht"
