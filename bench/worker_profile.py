"""One warm worker's cost per inbound WhatsApp text: CPU, wall time, SQL statements and RQ
jobs per message, and (with --profile) where the time goes.

The production app (`create_app('production')`) on PostgreSQL and Redis, in one process:
webhooks are stored through the real request path (the test client), then an RQ
SimpleWorker, warmed up as `flask worker` warms it, works the queues empty in burst mode
while a loopback Graph stand-in answers the replies. Only the worker's part is measured.

    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench_e2e_pipeline \\
    BENCH_REDIS_URL=redis://127.0.0.1:6379/7 python bench/worker_profile.py \\
        [--messages 300] [--profile] [--mix]

The database is dropped and created; the Redis db is flushed. The burst pause is off here
(every message is answered when its jobs run): the e2e bench shows the pause.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import hashlib
import hmac
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(Path(__file__).resolve().parent), str(ROOT)]
from e2e_messages import (  # noqa: E402 - after the path
    APP_SECRET,
    GraphStandIn,
    environment,
    first_words,
    fresh_database,
    webhook_body,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--profile", nargs="?", const="wall", choices=("wall", "cpu"),
                        help="print cProfile's top entries (wall time, or CPU time)")
    parser.add_argument("--statements", action="store_true",
                        help="list the SQL of one more message, as the worker runs it")
    parser.add_argument("--mix", action="store_true",
                        help="the e2e bench's mix of first messages instead of one sentence")
    args = parser.parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL",
                                  "postgresql://postgres@127.0.0.1:5432/bench_e2e_pipeline")
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/7")
    stand_in = GraphStandIn()
    os.environ.update(environment(database_url, redis_url, stand_in.url))
    fresh_database(database_url)
    import redis
    import sqlalchemy as sa
    from flask_migrate import upgrade
    from rq import SimpleWorker

    from marketplace import tasks
    from marketplace.app import create_app
    from marketplace.db import db

    redis.Redis.from_url(redis_url).flushdb()
    app = create_app("production")
    # The deliberate pause of a greeting alone is the e2e bench's to show; here every
    # message is answered as soon as its jobs run, so the whole pipeline is measured.
    app.config["INTAKE_BURST_SECONDS"] = 0.0
    with app.app_context():
        upgrade()
    tasks.set_worker_app(app)
    worker_class = tasks.warm_up(app, "simple")
    assert issubclass(worker_class, SimpleWorker)
    connection = app.extensions["redis"]
    queues = [tasks.get_queue(name, app) for name in tasks.QUEUES]
    client = app.test_client()

    def store(first: int, count: int) -> None:
        for index in range(first, first + count):
            number = str(4917000000000 + index)
            text = first_words(index)[0] if args.mix else None
            body = webhook_body(number, index, text)
            signature = "sha256=" + hmac.new(APP_SECRET.encode(), body,
                                             hashlib.sha256).hexdigest()
            response = client.post("/webhooks/whatsapp", data=body, headers={
                "Content-Type": "application/json", "X-Hub-Signature-256": signature})
            assert response.status_code == 200, response.status_code

    def work() -> None:
        worker_class(queues, connection=connection).work(burst=True, with_scheduler=False)

    # Warm-up round: compiled statements, the pool, first-call caches.
    store(0, 30)
    work()
    statements: collections.Counter[str] = collections.Counter()

    def count(_conn, _cursor, statement, *_args):
        statements[statement.split(None, 1)[0].upper()] += 1

    jobs_before = sum(len(queue) for queue in queues)
    store(1000, args.messages)
    jobs_queued = sum(len(queue) for queue in queues) - jobs_before
    replies_before = len(stand_in.first_reply)
    with app.app_context():
        engine = db.engine
    sa.event.listen(engine, "before_cursor_execute", count)
    from redis.connection import Connection

    redis_sends = [0]
    redis_commands: collections.Counter[str] = collections.Counter()
    send_packed = Connection.send_packed_command

    def count_redis(self, command, check_health=True):
        redis_sends[0] += 1  # one round trip (a pipeline is sent at once)
        chunks = command if isinstance(command, list) else [command]
        data = b"".join(bytes(chunk) for chunk in chunks)
        # RESP arrays: each command starts with "*<n>\r\n$<len>\r\n<NAME>".
        names = [part.split(b"\r\n")[2].decode(errors="replace").upper()
                 for part in data.split(b"*")[1:] if part[:1].isdigit()
                 and part.count(b"\r\n") >= 3]
        redis_commands["+".join(names)] += 1
        return send_packed(self, command, check_health)

    Connection.send_packed_command = count_redis
    profiler = (cProfile.Profile(time.process_time if args.profile == "cpu" else time.perf_counter)
                if args.profile else None)
    started_wall, started_cpu = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    work()
    if profiler:
        profiler.disable()
    wall, cpu = time.perf_counter() - started_wall, time.process_time() - started_cpu
    sa.event.remove(engine, "before_cursor_execute", count)
    Connection.send_packed_command = send_packed
    replies = len(stand_in.first_reply) - replies_before
    total = sum(statements.values())
    print(f"messages={args.messages} replies={replies} jobs_queued_by_webhooks={jobs_queued}")
    print(f"per message: wall {wall * 1000 / args.messages:.1f} ms, "
          f"worker CPU {cpu * 1000 / args.messages:.1f} ms, "
          f"Redis round trips {redis_sends[0] / args.messages:.1f}, "
          f"SQL statements {total / args.messages:.1f} "
          + " ".join(f"{kind}={number / args.messages:.2f}"
                     for kind, number in statements.most_common()))
    print("Redis round trips per message, by what each sends: " + ", ".join(
        f"{names} {number / args.messages:.2f}" for names, number in redis_commands.most_common()))
    with open("/proc/loadavg") as handle:
        print("loadavg", handle.read().split()[:3])
    if args.statements:
        listed: list[str] = []

        def note(_conn, _cursor, statement, *_args):
            listed.append(" ".join(statement.split())[:150])

        store(5000, 1)
        sa.event.listen(engine, "before_cursor_execute", note)
        work()
        sa.event.remove(engine, "before_cursor_execute", note)
        print("\n".join(listed))
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
