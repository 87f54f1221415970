"""CPU per webhook request inside one process (no network client, no gunicorn): the app's
share of ingest, stable under machine load because it counts CPU time, not wall time.

    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench_ingest_cpu \\
    BENCH_REDIS_URL=redis://127.0.0.1:6379/7 python bench/ingest_cpu.py [--requests 2000]

Prints CPU ms per request and database round trips per request (counted afterwards from
libpq's protocol trace, so BEGIN, COMMIT, pings and `set_config` count too).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import hmac
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# This checkout's app, not whichever one is installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from e2e_messages import APP_SECRET, environment, fresh_database, webhook_body


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="also print the N most expensive functions (cProfile, CPU time, "
                        "cumulative)")
    args = parser.parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL",
                                  "postgresql://postgres@127.0.0.1:5432/bench_ingest_cpu")
    os.environ.update(environment(database_url,
                                  os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/7"),
                                  "http://127.0.0.1:9/v23.0"))
    fresh_database(database_url)
    from flask_migrate import upgrade

    from marketplace.app import create_app
    from marketplace.db import db

    app = create_app("production")
    with app.app_context():
        upgrade()
        engine = db.engine
    client = app.test_client()
    traced = 200
    total = args.requests + 200 + traced
    bodies = [webhook_body(str(4919000000000 + index), index) for index in range(total)]
    signatures = ["sha256=" + hmac.new(APP_SECRET.encode(), body, hashlib.sha256).hexdigest()
                  for body in bodies]
    def post(index: int) -> None:
        response = client.post("/webhooks/whatsapp", data=bodies[index], headers={
            "Content-Type": "application/json", "X-Hub-Signature-256": signatures[index]})
        assert response.status_code == 200, response.status_code

    for index in range(200):  # warm: compiled statements, pool, first-request work
        post(index)
    profiler = cProfile.Profile(time.process_time) if args.profile else None
    started = time.process_time()
    if profiler:
        profiler.enable()
    for index in range(200, 200 + args.requests):
        post(index)
    if profiler:
        profiler.disable()
    cpu = time.process_time() - started
    round_trips = count_round_trips(engine, post, range(200 + args.requests, total))
    print(f"cpu_ms_per_request={cpu * 1000 / args.requests:.3f} "
          f"database_round_trips_per_request={round_trips / traced:.2f}")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.profile)


def count_round_trips(engine, post, indexes) -> int:
    """Round trips of the requests at `indexes` on fresh pooled connections (each Sync or
    simple Query the client sends waits for an answer); the first few warm the connection."""
    import sqlalchemy as sa
    from psycopg import pq

    indexes = list(indexes)
    engine.dispose()
    with tempfile.TemporaryFile() as trace:
        def start_tracing(dbapi_connection, _record):
            dbapi_connection.pgconn.trace(trace.fileno())
            dbapi_connection.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS)

        sa.event.listen(engine, "connect", start_tracing)
        for index in indexes:
            post(index)
        sa.event.remove(engine, "connect", start_tracing)
        engine.dispose()
        trace.seek(0)
        lines = [line.split("\t") for line in trace.read().decode(errors="replace").splitlines()]
    return sum(1 for fields in lines if fields[0] == "F" and fields[2] in ("Sync", "Query"))


if __name__ == "__main__":
    main()
