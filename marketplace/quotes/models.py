"""Leads (one job offered to one business), quotes on them, and the routing record."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

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
        # Weekly capacity counts a business's leads since Monday.
        sa.Index("ix_lead_tenant_id_offered_at", "tenant_id", "offered_at"),
        # The dashboard's "what became of recent leads", newest change first (with the id,
        # the tie-breaker of the order, so that equal times need no sort).
        sa.Index("ix_lead_tenant_id_updated_at", "tenant_id", "updated_at", "id"),
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
    quote: Mapped[Quote | None] = relationship(back_populates="lead", uselist=False)
    events: Mapped[list[LeadEvent]] = relationship(back_populates="lead",
                                                   order_by="LeadEvent.id")

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_LEAD_STATUSES

    def __repr__(self) -> str:
        return f"<Lead {self.id} {self.status}>"


class ActorKind(StrEnum):
    BUSINESS = "business"  # a user of the tenant (dashboard or API)
    CUSTOMER = "customer"  # the homeowner, through the chat
    SYSTEM = "system"  # routing, expiry sweeps
    ADMIN = "admin"


class LeadEvent(TenantScopedMixin, Base):
    """One change of a lead's status: who, when, from, to, why."""

    __tablename__ = "lead_event"
    __table_args__ = (enum_check("actor_kind", ActorKind),)

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(sa.ForeignKey("lead.id", ondelete="CASCADE"),
                                         index=True)
    from_status: Mapped[str | None] = mapped_column(sa.String(20))
    to_status: Mapped[str] = mapped_column(sa.String(20))
    actor_kind: Mapped[str] = mapped_column(sa.String(20))
    actor_user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))
    reason: Mapped[str | None] = mapped_column(sa.String(300))
    created_at: Mapped[datetime]

    lead: Mapped[Lead] = relationship(back_populates="events")


class QuoteStatus(StrEnum):
    SENT = "sent"  # made by the business and on its way to the customer
    ACCEPTED = "accepted"
    DECLINED = "declined"  # by the customer, or because another quote was accepted
    WITHDRAWN = "withdrawn"  # by the business before the customer answered
    EXPIRED = "expired"  # validity passed without an answer


OPEN_QUOTE_STATUSES = (QuoteStatus.SENT,)


class PriceKind(StrEnum):
    FIXED = "fixed"
    RANGE = "range"


VAT_RATE_PERCENT = 19


class Quote(TenantScopedMixin, TimestampMixin, Base):
    """A business's offer on a lead. Amounts are net euro cents; VAT is derived."""

    __tablename__ = "quote"
    __table_args__ = (
        enum_check("status", QuoteStatus),
        enum_check("price_kind", PriceKind),
        sa.CheckConstraint("net_amount_cents > 0", name="amount_positive"),
        sa.CheckConstraint(
            "(price_kind = 'fixed' AND net_amount_max_cents IS NULL) OR "
            "(price_kind = 'range' AND net_amount_max_cents > net_amount_cents)",
            name="range_consistent",
        ),
        sa.Index("ix_quote_job_request_id_status", "job_request_id", "status"),
        # A business's quotes newest first (the API's list), without sorting them all.
        sa.Index("ix_quote_tenant_id_created_at", "tenant_id", "created_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(sa.ForeignKey("lead.id", ondelete="CASCADE"),
                                         unique=True)
    job_request_id: Mapped[int] = mapped_column(
        sa.ForeignKey("job_request.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(sa.String(20), default=QuoteStatus.SENT)
    price_kind: Mapped[str] = mapped_column(sa.String(10), default=PriceKind.FIXED)
    net_amount_cents: Mapped[int]
    net_amount_max_cents: Mapped[int | None]
    currency: Mapped[str] = mapped_column(sa.String(3), default="EUR")
    vat_rate_percent: Mapped[int] = mapped_column(default=VAT_RATE_PERCENT)
    # [{"description": str, "net_amount_cents": int}, ...]
    line_items: Mapped[list[dict[str, Any]]] = mapped_column(sa.JSON, default=list)
    earliest_start: Mapped[date]
    valid_until: Mapped[date]
    message: Mapped[str] = mapped_column(sa.Text, default="")
    version: Mapped[int] = mapped_column(default=1)
    created_by_user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))
    answered_at: Mapped[datetime | None]

    lead: Mapped[Lead] = relationship(back_populates="quote")
    job_request: Mapped[JobRequest] = relationship()
    tenant: Mapped[Tenant] = relationship()
    events: Mapped[list[QuoteEvent]] = relationship(back_populates="quote",
                                                    order_by="QuoteEvent.id")

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_QUOTE_STATUSES

    @property
    def vat_cents(self) -> int:
        return vat_of(self.net_amount_cents, self.vat_rate_percent)

    @property
    def gross_amount_cents(self) -> int:
        return self.net_amount_cents + self.vat_cents

    @property
    def gross_amount_max_cents(self) -> int | None:
        if self.net_amount_max_cents is None:
            return None
        return self.net_amount_max_cents + vat_of(self.net_amount_max_cents,
                                                  self.vat_rate_percent)

    def __repr__(self) -> str:
        return f"<Quote {self.id} {self.status}>"


def vat_of(net_cents: int, rate_percent: int) -> int:
    """VAT rounded half up to whole cents, as German invoices show it."""
    return (net_cents * rate_percent + 50) // 100


class QuoteEventKind(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    STATUS = "status"


class QuoteEvent(TenantScopedMixin, Base):
    """One change of a quote (creation, edit or status), with what it looked like after."""

    __tablename__ = "quote_event"
    __table_args__ = (enum_check("kind", QuoteEventKind), enum_check("actor_kind", ActorKind))

    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(sa.ForeignKey("quote.id", ondelete="CASCADE"),
                                          index=True)
    kind: Mapped[str] = mapped_column(sa.String(20))
    from_status: Mapped[str | None] = mapped_column(sa.String(20))
    to_status: Mapped[str] = mapped_column(sa.String(20))
    actor_kind: Mapped[str] = mapped_column(sa.String(20))
    actor_user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))
    reason: Mapped[str | None] = mapped_column(sa.String(300))
    snapshot: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    created_at: Mapped[datetime]

    quote: Mapped[Quote] = relationship(back_populates="events")


class JobRouting(TimestampMixin, Base):
    """Routing state of one job: how many quotes it aims for and whether it ran dry."""

    __tablename__ = "job_routing"

    job_request_id: Mapped[int] = mapped_column(
        sa.ForeignKey("job_request.id", ondelete="CASCADE"), primary_key=True)
    target_quotes: Mapped[int]
    last_routed_at: Mapped[datetime | None]
    # Set once the customer was told that no further businesses are available.
    exhausted_at: Mapped[datetime | None]
    # How many businesses the customer was last told about, to avoid repeating ourselves.
    businesses_told: Mapped[int] = mapped_column(default=0)


class RoutingRun(Base):
    """One routing decision for a job: why it ran and what it found."""

    __tablename__ = "routing_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_request_id: Mapped[int] = mapped_column(
        sa.ForeignKey("job_request.id", ondelete="CASCADE"), index=True)
    trigger: Mapped[str] = mapped_column(sa.String(40))
    open_before: Mapped[int]
    slots: Mapped[int]
    eligible_count: Mapped[int]
    chosen_count: Mapped[int]
    used_geodata: Mapped[bool]
    note: Mapped[str] = mapped_column(sa.String(300), default="")
    created_at: Mapped[datetime]

    decisions: Mapped[list[RoutingDecision]] = relationship(
        back_populates="run", order_by="RoutingDecision.position")


class DecisionOutcome(StrEnum):
    CHOSEN = "chosen"
    NOT_CHOSEN = "not_chosen"  # eligible, but others ranked higher or slots were full
    INELIGIBLE = "ineligible"


class RoutingDecision(Base):
    """What routing decided about one business for one job, and why."""

    __tablename__ = "routing_decision"
    __table_args__ = (enum_check("outcome", DecisionOutcome),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(sa.ForeignKey("routing_run.id", ondelete="CASCADE"),
                                        index=True)
    tenant_id: Mapped[int] = mapped_column(sa.ForeignKey("tenant.id", ondelete="CASCADE"),
                                           index=True)
    position: Mapped[int]
    outcome: Mapped[str] = mapped_column(sa.String(20))
    # Machine-readable reasons ("not_verified", "outside_radius", ...), comma separated.
    reasons: Mapped[str] = mapped_column(sa.String(300), default="")
    distance_km: Mapped[float | None]
    score: Mapped[float | None]

    run: Mapped[RoutingRun] = relationship(back_populates="decisions")
    tenant: Mapped[Tenant] = relationship()


class PostcodeNeighbour(Base):
    """Cache: postcodes whose centroid lies within the largest service radius of another.

    Derived from geodata only (never from businesses), so it cannot go stale when a business
    changes; the geo import clears it. Walking it by (postcode, km) is the routing query.
    """

    __tablename__ = "postcode_neighbour"
    __table_args__ = (
        sa.Index("ix_postcode_neighbour_postcode_km", "postcode", "km", "near_postcode"),
    )

    postcode: Mapped[str] = mapped_column(sa.String(5), primary_key=True)
    near_postcode: Mapped[str] = mapped_column(sa.String(5), primary_key=True)
    km: Mapped[float]


class RoutingListing(Base):
    """One row per (business, trade) that may receive leads right now: the routing index.

    Kept by database triggers on `tenant` and `tenant_trade` (migration 0006), so every
    writer (verification, profile edits, admin actions, imports) keeps it current without
    calling routing. A row exists exactly when `verification.services.is_eligible(tenant,
    trade_code)` holds and the business has a base postcode
    (tests/quotes/test_eligibility_agreement.py). Trade and postcode in one index is what
    makes the neighbour walk fast at a million businesses (bench/README.md).
    """

    __tablename__ = "routing_listing"
    __table_args__ = (
        sa.Index("ix_routing_listing_trade_code_base_postcode", "trade_code", "base_postcode",
                 "service_radius_km", "tenant_id"),
        # The largest radius of a trade's listings in one index probe: where the walk stops.
        sa.Index("ix_routing_listing_trade_code_service_radius_km", "trade_code",
                 "service_radius_km"),
    )

    # The primary key already starts with tenant_id; the separate index keeps the platform's
    # rule "every tenant-owned table has an indexed tenant_id" checkable by a simple test.
    tenant_id: Mapped[int] = mapped_column(sa.ForeignKey("tenant.id", ondelete="CASCADE"),
                                           primary_key=True, index=True)
    trade_code: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    base_postcode: Mapped[str] = mapped_column(sa.String(5))
    service_radius_km: Mapped[int]
    weekly_lead_capacity: Mapped[int]
