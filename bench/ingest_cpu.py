"""CPU per webhook request inside one process (no network client, no gunicorn): the app's
share of ingest, stable under machine load because it counts CPU time, not wall time. The
minimal reference (bench/ingest_reference.py) runs in the same process, alternating with
the app, for a same-run ratio.

    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench_ingest_cpu \\
    BENCH_REDIS_URL=redis://127.0.0.1:6379/7 python bench/ingest_cpu.py [--requests 2000]

Prints CPU ms per request (app, reference) and the app's database round trips per request
(counted afterwards from libpq's protocol trace, so BEGIN, COMMIT, pings and `set_config`
count too).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import hmac
import io
import json
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
                        help="also print the app's N most expensive functions (cProfile, "
                        "CPU time, cumulative)")
    parser.add_argument("--out", help="also write the figures to this file in bench/results")
    args = parser.parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL",
                                  "postgresql://postgres@127.0.0.1:5432/bench_ingest_cpu")
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/7")
    os.environ.update(environment(database_url, redis_url, "http://127.0.0.1:9/v23.0"))
    os.environ.update({"BENCH_DATABASE_URL": database_url, "BENCH_REDIS_URL": redis_url})
    fresh_database(database_url)
    import psycopg
    from flask_migrate import upgrade
    from ingest_reference import reference_app

    from marketplace.app import create_app
    from marketplace.db import db

    app = create_app("production")
    with app.app_context():
        upgrade()
        engine = db.engine
    with psycopg.connect(database_url, autocommit=True) as connection:
        connection.execute("CREATE TABLE reference_inbox (id bigserial PRIMARY KEY, "
                           "body_sha256 text UNIQUE, raw_body bytea)")
    requests = iter(signed_requests(2 * args.requests + 600))

    def post(wsgi_app) -> None:
        answers = []
        body = b"".join(wsgi_app(next(requests), lambda status, _headers: answers.append(status)))
        assert answers[0].startswith("200"), (answers, body)

    for _ in range(200):  # warm: prepared statements, pools, first-request work
        post(app)
        post(reference_app)
    profiler = cProfile.Profile(time.process_time) if args.profile else None
    cpu = {"app": 0.0, "reference": 0.0}
    wall = {"app": 0.0, "reference": 0.0}
    rounds = 4  # alternating, so that both see the same load on a shared machine
    for _ in range(rounds):
        for name, wsgi_app in (("app", app), ("reference", reference_app)):
            if profiler and name == "app":
                profiler.enable()
            started, started_wall = time.process_time(), time.perf_counter()
            for _ in range(args.requests // rounds):
                post(wsgi_app)
            cpu[name] += time.process_time() - started
            wall[name] += time.perf_counter() - started_wall
            if profiler and name == "app":
                profiler.disable()
    done = args.requests // rounds * rounds
    round_trips = count_round_trips(engine, lambda: post(app), 200)
    app_ms, reference_ms = (cpu[name] * 1000 / done for name in ("app", "reference"))
    print(f"cpu_ms_per_request app={app_ms:.3f} reference={reference_ms:.3f} "
          f"(app/reference {app_ms / reference_ms:.2f}) wall_ms_per_request "
          f"app={wall['app'] * 1000 / done:.3f} reference={wall['reference'] * 1000 / done:.3f} "
          f"database_round_trips_per_request={round_trips / 200:.2f}")
    if args.out:
        out = Path(__file__).resolve().parent / "results" / args.out
        out.parent.mkdir(parents=True, exist_ok=True)
        with open("/proc/loadavg") as handle:
            load_average = handle.read().split()[:3]
        out.write_text(json.dumps({
            "requests": done, "cpu_ms_per_request": {"app": round(app_ms, 3),
                                                     "reference": round(reference_ms, 3)},
            "wall_ms_per_request": {name: round(wall[name] * 1000 / done, 3) for name in wall},
            "round_trip_requests": 200,
            "database_round_trips_per_request": round(round_trips / 200, 2),
            "loadavg": load_average}, indent=1))
    if profiler:
        order = os.environ.get("BENCH_PROFILE_SORT", "cumulative")  # or tottime
        pstats.Stats(profiler).sort_stats(order).print_stats(args.profile)


def signed_requests(how_many: int) -> list[dict]:
    """WSGI environs as gunicorn would build them for unique, validly signed POSTs."""
    environs = []
    for index in range(how_many):
        body = webhook_body(str(4919000000000 + index), index)
        signature = "sha256=" + hmac.new(APP_SECRET.encode(), body, hashlib.sha256).hexdigest()
        environs.append({
            "REQUEST_METHOD": "POST", "PATH_INFO": "/webhooks/whatsapp", "QUERY_STRING": "",
            "SCRIPT_NAME": "", "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8000",
            "SERVER_PROTOCOL": "HTTP/1.1", "REMOTE_ADDR": "127.0.0.1",
            "CONTENT_TYPE": "application/json", "CONTENT_LENGTH": str(len(body)),
            "HTTP_HOST": "127.0.0.1:8000", "HTTP_X_HUB_SIGNATURE_256": signature,
            "wsgi.input": io.BytesIO(body), "wsgi.url_scheme": "http", "wsgi.errors": sys.stderr,
            "wsgi.version": (1, 0), "wsgi.multithread": False, "wsgi.multiprocess": True,
            "wsgi.run_once": False})
    return environs


def count_round_trips(engine, post, how_many: int) -> int:
    """Round trips of `how_many` requests on fresh pooled connections (each Sync or simple
    Query the client sends waits for an answer)."""
    import sqlalchemy as sa
    from psycopg import pq

    engine.dispose()
    with tempfile.TemporaryFile() as trace:
        def start_tracing(dbapi_connection, _record):
            dbapi_connection.pgconn.trace(trace.fileno())
            dbapi_connection.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS)

        sa.event.listen(engine, "connect", start_tracing)
        for _ in range(how_many):
            post()
        sa.event.remove(engine, "connect", start_tracing)
        engine.dispose()
        trace.seek(0)
        lines = [line.split("\t") for line in trace.read().decode(errors="replace").splitlines()]
    return sum(1 for fields in lines if fields[0] == "F" and fields[2] in ("Sync", "Query"))


if __name__ == "__main__":
    main()
