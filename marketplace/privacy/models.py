"""Rows of the privacy feature: media access log, exports, erasure requests, tombstones and
the content-free deletion log."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from marketplace import clock
from marketplace.db import Base, enum_check, new_public_id


class AccessDecision(StrEnum):
    ALLOW = "allow"
    DENY = "deny"


class MediaAccess(Base):
    """One attempt to open a customer's file: who, which business, which file and job, when,
    allowed or denied and why. Never the file's content or anyone's phone number."""

    __tablename__ = "media_access_log"
    __table_args__ = (
        enum_check("decision", AccessDecision),
        sa.Index("ix_media_access_log_occurred_at", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(default=clock.now)
    user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"), index=True)
    tenant_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("tenant.id", ondelete="SET NULL"), index=True)
    # The customer whose file it is: the customer's export includes these rows and erasing
    # the customer erases them.
    customer_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    media_file_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("media_file.id", ondelete="SET NULL"))
    job_request_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("job_request.id", ondelete="SET NULL"))
    decision: Mapped[str] = mapped_column(sa.String(5))
    reason: Mapped[str] = mapped_column(sa.String(40))
    link_id: Mapped[str | None] = mapped_column(sa.String(32))
    # What an administrator typed with the reason (a case number, a report); never content.
    note: Mapped[str | None] = mapped_column(sa.String(300))


class DataExport(Base):
    """A one-time download of everything about a customer (Art. 15/20 GDPR)."""

    __tablename__ = "data_export"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    # Only the hash of the link's secret is kept: a database reader cannot download.
    token_sha256: Mapped[str] = mapped_column(sa.String(64), unique=True)
    requested_at: Mapped[datetime] = mapped_column(default=clock.now)
    expires_at: Mapped[datetime]
    downloaded_at: Mapped[datetime | None]
    via_message_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("message.id", ondelete="SET NULL"))
    # An admin who exported for a request that arrived another way (letter, e-mail).
    requested_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))


class ErasureStatus(StrEnum):
    AWAITING_CONFIRMATION = "awaiting"
    CANCELLED = "cancelled"


class ErasureRequest(Base):
    """LÖSCHEN before the confirmation tap. Once confirmed, it goes with the customer."""

    __tablename__ = "erasure_request"
    __table_args__ = (enum_check("status", ErasureStatus),)

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(sa.String(40), unique=True, default=new_public_id)
    customer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(sa.String(10),
                                        default=ErasureStatus.AWAITING_CONFIRMATION)
    requested_at: Mapped[datetime] = mapped_column(default=clock.now)
    via_message_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("message.id", ondelete="SET NULL"))


class IdentityTombstone(Base):
    """What survives an erasure: a keyed hash of the channel identity and the opt-out.

    The hash (HMAC with SECRET_KEY) lets a returning sender be recognised as having said
    STOP, without keeping the number or id itself.
    """

    __tablename__ = "identity_tombstone"

    id: Mapped[int] = mapped_column(primary_key=True)
    identity_hmac: Mapped[str] = mapped_column(sa.String(64), unique=True)
    opted_out_at: Mapped[datetime | None]
    erased_at: Mapped[datetime] = mapped_column(default=clock.now)


class DeletionReason(StrEnum):
    CUSTOMER_REQUEST = "customer_request"
    JOB_RETENTION = "job_retention"
    ABANDONED_INTAKE = "abandoned_intake"


class DeletionRecord(Base):
    """Content-free record of a deletion: why, when, how many of what. No names, no ids
    of the person, nothing that could rebuild what was erased."""

    __tablename__ = "deletion_log"
    __table_args__ = (enum_check("reason", DeletionReason),)

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(default=clock.now, index=True)
    reason: Mapped[str] = mapped_column(sa.String(20))
    counts: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    # The admin who carried out a request received outside the chat; None for the chat
    # and for the retention schedule.
    actor_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))


class RetainedRecordKind(StrEnum):
    AWARDED_QUOTE = "awarded_quote"  # the business's commercial record (§ 257 HGB, § 147 AO)
    CONSENT_PROOF = "consent_proof"  # proof that a consent was given (Art. 7(1) GDPR)


class RetainedRecord(Base):
    """What an erasure must keep because the law requires it, stripped of the customer's
    personal data: no name, phone, e-mail, messenger id, address or photos."""

    __tablename__ = "retained_record"
    __table_args__ = (enum_check("kind", RetainedRecordKind),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(20))
    tenant_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("tenant.id", ondelete="SET NULL"), index=True)
    job_reference: Mapped[str | None] = mapped_column(sa.String(12))
    data: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    legal_basis: Mapped[str] = mapped_column(sa.String(120))
    keep_until: Mapped[date]
    created_at: Mapped[datetime] = mapped_column(default=clock.now)
