"""STOP and START: the customer's choice to hear from the platform, and its record.

Building blocks other services call inside their own unit of work (no commits).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from marketplace import clock
from marketplace.channels import gate
from marketplace.channels.base import Outbound
from marketplace.channels.models import (
    Customer,
    CustomerPreferenceEvent,
    Direction,
    Message,
    MessageStatus,
    PreferenceChange,
)
from marketplace.db import db


def _record_preference(customer: Customer, change: PreferenceChange, message: Message | None,
                       actor: Any | None) -> None:
    db.session.add(CustomerPreferenceEvent(
        customer_id=customer.id, change=change,
        message_id=None if message is None else message.id,
        actor_id=None if actor is None else actor.id))


def record_opt_out(customer: Customer, *, message: Message | None = None,
                   actor: Any | None = None) -> None:
    """The customer wrote STOP (or a person recorded it): nothing more is sent but what the
    gate still allows after STOP (the confirmation, data-protection answers). No commit."""
    if customer.opted_out_at is None:
        customer.opted_out_at = clock.now()
    _record_preference(customer, PreferenceChange.OPT_OUT, message, actor)
    # Messages waiting to go out are judged again now, by the same rules as delivery.
    for pending in db.session.scalars(sa.select(Message).where(
            Message.customer_id == customer.id, Message.direction == Direction.OUTBOUND,
            Message.status.in_([MessageStatus.QUEUED, MessageStatus.HELD]))):
        decision = gate.decide(customer, Outbound.from_json(pending.payload), pending.purpose)
        if decision.verdict is gate.Verdict.REFUSE:
            gate.record(pending, decision)


def record_opt_in(customer: Customer, *, message: Message | None = None,
                  actor: Any | None = None) -> None:
    """The customer wrote again and asked to hear from the platform. No commit."""
    customer.opted_out_at = None
    _record_preference(customer, PreferenceChange.OPT_IN, message, actor)
