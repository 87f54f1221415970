"""The job conversation of the browser journey, over WhatsApp: the customer writes through the
real signed webhook (/webhooks/whatsapp) and reads what the local Graph API stand-in was asked
to deliver; two roofers work on the dashboard and through the API.

A roofer asks before quoting while a second roofer also writes; the customer's photo and words
reply (context.id) to the first and land in its thread alone; quote, acceptance, contact
details shared; two times and a pick; a day later (window closed) the roofer's message goes as
the approved template and its button delivers it; the other roofer never sees any of it;
WIDERRUF removes the contact details at once; after STOP the roofer's message is refused and
the roofer sees why.
"""

from __future__ import annotations

import base64
import hashlib
import io
import itertools
import json
import re
import zipfile
from datetime import timedelta

import pytest
import sqlalchemy as sa
from PIL import Image

from marketplace import clock
from marketplace.channels.models import Customer, Message
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.quotes.models import Lead, Quote
from marketplace.threads.models import ThreadMessage
from tests.api.test_api import create_token
from tests.channels.conftest import PHONE_NUMBER_ID, post_webhook
from tests.conftest import csrf_token_from, login
from tests.quotes.conftest import World
from tests.quotes.test_routing import NEAR
from tests.threads.outgoing_world import page_text

WA_ID = "4917600004242"
SENT = rf"/{PHONE_NUMBER_ID}/messages$"
ROOFER = "Dachdeckerei Nord GmbH"
OTHER = "Bedachungen Mitte GmbH"
QUESTION = "Ist das Dach zugänglich?"
OTHER_QUESTION = "Welches Material liegt auf dem Dach?"
ANSWER = "Ja, über die Leiter an der Garage."
CAPTION = "Hier fehlen die Ziegel"
LATE = "Wir bringen am Dienstag das Gerüst mit."
AFTER_STOP = "Sollen wir die Rinne gleich mit prüfen?"
MAKE = 0x010F
_ids = itertools.count(1)


class Phone:
    """The customer's WhatsApp: signed webhook posts in, the stand-in's sends out."""

    def __init__(self, client, providers) -> None:
        self.client = client
        self.providers = providers
        self.seen = 0

    def received(self) -> list[dict]:
        calls = self.providers.calls("POST", SENT)
        fresh = [call.json() for call in calls[self.seen:]]
        self.seen = len(calls)
        assert all(body["to"].lstrip("+") == WA_ID for body in fresh)
        return fresh

    def _send(self, message: dict, reply_to: str | None = None) -> list[dict]:
        message = {"from": WA_ID, "id": f"wamid.JOURNEY{next(_ids):05d}",
                   "timestamp": str(int(clock.now().timestamp()) - 1), **message}
        if reply_to:
            message["context"] = {"from": "4930123456", "id": reply_to}
        body = json.dumps({"object": "whatsapp_business_account", "entry": [{
            "id": "310000000000001", "changes": [{"field": "messages", "value": {
                "messaging_product": "whatsapp",
                "metadata": {"display_phone_number": "4930123456",
                             "phone_number_id": PHONE_NUMBER_ID},
                "contacts": [{"profile": {"name": "Jonas Beispiel"}, "wa_id": WA_ID}],
                "messages": [message]}}]}]}, ensure_ascii=False).encode()
        response = post_webhook(self.client, "whatsapp", body)
        assert response.status_code == 200, response.get_data(as_text=True)
        return self.received()

    def text(self, body: str, reply_to: str | None = None) -> list[dict]:
        return self._send({"type": "text", "text": {"body": body}}, reply_to)

    def tap(self, choice_id: str, title: str = "x") -> list[dict]:
        return self._send({"type": "interactive", "interactive": {
            "type": "button_reply", "button_reply": {"id": choice_id, "title": title}}})

    def pick(self, row_id: str, title: str = "x") -> list[dict]:
        return self._send({"type": "interactive", "interactive": {
            "type": "list_reply", "list_reply": {"id": row_id, "title": title}}})

    def template_button(self, payload: str) -> list[dict]:
        return self._send({"type": "button", "button": {"payload": payload,
                                                        "text": "Antworten"}})

    def photo(self, data: bytes, caption: str, reply_to: str) -> list[dict]:
        media_id = f"93000000{next(_ids):08d}"
        self.providers.files[f"wa-{media_id}"] = data
        return self._send({"type": "image", "image": {
            "mime_type": "image/jpeg", "id": media_id, "caption": caption,
            "sha256": base64.b64encode(hashlib.sha256(data).digest()).decode()}}, reply_to)


def text_of(body: dict) -> str:
    if isinstance(body.get("text"), dict):
        return body["text"]["body"]
    return body.get("interactive", {}).get("body", {}).get("text", "")


def choice_ids(body: dict) -> list[str]:
    action = body.get("interactive", {}).get("action", {})
    return ([button["reply"]["id"] for button in action.get("buttons", [])]
            + [row["id"] for section in action.get("sections", []) for row in section["rows"]])


def the_choice(bodies: list[dict], prefix: str) -> str:
    found = [choice for body in bodies for choice in choice_ids(body)
             if choice.startswith(prefix)]
    assert found, f"no {prefix} choice in {bodies}"
    return found[-1]


def camera_jpeg() -> bytes:
    buffer = io.BytesIO()
    image = Image.new("RGB", (64, 48), (150, 70, 40))
    exif = Image.Exif()
    exif[MAKE] = "PhoneMaker"
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


class Office:
    """A roofer's owner on the dashboard (own browser) and through the API (own token)."""

    def __init__(self, app, email: str) -> None:
        self.client = app.test_client()
        self.auth = {"Authorization": f"Bearer {create_token(self.client, email)}"}
        login(self.client, email)

    def page(self, lead_id: int) -> str:
        response = self.client.get(f"/dashboard/leads/{lead_id}")
        assert response.status_code == 200
        return response.get_data(as_text=True)

    def post(self, lead_id: int, path: str, data: dict):
        token = csrf_token_from(self.client, f"/dashboard/leads/{lead_id}")
        return self.client.post(f"/dashboard/leads/{lead_id}{path}",
                                data={"csrf_token": token, **data}, follow_redirects=True)

    def write(self, lead_id: int, text: str) -> str:
        response = self.post(lead_id, "/messages", {"text": text})
        assert response.status_code == 200
        return page_text(response.get_data(as_text=True))

    def api(self, path: str):
        return self.client.get(f"/api/v1{path}", headers=self.auth)


@pytest.fixture
def scene(app, client, providers, monkeypatch):
    monkeypatch.setitem(app.config, "WHATSAPP_APPROVED_TEMPLATES",
                        ("new_quote_available", "business_message"))
    with app.app_context():
        world = World(app)
        world.neighbours("10115", NEAR)
        roofer = world.business(ROOFER, postcode="10117")
        other = world.business(OTHER, postcode="10119")
        emails = {ROOFER: world.owners[roofer.id].email, OTHER: world.owners[other.id].email}
        tenant_ids = {ROOFER: roofer.id, OTHER: other.id}
        db.session.remove()
    phone = Phone(client, providers)
    # The request, as the customer makes it in WhatsApp.
    phone.text("Hallo")
    phone.tap("intake:trade:dachdecker", "Dach")
    phone.text("Nach dem Sturm fehlen Ziegel über der Gaube")
    phone.text("10115")
    phone.pick("intake:timing:week", "Binnen einer Woche")
    phone.tap("intake:photos:none", "Keine Fotos")
    phone.tap("intake:contact:chat", "Hier im Chat")
    sent = phone.tap("intake:summary:send", "Senden")
    assert any("an 2 geprüfte Betriebe" in text_of(body) for body in sent), sent
    with app.app_context():
        job = db.session.scalar(sa.select(JobRequest).order_by(JobRequest.id.desc()).limit(1))
        leads = {lead.tenant.name: lead.id for lead in db.session.scalars(
            sa.select(Lead).where(Lead.job_request_id == job.id))}
        reference = job.reference
        db.session.remove()
    assert set(leads) == {ROOFER, OTHER}
    return {"phone": phone, "leads": leads, "reference": reference, "tenant_ids": tenant_ids,
            "roofer": Office(app, emails[ROOFER]), "other": Office(app, emails[OTHER])}


def provider_id_of_last_business_message(app, lead_id: int) -> str:
    """What WhatsApp would quote as context.id when the customer replies to it."""
    with app.app_context():
        return db.session.scalar(
            sa.select(Message.provider_message_id)
            .join(ThreadMessage, ThreadMessage.channel_message_id == Message.id)
            .where(ThreadMessage.lead_id == lead_id, ThreadMessage.author == "business")
            .order_by(ThreadMessage.id.desc()).limit(1))


def test_the_job_conversation_over_whatsapp(app, scene, providers):
    phone, leads, reference = scene["phone"], scene["leads"], scene["reference"]
    roofer, other = scene["roofer"], scene["other"]
    lead, other_lead = leads[ROOFER], leads[OTHER]

    # 1. The roofer asks before quoting; the other roofer writes too.
    roofer.write(lead, QUESTION)
    [asked] = phone.received()
    assert text_of(asked) == f"{ROOFER} (Anfrage {reference}): {QUESTION}"
    assert choice_ids(asked) == [f"thread:reply:{lead}"]
    other.write(other_lead, OTHER_QUESTION)
    [other_asked] = phone.received()
    assert text_of(other_asked).startswith(f"{OTHER} (Anfrage {reference})")

    # 2. The customer replies to the roofer's message (context.id) with a photo and words:
    # both land in the roofer's thread, although the other roofer wrote last.
    to_roofer = provider_id_of_last_business_message(app, lead)
    confirmation = phone.photo(camera_jpeg(), CAPTION, reply_to=to_roofer)
    assert any(f"An {ROOFER} weitergeleitet" in text_of(body) for body in confirmation)
    phone.text(ANSWER, reply_to=to_roofer)
    html = roofer.page(lead)
    assert CAPTION in html
    assert ANSWER in html
    [photo_url] = re.findall(rf'src="(/dashboard/leads/{lead}/messages/files/[^"]+)"', html)
    opened = roofer.client.get(photo_url)
    assert opened.status_code == 200
    assert MAKE not in Image.open(io.BytesIO(opened.data)).getexif()
    assert WA_ID not in html
    assert "Jonas Beispiel" not in html
    other_html = other.page(other_lead)
    assert OTHER_QUESTION in other_html
    assert CAPTION not in other_html
    assert ANSWER not in other_html

    # 3. The roofer quotes; the customer accepts and agrees to share the contact details.
    response = roofer.post(lead, "/quote", {
        "price_kind": "fixed", "net_amount": "1.250,00",
        "earliest_start": (clock.now().date() + timedelta(days=3)).isoformat(),
        "message": "Wir tauschen die Ziegel."})
    assert "Ihr Angebot wurde an die Kundschaft gesendet." in page_text(
        response.get_data(as_text=True))
    with app.app_context():
        quote_id = db.session.scalar(sa.select(Quote.id).where(Quote.lead_id == lead))
    offer = phone.received()
    assert the_choice(offer, "quote:accept:") == f"quote:accept:{quote_id}"
    accepted = phone.tap(f"quote:accept:{quote_id}", "1 annehmen")
    agree = the_choice(accepted, "consent:agree:")
    phone.tap(agree, "Zustimmen")
    contact = roofer.api(f"/leads/{lead}/contact")
    assert contact.status_code == 200
    details = contact.get_json()
    assert details["shared_contact_items"] == ["name", "phone"]
    assert details["name"] == "Jonas Beispiel"
    assert WA_ID in details["phone"].replace(" ", "").lstrip("+")
    html = page_text(roofer.page(lead))
    assert "Kontaktdaten der Kundschaft" in html
    assert "Jonas Beispiel" in html

    # 4. Two times for the work; the customer picks the second; both see it confirmed.
    day = (clock.now() + timedelta(days=15)).date().isoformat()
    roofer.post(lead, "/appointments", {
        "kind": "work", "slot_date_1": day, "slot_start_1": "10:00", "slot_end_1": "12:00",
        "slot_date_2": day, "slot_start_2": "14:00", "slot_end_2": "16:00"})
    [proposal] = phone.received()
    assert ROOFER in text_of(proposal)
    slots = [choice for choice in choice_ids(proposal) if choice.startswith("appt:pick:")]
    assert len(slots) == 2
    [confirmed] = phone.pick(slots[1], "14:00")
    assert "Bestätigt" in text_of(confirmed)
    assert "14:00" in text_of(confirmed)
    appointments = roofer.api(f"/leads/{lead}/appointments").get_json()["appointments"]
    assert [item["status"] for item in appointments] == ["confirmed"]
    assert "bestätigt" in page_text(roofer.page(lead))

    # 5. A day later the 24-hour window is closed: the message goes as the approved
    # template, its button reopens the window and the message follows.
    clock.advance(timedelta(hours=25))
    told = roofer.write(lead, LATE)
    assert "Die Kundschaft erhält einen Hinweis" in told
    [notice] = phone.received()
    assert notice["type"] == "template"
    assert notice["template"]["name"] == "business_message"
    parameters = [item["text"] for item in notice["template"]["components"][0]["parameters"]]
    assert parameters == [ROOFER, reference]
    payload = notice["template"]["components"][1]["parameters"][0]["payload"]
    assert payload == f"thread:reply:{lead}"
    assert LATE not in json.dumps(notice, ensure_ascii=False)  # the words wait for the tap
    assert "Hinweis gesendet" in page_text(roofer.page(lead))
    delivered = phone.template_button(payload)
    assert any(text_of(body) == f"{ROOFER} (Anfrage {reference}): {LATE}"
               for body in delivered), delivered
    assert "Hinweis gesendet" not in page_text(roofer.page(lead))

    # 6. The other roofer (same job, lost) sees none of it: not the thread, not the photo,
    # not the contact details; not on the page, not in the API, not in its archive.
    other_html = other.page(other_lead)
    photo_id = photo_url.rsplit("/", 1)[1]
    for secret in (QUESTION, ANSWER, CAPTION, LATE, photo_id, "Jonas Beispiel", WA_ID):
        assert secret not in other_html
    assert 'id="contact"' not in other_html
    assert other.client.get(f"/dashboard/leads/{lead}").status_code == 404
    assert other.client.get(photo_url).status_code == 404
    assert other.client.get(photo_url.replace(f"/leads/{lead}/", f"/leads/{other_lead}/")
                            ).status_code == 404
    assert other.api(f"/leads/{lead}/messages").status_code == 404
    assert other.api(f"/leads/{lead}/contact").status_code == 404
    assert other.api(f"/leads/{lead}/archive").status_code == 404
    # Its lead was lost with the award: its attempt is refused in words, the customer is
    # not bothered.
    late_try = other.write(other_lead, "Haben Sie sich schon entschieden?")
    assert "Die Kundschaft hat einen anderen Betrieb gewählt" in late_try
    assert phone.received() == []
    own = other.api(f"/leads/{other_lead}/messages").get_json()["messages"]
    assert [entry["text"] for entry in own] == [OTHER_QUESTION]
    assert other.api(f"/leads/{other_lead}/contact").status_code == 403
    archive = other.api(f"/leads/{other_lead}/archive")
    assert archive.status_code == 200
    with zipfile.ZipFile(io.BytesIO(archive.data)) as packed:
        everything = " ".join(packed.read(name).decode("utf-8", "replace")
                              for name in packed.namelist())
        assert not any(name.startswith("photos/") for name in packed.namelist())
    for secret in (QUESTION, ANSWER, CAPTION, "Jonas Beispiel", WA_ID):
        assert secret not in everything

    # 7. WIDERRUF: the contact details go at once, from the page, the API and the archive.
    [menu] = phone.text("WIDERRUF")
    phone.tap(the_choice([menu], f"consent:withdraw:{scene['tenant_ids'][ROOFER]}"))
    html = roofer.page(lead)
    assert "Jonas Beispiel" not in html
    assert WA_ID not in html
    assert "widerrufen" in page_text(html)
    assert roofer.client.get(photo_url).status_code == 403  # the thread photo, too
    withdrawn = roofer.api(f"/leads/{lead}/contact")
    assert withdrawn.status_code == 403
    assert withdrawn.get_json()["error"]["details"]["consent_state"] == "withdrawn"
    with zipfile.ZipFile(io.BytesIO(roofer.api(f"/leads/{lead}/archive").data)) as packed:
        transcript = packed.read("transcript.html").decode()
    assert QUESTION in transcript
    assert ANSWER in transcript
    assert "Jonas Beispiel" not in transcript
    assert WA_ID not in transcript

    # 8. STOP: the roofer's next message is refused, and the roofer sees why.
    phone.text("STOP")
    phone.received()  # the confirmation of STOP
    refused = roofer.write(lead, AFTER_STOP)
    assert "Nicht gesendet: Die Kundschaft hat keine Nachrichten mehr erlaubt" in refused
    assert phone.received() == []
    html = page_text(roofer.page(lead))
    assert AFTER_STOP in html
    assert "Die Kundschaft hat keine Nachrichten mehr erlaubt (sie hat STOP geschrieben)" in html
    entries = roofer.api(f"/leads/{lead}/messages").get_json()["messages"]
    last = entries[-1]
    assert last["text"] == AFTER_STOP
    assert last["delivery"]["state"] == "refused"
    assert "STOP" in last["delivery"]["reason"]
    with app.app_context():
        customer = db.session.scalar(sa.select(Customer).where(Customer.external_id == WA_ID))
        assert customer.opted_out_at is not None
