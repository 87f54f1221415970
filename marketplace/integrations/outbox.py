"""Events become deliveries inside the unit of work that caused them, so an event is
recorded exactly when its cause is committed; sending starts after the commit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from marketplace import clock, tasks
from marketplace.db import db, new_public_id
from marketplace.integrations import events
from marketplace.integrations import tasks as integration_tasks
from marketplace.integrations.models import DeliveryStatus, WebhookDelivery, WebhookEndpoint


def subscribed_endpoints(tenant_id: int, event_name: str) -> list[WebhookEndpoint]:
    rows = db.session.scalars(
        sa.select(WebhookEndpoint).where(WebhookEndpoint.tenant_id == tenant_id,
                                         WebhookEndpoint.removed_at.is_(None)))
    return [endpoint for endpoint in rows if event_name in endpoint.events]


def record_event(tenant_id: int, event_name: str,
                 build_data: Callable[[], dict[str, Any]]) -> list[WebhookDelivery]:
    """One delivery per subscribed endpoint, each with its own id and the body it will
    carry on every attempt. The body is built only when someone listens (most businesses
    have no endpoint). The caller's unit of work commits."""
    endpoints = subscribed_endpoints(tenant_id, event_name)
    if not endpoints:
        return []
    data = build_data()
    deliveries = []
    now = clock.now()
    for endpoint in endpoints:
        public_id = "evt_" + new_public_id(18)
        delivery = WebhookDelivery(
            tenant_id=tenant_id, endpoint=endpoint, public_id=public_id,
            event_name=event_name, body=events.envelope(public_id, event_name, data),
            status=DeliveryStatus.PENDING, next_attempt_at=now, created_at=now)
        db.session.add(delivery)
        deliveries.append(delivery)
    if deliveries:
        db.session.flush()
        for delivery in deliveries:
            tasks.enqueue(integration_tasks.send_webhook, delivery.id, queue="low", retry=False)
    return deliveries
