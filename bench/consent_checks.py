"""Measures the consent and privacy hot paths on a scratch database.

    python bench/consent_checks.py [DATABASE_URL]

Reports per-call times of `can_view_media` (asked for every lead page and every file
request), of opening a signed file link (consent check + access log + commit), of a full
export ZIP and of an erasure, and the retention sweep's throughput.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta


def main() -> None:
    from marketplace import clock
    from marketplace.accounts import services as account_services
    from marketplace.accounts.models import Role
    from marketplace.app import create_app
    from marketplace.config import TestConfig
    from marketplace.consent import services
    from marketplace.db import db
    from marketplace.media import access
    from marketplace.privacy import services as privacy
    from tests.consent.factories import inbound, make_customer, make_job, make_lead

    url = sys.argv[1] if len(sys.argv) > 1 else \
        f"sqlite:///{tempfile.mkdtemp()}/bench.db"
    app = create_app(TestConfig, {"DATABASE_URL": url, "MEDIA_ROOT": tempfile.mkdtemp()})
    with app.app_context():
        from flask_migrate import upgrade

        upgrade()
        tenant = __import__("marketplace.tenancy.services", fromlist=["x"]).create_tenant(
            name="Bench Dach GmbH")
        user = account_services.create_user(email="bench@example.com", password="x" * 12,
                                            role=Role.OWNER, tenant=tenant)
        customers = []
        for _ in range(200):
            customer = make_customer(channel="whatsapp")
            job = make_job(customer, photos=3)
            lead = make_lead(tenant, job)
            request = services.request_media_consent(lead)
            services.handle_customer_choice(customer, inbound(customer), "agree",
                                            request.public_id)
            db.session.commit()
            customers.append((customer.id, job.id))

        from marketplace.jobs.models import JobRequest

        jobs = [db.session.get(JobRequest, job_id) for _cid, job_id in customers]
        timings = []
        for job in jobs:
            start = time.perf_counter()
            services.can_view_media(tenant, job)
            timings.append(time.perf_counter() - start)
        report("can_view_media", timings)

        timings = []
        for job in jobs[:100]:
            link = access.issue_link(tenant, user, job.media[0], job)
            start = time.perf_counter()
            access.open_signed_link(link.url.rsplit("/", 1)[1], user).stream.close()
            timings.append(time.perf_counter() - start)
        report("open_signed_link", timings)

        timings = []
        for customer_id, _job_id in customers[:20]:
            start = time.perf_counter()
            privacy.build_export(customer_id).read()
            timings.append(time.perf_counter() - start)
        report("build_export", timings)

        timings = []
        for customer_id, _job_id in customers[20:40]:
            start = time.perf_counter()
            privacy.erase_customer(customer_id)
            timings.append(time.perf_counter() - start)
        report("erase_customer", timings)

        for job in jobs[40:]:
            job.closed_at = clock.now() - timedelta(days=31)
        db.session.commit()
        start = time.perf_counter()
        result = privacy.purge_expired_data()
        elapsed = time.perf_counter() - start
        print(f"purge_expired_data: {result.jobs_purged} jobs, {result.media_deleted} files, "
              f"{result.expired_grants} grants in {elapsed:.2f} s")
        db.session.remove()
        db.engine.dispose()


def report(name: str, timings: list[float]) -> None:
    ms = sorted(t * 1000 for t in timings)
    p95 = ms[int(len(ms) * 0.95) - 1]
    print(f"{name}: n={len(ms)} median {statistics.median(ms):.2f} ms, p95 {p95:.2f} ms")


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    main()
