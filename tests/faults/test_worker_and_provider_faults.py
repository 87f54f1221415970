"""A worker killed mid-send and a provider answering 500/429, on the real services: nothing
doubled, nothing dropped silently, and what needs a person is shown to one (issue 12)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from rq.registry import StartedJobRegistry

from marketplace import clock, tasks
from marketplace.accounts.models import Role
from marketplace.channels import delivery
from marketplace.channels import tasks as channel_tasks
from marketplace.channels.base import ChannelName, Outbound
from marketplace.channels.models import Direction, Message, MessageStatus
from marketplace.channels.queries import delivery_history
from marketplace.db import db
from tests.channels.test_outbound import make_customer, queue
from tests.faults.conftest import needs_real_services, run_worker, sweep, wait_until

pytestmark = [needs_real_services, pytest.mark.real_commits]
PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TG_SEND = "/sendMessage$"
WA_SEND = "/messages$"


def _admin_page(client, make_user, login_as) -> str:
    login_as(make_user(Role.ADMIN))
    return client.get("/admin/channels/outbound",
                      headers={"Accept-Language": "de"}).get_data(as_text=True)


def _start_worker(app, redis_url: str, log_path) -> subprocess.Popen:
    """`flask worker` as production runs it."""
    env = {**os.environ, "REDIS_URL": redis_url, "DATABASE_URL": app.config["DATABASE_URL"],
           "SECRET_KEY": "worker-test-" + "x" * 32, "PYTHONUNBUFFERED": "1"}
    env.update({key: str(value) for key, value in app.config.items()
                if key.startswith("TELEGRAM_") and value})
    with open(log_path, "wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "flask", "--app", "marketplace.app:create_app('development')",
             "worker", "--no-clock", "--queue", "messages"],
            cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log)


def _descendants(pid: int) -> list[int]:
    found = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
            for child in map(int, handle.read().split()):
                found += [child, *_descendants(child)]
    return found


def _kill_dash_nine(worker: subprocess.Popen) -> None:
    """SIGKILL the worker and everything it started: RQ's work horse runs in a process
    group of its own, and it is the one inside the provider call."""
    for pid in [*_descendants(worker.pid), worker.pid]:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    worker.wait(30)


def test_worker_killed_during_a_send_is_not_sent_twice(
        app, client, providers, rq_on_own_redis, tmp_path, make_user, login_as):
    hold = threading.Event()
    providers.script("POST", TG_SEND, 200, {"ok": True, "result": {
        "message_id": 77, "chat": {"id": 1, "type": "private"}, "date": 1767225600}}, hold=hold)
    clock.unfreeze()  # the worker process runs on the real clock
    with app.app_context():
        customer = make_customer(ChannelName.TELEGRAM, external_id="5550002222", phone=None)
        message = Message(customer=customer, channel=customer.channel,
                          direction=Direction.OUTBOUND, status=MessageStatus.QUEUED,
                          text="Ihr Termin: Dienstag 8 Uhr", purpose="service_reply",
                          payload=Outbound(text="Ihr Termin: Dienstag 8 Uhr").to_json())
        db.session.add(message)
        db.session.commit()
        message_id = message.id
        tasks.dispatch(tasks.task_path(channel_tasks.deliver_message), (message_id,),
                       queue="messages")
    worker = _start_worker(app, rq_on_own_redis.url, tmp_path / "worker.log")
    try:
        wait_until(lambda: providers.calls("POST", TG_SEND) or worker.poll() is not None, 120,
                   "the worker never called the provider")
        assert worker.poll() is None, (tmp_path / "worker.log").read_text()[-3000:]
        _kill_dash_nine(worker)
    finally:
        if worker.poll() is None:
            _kill_dash_nine(worker)
        hold.set()  # the provider answers now, to nobody
    with app.app_context():
        assert db.session.get(Message, message_id).status == MessageStatus.SENDING

    # RQ gives up on the abandoned job and retries it; the sweep runs after the timeout.
    connection = app.extensions["redis"]
    StartedJobRegistry("messages", connection=connection).cleanup(
        timestamp=int((datetime.now(UTC) + timedelta(days=1)).timestamp()))
    clock.freeze(datetime.now(UTC) + delivery.SENDING_TIMEOUT + timedelta(minutes=1))
    sweep(app)
    run_worker(app)
    sweep(app)
    run_worker(app)
    assert len(providers.calls("POST", TG_SEND)) == 1  # no second copy reached the provider
    with app.app_context():
        assert db.session.get(Message, message_id).status == MessageStatus.UNKNOWN
        assert [event.to_status for event in delivery_history(message_id)] == [
            "sending", "unknown"]
    page = _admin_page(client, make_user, login_as)
    assert "Ihr Termin: Dienstag 8 Uhr" in page
    assert "Zustellung unklar" in page


def test_provider_500_and_429_are_retried_then_shown_as_failed(
        app, client, providers, frozen_clock, rq_on_own_redis, make_user, login_as):
    providers.script("POST", WA_SEND, 500, {"error": {"code": 1, "message": "down"}})
    providers.script("POST", WA_SEND, 429, {"error": {"code": 4, "message": "slow down"}},
                     headers={"Retry-After": "42"})
    for _ in range(delivery.MAX_DELIVERY_ATTEMPTS - 2):
        providers.script("POST", WA_SEND, 503, {"error": {"code": 2, "message": "busy"}})
    with app.app_context():
        message_id = queue(make_customer(), Outbound(text="Ihr Angebot liegt vor")).id
    run_worker(app)
    waits = []
    for attempt in range(1, delivery.MAX_DELIVERY_ATTEMPTS):
        with app.app_context():
            message = db.session.get(Message, message_id)
            assert message.status == MessageStatus.QUEUED
            assert message.attempts == attempt
            waits.append((message.next_attempt_at - clock.now()).total_seconds())
            due = message.next_attempt_at
        sweep(app)  # not due yet: nothing goes out early
        run_worker(app)
        assert len(providers.calls("POST", WA_SEND)) == attempt
        frozen_clock(seconds=(due - clock.now()).total_seconds() + 1)
        sweep(app)
        run_worker(app)
    assert waits[:2] == [delivery.RETRY_BACKOFF_SECONDS[0], 42]  # backoff, then Retry-After
    assert waits[2:] == list(delivery.RETRY_BACKOFF_SECONDS[2:delivery.MAX_DELIVERY_ATTEMPTS - 1])
    with app.app_context():
        message = db.session.get(Message, message_id)
        assert message.status == MessageStatus.FAILED
        assert message.needs_attention
    assert len(providers.calls("POST", WA_SEND)) == delivery.MAX_DELIVERY_ATTEMPTS
    frozen_clock(hours=3)
    sweep(app)
    run_worker(app)
    assert len(providers.calls("POST", WA_SEND)) == delivery.MAX_DELIVERY_ATTEMPTS
    page = _admin_page(client, make_user, login_as)
    assert "Ihr Angebot liegt vor" in page
    assert "fehlgeschlagen" in page
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Message.id)).where(
            Message.direction == Direction.OUTBOUND)) == 1
