"""The task layer: `enqueue()` after commit, inline without Redis, RQ with it.

Tasks are plain functions that take ids and primitives, load what they need, call one
service and are safe to run twice. Callers pass the function itself; only the hand-off to
RQ turns it into a dotted path, which the worker imports.
"""

from __future__ import annotations

import importlib
import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from marketplace.db import call_after_commit, db

log = logging.getLogger(__name__)

# A worker takes the first non-empty queue in this order. Reading a new webhook ("inbox")
# comes after the bot's work ("default") and the replies' delivery ("messages"): under
# load, a message already read is answered before the next ones are read, instead of every
# new webhook pushing all replies back. The webhook itself is stored before its 200, so
# nothing waits unsaved.
INBOX_QUEUE = "inbox"
QUEUES = ("messages", "default", INBOX_QUEUE, "low")

_worker_app: Flask | None = None


@dataclass(frozen=True)
class PeriodicTask:
    """A no-argument task run every `every` (at most once per interval across workers)."""

    task: Callable[..., Any]
    every: timedelta
    queue: str = "low"

    @property
    def path(self) -> str:
        return task_path(self.task)


def periodic_tasks(app: Flask) -> tuple[PeriodicTask, ...]:
    """The sweeps declared in `marketplace.wiring.PERIODIC_TASKS`, as the app was built with."""
    return app.extensions.get("periodic_tasks", ())


def init_app(app: Flask) -> None:
    app.extensions["redis"] = None
    if app.config.get("REDIS_URL"):
        from redis import Redis

        app.extensions["redis"] = Redis.from_url(app.config["REDIS_URL"])


def task_path(task: Callable[..., Any]) -> str:
    if isinstance(task, str):
        raise TypeError("pass the task function itself, not its dotted name")
    return f"{task.__module__}.{task.__qualname__}"


def resolve(path: str) -> Callable[..., Any]:
    module_name, _, attribute = path.rpartition(".")
    return getattr(importlib.import_module(module_name), attribute)


def get_queue(name: str = "default", app: Flask | None = None):
    from rq import Queue

    app = app or current_app
    connection = app.extensions.get("redis")
    if connection is None:
        raise RuntimeError("RQ queues need REDIS_URL")
    return Queue(name, connection=connection, default_timeout=app.config["TASK_DEFAULT_TIMEOUT"])


def enqueue(
    task: Callable[..., Any],
    *args: Any,
    queue: str = "default",
    delay: timedelta | None = None,
    retry: bool = True,
) -> None:
    """Schedule `task(*args)` to run once the current transaction has committed.

    A task queued inside a transaction could otherwise run before its rows exist, or for
    rows that are rolled back.
    """
    call_after_commit(dispatch, task_path(task), args, queue=queue, delay=delay, retry=retry)


def dispatch(
    path: str,
    args: tuple[Any, ...],
    *,
    queue: str = "default",
    delay: timedelta | None = None,
    retry: bool = True,
) -> None:
    """Hand a task to RQ, or run it right here when no Redis is configured."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if app.extensions.get("redis") is None:
        run_inline(app, path, args)
        return
    from rq import Retry

    rq_queue = get_queue(queue, app)
    options: dict[str, Any] = {"job_timeout": app.config["TASK_DEFAULT_TIMEOUT"]}
    if retry:
        intervals = list(app.config["TASK_RETRY_INTERVALS"])
        options["retry"] = Retry(max=len(intervals), interval=intervals)
    if delay:
        rq_queue.enqueue_in(delay, run_task, path, *args, **options)
    else:
        rq_queue.enqueue(run_task, path, *args, **options)


def run_inline(app: Flask, path: str, args: tuple[Any, ...]) -> None:
    """Inline mode: run now, in the caller's process, as a worker would.

    Delays are not honoured here; anything time-based is driven by periodic sweeps over
    database state, which work the same with and without Redis.
    """
    try:
        resolve(path)(*args)
    except Exception:
        db.session.rollback()
        if app.config.get("TASKS_INLINE_RAISE"):
            raise
        log.exception("inline task %s failed", path)


def run_task(path: str, *args: Any) -> Any:
    """RQ entry point: run one task inside an application context of its own."""
    app = _worker_app
    if app is None:
        from marketplace.app import create_app

        app = create_app()
    with app.app_context():
        try:
            return resolve(path)(*args)
        finally:
            db.session.remove()


def set_worker_app(app: Flask | None) -> None:
    global _worker_app
    _worker_app = app


def run_due_periodic_tasks(app: Flask, last_run: dict[str, float]) -> list[str]:
    """Start every periodic task whose interval has passed; returns the paths started."""
    started = []
    now = time.monotonic()
    for task in periodic_tasks(app):
        if now - last_run.get(task.path, float("-inf")) < task.every.total_seconds():
            continue
        connection = app.extensions.get("redis")
        if connection is not None:
            # Several workers may run a clock; only one of them starts each tick. A Redis
            # outage raises here before the tick counts, so the task starts once it is back.
            lock_key = f"marketplace:periodic:{task.path}"
            if not connection.set(lock_key, "1", nx=True, ex=int(task.every.total_seconds())):
                last_run[task.path] = now
                continue
            get_queue(task.queue, app).enqueue(run_task, task.path)
            last_run[task.path] = now
        else:
            last_run[task.path] = now
            with app.app_context():
                run_inline(app, task.path, ())
                db.session.remove()
        started.append(task.path)
    return started


def start_clock(app: Flask, tick_seconds: float = 15.0) -> threading.Event:
    """Background thread that starts periodic tasks; set the returned event to stop it."""
    stop = threading.Event()

    def loop() -> None:
        last_run: dict[str, float] = {}
        while not stop.is_set():
            try:
                run_due_periodic_tasks(app, last_run)
            except Exception:
                log.exception("periodic task clock failed")
            stop.wait(tick_seconds)

    threading.Thread(target=loop, name="periodic-clock", daemon=True).start()
    return stop


@click.command("worker")
@click.option("--queue", "queues", multiple=True, help="Queues to listen on (default: all).")
@click.option("--burst", is_flag=True, help="Stop when the queues are empty.")
@click.option("--no-clock", is_flag=True, help="Do not start periodic tasks from this worker.")
@click.option("--worker-class", type=click.Choice(["simple", "fork"]), default=None,
              help="Run jobs in this process (simple) or in a forked work horse per job "
                   "(fork); default: the WORKER_CLASS setting.")
@with_appcontext
def worker_command(queues: tuple[str, ...], burst: bool, no_clock: bool,
                   worker_class: str | None) -> None:
    """Run an RQ worker (with RQ's scheduler) for the platform's task queues."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    connection = app.extensions.get("redis")
    if connection is None:
        raise click.ClickException("REDIS_URL is not set: tasks run inline, no worker needed")
    set_worker_app(app)
    chosen = warm_up(app, worker_class or app.config.get("WORKER_CLASS", "simple"))
    if not no_clock and not burst:
        start_clock(app)
    names = queues or QUEUES
    work_through_outages(
        lambda: chosen([get_queue(name, app) for name in names], connection=connection),
        connection, burst=burst)


# Seconds between attempts to reach Redis again: doubling up to a minute.
RECONNECT_BACKOFF = (1.0, 60.0)


def work_through_outages(make_worker: Callable[[], Any], connection: Any, *,
                         burst: bool = False) -> None:
    """Run RQ workers until asked to stop; a Redis outage never ends the process.

    RQ's worker retries a lost connection only while it waits for a job: at start-up
    (registering itself), around a job or in its maintenance it quits. Here a worker that
    ended without being asked to stop (SIGTERM/SIGINT) is replaced by a new one once Redis
    answers again. The supervisor (systemd, Procfile platform) restarts the process only
    when it dies for another reason.
    """
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError

    stop = threading.Event()
    delay = RECONNECT_BACKOFF[0]
    while True:
        started = time.monotonic()
        try:
            worker = make_worker()  # names itself in Redis already
            worker.work(burst=burst, with_scheduler=True)
        except (RedisConnectionError, RedisTimeoutError) as exc:
            log.warning("RQ worker lost Redis: %s", type(exc).__name__)
        else:
            # RQ notes a stop request (signal) here; an outage ends work() without one.
            if burst or getattr(worker, "_shutdown_requested_date", None) is not None:
                return
        if time.monotonic() - started > RECONNECT_BACKOFF[1]:
            delay = RECONNECT_BACKOFF[0]  # it ran a good while: a fresh outage
        # RQ's own handlers belong to the finished worker; while waiting, a signal stops us.
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_args: stop.set())
        while True:
            log.warning("RQ worker waits %.0f s for Redis before starting again", delay)
            if stop.wait(delay):
                return
            delay = min(delay * 2, RECONNECT_BACKOFF[1])
            try:
                connection.ping()
                break
            except (RedisConnectionError, RedisTimeoutError):
                continue


def warm_up(app: Flask, worker_class: str = "simple") -> type:
    """Pay once, in the worker process, what every job would otherwise pay again: import
    every task module and the channel adapters (with requests), configure the ORM mappers,
    open the pool. Returns the RQ worker class the configuration chooses: RQ's
    SimpleWorker runs jobs in this warm process (`WORKER_CLASS = "simple"`, measured in
    bench/README.md); "fork" keeps RQ's default work horse per job, which then starts
    from this warm parent. Both with a sparse heartbeat (`worker_classes`)."""
    import sqlalchemy.orm

    for periodic in periodic_tasks(app):
        resolve(periodic.path)
    with app.app_context():
        # The composition root knows the features: their task modules and adapters.
        for prepare in app.extensions.get("worker_warm_up", ()):
            prepare()
        sqlalchemy.orm.configure_mappers()
        if worker_class == "simple":
            with db.engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1")
            return worker_classes()[0]
        # Pooled connections must not cross the fork into RQ's work horse.
        db.engine.dispose()
    return worker_classes()[1]


# Seconds between two heartbeats of a worker's own (RQ keeps a worker's key for its
# worker_ttl + 60 s, 480 s by default: a beat every few seconds is plenty).
HEARTBEAT_EVERY = 5.0


class _SparseHeartbeat:
    """RQ's worker sends its heartbeat (HSET and two EXPIREs, one round trip each) three
    times around every job: 9 of a message's 22 Redis round trips (bench/README.md,
    "Messages end to end"). Here a heartbeat of the worker's own goes out at most every
    HEARTBEAT_EVERY seconds, its three commands in one round trip. A heartbeat RQ sends
    inside its own pipeline (with a job's) or with a timeout of its choosing (while
    watching a work horse) is sent as RQ sends it."""

    _beaten_at = float("-inf")

    def heartbeat(self, timeout: int | None = None, pipeline: Any = None) -> None:
        if pipeline is not None or timeout is not None:
            super().heartbeat(timeout, pipeline)  # type: ignore[misc]
            return
        moment = time.monotonic()
        if moment - self._beaten_at < HEARTBEAT_EVERY:
            return
        with self.connection.pipeline(transaction=False) as batch:  # type: ignore[attr-defined]
            super().heartbeat(None, batch)  # type: ignore[misc]
            batch.execute()
        self._beaten_at = moment


_WORKER_CLASSES: tuple[type, type] | None = None


def worker_classes() -> tuple[type, type]:
    """RQ's SimpleWorker and Worker, each with the sparse heartbeat (built on first use, so
    that importing this module does not import RQ)."""
    global _WORKER_CLASSES
    if _WORKER_CLASSES is None:
        from rq import SimpleWorker, Worker

        _WORKER_CLASSES = (type("PlatformSimpleWorker", (_SparseHeartbeat, SimpleWorker), {}),
                           type("PlatformWorker", (_SparseHeartbeat, Worker), {}))
    return _WORKER_CLASSES


# --- one round trip per job: the webhook's hand-off ------------------------------------------


class PreparedJob:
    """`dispatch` for one task on one queue, as one Redis round trip with little CPU.

    RQ's enqueue sends two pipelines and re-creates every field of the job per call (about
    0.3 ms CPU and two round trips, a third of a webhook's cost before). A job's hash is the
    same for every call but for its id, two timestamps and the call itself, so RQ builds it
    once here (timeout, retries, origin: as `dispatch` asks) and its constant part is encoded
    once; each call writes a copy with those fields set and pushes the id onto the queue, in
    one write. Workers see a normal RQ job: same function, arguments, timeout, retries.

    No MULTI/EXEC: one connection runs the commands in order, so the id is pushed only after
    its hash is written; a connection lost in between leaves at most a hash no worker
    reads, and the caller's sweep hands the work off again.
    """

    def __init__(self, app: Flask, task: Callable[..., Any], queue: str,
                 retry: bool = True) -> None:
        import uuid
        import zlib

        from rq import Retry
        from rq.job import JobStatus
        from rq.utils import get_call_string

        self.path = task_path(task)
        rq_queue = get_queue(queue, app)
        intervals = list(app.config["TASK_RETRY_INTERVALS"])
        job = rq_queue.create_job(
            run_task, args=(self.path,), timeout=app.config["TASK_DEFAULT_TIMEOUT"],
            retry=Retry(max=len(intervals), interval=intervals) if retry else None)
        job.origin = rq_queue.name
        fields = job.to_dict()
        fields["status"] = JobStatus.QUEUED.value
        for changing in self.CHANGING:
            fields.pop(changing, None)
        self.constant_fields = b"".join(_resp_bulk(part) for pair in fields.items()
                                        for part in pair)
        self.constant_field_count = len(fields)
        self.function_name = job.func_name
        self.serializer = job.serializer
        self.job_prefix = job.redis_job_namespace_prefix.encode()
        self.queue_key = rq_queue.key.encode()
        self.add_queue = _resp_command(b"SADD", rq_queue.redis_queues_keys.encode(),
                                       self.queue_key)
        self.new_id = uuid.uuid4
        self.compress = zlib.compress
        self.call_string = get_call_string
        self.utc_now = _utc_now_naive
        self._held: tuple[Any, int, Any] | None = None
        self._lock = threading.Lock()

    # The fields that differ between two jobs of the same task on the same queue.
    CHANGING = ("created_at", "enqueued_at", "data", "description")

    def push(self, connection: Any, *args: Any) -> str:
        """Queue `task(*args)` now (not after a commit: the caller has committed)."""
        job_id = str(self.new_id())
        call_args = (self.path, *args)
        # RQ's timestamp format (%Y-%m-%dT%H:%M:%S.%fZ), without strftime's cost.
        stamp = self.utc_now().isoformat(timespec="microseconds") + "Z"
        changing = (stamp, stamp, self.compress(self.serializer.dumps(
                        (self.function_name, None, call_args, {}))),
                    self.call_string(self.function_name, call_args, {}, max_length=75))
        key = self.job_prefix + job_id.encode()
        field_count = self.constant_field_count + len(changing)
        commands = b"".join((
            self.add_queue,
            b"*%d\r\n$4\r\nHSET\r\n" % (2 + 2 * field_count), _resp_bulk(key),
            *(_resp_bulk(part) for pair in zip(self.CHANGING, changing, strict=True)
              for part in pair),
            self.constant_fields,
            _resp_command(b"RPUSH", self.queue_key, job_id.encode())))
        self._send(connection, commands)
        return job_id

    def _send(self, client: Any, commands: bytes) -> None:
        """Send in one write on a connection this object keeps (per client and process) and
        read the three answers. Taking a connection from redis-py's pool and giving it back
        for every call cost more CPU than writing the job (bench/README.md, "Webhook
        ingest"). A connection Redis closed since (a restart, an idle timeout) is opened
        again and the write sent once more: a job written twice runs once, because the task
        skips an event already processed. Any other failure raises."""
        from redis.exceptions import ConnectionError as RedisConnectionError

        with self._lock:  # a threaded server's requests take turns on it
            for attempt in (1, 2):
                connection = self._connection(client)
                try:
                    connection.send_packed_command([commands])
                    for _ in range(3):
                        connection.read_response()  # an error answer raises ResponseError
                    return
                except BaseException as exc:
                    # Unread answers would be taken for the next command's: never reuse them.
                    connection.disconnect()
                    if attempt == 2 or not isinstance(exc, RedisConnectionError):
                        raise

    def _connection(self, client: Any) -> Any:
        held = self._held
        if held is None or held[0] is not client or held[1] != os.getpid():
            # A connection of the parent's (before a fork) is never used here: a new one.
            self._held = held = (client, os.getpid(), client.connection_pool.get_connection())
        return held[2]


def _utc_now_naive() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _resp_bulk(value: Any) -> bytes:
    """One argument of a Redis command in its wire form (as redis-py encodes it)."""
    if isinstance(value, bytes):
        data = value
    elif isinstance(value, str):
        data = value.encode()
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        data = repr(value).encode()
    else:
        raise TypeError(f"cannot send {type(value).__name__} to Redis")
    return b"$%d\r\n%s\r\n" % (len(data), data)


def _resp_command(*parts: bytes) -> bytes:
    return b"*%d\r\n" % len(parts) + b"".join(_resp_bulk(part) for part in parts)
