"""Time the insight pages on the year of data `bench/insight_data.py` loaded (PostgreSQL).

Renders each page through the real app and URL (login, view, SQL, template) with Flask's
test client, after warm-up requests, and prints p50/p95/max per page:

    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/marketplace_insight_bench \
        python bench/pages_bench.py [--runs 40]

It first rebuilds the rollup the health page sums (insight/rollup.py) over the last 100 days,
as the worker's periodic task does every ten minutes, and reports how long that took.
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
        from marketplace.insight import rollup

        began = time.monotonic()
        rollup.refresh_rollup()
        rebuild_s = round(time.monotonic() - began, 1)
        print(f"rollup of the last {rollup.REBUILD_DAYS} days rebuilt in {rebuild_s} s",
              flush=True)
        counts = {table: db.session.scalar(sa.text(f"SELECT count(*) FROM {table}"))
                  for table in ("message", "job_request", "lead", "quote")}
        db.session.remove()
    print(json.dumps(counts), flush=True)

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
        results[page] = {"p50_ms": round(statistics.median(timings), 1),
                         "p95_ms": round(percentile(timings, 0.95), 1),
                         "max_ms": round(max(timings), 1), "runs": len(timings)}
        print(f"{page:<52} p50 {results[page]['p50_ms']:>7.1f} ms  "
              f"p95 {results[page]['p95_ms']:>7.1f} ms  max {results[page]['max_ms']:>7.1f} ms",
              flush=True)
    load = os.getloadavg()
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    name = "insight_pages_cold.json" if args.cold else "insight_pages.json"
    with open(os.path.join(ROOT, "bench", "results", name), "w") as handle:
        json.dump({"rows": counts, "pages": results, "load_average": load,
                   "rollup_rebuild_s": rebuild_s,
                   "at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}, handle,
                  indent=2)
    print(f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")


if __name__ == "__main__":
    main()
