"""The burst with RQ on Redis, as in production: each message's task waits for the pause
(re-enqueued with a delay), and the customer gets one answer."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

from marketplace import tasks
from marketplace.channels.models import Direction, Message, MessageStatus
from marketplace.db import db
from tests.conversations.http_chat import HttpChat, choice_ids


def release_scheduled(queues) -> int:
    """RQ's scheduler's part: delayed jobs become due (the clock is moved by hand)."""
    from rq.registry import ScheduledJobRegistry

    moved = 0
    for queue in queues:
        registry = ScheduledJobRegistry(queue=queue)
        for job_id in registry.get_job_ids():
            registry.remove(job_id)
            queue.enqueue_job(queue.fetch_job(job_id))
            moved += 1
    return moved


@pytest.mark.real_commits
def test_three_quick_messages_are_answered_once_by_the_worker(app, client, frozen_clock,
                                                               monkeypatch):
    monkeypatch.setitem(app.config, "INTAKE_BURST_SECONDS", 3.0)
    redis_url = os.environ.get("TEST_REDIS_URL")
    if not redis_url:
        pytest.skip("TEST_REDIS_URL not set: the RQ path is tested in CI")
    from redis import Redis
    from rq import SimpleWorker

    connection = Redis.from_url(redis_url)
    connection.flushdb()
    app.extensions["redis"] = connection
    tasks.set_worker_app(app)
    try:
        queues = [tasks.get_queue(name, app) for name in tasks.QUEUES]
        chat = HttpChat(client)
        chat.send("Hallo, unser Dach ist seit dem Sturm undicht")
        frozen_clock(seconds=1)
        chat.send("60311")
        frozen_clock(seconds=1)
        chat.send("nächste Woche wäre gut")
        SimpleWorker(queues, connection=connection).work(burst=True)
        assert chat.poll() == []  # the customer is still typing: each task waits
        frozen_clock(seconds=4)
        assert release_scheduled(queues) >= 1
        SimpleWorker(queues, connection=connection).work(burst=True)
        release_scheduled(queues)
        SimpleWorker(queues, connection=connection).work(burst=True)
        [answer] = chat.poll()
        assert "60311" in answer["text"]
        assert "Binnen einer Woche" in answer["text"]
        assert choice_ids(answer) == ["intake:photos:none"]
        with app.app_context():
            statuses = set(db.session.scalars(sa.select(Message.status).where(
                Message.direction == Direction.INBOUND)))
            assert statuses == {MessageStatus.HANDLED}
            db.session.remove()
    finally:
        tasks.set_worker_app(None)
        app.extensions["redis"] = None
        connection.flushdb()
