"""More page types whose SQL must not grow with the data (issue 16): a lead's page with its
job thread, and the API's lists and thread. Counts, not timings."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from marketplace.db import db
from marketplace.quotes.models import Lead
from tests.api.test_api import create_token
from tests.conftest import login
from tests.speed.test_statement_counts import _leads, business, counted

__all__ = ["business"]


def _thread(app, tenant_id: int, lead_id: int, how_many: int) -> None:
    """Entries from both sides; the customer's carry a phone number the page must mask."""
    from marketplace.tenancy.models import Tenant
    from marketplace.threads.models import ThreadAuthor, ThreadMessage

    with app.app_context():
        owner = db.session.get(Tenant, tenant_id).users[0]
        lead = db.session.get(Lead, lead_id)
        for index in range(how_many):
            from_business = index % 2 == 0
            db.session.add(ThreadMessage(
                tenant_id=tenant_id, lead_id=lead.id, job_request_id=lead.job_request_id,
                author=ThreadAuthor.BUSINESS if from_business else ThreadAuthor.CUSTOMER,
                author_user_id=owner.id if from_business else None,
                text=f"Eintrag {index}, rufen Sie 0171 5559{index:03d} an"))
        db.session.commit()


def _first_lead(app, tenant_id: int) -> int:
    with app.app_context():
        return db.session.scalar(sa.select(sa.func.min(Lead.id))
                                 .where(Lead.tenant_id == tenant_id))


def test_a_leads_page_runs_as_many_statements_for_a_long_thread_as_for_a_short_one(
        app, business):
    tenant_id, email = business
    client = app.test_client()
    login(client, email)
    _leads(app, tenant_id, 1)
    lead_id = _first_lead(app, tenant_id)
    url = f"/dashboard/leads/{lead_id}"
    _thread(app, tenant_id, lead_id, 4)
    client.get(url)
    with counted(app) as few:
        assert client.get(url).status_code == 200
    _thread(app, tenant_id, lead_id, 40)
    with counted(app) as many:
        page = client.get(url)
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert text.count("Eintrag 39") == 1
    assert "5559039" not in text  # the customer's number stays masked on every entry
    assert len(many) == len(few), "\n".join(many[len(few) - 3:len(few) + 5])


@pytest.fixture
def api(app, business):
    tenant_id, email = business
    client = app.test_client()
    token = create_token(client, email)
    return tenant_id, client, {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("url", ["/api/v1/leads", "/api/v1/leads?status=offered",
                                 "/api/v1/quotes", "/api/v1/leads/{lead}/messages"])
def test_the_api_runs_as_many_statements_for_many_rows_as_for_few(app, api, url):
    tenant_id, client, auth = api
    _leads(app, tenant_id, 3)
    lead_id = _first_lead(app, tenant_id)
    url = url.format(lead=lead_id)
    _thread(app, tenant_id, lead_id, 4)
    client.get(url, headers=auth)
    with counted(app) as few:
        assert client.get(url, headers=auth).status_code == 200
    _leads(app, tenant_id, 30)
    _thread(app, tenant_id, lead_id, 30)
    with counted(app) as many:
        assert client.get(url, headers=auth).status_code == 200
    assert len(many) == len(few), "\n".join(many[len(few) - 3:len(few) + 5])


def test_the_api_lists_come_in_pages_newest_first(app, api):
    tenant_id, client, auth = api
    _leads(app, tenant_id, 103)
    first = client.get("/api/v1/leads", headers=auth).get_json()
    assert len(first["leads"]) == 100
    assert first["next_page"] == 2
    second = client.get("/api/v1/leads?page=2", headers=auth).get_json()
    assert len(second["leads"]) == 3
    assert second["next_page"] is None
    seen = [lead["id"] for lead in first["leads"] + second["leads"]]
    assert len(set(seen)) == 103
    with app.app_context():
        newest = db.session.scalar(sa.select(Lead.id).where(Lead.tenant_id == tenant_id)
                                   .order_by(Lead.offered_at.desc(), Lead.id.desc()).limit(1))
    assert seen[0] == newest
    quotes = client.get("/api/v1/quotes", headers=auth).get_json()
    assert len(quotes["quotes"]) == 35
    assert quotes["next_page"] is None
    for bad in ("0", "-1", "zwei", "10001"):
        answer = client.get(f"/api/v1/leads?page={bad}", headers=auth)
        assert answer.status_code == 422, bad
        assert answer.get_json()["error"]["details"]["page"] == bad


def test_a_long_thread_shows_its_newest_entries_and_pages_back(app, api):
    tenant_id, client, auth = api
    _leads(app, tenant_id, 1)
    lead_id = _first_lead(app, tenant_id)
    _thread(app, tenant_id, lead_id, 130)

    newest = client.get(f"/api/v1/leads/{lead_id}/messages", headers=auth).get_json()
    texts = [entry["text"] for entry in newest["messages"]]
    assert len(texts) == 100
    assert texts[0].startswith("Eintrag 30,")
    assert texts[-1].startswith("Eintrag 129,")
    older = client.get(f"/api/v1/leads/{lead_id}/messages?before={newest['earlier_before']}",
                       headers=auth).get_json()
    assert [entry["text"].split(",")[0] for entry in older["messages"]] == [
        f"Eintrag {index}" for index in range(30)]
    assert older["earlier_before"] is None
    assert client.get(f"/api/v1/leads/{lead_id}/messages?before=x",
                      headers=auth).status_code == 422

    login(client, business_email(app, tenant_id))
    page = client.get(f"/dashboard/leads/{lead_id}").get_data(as_text=True)
    assert page.count('class="thread-entry ') == 100
    assert "Eintrag 129," in page
    assert "Eintrag 29," not in page
    assert f"before={newest['earlier_before']}" in page
    assert "Frühere Nachrichten" in page
    earlier = client.get(f"/dashboard/leads/{lead_id}?before={newest['earlier_before']}")
    text = earlier.get_data(as_text=True)
    assert text.count('class="thread-entry ') == 30
    assert "Eintrag 0," in text
    assert "Neueste Nachrichten" in text


def business_email(app, tenant_id: int) -> str:
    from marketplace.tenancy.models import Tenant

    with app.app_context():
        return db.session.get(Tenant, tenant_id).users[0].email
