"""Tasks of routing and quotes: take ids, call one service, safe to run twice."""

from __future__ import annotations

from marketplace.quotes import routing_runs


def route_job(job_id: int, trigger: str = "job_created") -> None:
    """Offer a job to the next businesses (a new job, a freed slot, a customer's wish)."""
    routing_runs.route_job(job_id, trigger=trigger)


def expire_leads() -> None:
    """Expire leads and quotes whose time passed, and route their jobs again."""
    routing_runs.expire_due_leads()
