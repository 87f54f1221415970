"""A won job with a web-chat customer, two businesses, and the ways each side acts on it:
the customer through the web chat's JSON endpoints (reading the page's poll), the business
through the dashboard's forms and pages or the API."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from marketplace.channels import customers as channels_customers
from marketplace.channels.models import Customer
from marketplace.channels.webchat import COOKIE_NAME, session_id_for
from marketplace.db import db
from marketplace.quotes import business_side, routing_runs
from marketplace.quotes.models import Lead, Quote
from tests.channels.conftest import _provider_server, providers  # noqa: F401 - fixtures
from tests.conftest import csrf_token_from, login
from tests.quotes.conftest import World
from tests.quotes.test_routing import NEAR, _quote_data

CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)"')
_ids = itertools.count(1)


class ChatCustomer:
    """A customer in the browser: the chat page, its JSON endpoints and its poll."""

    def __init__(self, client) -> None:
        self.client = client
        page = client.get("/chat")
        self.headers = {"X-CSRFToken": CSRF_META.search(page.get_data(as_text=True)).group(1)}
        self.after = 0

    @property
    def session_id(self) -> str:
        return session_id_for(self.client.get_cookie(COOKIE_NAME).value)

    def customer(self) -> Customer:
        return channels_customers.webchat_customer(self.session_id, create=False)

    def writes(self, text: str) -> list[dict]:
        response = self.client.post("/api/chat/messages", headers=self.headers,
                                    json={"text": text, "client_id": f"w-{next(_ids)}"})
        assert response.status_code == 201, response.get_data(as_text=True)
        return self.received()

    def taps(self, choice_id: str, title: str = "") -> list[dict]:
        response = self.client.post("/api/chat/choices", headers=self.headers,
                                    json={"choice_id": choice_id, "title": title,
                                          "client_id": f"w-{next(_ids)}"})
        assert response.status_code == 201, response.get_data(as_text=True)
        return self.received()

    def received(self) -> list[dict]:
        """Platform bubbles the page's poll shows since the last look."""
        response = self.client.get("/api/chat/messages", query_string={"after": self.after})
        messages = response.get_json()["messages"]
        if messages:
            self.after = messages[-1]["id"]
        return [message for message in messages if message["from"] == "platform"]


def choice_ids(bubble: dict) -> list[str]:
    return [choice["id"] for choice in bubble["choices"]]


@dataclass
class Won:
    lead_id: int
    other_lead_id: int
    job_id: int
    reference: str
    owner: str
    other_owner: str
    chat: ChatCustomer
    award_bubbles: list[dict] = field(default_factory=list)


def next_day(days: int, at: str = "10:00") -> tuple[str, str]:
    """A date (ISO) `days` after the frozen clock's day, and the time."""
    return (date(2026, 11, 2) + timedelta(days=days)).isoformat(), at


def make_won_job(app, client, *, accept: bool = True) -> Won:
    """Two businesses quote on a web-chat customer's job; the customer accepts the first
    one's quote with the chat's button (so the other lead is lost)."""
    chat = ChatCustomer(client)
    chat.writes("Hallo")
    with app.app_context():
        world = World(app)
        world.neighbours("10115", NEAR)
        mine = world.business("Dach Nord", postcode="10117")
        theirs = world.business("Dach Mitte", postcode="10119")
        customer = chat.customer()
        customer.display_name = "Erika Muster"
        job = world.job(customer, postcode="10115")
        routing_runs.route_job(job.id)
        leads = {lead.tenant_id: lead for lead in db.session.scalars(
            sa.select(Lead).where(Lead.job_request_id == job.id))}
        quote = business_side.submit_quote(mine, world.owners[mine.id],
                                           lead_id=leads[mine.id].id, data=_quote_data())
        business_side.submit_quote(theirs, world.owners[theirs.id],
                                   lead_id=leads[theirs.id].id,
                                   data=_quote_data(net_amount_cents=90_000))
        won = Won(lead_id=leads[mine.id].id, other_lead_id=leads[theirs.id].id, job_id=job.id,
                  reference=job.reference, owner=world.owners[mine.id].email,
                  other_owner=world.owners[theirs.id].email, chat=chat)
        quote_id = quote.id
    chat.received()
    if accept:
        won.award_bubbles = chat.taps(f"quote:accept:{quote_id}")
    return won


@pytest.fixture
def won(app, client, frozen_clock) -> Won:
    return make_won_job(app, client)


class Office:
    """A business user logged in to the dashboard in a browser of their own."""

    def __init__(self, app, email: str) -> None:
        self.client = app.test_client()
        login(self.client, email)

    def lead_page(self, lead_id: int):
        return self.client.get(f"/dashboard/leads/{lead_id}")

    def post(self, url: str, data: dict, *, lead_id: int):
        token = csrf_token_from(self.client, f"/dashboard/leads/{lead_id}")
        return self.client.post(url, data={"csrf_token": token, **data})

    def propose(self, lead_id: int, *slots: tuple[str, str, str], kind: str = "visit",
                note: str = ""):
        data = {"kind": kind, "note": note}
        for row, (day, start, end) in enumerate(slots, start=1):
            data.update({f"slot_date_{row}": day, f"slot_start_{row}": start,
                         f"slot_end_{row}": end})
        return self.post(f"/dashboard/leads/{lead_id}/appointments", data, lead_id=lead_id)


def quote_of(app, lead_id: int) -> int:
    with app.app_context():
        return db.session.scalar(sa.select(Quote.id).where(Quote.lead_id == lead_id))
