"""Documents a business uploads to prove it may work in its trades, and their history."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace import clock
from marketplace.db import Base, TenantScopedMixin, TimestampMixin, enum_check, new_public_id


class DocumentType(StrEnum):
    GEWERBEANMELDUNG = "gewerbeanmeldung"  # trade licence (notice under § 14 GewO)
    MEISTERBRIEF = "meisterbrief"  # master craftsman certificate (owner or employed manager)
    HANDWERKSKARTE = "handwerkskarte"  # Handwerkskarte / entry in the Handwerksrolle
    AUSNAHMEBEWILLIGUNG = "ausnahmebewilligung"  # § 8/§ 9 HwO
    AUSUEBUNGSBERECHTIGUNG = "ausuebungsberechtigung"  # § 7a/§ 7b HwO
    HAFTPFLICHT = "haftpflicht"  # liability insurance certificate (optional)


# Documents that prove master-craftsman level for Anlage A trades.
MASTER_PROOF_TYPES = frozenset({
    DocumentType.MEISTERBRIEF,
    DocumentType.HANDWERKSKARTE,
    DocumentType.AUSNAHMEBEWILLIGUNG,
    DocumentType.AUSUEBUNGSBERECHTIGUNG,
})


class DocumentStatus(StrEnum):
    SUBMITTED = "submitted"  # waiting in the admin queue
    INFO_REQUESTED = "info_requested"  # admin asked the business for more
    APPROVED = "approved"
    REJECTED = "rejected"
    EXPIRED = "expired"  # approved once, expiry date has passed


class DocumentTradeStatus(StrEnum):
    CLAIMED = "claimed"  # the business says the document covers this trade
    APPROVED = "approved"  # the admin agrees
    REJECTED = "rejected"  # the admin does not


class VerificationDocument(TenantScopedMixin, TimestampMixin, Base):
    __tablename__ = "verification_document"
    __table_args__ = (
        enum_check("doc_type", DocumentType),
        enum_check("status", DocumentStatus),
        # The admin queue reads submitted documents oldest first.
        sa.Index("ix_verification_document_status_submitted_at", "status", "submitted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(sa.String(40), unique=True, default=new_public_id)
    doc_type: Mapped[str] = mapped_column(sa.String(30))
    status: Mapped[str] = mapped_column(sa.String(20), default=DocumentStatus.SUBMITTED)
    issuer: Mapped[str] = mapped_column(sa.String(200))  # chamber or office that issued it
    holder_name: Mapped[str] = mapped_column(sa.String(200))
    expires_on: Mapped[date | None] = mapped_column(sa.Date)
    note: Mapped[str] = mapped_column(sa.Text, default="")  # the business's answer to questions

    # The stored file: random key under MEDIA_ROOT, never the uploaded name.
    storage_key: Mapped[str] = mapped_column(sa.String(200))
    content_type: Mapped[str] = mapped_column(sa.String(50))
    size_bytes: Mapped[int]
    sha256: Mapped[str] = mapped_column(sa.String(64))

    uploaded_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL")
    )
    submitted_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]
    decided_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL")
    )
    decision_reason: Mapped[str | None] = mapped_column(sa.Text)
    reminder_sent_at: Mapped[datetime | None]

    trades: Mapped[list[DocumentTrade]] = relationship(
        back_populates="document", cascade="all, delete-orphan",
        order_by="DocumentTrade.trade_code",
    )

    @property
    def is_master_proof(self) -> bool:
        return self.doc_type in MASTER_PROOF_TYPES

    def claimed_codes(self) -> list[str]:
        return [trade.trade_code for trade in self.trades]

    def approved_codes(self) -> list[str]:
        return [t.trade_code for t in self.trades if t.status == DocumentTradeStatus.APPROVED]

    def __repr__(self) -> str:
        return f"<VerificationDocument {self.id} {self.doc_type} {self.status}>"


class DocumentTrade(TenantScopedMixin, Base):
    """One trade a document is said to cover, with the admin's per-trade decision."""

    __tablename__ = "verification_document_trade"
    __table_args__ = (
        sa.UniqueConstraint("document_id", "trade_code"),
        enum_check("status", DocumentTradeStatus),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        sa.ForeignKey("verification_document.id", ondelete="CASCADE"), index=True
    )
    trade_code: Mapped[str] = mapped_column(sa.String(40))
    status: Mapped[str] = mapped_column(sa.String(20), default=DocumentTradeStatus.CLAIMED)

    document: Mapped[VerificationDocument] = relationship(back_populates="trades")


class EventSubject(StrEnum):
    DOCUMENT = "document"
    BUSINESS = "business"  # tenant.status: active / suspended
    VERIFICATION = "verification"  # tenant.verification_status
    TRADE = "trade"  # tenant_trade.status
    PROFILE = "profile"  # registration, e-mail confirmation, pause/resume


class VerificationEvent(TenantScopedMixin, Base):
    """Append-only history: who changed what, when and why (actor None = the platform)."""

    __tablename__ = "verification_event"
    __table_args__ = (
        enum_check("subject", EventSubject),
        sa.Index("ix_verification_event_tenant_id_created_at", "tenant_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(sa.String(20))
    document_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("verification_document.id", ondelete="CASCADE"), index=True
    )
    trade_code: Mapped[str | None] = mapped_column(sa.String(40))
    from_status: Mapped[str | None] = mapped_column(sa.String(30))
    to_status: Mapped[str] = mapped_column(sa.String(30))
    actor_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL")
    )
    reason: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(default=clock.now)

    actor = relationship("User", foreign_keys=[actor_id], lazy="joined")
    document: Mapped[VerificationDocument | None] = relationship()
