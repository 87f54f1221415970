"""The web chat's side of the conversation: what the page sends in, and what it polls for.

The page is its own "provider": customer messages arrive through the chat's JSON endpoints
(not a webhook) and outbound messages are delivered when the page polls for them. The
adapter itself is in `webchat.py`. Each function is one unit of work.
"""

from __future__ import annotations

import secrets
from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace import clock
from marketplace.channels import hooks, inbound
from marketplace.channels.base import MEDIA_KINDS, ChannelName, InboundEvent, MessageKind
from marketplace.channels.customers import webchat_customer
from marketplace.channels.inbound import (
    HANDED_OFF_KINDS,
    build_inbound_message,
    new_upload_message,
)
from marketplace.channels.models import Direction, Message, MessageStatus
from marketplace.channels.queries import SHOWN_STATUSES
from marketplace.db import db
from marketplace.errors import InvalidInput

MAX_TEXT = 4000


def _checked(text: str, choice_id: str | None, location: tuple[float, float] | None
             ) -> tuple[str, str | None]:
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
    if len(text) > MAX_TEXT:
        raise InvalidInput(_("Please keep a message under 4000 characters."))
    return text, choice_id


def receive_webchat_message(session_id: str, *, text: str = "", choice_id: str | None = None,
                            location: tuple[float, float] | None = None,
                            client_message_id: str | None = None,
                            language: str = "de") -> Message:
    """A message typed, a choice tapped or a location shared in the web chat: stored, then
    handed off. One commit."""
    text, choice_id = _checked(text, choice_id, location)
    customer = webchat_customer(session_id, language=language)
    # The browser sends its own id per message so a retried request is stored once.
    provider_id = f"web.{customer.id}.{(client_message_id or secrets.token_hex(12))[:64]}"
    existing = db.session.scalar(sa.select(Message).where(
        Message.channel == ChannelName.WEBCHAT, Message.direction == Direction.INBOUND,
        Message.provider_message_id == provider_id))
    if existing is not None:
        # A retry: the first hand-off may have failed (queue down) after the row was stored.
        db.session.commit()
        _hand_off(existing)
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
    db.session.commit()
    _hand_off(message)
    return message


def receive_webchat_upload(session_id: str, file_storage: Any, *, caption: str = "",
                           language: str = "de") -> Message:
    """A photo uploaded in the web chat: checked, cleaned, stored, handed off. One commit."""
    customer = webchat_customer(session_id, language=language)
    message = new_upload_message(customer, caption)
    db.session.add(message)
    db.session.flush()
    message.provider_message_id = f"web.{customer.id}.upload.{message.id}"
    media_file = hooks.store_webchat_upload(customer, file_storage, message=message)
    message.kind = media_file.kind if media_file.kind in MEDIA_KINDS else MessageKind.DOCUMENT
    message.payload = {"media_public_ids": [media_file.public_id]}
    customer.last_inbound_at = clock.now()
    db.session.commit()
    _hand_off(message)
    return message


def _hand_off(message: Message) -> None:
    """The row is committed: the conversation gets it, or the sweep does if the queue is
    down; the customer's request succeeds either way (see `handoff_pending`)."""
    if message.kind in HANDED_OFF_KINDS and not inbound.hand_off_quietly(message.id):
        db.session.info["webchat_handoff_pending"] = True


def handoff_pending() -> bool:
    """Whether this request stored a message whose hand-off waits for the sweep: the page
    is answered 202 (accepted) instead of 201."""
    return bool(db.session.info.pop("webchat_handoff_pending", False))


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
        sa.or_(Message.direction == Direction.INBOUND, Message.status.in_(SHOWN_STATUSES)))
        .order_by(Message.id).limit(limit)))
    # Ids are taken before the commit: afterwards every instance is expired, and reading
    # even its id would load it again, one query per message.
    ids = [message.id for message in messages]
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
    if not ids:
        return []
    return list(db.session.scalars(sa.select(Message).where(Message.id.in_(ids))
                                   .order_by(Message.id)))
