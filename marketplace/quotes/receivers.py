"""Quotes' answers to moments of the features below it (connected in `wiring.py`)."""

from __future__ import annotations

from typing import Any

from marketplace.quotes import routing
from marketplace.quotes import tasks as quote_tasks
from marketplace.tasks import enqueue


def route_new_job(_sender: Any, *, job_id: int, **_extra: Any) -> None:
    """A job was created: offer it to businesses once it is committed."""
    enqueue(quote_tasks.route_job, job_id)


def forget_cached_neighbours(_sender: Any = None, **_extra: Any) -> None:
    """Geodata was imported again: cached postcode neighbours may be wrong now (the caller
    commits)."""
    routing.clear_neighbours()
