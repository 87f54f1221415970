"""Redis down after a commit: the customer's message is kept, accepted and answered once
the queue is back (issue 12, item 2).

The app's Redis client is pointed at a closed port for the outage; restoring it to None
puts the app back in inline mode, where the re-drive sweep runs the tasks right away.
"""

from __future__ import annotations

import io
import json

import pytest
import sqlalchemy as sa
from redis import Redis

from marketplace.channels import delivery
from marketplace.channels import tasks as channel_tasks
from marketplace.channels.models import (
    Direction,
    InboxEvent,
    InboxStatus,
    Message,
    MessageStatus,
)
from marketplace.db import db
from tests.channels.conftest import load_fixture, post_webhook
from tests.channels.test_media import jpeg_with_location
from tests.channels.test_webchat import open_chat

CLOSED_PORT = "redis://127.0.0.1:1/0"


@pytest.fixture
def redis_down(app, monkeypatch):
    """Call it to start the outage; call `.end()` to bring the app back to inline mode."""

    class Outage:
        def __call__(self) -> None:
            monkeypatch.setitem(app.extensions, "redis",
                                Redis.from_url(CLOSED_PORT, socket_connect_timeout=0.2))

        def end(self) -> None:
            monkeypatch.setitem(app.extensions, "redis", None)

    return Outage()


def _sweep(app) -> dict[str, int]:
    with app.app_context():
        return delivery.redrive_stuck()


def _inbound(app) -> list[Message]:
    with app.app_context():
        rows = list(db.session.scalars(sa.select(Message).where(
            Message.direction == Direction.INBOUND).order_by(Message.id)))
        db.session.expunge_all()
        return rows


def _bot_answers(client) -> list[dict]:
    return [message for message in client.get("/api/chat/messages").get_json()["messages"]
            if message["from"] == "platform"]


def test_a_web_chat_message_sent_while_redis_is_down_is_answered_after(
        client, app, frozen_clock, redis_down):
    headers = open_chat(client)
    redis_down()
    response = client.post("/api/chat/messages", headers=headers,
                           json={"text": "Mein Dach ist undicht", "client_id": "c-1"})
    assert response.status_code == 202, response.get_data(as_text=True)
    assert response.get_json()["message"]["text"] == "Mein Dach ist undicht"
    # The page retries: the same row, still accepted, never a second one.
    again = client.post("/api/chat/messages", headers=headers,
                        json={"text": "Mein Dach ist undicht", "client_id": "c-1"})
    assert again.status_code == 202
    assert again.get_json()["message"]["id"] == response.get_json()["message"]["id"]
    (message,) = _inbound(app)
    assert message.status == MessageStatus.RECEIVED
    assert _bot_answers(client) == []

    redis_down.end()
    assert _sweep(app)["customer_messages"] == 0  # not stuck yet
    frozen_clock(minutes=3)
    assert _sweep(app)["customer_messages"] == 1
    (message,) = _inbound(app)
    assert message.status == MessageStatus.HANDLED
    assert _bot_answers(client)
    assert _sweep(app)["customer_messages"] == 0  # handled once, never again


def test_a_retry_with_the_same_client_id_hands_off_again(client, app, redis_down):
    headers = open_chat(client)
    redis_down()
    first = client.post("/api/chat/messages", headers=headers,
                        json={"text": "Hallo", "client_id": "r-1"})
    assert first.status_code == 202
    redis_down.end()
    retry = client.post("/api/chat/messages", headers=headers,
                        json={"text": "Hallo", "client_id": "r-1"})
    assert retry.status_code == 201
    assert retry.get_json()["message"]["id"] == first.get_json()["message"]["id"]
    (message,) = _inbound(app)
    assert message.status == MessageStatus.HANDLED
    assert _bot_answers(client)


def test_a_photo_uploaded_while_redis_is_down_is_handed_off_after(
        client, app, frozen_clock, redis_down):
    headers = open_chat(client)
    redis_down()
    response = client.post("/api/chat/photos", headers=headers, data={
        "photo": (io.BytesIO(jpeg_with_location()), "IMG_0001.jpg", "image/jpeg")},
        content_type="multipart/form-data")
    assert response.status_code in (201, 202), response.get_data(as_text=True)
    (message,) = _inbound(app)
    assert message.status == MessageStatus.RECEIVED
    redis_down.end()
    frozen_clock(minutes=3)
    assert _sweep(app)["customer_messages"] == 1
    (message,) = _inbound(app)
    assert message.status == MessageStatus.HANDLED
    assert _bot_answers(client)


def _outbound_count(app) -> int:
    with app.app_context():
        return db.session.scalar(sa.select(sa.func.count(Message.id)).where(
            Message.direction == Direction.OUTBOUND)) or 0


def test_a_webhook_stored_while_redis_is_down_is_processed_after(
        client, app, providers, frozen_clock, redis_down):
    redis_down()
    response = post_webhook(client, "whatsapp", load_fixture("whatsapp", "location__pin"))
    assert response.status_code == 200
    with app.app_context():
        (inbox,) = db.session.scalars(sa.select(InboxEvent))
        assert inbox.status == InboxStatus.RECEIVED
    redis_down.end()
    frozen_clock(minutes=3)
    assert _sweep(app)["inbox_events"] == 1
    (message,) = _inbound(app)
    assert message.status == MessageStatus.HANDLED
    assert _outbound_count(app) >= 1


def test_a_webhook_message_is_answered_in_its_own_job_while_the_queue_is_down(
        client, app, providers, frozen_clock, redis_down):
    """The worker processed the POST after the queue went away: the answer needs no queue
    (the job that stores a message answers it and sends the reply, channels.pipeline)."""
    body = json.dumps(json.loads(load_fixture("whatsapp", "location__pin"))).encode()
    redis_down()
    assert post_webhook(client, "whatsapp", body).status_code == 200
    with app.app_context():
        inbox_id = db.session.scalar(sa.select(InboxEvent.id))
        channel_tasks.process_inbox_event(inbox_id)
        assert db.session.get(InboxEvent, inbox_id).status == InboxStatus.PROCESSED
    (message,) = _inbound(app)
    assert message.status == MessageStatus.HANDLED
    replies = providers.calls("POST", "/messages$")
    assert len(replies) == _outbound_count(app) >= 1
    redis_down.end()
    frozen_clock(minutes=3)
    assert _sweep(app) == {"messages": 0, "inbox_events": 0, "customer_messages": 0}
    assert len(providers.calls("POST", "/messages$")) == len(replies)  # sent once
