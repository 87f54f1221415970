"""The record of an outbound message's delivery states (`DeliveryEvent`), one row per change.

Every change a person could ask about later (queued again, sending, sent, failed, unknown,
an admin's decision) is written here together with the change itself, in the same unit of
work, so the record and the row never disagree.
"""

from __future__ import annotations

from marketplace.channels.models import DeliveryEvent, Message, MessageStatus
from marketplace.db import db


def move(message: Message, to_status: MessageStatus, *, note: str | None = None,
         actor_id: int | None = None) -> None:
    """Set the message's status and record the change (no commit)."""
    from_status = message.status
    message.status = to_status
    note_change(message, from_status, note=note, actor_id=actor_id)


def note_change(message: Message, from_status: str | None, *, note: str | None = None,
                actor_id: int | None = None) -> None:
    """Record a change already made to the row (or a decision that kept its status)."""
    db.session.add(DeliveryEvent(message_id=message.id, attempt_id=message.attempt_id,
                                 from_status=from_status, to_status=message.status,
                                 actor_id=actor_id, note=(note or "")[:2000] or None))



def note_move_of(message_id: int, attempt_id: str | None, from_status: str, to_status: str,
                 *, note: str | None = None) -> None:
    """Record a change written by a statement of its own, without loading the row."""
    db.session.add(DeliveryEvent(message_id=message_id, attempt_id=attempt_id,
                                 from_status=from_status, to_status=to_status,
                                 note=(note or "")[:2000] or None))
