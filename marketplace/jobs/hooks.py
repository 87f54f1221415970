"""Answers jobs needs from the features above it (plugged in `marketplace/wiring.py`)."""

from __future__ import annotations

from marketplace.hooks import Slot

lead_count = Slot(
    "jobs.lead_count",
    "lead_count(job) -> int: how many businesses the job has been offered to (quotes knows).",
)
