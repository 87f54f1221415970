"""The intake end to end: signed WhatsApp webhooks with a local fake Graph API, and the web
chat's own HTTP endpoints. Nothing of ours is mocked; only Meta's servers are played."""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import re

import sqlalchemy as sa

from marketplace.channels.models import Customer
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from tests.channels.conftest import PAGE_ID, PHONE_NUMBER_ID, post_webhook
from tests.conversations.chat import jpeg_bytes

WA_ID = "4917612345678"
_ids = itertools.count(1)
_clock = itertools.count(1793609000, 5)


def wa_payload(message: dict) -> bytes:
    message = {"from": WA_ID, "id": f"wamid.INTAKE{next(_ids):05d}",
               "timestamp": str(next(_clock)), **message}
    body = {"object": "whatsapp_business_account", "entry": [{
        "id": "310000000000001", "changes": [{"field": "messages", "value": {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "4930123456",
                         "phone_number_id": PHONE_NUMBER_ID},
            "contacts": [{"profile": {"name": "Jonas Beispiel"}, "wa_id": WA_ID}],
            "messages": [message]}}]}]}
    return json.dumps(body, ensure_ascii=False).encode()


class WhatsAppCustomer:
    def __init__(self, client, providers) -> None:
        self.client = client
        self.providers = providers
        self.seen = 0

    def _post(self, message: dict) -> list[dict]:
        response = post_webhook(self.client, "whatsapp", wa_payload(message))
        assert response.status_code == 200, response.get_data(as_text=True)
        return self.sent()

    def text(self, body: str) -> list[dict]:
        return self._post({"type": "text", "text": {"body": body}})

    def tap(self, choice_id: str, title: str = "x", kind: str = "button_reply") -> list[dict]:
        return self._post({"type": "interactive", "interactive": {
            "type": kind, kind: {"id": choice_id, "title": title}}})

    def photo(self, media_id: str, color: str = "red", caption: str | None = None):
        data = jpeg_bytes(color)
        self.providers.files[f"wa-{media_id}"] = data
        image = {"mime_type": "image/jpeg", "id": media_id,
                 "sha256": base64.b64encode(hashlib.sha256(data).digest()).decode()}
        if caption:
            image["caption"] = caption
        return self._post({"type": "image", "image": image})

    def voice(self, media_id: str) -> list[dict]:
        self.providers.files[f"wa-{media_id}"] = b"OggS fake voice"
        return self._post({"type": "audio", "audio": {"mime_type": "audio/ogg; codecs=opus",
                                                       "id": media_id, "voice": True}})

    def sent(self) -> list[dict]:
        """Bodies our platform POSTed to the Graph API since the last look."""
        calls = self.providers.calls("POST", rf"/{PHONE_NUMBER_ID}/messages$")
        fresh = [call.json() for call in calls[self.seen:]]
        self.seen = len(calls)
        return fresh


def reply_ids(body: dict) -> list[str]:
    interactive = body.get("interactive") or {}
    if interactive.get("type") == "button":
        return [button["reply"]["id"] for button in interactive["action"]["buttons"]]
    if interactive.get("type") == "list":
        return [row["id"] for section in interactive["action"]["sections"]
                for row in section["rows"]]
    return []


def body_text(body: dict) -> str:
    if body.get("type") == "text":
        return body["text"]["body"]
    return body.get("interactive", {}).get("body", {}).get("text", "")


def test_whatsapp_customer_from_hallo_to_job_request_in_german(client, app, providers):
    customer = WhatsAppCustomer(client, providers)
    [greeting] = customer.text("Hallo")
    assert greeting["to"].lstrip("+") == WA_ID
    assert "datenschutz" in body_text(greeting)
    assert "STOP" in body_text(greeting)
    # more than three options: a WhatsApp list
    assert "intake:trade:dachdecker" in reply_ids(greeting)

    [ask] = customer.tap("intake:trade:dachdecker", "Dach", kind="list_reply")
    assert "beschreiben" in body_text(ask)
    [ask_postcode] = customer.text("Nach dem Sturm fehlen Ziegel, Wasser tropft in die Küche")
    assert "Postleitzahl" in body_text(ask_postcode)
    [ask_timing] = customer.text("60311")
    assert reply_ids(ask_timing) == ["intake:timing:urgent", "intake:timing:week",
                                     "intake:timing:month", "intake:timing:flexible"]
    [ask_photos] = customer.tap("intake:timing:urgent", kind="list_reply")
    assert reply_ids(ask_photos) == ["intake:photos:none"]
    [thanks] = customer.photo("9100000000000001")
    assert reply_ids(thanks) == ["intake:photos:done"]
    assert customer.photo("9100000000000002", color="blue") == []  # one answer per batch
    [voice] = customer.voice("9100000000000003")
    assert "Sprachnachricht" in body_text(voice)
    [ask_contact] = customer.tap("intake:photos:done")
    assert reply_ids(ask_contact) == ["intake:contact:chat", "intake:contact:phone",
                                      "intake:contact:email"]
    [summary] = customer.tap("intake:contact:phone")
    # WhatsApp gave us the number: no need to ask for it
    assert "4917612345678" in body_text(summary)
    assert reply_ids(summary) == ["intake:summary:send", "intake:summary:change",
                                  "intake:summary:cancel"]
    sent = customer.tap("intake:summary:send")
    with app.app_context():
        wa_customer = db.session.scalar(sa.select(Customer).where(
            Customer.channel == "whatsapp", Customer.external_id == WA_ID))
        job = db.session.scalar(sa.select(JobRequest).where(
            JobRequest.customer_id == wa_customer.id))
        assert job.trade_code == "dachdecker"
        assert job.description == "Nach dem Sturm fehlen Ziegel, Wasser tropft in die Küche"
        assert job.postcode == "60311"
        assert job.timing == "urgent"
        assert job.channel == "whatsapp"
        assert job.contact_preference == "phone"
        assert job.contact_phone == "4917612345678"
        assert len(job.media) == 2  # the two photos, not the voice note
        assert {file.kind for file in job.media} == {"image"}
        reference = job.reference
    assert reference in body_text(sent[0])
    assert re.fullmatch(r"[A-Z2-9]{3}-[A-Z2-9]{2}", reference)


def test_whatsapp_customer_in_english_with_location_share(client, app, providers):
    from marketplace.geo.services import import_geonames

    with app.app_context():
        sample = app.instance_path + "/test-geo-sample.txt"
        with open(sample, "w", encoding="utf-8") as handle:
            handle.write("DE\t10117\tBerlin\tBerlin\tBE\t\t00\t\t11000\t52.5170\t13.3889\t4\n"
                         "DE\t60311\tFrankfurt am Main\tHessen\tHE\t\t00\t\t06412\t50.1106"
                         "\t8.6822\t4\n")
        import_geonames(sample)
    customer = WhatsAppCustomer(client, providers)
    [first] = customer.text("Hello, the hot water boiler is broken and we need a plumber "
                            "urgently please")
    assert "Privacy" in body_text(first)
    assert "location" in body_text(first)
    [after_location] = customer._post({"type": "location", "location": {
        "latitude": 52.5163, "longitude": 13.3777, "name": "Home"}})
    assert "10117 Berlin" in body_text(after_location)
    [photos] = [after_location]
    assert reply_ids(photos) == ["intake:photos:none"]
    [more] = customer.photo("9200000000000001", caption="the boiler")
    assert reply_ids(more) == ["intake:photos:done"]
    customer.tap("intake:photos:done")
    [summary] = customer.tap("intake:contact:chat")
    assert "Here is your request" in body_text(summary)
    customer.tap("intake:summary:send")
    with app.app_context():
        job = db.session.scalar(sa.select(JobRequest).join(Customer).where(
            Customer.external_id == WA_ID))
        assert job.language == "en"
        assert job.postcode == "10117"
        assert job.place_name == "Berlin"
        assert job.timing == "urgent"
        assert job.trade_code == "installateur-heizungsbauer"
        assert len(job.media) == 1


def test_whatsapp_duplicate_delivery_is_answered_once(client, app, providers):
    customer = WhatsAppCustomer(client, providers)
    body = wa_payload({"type": "text", "text": {"body": "Laminat verlegen, 30 qm, 60311"}})
    assert post_webhook(client, "whatsapp", body).status_code == 200
    first = customer.sent()
    assert post_webhook(client, "whatsapp", body).status_code == 200  # Meta retries
    assert customer.sent() == []
    assert len(first) == 1


def test_whatsapp_edit_reaches_the_intake_and_updates_the_postcode(client, app, providers):
    from marketplace.conversations.models import Conversation

    customer = WhatsAppCustomer(client, providers)
    original = wa_payload({"type": "text",
                           "text": {"body": "Unser Dach ist undicht, PLZ 60311"}})
    original_id = json.loads(original)["entry"][0]["changes"][0]["value"]["messages"][0]["id"]
    assert post_webhook(client, "whatsapp", original).status_code == 200
    customer.sent()
    edited = customer._post({"type": "edit", "edit": {
        "original_message_id": original_id,
        "message": {"type": "text", "text": {"body": "Unser Dach ist undicht, PLZ 60594"}}}})
    assert edited, "the edit got no answer"
    with app.app_context():
        person = db.session.scalar(sa.select(Customer).where(Customer.external_id == WA_ID))
        conversation = db.session.scalar(
            sa.select(Conversation).where(Conversation.customer_id == person.id))
        assert conversation.postcode == "60594"


def _chat_headers(client) -> dict[str, str]:
    page = client.get("/chat", headers={"Accept-Language": "de"})
    token = re.search(r'name="csrf-token" content="([^"]+)"', page.get_data(as_text=True))
    return {"X-CSRFToken": token.group(1), "Accept": "application/json"}


def _poll(client, after: int) -> list[dict]:
    data = client.get(f"/api/chat/messages?after={after}").get_json()["messages"]
    return [message for message in data if message["from"] == "platform"]


def test_web_chat_endpoints_from_hallo_to_job_request_in_english(client, app):
    headers = _chat_headers(client)
    seen = 0

    def send(text=None, choice=None, photo=None):
        nonlocal seen
        if photo is not None:
            response = client.post("/api/chat/photos", headers=headers,
                                   data={"photo": (photo, "bild.jpg", "image/jpeg")},
                                   content_type="multipart/form-data")
        elif choice is not None:
            response = client.post("/api/chat/choices", headers=headers,
                                   json={"choice_id": choice, "title": choice})
        else:
            response = client.post("/api/chat/messages", headers=headers, json={"text": text})
        assert response.status_code == 201, response.get_data(as_text=True)
        replies = _poll(client, seen)
        everything = client.get(f"/api/chat/messages?after={seen}").get_json()["messages"]
        if everything:
            seen = everything[-1]["id"]
        return replies

    import io

    [greeting] = send("Hi")
    assert greeting["link_url"] is None  # the address is in the text, once
    assert "datenschutz" in greeting["text"]
    [question] = send("I'd like my living room and hallway painted, walls and ceilings")
    assert "Painting" in question["text"] or "painting" in question["text"].lower()
    [timing] = send("60311")
    assert timing["choices"][0]["id"] == "intake:timing:urgent"
    send(choice="intake:timing:month")
    [thanks] = send(photo=io.BytesIO(jpeg_bytes("green")))
    assert [c["id"] for c in thanks["choices"]] == ["intake:photos:done"]
    send(choice="intake:photos:done")
    [summary] = send(choice="intake:contact:chat")
    assert "• 1 photo\n" in summary["text"]
    [done, *_rest] = send(choice="intake:summary:send")
    with app.app_context():
        job = db.session.scalar(sa.select(JobRequest).where(JobRequest.channel == "webchat")
                                .order_by(JobRequest.id.desc()))
        assert job.reference in done["text"]
        assert job.trade_code == "maler-lackierer"
        assert job.language == "en"
        assert job.timing == "month"
        assert len(job.media) == 1


TG_CHAT = 777000111


def tg_update(content: dict) -> bytes:
    number = next(_ids)
    sender = {"id": TG_CHAT, "is_bot": False, "first_name": "Mia", "language_code": "de"}
    if "data" in content:
        body = {"update_id": 500000 + number, "callback_query": {
            "id": f"cb{number}", "from": sender, "chat_instance": "1",
            "message": {"message_id": 40000 + number, "date": next(_clock),
                        "chat": {"id": TG_CHAT, "type": "private"}, "text": "…"},
            **content}}
    else:
        body = {"update_id": 500000 + number, "message": {
            "message_id": 40000 + number, "from": sender, "date": next(_clock),
            "chat": {"id": TG_CHAT, "type": "private", "first_name": "Mia"}, **content}}
    return json.dumps(body, ensure_ascii=False).encode()


def test_telegram_customer_reaches_a_job_request(client, app, providers):
    from tests.channels.conftest import TG_TOKEN

    def post(content: dict) -> list[dict]:
        before = len(providers.calls("POST", rf"/bot{re.escape(TG_TOKEN)}/sendMessage$"))
        assert post_webhook(client, "telegram", tg_update(content)).status_code == 200
        calls = providers.calls("POST", rf"/bot{re.escape(TG_TOKEN)}/sendMessage$")
        return [call.json() for call in calls[before:]]

    [greeting] = post({"text": "Hallo, im Bad tropft der Wasserhahn, 60311, egal wann"})
    assert "datenschutz" in greeting["text"]
    buttons = [button["callback_data"] for row in greeting["reply_markup"]["inline_keyboard"]
               for button in row]
    assert buttons == ["intake:photos:none"]
    providers.files["tgphoto1"] = jpeg_bytes("green")
    post({"photo": [{"file_id": "tgphoto1", "file_unique_id": "u-tg1", "width": 32,
                     "height": 24, "file_size": 900}]})
    post({"data": "intake:photos:done"})
    post({"data": "intake:contact:chat"})
    [done, *_rest] = post({"data": "intake:summary:send"})
    with app.app_context():
        job = db.session.scalar(sa.select(JobRequest).where(JobRequest.channel == "telegram"))
        assert job.reference in done["text"]
        assert job.trade_code == "installateur-heizungsbauer"
        assert job.timing == "flexible"
        assert len(job.media) == 1


PSID = "7000000000000999"


def fb_event(message: dict) -> bytes:
    number = next(_ids)
    stamp = next(_clock) * 1000
    body = {"object": "page", "entry": [{"id": PAGE_ID, "time": stamp, "messaging": [{
        "sender": {"id": PSID}, "recipient": {"id": PAGE_ID}, "timestamp": stamp,
        "message": {"mid": f"m_INTAKE{number}", **message}}]}]}
    return json.dumps(body, ensure_ascii=False).encode()


def test_messenger_customer_reaches_a_job_request_with_quick_replies(client, app, providers):
    def post(message: dict) -> list[dict]:
        before = len(providers.calls("POST", rf"/{PAGE_ID}/messages$"))
        assert post_webhook(client, "messenger", fb_event(message)).status_code == 200
        return [call.json() for call in providers.calls("POST", rf"/{PAGE_ID}/messages$")
                [before:]]

    def quick_replies(body: dict) -> list[str]:
        return [reply["payload"] for reply in body["message"].get("quick_replies", [])]

    [first] = post({"text": "Hallo, Laminat im Wohnzimmer verlegen, etwa 25 qm, in 60311"})
    assert "datenschutz" in first["message"]["text"]
    assert quick_replies(first)[0] == "intake:timing:urgent"
    post({"text": "Flexibel", "quick_reply": {"payload": "intake:timing:flexible"}})
    post({"text": "Keine Fotos", "quick_reply": {"payload": "intake:photos:none"}})
    [summary] = post({"text": "Hier im Chat", "quick_reply": {"payload": "intake:contact:chat"}})
    assert "intake:summary:send" in quick_replies(summary)
    [done, *_rest] = post({"text": "Senden", "quick_reply": {"payload": "intake:summary:send"}})
    with app.app_context():
        job = db.session.scalar(sa.select(JobRequest).where(JobRequest.channel == "messenger"))
        assert job.reference in done["message"]["text"]
        assert job.trade_code == "bodenleger"
        assert job.timing == "flexible"
        assert job.postcode == "60311"
