"""SQL statements per page must not grow with the data: the same page with a few rows and
with many rows runs the same number of statements (no query per row, no unbounded read).
Counts, not timings: the benchmark in bench/ measures time."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import pytest
import sqlalchemy as sa

from marketplace import clock
from marketplace.channels.base import ChannelName
from marketplace.channels.models import Customer, Message
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.quotes.models import Lead
from tests.conftest import login
from tests.quotes.conftest import World
from tests.quotes.test_routing import _quote_data

_numbers = itertools.count(1)


@contextmanager
def counted(app) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        if not statement.lstrip().upper().startswith(("SAVEPOINT", "RELEASE", "ROLLBACK")):
            statements.append(statement)

    with app.app_context():
        engine = db.engine
    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)


def _leads(app, tenant_id: int, how_many: int) -> None:
    """Jobs with leads (some with a quote, some with contact details in the words)."""
    from marketplace.quotes import business_side
    from marketplace.tenancy.models import Tenant

    with app.app_context():
        tenant = db.session.get(Tenant, tenant_id)
        owner = tenant.users[0]
        now = clock.now()
        for index in range(how_many):
            number = next(_numbers)
            customer = Customer(channel=ChannelName.WEBCHAT, external_id=f"count-{number}")
            db.session.add(customer)
            db.session.flush()
            job = JobRequest(reference=f"C{number:05d}", customer_id=customer.id,
                             channel=customer.channel, trade_code="dachdecker",
                             description=f"Dach undicht, Tel 0171 55{number:05d}",
                             postcode="10115", timing="week")
            db.session.add(job)
            db.session.flush()
            lead = Lead(tenant_id=tenant.id, job_request_id=job.id, offered_at=now,
                        expires_at=now + timedelta(hours=48), distance_km=3.0)
            db.session.add(lead)
            db.session.flush()
            if index % 3 == 0:
                db.session.commit()
                business_side.submit_quote(tenant, owner, lead_id=lead.id, data=_quote_data())
        db.session.commit()


@pytest.fixture
def business(app):
    with app.app_context():
        world = World(app)
        tenant = world.business("Zähl GmbH", postcode="10117")
        return tenant.id, world.owners[tenant.id].email


PAGES = ["/dashboard/", "/dashboard/leads", "/dashboard/leads?status=offered"]


@pytest.mark.parametrize("url", PAGES)
def test_business_pages_run_as_many_statements_for_many_leads_as_for_few(app, business, url):
    tenant_id, email = business
    client = app.test_client()
    login(client, email)
    _leads(app, tenant_id, 3)
    client.get(url)  # warm: first-request work (translations, caches) is not per row
    with counted(app) as few:
        assert client.get(url).status_code == 200
    _leads(app, tenant_id, 30)
    with counted(app) as many:
        assert client.get(url).status_code == 200
    assert len(many) == len(few), "\n".join(many[len(few) - 3:len(few) + 5])


def _chat_messages(app, session_cookie_id: str, how_many: int) -> None:
    from marketplace.channels import customers as channels_customers
    from marketplace.channels.base import MessageKind

    with app.app_context():
        customer = channels_customers.webchat_customer(session_cookie_id, create=False)
        for index in range(how_many):
            db.session.add(Message(customer_id=customer.id, channel=ChannelName.WEBCHAT,
                                   direction="out" if index % 2 else "in",
                                   kind=MessageKind.TEXT, text=f"Nachricht {index}",
                                   status="sent" if index % 2 else "received",
                                   payload={"choices": [{"id": "x:1", "title": "Ja"}]}))
        db.session.commit()


def test_the_chat_poll_runs_as_many_statements_for_many_messages_as_for_few(app, client):
    from tests.work.conftest import ChatCustomer

    chat = ChatCustomer(client)
    chat.writes("Hallo")
    _chat_messages(app, chat.session_id, 4)
    with counted(app) as few:
        assert client.get("/api/chat/messages?after=0").status_code == 200
    _chat_messages(app, chat.session_id, 150)
    with counted(app) as many:
        assert client.get("/api/chat/messages?after=0").status_code == 200
    assert len(many) == len(few), "\n".join(many)


def _jobs(app, how_many: int) -> None:
    with app.app_context():
        for _ in range(how_many):
            number = next(_numbers)
            customer = Customer(channel=ChannelName.WEBCHAT, external_id=f"jobs-{number}")
            db.session.add(customer)
            db.session.flush()
            db.session.add(JobRequest(reference=f"J{number:05d}", customer_id=customer.id,
                                      channel=customer.channel, trade_code="maler",
                                      description="Wohnzimmer streichen", postcode="10115",
                                      timing="month"))
        db.session.commit()


@pytest.mark.parametrize("url", ["/admin/jobs/", "/admin/jobs/?status=open", "/admin/routing"])
def test_admin_job_lists_run_as_many_statements_for_many_jobs_as_for_few(app, make_user, url):
    from marketplace.accounts.models import Role

    admin = make_user(role=Role.ADMIN)
    client = app.test_client()
    login(client, admin.email)
    _jobs(app, 3)
    client.get(url)
    with counted(app) as few:
        assert client.get(url).status_code == 200
    _jobs(app, 80)
    with counted(app) as many:
        assert client.get(url).status_code == 200
    assert len(many) == len(few), "\n".join(many[:5])


def test_the_leads_list_is_paged_newest_first(app, business):
    tenant_id, email = business
    client = app.test_client()
    login(client, email)
    _leads(app, tenant_id, 55)
    first = client.get("/dashboard/leads").get_data(as_text=True)
    second = client.get("/dashboard/leads?page=2").get_data(as_text=True)
    assert first.count("/dashboard/leads/") == 50
    assert second.count("/dashboard/leads/") == 5
    assert "Ältere" in first
    assert "Neuere" in second
    assert "Ältere" not in second
    with app.app_context():
        newest = db.session.scalar(sa.select(Lead.id).where(Lead.tenant_id == tenant_id)
                                   .order_by(Lead.offered_at.desc(), Lead.id.desc()).limit(1))
    assert f"/dashboard/leads/{newest}\"" in first
