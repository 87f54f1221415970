"""Consent notices (exact texts shown), consent requests, the append-only consent ledger,
and the notices a business receives when a customer withdraws or erases.

The current state of a consent is never stored: it is the latest `ConsentEvent` for
(customer, tenant, purpose, job), read by `consent.services`.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace import clock
from marketplace.db import Base, TenantScopedMixin, enum_check, new_public_id


class ConsentPurpose(StrEnum):
    MEDIA_SHARING = "media_sharing"  # photos and videos of the job
    CONTACT_SHARING = "contact_sharing"  # stored contact details, after a quote is accepted
    # Files the customer sent into one business's job conversation: their own act, one
    # business, exactly those files (threads.incoming); never the job's other photos.
    THREAD_MEDIA = "thread_media"


class ConsentAction(StrEnum):
    GRANT = "grant"
    DECLINE = "decline"
    WITHDRAW = "withdraw"
    EXPIRE = "expire"


class ConsentActor(StrEnum):
    CUSTOMER = "customer"  # the customer's own act (button, keyword, notice page)
    SYSTEM = "system"  # retention expiry


class EvidenceKind(StrEnum):
    MESSAGE = "message"  # an inbound chat message (button tap or keyword)
    WEB_REQUEST = "web_request"  # a POST on the notice page
    SCHEDULE = "schedule"  # the retention sweep


class ImmutableRowError(RuntimeError):
    """Consent notices and events are evidence: they are appended, never changed."""


class ConsentNotice(Base):
    """One exact text a customer was shown, stored once per distinct text (by its hash).

    It holds no customer or job keys on purpose, so erasing a customer never has to change
    a notice, and a proof can always show the very words that were on the screen.
    """

    __tablename__ = "consent_notice"
    __table_args__ = (enum_check("purpose", ConsentPurpose),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(sa.String(20))  # the wording's version
    purpose: Mapped[str] = mapped_column(sa.String(20))
    language: Mapped[str] = mapped_column(sa.String(5))
    text: Mapped[str] = mapped_column(sa.Text)
    sha256: Mapped[str] = mapped_column(sa.String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=clock.now)

    def __repr__(self) -> str:
        return f"<ConsentNotice {self.id} {self.version} {self.language}>"


class ConsentRequest(TenantScopedMixin, Base):
    """One question put to a customer: this tenant, this purpose, this job, this notice.

    The chat buttons and the notice page both answer a request; the answer itself is a
    `ConsentEvent`. A request asked under an older recipient list can no longer be granted.
    """

    __tablename__ = "consent_request"
    __table_args__ = (
        enum_check("purpose", ConsentPurpose),
        sa.Index("ix_consent_request_key", "customer_id", "tenant_id", "purpose",
                 "job_request_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(sa.String(40), unique=True, default=new_public_id)
    customer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    job_request_id: Mapped[int] = mapped_column(
        sa.ForeignKey("job_request.id", ondelete="CASCADE"), index=True)
    lead_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("lead.id", ondelete="SET NULL"), index=True)
    purpose: Mapped[str] = mapped_column(sa.String(20))
    channel: Mapped[str] = mapped_column(sa.String(20))
    language: Mapped[str] = mapped_column(sa.String(5))
    recipient_list_version: Mapped[int]
    notice_id: Mapped[int] = mapped_column(sa.ForeignKey("consent_notice.id"))
    retention_days: Mapped[int] = mapped_column(default=30)
    requested_at: Mapped[datetime] = mapped_column(default=clock.now)

    notice: Mapped[ConsentNotice] = relationship()

    def __repr__(self) -> str:
        return f"<ConsentRequest {self.id} {self.purpose}>"


class ConsentEvent(TenantScopedMixin, Base):
    """Append-only: one grant, refusal, withdrawal or expiry, with what carried it."""

    __tablename__ = "consent_event"
    __table_args__ = (
        enum_check("purpose", ConsentPurpose),
        enum_check("action", ConsentAction),
        enum_check("actor", ConsentActor),
        enum_check("evidence_kind", EvidenceKind),
        sa.Index("ix_consent_event_key", "customer_id", "tenant_id", "purpose",
                 "job_request_id", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The receipt id the customer sees (Kantara consentReceiptID).
    public_id: Mapped[str] = mapped_column(sa.String(40), unique=True, default=new_public_id)
    customer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    job_request_id: Mapped[int] = mapped_column(
        sa.ForeignKey("job_request.id", ondelete="CASCADE"), index=True)
    request_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("consent_request.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(sa.String(20))
    action: Mapped[str] = mapped_column(sa.String(10))
    recipient_list_version: Mapped[int]
    notice_id: Mapped[int | None] = mapped_column(sa.ForeignKey("consent_notice.id"))
    notice_sha256: Mapped[str | None] = mapped_column(sa.String(64))
    channel: Mapped[str] = mapped_column(sa.String(20))
    actor: Mapped[str] = mapped_column(sa.String(10))
    evidence_kind: Mapped[str] = mapped_column(sa.String(20))
    # Inbound message id, or the notice page's request id; never a phone number.
    evidence_ref: Mapped[str | None] = mapped_column(sa.String(64))
    via_message_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("message.id", ondelete="SET NULL"), index=True)
    retention_days: Mapped[int] = mapped_column(default=30)
    occurred_at: Mapped[datetime] = mapped_column(default=clock.now)

    notice: Mapped[ConsentNotice | None] = relationship()
    request: Mapped[ConsentRequest | None] = relationship()

    def __repr__(self) -> str:
        return f"<ConsentEvent {self.id} {self.purpose} {self.action}>"


class BusinessNoticeKind(StrEnum):
    CONSENT_WITHDRAWN = "consent_withdrawn"
    CONSENT_EXPIRED = "consent_expired"
    CUSTOMER_ERASED = "customer_erased"


class BusinessNotice(TenantScopedMixin, Base):
    """What a business is told (Art. 19 GDPR): which job, what happened, when. No content."""

    __tablename__ = "business_notice"
    __table_args__ = (enum_check("kind", BusinessNoticeKind),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(20))
    job_reference: Mapped[str] = mapped_column(sa.String(12))
    purpose: Mapped[str | None] = mapped_column(sa.String(20))
    created_at: Mapped[datetime] = mapped_column(default=clock.now)


@sa.event.listens_for(ConsentNotice, "before_update")
@sa.event.listens_for(ConsentEvent, "before_update")
def _refuse_update(_mapper: Any, _connection: Any, target: Any) -> None:
    raise ImmutableRowError(f"{type(target).__name__} rows are never changed")


@sa.event.listens_for(ConsentNotice, "before_delete")
def _refuse_notice_delete(_mapper: Any, _connection: Any, target: Any) -> None:
    raise ImmutableRowError("consent notices are never deleted")
