"""Tasks of routing and quotes: take ids, call one service, safe to run twice."""

from __future__ import annotations

from datetime import timedelta

from marketplace.quotes import services
from marketplace.tasks import periodic


def route_job(job_id: int, trigger: str = "job_created") -> None:
    """Offer a job to the next businesses (enqueued by intake after creating the job)."""
    services.route_job(job_id, trigger=trigger)


@periodic(timedelta(minutes=5))
def expire_leads() -> None:
    """Expire leads and quotes whose time passed, and route their jobs again."""
    services.expire_due_leads()
