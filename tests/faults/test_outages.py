"""Redis and PostgreSQL outages on the real services: nothing the customer sent is lost,
nothing is answered twice (issue 12, fault tests).

Redis is our own redis-server, stopped and started; PostgreSQL sits behind our own TCP
proxy that the test cuts. The provider is the local Graph/Telegram stand-in.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from marketplace.app import create_app
from marketplace.channels.models import Direction, InboxEvent, InboxStatus, Message, MessageStatus
from marketplace.config import TestConfig
from marketplace.db import db
from tests.channels.conftest import load_fixture, post_webhook
from tests.channels.test_webchat import open_chat
from tests.faults.conftest import needs_real_services, run_clock, run_worker, sweep

pytestmark = [needs_real_services, pytest.mark.real_commits]
WA_SEND = "/messages$"


def _messages(app, direction: str) -> list[Message]:
    with app.app_context():
        rows = list(db.session.scalars(sa.select(Message).where(
            Message.direction == direction).order_by(Message.id)))
        db.session.expunge_all()
        return rows


def _platform_answers(client) -> list[str]:
    return [message["text"] for message in client.get("/api/chat/messages").get_json()["messages"]
            if message["from"] == "platform"]


def test_redis_down_during_a_web_chat_send(app, client, frozen_clock, rq_on_own_redis):
    headers = open_chat(client)
    run_worker(app)
    rq_on_own_redis.stop()
    response = client.post("/api/chat/messages", headers=headers,
                           json={"text": "Unser Keller steht unter Wasser", "client_id": "k-1"})
    assert response.status_code == 202, response.get_data(as_text=True)
    (stored,) = _messages(app, Direction.INBOUND)
    assert (stored.text, stored.status) == ("Unser Keller steht unter Wasser",
                                            MessageStatus.RECEIVED)
    assert _platform_answers(client) == []

    rq_on_own_redis.start()  # an empty Redis: whatever was queued before is gone too
    frozen_clock(minutes=3)
    assert sweep(app)["customer_messages"] == 1
    run_worker(app)
    (stored,) = _messages(app, Direction.INBOUND)
    assert stored.status == MessageStatus.HANDLED
    answers = _platform_answers(client)
    assert answers
    frozen_clock(minutes=10)
    sweep(app)
    run_worker(app)
    assert _platform_answers(client) == answers  # answered once


def test_redis_down_during_webhook_ingest(app, client, providers, frozen_clock,
                                          rq_on_own_redis):
    rq_on_own_redis.stop()
    response = post_webhook(client, "whatsapp", load_fixture("whatsapp", "text__plain"))
    assert response.status_code == 200  # stored: Meta must not retry
    with app.app_context():
        (event,) = db.session.scalars(sa.select(InboxEvent))
        assert event.status == InboxStatus.RECEIVED
    assert providers.calls("POST", WA_SEND) == []

    rq_on_own_redis.start()
    frozen_clock(minutes=3)
    assert sweep(app)["inbox_events"] == 1
    run_worker(app)
    frozen_clock(minutes=1)  # the customer's pause: the burst is answered
    run_clock(app)
    (inbound,) = _messages(app, Direction.INBOUND)
    assert inbound.status == MessageStatus.HANDLED
    replies = _messages(app, Direction.OUTBOUND)
    assert replies
    assert all(reply.status == MessageStatus.SENT for reply in replies)
    assert len(providers.calls("POST", WA_SEND)) == len(replies)
    frozen_clock(minutes=10)
    run_clock(app)
    assert len(providers.calls("POST", WA_SEND)) == len(replies)  # nothing doubled


def _app_behind(proxy, app, tmp_path):
    """A second app on the same database, reached through the proxy."""
    url = sa.engine.make_url(app.config["SQLALCHEMY_DATABASE_URI"]).set(
        host="127.0.0.1", port=proxy.port)
    settings = {key: value for key, value in app.config.items()
                if key.startswith(("WHATSAPP_", "MESSENGER_", "TELEGRAM_", "GRAPH_"))}
    return create_app(TestConfig, {**settings, "MEDIA_ROOT": str(tmp_path),
                                   "DATABASE_URL": url.render_as_string(hide_password=False),
                                   "TASKS_INLINE_RAISE": False})


def test_postgresql_down_during_webhook_ingest(app, providers, postgres_proxy, tmp_path):
    proxied = _app_behind(postgres_proxy, app, tmp_path)
    client = proxied.test_client()
    body = load_fixture("whatsapp", "text__plain")
    assert client.get("/healthz").status_code == 200

    postgres_proxy.cut()
    refused = post_webhook(client, "whatsapp", body)
    assert refused.status_code >= 500  # Meta retries a POST that was not answered 200
    assert client.get("/readyz").status_code == 503
    with app.app_context():  # the direct connection: nothing half-stored
        assert db.session.scalar(sa.select(sa.func.count(InboxEvent.id))) == 0
        assert db.session.scalar(sa.select(sa.func.count(Message.id))) == 0
    assert providers.calls("POST", WA_SEND) == []

    postgres_proxy.restore()
    assert post_webhook(client, "whatsapp", body).status_code == 200  # Meta's retry
    assert post_webhook(client, "whatsapp", body).status_code == 200  # and a second one
    with app.app_context():
        (event,) = db.session.scalars(sa.select(InboxEvent))
        assert event.status == InboxStatus.PROCESSED
    (inbound,) = _messages(app, Direction.INBOUND)
    assert inbound.status == MessageStatus.HANDLED
    replies = _messages(app, Direction.OUTBOUND)
    assert replies
    assert len(providers.calls("POST", WA_SEND)) == len(replies)
    with proxied.app_context():
        db.engine.dispose()
