"""Quotes' answers to moments of the features below it (connected in `wiring.py`)."""

from __future__ import annotations

from typing import Any

from marketplace.quotes import tasks as quote_tasks
from marketplace.tasks import enqueue


def route_new_job(_sender: Any, *, job_id: int, **_extra: Any) -> None:
    """A job was created: offer it to businesses once it is committed."""
    enqueue(quote_tasks.route_job, job_id)
