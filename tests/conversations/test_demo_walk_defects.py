"""Defects found by walking the demo (issue 12, item 10), through the real web-chat URLs.

Tasks run inline here, as in the demo: what a task does at commit has happened when the
request returns.
"""

from __future__ import annotations

import itertools
import re

import sqlalchemy as sa

from marketplace.channels.models import Customer
from marketplace.db import db
from marketplace.jobs.models import JobRequest, JobStatus
from marketplace.quotes.models import Lead, LeadStatus, Quote, QuoteStatus
from tests.conversations.test_through_channels import WhatsAppCustomer, body_text
from tests.quotes.conftest import World
from tests.quotes.test_routing import NEAR
from tests.work.conftest import make_won_job, quote_of

CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)"')
_ids = itertools.count(1)


class Browser:
    """The chat page, its JSON endpoints and its poll."""

    def __init__(self, client) -> None:
        self.client = client
        page = client.get("/chat")
        self.headers = {"X-CSRFToken": CSRF_META.search(page.get_data(as_text=True)).group(1)}
        self.after = 0

    def writes(self, text: str):
        return self.client.post("/api/chat/messages", headers=self.headers,
                                json={"text": text, "client_id": f"w-{next(_ids)}"})

    def taps(self, choice_id: str, title: str = ""):
        return self.client.post("/api/chat/choices", headers=self.headers,
                                json={"choice_id": choice_id, "title": title,
                                      "client_id": f"w-{next(_ids)}"})

    def platform_bubbles(self) -> list[dict]:
        response = self.client.get("/api/chat/messages", query_string={"after": self.after})
        messages = response.get_json()["messages"]
        if messages:
            self.after = messages[-1]["id"]
        return [message for message in messages if message["from"] == "platform"]


def _choice(bubbles: list[dict], prefix: str) -> dict:
    for bubble in reversed(bubbles):
        for choice in bubble["choices"]:
            if choice["id"].startswith(prefix):
                return choice
    raise AssertionError(f"no {prefix!r} choice in {bubbles!r}")


# --- a) "Alles löschen" in the web chat ---------------------------------------------------


def test_confirmed_erasure_in_the_web_chat_answers_with_a_confirmation(client, app):
    browser = Browser(client)
    assert browser.writes("Hallo").status_code in (201, 202)
    browser.platform_bubbles()
    assert browser.writes("LÖSCHEN").status_code in (201, 202)
    erase = _choice(browser.platform_bubbles(), "privacy:erase:")

    response = browser.taps(erase["id"], erase["title"])

    assert response.status_code in (200, 201, 202), response.get_data(as_text=True)
    body = response.get_json()
    assert body["erased"] is True
    assert body["notice"] == "Ihre Daten wurden gelöscht."
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Customer.id))) == 0
    # Nothing of the customer is left for the poll to show.
    assert browser.platform_bubbles() == []


# --- b) an old accept button tapped after STOP ------------------------------------------


def test_an_accept_tapped_after_stop_is_not_carried_out_and_says_why(app, client,
                                                                      frozen_clock):
    won = make_won_job(app, client, accept=False)
    quote_id = quote_of(app, won.lead_id)
    [stopped] = won.chat.writes("STOP")
    assert "START" in stopped["text"]

    bubbles = won.chat.taps(f"quote:accept:{quote_id}", "Annehmen")

    assert [bubble["text"] for bubble in bubbles] == [
        "Sie haben STOP geschrieben, daher wurde das nicht ausgeführt. Schreiben Sie START, "
        "um fortzufahren."]
    with app.app_context():
        assert db.session.get(Quote, quote_id).status == QuoteStatus.SENT
        assert db.session.get(JobRequest, won.job_id).status == JobStatus.OPEN
        assert db.session.get(Lead, won.lead_id).status == LeadStatus.QUOTED


# --- d) the job's confirmation before routing's result ----------------------------------


def test_the_confirmation_reaches_the_customer_before_the_routing_result(client, app,
                                                                       providers):
    with app.app_context():
        world = World(app)
        world.neighbours("10115", NEAR)
        world.business("Dach Nord", postcode="10117")
    phone = WhatsAppCustomer(client, providers)
    phone.text("Hallo")
    phone.tap("intake:trade:dachdecker", "Dach", kind="list_reply")
    phone.text("Nach dem Sturm fehlen Ziegel, Wasser tropft in die Küche")
    phone.text("10115")
    phone.tap("intake:timing:urgent", kind="list_reply")
    phone.tap("intake:photos:none")
    phone.tap("intake:contact:chat")

    sent = [body_text(body) for body in phone.tap("intake:summary:send")]

    assert len(sent) == 2, sent
    confirmation, routed = sent
    assert confirmation.startswith("Erledigt!"), sent
    assert "an 1 geprüften Betrieb" in routed, sent
