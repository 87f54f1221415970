"""What the integrations page shows: endpoints, the delivery log, the feed's state."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from marketplace.db import db
from marketplace.integrations.models import WebhookDelivery, WebhookEndpoint
from marketplace.tenancy.models import Tenant

LOG_LENGTH = 50


def endpoints(tenant: Tenant) -> list[WebhookEndpoint]:
    return list(db.session.scalars(
        sa.select(WebhookEndpoint).where(WebhookEndpoint.tenant_id == tenant.id,
                                         WebhookEndpoint.removed_at.is_(None))
        .order_by(WebhookEndpoint.id)))


def delivery_log(tenant: Tenant, *, limit: int = LOG_LENGTH) -> list[WebhookDelivery]:
    return list(db.session.scalars(
        sa.select(WebhookDelivery).where(WebhookDelivery.tenant_id == tenant.id)
        .options(selectinload(WebhookDelivery.attempts),
                 selectinload(WebhookDelivery.endpoint))
        .order_by(WebhookDelivery.id.desc()).limit(limit)))
