"""The task layer: after commit only, inline without Redis, a real RQ worker with it."""

import os

import pytest
import sqlalchemy as sa

from marketplace.db import db
from marketplace.tasks import enqueue, run_task
from marketplace.tenancy import registration as tenancy_registration
from marketplace.tenancy.models import Tenant

RAN: list[str] = []


def remember(name: str) -> None:
    RAN.append(name)


def create_tenant_task(name: str) -> None:
    tenancy_registration.create_tenant(name=name)


@pytest.fixture(autouse=True)
def _clear_ran():
    RAN.clear()


def test_inline_task_runs_after_commit_not_before(app_ctx):
    tenancy_registration.build_tenant(name="Vorher GmbH")
    enqueue(remember, "after-commit")
    assert RAN == []
    db.session.commit()
    assert RAN == ["after-commit"]


def test_inline_task_is_dropped_on_rollback(app_ctx):
    tenancy_registration.build_tenant(name="Verworfen GmbH")
    enqueue(remember, "never")
    db.session.rollback()
    db.session.commit()
    assert RAN == []


def test_task_queued_before_any_sql_is_dropped_on_rollback(app_ctx):
    db.session.remove()
    enqueue(remember, "never")
    db.session.rollback()
    tenancy_registration.create_tenant(name="Später GmbH")
    assert RAN == []


def test_inline_task_can_open_its_own_unit_of_work(app_ctx):
    tenancy_registration.build_tenant(name="Auslöser GmbH")
    enqueue(create_tenant_task, "Folge GmbH")
    db.session.commit()
    names = db.session.scalars(sa.select(Tenant.name)).all()
    assert {"Auslöser GmbH", "Folge GmbH"} <= set(names)


@pytest.mark.real_commits
def test_rq_worker_runs_the_task_in_burst_mode(app):
    redis_url = os.environ.get("TEST_REDIS_URL")
    if not redis_url:
        pytest.skip("TEST_REDIS_URL not set: the RQ path is tested in CI")
    from redis import Redis
    from rq import SimpleWorker

    from marketplace import tasks

    connection = Redis.from_url(redis_url)
    connection.flushdb()
    app.extensions["redis"] = connection
    try:
        with app.app_context():
            tenancy_registration.build_tenant(name="Auftraggeber GmbH")
            enqueue(create_tenant_task, "Vom Worker GmbH")
            db.session.commit()
            # Queued, not run: nothing has consumed the queue yet.
            assert db.session.scalar(
                sa.select(Tenant.id).where(Tenant.name == "Vom Worker GmbH")) is None
            queue = tasks.get_queue("default", app)
            assert queue.count == 1
            db.session.remove()
        tasks.set_worker_app(app)
        worker = SimpleWorker([queue], connection=connection)
        worker.work(burst=True)
        with app.app_context():
            assert db.session.scalar(
                sa.select(Tenant.id).where(Tenant.name == "Vom Worker GmbH")) is not None
    finally:
        tasks.set_worker_app(None)
        app.extensions["redis"] = None
        connection.flushdb()


def test_run_task_pushes_its_own_app_context(app):
    from marketplace import tasks

    tasks.set_worker_app(app)
    try:
        run_task("tests.test_tasks.remember", "in-worker")
    finally:
        tasks.set_worker_app(None)
    assert RAN == ["in-worker"]


def test_the_platform_worker_beats_its_heart_sparsely_and_runs_every_job(app):
    """RQ's worker sends its own heartbeat (HSET, EXPIRE, EXPIRE: three round trips) three
    times around every job; ours sends it at most every HEARTBEAT_EVERY seconds, in one
    round trip, and still runs every job and keeps its key alive."""
    redis_url = os.environ.get("TEST_REDIS_URL")
    if not redis_url:
        pytest.skip("TEST_REDIS_URL not set: the RQ path is tested in CI")
    from redis import Redis
    from redis.connection import Connection
    from rq import SimpleWorker

    from marketplace import tasks

    sent: list[list[str]] = []

    class Counting(Connection):
        def send_packed_command(self, command, check_health=True):
            chunks = command if isinstance(command, list) else [command]
            data = b"".join(bytes(chunk) for chunk in chunks)
            sent.append([part.split(b"\r\n")[2].decode().upper()
                         for part in data.split(b"*")[1:]
                         if part[:1].isdigit() and part.count(b"\r\n") >= 3])
            return super().send_packed_command(command, check_health)

    connection = Redis.from_url(redis_url, connection_class=Counting)
    connection.flushdb()
    app.extensions["redis"] = connection
    tasks.set_worker_app(app)
    alone, round_trips = [], []
    try:
        for worker_class in (SimpleWorker, tasks.worker_classes()[0]):
            queue = tasks.get_queue("default", app)
            for number in range(5):
                queue.enqueue(run_task, "tests.test_tasks.remember", f"job {number}")
            sent.clear()
            worker = worker_class([queue], connection=connection)
            worker.work(burst=True, with_scheduler=False)
            # Only a heartbeat sends EXPIRE alone, each its own round trip.
            alone.append(sum(1 for names in sent if names == ["EXPIRE"]))
            round_trips.append(len(sent))
            assert connection.ttl(worker.key) > 0 or not connection.exists(worker.key)
    finally:
        tasks.set_worker_app(None)
        app.extensions["redis"] = None
        connection.flushdb()
    assert [f"job {number}" for number in range(5)] * 2 == RAN
    assert alone[0] >= 5 * 4, alone  # RQ's: two heartbeats per job at least
    assert alone[1] == 0, alone
    assert round_trips[1] <= round_trips[0] - 5 * 5, round_trips
