"""Dashboard pages for leads and quotes, and the admin's routing record, over HTTP."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from marketplace.accounts.models import Role
from marketplace.db import db
from marketplace.quotes import business_side, routing_runs
from marketplace.quotes.models import Lead, Quote, QuoteStatus
from tests.conftest import csrf_token_from, login
from tests.quotes.test_routing import NEAR


@pytest.fixture
def offered(app, make_user):
    """A job offered to one business; returns ids and the business owner."""
    from tests.quotes.conftest import World

    with app.app_context():
        world = World(app)
        world.neighbours("10115", NEAR)
        tenant = world.business("Dachdeckerei Nord", postcode="10117")
        other = world.business("Fremdbetrieb", postcode="80331")
        job = world.job(postcode="10115", description="Ziegel nach Sturm verrutscht")
        routing_runs.route_job(job.id)
        lead_id = db.session.scalar(sa.select(Lead.id).where(Lead.job_request_id == job.id))
        ids = {"tenant": tenant.id, "other": other.id, "job": job.id, "lead": lead_id,
               "owner": world.owners[tenant.id].email,
               "other_owner": world.owners[other.id].email}
    return ids


def test_inbox_shows_the_lead_without_media_or_contact(client, offered):
    login(client, offered["owner"])
    page = client.get("/dashboard/leads").get_data(as_text=True)
    assert "Ziegel nach Sturm" in page
    assert "101xx" in page
    detail = client.get(f"/dashboard/leads/{offered['lead']}").get_data(as_text=True)
    assert "101xx" in detail
    assert "10115" not in detail
    start = client.get("/dashboard/").get_data(as_text=True)
    assert f"/dashboard/leads/{offered['lead']}" in start


def test_business_sends_a_quote_through_the_form(app, client, offered):
    login(client, offered["owner"])
    url = f"/dashboard/leads/{offered['lead']}"
    token = csrf_token_from(client, url)
    response = client.post(f"{url}/quote", data={
        "csrf_token": token, "price_kind": "fixed", "net_amount": "1.250,00",
        "earliest_start": "2099-01-01", "message": "Gern",
    })
    # 2099 is more than a year away: the form says so and nothing is saved.
    assert response.status_code == 422
    assert "earliest start" in response.get_data(as_text=True).lower() or \
        "frühester" in response.get_data(as_text=True).lower()
    from marketplace import clock

    start = clock.now().date().isoformat()
    response = client.post(f"{url}/quote", data={
        "csrf_token": token, "price_kind": "fixed", "net_amount": "1.250,00",
        "earliest_start": start, "message": "Gern",
        "item_description_0": "Ziegel", "item_amount_0": "250",
        "item_description_1": "Arbeit", "item_amount_1": "1000,00",
    })
    assert response.status_code == 302
    with app.app_context():
        quote = db.session.scalar(sa.select(Quote).where(Quote.lead_id == offered["lead"]))
        assert quote.net_amount_cents == 125_000
        assert quote.gross_amount_cents == 148_750
        assert [i["net_amount_cents"] for i in quote.line_items] == [25_000, 100_000]
    page = client.get(url).get_data(as_text=True)
    assert "1.487,50" in page  # gross, German format


def test_form_without_csrf_token_is_refused(client, offered):
    login(client, offered["owner"])
    response = client.post(f"/dashboard/leads/{offered['lead']}/decline",
                           data={"reason": "Ausgebucht"})
    assert response.status_code == 400


def test_decline_needs_a_reason(client, offered):
    login(client, offered["owner"])
    url = f"/dashboard/leads/{offered['lead']}"
    token = csrf_token_from(client, url)
    response = client.post(f"{url}/decline", data={"csrf_token": token, "reason": ""})
    assert response.status_code == 422
    response = client.post(f"{url}/decline", data={"csrf_token": token,
                                                    "reason": "Ausgebucht"})
    assert response.status_code == 302


def test_other_tenant_gets_404_for_lead_and_quote(app, client, offered):
    with app.app_context():
        from marketplace.accounts.models import User
        from marketplace.tenancy.models import Tenant

        tenant = db.session.get(Tenant, offered["tenant"])
        owner = db.session.scalar(sa.select(User).where(User.email == offered["owner"]))
        from tests.quotes.test_routing import _quote_data

        quote = business_side.submit_quote(tenant, owner, lead_id=offered["lead"],
                                      data=_quote_data())
        quote_id = quote.id
    login(client, offered["other_owner"])
    assert client.get(f"/dashboard/leads/{offered['lead']}").status_code == 404
    token = csrf_token_from(client, "/dashboard/api-tokens/")
    assert client.post(f"/dashboard/quotes/{quote_id}/withdraw",
                       data={"csrf_token": token}).status_code == 404
    assert client.post(f"/dashboard/leads/{offered['lead']}/decline",
                       data={"csrf_token": token, "reason": "x"}).status_code == 404
    with app.app_context():
        assert db.session.get(Quote, quote_id).status == QuoteStatus.SENT


def test_admin_sees_every_routing_decision(app, client, offered, make_user):
    admin = make_user(Role.ADMIN)
    login(client, admin)
    index = client.get("/admin/").get_data(as_text=True)
    assert "/admin/routing" in index
    page = client.get(f"/admin/routing/jobs/{offered['job']}").get_data(as_text=True)
    assert "Dachdeckerei Nord" in page
    assert "ausgewählt" in page
    assert "Fremdbetrieb" in page
    assert "außerhalb des Einsatzgebiets" in page  # routing's reason, in words
    assert "outside_service_radius" not in page


def test_business_users_cannot_open_the_admin_record(client, offered):
    login(client, offered["owner"])
    assert client.get(f"/admin/routing/jobs/{offered['job']}").status_code == 404


def test_crew_sees_only_jobs_they_are_on_and_cannot_answer(app, client, offered, make_user):
    # Crews see the jobs the office puts them on (tests/work/test_crews.py); a lead still
    # offered has no crew, so for a crew member it is a 404, and it is not in their list.
    from marketplace.tenancy.models import Tenant

    with app.app_context():
        tenant = db.session.get(Tenant, offered["tenant"])
    crew = make_user(Role.CREW, tenant=tenant)
    login(client, crew)
    url = f"/dashboard/leads/{offered['lead']}"
    assert client.get(url).status_code == 404
    assert "Ziegel nach Sturm" not in client.get("/dashboard/leads").get_data(as_text=True)
    token = csrf_token_from(client, "/dashboard/leads")
    response = client.post(f"{url}/decline", data={"csrf_token": token, "reason": "x"})
    assert response.status_code == 403


def test_mark_viewed_records_who_and_when(app, client, offered):
    from marketplace.quotes.models import LeadEvent

    login(client, offered["owner"])
    url = f"/dashboard/leads/{offered['lead']}"
    token = csrf_token_from(client, url)
    assert client.post(f"{url}/viewed", data={"csrf_token": token}).status_code == 302
    with app.app_context():
        lead = db.session.get(Lead, offered["lead"])
        assert lead.status == "viewed"
        assert lead.viewed_at is not None
        event = db.session.scalar(sa.select(LeadEvent).where(
            LeadEvent.lead_id == lead.id, LeadEvent.to_status == "viewed"))
        assert event.actor_kind == "business"
        assert event.actor_user_id is not None


def test_lead_list_filters_by_status_and_rejects_unknown(client, offered):
    login(client, offered["owner"])
    assert "Ziegel" in client.get("/dashboard/leads?status=offered").get_data(as_text=True)
    assert "Ziegel" not in client.get("/dashboard/leads?status=won").get_data(as_text=True)
    assert client.get("/dashboard/leads?status=nonsense").status_code == 422
