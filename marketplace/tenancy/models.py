"""The tenant: one craft business on the platform."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace import clock
from marketplace.db import Base, TenantScopedMixin, TimestampMixin, enum_check

if TYPE_CHECKING:
    from marketplace.accounts.models import User


class _InviteRole(StrEnum):
    # accounts.models.BUSINESS_ROLES as an enum, for the check constraint (Role also has admin).
    OWNER = "owner"
    OFFICE = "office"
    CREW = "crew"


class TenantStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"


class VerificationStatus(StrEnum):
    UNVERIFIED = "unverified"  # registered, documents missing
    PENDING = "pending"  # documents submitted, waiting for an admin
    VERIFIED = "verified"  # trade licence and a master-craftsman proof approved
    REJECTED = "rejected"


class TenantTradeStatus(StrEnum):
    PENDING = "pending"  # offered by the business, not covered by an approved proof yet
    APPROVED = "approved"  # covered by an approved proof: eligible for leads
    SUSPENDED = "suspended"  # proof expired or an admin suspended the trade


class Tenant(TimestampMixin, Base):
    __tablename__ = "tenant"
    __table_args__ = (
        enum_check("status", TenantStatus),
        enum_check("verification_status", VerificationStatus),
        sa.CheckConstraint("service_radius_km BETWEEN 5 AND 100", name="radius_range"),
        sa.CheckConstraint("weekly_lead_capacity >= 0", name="capacity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(sa.String(80), unique=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    # ACTIVE/SUSPENDED is the platform's decision; pausing is the business's own.
    status: Mapped[str] = mapped_column(sa.String(20), default=TenantStatus.ACTIVE)
    verification_status: Mapped[str] = mapped_column(
        sa.String(20), default=VerificationStatus.UNVERIFIED
    )
    verified_at: Mapped[datetime | None]
    is_paused: Mapped[bool] = mapped_column(default=False)

    legal_form: Mapped[str | None] = mapped_column(sa.String(40))
    street: Mapped[str | None] = mapped_column(sa.String(200))
    postcode: Mapped[str | None] = mapped_column(sa.String(5))
    city: Mapped[str | None] = mapped_column(sa.String(120))
    phone: Mapped[str | None] = mapped_column(sa.String(40))
    email: Mapped[str | None] = mapped_column(sa.String(254))
    email_confirmed_at: Mapped[datetime | None]
    description: Mapped[str] = mapped_column(sa.Text, default="")
    opening_hours: Mapped[str] = mapped_column(sa.Text, default="")
    # The imprint a business online must show (§ 5 DDG), on its public profile: besides
    # name, legal form and address, who represents it, its register entry, VAT id and, for
    # a craft business, the chamber that supervises it. Empty until the owner fills them.
    represented_by: Mapped[str] = mapped_column(sa.String(200), default="", server_default="")
    register_entry: Mapped[str] = mapped_column(sa.String(200), default="", server_default="")
    vat_id: Mapped[str] = mapped_column(sa.String(20), default="", server_default="")
    chamber: Mapped[str] = mapped_column(sa.String(200), default="", server_default="")

    # Service area: centre postcode (with its centroid when geodata is imported) and radius.
    base_postcode: Mapped[str | None] = mapped_column(sa.String(5), index=True)
    base_latitude: Mapped[float | None]
    base_longitude: Mapped[float | None]
    service_radius_km: Mapped[int] = mapped_column(default=25)
    weekly_lead_capacity: Mapped[int] = mapped_column(default=10)

    users: Mapped[list[User]] = relationship(back_populates="tenant")
    trades: Mapped[list[TenantTrade]] = relationship(
        back_populates="tenant", cascade="all, delete-orphan", order_by="TenantTrade.trade_code"
    )

    @property
    def is_active(self) -> bool:
        return self.status == TenantStatus.ACTIVE

    @property
    def is_verified(self) -> bool:
        return self.verification_status == VerificationStatus.VERIFIED

    def __repr__(self) -> str:
        return f"<Tenant {self.slug}>"


class TenantTrade(TimestampMixin, Base):
    """A trade a business offers, and whether its approved documents cover it."""

    __tablename__ = "tenant_trade"
    __table_args__ = (
        sa.UniqueConstraint("tenant_id", "trade_code"),
        enum_check("status", TenantTradeStatus),
        # The routing query starts from (trade, status) and joins the tenant.
        sa.Index("ix_tenant_trade_trade_code_status", "trade_code", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[int] = mapped_column(
        sa.ForeignKey("tenant.id", ondelete="CASCADE"), index=True
    )
    trade_code: Mapped[str] = mapped_column(sa.String(40))
    status: Mapped[str] = mapped_column(sa.String(20), default=TenantTradeStatus.PENDING)
    # An admin's suspension outlasts new documents until the admin reinstates the trade;
    # a suspension because a document expired ends with the next approved document.
    is_admin_suspended: Mapped[bool] = mapped_column(default=False, server_default=sa.false())

    tenant: Mapped[Tenant] = relationship(back_populates="trades")


class Subcontractor(TimestampMixin, Base):
    """A business this tenant passes work to; named in every consent request for the tenant."""

    __tablename__ = "subcontractor"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[int] = mapped_column(
        sa.ForeignKey("tenant.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(sa.String(200))
    street: Mapped[str] = mapped_column(sa.String(200), default="")
    postcode: Mapped[str] = mapped_column(sa.String(5), default="")
    city: Mapped[str] = mapped_column(sa.String(120), default="")
    services: Mapped[str] = mapped_column(sa.Text)  # what they do for the tenant
    removed_at: Mapped[datetime | None]


class RecipientListVersion(Base):
    """Who receives a customer's data when they consent to this tenant: the business and its
    subcontractors, frozen. Consent records point to the exact version the customer saw."""

    __tablename__ = "recipient_list_version"
    __table_args__ = (sa.UniqueConstraint("tenant_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[int] = mapped_column(
        sa.ForeignKey("tenant.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int]
    snapshot: Mapped[dict] = mapped_column(sa.JSON)
    created_at: Mapped[datetime] = mapped_column(default=clock.now)

    @property
    def recipient_names(self) -> list[str]:
        names = [self.snapshot["business"]["name"]]
        names.extend(sub["name"] for sub in self.snapshot.get("subcontractors", []))
        return names


class InvitationStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REVOKED = "revoked"


class TeamInvitation(TimestampMixin, Base):
    """An invitation to join a tenant's team; the link carries a token whose hash is stored."""

    __tablename__ = "team_invitation"
    __table_args__ = (enum_check("status", InvitationStatus), enum_check("role", _InviteRole))

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[int] = mapped_column(
        sa.ForeignKey("tenant.id", ondelete="CASCADE"), index=True
    )
    email: Mapped[str] = mapped_column(sa.String(254))
    role: Mapped[str] = mapped_column(sa.String(20))
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    status: Mapped[str] = mapped_column(sa.String(20), default=InvitationStatus.PENDING)
    invited_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL")
    )
    expires_at: Mapped[datetime]
    accepted_at: Mapped[datetime | None]

    tenant: Mapped[Tenant] = relationship()


class CrewAssignment(TenantScopedMixin, TimestampMixin, Base):
    """A crew member put on one of the business's won jobs by an owner or office user.

    Rows are never deleted: taking someone off the job sets `removed_at`, so "who was on
    the job, and who put them there" can be answered later. Read through
    `tenancy.scoping` (a crew member sees only the jobs with an open row for them).
    """

    __tablename__ = "crew_assignment"
    __table_args__ = (
        sa.Index("ix_crew_assignment_user_id_job_request_id", "user_id", "job_request_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The job by table name only: tenancy sits below jobs on the feature map.
    job_request_id: Mapped[int] = mapped_column(
        sa.ForeignKey("job_request.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("user_account.id", ondelete="CASCADE"))
    assigned_by_user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))
    removed_at: Mapped[datetime | None]
    removed_by_user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))
