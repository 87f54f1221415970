"""The production path with RQ on Redis: the webhook only stores and enqueues, a worker does
the rest (processing, hand-off to the conversation, the reply over HTTP)."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

from marketplace import tasks
from marketplace.channels.models import Direction, InboxEvent, InboxStatus, Message
from marketplace.db import db
from tests.channels.conftest import load_fixture, post_webhook


@pytest.mark.real_commits
def test_webhook_enqueues_and_a_worker_processes_it(app, client, providers):
    redis_url = os.environ.get("TEST_REDIS_URL")
    if not redis_url:
        pytest.skip("TEST_REDIS_URL not set: the RQ path is tested in CI")
    from redis import Redis
    from rq import SimpleWorker

    connection = Redis.from_url(redis_url)
    connection.flushdb()
    app.extensions["redis"] = connection
    try:
        response = post_webhook(client, "whatsapp", load_fixture("whatsapp", "text__plain"))
        assert response.status_code == 200
        assert providers.requests == []  # nothing left the request but the 200
        with app.app_context():
            (inbox,) = db.session.scalars(sa.select(InboxEvent))
            assert inbox.status == InboxStatus.RECEIVED
            assert db.session.scalar(sa.select(sa.func.count(Message.id))) == 0
            queues = [tasks.get_queue(name, app) for name in tasks.QUEUES]
            assert tasks.get_queue(tasks.INBOX_QUEUE, app).count == 1
            db.session.remove()
        tasks.set_worker_app(app)
        SimpleWorker(queues, connection=connection).work(burst=True)
        with app.app_context():
            inbox = db.session.scalar(sa.select(InboxEvent))
            assert inbox.status == InboxStatus.PROCESSED
            inbound = db.session.scalar(sa.select(Message).where(
                Message.direction == Direction.INBOUND))
            assert inbound.status == "handled"  # the conversation ran in the worker
            replies = list(db.session.scalars(sa.select(Message).where(
                Message.direction == Direction.OUTBOUND)))
            assert replies
            assert all(reply.status == "sent" for reply in replies)
            db.session.remove()
        assert len(providers.calls("POST", "/messages$")) == len(replies)
    finally:
        tasks.set_worker_app(None)
        app.extensions["redis"] = None
        connection.flushdb()
