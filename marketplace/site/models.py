"""Photos of past work a business publishes on its public profile.

Only the business's own uploads: customer photos from a job never reach the public
profile (that would need a separate, explicit publication consent, which the platform
does not ask for). Files are cleaned of their metadata (EXIF/GPS) before they are kept.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from marketplace.db import Base, TenantScopedMixin, TimestampMixin, new_public_id

CAPTION_MAX = 200


class PortfolioPhoto(TenantScopedMixin, TimestampMixin, Base):
    __tablename__ = "portfolio_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(sa.String(40), unique=True, default=new_public_id)
    storage_key: Mapped[str] = mapped_column(sa.String(200))
    content_type: Mapped[str] = mapped_column(sa.String(50))
    size_bytes: Mapped[int]
    caption: Mapped[str] = mapped_column(sa.String(CAPTION_MAX), default="")
    uploaded_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))
    # Unpublished photos stay in the dashboard only; removed ones are gone from disk.
    published_at: Mapped[datetime | None]
