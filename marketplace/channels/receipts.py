"""Providers' reports on our outbound messages: sent, delivered, read, failed.

A building block of inbox processing (no commit). Statuses only move forward: providers
deliver reports late, twice and out of order.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from marketplace import clock
from marketplace.channels import delivery_log
from marketplace.channels.base import DeliveryStatus
from marketplace.channels.models import Customer, Direction, Message, MessageStatus
from marketplace.db import db

STATUS_RANK = {
    MessageStatus.QUEUED: 0,
    MessageStatus.HELD: 0,
    MessageStatus.SENT: 1,
    MessageStatus.DELIVERED: 2,
    MessageStatus.READ: 3,
}
PROVIDER_STATUS = {
    "sent": MessageStatus.SENT,
    "delivered": MessageStatus.DELIVERED,
    "read": MessageStatus.READ,
    "played": MessageStatus.READ,  # a voice message played has also been read
    "failed": MessageStatus.FAILED,
}


def apply_delivery_status(status: DeliveryStatus) -> bool:
    """Move outbound messages forward only; unknown ids and regressions are ignored.

    Returns whether anything changed.
    """
    new_status = PROVIDER_STATUS.get(status.status)
    if new_status is None:
        return False
    at = (datetime.fromtimestamp(status.timestamp_epoch, UTC)
          if status.timestamp_epoch else clock.now())
    if status.watermark_epoch_ms is not None:
        return _apply_watermark(status, new_status)
    message = db.session.scalar(sa.select(Message).where(
        Message.channel == status.channel, Message.direction == Direction.OUTBOUND,
        Message.provider_message_id == status.provider_message_id))
    if message is None:
        return False
    return _move_forward(message, new_status, at, status)


def _move_forward(message: Message, new_status: MessageStatus, at: datetime,
                  status: DeliveryStatus | None = None) -> bool:
    current = MessageStatus(message.status)
    if current is MessageStatus.FAILED:
        return False
    if new_status is MessageStatus.FAILED:
        if current is MessageStatus.READ:
            return False
        message.needs_attention = True
        message.error_code = (status.error_code if status else None) or "failed"
        message.error_detail = (status.error_title if status else None) or ""
        delivery_log.move(message, MessageStatus.FAILED,
                          note=f"provider receipt: failed ({message.error_code})")
        return True
    if STATUS_RANK.get(new_status, 0) <= STATUS_RANK.get(current, 0):
        return False
    delivery_log.move(message, new_status, note=f"provider receipt: {new_status}")
    message.sent_at = message.sent_at or at
    if STATUS_RANK[new_status] >= STATUS_RANK[MessageStatus.DELIVERED]:
        # Read without a delivered report: read implies delivered.
        message.delivered_at = message.delivered_at or at
    if new_status is MessageStatus.READ:
        message.read_at = message.read_at or at
    return True


def _apply_watermark(status: DeliveryStatus, new_status: MessageStatus) -> bool:
    customer = db.session.scalar(sa.select(Customer).where(
        Customer.channel == status.channel, Customer.external_id == status.recipient_id))
    if customer is None:
        return False
    watermark = datetime.fromtimestamp(status.watermark_epoch_ms / 1000, UTC)
    changed = False
    for message in db.session.scalars(sa.select(Message).where(
            Message.customer_id == customer.id, Message.direction == Direction.OUTBOUND,
            Message.sent_at.is_not(None), Message.sent_at <= watermark)):
        changed = _move_forward(message, new_status, watermark) or changed
    return changed
