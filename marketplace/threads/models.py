"""What a business and a customer wrote to each other about one lead."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace import clock
from marketplace.db import Base, TenantScopedMixin, enum_check
from marketplace.media.models import MediaFile


class ThreadAuthor(StrEnum):
    BUSINESS = "business"  # a user of the tenant, in the dashboard or through the API
    CUSTOMER = "customer"  # the homeowner, in their messenger


thread_message_media = sa.Table(
    "thread_message_media",
    Base.metadata,
    sa.Column("thread_message_id", sa.ForeignKey("thread_message.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("media_file_id", sa.ForeignKey("media_file.id", ondelete="CASCADE"),
              primary_key=True),
)


class ThreadMessage(TenantScopedMixin, Base):
    """One entry of a lead's thread. The channel message carries it to or from the customer;
    this row is what the business sees, so it never holds the customer's messenger id."""

    __tablename__ = "thread_message"
    __table_args__ = (
        enum_check("author", ThreadAuthor),
        sa.Index("ix_thread_message_lead_id_id", "lead_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(sa.ForeignKey("lead.id", ondelete="CASCADE"))
    job_request_id: Mapped[int] = mapped_column(
        sa.ForeignKey("job_request.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(sa.String(20))
    author_user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(sa.Text, default="")
    # The outbound or inbound channel message that carried this entry.
    channel_message_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("message.id", ondelete="SET NULL"), index=True)
    read_at: Mapped[datetime | None]  # by the other side, when known
    created_at: Mapped[datetime] = mapped_column(default=clock.now)

    media: Mapped[list[MediaFile]] = relationship(secondary=thread_message_media,
                                                  order_by=MediaFile.id)


class ThreadRouting(Base):
    """Where a customer's next words go when several businesses are talking to them: the
    thread they picked (by button) until `focus_until`, and messages waiting for the
    answer to "which business do you mean?"."""

    __tablename__ = "thread_routing"

    customer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    focus_lead_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("lead.id", ondelete="SET NULL"))
    focus_until: Mapped[datetime | None]
    waiting_message_ids: Mapped[list[Any]] = mapped_column(sa.JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(default=clock.now, onupdate=clock.now)
