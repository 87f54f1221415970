"""The customer's answer reaches the right business's thread, through the real webhooks.

Two businesses have leads on the customer's job and both wrote to the customer. The
customer answers by replying to one of the messages (WhatsApp `context.id`, Telegram
`reply_to_message`, Messenger `reply_to.mid`), by a reply button, or plainly; each test
looks at what the customer received from the local Graph/Telegram stand-in and at what
each business's thread holds.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import re
from dataclasses import dataclass

import pytest
import sqlalchemy as sa

from marketplace import clock
from marketplace.accounts.models import Role, User
from marketplace.channels.models import Customer, Message
from marketplace.conversations.models import Conversation
from marketplace.db import db
from marketplace.quotes.models import Lead, LeadStatus
from marketplace.threads import signals
from marketplace.threads.models import ThreadMessage
from marketplace.threads.outgoing import send_business_message
from tests.channels.conftest import PAGE_ID, PHONE_NUMBER_ID, TG_TOKEN, post_webhook
from tests.consent.factories import jpeg_bytes, make_job, make_lead

WA_ID = "4917600001111"
PSID = "7000000000001111"
TG_CHAT = 5550001111
_ids = itertools.count(1)
# Provider timestamps just before the frozen clock (2026-11-02 09:00 UTC).
_clock = itertools.count(1793609000, 2)

SEND_PATHS = {"whatsapp": rf"/{PHONE_NUMBER_ID}/messages$",
              "messenger": rf"/{PAGE_ID}/messages$",
              "telegram": rf"/bot{re.escape(TG_TOKEN)}/sendMessage$"}
EXTERNAL_IDS = {"whatsapp": WA_ID, "messenger": PSID, "telegram": str(TG_CHAT)}


# --- the world: one customer, one job, two businesses that wrote ---------------------------


@dataclass
class World:
    customer_id: int
    job_id: int
    lead_a: int
    lead_b: int
    owner_of: dict[int, int]  # tenant id -> user id of its owner


def make_world(app, make_tenant, make_user, channel: str = "whatsapp") -> World:
    roofer = make_tenant("Dachdeckerei Muster GmbH")
    carpenter = make_tenant("Zimmerei Holz & Söhne")
    owners = {roofer.id: make_user(Role.OWNER, roofer), carpenter.id: make_user(Role.OWNER,
                                                                                carpenter)}
    with app.app_context():
        customer = Customer(channel=channel, external_id=EXTERNAL_IDS[channel],
                            phone=WA_ID if channel == "whatsapp" else None,
                            display_name="Jonas Beispiel", language="de",
                            last_inbound_at=clock.now())
        db.session.add(customer)
        db.session.flush()
        job = make_job(customer, photos=0)
        lead_a = make_lead(roofer, job)
        lead_b = make_lead(carpenter, job, status=LeadStatus.QUOTED)
        db.session.commit()
        return World(customer.id, job.id, lead_a.id, lead_b.id,
                     {tenant_id: owner.id for tenant_id, owner in owners.items()})


@pytest.fixture
def new_world(app, make_tenant, make_user):
    def make(channel: str = "whatsapp") -> World:
        return make_world(app, make_tenant, make_user, channel)

    return make


def business_writes(app, world: World, lead_id: int, text: str) -> str:
    """A business writes in its thread (the dashboard's service); returns the provider id
    of what reached the customer (what a reply refers to)."""
    with app.app_context():
        lead = db.session.get(Lead, lead_id)
        owner = db.session.get(User, world.owner_of[lead.tenant_id])
        [entry] = send_business_message(lead.tenant, owner, lead_id, text)
        message = db.session.get(Message, entry.channel_message_id)
        assert message.provider_message_id, message.status
        return message.provider_message_id


def thread_texts(app, lead_id: int) -> list[tuple[str, str]]:
    """What the business sees in its thread: (author, text), oldest first."""
    with app.app_context():
        return [(entry.author, entry.text) for entry in db.session.scalars(
            sa.select(ThreadMessage).where(ThreadMessage.lead_id == lead_id)
            .order_by(ThreadMessage.id))]


def customer_thread_texts(app, lead_id: int) -> list[str]:
    return [text for author, text in thread_texts(app, lead_id) if author == "customer"]


# --- the customer, on each channel ----------------------------------------------------------


class Phone:
    """The customer's messenger: writes through the signed webhook, reads what the provider
    stand-in was asked to deliver."""

    def __init__(self, channel: str, client, providers) -> None:
        self.channel = channel
        self.client = client
        self.providers = providers
        self.seen = len(providers.calls("POST", SEND_PATHS[channel]))

    def post(self, body: dict) -> list[dict]:
        raw = json.dumps(body, ensure_ascii=False).encode()
        response = post_webhook(self.client, self.channel, raw)
        assert response.status_code == 200, response.get_data(as_text=True)
        return self.received()

    def received(self) -> list[dict]:
        calls = self.providers.calls("POST", SEND_PATHS[self.channel])
        fresh = [call.json() for call in calls[self.seen:]]
        self.seen = len(calls)
        return fresh

    # WhatsApp
    def wa(self, message: dict, *, reply_to: str | None = None) -> list[dict]:
        message = {"from": WA_ID, "id": f"wamid.IN{next(_ids):06d}",
                   "timestamp": str(next(_clock)), **message}
        if reply_to:
            message["context"] = {"from": "4930123456", "id": reply_to}
        return self.post({"object": "whatsapp_business_account", "entry": [{
            "id": "310000000000001", "changes": [{"field": "messages", "value": {
                "messaging_product": "whatsapp",
                "metadata": {"display_phone_number": "4930123456",
                             "phone_number_id": PHONE_NUMBER_ID},
                "contacts": [{"profile": {"name": "Jonas Beispiel"}, "wa_id": WA_ID}],
                "messages": [message]}}]}]})

    def text(self, body: str, *, reply_to: str | None = None) -> list[dict]:
        if self.channel == "whatsapp":
            return self.wa({"type": "text", "text": {"body": body}}, reply_to=reply_to)
        if self.channel == "messenger":
            message: dict = {"mid": f"m_IN{next(_ids):06d}", "text": body}
            if reply_to:
                message["reply_to"] = {"mid": reply_to}
            return self.post({"object": "page", "entry": [{
                "id": PAGE_ID, "time": next(_clock) * 1000, "messaging": [{
                    "sender": {"id": PSID}, "recipient": {"id": PAGE_ID},
                    "timestamp": next(_clock) * 1000, "message": message}]}]})
        number = next(_ids)
        telegram: dict = {
            "message_id": 4000 + number,
            "from": {"id": TG_CHAT, "is_bot": False, "first_name": "Jonas",
                     "language_code": "de"},
            "chat": {"id": TG_CHAT, "type": "private", "first_name": "Jonas"},
            "date": next(_clock), "text": body}
        if reply_to:
            chat_id, message_id = reply_to.split(":")
            telegram["reply_to_message"] = {
                "message_id": int(message_id), "date": next(_clock), "text": "…",
                "from": {"id": 123456, "is_bot": True, "first_name": "Handwerk direkt"},
                "chat": {"id": int(chat_id), "type": "private"}}
        return self.post({"update_id": 770000000 + number, "message": telegram})

    def tap(self, choice_id: str) -> list[dict]:
        assert self.channel == "whatsapp"
        return self.wa({"type": "interactive", "interactive": {
            "type": "button_reply", "button_reply": {"id": choice_id, "title": "x"}}})

    def photo(self, media_id: str, *, reply_to: str | None = None,
              caption: str = "") -> list[dict]:
        data = jpeg_bytes((10, 120, 200))
        self.providers.files[f"wa-{media_id}"] = data
        image = {"mime_type": "image/jpeg", "id": media_id,
                 "sha256": base64.b64encode(hashlib.sha256(data).digest()).decode()}
        if caption:
            image["caption"] = caption
        return self.wa({"type": "image", "image": image}, reply_to=reply_to)


def text_of(body: dict) -> str:
    if "text" in body and isinstance(body["text"], dict):
        return body["text"]["body"]
    if "text" in body:  # Telegram, Messenger
        return str(body["text"] if not isinstance(body.get("message"), dict) else "")
    if isinstance(body.get("message"), dict):
        return str(body["message"].get("text", ""))
    return body.get("interactive", {}).get("body", {}).get("text", "")


def reply_ids(body: dict) -> list[str]:
    interactive = body.get("interactive") or {}
    if interactive.get("type") == "button":
        return [button["reply"]["id"] for button in interactive["action"]["buttons"]]
    if interactive.get("type") == "list":
        return [row["id"] for section in interactive["action"]["sections"]
                for row in section["rows"]]
    return []


@pytest.fixture
def received_signals():
    seen: list[dict] = []

    def receiver(_sender=None, **data):
        seen.append(data)

    signals.customer_message_received.connect(receiver)
    yield seen
    signals.customer_message_received.disconnect(receiver)


# --- replies to a business's message --------------------------------------------------------


def test_whatsapp_reply_by_context_id_reaches_that_business_with_two_threads_active(
        app, client, providers, new_world, received_signals):
    world = new_world()
    to_roofer = business_writes(app, world, world.lead_a, "Ist das Dach von innen zugänglich?")
    business_writes(app, world, world.lead_b, "Welches Holz ist verbaut?")
    phone = Phone("whatsapp", client, providers)

    [confirmation] = phone.text("Ja, über den Dachboden.", reply_to=to_roofer)

    assert customer_thread_texts(app, world.lead_a) == ["Ja, über den Dachboden."]
    assert customer_thread_texts(app, world.lead_b) == []
    assert "Dachdeckerei Muster GmbH" in text_of(confirmation)
    assert "weitergeleitet" in text_of(confirmation)
    assert [signal["lead_id"] for signal in received_signals] == [world.lead_a]
    # A second message right after is filed without another confirmation.
    assert phone.text("Die Luke ist 60 cm breit.", reply_to=to_roofer) == []
    assert customer_thread_texts(app, world.lead_a)[-1] == "Die Luke ist 60 cm breit."


def test_telegram_reply_to_message_reaches_that_business(app, client, providers, new_world):
    world = new_world(channel="telegram")
    business_writes(app, world, world.lead_a, "Ist das Dach zugänglich?")
    to_carpenter = business_writes(app, world, world.lead_b, "Welches Holz ist verbaut?")
    assert to_carpenter.startswith(f"{TG_CHAT}:")
    phone = Phone("telegram", client, providers)

    [confirmation] = phone.text("Fichte, glaube ich.", reply_to=to_carpenter)

    assert customer_thread_texts(app, world.lead_b) == ["Fichte, glaube ich."]
    assert customer_thread_texts(app, world.lead_a) == []
    assert "Zimmerei Holz & Söhne" in confirmation["text"]


def test_messenger_reply_to_mid_reaches_that_business(app, client, providers, new_world):
    world = new_world(channel="messenger")
    to_roofer = business_writes(app, world, world.lead_a, "Ist das Dach zugänglich?")
    business_writes(app, world, world.lead_b, "Welches Holz ist verbaut?")
    phone = Phone("messenger", client, providers)

    [confirmation] = phone.text("Ja, über eine Leiter.", reply_to=to_roofer)

    assert customer_thread_texts(app, world.lead_a) == ["Ja, über eine Leiter."]
    assert customer_thread_texts(app, world.lead_b) == []
    assert "Dachdeckerei Muster GmbH" in confirmation["message"]["text"]


# --- a reply button, one active thread, several ----------------------------------------------


def test_reply_button_then_text_goes_to_that_business(app, client, providers, new_world):
    world = new_world()
    business_writes(app, world, world.lead_a, "Ist das Dach zugänglich?")
    business_writes(app, world, world.lead_b, "Welches Holz ist verbaut?")
    phone = Phone("whatsapp", client, providers)

    [invitation] = phone.tap(f"thread:reply:{world.lead_b}")
    assert "Zimmerei Holz & Söhne" in text_of(invitation)
    [confirmation] = phone.text("Eiche, 1970 verbaut.")

    assert customer_thread_texts(app, world.lead_b) == ["Eiche, 1970 verbaut."]
    assert customer_thread_texts(app, world.lead_a) == []
    assert "Zimmerei Holz & Söhne" in text_of(confirmation)


def test_the_one_active_thread_takes_a_plain_message(app, client, providers, new_world):
    world = new_world()
    business_writes(app, world, world.lead_a, "Wann sind Sie zu Hause?")
    phone = Phone("whatsapp", client, providers)

    [confirmation] = phone.text("Ab 17 Uhr.")

    assert customer_thread_texts(app, world.lead_a) == ["Ab 17 Uhr."]
    assert "Dachdeckerei Muster GmbH" in text_of(confirmation)
    with app.app_context():  # the intake never saw it
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Conversation)) == 0


def test_two_active_threads_ask_which_business_and_file_on_the_pick(
        app, client, providers, new_world):
    world = new_world()
    business_writes(app, world, world.lead_a, "Ist das Dach zugänglich?")
    business_writes(app, world, world.lead_b, "Welches Holz ist verbaut?")
    phone = Phone("whatsapp", client, providers)

    [question] = phone.text("Morgen passt es mir gut.")
    assert "Welcher Betrieb" in text_of(question) or "welchen Betrieb" in text_of(question)
    assert sorted(reply_ids(question)) == sorted([f"thread:pick:{world.lead_a}",
                                                  f"thread:pick:{world.lead_b}"])
    assert customer_thread_texts(app, world.lead_a) == []
    assert customer_thread_texts(app, world.lead_b) == []
    # A second message joins the waiting one without a second question.
    assert phone.text("Ab 10 Uhr.") == []

    [confirmation] = phone.tap(f"thread:pick:{world.lead_a}")

    assert customer_thread_texts(app, world.lead_a) == ["Morgen passt es mir gut.",
                                                        "Ab 10 Uhr."]
    assert customer_thread_texts(app, world.lead_b) == []
    assert "Dachdeckerei Muster GmbH" in text_of(confirmation)


def test_a_request_in_progress_keeps_unmarked_messages(app, client, providers, new_world):
    world = new_world()
    business_writes(app, world, world.lead_a, "Ist das Dach zugänglich?")
    phone = Phone("whatsapp", client, providers)
    phone.text("NEU")  # the customer starts a new request; the bot asks what needs doing
    phone.text("Die Heizung im Keller ist ausgefallen")
    business_writes(app, world, world.lead_a, "Sind Sie noch da?")
    phone.text("60311")  # the bot's next question, answered after the business wrote

    with app.app_context():
        conversation = db.session.scalar(sa.select(Conversation))
        assert conversation.is_active
        assert "Heizung" in conversation.description
        assert conversation.postcode == "60311"
    assert customer_thread_texts(app, world.lead_a) == []
    # An explicit reply still reaches the business in the middle of the request.
    to_roofer = business_writes(app, world, world.lead_a, "Ist das Dach zugänglich?")
    phone.text("Ja, über den Dachboden.", reply_to=to_roofer)
    assert customer_thread_texts(app, world.lead_a) == ["Ja, über den Dachboden."]


def test_commands_keep_working_inside_a_thread(app, client, providers, new_world):
    world = new_world()
    to_roofer = business_writes(app, world, world.lead_a, "Ist das Dach zugänglich?")
    phone = Phone("whatsapp", client, providers)

    [status] = phone.text("STATUS", reply_to=to_roofer)
    with app.app_context():
        reference = db.session.get(Lead, world.lead_a).job_request.reference
    assert reference in text_of(status)
    [confirmation] = phone.text("Ja, über den Dachboden.")  # the thread is still there
    assert "Dachdeckerei Muster GmbH" in text_of(confirmation)
    [stop] = phone.text("STOP", reply_to=to_roofer)
    assert "START" in text_of(stop)
    assert customer_thread_texts(app, world.lead_a) == ["Ja, über den Dachboden."]


# --- closed leads and stale buttons ----------------------------------------------------------


def test_a_reply_to_a_business_no_longer_on_the_job_gets_a_plain_answer(
        app, client, providers, new_world, received_signals):
    world = new_world()
    to_roofer = business_writes(app, world, world.lead_a, "Ist das Dach zugänglich?")
    with app.app_context():
        db.session.get(Lead, world.lead_a).status = LeadStatus.EXPIRED
        db.session.commit()
    phone = Phone("whatsapp", client, providers)

    [answer] = phone.text("Ja, über den Dachboden.", reply_to=to_roofer)

    assert "nicht mehr" in text_of(answer)
    assert "Dachdeckerei Muster GmbH" in text_of(answer)
    assert customer_thread_texts(app, world.lead_a) == []
    assert received_signals == []
    # Its reply button is stale too.
    [answer] = phone.tap(f"thread:reply:{world.lead_a}")
    assert "nicht mehr" in text_of(answer)


def test_a_foreign_or_unknown_thread_button_gets_a_plain_answer(
        app, client, providers, new_world):
    world = new_world()
    with app.app_context():  # another customer's job and lead
        stranger = Customer(channel="whatsapp", external_id="4917699999999",
                            language="de", last_inbound_at=clock.now())
        db.session.add(stranger)
        db.session.flush()
        foreign = make_lead(db.session.get(Lead, world.lead_a).tenant,
                            make_job(stranger, photos=0))
        db.session.commit()
        foreign_id = foreign.id
    phone = Phone("whatsapp", client, providers)

    for choice in (f"thread:reply:{foreign_id}", "thread:pick:999999", "thread:reply:x"):
        [answer] = phone.tap(choice)
        assert "funktioniert nicht mehr" in text_of(answer), text_of(answer)
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(ThreadMessage)
                                 .where(ThreadMessage.author == "customer")) == 0
