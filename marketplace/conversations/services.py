"""The intake conversation: turns a customer's messages into a job request."""

from __future__ import annotations

from marketplace.channels.models import Direction, Message, MessageStatus
from marketplace.db import db


def handle_inbound_message(message_id: int) -> None:
    """Process one inbound message once; a second call for the same message does nothing."""
    message = db.session.get(Message, message_id)
    if message is None or message.direction != Direction.INBOUND:
        return
    if message.status == MessageStatus.HANDLED:
        return
    message.status = MessageStatus.HANDLED
    db.session.commit()
