"""LÖSCHEN: the confirmation dialogue and erasing a customer everywhere.

Erasure keeps a keyed hash of the channel identity with the opt-out (see `tombstones`), a
content-free deletion record, and what the law requires, stripped of the customer's
personal data: the accepted quote and the proof of consent (see `retained`). Businesses
that received data are told.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _

from marketplace import clock
from marketplace.channels import tasks as channel_tasks
from marketplace.channels.models import Customer, InboxEvent, Message
from marketplace.consent import ledger as consent_ledger
from marketplace.consent import notifications as consent_notifications
from marketplace.consent import tasks as consent_tasks
from marketplace.consent.models import BusinessNoticeKind, ConsentEvent
from marketplace.conversations import tasks as conversation_tasks
from marketplace.db import call_after_commit, db
from marketplace.errors import InvalidInput, NotFound
from marketplace.jobs.models import JobRequest
from marketplace.media import storage
from marketplace.media import tasks as media_tasks
from marketplace.privacy import notifications, retained, tombstones
from marketplace.privacy.models import (
    DeletionReason,
    DeletionRecord,
    ErasureRequest,
    ErasureStatus,
)
from marketplace.privacy.rows import CustomerRows, walk_customer_rows
from marketplace.quotes.models import Lead
from marketplace.tasks import QUEUES, enqueue, get_queue, task_path

log = logging.getLogger(__name__)

# Queued tasks whose first argument is the id of a row of this table: erasing the row
# cancels them, so no worker later acts on (or fails over) a customer who is gone.
TASK_ARGUMENT_TABLES: dict[Callable[..., Any], str] = {
    channel_tasks.deliver_message: "message",
    media_tasks.download_media: "media_file",
    consent_tasks.request_media_consent: "lead",
    consent_tasks.request_contact_consent: "lead",
    conversation_tasks.handle_message: "message",
}


# --- the dialogue in the chat ---------------------------------------------------------------


def request_erasure(customer: Customer, message: Message | None) -> ErasureRequest:
    """LÖSCHEN: ask for a confirmation tap before anything is erased (no commit)."""
    erasure = ErasureRequest(customer_id=customer.id, requested_at=clock.now(),
                             via_message_id=message.id if message else None)
    db.session.add(erasure)
    db.session.flush()
    notifications.ask_to_confirm_erasure(customer, erasure.public_id)
    return erasure


def handle_customer_choice(customer: Customer, message: Message | None, action: str,
                           object_id: str) -> None:
    """A tapped `privacy:<action>:<id>` button (no commit: the intake service commits)."""
    erasure = db.session.scalar(sa.select(ErasureRequest).where(
        ErasureRequest.public_id == object_id, ErasureRequest.customer_id == customer.id))
    if erasure is None or erasure.status != ErasureStatus.AWAITING_CONFIRMATION:
        raise NotFound(_("This request is not known."))
    if action == "keep":
        erasure.status = ErasureStatus.CANCELLED
        notifications.confirm_nothing_erased(customer)
        return
    if action != "erase":
        raise InvalidInput(f"unknown privacy action {action!r}")
    # The receipt names what the law makes us keep, why and for how long.
    notifications.announce_erasure(customer, retained.what_erasure_keeps(customer))
    # Imported here because the task module calls back into this one.
    from marketplace.privacy import tasks as privacy_tasks

    # Erased after this transaction commits, so the intake service can finish its own
    # unit of work on rows that still exist.
    enqueue(privacy_tasks.erase_customer, customer.id, erasure.id)


# --- erasing --------------------------------------------------------------------------------


def erase_customer(customer_id: int, *, reason: DeletionReason = DeletionReason.CUSTOMER_REQUEST,
                   actor: Any = None) -> DeletionRecord | None:
    """Erase a customer everywhere: rows, files, queued tasks (commits).

    Keeps a keyed hash of the channel identity with the opt-out (if there was one), a
    content-free deletion record and the retained records the law requires. Businesses
    that received data are told.
    """
    customer = db.session.get(Customer, customer_id)
    if customer is None:
        return None
    record = erase(customer, reason)
    record.actor_id = actor.id if actor is not None else None
    db.session.commit()
    return record


def erase(customer: Customer, reason: DeletionReason) -> DeletionRecord:
    """Erase one customer inside the caller's unit of work (no commit); stored files and
    queued tasks go after the commit."""
    rows = walk_customer_rows(customer.id)
    storage_keys = [row["storage_key"] for row in rows.get("media_file", [])
                    if row.get("storage_key")]
    _tell_businesses(customer)
    tombstones.keep_opt_out(customer)
    counts = {name: len(table_rows) for name, table_rows in sorted(rows.items())}
    inbox_ids = _raw_webhooks_of(customer)
    if inbox_ids:
        db.session.execute(sa.delete(InboxEvent).where(InboxEvent.id.in_(inbox_ids)))
        counts["inbox_event"] = len(inbox_ids)
    task_refs = _task_refs(rows)
    # In this unit of work and before the rows go: the accepted quote and the consent
    # proofs, without the person (if the erasure fails, nothing is kept twice).
    counts.update(retained.keep_required_records(customer))
    db.session.flush()
    _delete_rows(rows)
    record = DeletionRecord(occurred_at=clock.now(), reason=reason, counts=counts)
    db.session.add(record)
    db.session.flush()
    call_after_commit(_delete_files, storage_keys)
    call_after_commit(_cancel_queued_tasks, task_refs)
    return record


def _tell_businesses(customer: Customer) -> None:
    """One notice per business and job it received data for."""
    notified = set()
    for tenant, _what, _since in consent_ledger.tenants_that_received_data(customer.id):
        for (reference,) in db.session.execute(sa.select(JobRequest.reference).where(
                JobRequest.customer_id == customer.id)):
            if (tenant.id, reference) in notified:
                continue
            if _tenant_has_job(tenant.id, reference):
                notified.add((tenant.id, reference))
                consent_notifications.notify_business(tenant, BusinessNoticeKind.CUSTOMER_ERASED,
                                                 reference)


def _delete_rows(rows: CustomerRows) -> None:
    # Delete children first: foreign keys that only SET NULL would otherwise leave
    # personal rows behind without their owner.
    for table in reversed(db.metadata.sorted_tables):
        table_rows = rows.get(table.name)
        if not table_rows or not table.primary_key.columns:
            continue
        pk = list(table.primary_key.columns)
        if len(pk) == 1:
            ids = [row[pk[0].name] for row in table_rows]
            db.session.execute(sa.delete(table).where(pk[0].in_(ids)))
        else:
            for row in table_rows:
                db.session.execute(sa.delete(table).where(
                    sa.and_(*(column == row[column.name] for column in pk))))
    db.session.expire_all()


def _raw_webhooks_of(customer: Customer, batch_size: int = 500) -> list[int]:
    """Stored webhook bodies that carry this customer's identity (they hold the raw text
    and number, linked by no foreign key)."""
    needles = {value.encode() for value in (customer.external_id, customer.phone) if value}
    needles |= {value.lstrip("+").encode() for value in (customer.phone,) if value}
    needles = {needle for needle in needles if len(needle) >= 6}
    if not needles:
        return []
    found, last_id = [], 0
    while True:
        batch = db.session.execute(
            sa.select(InboxEvent.id, InboxEvent.raw_body)
            .where(InboxEvent.channel == customer.channel, InboxEvent.id > last_id)
            .order_by(InboxEvent.id).limit(batch_size)).all()
        if not batch:
            return found
        for event_id, raw_body in batch:
            body = bytes(raw_body or b"")
            if any(needle in body for needle in needles):
                found.append(event_id)
        last_id = batch[-1][0]


def _tenant_has_job(tenant_id: int, reference: str) -> bool:
    has_lead = db.session.scalar(
        sa.select(Lead.id).join(JobRequest, JobRequest.id == Lead.job_request_id)
        .where(Lead.tenant_id == tenant_id, JobRequest.reference == reference))
    if has_lead is not None:
        return True
    return db.session.scalar(
        sa.select(ConsentEvent.id)
        .join(JobRequest, JobRequest.id == ConsentEvent.job_request_id)
        .where(ConsentEvent.tenant_id == tenant_id, JobRequest.reference == reference)
        .limit(1)) is not None


def _delete_files(storage_keys: Iterable[str]) -> None:
    for key in storage_keys:
        try:
            storage.delete(key)
        except (OSError, ValueError):
            log.warning("could not delete a stored file during erasure")


def _task_refs(rows: CustomerRows) -> set[tuple[str, int]]:
    refs = set()
    for table_name in ("message", "media_file", "lead", "job_request", "customer"):
        for row in rows.get(table_name, []):
            refs.add((table_name, row["id"]))
    return refs


def _cancel_queued_tasks(refs: set[tuple[str, int]]) -> int:
    """Remove queued RQ tasks that would work on the erased rows (none without Redis)."""
    connection = current_app.extensions.get("redis")
    if connection is None or not refs:
        return 0
    # RQ jobs carry the task as the path the worker imports (see `tasks.dispatch`).
    tables_by_path = {task_path(task): table for task, table in TASK_ARGUMENT_TABLES.items()}
    cancelled = 0
    for name in QUEUES:
        queue = get_queue(name)
        for job in queue.get_jobs():
            if not job.args:
                continue
            path, *args = job.args
            table = tables_by_path.get(path)
            if table and args and (table, args[0]) in refs:
                job.cancel()
                job.delete()
                cancelled += 1
    return cancelled
