"""Sending queued messages through their channel: the gate again, retries, re-drive, admin.

The only module that talks to a channel adapter's `send`. Every send, retry and admin
re-send asks `gate.decide` at that moment: the customer may have written STOP or the
24-hour window may have closed since the message was queued. Each public function is one
unit of work and commits once.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _

from marketplace import clock, tasks
from marketplace.channels import gate, hooks, inbound, registry
from marketplace.channels import tasks as channel_tasks
from marketplace.channels.base import ChannelError, Outbound, OutboundMedia, Recipient
from marketplace.channels.models import (
    Customer,
    Direction,
    Message,
    MessageStatus,
)
from marketplace.db import db
from marketplace.errors import Conflict, NotFound

MAX_DELIVERY_ATTEMPTS = 6
# Seconds to wait before attempt n+1 (n = attempts so far); the sweep picks them up when due.
RETRY_BACKOFF_SECONDS = (10, 30, 120, 600, 1800, 3600)
# A queued message older than this with nothing scheduled is stuck (lost task, Redis outage).
STUCK_AFTER = timedelta(minutes=2)
# WhatsApp's pair rate limit: retry after 4^X seconds.
PAIR_RATE_LIMIT_CODE = "131056"


def recipient_for(customer: Customer) -> Recipient:
    return Recipient(external_id=customer.external_id, phone=customer.phone,
                     language=customer.language or "de")


def _outbound_media(outbound: Outbound) -> OutboundMedia | None:
    if outbound.media_file_id is None:
        return None
    return hooks.outbound_media(outbound.media_file_id)


def _load_for_update(message_id: int) -> Message | None:
    return db.session.execute(sa.select(Message).where(Message.id == message_id)
                              .with_for_update()).scalar_one_or_none()


def deliver_message(message_id: int) -> None:
    """Send one queued outbound message through its channel (safe to run twice)."""
    message = _load_for_update(message_id)
    if (message is None or message.direction != Direction.OUTBOUND
            or message.status != MessageStatus.QUEUED):
        db.session.rollback()
        return
    now = clock.now()
    if message.next_attempt_at is not None and message.next_attempt_at > now:
        db.session.rollback()
        return
    customer = message.customer
    outbound = Outbound.from_json(message.payload)
    decision = gate.decide(customer, outbound, message.purpose, at=now)
    gate.record(message, decision)
    if not decision.may_send:
        db.session.commit()
        return
    adapter = registry.get_adapter(message.channel)
    if adapter is None:
        _fail(message, "channel_off", "This channel is not configured (its secrets are unset).")
        db.session.commit()
        return
    message.attempts += 1
    try:
        media = _outbound_media(outbound)
        result = adapter.send(recipient_for(customer), outbound,
                              as_template=decision.as_template, media=media)
    except ChannelError as error:
        _after_send_error(message, error, now)
        db.session.commit()
        return
    message.status = MessageStatus.SENT
    message.provider_message_id = result.provider_message_id
    message.sent_at = now
    message.next_attempt_at = None
    message.error_code = None
    message.error_detail = None
    db.session.commit()


def _fail(message: Message, code: str, detail: str) -> None:
    message.status = MessageStatus.FAILED
    message.needs_attention = True
    message.error_code = code
    message.error_detail = detail[:2000]
    message.next_attempt_at = None


def _after_send_error(message: Message, error: ChannelError, now: datetime) -> None:
    if not error.retryable or message.attempts >= MAX_DELIVERY_ATTEMPTS:
        _fail(message, error.code, error.detail or str(error))
        return
    if error.retry_after is not None:
        wait = float(error.retry_after)
    elif error.code == PAIR_RATE_LIMIT_CODE:
        wait = float(4 ** message.attempts)
    else:
        wait = float(RETRY_BACKOFF_SECONDS[min(message.attempts - 1,
                                               len(RETRY_BACKOFF_SECONDS) - 1)])
    message.error_code = error.code
    message.error_detail = (error.detail or str(error))[:2000]
    message.next_attempt_at = now + timedelta(seconds=max(wait, 1.0))
    if current_app.extensions.get("redis") is not None:
        tasks.enqueue(channel_tasks.deliver_message, message.id, queue="messages",
                      delay=timedelta(seconds=max(wait, 1.0)), retry=False)


# --- the re-drive sweep ------------------------------------------------------------------


def redrive_stuck() -> dict[str, int]:
    """Re-schedule queued messages that are due, inbox events nobody processed and customer
    messages stored but never handed to the conversation (a queue outage at the time)."""
    now = clock.now()
    due = list(db.session.scalars(sa.select(Message.id).where(
        Message.direction == Direction.OUTBOUND, Message.status == MessageStatus.QUEUED,
        sa.or_(sa.and_(Message.next_attempt_at.is_(None), Message.created_at <= now - STUCK_AFTER),
               Message.next_attempt_at <= now)).limit(500)))
    for message_id in due:
        tasks.enqueue(channel_tasks.deliver_message, message_id, queue="messages")
    inbox_ids = inbound.stuck_inbox_ids(now, STUCK_AFTER)
    for inbox_id in inbox_ids:
        tasks.enqueue(channel_tasks.process_inbox_event, inbox_id, queue="messages")
    unhandled = inbound.redrive_unhandled(now, STUCK_AFTER)
    db.session.commit()
    return {"messages": len(due), "inbox_events": len(inbox_ids), "customer_messages": unhandled}


# --- admin actions ---------------------------------------------------------------------------


def _outbound_or_404(message_id: int) -> Message:
    message = db.session.get(Message, message_id)
    if message is None or message.direction != Direction.OUTBOUND:
        raise NotFound()
    return message


def retry_outbound(message_id: int, *, actor: Any) -> Message:
    """An admin sends a held or failed message again; the gate applies again. One commit."""
    message = _outbound_or_404(message_id)
    if message.status not in (MessageStatus.HELD, MessageStatus.FAILED):
        raise Conflict(_("Only held or failed messages can be sent again."))
    decision = gate.decide(message.customer, Outbound.from_json(message.payload),
                           message.purpose)
    if not decision.may_send:
        raise Conflict(str(gate.REASON_TEXTS[decision.reason]))
    gate.record(message, decision)
    message.status = MessageStatus.QUEUED
    message.needs_attention = False
    message.next_attempt_at = None
    message.attempts = 0
    message.error_detail = f"re-queued by admin {actor.id} at {clock.now().isoformat()}"
    tasks.enqueue(channel_tasks.deliver_message, message.id, queue="messages")
    db.session.commit()
    return message


def dismiss_outbound(message_id: int, *, actor: Any) -> Message:
    """An admin looked at a held or failed message and decided not to send it. One commit."""
    message = _outbound_or_404(message_id)
    message.needs_attention = False
    if message.status == MessageStatus.HELD:
        message.status = MessageStatus.FAILED
    message.error_detail = ((message.error_detail or "")
                            + f"\ndismissed by admin {actor.id} at {clock.now().isoformat()}")
    db.session.commit()
    return message

