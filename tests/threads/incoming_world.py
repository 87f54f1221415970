"""The customer and two businesses writing to them, for the tests of the customer's side of
the job conversation: the customer writes through the real signed webhooks and reads what
the local Graph/Telegram stand-in was asked to deliver."""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import re
from dataclasses import dataclass

import sqlalchemy as sa

from marketplace import clock
from marketplace.accounts.models import Role, User
from marketplace.channels.models import Customer, Message
from marketplace.db import db
from marketplace.quotes.models import Lead, LeadStatus
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

    def photo(self, media_id: str, *, reply_to: str | None = None, caption: str = "",
              data: bytes | None = None) -> list[dict]:
        data = data or jpeg_bytes((10, 120, 200))
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


