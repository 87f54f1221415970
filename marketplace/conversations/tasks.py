"""Tasks of the intake conversation: take ids, call one service, safe to run twice."""

from __future__ import annotations

from marketplace.conversations import services


def handle_message(message_id: int) -> None:
    """Answer one stored inbound message (enqueued by the channels feature)."""
    services.handle_inbound_message(message_id)


def forget_stale_intakes() -> None:
    """Unfinished intakes do not keep the customer's words for ever."""
    services.forget_stale_intakes()
