"""Reads for the admin console (what waits for a person) and for inbound processing."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from marketplace.channels.models import (
    PARTLY_UNREADABLE,
    PROBLEM_INBOX,
    Customer,
    DeliveryEvent,
    Direction,
    InboxEvent,
    InboxStatus,
    Message,
    MessageStatus,
)
from marketplace.db import db

# Outbound messages the customer's device has (or will have) shown.
SHOWN_STATUSES = (MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.READ)


def last_offered_choices(customer: Customer) -> list[dict[str, Any]]:
    """The choices of the last message the customer was shown (for "2" meaning option 2)."""
    last = db.session.scalar(sa.select(Message).where(
        Message.customer_id == customer.id, Message.direction == Direction.OUTBOUND,
        Message.status.in_(SHOWN_STATUSES))
        .order_by(Message.id.desc()).limit(1))
    return list((last.payload or {}).get("choices") or []) if last is not None else []


# --- what waits for a person (admin console) --------------------------------------------


def _inbox_problem_filter(*, include_reviewed: bool = False) -> list[Any]:
    conditions = [sa.or_(InboxEvent.status.in_(PROBLEM_INBOX),
                         sa.and_(InboxEvent.status == InboxStatus.PROCESSED,
                                 InboxEvent.error.startswith(PARTLY_UNREADABLE)))]
    if not include_reviewed:
        conditions.append(InboxEvent.reviewed_at.is_(None))
    return conditions


def _outbound_problem_filter() -> list[Any]:
    return [Message.direction == Direction.OUTBOUND, Message.needs_attention.is_(True),
            Message.status.in_([MessageStatus.HELD, MessageStatus.FAILED,
                                MessageStatus.UNKNOWN])]


def list_inbox_problems(*, include_reviewed: bool, limit: int) -> list[InboxEvent]:
    return list(db.session.scalars(sa.select(InboxEvent).where(
        *_inbox_problem_filter(include_reviewed=include_reviewed))
        .order_by(InboxEvent.id.desc()).limit(limit)))


def list_outbound_problems(*, limit: int) -> list[Message]:
    return list(db.session.scalars(sa.select(Message).where(*_outbound_problem_filter())
                                   .order_by(Message.id.desc()).limit(limit)))


def count_inbox_problems() -> int:
    return db.session.scalar(sa.select(sa.func.count(InboxEvent.id)).where(
        *_inbox_problem_filter())) or 0


def count_outbound_problems() -> int:
    return db.session.scalar(sa.select(sa.func.count(Message.id)).where(
        *_outbound_problem_filter())) or 0


def delivery_history(message_id: int) -> list[DeliveryEvent]:
    """Every recorded delivery state of one outbound message, oldest first."""
    return list(db.session.scalars(sa.select(DeliveryEvent).where(
        DeliveryEvent.message_id == message_id).order_by(DeliveryEvent.id)))


def oldest_outbound_problem(status: MessageStatus) -> tuple[int, Any]:
    """How many held (or failed) messages wait for a person, and when the oldest was made."""
    row = db.session.execute(sa.select(sa.func.count(Message.id), sa.func.min(Message.created_at))
                             .where(*_outbound_problem_filter(), Message.status == status)).one()
    return row[0] or 0, row[1]


def oldest_inbox_problem() -> tuple[int, Any]:
    """How many webhook events wait for a person, and when the oldest arrived."""
    row = db.session.execute(sa.select(sa.func.count(InboxEvent.id),
                                       sa.func.min(InboxEvent.created_at))
                             .where(*_inbox_problem_filter())).one()
    return row[0] or 0, row[1]
