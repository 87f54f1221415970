"""STOP, then MEINE DATEN or LÖSCHEN: the answer reaches the customer on every channel.

Art. 12 GDPR obliges us to answer a data-protection request even after the customer wrote
STOP. Each test goes through the real URLs (the web chat's JSON endpoints, the signed
webhooks) and looks at what reaches the customer: the web chat's poll, or what the local
fake Graph/Telegram API received.
"""

from __future__ import annotations

import itertools
import json
import re

import pytest
import sqlalchemy as sa

from marketplace.channels.models import Customer
from marketplace.db import db
from tests.channels.conftest import PAGE_ID, PHONE_NUMBER_ID, TG_TOKEN, post_webhook

CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)"')
WA_ID = "4917600000042"
PSID = "7000000000000042"
TG_CHAT = 5550004242
# Provider timestamps just before the frozen clock (2026-11-02 09:00 UTC).
_clock = itertools.count(1793609000, 3)
_ids = itertools.count(1)

EXPORT_LINK = "/privacy/export/"
ERASE_BUTTON = "privacy:erase:"


# --- what each channel's customer types, and what reached them --------------------------


def _whatsapp(text: str) -> bytes:
    return json.dumps({"object": "whatsapp_business_account", "entry": [{
        "id": "310000000000001", "changes": [{"field": "messages", "value": {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "4930123456",
                         "phone_number_id": PHONE_NUMBER_ID},
            "contacts": [{"profile": {"name": "Jonas Beispiel"}, "wa_id": WA_ID}],
            "messages": [{"from": WA_ID, "id": f"wamid.STOP{next(_ids):05d}",
                          "timestamp": str(next(_clock)), "type": "text",
                          "text": {"body": text}}]}}]}]}, ensure_ascii=False).encode()


def _messenger(text: str) -> bytes:
    return json.dumps({"object": "page", "entry": [{
        "id": PAGE_ID, "time": next(_clock) * 1000, "messaging": [{
            "sender": {"id": PSID}, "recipient": {"id": PAGE_ID},
            "timestamp": next(_clock) * 1000,
            "message": {"mid": f"m_STOP{next(_ids):05d}", "text": text}}]}]},
        ensure_ascii=False).encode()


def _telegram(text: str) -> bytes:
    number = next(_ids)
    return json.dumps({"update_id": 880100000 + number, "message": {
        "message_id": 4200 + number,
        "from": {"id": TG_CHAT, "is_bot": False, "first_name": "Anna", "language_code": "de"},
        "chat": {"id": TG_CHAT, "type": "private", "first_name": "Anna"},
        "date": next(_clock), "text": text}}, ensure_ascii=False).encode()


def _whatsapp_tap(choice_id: str) -> bytes:
    body = json.loads(_whatsapp("x"))
    message = body["entry"][0]["changes"][0]["value"]["messages"][0]
    message.pop("text")
    message.update({"type": "interactive", "interactive": {
        "type": "button_reply", "button_reply": {"id": choice_id, "title": "Alles löschen"}}})
    return json.dumps(body, ensure_ascii=False).encode()


def _messenger_tap(choice_id: str) -> bytes:
    body = json.loads(_messenger("Alles löschen"))
    body["entry"][0]["messaging"][0]["message"]["quick_reply"] = {"payload": choice_id}
    return json.dumps(body, ensure_ascii=False).encode()


def _telegram_tap(choice_id: str) -> bytes:
    number = next(_ids)
    return json.dumps({"update_id": 880100000 + number, "callback_query": {
        "id": f"cb{number}", "data": choice_id,
        "from": {"id": TG_CHAT, "is_bot": False, "first_name": "Anna", "language_code": "de"},
        "message": {"message_id": 4200 + number, "date": next(_clock),
                    "chat": {"id": TG_CHAT, "type": "private", "first_name": "Anna"}}}}
    ).encode()


PAYLOADS = {"whatsapp": _whatsapp, "messenger": _messenger, "telegram": _telegram}
TAPS = {"whatsapp": _whatsapp_tap, "messenger": _messenger_tap, "telegram": _telegram_tap}
SEND_PATHS = {"whatsapp": rf"/{PHONE_NUMBER_ID}/messages$",
              "messenger": rf"/{PAGE_ID}/messages$",
              "telegram": rf"/bot{re.escape(TG_TOKEN)}/sendMessage$"}


def _recipient(channel: str, body: dict) -> str:
    if channel == "whatsapp":
        return str(body.get("to", "")).lstrip("+")
    if channel == "messenger":
        return str(body["recipient"]["id"])
    return str(body["chat_id"])


class MessengerCustomer:
    """A customer of one provider channel, writing through the signed webhook."""

    def __init__(self, channel: str, client, providers) -> None:
        self.channel = channel
        self.client = client
        self.providers = providers
        self.seen = 0
        self.address = {"whatsapp": WA_ID, "messenger": PSID, "telegram": str(TG_CHAT)}[channel]

    def writes(self, text: str) -> list[str]:
        response = post_webhook(self.client, self.channel, PAYLOADS[self.channel](text))
        assert response.status_code == 200, response.get_data(as_text=True)
        return self.received()

    def taps(self, choice_id: str) -> list[str]:
        response = post_webhook(self.client, self.channel, TAPS[self.channel](choice_id))
        assert response.status_code == 200, response.get_data(as_text=True)
        return self.received()

    def received(self) -> list[str]:
        """What the provider was asked to deliver to this customer since the last look."""
        calls = self.providers.calls("POST", SEND_PATHS[self.channel])
        fresh = calls[self.seen:]
        self.seen = len(calls)
        bodies = [call.json() for call in fresh]
        assert all(_recipient(self.channel, body) == self.address for body in bodies)
        return [json.dumps(body, ensure_ascii=False) for body in bodies]


class WebChatCustomer:
    """A customer in the browser: the chat page, its JSON endpoints and its poll."""

    def __init__(self, client) -> None:
        self.client = client
        page = client.get("/chat")
        self.headers = {"X-CSRFToken": CSRF_META.search(page.get_data(as_text=True)).group(1)}
        self.after = 0

    def writes(self, text: str) -> list[str]:
        response = self.client.post("/api/chat/messages", headers=self.headers,
                                    json={"text": text, "client_id": f"c-{next(_ids)}"})
        assert response.status_code == 201, response.get_data(as_text=True)
        return self.received()

    def received(self) -> list[str]:
        """Platform bubbles the page's poll shows since the last look."""
        response = self.client.get("/api/chat/messages", query_string={"after": self.after})
        messages = response.get_json()["messages"]
        if messages:
            self.after = messages[-1]["id"]
        return [json.dumps(message, ensure_ascii=False) for message in messages
                if message["from"] == "platform"]


@pytest.fixture(params=["webchat", "whatsapp", "messenger", "telegram"])
def customer(request, client, providers):
    if request.param == "webchat":
        return WebChatCustomer(client)
    return MessengerCustomer(request.param, client, providers)


def _after_stop(customer) -> None:
    customer.writes("Hallo")
    [confirmation] = customer.writes("STOP")
    assert "START" in confirmation


def test_stop_then_meine_daten_sends_the_export_link(customer):
    _after_stop(customer)
    answers = customer.writes("MEINE DATEN")
    assert len(answers) == 1
    assert EXPORT_LINK in answers[0]


def test_stop_then_loeschen_asks_to_confirm_the_erasure(customer):
    _after_stop(customer)
    answers = customer.writes("LÖSCHEN")
    assert len(answers) == 1
    assert ERASE_BUTTON in answers[0]


def test_stop_still_silences_everything_else(customer):
    _after_stop(customer)
    assert customer.writes("Mein Dach ist undicht, 60311") == []


@pytest.fixture(params=["whatsapp", "messenger", "telegram"])
def messenger_customer(request, client, providers):
    return MessengerCustomer(request.param, client, providers)


def test_stop_then_confirmed_erasure_sends_the_last_message(messenger_customer, app):
    _after_stop(messenger_customer)
    [question] = messenger_customer.writes("LÖSCHEN")
    choice_id = re.search(rf"{ERASE_BUTTON}[\w-]+", question).group(0)
    [last] = messenger_customer.taps(choice_id)
    assert "letzte Nachricht" in last
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Customer.id))) == 0  # then erased
