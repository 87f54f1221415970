"""A customer's request for work, made by the intake conversation."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace import clock
from marketplace.channels.models import Customer
from marketplace.db import Base, TimestampMixin, enum_check
from marketplace.media.models import MediaFile


class Timing(StrEnum):
    URGENT = "urgent"
    WITHIN_WEEK = "week"
    WITHIN_MONTH = "month"
    FLEXIBLE = "flexible"


class ContactPreference(StrEnum):
    CHAT = "chat"  # answers through the messenger the customer used
    PHONE = "phone"
    EMAIL = "email"


class JobStatus(StrEnum):
    OPEN = "open"  # created; routing and quoting in progress
    AWARDED = "awarded"  # the customer accepted a quote
    SCHEDULED = "scheduled"  # a date for the work is agreed
    IN_PROGRESS = "in_progress"  # the business started the work
    COMPLETED = "completed"  # the business finished the work
    CLOSED = "closed"  # no further action (also: finished before progress was tracked)
    CANCELLED = "cancelled"  # withdrawn by the customer
    UNMATCHED = "unmatched"  # no eligible business was left


job_media = sa.Table(
    "job_request_media",
    Base.metadata,
    sa.Column("job_request_id", sa.ForeignKey("job_request.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("media_file_id", sa.ForeignKey("media_file.id", ondelete="CASCADE"),
              primary_key=True),
)


class JobRequest(TimestampMixin, Base):
    __tablename__ = "job_request"
    __table_args__ = (
        enum_check("timing", Timing),
        enum_check("contact_preference", ContactPreference),
        enum_check("status", JobStatus),
        sa.Index("ix_job_request_status_created_at", "status", "created_at"),
        # The admin's unfiltered list, newest first, reads one page from this index.
        sa.Index("ix_job_request_created_at_id", "created_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Short, unambiguous reference customers can type (e.g. A7K-2Q).
    reference: Mapped[str] = mapped_column(sa.String(12), unique=True)
    customer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    channel: Mapped[str] = mapped_column(sa.String(20))
    trade_code: Mapped[str] = mapped_column(sa.String(40), index=True)
    description: Mapped[str] = mapped_column(sa.Text)
    postcode: Mapped[str] = mapped_column(sa.String(5), index=True)
    place_name: Mapped[str | None] = mapped_column(sa.String(120))
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    timing: Mapped[str] = mapped_column(sa.String(20))
    contact_preference: Mapped[str] = mapped_column(sa.String(20),
                                                    default=ContactPreference.CHAT)
    language: Mapped[str] = mapped_column(sa.String(5), default="de")
    status: Mapped[str] = mapped_column(sa.String(20), default=JobStatus.OPEN)
    closed_at: Mapped[datetime | None]
    # The intake conversation it came from (None when made another way, e.g. by an admin).
    conversation_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("conversation.id", ondelete="SET NULL"), index=True)
    # Given by the customer for the contact preference; passed on only with consent.
    contact_phone: Mapped[str | None] = mapped_column(sa.String(40))
    contact_email: Mapped[str | None] = mapped_column(sa.String(254))
    # Beside the customer's words (`description`, kept as written), what was read from
    # them: the other trades the work needs (a bathroom: plumber and electrician besides
    # the tiler), a danger the customer described (gas, water, electric; the job is then
    # urgent), and the words each derived field was read from ({"timing": "nicht
    # dringend", "place": "Offenbach am Main"}), so a wrong reading can be traced.
    also_trade_codes: Mapped[list[str] | None] = mapped_column(sa.JSON)
    hazard: Mapped[str | None] = mapped_column(sa.String(20))
    derived_from: Mapped[dict[str, str] | None] = mapped_column(sa.JSON)

    customer: Mapped[Customer] = relationship()
    media: Mapped[list[MediaFile]] = relationship(secondary=job_media, order_by=MediaFile.id)

    @property
    def trade_codes(self) -> list[str]:
        """Every trade the job needs, the main one first."""
        return [self.trade_code, *(code for code in self.also_trade_codes or ()
                                   if code != self.trade_code)]

    @property
    def postcode_area(self) -> str:
        """What a business sees before any consent: the first three digits."""
        return f"{self.postcode[:3]}xx"

    def __repr__(self) -> str:
        return f"<JobRequest {self.reference} {self.status}>"


class ActorKind(StrEnum):
    CUSTOMER = "customer"
    ADMIN = "admin"
    SYSTEM = "system"
    BUSINESS = "business"  # a user of the awarded business (actor_id is the user)


class JobRequestEvent(Base):
    """Append-only record of a job's status changes: who, when, from what, to what, why."""

    __tablename__ = "job_request_event"
    __table_args__ = (
        enum_check("actor_kind", ActorKind),
        sa.Index("ix_job_request_event_job_request_id_id", "job_request_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    job_request_id: Mapped[int] = mapped_column(
        sa.ForeignKey("job_request.id", ondelete="CASCADE"))
    from_status: Mapped[str | None] = mapped_column(sa.String(20))
    to_status: Mapped[str] = mapped_column(sa.String(20))
    actor_kind: Mapped[str] = mapped_column(sa.String(20))
    actor_id: Mapped[int | None]  # the admin user or customer, by kind
    reason: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(default=clock.now)
