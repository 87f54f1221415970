"""Messages in and out of every channel: the one outbound gate, delivery, webhook inbox.

Writers of Customer, Message, InboxEvent and CustomerPreferenceEvent. `queue_outbound`,
`record_opt_out` and `record_opt_in` are building blocks other services call inside their
own unit of work (they do not commit); every other public function here is one unit of
work and commits once.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError

from marketplace import clock, tasks
from marketplace.channels import registry
from marketplace.channels.base import (
    MEDIA_KINDS,
    ChannelError,
    ChannelName,
    DeliveryStatus,
    InboundEvent,
    MalformedPayload,
    MessageKind,
    Outbound,
    OutboundMedia,
    Purpose,
    Recipient,
)
from marketplace.channels.models import (
    PROBLEM_INBOX,
    Customer,
    CustomerPreferenceEvent,
    Direction,
    InboxEvent,
    InboxStatus,
    Message,
    MessageStatus,
    PreferenceChange,
)
from marketplace.db import call_after_commit, db
from marketplace.errors import InvalidInput

log = logging.getLogger(__name__)

SERVICE_WINDOW = timedelta(hours=24)
MAX_DELIVERY_ATTEMPTS = 6
# Seconds to wait before attempt n+1 (n = attempts so far); the sweep picks them up when due.
RETRY_BACKOFF_SECONDS = (10, 30, 120, 600, 1800, 3600)
# A queued message older than this with nothing scheduled is stuck (lost task, Redis outage).
STUCK_AFTER = timedelta(minutes=2)
HANDOFF_TASK = "marketplace.conversations.tasks.handle_message"
DELIVER_TASK = "marketplace.channels.tasks.deliver_message"
PROCESS_TASK = "marketplace.channels.tasks.process_inbox_event"
# Customer messages the conversation answers; reactions, edits, revokes and system notices
# are stored for the record but ask nothing of the platform.
HANDED_OFF_KINDS = frozenset({
    MessageKind.TEXT, MessageKind.IMAGE, MessageKind.VIDEO, MessageKind.AUDIO,
    MessageKind.DOCUMENT, MessageKind.STICKER, MessageKind.LOCATION, MessageKind.CONTACTS,
    MessageKind.CHOICE, MessageKind.EDIT,
})
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


# --- the outbound gate ------------------------------------------------------------------


def window_is_open(customer: Customer, at: datetime | None = None) -> bool:
    """Inside the provider's 24-hour customer-service window (or a channel without one)."""
    if customer.channel not in registry.WINDOWED_CHANNELS:
        return True
    if customer.last_inbound_at is None:
        return False
    return (at or clock.now()) - customer.last_inbound_at < SERVICE_WINDOW


def _template_allowed(customer: Customer, outbound: Outbound) -> bool:
    return (customer.channel == ChannelName.WHATSAPP and outbound.template is not None
            and outbound.template.name in registry.approved_templates())


# STOP ends every message, but a customer who later exercises a data-protection right
# (MEINE DATEN, LÖSCHEN) must get the answer: Art. 12 GDPR obliges us to respond.
ANSWERS_ALLOWED_AFTER_OPT_OUT = frozenset({Purpose.OPT_OUT_CONFIRMATION, Purpose.PRIVACY})


def queue_outbound(customer: Customer, outbound: Outbound, *, purpose: str,
                   job_request_id: int | None = None) -> Message | None:
    """Write an outbound message row and schedule its delivery after the caller's commit.

    Returns None when nothing may be sent (the customer opted out). Outside the 24-hour
    window only an approved WhatsApp template goes out; anything else is HELD and flagged
    for a person. Does not commit.
    """
    try:
        purpose = Purpose(purpose)
    except ValueError:
        raise ValueError(f"unknown outbound purpose {purpose!r}") from None
    if not (outbound.text or outbound.media_file_id or outbound.template or outbound.choices):
        raise ValueError("an outbound message needs text, media, choices or a template")
    if customer.has_opted_out and purpose not in ANSWERS_ALLOWED_AFTER_OPT_OUT:
        log.info("outbound %s suppressed: customer %s opted out", purpose, customer.id)
        return None
    message = Message(
        customer=customer,
        channel=customer.channel,
        direction=Direction.OUTBOUND,
        kind=MessageKind.IMAGE if outbound.media_file_id else MessageKind.TEXT,
        status=MessageStatus.QUEUED,
        text=outbound.text,
        payload=outbound.to_json(),
        purpose=purpose,
        job_request_id=job_request_id,
        attempts=0,
    )
    if not window_is_open(customer) and not _template_allowed(customer, outbound):
        _hold(message, "window_closed",
              "The 24-hour window is closed and no approved template fits this message.")
    db.session.add(message)
    db.session.flush()
    if message.status == MessageStatus.QUEUED:
        tasks.enqueue(DELIVER_TASK, message.id, queue="messages")
    return message


def _hold(message: Message, code: str, detail: str) -> None:
    message.status = MessageStatus.HELD
    message.needs_attention = True
    message.error_code = code
    message.error_detail = detail


def _record_preference(customer: Customer, change: PreferenceChange, message: Message | None,
                       actor: Any | None) -> None:
    db.session.add(CustomerPreferenceEvent(
        customer_id=customer.id, change=change,
        message_id=None if message is None else message.id,
        actor_id=None if actor is None else actor.id))


def record_opt_out(customer: Customer, *, message: Message | None = None,
                   actor: Any | None = None) -> None:
    """The customer wrote STOP (or a person recorded it): nothing more is sent. No commit."""
    if customer.opted_out_at is None:
        customer.opted_out_at = clock.now()
    _record_preference(customer, PreferenceChange.OPT_OUT, message, actor)
    # Messages waiting to go out must not go out now.
    for pending in db.session.scalars(sa.select(Message).where(
            Message.customer_id == customer.id, Message.direction == Direction.OUTBOUND,
            Message.status.in_([MessageStatus.QUEUED, MessageStatus.HELD]),
            Message.purpose != Purpose.OPT_OUT_CONFIRMATION)):
        pending.status = MessageStatus.FAILED
        pending.needs_attention = False
        pending.error_code = "opted_out"
        pending.error_detail = "Not sent: the customer opted out."


def record_opt_in(customer: Customer, *, message: Message | None = None,
                  actor: Any | None = None) -> None:
    """The customer wrote again and asked to hear from the platform. No commit."""
    customer.opted_out_at = None
    _record_preference(customer, PreferenceChange.OPT_IN, message, actor)


# --- delivery -----------------------------------------------------------------------------


def _load_for_update(model: type, row_id: int):
    return db.session.execute(
        sa.select(model).where(model.id == row_id).with_for_update()).scalar_one_or_none()


def recipient_for(customer: Customer) -> Recipient:
    return Recipient(external_id=customer.external_id, phone=customer.phone,
                     language=customer.language or "de")


def _outbound_media(outbound: Outbound) -> OutboundMedia | None:
    if outbound.media_file_id is None:
        return None
    from marketplace.media import services as media_services

    return media_services.outbound_media(outbound.media_file_id)


def deliver_message(message_id: int) -> None:
    """Send one queued outbound message through its channel (safe to run twice)."""
    message = _load_for_update(Message, message_id)
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
    if customer.has_opted_out and message.purpose != Purpose.OPT_OUT_CONFIRMATION:
        message.status = MessageStatus.FAILED
        message.error_code = "opted_out"
        message.error_detail = "Not sent: the customer opted out."
        db.session.commit()
        return
    as_template = False
    if not window_is_open(customer, now):
        if _template_allowed(customer, outbound):
            as_template = True
        else:
            _hold(message, "window_closed",
                  "The 24-hour window closed before the message could be sent.")
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
        result = adapter.send(recipient_for(customer), outbound, as_template=as_template,
                              media=media)
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
    elif error.code == "131056":
        # WhatsApp's pair rate limit: retry after 4^X seconds.
        wait = float(4 ** message.attempts)
    else:
        wait = float(RETRY_BACKOFF_SECONDS[min(message.attempts - 1,
                                               len(RETRY_BACKOFF_SECONDS) - 1)])
    message.error_code = error.code
    message.error_detail = (error.detail or str(error))[:2000]
    message.next_attempt_at = now + timedelta(seconds=max(wait, 1.0))
    if current_app.extensions.get("redis") is not None:
        tasks.enqueue(DELIVER_TASK, message.id, queue="messages",
                      delay=timedelta(seconds=max(wait, 1.0)), retry=False)


def apply_delivery_status(status: DeliveryStatus) -> bool:
    """Move outbound messages forward only; unknown ids and regressions are ignored.

    Building block of inbox processing (no commit). Returns whether anything changed.
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
        message.status = MessageStatus.FAILED
        message.needs_attention = True
        message.error_code = (status.error_code if status else None) or "failed"
        message.error_detail = (status.error_title if status else None) or ""
        return True
    if STATUS_RANK.get(new_status, 0) <= STATUS_RANK.get(current, 0):
        return False
    message.status = new_status
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


# --- inbound: the webhook request path ----------------------------------------------------


def store_webhook(channel: ChannelName, raw_body: bytes) -> int | None:
    """Keep a verified POST exactly as received and schedule its processing. One commit.

    A body that is not JSON is kept as malformed (answered 200 so the provider stops
    retrying) and shown to admins. Returns the inbox id, or None for a POST already stored.
    """
    digest = hashlib.sha256(raw_body).hexdigest()
    error = None
    try:
        json.loads(raw_body)
    except ValueError as exc:
        error = f"not JSON: {exc}"
    values = {"channel": channel.value, "body_sha256": digest, "raw_body": raw_body,
              "status": InboxStatus.MALFORMED if error else InboxStatus.RECEIVED,
              "error": error, "attempts": 0, "created_at": clock.now(),
              "updated_at": clock.now()}
    insert = (sa.dialects.postgresql.insert if db.engine.dialect.name == "postgresql"
              else sa.dialects.sqlite.insert)
    statement = insert(InboxEvent).values(**values).on_conflict_do_nothing(
        index_elements=["channel", "body_sha256"]).returning(InboxEvent.id)
    inbox_id = db.session.execute(statement).scalar_one_or_none()
    if inbox_id is not None and error is None:
        call_after_commit(_dispatch_quietly, PROCESS_TASK, inbox_id)
    db.session.commit()
    return inbox_id


def _dispatch_quietly(path: str, inbox_id: int) -> None:
    """The event is stored: if the queue is down the sweep picks it up, the provider gets 200."""
    try:
        tasks.dispatch(path, (inbox_id,), queue="messages")
    except Exception:
        log.exception("could not hand inbox event %s to the queue; the sweep will", inbox_id)


# --- inbound: processing in a task ------------------------------------------------------


def process_inbox_event(inbox_id: int) -> None:
    """Turn one stored POST into customers, messages, media and status updates (idempotent)."""
    inbox = _load_for_update(InboxEvent, inbox_id)
    if inbox is None or inbox.status not in (InboxStatus.RECEIVED, InboxStatus.FAILED):
        db.session.rollback()
        return
    inbox.attempts += 1
    adapter = registry.get_adapter(inbox.channel)
    if adapter is None:
        inbox.status = InboxStatus.FAILED
        inbox.error = "channel is not configured"
        db.session.commit()
        return
    try:
        batch = adapter.parse(json.loads(inbox.raw_body))
    except (MalformedPayload, ValueError, KeyError, TypeError, AttributeError) as exc:
        inbox.status = InboxStatus.MALFORMED
        inbox.error = f"{type(exc).__name__}: {exc}"[:2000]
        inbox.processed_at = clock.now()
        db.session.commit()
        return
    handed_off: list[int] = []
    for event in batch.events:
        message = _store_inbound(event, handed_off)
        if message is not None and event.kind is MessageKind.CHOICE and event.extra.get(
                "callback_query_id"):
            batch.callbacks_to_answer.append(event.extra["callback_query_id"])
    for status in batch.statuses:
        apply_delivery_status(status)
    notes = list(batch.notices)
    if batch.foreign_recipients:
        inbox.status = InboxStatus.QUARANTINED
        notes.insert(0, "addressed to an id that is not ours: "
                     + ", ".join(sorted(set(batch.foreign_recipients))))
    else:
        inbox.status = InboxStatus.PROCESSED
    inbox.error = "\n".join(notes)[:4000] or None
    inbox.processed_at = clock.now()
    for message_id in handed_off:
        tasks.enqueue(HANDOFF_TASK, message_id)
    for callback_id in batch.callbacks_to_answer:
        tasks.enqueue("marketplace.channels.tasks.answer_callback", inbox.channel, callback_id,
                      queue="messages")
    db.session.commit()


def _find_customer(event: InboundEvent) -> Customer | None:
    candidates = [event.sender_id]
    if event.sender_phone and event.sender_phone != event.sender_id:
        candidates.append(event.sender_phone)
    customer = db.session.scalar(sa.select(Customer).where(
        Customer.channel == event.channel, Customer.external_id.in_(candidates)))
    if customer is None and event.sender_phone:
        customer = db.session.scalar(sa.select(Customer).where(
            Customer.channel == event.channel, Customer.phone == event.sender_phone))
    return customer


def _new_customer(**fields: Any) -> Customer:
    """A customer row for a new channel identity; an opt-out given before an erasure holds."""
    from marketplace.privacy.services import apply_tombstone

    customer = Customer(**fields)
    apply_tombstone(customer)
    db.session.add(customer)
    db.session.flush()
    return customer


def _customer_for(event: InboundEvent) -> Customer:
    customer = _find_customer(event)
    if customer is None:
        language = event.extra.get("language")
        customer = _new_customer(
            channel=event.channel, external_id=event.sender_id,
            display_name=event.sender_name, phone=event.sender_phone,
            language=language if language in current_app.config["LANGUAGES"] else "de")
    else:
        if event.sender_name and not customer.display_name:
            customer.display_name = event.sender_name
        if event.sender_phone and not customer.phone:
            customer.phone = event.sender_phone
    return customer


def _inbound_exists(event: InboundEvent) -> bool:
    return db.session.scalar(sa.select(Message.id).where(
        Message.channel == event.channel, Message.direction == Direction.INBOUND,
        Message.provider_message_id == event.provider_message_id)) is not None


def _store_inbound(event: InboundEvent, handed_off: list[int]) -> Message | None:
    """Store one customer message once; a repeat of a known provider id does nothing."""
    if _inbound_exists(event):
        return None
    for attempt in range(2):
        try:
            # Another worker may store the same message or customer at the same moment
            # (providers deliver duplicates concurrently): the unique keys decide.
            with db.session.begin_nested():
                customer = _customer_for(event)
                event = _numbered_choice(customer, event)
                message = build_inbound_message(customer, event)
                db.session.add(message)
                db.session.flush()
            break
        except IntegrityError:
            if _inbound_exists(event):
                return None
            if attempt:
                raise
    _note_inbound(customer, event)
    _register_media(customer, message, event)
    if event.kind is MessageKind.UNSUPPORTED:
        _tell_what_we_can_read(customer, event)
    elif event.kind is MessageKind.SYSTEM:
        _follow_identity_change(customer, event)
    elif event.kind in HANDED_OFF_KINDS:
        handed_off.append(message.id)
    return message


def _numbered_choice(customer: Customer, event: InboundEvent) -> InboundEvent:
    """A bare number answering our last list of choices is that choice.

    Channels that cannot show buttons get a numbered list; "2" then means the second entry.
    """
    answer = event.text.strip().rstrip(".")
    if event.kind is not MessageKind.TEXT or not answer.isdigit() or customer.id is None:
        return event
    last = db.session.scalar(sa.select(Message).where(
        Message.customer_id == customer.id, Message.direction == Direction.OUTBOUND,
        Message.status.in_([MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.READ]))
        .order_by(Message.id.desc()).limit(1))
    choices = (last.payload or {}).get("choices") if last is not None else None
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


def _note_inbound(customer: Customer, event: InboundEvent) -> None:
    now = clock.now()
    at = now
    if event.sent_at_epoch:
        # The provider's window runs from when the customer wrote, never from the future.
        at = min(datetime.fromtimestamp(event.sent_at_epoch, UTC), now)
    if event.kind in (MessageKind.SYSTEM, MessageKind.REACTION, MessageKind.REVOKE):
        return
    if customer.last_inbound_at is None or at > customer.last_inbound_at:
        customer.last_inbound_at = at


def _register_media(customer: Customer, message: Message, event: InboundEvent) -> None:
    if event.kind not in MEDIA_KINDS:
        return
    from marketplace.media import services as media_services

    for ref in event.media:
        media_services.register_inbound(customer, message, ref, kind=event.kind)


def _follow_identity_change(customer: Customer, event: InboundEvent) -> None:
    """WhatsApp announces a changed number or a regenerated business-scoped user id."""
    new_phone = event.extra.get("new_wa_id")
    new_user_id = event.extra.get("new_user_id")
    if new_phone and customer.phone != new_phone:
        if customer.external_id == customer.phone and not _identity_taken(customer, new_phone):
            customer.external_id = new_phone
        customer.phone = new_phone
    if new_user_id and new_user_id != customer.external_id and not _identity_taken(
            customer, new_user_id):
        customer.external_id = new_user_id


def _identity_taken(customer: Customer, external_id: str) -> bool:
    return db.session.scalar(sa.select(Customer.id).where(
        Customer.channel == customer.channel, Customer.external_id == external_id,
        Customer.id != customer.id)) is not None


# WhatsApp webhook error: the customer's file is over the 100 MB the Cloud API accepts.
MEDIA_TOO_BIG_CODE = "131052"


def _tell_what_we_can_read(customer: Customer, event: InboundEvent | None = None) -> None:
    too_big = event is not None and MEDIA_TOO_BIG_CODE in (event.extra.get("error_codes") or [])
    with force_locale(customer.language):
        if too_big:
            text = _("This file is too large to receive. Please send a smaller file or "
                     "a few photos instead.")
        else:
            text = _("Sorry, I cannot read this kind of message. Please send text, photos, "
                     "videos, voice messages, documents or your location.")
    queue_outbound(customer, Outbound(text=text), purpose=Purpose.SERVICE_REPLY)


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


# --- web chat ----------------------------------------------------------------------------


def webchat_customer(session_id: str, *, language: str = "de", create: bool = True
                     ) -> Customer | None:
    """The web chat customer behind an anonymous browser session id."""
    customer = db.session.scalar(sa.select(Customer).where(
        Customer.channel == ChannelName.WEBCHAT, Customer.external_id == session_id))
    if customer is None and create:
        customer = _new_customer(channel=ChannelName.WEBCHAT, external_id=session_id,
                                 language=language if language in ("de", "en") else "de")
    return customer


def receive_webchat_message(session_id: str, *, text: str = "", choice_id: str | None = None,
                            location: tuple[float, float] | None = None,
                            client_message_id: str | None = None,
                            language: str = "de") -> Message:
    """A message typed, a choice tapped or a location shared in the web chat: stored, then
    handed off. One commit."""
    text = (text or "").strip()
    if location is not None:
        latitude, longitude = location
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise InvalidInput(_("This location is not valid."))
    elif choice_id is not None:
        choice_id = choice_id.strip()[:200]
        if not choice_id:
            raise InvalidInput(_("Please choose one of the options."))
    elif not text:
        raise InvalidInput(_("Please write a message."))
    if len(text) > 4000:
        raise InvalidInput(_("Please keep a message under 4000 characters."))
    customer = webchat_customer(session_id, language=language)
    # The browser sends its own id per message so a retried request is stored once.
    provider_id = f"web.{customer.id}.{(client_message_id or secrets.token_hex(12))[:64]}"
    existing = db.session.scalar(sa.select(Message).where(
        Message.channel == ChannelName.WEBCHAT, Message.direction == Direction.INBOUND,
        Message.provider_message_id == provider_id))
    if existing is not None:
        return existing
    kind = (MessageKind.LOCATION if location is not None
            else MessageKind.CHOICE if choice_id else MessageKind.TEXT)
    event = InboundEvent(channel=ChannelName.WEBCHAT, provider_message_id=provider_id,
                         sender_id=session_id, kind=kind, text=text, choice_id=choice_id,
                         latitude=None if location is None else location[0],
                         longitude=None if location is None else location[1])
    message = build_inbound_message(customer, event)
    db.session.add(message)
    db.session.flush()
    customer.last_inbound_at = clock.now()
    tasks.enqueue(HANDOFF_TASK, message.id)
    db.session.commit()
    return message


def receive_webchat_upload(session_id: str, file_storage: Any, *, caption: str = "",
                           language: str = "de") -> Message:
    """A photo uploaded in the web chat: checked, cleaned, stored, handed off. One commit."""
    from marketplace.media import services as media_services

    customer = webchat_customer(session_id, language=language)
    message = Message(customer=customer, channel=ChannelName.WEBCHAT,
                      direction=Direction.INBOUND, kind=MessageKind.IMAGE,
                      status=MessageStatus.RECEIVED, text=(caption or "").strip()[:1024],
                      payload={}, attempts=0)
    db.session.add(message)
    db.session.flush()
    message.provider_message_id = f"web.{customer.id}.upload.{message.id}"
    media_file = media_services.store_upload(customer, file_storage, message=message)
    message.kind = media_file.kind if media_file.kind in MEDIA_KINDS else MessageKind.DOCUMENT
    message.payload = {"media_public_ids": [media_file.public_id]}
    customer.last_inbound_at = clock.now()
    tasks.enqueue(HANDOFF_TASK, message.id)
    db.session.commit()
    return message


def webchat_poll(session_id: str, *, after_id: int = 0, limit: int = 100) -> list[Message]:
    """Messages of the web chat session after `after_id`.

    The page polls: outbound messages it receives count as delivered. The read and that
    small write are separate transactions on purpose (see below).
    """
    customer = webchat_customer(session_id, create=False)
    if customer is None:
        return []
    messages = list(db.session.scalars(sa.select(Message).where(
        Message.customer_id == customer.id, Message.id > after_id,
        sa.or_(Message.direction == Direction.INBOUND,
               Message.status.in_([MessageStatus.SENT, MessageStatus.DELIVERED,
                                   MessageStatus.READ])))
        .order_by(Message.id).limit(limit)))
    fresh = [message.id for message in messages if message.direction == Direction.OUTBOUND
             and message.status == MessageStatus.SENT]
    # End the read before writing: the page polls every few seconds and must not hold a
    # snapshot that a concurrent writer invalidates (SQLite in the demo).
    db.session.commit()
    if fresh:
        db.session.execute(sa.update(Message).where(
            Message.id.in_(fresh), Message.status == MessageStatus.SENT).values(
            status=MessageStatus.DELIVERED, delivered_at=clock.now(), updated_at=clock.now()),
            execution_options={"synchronize_session": False})
        db.session.commit()
    ids = [message.id for message in messages]
    if not ids:
        return []
    return list(db.session.scalars(sa.select(Message).where(Message.id.in_(ids))
                                   .order_by(Message.id)))


# --- sweeps and admin actions ---------------------------------------------------------------


def redrive_stuck() -> dict[str, int]:
    """Re-schedule queued messages that are due and inbox events nobody processed."""
    now = clock.now()
    due = list(db.session.scalars(sa.select(Message.id).where(
        Message.direction == Direction.OUTBOUND, Message.status == MessageStatus.QUEUED,
        sa.or_(sa.and_(Message.next_attempt_at.is_(None), Message.created_at <= now - STUCK_AFTER),
               Message.next_attempt_at <= now)).limit(500)))
    for message_id in due:
        tasks.enqueue(DELIVER_TASK, message_id, queue="messages")
    inbox_ids = list(db.session.scalars(sa.select(InboxEvent.id).where(
        sa.or_(sa.and_(InboxEvent.status == InboxStatus.RECEIVED,
                       InboxEvent.created_at <= now - STUCK_AFTER),
               sa.and_(InboxEvent.status == InboxStatus.FAILED, InboxEvent.attempts < 5)))
        .limit(500)))
    for inbox_id in inbox_ids:
        tasks.enqueue(PROCESS_TASK, inbox_id, queue="messages")
    db.session.commit()
    return {"messages": len(due), "inbox_events": len(inbox_ids)}


def mark_inbox_failed(inbox_id: int, error: str) -> None:
    """Processing raised: keep the event for the sweep and for admins. One commit."""
    inbox = db.session.get(InboxEvent, inbox_id)
    if inbox is None:
        return
    inbox.status = InboxStatus.FAILED
    inbox.error = error[:4000]
    db.session.commit()


def review_inbox_event(inbox_id: int, *, actor: Any) -> InboxEvent:
    """An admin closed a quarantined, malformed or failed event. One commit."""
    inbox = db.session.get(InboxEvent, inbox_id)
    if inbox is None:
        from marketplace.errors import NotFound

        raise NotFound()
    inbox.reviewed_at = clock.now()
    inbox.reviewed_by_id = actor.id
    db.session.commit()
    return inbox


def retry_outbound(message_id: int, *, actor: Any) -> Message:
    """An admin sends a held or failed message again; the gate applies again. One commit."""
    from marketplace.errors import Conflict, NotFound

    message = db.session.get(Message, message_id)
    if message is None or message.direction != Direction.OUTBOUND:
        raise NotFound()
    if message.status not in (MessageStatus.HELD, MessageStatus.FAILED):
        raise Conflict(_("Only held or failed messages can be sent again."))
    customer = message.customer
    if customer.has_opted_out and message.purpose != Purpose.OPT_OUT_CONFIRMATION:
        raise Conflict(_("The customer opted out; nothing can be sent."))
    if not window_is_open(customer) and not _template_allowed(
            customer, Outbound.from_json(message.payload)):
        raise Conflict(_("The 24-hour window is closed; only an approved template may be sent."))
    message.status = MessageStatus.QUEUED
    message.needs_attention = False
    message.next_attempt_at = None
    message.attempts = 0
    message.error_detail = f"re-queued by admin {actor.id} at {clock.now().isoformat()}"
    tasks.enqueue(DELIVER_TASK, message.id, queue="messages")
    db.session.commit()
    return message


def dismiss_outbound(message_id: int, *, actor: Any) -> Message:
    """An admin looked at a held or failed message and decided not to send it. One commit."""
    from marketplace.errors import NotFound

    message = db.session.get(Message, message_id)
    if message is None or message.direction != Direction.OUTBOUND:
        raise NotFound()
    message.needs_attention = False
    if message.status == MessageStatus.HELD:
        message.status = MessageStatus.FAILED
    message.error_detail = ((message.error_detail or "")
                            + f"\ndismissed by admin {actor.id} at {clock.now().isoformat()}")
    db.session.commit()
    return message


# --- what waits for a person (admin console) --------------------------------------------

def _inbox_problem_filter(*, include_reviewed: bool = False) -> list[Any]:
    conditions = [InboxEvent.status.in_(PROBLEM_INBOX)]
    if not include_reviewed:
        conditions.append(InboxEvent.reviewed_at.is_(None))
    return conditions


def _outbound_problem_filter() -> list[Any]:
    return [Message.direction == Direction.OUTBOUND, Message.needs_attention.is_(True),
            Message.status.in_([MessageStatus.HELD, MessageStatus.FAILED])]


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
