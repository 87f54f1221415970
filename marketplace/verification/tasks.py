"""Scheduled sweep over document expiry dates (reminders and automatic trade suspension)."""

from __future__ import annotations

from marketplace.verification import expiry


def sweep_document_expiry() -> None:
    """Remind 30 days ahead and expire documents after their last valid day (idempotent)."""
    expiry.process_document_expiry()
