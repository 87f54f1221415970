"""Time the insight pages on the year of data `bench/insight_data.py` loaded (PostgreSQL).

Renders each page through the real app and URL (login, view, SQL, template) with Flask's
test client, after warm-up requests, and prints p50/p95/max per page:

    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/marketplace_insight_bench \
        python bench/pages_bench.py [--runs 40] [--cold | --rebuilds 10]

It first rebuilds the rollup and the slice tables the pages read (insight/rollup.py,
slices.py, peers.py) as the worker's periodic task does every ten minutes, and reports how
long that took. `--cold` forgets the figures a process keeps between rebuilds before each
request; `--rebuilds N` rebuilds N times for real and times only the first view of each page
after each rebuild (N samples per page, and N rebuild times).
Not part of the test suite; results in bench/README.md (section "Insight pages").
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

ADMIN_EMAIL = "bench-admin@example.com"
PASSWORD = "bench-passwort-2026"  # noqa: S105 - a throwaway benchmark database
PAGES = ("/admin/", "/admin/health?days=7", "/admin/health?days=30", "/admin/health?days=90",
         "/admin/health?days=90&trade=dachdecker&region=6", "/admin/health/requests.csv?days=90",
         "/dashboard/insight?days=90")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--cold", action="store_true",
                        help="forget the figures kept since the last rebuild before each "
                             "request (the first view after a rebuild)")
    parser.add_argument("--rebuilds", type=int, default=0,
                        help="rebuild this many times; time the first view of each page "
                             "after each rebuild")
    args = parser.parse_args()
    url = os.environ.get("BENCH_DATABASE_URL")
    if not url or not url.startswith("postgresql"):
        sys.exit("set BENCH_DATABASE_URL to the database bench/insight_data.py loaded")

    import sqlalchemy as sa

    from marketplace.accounts import services as account_services
    from marketplace.accounts.models import Role
    from marketplace.app import create_app
    from marketplace.db import db
    from marketplace.insight import views as insight_views
    from marketplace.tenancy.models import Tenant

    app = create_app("development", {"DATABASE_URL": url, "WTF_CSRF_ENABLED": False,
                                     "RATELIMIT_ENABLED": False})
    with app.app_context():
        if account_services.get_user_by_email(ADMIN_EMAIL) is None:
            account_services.create_user(email=ADMIN_EMAIL, password=PASSWORD,
                                         role=Role.ADMIN, tenant=None, name="Bench")
        owner_email = "bench-owner@example.com"
        if account_services.get_user_by_email(owner_email) is None:
            tenant = db.session.scalar(sa.select(Tenant).order_by(Tenant.id).limit(1))
            account_services.create_user(email=owner_email, password=PASSWORD,
                                         role=Role.OWNER, tenant=tenant, name="Bench")
        from marketplace.insight import rollup, tasks

        began = time.monotonic()
        tasks.refresh_rollup()
        rebuild_s = round(time.monotonic() - began, 1)
        print(f"rollup of the last {rollup.REBUILD_DAYS} days rebuilt in {rebuild_s} s",
              flush=True)
        counts = {table: db.session.scalar(sa.text(f"SELECT count(*) FROM {table}"))
                  for table in ("message", "job_request", "lead", "quote")}
        db.session.remove()
    print(json.dumps(counts), flush=True)

    if args.rebuilds:
        results, rebuilds = after_rebuilds(app, args.rebuilds)
        write_results(counts, results, rebuilds, "insight_pages_rebuilds.json")
        return
    results = {}
    for page in PAGES:
        client = app.test_client()
        email = "bench-owner@example.com" if page.startswith("/dashboard") else ADMIN_EMAIL
        response = client.post("/login", data={"email": email, "password": PASSWORD})
        assert response.status_code == 302, response.status_code
        timings = []
        for run in range(args.warmup + args.runs):
            if args.cold:
                insight_views._FIGURES.clear()
            began = time.perf_counter()
            response = client.get(page)
            elapsed = (time.perf_counter() - began) * 1000
            assert response.status_code == 200, (page, response.status_code)
            if run >= args.warmup:
                timings.append(elapsed)
        results[page] = _summary(timings)
        print(f"{page:<52} p50 {results[page]['p50_ms']:>7.1f} ms  "
              f"p95 {results[page]['p95_ms']:>7.1f} ms  max {results[page]['max_ms']:>7.1f} ms",
              flush=True)
    write_results(counts, results, [rebuild_s],
                  "insight_pages_cold.json" if args.cold else "insight_pages.json")


def _summary(timings: list[float]) -> dict[str, float]:
    return {"p50_ms": round(statistics.median(timings), 1),
            "p95_ms": round(percentile(timings, 0.95), 1),
            "max_ms": round(max(timings), 1), "runs": len(timings)}


def after_rebuilds(app, rounds: int) -> tuple[dict[str, dict[str, float]], list[float]]:
    """Rebuild `rounds` times; after each, time the first view of every page."""
    from marketplace.db import db
    from marketplace.insight import tasks

    clients = {}
    for page in PAGES:
        client = clients[page] = app.test_client()
        email = "bench-owner@example.com" if page.startswith("/dashboard") else ADMIN_EMAIL
        response = client.post("/login", data={"email": email, "password": PASSWORD})
        assert response.status_code == 302, response.status_code
        assert client.get(page).status_code == 200  # first-request work is not per rebuild
    timings: dict[str, list[float]] = {page: [] for page in PAGES}
    rebuilds = []
    for _round in range(rounds):
        with app.app_context():
            began = time.monotonic()
            tasks.refresh_rollup()  # as the worker does: rebuild, then VACUUM
            rebuilds.append(round(time.monotonic() - began, 1))
            db.session.remove()
        for page in PAGES:
            began = time.perf_counter()
            response = clients[page].get(page)
            timings[page].append((time.perf_counter() - began) * 1000)
            assert response.status_code == 200, (page, response.status_code)
    results = {page: _summary(values) for page, values in timings.items()}
    for page, result in results.items():
        print(f"{page:<52} p50 {result['p50_ms']:>7.1f} ms  p95 {result['p95_ms']:>7.1f} ms  "
              f"max {result['max_ms']:>7.1f} ms", flush=True)
    print(f"rebuilds: {rebuilds} s", flush=True)
    return results, rebuilds


def write_results(counts: dict, results: dict, rebuilds: list[float], name: str) -> None:
    load = os.getloadavg()
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    with open(os.path.join(ROOT, "bench", "results", name), "w") as handle:
        json.dump({"rows": counts, "pages": results, "load_average": load,
                   "rollup_rebuild_s": rebuilds,
                   "at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}, handle,
                  indent=2)
    print(f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")


if __name__ == "__main__":
    main()
