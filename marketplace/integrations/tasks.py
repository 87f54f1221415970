"""Thin tasks: each loads by id and calls one service; safe to run twice (a delivery is
claimed before its receiver is called)."""

from __future__ import annotations

from marketplace import tasks
from marketplace.integrations import sending


def send_webhook(delivery_id: int) -> None:
    sending.attempt(delivery_id)


def send_due_webhooks() -> None:
    """Every minute: retries whose pause is over, and first attempts a lost hand-off missed.
    Each goes to the low queue on its own, so one slow receiver holds up nobody else."""
    for delivery_id in sending.due_delivery_ids():
        tasks.dispatch(tasks.task_path(send_webhook), (delivery_id,), queue="low", retry=False)


def forget_old_deliveries() -> None:
    sending.forget_old_deliveries()
