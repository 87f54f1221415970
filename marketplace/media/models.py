"""A stored file a customer sent (photo, video, voice note, document)."""

from __future__ import annotations

from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from marketplace.db import Base, TimestampMixin, enum_check, new_public_id


class MediaStatus(StrEnum):
    PENDING = "pending"  # known from the provider, not downloaded yet
    STORED = "stored"  # downloaded, checked, metadata removed
    REJECTED = "rejected"  # wrong type, too large, checksum mismatch
    DELETED = "deleted"  # erased (retention or customer request)


class MediaFile(TimestampMixin, Base):
    __tablename__ = "media_file"
    __table_args__ = (enum_check("status", MediaStatus),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Random, never derived from names or phone numbers; used in storage keys and links.
    public_id: Mapped[str] = mapped_column(sa.String(40), unique=True, default=new_public_id)
    customer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    message_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("message.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(sa.String(20))  # image, video, audio, document
    status: Mapped[str] = mapped_column(sa.String(20), default=MediaStatus.PENDING)
    content_type: Mapped[str | None] = mapped_column(sa.String(100))
    size_bytes: Mapped[int | None]
    sha256: Mapped[str | None] = mapped_column(sa.String(64))
    storage_key: Mapped[str | None] = mapped_column(sa.String(200))
    provider_media_id: Mapped[str | None] = mapped_column(sa.String(255))
    rejection_reason: Mapped[str | None] = mapped_column(sa.String(200))
    attempts: Mapped[int] = mapped_column(default=0)
    # Where to fetch an inbound file (Messenger CDN URL); WhatsApp/Telegram use the media id.
    source_url: Mapped[str | None] = mapped_column(sa.Text)
    provider_sha256: Mapped[str | None] = mapped_column(sa.String(100))
    declared_content_type: Mapped[str | None] = mapped_column(sa.String(100))
    channel: Mapped[str | None] = mapped_column(sa.String(20))
    # Set when a business sent the file into a job conversation (a plan, a detailed quote);
    # None for the customer's own files.
    tenant_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("tenant.id", ondelete="CASCADE"), index=True)

    def __repr__(self) -> str:
        return f"<MediaFile {self.id} {self.kind} {self.status}>"
