"""Where the routing query's slowest 1 % goes: rows visited and buffers, bounded vs unbounded.

Runs against the database `routing_bench.py` loaded (it never loads or drops anything; it
sets every business's service radius like the benchmark does). For the same random
(customer postcode, trade) pairs it runs EXPLAIN (ANALYZE, BUFFERS) of the production
candidate query (the walk stops at the trade's largest service radius) and of the same
query without that bound (the walk as before 3 December evening: up to 100 km). Rows
visited and buffers do not depend on the machine's load; the server time is reported too
but is noisy on a shared machine.

    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench_routing_scale \
        python bench/routing_tail.py [--queries 1000] [--radii 25,50] [--repeat 5]

Writes bench/results/routing_tail.json. See bench/README.md, Routing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from datetime import UTC, datetime
from types import SimpleNamespace

import sqlalchemy as sa

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from bench.routing_bench import (  # noqa: E402
    SEED,
    TRADE_COUNT,
    percentile,
    set_every_radius,
)

# The bound as the statement compiles with literal values (see routing.candidate_statement).
BOUND = re.compile(r" AND postcode_neighbour\.km <= \(SELECT max\(widest\.service_radius_km\)"
                   r" AS max_1 \nFROM routing_listing AS widest \nWHERE widest\.trade_code = "
                   r"'[^']*'\)")


def statements(routing, postcode: str, trade: str) -> tuple[str, str]:
    from sqlalchemy.dialects import postgresql

    job = SimpleNamespace(id=-1, customer_id=-1, trade_code=trade, postcode=postcode)
    query = routing.candidate_query(job, limit=routing.POOL_SIZE, now=datetime.now(UTC))
    bounded = str(query.compile(dialect=postgresql.dialect(),
                                compile_kwargs={"literal_binds": True}))
    unbounded, removed = BOUND.subn("", bounded)
    if removed != 1:
        sys.exit("the walk bound is not in the statement as expected; update BOUND")
    return bounded, unbounded


def walk_rows(plan: dict) -> int:
    """Rows the neighbour index scan returned = neighbours probed by the LATERAL."""
    rows = 0
    if plan.get("Relation Name") == "postcode_neighbour":
        rows += plan["Actual Rows"] * plan.get("Actual Loops", 1)
    for child in plan.get("Plans", []):
        rows += walk_rows(child)
    return rows


def analyse(cursor, sql: str, repeat: int) -> dict:
    """Buffers and rows of the first run; the server time is the best of `repeat` runs, which
    filters out most of the time spent waiting for a CPU on a shared machine."""
    times = []
    for number in range(repeat):
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, FORMAT JSON) " + sql)
        result = cursor.fetchone()[0][0]
        times.append(result["Planning Time"] + result["Execution Time"])
        if number == 0:
            plan = result["Plan"]
    return {"buffers": plan.get("Shared Hit Blocks", 0) + plan.get("Shared Read Blocks", 0),
            "read": plan.get("Shared Read Blocks", 0),
            "neighbours": walk_rows(plan),
            "found": plan["Actual Rows"],
            "server_ms": round(min(times), 3)}


def distribution(values: list[float]) -> dict:
    return {"p50": percentile(values, 0.50), "p95": percentile(values, 0.95),
            "p99": percentile(values, 0.99), "max": max(values)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=1_000)
    parser.add_argument("--postcodes", type=int, default=800)
    parser.add_argument("--radii", default="25,50")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs per statement; the server time is the best of them")
    args = parser.parse_args()
    url = os.environ.get("BENCH_DATABASE_URL")
    if not url or not url.startswith("postgres"):
        sys.exit("BENCH_DATABASE_URL must point to the database routing_bench.py loaded")

    from marketplace.app import create_app
    from marketplace.db import db
    from marketplace.quotes import routing

    rng = random.Random(SEED)
    app = create_app("development", {"DATABASE_URL": url, "SQLALCHEMY_ECHO": False})
    results: dict = {"measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
                     "repeat": args.repeat, "radii": {}}
    with app.app_context():
        postcodes = sorted(db.session.scalars(sa.text(
            "SELECT DISTINCT postcode FROM postcode_neighbour")))
        chosen = rng.sample(postcodes, min(args.postcodes, len(postcodes)))
        trades = [f"bench-trade-{index:02d}" for index in range(TRADE_COUNT)]
        sizes = dict(db.session.execute(sa.text(
            "SELECT trade_code, count(*) FROM routing_listing GROUP BY trade_code")).all())
        for radius in [int(r) for r in args.radii.split(",")]:
            set_every_radius(db, radius)
            db.session.execute(sa.text("SET max_parallel_workers_per_gather = 0"))
            samples = [(rng.choice(chosen), rng.choice(trades)) for _ in range(args.queries)]
            load_before = os.getloadavg()
            raw = db.session.connection().connection.driver_connection
            rows = []
            with raw.cursor() as cursor:
                for postcode, trade in samples:
                    bounded, unbounded = statements(routing, postcode, trade)
                    answers = []
                    for sql in (unbounded, bounded):
                        cursor.execute(sql)
                        answers.append(cursor.fetchall())
                    rows.append({"postcode": postcode, "trade": trade,
                                 "listings": sizes.get(trade, 0),
                                 "same_answer": answers[0] == answers[1],
                                 "before": analyse(cursor, unbounded, args.repeat),
                                 "after": analyse(cursor, bounded, args.repeat)})
            db.session.rollback()
            slowest = sorted(rows, key=lambda r: r["before"]["server_ms"])[-len(rows) // 100:]
            heaviest = sorted(rows, key=lambda r: r["before"]["buffers"])[-len(rows) // 100:]
            summary = {
                "queries": len(rows),
                "load_average_before": [round(v, 2) for v in load_before],
                "load_average_after": [round(v, 2) for v in os.getloadavg()],
                # Same rows in the same order, with and without the bound.
                "identical_answers": sum(1 for r in rows if r["same_answer"]),
            }
            for side in ("before", "after"):
                summary[side] = {measure: distribution([r[side][measure] for r in rows])
                                 for measure in ("buffers", "neighbours", "server_ms")}
            summary["slowest_1pct_before"] = slowest
            summary["heaviest_1pct_before"] = heaviest
            results["radii"][str(radius)] = summary
            print(json.dumps({k: v for k, v in summary.items()
                              if not k.endswith("_before")}, indent=2), flush=True)
            print("slowest 1 % by server time (before):", flush=True)
            for r in slowest:
                print(f"  {r['postcode']} {r['trade']} listings={r['listings']} "
                      f"before={r['before']} after={r['after']}", flush=True)
    path = os.path.join(ROOT, "bench", "results", "routing_tail.json")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(results, handle, indent=2)
    print(f"written {path}")


if __name__ == "__main__":
    main()
