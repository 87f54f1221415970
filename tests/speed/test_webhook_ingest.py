"""What one webhook costs the database and Redis, counted at the drivers (not timed): the
request path must stay at one database round trip and one Redis round trip (issue 16).

PostgreSQL's round trips are read from libpq's own protocol trace, so BEGIN, COMMIT, a
pool pre-ping or a tenant-scope `set_config` would all be counted; Redis's from the client
connection that sends them. The benchmark in bench/ measures the time.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa
from redis import Redis
from redis.connection import Connection

from marketplace import tasks
from marketplace.channels import ingest
from marketplace.channels import tasks as channel_tasks
from marketplace.channels.models import InboxEvent, InboxStatus
from marketplace.db import db
from tests.channels.conftest import (  # noqa: F401 - the stand-in's fixtures
    _provider_server,
    load_fixture,
    post_webhook,
    providers,
)
from tests.test_security_headers import assert_hardened

REDIS_URL = os.environ.get("TEST_REDIS_URL")
needs_redis = pytest.mark.skipif(not REDIS_URL, reason="TEST_REDIS_URL not set (CI sets it)")
# Round trips one webhook may cost the database: the INSERT (a second one only while psycopg
# prepares the statement on a new connection).
MAX_DATABASE_ROUND_TRIPS = 2


def _bodies(how_many: int) -> list[bytes]:
    """Distinct WhatsApp POSTs (a repeated body is stored once and not handed off again)."""
    payload = json.loads(load_fixture("whatsapp", "text__plain"))
    bodies = []
    for index in range(how_many):
        message = payload["entry"][0]["changes"][0]["value"]["messages"][0]
        message["id"] = f"wamid.COUNT{index}"
        bodies.append(json.dumps(payload).encode())
    return bodies


@contextmanager
def postgres_round_trips(app) -> Iterator[callable]:
    """Every round trip of connections the pool opens inside the block (libpq's trace: each
    Sync or simple Query the client sends waits for the server's answer)."""
    from psycopg import pq

    with app.app_context():
        engine = db.engine
    engine.dispose()
    traced = []
    with tempfile.TemporaryFile() as trace:

        def start_tracing(dbapi_connection, _record) -> None:
            dbapi_connection.pgconn.trace(trace.fileno())
            dbapi_connection.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS)
            traced.append(dbapi_connection)

        def count() -> int:
            trace.seek(0)
            lines = [line.split("\t") for line in
                     trace.read().decode(errors="replace").splitlines()]
            return sum(1 for fields in lines
                       if fields[0] == "F" and fields[2] in ("Sync", "Query"))

        sa.event.listen(engine, "connect", start_tracing)
        try:
            yield count
        finally:
            sa.event.remove(engine, "connect", start_tracing)
            for connection in traced:
                connection.pgconn.untrace()
            engine.dispose()


@contextmanager
def redis_on(app, connection_class=Connection) -> Iterator[Redis]:
    connection = Redis.from_url(REDIS_URL, connection_class=connection_class)
    connection.flushdb()
    app.extensions["redis"] = connection
    try:
        yield connection
    finally:
        app.extensions["redis"] = None
        connection.flushdb()


@pytest.mark.real_commits
@needs_redis
@pytest.mark.usefixtures("providers")
def test_a_webhook_costs_one_database_round_trip(app, client):
    if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql"):
        pytest.skip("PostgreSQL only (TEST_DATABASE_URL)")
    bodies = _bodies(8)
    with redis_on(app) as connection, postgres_round_trips(app) as round_trips:
        per_webhook = []
        for body in bodies:
            before = round_trips()
            assert post_webhook(client, "whatsapp", body).status_code == 200
            per_webhook.append(round_trips() - before)
        assert connection.llen("rq:queue:inbox") == len(bodies)
    assert max(per_webhook) <= MAX_DATABASE_ROUND_TRIPS, per_webhook
    assert sum(per_webhook) <= len(bodies) + 1, per_webhook  # psycopg prepares once
    with app.app_context():
        stored = db.session.scalars(sa.select(InboxEvent.raw_body)).all()
    assert sorted(stored) == sorted(bodies)


@pytest.mark.real_commits
@needs_redis
@pytest.mark.usefixtures("providers")
def test_webhooks_keep_one_connection_of_their_own(app, client):
    """The INSERTs run on one connection the web process keeps in autocommit, not on a
    connection borrowed from the pool per webhook; the pages' pool is left to the pages."""
    if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql"):
        pytest.skip("PostgreSQL only (TEST_DATABASE_URL)")
    with app.app_context():
        engine = db.engine
    engine.dispose()
    opened, borrowed = [], []

    def on_connect(*_args) -> None:
        opened.append(1)

    def on_checkout(*_args) -> None:
        borrowed.append(1)

    sa.event.listen(engine, "connect", on_connect)
    sa.event.listen(engine, "checkout", on_checkout)
    bodies = _bodies(6)
    try:
        with redis_on(app) as queue:  # handed off, not processed in the request
            for body in bodies:
                assert post_webhook(client, "whatsapp", body).status_code == 200
            assert (len(opened), len(borrowed), engine.pool.checkedout()) == (1, 1, 0)
            engine.dispose()  # also closes the webhooks' connection: the next one is new
            assert post_webhook(client, "whatsapp", b"{not json").status_code == 200
            assert len(opened) == 2
            assert queue.llen("rq:queue:inbox") == len(bodies)
    finally:
        sa.event.remove(engine, "connect", on_connect)
        sa.event.remove(engine, "checkout", on_checkout)
        engine.dispose()
    with app.app_context():
        stored = db.session.scalars(sa.select(InboxEvent.raw_body)).all()
    assert sorted(stored) == sorted([*bodies, b"{not json"])


@needs_redis
@pytest.mark.usefixtures("providers")
def test_a_redis_connection_closed_by_the_server_costs_no_hand_off(app, client):
    """The hand-off keeps its Redis connection; one Redis closed since (restart, idle
    timeout) is opened again and the job still written, not left for the sweep."""
    connection = Redis.from_url(REDIS_URL, client_name="webhook-hand-off-test")
    connection.flushdb()
    app.extensions["redis"] = connection
    try:
        bodies = _bodies(2)
        assert post_webhook(client, "whatsapp", bodies[0]).status_code == 200
        ours = [entry["id"] for entry in connection.client_list()
                if entry["name"] == "webhook-hand-off-test"]
        for client_id in ours:  # only this test's connections of the shared Redis
            connection.client_kill_filter(_id=client_id)
        assert post_webhook(client, "whatsapp", bodies[1]).status_code == 200
        assert connection.llen("rq:queue:inbox") == 2
    finally:
        app.extensions["redis"] = None
        connection.flushdb()


@pytest.mark.real_commits
@pytest.mark.usefixtures("providers")
def test_a_malformed_webhook_is_one_statement_on_sqlite(app, client):
    """The embedded database's path (SQLAlchemy Core): BEGIN, the INSERT, COMMIT."""
    if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        pytest.skip("SQLite only; PostgreSQL is counted above")
    statements: list[str] = []
    with app.app_context():
        engine = db.engine
    engine.dispose()

    def start_tracing(dbapi_connection: sqlite3.Connection, _record) -> None:
        dbapi_connection.set_trace_callback(statements.append)

    sa.event.listen(engine, "connect", start_tracing)
    try:
        # Signed but not JSON: stored as malformed, nothing handed off (no task statements).
        assert post_webhook(client, "whatsapp", b"{not json").status_code == 200
    finally:
        sa.event.remove(engine, "connect", start_tracing)
        engine.dispose()
    assert [statement.split()[0].upper() for statement in statements] == [
        "BEGIN", "INSERT", "COMMIT"], statements
    with app.app_context():
        assert db.session.scalar(sa.select(InboxEvent.status)) == InboxStatus.MALFORMED


class CountingConnection(Connection):
    """Records what the client sends: each send is one round trip."""

    sent: list[list[str]] = []

    def send_packed_command(self, command, check_health=True):
        chunks = command if isinstance(command, list) else [command]
        data = b"".join(bytes(chunk) for chunk in chunks)
        # RESP arrays: each command starts with "*<n>\r\n$<len>\r\n<NAME>".
        names = [part.split(b"\r\n")[2].decode().upper()
                 for part in data.split(b"*")[1:] if part[:1].isdigit()]
        CountingConnection.sent.append(names)
        return super().send_packed_command(command, check_health)


@needs_redis
@pytest.mark.usefixtures("providers")
def test_a_webhook_costs_one_redis_round_trip(app, client):
    with redis_on(app, CountingConnection) as connection:
        connection.ping()  # the connection is open before counting
        CountingConnection.sent.clear()
        assert post_webhook(client, "whatsapp", _bodies(1)[0]).status_code == 200
        sent = list(CountingConnection.sent)
        assert connection.llen("rq:queue:inbox") == 1
    assert len(sent) == 1, sent
    assert sent[0] == ["SADD", "HSET", "RPUSH"]


@needs_redis
def test_the_job_is_the_one_rq_itself_would_write(app, app_ctx):
    """Same function, arguments, timeout, retries and queue as `tasks.dispatch` (RQ's own
    enqueue), so the workers run it like any other job."""
    from rq import Queue
    from rq.job import Job

    with redis_on(app) as connection:
        tasks.dispatch(tasks.task_path(channel_tasks.process_inbox_event), (42,),
                       queue=tasks.INBOX_QUEUE)
        ours = tasks.PreparedJob(app, channel_tasks.process_inbox_event,
                                 tasks.INBOX_QUEUE).push(connection, 42)
        queue = Queue(tasks.INBOX_QUEUE, connection=connection)
        (theirs,) = [job_id for job_id in queue.job_ids if job_id != ours]
        assert queue.job_ids == [theirs, ours]
        ours_hash = connection.hgetall(f"rq:job:{ours}")
        theirs_hash = connection.hgetall(f"rq:job:{theirs}")
        assert ours_hash.keys() == theirs_hash.keys()
        changing = {b"created_at", b"enqueued_at"}
        assert ({key: value for key, value in ours_hash.items() if key not in changing}
                == {key: value for key, value in theirs_hash.items() if key not in changing})
        job = Job.fetch(ours, connection=connection)
        assert (job.func_name, job.args) == (
            "marketplace.tasks.run_task",
            (tasks.task_path(channel_tasks.process_inbox_event), 42))
        assert (job.timeout, job.retries_left, job.retry_intervals, job.origin) == (
            app.config["TASK_DEFAULT_TIMEOUT"], len(app.config["TASK_RETRY_INTERVALS"]),
            list(app.config["TASK_RETRY_INTERVALS"]), tasks.INBOX_QUEUE)
        assert connection.sismember("rq:queues", "rq:queue:inbox")


@pytest.mark.usefixtures("providers")
def test_webhook_answers_carry_the_security_headers_and_no_cookie(client):
    body = load_fixture("telegram", "message__text")
    for response in (post_webhook(client, "telegram", body),
                     post_webhook(client, "telegram", body, signature=None),
                     post_webhook(client, "telegram", body, signature="wrong")):
        assert response.status_code in (200, 401, 403)
        assert_hardened(response)
        assert "Set-Cookie" not in response.headers
        assert response.is_json


@pytest.mark.usefixtures("providers")
def test_without_the_front_flask_gives_the_same_answers(app):
    """The Flask view is the fallback for the same path (`ingest.receive`)."""
    flask_only = app.test_client()
    front = app.wsgi_app
    assert isinstance(front, ingest.WebhookFront)
    app.wsgi_app = front.next
    try:
        body = load_fixture("messenger", "message__text")
        assert post_webhook(flask_only, "messenger", body, signature="sha256=00").status_code == 403
        assert post_webhook(flask_only, "messenger", body).status_code == 200
    finally:
        app.wsgi_app = front
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(InboxEvent.id))) == 1


@pytest.mark.real_commits
@pytest.mark.usefixtures("providers")
def test_the_app_role_stores_a_webhook_without_a_tenant_scope(app, tmp_path):
    """The INSERT runs in autocommit, where no tenant scope can be set: it relies on
    `inbox_event` having no row-level security. Served here as the app's own database role
    (neither owner nor superuser), so a policy added to the table would fail this."""
    if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql"):
        pytest.skip("row-level security is PostgreSQL's")
    from marketplace.app import create_app
    from marketplace.config import TestConfig
    from tests.audit.test_row_level_security import (
        _app_role_url,
        _grant_app_role,
        _owner_engine,
    )

    owner = _owner_engine()
    _grant_app_role(owner)
    owner.dispose()
    settings = {key: value for key, value in app.config.items()
                if key.startswith(("WHATSAPP_", "GRAPH_"))}
    as_app_role = create_app(TestConfig, {**settings, "MEDIA_ROOT": str(tmp_path),
                                          "DATABASE_URL": _app_role_url()})
    body = b"{not json"  # signed, stored as malformed: the INSERT alone, nothing processed
    try:
        assert post_webhook(as_app_role.test_client(), "whatsapp", body).status_code == 200
    finally:
        with as_app_role.app_context():
            db.engine.dispose()
    with app.app_context():
        assert db.session.scalar(sa.select(InboxEvent.raw_body)) == body
