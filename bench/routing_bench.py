"""Benchmark: the eligible-candidates query over 1,000,000 synthetic businesses (PostgreSQL).

Builds the real schema with the project's migrations in a separate database, imports the
GeoNames postcodes with the geo feature's importer, loads synthetic businesses with COPY, and
times the production query (`marketplace.quotes.routing.eligible_candidates`) for random
postcodes and trades with every business's service radius at 25 km, then at 50 km.

    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/r_bench \
        python bench/routing_bench.py [--businesses 1000000] [--queries 1000]

Not part of the test suite. See bench/README.md for results and how to read them.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import sqlalchemy as sa

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
GEONAMES = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "geonames", "DE.txt"))
TRADE_COUNT = 40
VERIFIED_SHARE = 0.7
SEED = 20261128
LISTING = ("routing_listing (tenant_id, trade_code, base_postcode, service_radius_km, "
           "weekly_lead_capacity)")
LISTING_ALL = """
    SELECT t.id, tt.trade_code, t.base_postcode, t.service_radius_km, t.weekly_lead_capacity
    FROM tenant t JOIN tenant_trade tt ON tt.tenant_id = t.id
    WHERE t.status = 'active' AND t.verification_status = 'verified' AND NOT t.is_paused
      AND t.base_postcode IS NOT NULL AND tt.status = 'approved'
"""


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def trade_sizes(total: int) -> list[int]:
    """Zipf(0.7)-like trade sizes, as in performance-anchors section 4 (137 k down to 10 k)."""
    weights = [1 / (rank ** 0.7) for rank in range(1, TRADE_COUNT + 1)]
    floor = 0.01
    weights = [max(w / sum(weights), floor) for w in weights]
    scale = sum(weights)
    return [int(total * w / scale) for w in weights]


def reset_database(url: str) -> None:
    from marketplace.config import normalise_database_url

    engine = sa.create_engine(normalise_database_url(url))
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


def copy_rows(connection, table: str, columns: list[str], rows) -> None:
    raw = connection.connection.driver_connection
    with raw.cursor() as cursor, cursor.copy(
            f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        buffer = io.StringIO()
        for count, row in enumerate(rows, start=1):
            buffer.write("\t".join("\\N" if value is None else str(value) for value in row))
            buffer.write("\n")
            if count % 50_000 == 0:
                copy.write(buffer.getvalue())
                buffer = io.StringIO()
        copy.write(buffer.getvalue())


def load_businesses(db, postcodes: list[str], total: int, rng: random.Random) -> list[str]:
    now = datetime.now(UTC).isoformat()
    sizes = trade_sizes(total)
    trades = [f"bench-trade-{index:02d}" for index in range(TRADE_COUNT)]
    primary = [trade for trade, size in zip(trades, sizes, strict=True) for _ in range(size)]
    primary += [trades[0]] * (total - len(primary))
    rng.shuffle(primary)

    def tenants():
        for number in range(1, total + 1):
            verified = rng.random() < VERIFIED_SHARE
            yield (number, f"b{number}", f"Betrieb {number}", "active", now, now,
                   "verified" if verified else "pending", "f", "", "",
                   rng.choice(postcodes), 25, 10)

    def tenant_trades():
        row_id = 0
        for number in range(1, total + 1):
            codes = {primary[number - 1]}
            if rng.random() < 0.3:  # some businesses hold a second trade
                codes.add(rng.choice(trades))
            for code in codes:
                row_id += 1
                status = "approved" if rng.random() < 0.9 else "pending"
                yield (row_id, number, code, status, now, now, "f")

    connection = db.session.connection()
    # Row triggers keep the routing index current one business at a time; a bulk load
    # rebuilds it once afterwards with the same rule (see migration 0006).
    connection.exec_driver_sql("ALTER TABLE tenant DISABLE TRIGGER routing_listing_tenant")
    connection.exec_driver_sql("ALTER TABLE tenant_trade DISABLE TRIGGER routing_listing_trade")
    log(f"COPY {total:,} businesses")
    copy_rows(connection, "tenant",
              ["id", "slug", "name", "status", "created_at", "updated_at",
               "verification_status", "is_paused", "description", "opening_hours",
               "base_postcode", "service_radius_km", "weekly_lead_capacity"], tenants())
    log("COPY their trades")
    copy_rows(connection, "tenant_trade",
              ["id", "tenant_id", "trade_code", "status", "created_at", "updated_at",
               "is_admin_suspended"], tenant_trades())
    connection.exec_driver_sql(
        "SELECT setval('tenant_id_seq', (SELECT max(id) FROM tenant))")
    connection.exec_driver_sql(
        "SELECT setval('tenant_trade_id_seq', (SELECT max(id) FROM tenant_trade))")
    log("rebuild the routing index")
    connection.exec_driver_sql(f"INSERT INTO {LISTING} {LISTING_ALL}")
    connection.exec_driver_sql("ALTER TABLE tenant ENABLE TRIGGER routing_listing_tenant")
    connection.exec_driver_sql("ALTER TABLE tenant_trade ENABLE TRIGGER routing_listing_trade")
    db.session.commit()
    return trades


def load_leads(db, total_businesses: int, rng: random.Random, jobs: int = 5_000,
               per_job: int = 10) -> None:
    """This week's leads, so the weekly-capacity subquery has real rows to count."""
    now = datetime.now(UTC)
    connection = db.session.connection()
    connection.exec_driver_sql(
        "INSERT INTO customer (channel, external_id, language, created_at, updated_at) "
        "VALUES ('webchat', 'bench', 'de', now(), now())")
    copy_rows(connection, "job_request",
              ["id", "reference", "customer_id", "channel", "trade_code", "description",
               "postcode", "timing", "contact_preference", "language", "status",
               "created_at", "updated_at"],
              ((n, f"B{n:07d}", 1, "webchat", "bench-trade-00", "bench", "10115", "week",
                "chat", "de", "open", now.isoformat(), now.isoformat())
               for n in range(1, jobs + 1)))

    def leads():
        row_id = 0
        for job_id in range(1, jobs + 1):
            for tenant_id in rng.sample(range(1, total_businesses + 1), per_job):
                row_id += 1
                offered = now - timedelta(hours=rng.randint(0, 72))
                yield (row_id, job_id, tenant_id, "offered", offered.isoformat(),
                       (offered + timedelta(hours=48)).isoformat(), now.isoformat(),
                       now.isoformat())

    copy_rows(connection, "lead", ["id", "job_request_id", "tenant_id", "status",
                                   "offered_at", "expires_at", "created_at", "updated_at"],
              leads())
    db.session.commit()


def set_every_radius(db, radius: int) -> None:
    """Every business's service radius, and its listings', set to `radius` km."""
    current = db.session.scalar(sa.text(
        "SELECT min(service_radius_km) = max(service_radius_km) AND min(service_radius_km) = :r"
        " FROM tenant"), {"r": radius})
    if not current:
        # One statement for a million rows: the per-row trigger would refresh the routing
        # index a million times, so the bulk change updates both directly.
        db.session.execute(sa.text(
            "ALTER TABLE tenant DISABLE TRIGGER routing_listing_tenant"))
        db.session.execute(sa.text("UPDATE tenant SET service_radius_km = :r"), {"r": radius})
        db.session.execute(sa.text("UPDATE routing_listing SET service_radius_km = :r"),
                           {"r": radius})
        db.session.execute(sa.text(
            "ALTER TABLE tenant ENABLE TRIGGER routing_listing_tenant"))
    db.session.commit()
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM ANALYZE tenant")
        connection.exec_driver_sql("VACUUM ANALYZE routing_listing")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def summarise(timings: list[float]) -> dict:
    return {"p50_ms": round(percentile(timings, 0.50), 3),
            "p95_ms": round(percentile(timings, 0.95), 3),
            "p99_ms": round(percentile(timings, 0.99), 3),
            "max_ms": round(max(timings), 3)}


def measure(db, routing, samples: list[tuple[str, str]], warmup: int) -> dict:
    """Three views of the same queries.

    - `service`: `routing.eligible_candidates` as routing calls it (cache check, SQLAlchemy,
      result rows), wall time in this process;
    - `service_cpu`: the same calls' CPU time in this process (the stable measure when
      other work shares the machine);
    - `previous_service`: the function as it was before (cache check, then ORM session),
      timed right after each call, so both see the same load;
    - `sql`: the candidate query's SQL alone over the driver connection, wall time;
    - `server`: the executor time PostgreSQL reports for it (EXPLAIN ANALYZE, TIMING OFF),
      which excludes the client, the network and waiting for a CPU.
    """
    from sqlalchemy.dialects import postgresql

    service, previous, service_cpu, previous_cpu, sql_only, server, found = (
        [], [], [], [], [], [], [])
    load_before = os.getloadavg()
    raw = db.session.connection().connection.driver_connection
    for number, (postcode, trade) in enumerate(samples):
        job = SimpleNamespace(id=-1, customer_id=-1, trade_code=trade, postcode=postcode)
        started, cpu_started = time.perf_counter(), time.process_time()
        candidates, used_geo = routing.eligible_candidates(job, limit=routing.POOL_SIZE)
        elapsed = (time.perf_counter() - started) * 1000
        cpu = (time.process_time() - cpu_started) * 1000
        assert used_geo
        db.session.rollback()
        started, cpu_started = time.perf_counter(), time.process_time()
        previous_path(db, routing, job)
        previous_elapsed = (time.perf_counter() - started) * 1000
        previous_cpu_ms = (time.process_time() - cpu_started) * 1000
        query = routing.candidate_query(job, limit=routing.POOL_SIZE, now=datetime.now(UTC))
        sql = str(query.compile(dialect=postgresql.dialect(),
                                compile_kwargs={"literal_binds": True}))
        with raw.cursor() as cursor:
            started = time.perf_counter()
            cursor.execute(sql)
            cursor.fetchall()
            sql_elapsed = (time.perf_counter() - started) * 1000
            cursor.execute("EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) " + sql)
            plan = cursor.fetchone()[0][0]
        if number >= warmup:
            service.append(elapsed)
            previous.append(previous_elapsed)
            service_cpu.append(cpu)
            previous_cpu.append(previous_cpu_ms)
            sql_only.append(sql_elapsed)
            server.append(plan["Execution Time"] + plan["Planning Time"])
            found.append(len(candidates))
        db.session.rollback()
    return {
        "queries": len(service),
        "service": summarise(service),
        "service_cpu": summarise(service_cpu),
        "previous_service": summarise(previous),
        "previous_service_cpu": summarise(previous_cpu),
        "sql": summarise(sql_only),
        "server": summarise(server),
        "mean_candidates": round(statistics.mean(found), 1),
        "zero_candidate_share": round(sum(1 for n in found if n == 0) / len(found), 3),
        "load_average_before": [round(value, 2) for value in load_before],
        "load_average_after": [round(value, 2) for value in os.getloadavg()],
    }


def previous_path(db, routing, job) -> list:
    """The routing function as it was before 2026-12-03, timed in the same run for a fair
    ratio: a cache-check query first, then the candidate query through the ORM session."""
    routing.ensure_neighbours(job.postcode)
    params = {**routing.candidate_params(job, limit=routing.POOL_SIZE,
                                         now=datetime.now(UTC)), "trade_code": job.trade_code}
    return db.session.execute(routing.candidate_statement("postgresql"), params).all()


def explain(db, routing, postcode: str, trade: str) -> str:
    from sqlalchemy.dialects import postgresql

    job = SimpleNamespace(id=-1, customer_id=-1, trade_code=trade, postcode=postcode)
    query = routing.candidate_query(job, limit=routing.POOL_SIZE, now=datetime.now(UTC))
    sql = str(query.compile(dialect=postgresql.dialect(),
                            compile_kwargs={"literal_binds": True}))
    rows = db.session.execute(sa.text("EXPLAIN (ANALYZE, BUFFERS) " + sql)).all()
    db.session.rollback()
    return "\n".join(row[0] for row in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--businesses", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=1_000)
    parser.add_argument("--postcodes", type=int, default=800,
                        help="distinct customer postcodes sampled (neighbour cache warmed)")
    parser.add_argument("--radii", default="25,50")
    parser.add_argument("--reuse", action="store_true",
                        help="keep the loaded data from a previous run")
    parser.add_argument("--out", default="routing_candidates.json", help="file in bench/results")
    args = parser.parse_args()
    url = os.environ.get("BENCH_DATABASE_URL")
    if not url or not url.startswith("postgres"):
        sys.exit("BENCH_DATABASE_URL must point to a PostgreSQL database you can wipe")
    began = time.perf_counter()
    rng = random.Random(SEED)

    from flask_migrate import upgrade

    from marketplace.app import create_app
    from marketplace.db import db
    from marketplace.geo import services as geo_services
    from marketplace.quotes import routing

    if not args.reuse:
        log("reset database and run migrations")
        reset_database(url)
    app = create_app("development", {"DATABASE_URL": url, "SQLALCHEMY_ECHO": False})
    with app.app_context():
        # With --reuse too: the data stay, the schema follows the code (new indexes).
        upgrade()
        if not args.reuse:
            log("import GeoNames postcodes")
            geo_services.import_geonames(GEONAMES)
            postcodes = list(db.session.scalars(sa.text("SELECT postcode FROM postcode")))
            load_businesses(db, postcodes, args.businesses, rng)
            log("load this week's leads")
            load_leads(db, args.businesses, rng)
        db.session.execute(sa.text("ANALYZE"))
        db.session.commit()
        postcodes = list(db.session.scalars(sa.text("SELECT postcode FROM postcode")))
        trades = [f"bench-trade-{index:02d}" for index in range(TRADE_COUNT)]
        chosen = rng.sample(postcodes, min(args.postcodes, len(postcodes)))
        log(f"warm the neighbour cache for {len(chosen)} customer postcodes")
        cache_started = time.perf_counter()
        for postcode in chosen:
            routing.ensure_neighbours(postcode)
        db.session.commit()
        cache_seconds = time.perf_counter() - cache_started
        neighbour_rows = db.session.scalar(sa.text("SELECT count(*) FROM postcode_neighbour"))
        db.session.execute(sa.text("ANALYZE postcode_neighbour"))
        db.session.commit()
        warmup = 100
        results = {"businesses": db.session.scalar(sa.text("SELECT count(*) FROM tenant")),
                   "listed_pairs": db.session.scalar(
                       sa.text("SELECT count(*) FROM routing_listing")),
                   "tenant_trades": db.session.scalar(
                       sa.text("SELECT count(*) FROM tenant_trade")),
                   "leads": db.session.scalar(sa.text("SELECT count(*) FROM lead")),
                   "postcodes_cached": len(chosen), "neighbour_rows": neighbour_rows,
                   "cache_warm_seconds": round(cache_seconds, 1),
                   "pool_size": routing.POOL_SIZE, "radii": {}}
        for radius in [int(r) for r in args.radii.split(",")]:
            log(f"every business's service radius = {radius} km")
            set_every_radius(db, radius)
            db.session.execute(sa.text("SET max_parallel_workers_per_gather = 0"))
            samples = [(rng.choice(chosen), rng.choice(trades))
                       for _ in range(args.queries + warmup)]
            results["radii"][str(radius)] = measure(db, routing, samples, warmup)
            log(f"  {results['radii'][str(radius)]}")
        rare = trades[-1]
        results["explain_rare_trade"] = explain(db, routing, chosen[0], rare)
    results["total_seconds"] = round(time.perf_counter() - began, 1)
    results["measured_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    path = os.path.join(ROOT, "bench", "results", args.out)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(results, handle, indent=2)
    log(f"written {path}")
    print(json.dumps({k: v for k, v in results.items() if k != "explain_rare_trade"},
                     indent=2))


if __name__ == "__main__":
    main()
