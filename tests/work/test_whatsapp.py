"""Appointments over WhatsApp, through the signed webhook and the local Graph API stand-in:
the times arrive as a list, the pick comes back as a tap, and the reminder five weeks later
(the 24-hour window long closed) goes as the approved template, whose button brings the
appointment back with its own buttons."""

from __future__ import annotations

import itertools
import json
from datetime import timedelta

import sqlalchemy as sa

from marketplace import clock
from marketplace.channels.models import Customer, Message
from marketplace.db import db
from marketplace.quotes import business_side, routing_runs
from marketplace.quotes.models import Lead
from marketplace.work import reminders
from tests.channels.conftest import PHONE_NUMBER_ID, post_webhook
from tests.quotes.conftest import World
from tests.quotes.test_routing import NEAR, _quote_data
from tests.work.conftest import Office, next_day

WA_ID = "4917600000077"
_ids = itertools.count(1)
SENT = rf"/{PHONE_NUMBER_ID}/messages$"


def _inbound(message: dict) -> bytes:
    message = {"from": WA_ID, "id": f"wamid.APPT{next(_ids):05d}",
               "timestamp": str(int(clock.now().timestamp()) - 1), **message}
    return json.dumps({"object": "whatsapp_business_account", "entry": [{
        "id": "310000000000001", "changes": [{"field": "messages", "value": {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "4930123456",
                         "phone_number_id": PHONE_NUMBER_ID},
            "contacts": [{"profile": {"name": "Jonas Beispiel"}, "wa_id": WA_ID}],
            "messages": [message]}}]}]}, ensure_ascii=False).encode()


def writes(client, text: str) -> None:
    response = post_webhook(client, "whatsapp", _inbound({"type": "text",
                                                          "text": {"body": text}}))
    assert response.status_code == 200


def taps(client, choice_id: str, title: str = "x") -> None:
    response = post_webhook(client, "whatsapp", _inbound({"type": "interactive", "interactive": {
        "type": "list_reply", "list_reply": {"id": choice_id, "title": title}}}))
    assert response.status_code == 200


def taps_template_button(client, payload: str) -> None:
    response = post_webhook(client, "whatsapp", _inbound({
        "type": "button", "button": {"payload": payload, "text": "Ansehen"}}))
    assert response.status_code == 200


class Stand_in:  # noqa: N801 - reads as what it is
    def __init__(self, providers) -> None:
        self.providers = providers
        self.seen = 0

    def received(self) -> list[dict]:
        calls = self.providers.calls("POST", SENT)
        fresh = calls[self.seen:]
        self.seen = len(calls)
        bodies = [call.json() for call in fresh]
        assert all(body["to"].lstrip("+") == WA_ID for body in bodies)
        return bodies


def test_appointment_over_whatsapp_with_the_reminder_as_a_template(app, client, providers,
                                                                  monkeypatch):
    monkeypatch.setitem(app.config, "WHATSAPP_APPROVED_TEMPLATES",
                        ("new_quote_available", "appointment_update"))
    graph = Stand_in(providers)
    writes(client, "Hallo")
    with app.app_context():
        world = World(app)
        world.neighbours("10115", NEAR)
        tenant = world.business("Dach Nord", postcode="10117")
        customer = db.session.scalar(sa.select(Customer).where(Customer.external_id == WA_ID))
        job = world.job(customer, postcode="10115")
        routing_runs.route_job(job.id)
        lead = db.session.scalar(sa.select(Lead).where(Lead.job_request_id == job.id))
        quote = business_side.submit_quote(tenant, world.owners[tenant.id], lead_id=lead.id,
                                           data=_quote_data())
        lead_id, quote_id, owner = lead.id, quote.id, world.owners[tenant.id].email
    taps(client, f"quote:accept:{quote_id}", "Annehmen 1")
    graph.received()

    office = Office(app, owner)
    day, _ = next_day(36)
    office.propose(lead_id, (day, "10:00", "11:00"), (day, "14:00", "15:00"))
    [proposal] = graph.received()
    assert proposal["type"] == "interactive"
    rows = proposal["interactive"]["action"]["sections"][0]["rows"]
    assert [row["title"] for row in rows] == ["Di 8.12., 10:00–11:00", "Di 8.12., 14:00–15:00",
                                              "Andere Zeit vorschlagen"]
    taps(client, rows[1]["id"], rows[1]["title"])
    [confirmation] = graph.received()
    assert "Bestätigt" in confirmation["interactive"]["body"]["text"]
    buttons = confirmation["interactive"]["action"]["buttons"]
    assert [button["reply"]["title"] for button in buttons] == [
        "Andere Zeit", "Termin absagen"]

    # Five weeks later, the day before: the window closed long ago.
    clock.advance(timedelta(days=35, hours=4))  # 7.12. 13:00 UTC, 24 hours before
    with app.app_context():
        assert reminders.send_due_reminders() == 1
    [reminder] = graph.received()
    assert reminder["type"] == "template"
    template = reminder["template"]
    assert template["name"] == "appointment_update"
    parameters = [item["text"] for item in template["components"][0]["parameters"]]
    assert parameters[0] == "Dach Nord"
    assert parameters[2] == "Di 8.12., 14:00–15:00"
    payload = template["components"][1]["parameters"][0]["payload"]
    assert payload.startswith("appt:show:")
    with app.app_context():
        stored = db.session.scalar(sa.select(Message).where(Message.purpose == "appointment")
                                   .order_by(Message.id.desc()).limit(1))
        assert stored.gate_decision == "send_as_template"

    # The template's button reopens the window: the appointment comes back with its button.
    taps_template_button(client, payload)
    [again] = graph.received()
    assert again["type"] == "interactive"
    assert "14:00–15:00" in again["interactive"]["body"]["text"]
    assert again["interactive"]["action"]["buttons"] == buttons
