"""Webhook endpoints a business registered, each event's delivery with its attempts, and the
secret calendar feed of the business's appointments."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace.db import Base, TenantScopedMixin, TimestampMixin, enum_check


class DeliveryStatus(StrEnum):
    PENDING = "pending"      # waiting for its first or next attempt
    DELIVERED = "delivered"  # the receiver answered 2xx
    GAVE_UP = "gave_up"      # still failing a day after the event: a person looks at it
    CANCELLED = "cancelled"  # the endpoint was removed before it got through


class WebhookEndpoint(TenantScopedMixin, TimestampMixin, Base):
    __tablename__ = "webhook_endpoint"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(sa.String(500))
    # Space-separated event names (`lead.created quote.accepted`), a small closed set.
    event_names: Mapped[str] = mapped_column(sa.String(300))
    # The signing secret must be readable to sign; it is shown to the business once and
    # afterwards only by its first characters.
    secret: Mapped[str] = mapped_column(sa.String(80))
    secret_prefix: Mapped[str] = mapped_column(sa.String(12))
    created_by_user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))
    removed_at: Mapped[datetime | None]

    deliveries: Mapped[list[WebhookDelivery]] = relationship(
        back_populates="endpoint", cascade="all, delete-orphan", passive_deletes=True)

    @property
    def events(self) -> list[str]:
        return self.event_names.split()

    @property
    def is_active(self) -> bool:
        return self.removed_at is None


class WebhookDelivery(TenantScopedMixin, Base):
    """One event for one endpoint: the exact body that is signed and sent on every attempt,
    so the receiver can de-duplicate by `delivery_id`."""

    __tablename__ = "webhook_delivery"
    __table_args__ = (
        enum_check("status", DeliveryStatus),
        sa.Index("ix_webhook_delivery_due", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(sa.String(40), unique=True)
    endpoint_id: Mapped[int] = mapped_column(
        sa.ForeignKey("webhook_endpoint.id", ondelete="CASCADE"), index=True)
    event_name: Mapped[str] = mapped_column(sa.String(40))
    body: Mapped[str] = mapped_column(sa.Text)
    status: Mapped[str] = mapped_column(sa.String(20), default=DeliveryStatus.PENDING)
    attempt_count: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None]
    last_status_code: Mapped[int | None]
    last_error: Mapped[str | None] = mapped_column(sa.String(300))
    created_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]

    endpoint: Mapped[WebhookEndpoint] = relationship(back_populates="deliveries")
    attempts: Mapped[list[WebhookAttempt]] = relationship(
        back_populates="delivery", cascade="all, delete-orphan", passive_deletes=True,
        order_by="WebhookAttempt.id")


class WebhookAttempt(Base):
    """What happened on one try: the response code, or why there was none."""

    __tablename__ = "webhook_attempt"

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(
        sa.ForeignKey("webhook_delivery.id", ondelete="CASCADE"), index=True)
    attempted_at: Mapped[datetime]
    status_code: Mapped[int | None]
    error: Mapped[str | None] = mapped_column(sa.String(300))
    duration_ms: Mapped[int] = mapped_column(default=0)

    delivery: Mapped[WebhookDelivery] = relationship(back_populates="attempts")


class CalendarFeed(TenantScopedMixin, TimestampMixin, Base):
    """The secret address of a business's appointment feed; only its hash is stored, so
    rotating it makes every old address answer 404."""

    __tablename__ = "calendar_feed"
    __table_args__ = (sa.UniqueConstraint("tenant_id", name="uq_calendar_feed_tenant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    token_prefix: Mapped[str] = mapped_column(sa.String(12))
    created_by_user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="SET NULL"))
    last_read_at: Mapped[datetime | None]
