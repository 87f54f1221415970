"""Customers (one per channel identity) and every message in and out."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace import clock
from marketplace.channels.base import ChannelName, MessageKind
from marketplace.db import Base, TimestampMixin, enum_check


class Direction(StrEnum):
    INBOUND = "in"
    OUTBOUND = "out"


class MessageStatus(StrEnum):
    # inbound
    RECEIVED = "received"
    HANDLED = "handled"
    # outbound, in order; FAILED is terminal, HELD waits for a person or a template
    QUEUED = "queued"
    # Handed to the provider: committed before the HTTP call, so a crash leaves a trace.
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    FAILED = "failed"
    HELD = "held"
    # A send whose outcome nobody knows (no answer, or the worker died mid-call): it may
    # have reached the customer. A person decides; never resent blindly.
    UNKNOWN = "unknown"


class GateVerdict(StrEnum):
    """What the outbound gate (`channels.gate.decide`) said about a message, last time."""

    SEND = "send"
    SEND_AS_TEMPLATE = "send_as_template"  # outside the window, as an approved template
    HOLD = "hold"  # may go out later (the window reopens); a person decides meanwhile
    REFUSE = "refuse"  # must not go out


class Customer(TimestampMixin, Base):
    """A homeowner as seen on one channel. Personal data: never logged, never in URLs."""

    __tablename__ = "customer"
    __table_args__ = (
        sa.UniqueConstraint("channel", "external_id"),
        enum_check("channel", ChannelName),
        # Every inbound message finds its sender by id or by number (customers.customer_for).
        sa.Index("ix_customer_channel_phone", "channel", "phone"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(sa.String(20))
    external_id: Mapped[str] = mapped_column(sa.String(128))
    display_name: Mapped[str | None] = mapped_column(sa.String(200))
    phone: Mapped[str | None] = mapped_column(sa.String(32))
    language: Mapped[str] = mapped_column(sa.String(5), default="de")
    opted_out_at: Mapped[datetime | None]
    last_inbound_at: Mapped[datetime | None]

    messages: Mapped[list[Message]] = relationship(back_populates="customer",
                                                   order_by="Message.id")

    @property
    def has_opted_out(self) -> bool:
        return self.opted_out_at is not None

    def __repr__(self) -> str:
        return f"<Customer {self.id} {self.channel}>"


class Message(TimestampMixin, Base):
    """One message in either direction. Outbound rows exist before they are sent."""

    __tablename__ = "message"
    __table_args__ = (
        sa.UniqueConstraint("channel", "direction", "provider_message_id"),
        enum_check("direction", Direction),
        enum_check("kind", MessageKind),
        enum_check("status", MessageStatus),
        enum_check("gate_decision", GateVerdict),
        sa.Index("ix_message_customer_id_id", "customer_id", "id"),
        sa.Index("ix_message_status_next_attempt_at", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(sa.ForeignKey("customer.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(sa.String(20))
    direction: Mapped[str] = mapped_column(sa.String(3))
    kind: Mapped[str] = mapped_column(sa.String(20), default=MessageKind.TEXT)
    status: Mapped[str] = mapped_column(sa.String(20))
    provider_message_id: Mapped[str | None] = mapped_column(sa.String(255))
    text: Mapped[str] = mapped_column(sa.Text, default="")
    # inbound: choice id, location, referenced message...; outbound: the Outbound intent
    payload: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    # outbound only: why we may send it (service_reply, quote, consent_request, ...)
    purpose: Mapped[str | None] = mapped_column(sa.String(40))
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None]
    error_code: Mapped[str | None] = mapped_column(sa.String(40))
    error_detail: Mapped[str | None] = mapped_column(sa.Text)
    sent_at: Mapped[datetime | None]
    delivered_at: Mapped[datetime | None]
    read_at: Mapped[datetime | None]
    job_request_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("job_request.id", ondelete="SET NULL"), index=True)
    # Outbound only: held or failed for a reason a person must look at (admin queue).
    needs_attention: Mapped[bool] = mapped_column(default=False, server_default=sa.false(),
                                                  index=True)
    # Outbound only: the gate's last decision and its reason (`channels.gate.Reason`).
    gate_decision: Mapped[str | None] = mapped_column(sa.String(20))
    gate_reason: Mapped[str | None] = mapped_column(sa.String(40))
    # Outbound only: the send in flight (status SENDING), committed before the provider call.
    attempt_id: Mapped[str | None] = mapped_column(sa.String(32))
    sending_since: Mapped[datetime | None]

    customer: Mapped[Customer] = relationship(back_populates="messages")

    def __repr__(self) -> str:
        return f"<Message {self.id} {self.direction} {self.kind} {self.status}>"


class DeliveryEvent(Base):
    """Append-only record of an outbound message's delivery states: who, when, which attempt."""

    __tablename__ = "message_delivery_event"
    __table_args__ = (
        sa.Index("ix_message_delivery_event_message_id_id", "message_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(sa.ForeignKey("message.id", ondelete="CASCADE"))
    attempt_id: Mapped[str | None] = mapped_column(sa.String(32))
    from_status: Mapped[str | None] = mapped_column(sa.String(20))
    to_status: Mapped[str] = mapped_column(sa.String(20))
    # The admin who decided; none for the platform itself.
    actor_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(default=clock.now, nullable=False)


class InboxStatus(StrEnum):
    RECEIVED = "received"  # verified and stored; processing pending
    PROCESSED = "processed"
    QUARANTINED = "quarantined"  # addressed to a number or page that is not ours
    MALFORMED = "malformed"  # signed but unreadable; kept with its error
    FAILED = "failed"  # processing raised; kept for a person and the re-drive sweep


# Inbox events an admin has to look at.
PROBLEM_INBOX = (InboxStatus.QUARANTINED, InboxStatus.MALFORMED, InboxStatus.FAILED)
# First line of a processed event's error when some of its messages could not be read: the
# others were processed, and the event waits for a person like the problems above.
PARTLY_UNREADABLE = "partly unreadable: the other messages were processed"


class InboxEvent(TimestampMixin, Base):
    """One verified webhook POST exactly as received; processed by a task, never in the request.

    The same POST delivered again by the provider has the same body hash and is stored once;
    single events inside different POSTs are de-duplicated by the message's provider id.
    """

    __tablename__ = "inbox_event"
    __table_args__ = (
        sa.UniqueConstraint("channel", "body_sha256"),
        enum_check("channel", ChannelName),
        enum_check("status", InboxStatus),
        sa.Index("ix_inbox_event_status_id", "status", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(sa.String(20))
    body_sha256: Mapped[str] = mapped_column(sa.String(64))
    raw_body: Mapped[bytes] = mapped_column(sa.LargeBinary)
    status: Mapped[str] = mapped_column(sa.String(20), default=InboxStatus.RECEIVED)
    error: Mapped[str | None] = mapped_column(sa.Text)
    attempts: Mapped[int] = mapped_column(default=0)
    processed_at: Mapped[datetime | None]
    # An admin looked at a quarantined/malformed/failed event and closed it.
    reviewed_at: Mapped[datetime | None]
    reviewed_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))

    def __repr__(self) -> str:
        return f"<InboxEvent {self.id} {self.channel} {self.status}>"


class PreferenceChange(StrEnum):
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"


class CustomerPreferenceEvent(Base):
    """Append-only record of every opt-out and opt-in: who, when, and which message."""

    __tablename__ = "customer_preference_event"
    __table_args__ = (enum_check("change", PreferenceChange),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    change: Mapped[str] = mapped_column(sa.String(10))
    message_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("message.id", ondelete="SET NULL"))
    actor_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=clock.now, nullable=False)
