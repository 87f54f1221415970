"""A business registers, re-keys and removes its webhook endpoints (one commit each)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _
from flask_babel import ngettext

from marketplace import clock
from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.integrations import events, signing, targets
from marketplace.integrations.models import DeliveryStatus, WebhookDelivery, WebhookEndpoint
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.scoping import get_scoped

MAX_ENDPOINTS = 5


class EndpointRefused(ValueError):
    pass


def _chosen_events(names: Iterable[str]) -> list[str]:
    chosen = [name for name in events.EVENT_NAMES if name in set(names)]
    if not chosen:
        raise EndpointRefused(_("Choose at least one event."))
    return chosen


def register(tenant: Tenant, actor: User, *, url: str, event_names: Iterable[str]
             ) -> tuple[WebhookEndpoint, str]:
    """The new endpoint and its signing secret, which the caller shows once."""
    try:
        url = targets.check(url)
    except targets.TargetRefused as refused:
        raise EndpointRefused(str(refused)) from None
    chosen = _chosen_events(event_names)
    active = db.session.scalar(sa.select(sa.func.count(WebhookEndpoint.id)).where(
        WebhookEndpoint.tenant_id == tenant.id, WebhookEndpoint.removed_at.is_(None)))
    if active >= MAX_ENDPOINTS:
        raise EndpointRefused(ngettext("A business can register at most %(num)d address.",
                                       "A business can register at most %(num)d addresses.",
                                       MAX_ENDPOINTS))
    secret = signing.new_secret()
    endpoint = WebhookEndpoint(tenant_id=tenant.id, url=url, event_names=" ".join(chosen),
                               secret=secret, secret_prefix=secret[:10],
                               created_by_user_id=actor.id)
    db.session.add(endpoint)
    db.session.commit()
    return endpoint, secret


def rotate_secret(tenant: Tenant, actor: User, *, endpoint_id: Any) -> tuple[WebhookEndpoint, str]:
    endpoint = get_scoped(WebhookEndpoint, tenant, endpoint_id)
    if not endpoint.is_active:
        raise EndpointRefused(_("This address has been removed."))
    secret = signing.new_secret()
    endpoint.secret, endpoint.secret_prefix = secret, secret[:10]
    db.session.commit()
    return endpoint, secret


def remove(tenant: Tenant, actor: User, *, endpoint_id: Any) -> WebhookEndpoint:
    """No further calls; deliveries still waiting are cancelled, the log stays."""
    endpoint = get_scoped(WebhookEndpoint, tenant, endpoint_id)
    if endpoint.is_active:
        now = clock.now()
        endpoint.removed_at = now
        db.session.execute(
            sa.update(WebhookDelivery)
            .where(WebhookDelivery.endpoint_id == endpoint.id,
                   WebhookDelivery.status == DeliveryStatus.PENDING)
            .values(status=DeliveryStatus.CANCELLED, finished_at=now, next_attempt_at=None)
            .execution_options(synchronize_session=False))
        db.session.commit()
    return endpoint
