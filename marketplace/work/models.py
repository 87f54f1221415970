"""Appointments a business proposes and the customer picks, with their history; the
crew's notes and photos on a job; the completion the customer confirms or disputes."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace import clock
from marketplace.db import Base, TenantScopedMixin, TimestampMixin, enum_check
from marketplace.media.models import MediaFile


class AppointmentKind(StrEnum):
    VISIT = "visit"  # Besichtigung: a look at the site before quoting or before the work
    WORK = "work"  # the work itself


class AppointmentStatus(StrEnum):
    PROPOSED = "proposed"  # slots offered, the customer has not picked one
    CONFIRMED = "confirmed"  # the customer picked a slot
    OTHER_TIMES_ASKED = "other_times_asked"  # the customer asked for other times
    CANCELLED = "cancelled"  # by either side, with a reason
    REPLACED = "replaced"  # rescheduled: a newer appointment took its place


class AppointmentActor(StrEnum):
    BUSINESS = "business"
    CUSTOMER = "customer"
    SYSTEM = "system"


class Appointment(TenantScopedMixin, TimestampMixin, Base):
    __tablename__ = "appointment"
    __table_args__ = (
        enum_check("kind", AppointmentKind),
        enum_check("status", AppointmentStatus),
        sa.Index("ix_appointment_status_starts_at", "status", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(sa.ForeignKey("lead.id", ondelete="CASCADE"),
                                         index=True)
    job_request_id: Mapped[int] = mapped_column(
        sa.ForeignKey("job_request.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(sa.String(20))
    status: Mapped[str] = mapped_column(sa.String(20), default=AppointmentStatus.PROPOSED)
    # The chosen slot, once confirmed.
    starts_at: Mapped[datetime | None]
    ends_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(sa.Text, default="")
    proposed_by_user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))
    reminder_sent_at: Mapped[datetime | None]
    cancelled_by: Mapped[str | None] = mapped_column(sa.String(20))
    cancel_reason: Mapped[str | None] = mapped_column(sa.String(300))
    replaces_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("appointment.id", ondelete="SET NULL"))

    slots: Mapped[list[AppointmentSlot]] = relationship(
        back_populates="appointment", order_by="AppointmentSlot.position",
        cascade="all, delete-orphan")
    events: Mapped[list[AppointmentEvent]] = relationship(
        back_populates="appointment", order_by="AppointmentEvent.id",
        cascade="all, delete-orphan")


class AppointmentSlot(Base):
    __tablename__ = "appointment_slot"

    id: Mapped[int] = mapped_column(primary_key=True)
    appointment_id: Mapped[int] = mapped_column(
        sa.ForeignKey("appointment.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]  # 1..3, as offered
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]

    appointment: Mapped[Appointment] = relationship(back_populates="slots")


class AppointmentEvent(TenantScopedMixin, Base):
    """Append-only: every change of an appointment, who made it and why."""

    __tablename__ = "appointment_event"
    __table_args__ = (enum_check("actor_kind", AppointmentActor),)

    id: Mapped[int] = mapped_column(primary_key=True)
    appointment_id: Mapped[int] = mapped_column(
        sa.ForeignKey("appointment.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(sa.String(20))
    to_status: Mapped[str] = mapped_column(sa.String(20))
    actor_kind: Mapped[str] = mapped_column(sa.String(20))
    actor_user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))
    reason: Mapped[str | None] = mapped_column(sa.String(300))
    created_at: Mapped[datetime] = mapped_column(default=clock.now)

    appointment: Mapped[Appointment] = relationship(back_populates="events")


# --- on the job: the crew's notes and photos, and the completion the customer answers -------

class WorkEntryKind(StrEnum):
    PROGRESS = "progress"  # while the work goes on
    COMPLETION = "completion"  # the finished work


class WorkNote(TenantScopedMixin, Base):
    """A note (and the photos posted with it) by a user of the business on one of its won
    jobs. Internal: the customer sees a photo only once someone sends it (WorkPhoto.sent_at)."""

    __tablename__ = "work_note"
    __table_args__ = (enum_check("kind", WorkEntryKind),
                      sa.Index("ix_work_note_job_request_id_id", "job_request_id", "id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(sa.ForeignKey("lead.id", ondelete="CASCADE"))
    job_request_id: Mapped[int] = mapped_column(
        sa.ForeignKey("job_request.id", ondelete="CASCADE"))
    author_user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(sa.String(20), default=WorkEntryKind.PROGRESS)
    text: Mapped[str] = mapped_column(sa.Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=clock.now)

    photos: Mapped[list[WorkPhoto]] = relationship(back_populates="note",
                                                   order_by="WorkPhoto.id")


class WorkPhoto(TenantScopedMixin, Base):
    """A photo (or PDF) of the business's work, stored cleaned like every upload."""

    __tablename__ = "work_photo"
    __table_args__ = (enum_check("kind", WorkEntryKind),
                      sa.Index("ix_work_photo_job_request_id_id", "job_request_id", "id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(sa.ForeignKey("work_note.id", ondelete="CASCADE"),
                                         index=True)
    lead_id: Mapped[int] = mapped_column(sa.ForeignKey("lead.id", ondelete="CASCADE"))
    job_request_id: Mapped[int] = mapped_column(
        sa.ForeignKey("job_request.id", ondelete="CASCADE"))
    media_file_id: Mapped[int] = mapped_column(
        sa.ForeignKey("media_file.id", ondelete="CASCADE"), unique=True)
    kind: Mapped[str] = mapped_column(sa.String(20), default=WorkEntryKind.PROGRESS)
    created_at: Mapped[datetime] = mapped_column(default=clock.now)
    # Set once the photo went into the job conversation, and by whom.
    sent_at: Mapped[datetime | None]
    sent_by_user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))

    note: Mapped[WorkNote] = relationship(back_populates="photos")
    media_file: Mapped[MediaFile] = relationship()


class CompletionAnswer(StrEnum):
    CONFIRMED = "confirmed"  # the customer confirmed the work is done
    DISPUTED = "disputed"  # the customer reported a problem: the job is open again


class JobCompletion(TenantScopedMixin, Base):
    """The business marked the job completed and asked the customer to confirm; one row per
    time (a disputed job can be completed again), answered at most once."""

    __tablename__ = "job_completion"
    __table_args__ = (enum_check("answer", CompletionAnswer),)

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(sa.ForeignKey("lead.id", ondelete="CASCADE"))
    job_request_id: Mapped[int] = mapped_column(
        sa.ForeignKey("job_request.id", ondelete="CASCADE"), index=True)
    marked_by_user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))
    summary: Mapped[str] = mapped_column(sa.Text, default="")
    photo_count: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=clock.now)
    answer: Mapped[str | None] = mapped_column(sa.String(20))
    answered_at: Mapped[datetime | None]
