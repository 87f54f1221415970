"""Leads: one job offered to one business."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace.db import Base, TenantScopedMixin, TimestampMixin, enum_check
from marketplace.jobs.models import JobRequest
from marketplace.tenancy.models import Tenant


class LeadStatus(StrEnum):
    OFFERED = "offered"
    VIEWED = "viewed"
    DECLINED = "declined"
    QUOTED = "quoted"
    EXPIRED = "expired"
    WON = "won"
    LOST = "lost"


OPEN_LEAD_STATUSES = (LeadStatus.OFFERED, LeadStatus.VIEWED)


class Lead(TenantScopedMixin, TimestampMixin, Base):
    __tablename__ = "lead"
    __table_args__ = (
        sa.UniqueConstraint("job_request_id", "tenant_id"),
        enum_check("status", LeadStatus),
        sa.Index("ix_lead_status_expires_at", "status", "expires_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    job_request_id: Mapped[int] = mapped_column(
        sa.ForeignKey("job_request.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(sa.String(20), default=LeadStatus.OFFERED)
    offered_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    viewed_at: Mapped[datetime | None]
    responded_at: Mapped[datetime | None]
    decline_reason: Mapped[str | None] = mapped_column(sa.String(300))
    distance_km: Mapped[float | None]

    job_request: Mapped[JobRequest] = relationship()
    tenant: Mapped[Tenant] = relationship()

    def __repr__(self) -> str:
        return f"<Lead {self.id} {self.status}>"
