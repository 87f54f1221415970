"""The web chat through its real URLs: session cookie, CSRF, text, choices, photos, polling."""

from __future__ import annotations

import io
import re

import pytest
import sqlalchemy as sa

from marketplace.channels.base import ChannelName, Choice, Outbound
from marketplace.channels.models import Customer, Direction, Message, MessageStatus
from marketplace.channels.outbound import queue_outbound
from marketplace.channels.webchat import COOKIE_NAME
from marketplace.db import db
from marketplace.media.models import MediaFile, MediaStatus
from tests.channels.test_media import jpeg_with_location

CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)"')


def open_chat(client) -> dict[str, str]:
    page = client.get("/chat")
    assert page.status_code == 200
    token = CSRF_META.search(page.get_data(as_text=True)).group(1)
    return {"X-CSRFToken": token}


def webchat_customer(app) -> Customer:
    with app.app_context():
        customer = db.session.scalar(sa.select(Customer).where(
            Customer.channel == ChannelName.WEBCHAT))
        db.session.expunge_all()
        return customer


def test_page_sets_a_private_long_lived_cookie(client):
    response = client.get("/chat")
    assert response.status_code == 200
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith(f"{COOKIE_NAME}=")
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Max-Age=" in cookie
    html = response.get_data(as_text=True)
    assert 'role="log"' in html
    assert 'for="chat-input"' in html
    assert "js/chat.js" in html


def test_text_without_csrf_token_is_refused(client, app):
    client.get("/chat")
    response = client.post("/api/chat/messages", json={"text": "Hallo"})
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "csrf_failed"
    assert webchat_customer(app) is None


def test_text_is_stored_and_handed_to_the_conversation(client, app):
    headers = open_chat(client)
    response = client.post("/api/chat/messages", headers=headers,
                           json={"text": "Mein Dach ist undicht", "client_id": "c-1"})
    assert response.status_code == 201
    body = response.get_json()["message"]
    assert body["from"] == "customer"
    assert body["text"] == "Mein Dach ist undicht"
    customer = webchat_customer(app)
    cookie = client.get_cookie(COOKIE_NAME).value
    assert cookie not in customer.external_id  # only a hash of the browser token is kept
    with app.app_context():
        message = db.session.get(Message, body["id"])
        assert message.status == MessageStatus.HANDLED
        assert db.session.get(Customer, customer.id).last_inbound_at is not None


def test_resending_the_same_client_id_stores_once(client, app):
    headers = open_chat(client)
    for _ in range(2):
        client.post("/api/chat/messages", headers=headers,
                    json={"text": "Hallo", "client_id": "same"})
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Message.id)).where(
            Message.direction == Direction.INBOUND)) == 1


def test_empty_or_overlong_text_gets_a_clear_error(client, app):
    headers = open_chat(client)
    empty = client.post("/api/chat/messages", headers=headers, json={"text": ""})
    assert empty.status_code == 422
    assert empty.get_json()["error"]["message"]
    long = client.post("/api/chat/messages", headers=headers, json={"text": "x" * 4001})
    assert long.status_code == 422


@pytest.mark.parametrize("url", ["/api/chat/messages", "/api/chat/choices",
                                 "/api/chat/location"])
@pytest.mark.parametrize("body", ["null", "[]", "\"Hallo\"", "{kaputt"])
def test_a_body_that_is_no_json_object_is_a_400_and_stores_nothing(client, app, url, body):
    headers = {**open_chat(client), "Content-Type": "application/json"}
    response = client.post(url, headers=headers, data=body)
    assert response.status_code == 400
    assert response.get_json()["error"]["message"] == "Bitte senden Sie die Nachricht als " \
        "JSON-Objekt."
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Message.id))) == 0


def test_without_a_session_cookie_nothing_is_accepted(client, app):
    headers = open_chat(client)
    client.delete_cookie(COOKIE_NAME)
    response = client.post("/api/chat/messages", headers=headers, json={"text": "Hallo"})
    assert response.status_code == 422
    assert client.get("/api/chat/messages").get_json() == {"messages": []}


def test_platform_reply_with_choices_is_polled_and_delivered(client, app):
    headers = open_chat(client)
    client.post("/api/chat/messages", headers=headers, json={"text": "Hallo"})
    customer = webchat_customer(app)
    with app.app_context():
        customer = db.session.get(Customer, customer.id)
        reply = queue_outbound(customer, Outbound(
            text="Wann soll es losgehen?", choices=(Choice("t:asap", "So bald wie möglich"),
                                                    Choice("t:month", "In diesem Monat")),
            link_url="https://example.org/datenschutz"), purpose="service_reply")
        db.session.commit()
        reply_id = reply.id
    polled = client.get("/api/chat/messages?after=0").get_json()["messages"]
    platform = [m for m in polled if m["from"] == "platform" and m["id"] == reply_id]
    assert platform, polled
    assert platform[0]["choices"][0] == {"id": "t:asap", "title": "So bald wie möglich",
                                         "description": ""}
    assert platform[0]["link_url"] == "https://example.org/datenschutz"
    with app.app_context():
        assert db.session.get(Message, reply_id).status == MessageStatus.DELIVERED
    later = client.get(f"/api/chat/messages?after={polled[-1]['id']}").get_json()
    assert later["messages"] == []


def test_tapping_a_choice(client, app):
    headers = open_chat(client)
    response = client.post("/api/chat/choices", headers=headers,
                           json={"choice_id": "t:asap", "title": "So bald wie möglich"})
    assert response.status_code == 201
    with app.app_context():
        message = db.session.get(Message, response.get_json()["message"]["id"])
        assert message.kind == "choice"
        assert message.payload["choice_id"] == "t:asap"
        assert message.text == "So bald wie möglich"


def test_one_browser_never_sees_another_browsers_chat(client, app):
    headers = open_chat(client)
    client.post("/api/chat/messages", headers=headers, json={"text": "Geheimnis"})
    other = app.test_client()
    open_chat(other)
    assert other.get("/api/chat/messages").get_json() == {"messages": []}


def test_photo_upload_is_cleaned_and_stored(client, app):
    headers = open_chat(client)
    response = client.post("/api/chat/photos", headers=headers, data={
        "photo": (io.BytesIO(jpeg_with_location()), "IMG_0001.jpg", "image/jpeg")},
        content_type="multipart/form-data")
    assert response.status_code == 201, response.get_data(as_text=True)
    assert response.get_json()["message"]["photos"] == 1
    assert response.get_json()["photo"] == {"state": "checking"}
    with app.app_context():
        media = db.session.scalar(sa.select(MediaFile))
        assert media.status == MediaStatus.STORED
        assert media.kind == "image"
        with open(services_media_path(media), "rb") as handle:
            data = handle.read()
    assert b"GPS" not in data
    assert b"Exif" not in data
    assert "IMG_0001" not in media.storage_key


def services_media_path(media):
    from marketplace.media import services as media_services

    return media_services.media_path(media)


def test_upload_of_a_non_photo_is_refused_with_a_reason(client, app):
    headers = open_chat(client)
    response = client.post("/api/chat/photos", headers=headers, data={
        "photo": (io.BytesIO(b"%PDF-1.7\n..."), "angebot.jpg", "image/jpeg")},
        content_type="multipart/form-data")
    assert response.status_code == 422
    assert "Dateityp" in response.get_json()["error"]["message"] or "type" in \
        response.get_json()["error"]["message"]
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(MediaFile.id))) == 0
        assert db.session.scalar(sa.select(sa.func.count(Message.id))) == 0


def test_upload_without_a_file(client, app):
    headers = open_chat(client)
    response = client.post("/api/chat/photos", headers=headers, data={},
                           content_type="multipart/form-data")
    assert response.status_code == 422


def test_sharing_a_location(client, app):
    headers = open_chat(client)
    response = client.post("/api/chat/location", headers=headers,
                           json={"latitude": 50.1109, "longitude": 8.6821, "client_id": "l1"})
    assert response.status_code == 201
    assert response.get_json()["message"]["location"] is True
    with app.app_context():
        message = db.session.get(Message, response.get_json()["message"]["id"])
        assert message.kind == "location"
        assert message.payload == {"latitude": 50.1109, "longitude": 8.6821}
        assert message.status == MessageStatus.HANDLED
    refused = client.post("/api/chat/location", headers=headers,
                          json={"latitude": 123, "longitude": 8})
    assert refused.status_code == 422


def test_the_chat_page_carries_a_plural_for_several_photos_in_both_languages(client):
    german = client.get("/chat", headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert 'data-msg-photo-sent="Foto gesendet"' in german
    assert 'data-msg-photos-sent="{count} Fotos gesendet"' in german
    english = client.get("/chat", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert 'data-msg-photos-sent="{count} photos sent"' in english
