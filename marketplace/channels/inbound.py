"""Messages from customers: process a stored webhook (the inbox), keep each message.

`channels.ingest` stores a webhook in the request (providers want their 200 fast);
`process_inbox_event` runs in a task and turns the POST into customers, messages, media
and status updates. A customer message the conversation should answer is announced with
`signals.customer_message_stored` and answered in the same job and unit of work
(`channels.pipeline`, `hooks.answer_stored_message`). Each public function is one unit of
work and commits once, except `build_inbound_message`/`new_upload_message` (building
blocks).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError

from marketplace import clock, tasks
from marketplace.channels import hooks, outbound, pipeline, queries, registry, signals
from marketplace.channels import tasks as channel_tasks
from marketplace.channels.base import (
    MEDIA_KINDS,
    PARSE_ERRORS,
    ChannelError,
    InboundEvent,
    MessageKind,
    Outbound,
    Purpose,
)
from marketplace.channels.customers import customer_for, follow_identity_change
from marketplace.channels.models import (
    PARTLY_UNREADABLE,
    Customer,
    Direction,
    InboxEvent,
    InboxStatus,
    Message,
    MessageStatus,
)
from marketplace.channels.receipts import apply_delivery_status
from marketplace.db import call_after_commit, db
from marketplace.errors import NotFound

log = logging.getLogger(__name__)

# Customer messages the conversation answers; reactions, edits, revokes and system notices
# are stored for the record but ask nothing of the platform.
HANDED_OFF_KINDS = frozenset({
    MessageKind.TEXT, MessageKind.IMAGE, MessageKind.VIDEO, MessageKind.AUDIO,
    MessageKind.DOCUMENT, MessageKind.STICKER, MessageKind.LOCATION, MessageKind.CONTACTS,
    MessageKind.CHOICE, MessageKind.EDIT,
})
# WhatsApp webhook error: the customer's file is over the 100 MB the Cloud API accepts.
MEDIA_TOO_BIG_CODE = "131052"
# Processing attempts after which a failed inbox event waits for a person only.
MAX_INBOX_ATTEMPTS = 5
# Hand-offs of one customer message to the conversation by the sweep; an older message
# is not answered late by a bot.
MAX_HANDOFF_ATTEMPTS = 5
UNHANDLED_MAX_AGE = timedelta(days=1)


# --- hand-offs ------------------------------------------------------------------------------


def _enqueue_quietly(task: Any, *args: Any, queue: str = "messages") -> None:
    """After a commit: hand a task to the queue; an outage is logged, never raised (what was
    committed stays, and the sweep or the next event makes up for it)."""
    try:
        tasks.dispatch(tasks.task_path(task), args, queue=queue)
    except Exception:
        log.exception("could not hand %s%r to the queue", tasks.task_path(task), args)


def hand_off_quietly(message_id: int) -> bool:
    """After the commit that stored a customer message: hand it to the conversation.

    The row is stored, so a queue outage must not fail the caller (a 500 would make the
    customer resend what we have): the failure is logged, the re-drive sweep hands the
    message off later. One commit. Returns False when the hand-off could not go out.
    """
    try:
        message = db.session.get(Message, message_id)
        if message is None or message.status != MessageStatus.RECEIVED:
            return True
        signals.customer_message_stored.send(message)
        db.session.commit()
    except Exception:
        db.session.rollback()
        if current_app.extensions.get("redis") is None and current_app.config.get(
                "TASKS_INLINE_RAISE"):
            raise  # inline mode in tests: the conversation itself failed
        log.exception("could not hand message %s to the conversation; the sweep will",
                      message_id)
        return False
    return True


def redrive_unhandled(now: datetime, stuck_after: Any, *, limit: int = 500) -> int:
    """Hand off again customer messages stored but never handled (queue down at the time,
    task lost or failed), a few times and for a day at most. Part of the sweep's unit."""
    messages = list(db.session.scalars(sa.select(Message).where(
        Message.direction == Direction.INBOUND, Message.status == MessageStatus.RECEIVED,
        Message.kind.in_(HANDED_OFF_KINDS), Message.created_at <= now - stuck_after,
        Message.created_at >= now - UNHANDLED_MAX_AGE,
        Message.attempts < MAX_HANDOFF_ATTEMPTS).order_by(Message.id).limit(limit)))
    for message in messages:
        message.attempts += 1
        signals.customer_message_stored.send(message)
    return len(messages)


# --- processing in a task -------------------------------------------------------------------


def _load_for_update(inbox_id: int) -> InboxEvent | None:
    return db.session.execute(sa.select(InboxEvent).where(InboxEvent.id == inbox_id)
                              .with_for_update()).scalar_one_or_none()


# Set while an event is processed without savepoints (`process_inbox_event`).
_ONE_PIECE = "channels.inbox_in_one_piece"


def process_inbox_event(inbox_id: int) -> None:
    """Turn one stored POST into customers, messages, media and status updates (idempotent),
    and answer its customer messages in this same job (`pipeline`).

    One commit stores the messages and the conversation's answer to them (its replies
    claimed for sending); the replies are sent right after that commit.

    The savepoints that let a duplicate message (or customer) and a failing bot undo only
    their own part cost four round trips per message (SAVEPOINT, RELEASE, twice) for what
    almost never happens. So the event is first processed in one piece, without them; if
    anything fails before the commit, all of it is rolled back (nothing was sent: replies
    go out after the commit) and the event is processed again with the savepoints, which
    decide as before (a duplicate stored once, a bot failure leaves the message stored for
    the sweep).
    """
    with pipeline.answering_here():
        db.session.info[_ONE_PIECE] = True
        try:
            _process_inbox_event(inbox_id)
            return
        except Exception:
            db.session.rollback()
            log.info("inbox event %s: processed again with savepoints", inbox_id,
                     exc_info=True)
        finally:
            db.session.info.pop(_ONE_PIECE, None)
        _process_inbox_event(inbox_id)


def _savepoint() -> Any:
    """A savepoint, or nothing while the event is processed in one piece."""
    if db.session.info.get(_ONE_PIECE):
        return contextlib.nullcontext()
    return db.session.begin_nested()


def _process_inbox_event(inbox_id: int) -> None:
    inbox = _load_for_update(inbox_id)
    if inbox is None or inbox.status not in (InboxStatus.RECEIVED, InboxStatus.FAILED):
        db.session.rollback()
        return
    adapter = registry.get_adapter(inbox.channel)
    if adapter is None:
        inbox.attempts += 1
        inbox.status = InboxStatus.FAILED
        inbox.error = "channel is not configured"
        db.session.commit()
        return
    try:
        batch = adapter.parse(json.loads(inbox.raw_body))
    except PARSE_ERRORS as exc:
        inbox.attempts += 1
        inbox.status = InboxStatus.MALFORMED
        inbox.error = f"{type(exc).__name__}: {exc}"[:2000]
        inbox.processed_at = clock.now()
        db.session.commit()
        return
    handed_off: list[Message] = []
    for event in batch.events:
        message = _store_inbound(event, handed_off)
        if message is not None and event.kind is MessageKind.CHOICE and event.extra.get(
                "callback_query_id"):
            batch.callbacks_to_answer.append(event.extra["callback_query_id"])
    for status in batch.statuses:
        apply_delivery_status(status)
    notes = list(batch.notices)
    if batch.problems:
        # The good messages are processed; the unreadable ones wait for a person.
        notes[:0] = [PARTLY_UNREADABLE, *batch.problems]
    # Set only now, after the messages' flushes: the event row is written once.
    inbox.attempts += 1
    if batch.foreign_recipients:
        inbox.status = InboxStatus.QUARANTINED
        notes.insert(0, "addressed to an id that is not ours: "
                     + ", ".join(sorted(set(batch.foreign_recipients))))
    else:
        inbox.status = InboxStatus.PROCESSED
    inbox.error = "\n".join(notes)[:4000] or None
    inbox.processed_at = clock.now()
    for callback_id in batch.callbacks_to_answer:
        call_after_commit(_enqueue_quietly, channel_tasks.answer_callback, inbox.channel,
                          callback_id)
    for message in handed_off:
        _announce_stored(message)
    db.session.commit()


def _announce_stored(message: Message) -> None:
    """Announce a stored customer message and let the conversation answer it, inside the
    storing unit of work (one commit for the message, its answer and the reply's claim).

    A receiver or the bot that fails undoes only its own part (a savepoint) and what it
    scheduled: the message stays stored and unhandled, and the re-drive sweep hands it off
    again.
    """
    pending = db.session.info.setdefault("after_commit_pending", [])
    scheduled_before = len(pending)
    try:
        with _savepoint():
            signals.customer_message_stored.send(message)
            hooks.answer_stored_message(message)
    except Exception:
        if db.session.info.get(_ONE_PIECE):
            raise  # all of it again, with the savepoint (`process_inbox_event`)
        del db.session.info.get("after_commit_pending", [])[scheduled_before:]
        if current_app.extensions.get("redis") is None and current_app.config.get(
                "TASKS_INLINE_RAISE"):
            raise  # inline mode in tests: the conversation itself failed
        log.exception("could not hand message %s to the conversation; the sweep will",
                      message.id)


def _inbound_exists(event: InboundEvent) -> bool:
    return db.session.scalar(sa.select(Message.id).where(
        Message.channel == event.channel, Message.direction == Direction.INBOUND,
        Message.provider_message_id == event.provider_message_id)) is not None


def _store_inbound(event: InboundEvent, handed_off: list[Message]) -> Message | None:
    """Store one customer message once; a repeat of a known provider id does nothing."""
    seen_at = _customer_wrote_at(event)
    for attempt in range(2):
        try:
            # A repeat of a stored message, or another worker storing the same message or
            # customer at the same moment (providers deliver duplicates, concurrently
            # too): the unique keys decide, so the usual case costs no look-up first.
            with _savepoint():
                # A job that answers its messages holds their customer from here on, as
                # the conversation's own job does (one customer's messages, one at a time).
                customer = customer_for(event, last_inbound_at=seen_at,
                                        lock=pipeline.is_answering_here())
                event = _numbered_choice(customer, event)
                message = build_inbound_message(customer, event)
                db.session.add(message)
                db.session.flush()
            break
        except IntegrityError:
            if db.session.info.get(_ONE_PIECE):
                raise  # the transaction is lost: all of it again, with the savepoint
            if _inbound_exists(event):
                return None
            if attempt:
                raise
    if seen_at is not None and (customer.last_inbound_at is None
                                or seen_at > customer.last_inbound_at):
        customer.last_inbound_at = seen_at
    _register_media(customer, message, event)
    if event.kind is MessageKind.UNSUPPORTED:
        _tell_what_we_can_read(customer, event)
    elif event.kind is MessageKind.SYSTEM:
        follow_identity_change(customer, event)
    elif event.kind in HANDED_OFF_KINDS:
        handed_off.append(message)
    return message


def _numbered_choice(customer: Customer, event: InboundEvent) -> InboundEvent:
    """A bare number answering our last list of choices is that choice.

    Channels that cannot show buttons get a numbered list; "2" then means the second entry.
    """
    answer = event.text.strip().rstrip(".")
    if event.kind is not MessageKind.TEXT or not answer.isdigit() or customer.id is None:
        return event
    choices = queries.last_offered_choices(customer)
    number = int(answer)
    if not choices or not 1 <= number <= len(choices):
        return event
    chosen = choices[number - 1]
    return dataclasses.replace(event, kind=MessageKind.CHOICE, choice_id=chosen["id"],
                               text=chosen.get("title", answer))


def build_inbound_message(customer: Customer, event: InboundEvent) -> Message:
    payload: dict[str, Any] = {}
    if event.choice_id is not None:
        payload["choice_id"] = event.choice_id
    if event.latitude is not None:
        payload["latitude"] = event.latitude
        payload["longitude"] = event.longitude
    if event.refers_to_provider_id:
        payload["refers_to"] = event.refers_to_provider_id
    if event.extra:
        payload["extra"] = {key: value for key, value in event.extra.items()
                            if key not in ("callback_query_id", "language")}
    text = event.text
    if event.kind is MessageKind.UNSUPPORTED and not text:
        text = "[unsupported message]"
    return Message(customer=customer, channel=event.channel, direction=Direction.INBOUND,
                   kind=event.kind, status=MessageStatus.RECEIVED,
                   provider_message_id=event.provider_message_id, text=text[:20000],
                   payload=payload, attempts=0)


def new_upload_message(customer: Customer, caption: str) -> Message:
    """An uploaded file's message, before its provider id (made from the row id) is known."""
    return Message(customer=customer, channel=customer.channel, direction=Direction.INBOUND,
                   kind=MessageKind.IMAGE, status=MessageStatus.RECEIVED,
                   text=(caption or "").strip()[:1024], payload={}, attempts=0)


def _customer_wrote_at(event: InboundEvent) -> datetime | None:
    """When the customer wrote, for the provider's window; None for what does not count."""
    if event.kind in (MessageKind.SYSTEM, MessageKind.REACTION, MessageKind.REVOKE):
        return None
    now = clock.now()
    if not event.sent_at_epoch:
        return now
    # The provider's window runs from when the customer wrote, never from the future.
    return min(datetime.fromtimestamp(event.sent_at_epoch, UTC), now)


def _register_media(customer: Customer, message: Message, event: InboundEvent) -> None:
    if event.kind not in MEDIA_KINDS:
        return
    for ref in event.media:
        hooks.register_inbound_media(customer, message, ref, kind=event.kind)


def _tell_what_we_can_read(customer: Customer, event: InboundEvent | None = None) -> None:
    too_big = event is not None and MEDIA_TOO_BIG_CODE in (event.extra.get("error_codes") or [])
    with force_locale(customer.language):
        if too_big:
            text = _("This file is too large to receive. Please send a smaller file or "
                     "a few photos instead.")
        else:
            text = _("Sorry, I cannot read this kind of message. Please send text, photos, "
                     "videos, voice messages, documents or your location.")
    outbound.queue_outbound(customer, Outbound(text=text), purpose=Purpose.SERVICE_REPLY)


def answer_callback(channel: str, callback_id: str) -> None:
    """Tell the messenger a button tap arrived, so its spinner stops (no DB change)."""
    adapter = registry.get_adapter(channel)
    if adapter is None:
        return
    try:
        adapter.answer_callback(callback_id)
    except ChannelError as error:
        # An unanswered spinner is cosmetic and Telegram expires it on its own.
        log.warning("answering a callback failed: %s", error.code)


# --- the sweep and admin actions --------------------------------------------------------------


def stuck_inbox_ids(now: datetime, stuck_after: Any, *, limit: int = 500) -> list[int]:
    """Inbox events nobody processed in time, and failed ones with attempts left."""
    return list(db.session.scalars(sa.select(InboxEvent.id).where(
        sa.or_(sa.and_(InboxEvent.status == InboxStatus.RECEIVED,
                       InboxEvent.created_at <= now - stuck_after),
               sa.and_(InboxEvent.status == InboxStatus.FAILED,
                       InboxEvent.attempts < MAX_INBOX_ATTEMPTS)))
        .limit(limit)))


def mark_inbox_failed(inbox_id: int, error: str) -> None:
    """Processing raised: keep the event for the sweep and for admins. One commit."""
    inbox = db.session.get(InboxEvent, inbox_id)
    if inbox is None:
        return
    inbox.attempts += 1  # the failed try's own count went with its rollback
    inbox.status = InboxStatus.FAILED
    inbox.error = error[:4000]
    db.session.commit()


def review_inbox_event(inbox_id: int, *, actor: Any) -> InboxEvent:
    """An admin closed a quarantined, malformed or failed event. One commit."""
    inbox = db.session.get(InboxEvent, inbox_id)
    if inbox is None:
        raise NotFound()
    inbox.reviewed_at = clock.now()
    inbox.reviewed_by_id = actor.id
    db.session.commit()
    return inbox
