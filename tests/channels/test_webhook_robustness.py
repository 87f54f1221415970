"""Signed webhooks that would break processing: every signed body is kept, and one bad
message in a batch never costs the good ones beside it (issue 12, item 7)."""

from __future__ import annotations

import json

import sqlalchemy as sa

from marketplace.accounts.models import Role
from marketplace.channels.models import (
    PARTLY_UNREADABLE,
    Direction,
    InboxEvent,
    InboxStatus,
    Message,
)
from marketplace.db import db
from tests.channels.conftest import load_fixture, post_webhook


def _inbox(app) -> list[InboxEvent]:
    with app.app_context():
        rows = list(db.session.scalars(sa.select(InboxEvent).order_by(InboxEvent.id)))
        db.session.expunge_all()
        return rows


def _inbound_ids(app) -> list[str]:
    with app.app_context():
        return list(db.session.scalars(sa.select(Message.provider_message_id).where(
            Message.direction == Direction.INBOUND).order_by(Message.id)))


def test_a_signed_body_nested_too_deeply_is_kept_as_malformed(client, app, providers,
                                                              make_user, login_as):
    body = b"[" * 50_000
    response = post_webhook(client, "whatsapp", body)
    assert response.status_code == 200
    (inbox,) = _inbox(app)
    assert inbox.status == InboxStatus.MALFORMED
    assert inbox.raw_body == body
    assert "nested too deeply" in inbox.error
    login_as(make_user(Role.ADMIN))
    assert client.get("/admin/channels/inbox").status_code == 200
    assert client.get(f"/admin/channels/inbox/{inbox.id}").status_code == 200


def _whatsapp_batch_with_a_bad_location() -> bytes:
    payload = json.loads(load_fixture("whatsapp", "location__pin"))
    messages = payload["entry"][0]["changes"][0]["value"]["messages"]
    good = dict(messages[0], id="wamid.GOOD", type="text",
                text={"body": "Mein Dach ist undicht"})
    good.pop("location")
    bad = dict(messages[0], id="wamid.BAD", location={"longitude": 13.4})
    messages[:] = [bad, good]
    return json.dumps(payload).encode()


def test_one_bad_message_in_a_batch_keeps_the_good_one(client, app, providers, make_user,
                                                       login_as):
    response = post_webhook(client, "whatsapp", _whatsapp_batch_with_a_bad_location())
    assert response.status_code == 200
    assert _inbound_ids(app) == ["wamid.GOOD"]
    (inbox,) = _inbox(app)
    assert inbox.status == InboxStatus.PROCESSED
    assert inbox.error.startswith(PARTLY_UNREADABLE)
    assert "wamid.BAD" in inbox.error
    assert "latitude" in inbox.error
    # The bot answered the good message.
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Message.id)).where(
            Message.direction == Direction.OUTBOUND)) >= 1
    # The event waits for a person, with its error, until reviewed.
    login_as(make_user(Role.ADMIN))
    page = client.get("/admin/channels/inbox").get_data(as_text=True)
    assert "wamid.BAD" in page
    from tests.conftest import csrf_token_from

    token = csrf_token_from(client, "/admin/channels/inbox")
    client.post(f"/admin/channels/inbox/{inbox.id}/review", data={"csrf_token": token})
    assert "wamid.BAD" not in client.get("/admin/channels/inbox").get_data(as_text=True)


def test_one_bad_messenger_item_keeps_the_good_one(client, app, providers):
    payload = json.loads(load_fixture("messenger", "message__text"))
    items = payload["entry"][0]["messaging"]
    items.insert(0, {"recipient": items[0]["recipient"], "timestamp": 1793609940000,
                     "message": {"mid": "m_NOSENDER", "text": "?"}})
    response = post_webhook(client, "messenger", json.dumps(payload).encode())
    assert response.status_code == 200
    assert _inbound_ids(app) == ["m_T1"]
    (inbox,) = _inbox(app)
    assert inbox.status == InboxStatus.PROCESSED
    assert "m_NOSENDER" in inbox.error
    assert "sender" in inbox.error


def test_a_bad_status_beside_a_message_keeps_the_message(client, app, providers):
    payload = json.loads(load_fixture("whatsapp", "location__pin"))
    payload["entry"][0]["changes"][0]["value"]["statuses"] = [{"id": "wamid.S1"}]
    response = post_webhook(client, "whatsapp", json.dumps(payload).encode())
    assert response.status_code == 200
    assert _inbound_ids(app) == ["wamid.L1"]
    (inbox,) = _inbox(app)
    assert inbox.error.startswith(PARTLY_UNREADABLE)
    assert "wamid.S1" in inbox.error
