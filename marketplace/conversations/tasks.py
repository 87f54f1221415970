"""Tasks of the intake conversation: take ids, call one service, safe to run twice."""

from __future__ import annotations

from datetime import timedelta

from marketplace.conversations import services
from marketplace.tasks import periodic


def handle_message(message_id: int) -> None:
    """Answer one stored inbound message (enqueued by the channels feature)."""
    services.handle_inbound_message(message_id)


@periodic(timedelta(hours=6))
def forget_stale_intakes() -> None:
    """Unfinished intakes do not keep the customer's words for ever."""
    services.forget_stale_intakes()
