"""The intake conversation: what the bot knows so far about one request, per customer."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace.channels.models import Customer
from marketplace.db import Base, TimestampMixin, enum_check


class ConversationStatus(StrEnum):
    ACTIVE = "active"  # collecting the request
    SUBMITTED = "submitted"  # a job request was made from it
    CANCELLED = "cancelled"  # the customer cancelled (ABBRECHEN, Cancel, STOP)
    ABANDONED = "abandoned"  # the customer started over after a long pause


class Step(StrEnum):
    """What the bot asked last, so a bare answer ("60311", "ja") can be placed."""

    TRADE = "trade"
    DESCRIPTION = "description"
    POSTCODE = "postcode"
    TIMING = "timing"
    PHOTOS = "photos"
    CONTACT = "contact"
    CONTACT_PHONE = "contact_phone"
    CONTACT_EMAIL = "contact_email"
    SUMMARY = "summary"
    CHANGE = "change"  # asked which part to change
    RESUME = "resume"  # asked whether to continue after a long pause


class Conversation(TimestampMixin, Base):
    __tablename__ = "conversation"
    __table_args__ = (
        enum_check("status", ConversationStatus),
        enum_check("step", Step),
        sa.Index("ix_conversation_customer_id_status", "customer_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(sa.ForeignKey("customer.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(sa.String(20), default=ConversationStatus.ACTIVE)
    step: Mapped[str] = mapped_column(sa.String(20), default=Step.TRADE)
    language: Mapped[str] = mapped_column(sa.String(5), default="de")
    # The customer's messages that belong to this conversation: ids from first to last.
    first_message_id: Mapped[int | None]
    last_message_id: Mapped[int | None]
    last_activity_at: Mapped[datetime | None]

    trade_code: Mapped[str | None] = mapped_column(sa.String(40))
    offered_trade_codes: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    description: Mapped[str] = mapped_column(sa.Text, default="")
    postcode: Mapped[str | None] = mapped_column(sa.String(5))
    place_name: Mapped[str | None] = mapped_column(sa.String(200))
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    timing: Mapped[str | None] = mapped_column(sa.String(20))
    photos_answered: Mapped[bool] = mapped_column(default=False)
    media_file_ids: Mapped[list[int]] = mapped_column(sa.JSON, default=list)
    last_media_at: Mapped[datetime | None]
    contact_preference: Mapped[str | None] = mapped_column(sa.String(20))
    contact_phone: Mapped[str | None] = mapped_column(sa.String(40))
    contact_email: Mapped[str | None] = mapped_column(sa.String(254))
    # Set while asking "continue or start over?": the message that came after the pause.
    pending_message_id: Mapped[int | None]
    # Which field "Change" is about (trade, description, postcode, timing, photos, contact).
    changing: Mapped[str | None] = mapped_column(sa.String(20))
    extra: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)

    submitted_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]

    customer: Mapped[Customer] = relationship()

    @property
    def is_active(self) -> bool:
        return self.status == ConversationStatus.ACTIVE

    @property
    def has_content(self) -> bool:
        return bool(self.trade_code or self.description or self.postcode or self.media_file_ids)

    def __repr__(self) -> str:
        return f"<Conversation {self.id} {self.status} {self.step}>"
