"""Reviews from real jobs: one per awarded job, written by its customer in the chat.

A review exists only for a job that was awarded (its lead won) and completed; the one
writer (`reviews/writing.py`) checks that, and the database keeps one review per job and
ties it to the job and to the won lead by foreign keys. Every change the customer makes is
a new `ReviewVersion`; the business answers once; anyone may report a review, and an
admin's decision (hide or keep, with a reason) is kept on the report.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace import clock
from marketplace.db import Base, TenantScopedMixin, TimestampMixin, enum_check

if TYPE_CHECKING:
    from marketplace.jobs.models import JobRequest
    from marketplace.tenancy.models import Tenant

STARS = range(1, 6)
TEXT_MAX = 2000
ANSWER_MAX = 2000


class InvitationStep(StrEnum):
    STARS = "stars"  # the star buttons are out
    WORDS = "words"  # waiting for a few words (the next text message is the review's)
    DONE = "done"  # answered or skipped


class ReviewInvitation(TenantScopedMixin, TimestampMixin, Base):
    """The chat's question for a review of one job, and where the customer is in it."""

    __tablename__ = "review_invitation"
    __table_args__ = (enum_check("step", InvitationStep),
                      sa.UniqueConstraint("job_request_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    job_request_id: Mapped[int] = mapped_column(
        sa.ForeignKey("job_request.id", ondelete="CASCADE"))
    lead_id: Mapped[int] = mapped_column(sa.ForeignKey("lead.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(sa.String(10), default=InvitationStep.STARS)
    # Until when the customer's next text message counts as the review's words.
    words_until: Mapped[datetime | None]
    # The customer chose "change my review": skipping a step then keeps what is there.
    editing: Mapped[bool] = mapped_column(default=False)


class ReviewStatus(StrEnum):
    PUBLISHED = "published"
    HIDDEN = "hidden"  # by an admin's decision on a report, with the reason on the report


class Review(TenantScopedMixin, TimestampMixin, Base):
    __tablename__ = "review"
    __table_args__ = (
        sa.UniqueConstraint("job_request_id"),
        enum_check("status", ReviewStatus),
        sa.CheckConstraint("stars IS NULL OR (stars >= 1 AND stars <= 5)", name="stars_range"),
        sa.CheckConstraint("stars IS NOT NULL OR text <> ''", name="not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    job_request_id: Mapped[int] = mapped_column(
        sa.ForeignKey("job_request.id", ondelete="CASCADE"))
    # The lead the customer awarded: the business reviewed is the one that did the job.
    lead_id: Mapped[int] = mapped_column(sa.ForeignKey("lead.id", ondelete="CASCADE"),
                                         index=True)
    stars: Mapped[int | None]
    text: Mapped[str] = mapped_column(sa.Text, default="")
    version: Mapped[int] = mapped_column(default=1)
    status: Mapped[str] = mapped_column(sa.String(20), default=ReviewStatus.PUBLISHED)
    published_at: Mapped[datetime] = mapped_column(default=clock.now)
    edited_at: Mapped[datetime | None]
    hidden_at: Mapped[datetime | None]
    # The business's one public answer.
    answer_text: Mapped[str | None] = mapped_column(sa.Text)
    answered_at: Mapped[datetime | None]
    answered_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))

    tenant: Mapped[Tenant] = relationship()
    job_request: Mapped[JobRequest] = relationship()
    versions: Mapped[list[ReviewVersion]] = relationship(
        back_populates="review", order_by="ReviewVersion.version",
        cascade="all, delete-orphan")
    reports: Mapped[list[ReviewReport]] = relationship(
        back_populates="review", order_by="ReviewReport.id", cascade="all, delete-orphan")

    @property
    def is_public(self) -> bool:
        return self.status == ReviewStatus.PUBLISHED


class ReviewVersion(Base):
    """What the review said at each version, the first included (edits keep history)."""

    __tablename__ = "review_version"
    __table_args__ = (sa.UniqueConstraint("review_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(sa.ForeignKey("review.id", ondelete="CASCADE"))
    version: Mapped[int]
    stars: Mapped[int | None]
    text: Mapped[str] = mapped_column(sa.Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=clock.now)

    review: Mapped[Review] = relationship(back_populates="versions")


class ReportReason(StrEnum):
    ABUSIVE = "abusive"  # insults, threats
    PERSONAL_DATA = "personal_data"  # names, addresses, phone numbers of people
    FALSE = "false"  # not what happened, or not about this business
    OTHER = "other"


class ReportDecision(StrEnum):
    HIDE = "hide"
    KEEP = "keep"


class ReviewReport(Base):
    """Someone's report of a review and the admin's decision on it."""

    __tablename__ = "review_report"
    __table_args__ = (enum_check("reason", ReportReason),
                      enum_check("decision", ReportDecision))

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(sa.ForeignKey("review.id", ondelete="CASCADE"),
                                           index=True)
    reason: Mapped[str] = mapped_column(sa.String(20))
    details: Mapped[str] = mapped_column(sa.Text, default="")
    # Optional, for questions; never shown publicly.
    reporter_email: Mapped[str] = mapped_column(sa.String(254), default="")
    reporter_user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=clock.now)
    decision: Mapped[str | None] = mapped_column(sa.String(10))
    decision_reason: Mapped[str | None] = mapped_column(sa.Text)
    decided_at: Mapped[datetime | None]
    decided_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))

    review: Mapped[Review] = relationship(back_populates="reports")
