"""One attempt at one delivery: claim it, call the receiver, write down what happened.

A delivery is claimed with a conditional UPDATE that moves its next attempt past the
timeout, so the sweep and the first hand-off never call a receiver twice at once. A
receiver that does not answer in time counts as a failed attempt. Failures are retried
with exponential backoff (1, 2, 4 ... minutes, at most 6 hours apart) until a day after the
event; then the delivery is marked as given up and stays in the business's delivery log.
"""

from __future__ import annotations

import time
from datetime import timedelta

import requests
import sqlalchemy as sa
from flask import current_app

from marketplace import clock
from marketplace.db import db
from marketplace.integrations import signing, targets
from marketplace.integrations.models import DeliveryStatus, WebhookAttempt, WebhookDelivery

FIRST_RETRY = timedelta(minutes=1)
LONGEST_PAUSE = timedelta(hours=6)
USER_AGENT = "HandwerkDirekt-Webhooks/1.0"


def retry_pause(attempts_made: int) -> timedelta:
    return min(FIRST_RETRY * (2 ** max(attempts_made - 1, 0)), LONGEST_PAUSE)


def _claim(delivery_id: int) -> bool:
    now = clock.now()
    lease = timedelta(seconds=current_app.config["WEBHOOK_TIMEOUT_SECONDS"] * 3 + 30)
    claimed = db.session.execute(
        sa.update(WebhookDelivery)
        .where(WebhookDelivery.id == delivery_id,
               WebhookDelivery.status == DeliveryStatus.PENDING,
               WebhookDelivery.next_attempt_at <= now)
        .values(next_attempt_at=now + lease)
        .execution_options(synchronize_session=False)).rowcount
    db.session.commit()
    return bool(claimed)


def _call(delivery: WebhookDelivery) -> tuple[int | None, str | None]:
    """(status code, None) when the receiver answered, (None, why) when it did not."""
    endpoint = delivery.endpoint
    try:
        url = targets.check(endpoint.url)
    except targets.TargetRefused as refused:
        return None, str(refused)[:300]
    timestamp = int(clock.now().timestamp())
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT,
               "Webhook-Id": delivery.public_id, "Webhook-Event": delivery.event_name,
               signing.SIGNATURE_HEADER: signing.header_value(endpoint.secret, timestamp,
                                                             delivery.body)}
    timeout = current_app.config["WEBHOOK_TIMEOUT_SECONDS"]
    try:
        # Redirects are not followed: the next hop could be an address we refuse.
        response = requests.post(url, data=delivery.body.encode(), headers=headers,
                                 timeout=(timeout, timeout), allow_redirects=False)
    except requests.Timeout:
        return None, "timeout"
    except requests.RequestException as error:
        return None, type(error).__name__
    return response.status_code, None


def attempt(delivery_id: int) -> str | None:
    """Send the delivery if it is due; returns its status afterwards (None if not due)."""
    if not _claim(delivery_id):
        return None
    delivery = db.session.get(WebhookDelivery, delivery_id)
    started = time.monotonic()
    status_code, error = _call(delivery)
    now = clock.now()
    delivery.attempt_count += 1
    delivery.last_status_code, delivery.last_error = status_code, error
    db.session.add(WebhookAttempt(delivery=delivery, attempted_at=now, status_code=status_code,
                                  error=error,
                                  duration_ms=int((time.monotonic() - started) * 1000)))
    if status_code is not None and 200 <= status_code < 300:
        delivery.status, delivery.finished_at, delivery.next_attempt_at = (
            DeliveryStatus.DELIVERED, now, None)
    else:
        next_at = now + retry_pause(delivery.attempt_count)
        if next_at > clock.as_utc(delivery.created_at) + current_app.config["WEBHOOK_RETRY_FOR"]:
            delivery.status, delivery.finished_at, delivery.next_attempt_at = (
                DeliveryStatus.GAVE_UP, now, None)
        else:
            delivery.next_attempt_at = next_at
    db.session.commit()
    return delivery.status


def due_delivery_ids(limit: int = 500) -> list[int]:
    return list(db.session.scalars(
        sa.select(WebhookDelivery.id)
        .where(WebhookDelivery.status == DeliveryStatus.PENDING,
               WebhookDelivery.next_attempt_at <= clock.now())
        .order_by(WebhookDelivery.next_attempt_at).limit(limit)))


def forget_old_deliveries(keep: timedelta = timedelta(days=30)) -> int:
    """Finished deliveries (and the customer's words in their bodies) leave the log after
    30 days; the business has had them in its own system since."""
    removed = db.session.execute(
        sa.delete(WebhookDelivery)
        .where(WebhookDelivery.status != DeliveryStatus.PENDING,
               WebhookDelivery.finished_at < clock.now() - keep)
        .execution_options(synchronize_session=False)).rowcount
    db.session.commit()
    return removed
