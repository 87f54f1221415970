"""Messages held only because the 24-hour window was closed go out once the customer
writes again: the window is open, so the gate lets them through without a template."""

from __future__ import annotations

import sqlalchemy as sa

from marketplace import clock, tasks
from marketplace.channels import delivery_log, gate
from marketplace.channels import tasks as channel_tasks
from marketplace.channels.base import Outbound
from marketplace.channels.models import Customer, Direction, Message, MessageStatus
from marketplace.db import db


def release_window_held(customer: Customer) -> list[int]:
    """Queue, in their original order, the customer's messages held for a closed window that
    the gate now lets through. Building block of inbound processing (no commit)."""
    held = db.session.scalars(sa.select(Message).where(
        Message.customer_id == customer.id, Message.direction == Direction.OUTBOUND,
        Message.status == MessageStatus.HELD,
        Message.gate_reason == gate.Reason.WINDOW_CLOSED).order_by(Message.id))
    released = []
    for message in held:
        decision = gate.decide(customer, Outbound.from_json(message.payload), message.purpose)
        if not decision.may_send:
            continue
        gate.record(message, decision)
        delivery_log.move(message, MessageStatus.QUEUED,
                          note="held for a closed window; the customer wrote again")
        message.needs_attention = False
        message.error_code = None
        message.error_detail = (f"held for a closed window; released when the customer "
                                f"wrote again at {clock.now().isoformat()}")
        tasks.enqueue(channel_tasks.deliver_message, message.id, queue="messages")
        released.append(message.id)
    return released
