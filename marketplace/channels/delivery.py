"""Sending queued messages through their channel: the gate again, retries, re-drive, admin.

The only module that talks to a channel adapter's `send`. Every send, retry and admin
re-send asks `gate.decide` at that moment: the customer may have written STOP or the
24-hour window may have closed since the message was queued.

At-least-once, made visible: before the provider call the message is committed as
`sending` with a fresh attempt id, and the outcome is committed after it. A worker killed
between the two leaves the row in `sending`; the re-drive sweep does not send it again
(neither WhatsApp, Messenger nor Telegram takes an idempotency key, so a repeat would reach
the customer twice) but marks it `unknown` for a person, who sends again deliberately,
marks it delivered or discards it. A provider call that got no answer ends the same way.
Only a channel whose send is idempotent (the web chat: the row is the delivery) is re-driven.

A job that answers the customer itself (`channels.pipeline`) writes its reply already as
`sending` with its attempt id (`claim_for_sending_here`) and calls the provider right after
that commit (`send_after_commit`): one job and one commit fewer per reply, the same record.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _

from marketplace import clock, tasks
from marketplace.channels import delivery_log, gate, hooks, inbound, pipeline, registry
from marketplace.channels import tasks as channel_tasks
from marketplace.channels.base import (
    ChannelError,
    MediaNotReady,
    MediaRefused,
    Outbound,
    OutboundMedia,
    Recipient,
    SendResult,
)
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
# A message still `sending` after this has no live send behind it: longer than the HTTP
# timeouts (channels.http) and the task timeout (TASK_DEFAULT_TIMEOUT, 180 s) together.
SENDING_TIMEOUT = timedelta(minutes=5)
# WhatsApp's pair rate limit: retry after 4^X seconds.
PAIR_RATE_LIMIT_CODE = "131056"
# A message whose file is still being cleaned is tried again this soon, for this long.
MEDIA_WAIT_SECONDS = 2.0
MEDIA_WAIT_PATIENCE = timedelta(minutes=2)
# The error code of a message whose outcome nobody knows (shown to admins).
DELIVERY_UNKNOWN = "delivery_unknown"


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
    """Send one queued outbound message through its channel (safe to run twice).

    Two commits by design: `sending` before the provider call, the outcome after it.
    """
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
    try:
        media = _outbound_media(outbound)
    except MediaNotReady:
        _wait_for_media(message, now)
        db.session.commit()
        return
    except MediaRefused:
        _fail(message, "media_refused", "The file did not pass the check and was not sent.")
        db.session.commit()
        return
    recipient = recipient_for(customer)
    attempt_id = uuid.uuid4().hex
    message.attempts += 1
    message.attempt_id = attempt_id
    message.sending_since = now
    delivery_log.move(message, MessageStatus.SENDING, note=f"attempt {message.attempts}")
    db.session.commit()
    try:
        result = adapter.send(recipient, outbound, as_template=decision.as_template, media=media)
    except ChannelError as error:
        _record_outcome(message_id, attempt_id, error=error)
        return
    _record_outcome(message_id, attempt_id, result=result)


def claim_for_sending_here(message: Message) -> bool:
    """A new outbound row that the caller's own job will send right after its commit:
    `sending` with a fresh attempt id, written with the row itself, so the attempt is on
    record before the provider call as in `deliver_message`. False (nothing changed) when
    the channel cannot send; the row then stays queued for a `messages` job."""
    if registry.get_adapter(message.channel) is None:
        return False
    message.attempts = (message.attempts or 0) + 1
    message.attempt_id = uuid.uuid4().hex
    message.sending_since = clock.now()
    message.status = MessageStatus.SENDING
    return True


def send_after_commit(message: Message, decision: gate.Decision) -> None:
    """After `claim_for_sending_here` and the row's flush: record the attempt and call the
    provider once the caller's unit of work has committed (retries, unknown outcomes and
    the sweep work as for `deliver_message`). What the call needs is read now, before the
    commit expires the rows."""
    delivery_log.note_change(message, MessageStatus.QUEUED, note=f"attempt {message.attempts}")
    outbound = Outbound.from_json(message.payload)
    pipeline.after_commit_quietly(
        _send_claimed, message.id, message.attempt_id, message.channel,
        recipient_for(message.customer), outbound, decision.as_template,
        _outbound_media(outbound))


def _send_claimed(message_id: int, attempt_id: str, channel: str, recipient: Recipient,
                  outbound: Outbound, as_template: bool, media: OutboundMedia | None) -> None:
    adapter = registry.get_adapter(channel)
    try:
        result = adapter.send(recipient, outbound, as_template=as_template, media=media)
    except ChannelError as error:
        _record_outcome(message_id, attempt_id, error=error)
        return
    _record_outcome(message_id, attempt_id, result=result)


def _record_outcome(message_id: int, attempt_id: str, *, result: SendResult | None = None,
                    error: ChannelError | None = None) -> None:
    """Commit what the provider answered to one attempt."""
    if result is not None and _record_sent(message_id, attempt_id, result):
        return
    message = _load_for_update(message_id)
    if message is None:
        db.session.rollback()
        return
    now = clock.now()
    current = (message.attempt_id == attempt_id
               and message.status in (MessageStatus.SENDING, MessageStatus.UNKNOWN))
    if not current:
        # A person or the sweep moved on while the call hung; keep the late answer on record.
        late = (f"late answer to attempt {attempt_id}: "
                + (f"sent as {result.provider_message_id}" if result else f"error {error.code}"))
        delivery_log.note_change(message, message.status, note=late)
    elif error is None:
        message.provider_message_id = result.provider_message_id
        message.sent_at = now
        message.next_attempt_at = None
        message.needs_attention = False
        message.error_code = None
        message.error_detail = None
        delivery_log.move(message, MessageStatus.SENT)
    elif error.outcome_unknown:
        _mark_unknown(message, f"no answer from the provider ({error.detail or error.code})")
    else:
        _after_send_error(message, error, now)
    db.session.commit()


def _record_sent(message_id: int, attempt_id: str, result: SendResult) -> bool:
    """The usual answer, in one statement: the attempt still in flight becomes `sent`.
    False (nothing written) when the row moved on meanwhile; the caller then reads it."""
    now = clock.now()
    if db.engine.dialect.name == "postgresql":
        # No wait for the disk: a database crash could lose only this record, leaving the
        # attempt `sending`, which the sweep shows a person as unknown (at-least-once,
        # visible). The `sending` mark before the call is always committed durably.
        db.session.execute(sa.text("SET LOCAL synchronous_commit TO OFF"))
    sent = db.session.execute(
        sa.update(Message).where(Message.id == message_id, Message.attempt_id == attempt_id,
                                 Message.status == MessageStatus.SENDING)
        .values(status=MessageStatus.SENT, provider_message_id=result.provider_message_id,
                sent_at=now, next_attempt_at=None, needs_attention=False, error_code=None,
                error_detail=None, updated_at=now)
        .execution_options(synchronize_session=False)).rowcount
    if not sent:
        db.session.rollback()
        return False
    delivery_log.note_move_of(message_id, attempt_id, MessageStatus.SENDING, MessageStatus.SENT)
    db.session.commit()
    return True


def _fail(message: Message, code: str, detail: str) -> None:
    message.needs_attention = True
    message.error_code = code
    message.error_detail = detail[:2000]
    message.next_attempt_at = None
    delivery_log.move(message, MessageStatus.FAILED, note=f"{code}: {detail}")


def _wait_for_media(message: Message, now: datetime) -> None:
    """Try again once the file is likely cleaned: soon at first, then at the sweep's pace
    (the cleaning worker may be busy or down; the sweep re-drives due messages)."""
    wait = MEDIA_WAIT_SECONDS if now - message.created_at < MEDIA_WAIT_PATIENCE else 30.0
    if message.next_attempt_at is None:
        delivery_log.note_change(message, message.status, note="waiting for the file's check")
    message.next_attempt_at = now + timedelta(seconds=wait)
    if current_app.extensions.get("redis") is not None:
        tasks.enqueue(channel_tasks.deliver_message, message.id, queue="messages",
                      delay=timedelta(seconds=wait), retry=False)


def _mark_unknown(message: Message, detail: str) -> None:
    message.needs_attention = True
    message.error_code = DELIVERY_UNKNOWN
    message.error_detail = detail[:2000]
    message.next_attempt_at = None
    delivery_log.move(message, MessageStatus.UNKNOWN, note=detail)


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
    wait = max(wait, 1.0)
    message.error_code = error.code
    message.error_detail = (error.detail or str(error))[:2000]
    message.next_attempt_at = now + timedelta(seconds=wait)
    delivery_log.move(message, MessageStatus.QUEUED,
                      note=f"{error.code}: retry in {wait:.0f} s")
    if current_app.extensions.get("redis") is not None:
        tasks.enqueue(channel_tasks.deliver_message, message.id, queue="messages",
                      delay=timedelta(seconds=wait), retry=False)


# --- the re-drive sweep ------------------------------------------------------------------


def redrive_stuck() -> dict[str, int]:
    """Re-schedule queued messages that are due, settle sends nobody finished, and re-drive
    inbox events nobody processed and customer messages stored but never handed to the
    conversation (a queue outage at the time)."""
    now = clock.now()
    due = list(db.session.scalars(sa.select(Message.id).where(
        Message.direction == Direction.OUTBOUND, Message.status == MessageStatus.QUEUED,
        sa.or_(sa.and_(Message.next_attempt_at.is_(None), Message.created_at <= now - STUCK_AFTER),
               Message.next_attempt_at <= now)).limit(500)))
    unfinished = _settle_unfinished_sends(now)
    for message_id in due + unfinished:
        tasks.enqueue(channel_tasks.deliver_message, message_id, queue="messages")
    inbox_ids = inbound.stuck_inbox_ids(now, STUCK_AFTER)
    for inbox_id in inbox_ids:
        tasks.enqueue(channel_tasks.process_inbox_event, inbox_id, queue=tasks.INBOX_QUEUE)
    unhandled = inbound.redrive_unhandled(now, STUCK_AFTER)
    db.session.commit()
    return {"messages": len(due) + len(unfinished), "inbox_events": len(inbox_ids),
            "customer_messages": unhandled}


def _settle_unfinished_sends(now: datetime) -> list[int]:
    """Messages left `sending` past the timeout: the worker died or hung mid-call.

    Re-queued (returned) only where a repeat cannot reach the customer twice; otherwise
    marked unknown for a person. Building block of the sweep (no commit).
    """
    stale = db.session.scalars(sa.select(Message).where(
        Message.direction == Direction.OUTBOUND, Message.status == MessageStatus.SENDING,
        Message.sending_since <= now - SENDING_TIMEOUT).limit(500).with_for_update())
    requeued = []
    for message in stale:
        adapter = registry.get_adapter(message.channel)
        if adapter is not None and getattr(adapter, "idempotent_send", False):
            delivery_log.move(message, MessageStatus.QUEUED,
                              note="no outcome recorded; this channel takes a repeat safely")
            requeued.append(message.id)
        else:
            _mark_unknown(message, f"still sending after {SENDING_TIMEOUT}: the worker "
                                   "stopped during the provider call")
    return requeued


# --- admin actions ---------------------------------------------------------------------------


def _outbound_or_404(message_id: int) -> Message:
    message = db.session.get(Message, message_id)
    if message is None or message.direction != Direction.OUTBOUND:
        raise NotFound()
    return message


def retry_outbound(message_id: int, *, actor: Any) -> Message:
    """An admin sends a held, failed or unknown message again, deliberately; the gate
    applies again. One commit."""
    message = _outbound_or_404(message_id)
    if message.status not in (MessageStatus.HELD, MessageStatus.FAILED, MessageStatus.UNKNOWN):
        raise Conflict(_("Only held, failed or unknown messages can be sent again."))
    decision = gate.decide(message.customer, Outbound.from_json(message.payload),
                           message.purpose)
    if not decision.may_send:
        raise Conflict(str(gate.REASON_TEXTS[decision.reason]))
    gate.record(message, decision)
    message.needs_attention = False
    message.next_attempt_at = None
    message.attempts = 0
    message.error_detail = f"re-queued by admin {actor.id} at {clock.now().isoformat()}"
    delivery_log.move(message, MessageStatus.QUEUED, actor_id=actor.id,
                      note="sent again by an admin")
    tasks.enqueue(channel_tasks.deliver_message, message.id, queue="messages")
    db.session.commit()
    return message


def mark_delivered(message_id: int, *, actor: Any) -> Message:
    """An admin learned (from the customer, say) that a message of unknown outcome did
    arrive. One commit."""
    message = _outbound_or_404(message_id)
    if message.status != MessageStatus.UNKNOWN:
        raise Conflict(_("Only a message whose delivery is unknown can be marked delivered."))
    message.needs_attention = False
    message.sent_at = message.sending_since or clock.now()
    message.error_detail = ((message.error_detail or "")
                            + f"\nmarked delivered by admin {actor.id} at "
                            f"{clock.now().isoformat()}")
    delivery_log.move(message, MessageStatus.SENT, actor_id=actor.id,
                      note="marked delivered by an admin")
    db.session.commit()
    return message


def dismiss_outbound(message_id: int, *, actor: Any) -> Message:
    """An admin looked at a held, failed or unknown message and decided not to send it
    (again). An unknown outcome stays unknown. One commit."""
    message = _outbound_or_404(message_id)
    before = message.status
    message.needs_attention = False
    if message.status == MessageStatus.HELD:
        message.status = MessageStatus.FAILED
    message.error_detail = ((message.error_detail or "")
                            + f"\ndismissed by admin {actor.id} at {clock.now().isoformat()}")
    delivery_log.note_change(message, before, actor_id=actor.id, note="discarded by an admin")
    db.session.commit()
    return message
