"""Tasks of routing and quotes: take ids, call one service, safe to run twice."""

from __future__ import annotations

from marketplace.quotes import services


def route_job(job_id: int, trigger: str = "job_created") -> None:
    """Offer a job to the next businesses (enqueued by intake after creating the job)."""
    services.route_job(job_id, trigger=trigger)


def expire_leads() -> None:
    """Expire leads and quotes whose time passed, and route their jobs again."""
    services.expire_due_leads()
