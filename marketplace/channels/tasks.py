"""Tasks of the channels feature: take ids, call one service, safe to run twice."""

from __future__ import annotations

import logging

from marketplace.channels import delivery, inbound
from marketplace.db import db

log = logging.getLogger(__name__)


def deliver_message(message_id: int) -> None:
    """Send one queued outbound message."""
    delivery.deliver_message(message_id)


def process_inbox_event(inbox_id: int) -> None:
    """Process one stored webhook POST; an unexpected error keeps it for the sweep."""
    try:
        inbound.process_inbox_event(inbox_id)
    except Exception as exc:
        # Kept as failed with its error: shown to admins and retried by the sweep.
        db.session.rollback()
        log.exception("processing inbox event %s failed", inbox_id)
        inbound.mark_inbox_failed(inbox_id, f"{type(exc).__name__}: {exc}")


def answer_callback(channel: str, callback_id: str) -> None:
    inbound.answer_callback(channel, callback_id)


def redrive_stuck_messages() -> None:
    """Re-drive queued messages that are due or stuck, and unprocessed inbox events."""
    delivery.redrive_stuck()
