"""Bursts with RQ on Redis, as in production: what the bot can act on is answered by the
first task that runs, reading every message waiting by then; a greeting alone waits for the
pause (its task re-enqueued with a delay). Either way the customer gets one answer."""

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


@pytest.fixture
def worker(app, monkeypatch):
    """RQ on the test Redis with the production pause; returns a function that works the
    queues empty (RQ's scheduler's part, delayed jobs becoming due, is done by hand)."""
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
    queues = [tasks.get_queue(name, app) for name in tasks.QUEUES]

    def work(*, release: bool = False) -> None:
        if release:
            release_scheduled(queues)
        SimpleWorker(queues, connection=connection).work(burst=True)

    yield work
    tasks.set_worker_app(None)
    app.extensions["redis"] = None
    connection.flushdb()


def _inbound_statuses(app) -> set[str]:
    with app.app_context():
        statuses = set(db.session.scalars(sa.select(Message.status).where(
            Message.direction == Direction.INBOUND)))
        db.session.remove()
    return statuses


@pytest.mark.real_commits
def test_messages_stored_before_the_worker_runs_get_one_answer(app, client, worker):
    chat = HttpChat(client)
    chat.send("Hallo, unser Dach ist seit dem Sturm undicht")
    chat.send("60311")
    chat.send("nächste Woche wäre gut")
    worker()  # the first task reads all three under the customer's lock
    [answer] = chat.poll()
    assert "60311" in answer["text"]
    assert "Binnen einer Woche" in answer["text"]
    assert choice_ids(answer) == ["intake:photos:none"]
    assert _inbound_statuses(app) == {MessageStatus.HANDLED}
    worker(release=True)
    assert chat.poll() == []  # the other two tasks found their messages answered


@pytest.mark.real_commits
def test_a_greeting_then_the_request_within_the_pause_get_one_answer(
        app, client, frozen_clock, worker):
    chat = HttpChat(client)
    chat.send("Hallo")
    worker()
    assert chat.poll() == []  # a greeting alone: its task waits for the pause
    frozen_clock(seconds=1)
    chat.send("unser Dach ist seit dem Sturm undicht")
    worker()  # the request is answered at once, with the greeting read along
    [answer] = chat.poll()
    assert "Assistent" in answer["text"]
    assert "Dach" in answer["text"]
    frozen_clock(seconds=4)
    worker(release=True)  # the greeting's delayed task: nothing left to answer
    assert chat.poll() == []
    assert _inbound_statuses(app) == {MessageStatus.HANDLED}
