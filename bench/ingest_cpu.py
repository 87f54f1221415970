"""CPU per webhook request inside one process (no network client, no gunicorn): the app's
share of ingest, stable under machine load because it counts CPU time, not wall time.

    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench_ingest_cpu \\
    BENCH_REDIS_URL=redis://127.0.0.1:6379/7 python bench/ingest_cpu.py [--requests 2000]

Prints CPU ms per request and database round trips per request.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import hmac
import os
import pstats
import sys
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
    import sqlalchemy as sa
    from flask_migrate import upgrade

    from marketplace.app import create_app
    from marketplace.db import db

    app = create_app("production")
    with app.app_context():
        upgrade()
        engine = db.engine
    client = app.test_client()
    total = args.requests + 200
    bodies = [webhook_body(str(4919000000000 + index), index) for index in range(total)]
    signatures = ["sha256=" + hmac.new(APP_SECRET.encode(), body, hashlib.sha256).hexdigest()
                  for body in bodies]
    round_trips = [0]

    def count(*_args):
        round_trips[0] += 1

    def post(index: int) -> None:
        response = client.post("/webhooks/whatsapp", data=bodies[index], headers={
            "Content-Type": "application/json", "X-Hub-Signature-256": signatures[index]})
        assert response.status_code == 200, response.status_code

    for index in range(200):  # warm: compiled statements, pool, first-request work
        post(index)
    sa.event.listen(engine, "before_cursor_execute", count)
    profiler = cProfile.Profile(time.process_time) if args.profile else None
    started = time.process_time()
    if profiler:
        profiler.enable()
    for index in range(200, total):
        post(index)
    if profiler:
        profiler.disable()
    cpu = time.process_time() - started
    sa.event.remove(engine, "before_cursor_execute", count)
    print(f"cpu_ms_per_request={cpu * 1000 / args.requests:.3f} "
          f"sql_statements_per_request={round_trips[0] / args.requests:.2f} "
          f"(plus BEGIN/COMMIT and the pool's pre-ping)")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.profile)


if __name__ == "__main__":
    main()
