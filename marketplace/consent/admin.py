"""Read models for admins: the consent ledger, one consent's proof, and the CSV export."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

import sqlalchemy as sa

from marketplace.channels.models import Message
from marketplace.consent.ledger import history
from marketplace.consent.models import ConsentEvent, ConsentNotice, ConsentRequest
from marketplace.consent.notice import verify_notice
from marketplace.db import db
from marketplace.errors import NotFound
from marketplace.jobs.models import JobRequest
from marketplace.tenancy.models import Tenant

PAGE_SIZE = 50
CSV_COLUMNS = ("receipt_id", "occurred_at_utc", "customer_id", "customer_channel",
               "tenant_id", "business", "job_reference", "purpose", "action",
               "recipient_list_version", "notice_version", "notice_language",
               "notice_sha256", "notice_hash_verified", "channel", "evidence_kind",
               "evidence_ref", "actor", "retention_days")


@dataclass(frozen=True)
class EventRow:
    event: ConsentEvent
    tenant: Tenant
    job_reference: str


@dataclass(frozen=True)
class EventPage:
    rows: list[EventRow]
    next_before: int | None


def _rows(query: sa.Select) -> list[EventRow]:
    rows = []
    for event, tenant, reference in db.session.execute(query):
        rows.append(EventRow(event=event, tenant=tenant, job_reference=reference))
    return rows


def _base_query() -> sa.Select:
    return (sa.select(ConsentEvent, Tenant, JobRequest.reference)
            .join(Tenant, Tenant.id == ConsentEvent.tenant_id)
            .join(JobRequest, JobRequest.id == ConsentEvent.job_request_id))


def list_events(*, purpose: str | None = None, action: str | None = None,
                tenant_id: int | None = None, before_id: int | None = None) -> EventPage:
    query = _base_query().order_by(ConsentEvent.id.desc()).limit(PAGE_SIZE + 1)
    if purpose:
        query = query.where(ConsentEvent.purpose == purpose)
    if action:
        query = query.where(ConsentEvent.action == action)
    if tenant_id:
        query = query.where(ConsentEvent.tenant_id == tenant_id)
    if before_id:
        query = query.where(ConsentEvent.id < before_id)
    rows = _rows(query)
    next_before = rows[PAGE_SIZE - 1].event.id if len(rows) > PAGE_SIZE else None
    return EventPage(rows=rows[:PAGE_SIZE], next_before=next_before)


@dataclass(frozen=True)
class Proof:
    event: ConsentEvent
    tenant: Tenant
    job_request: JobRequest
    notice: ConsentNotice | None
    notice_verified: bool
    hash_matches_event: bool
    carrier: Message | None
    consent_request: ConsentRequest | None
    request_message: Message | None
    history: list[ConsentEvent]
    recipient_snapshot: dict | None


def _recipient_snapshot(tenant_id: int, version: int) -> dict | None:
    try:
        from marketplace.tenancy.models import RecipientListVersion
    except ImportError:
        return None
    row = db.session.scalar(sa.select(RecipientListVersion).where(
        RecipientListVersion.tenant_id == tenant_id, RecipientListVersion.version == version))
    return row.snapshot if row is not None else None


def _request_message(consent_request: ConsentRequest) -> Message | None:
    """The chat message that put this request to the customer (its buttons carry the id)."""
    candidates = db.session.scalars(
        sa.select(Message).where(Message.customer_id == consent_request.customer_id,
                                 Message.purpose == "consent_request",
                                 Message.created_at >= consent_request.requested_at)
        .order_by(Message.id).limit(50))
    for message in candidates:
        choice_ids = [choice.get("id", "") for choice in (message.payload or {}).get(
            "choices", [])]
        if any(consent_request.public_id in choice_id for choice_id in choice_ids):
            return message
    return None


def proof(event_id: int) -> Proof:
    """Everything that shows this consent: exact text (hash-checked), the act, the history."""
    event = db.session.get(ConsentEvent, event_id)
    if event is None:
        raise NotFound()
    notice = event.notice
    consent_request = event.request
    request_message = _request_message(consent_request) if consent_request else None
    return Proof(
        event=event,
        tenant=db.session.get(Tenant, event.tenant_id),
        job_request=db.session.get(JobRequest, event.job_request_id),
        notice=notice,
        notice_verified=bool(notice) and verify_notice(notice),
        hash_matches_event=bool(notice) and notice.sha256 == event.notice_sha256,
        carrier=db.session.get(Message, event.via_message_id) if event.via_message_id else None,
        consent_request=consent_request,
        request_message=request_message,
        history=history(event.customer_id, event.tenant_id, event.purpose,
                        event.job_request_id),
        recipient_snapshot=_recipient_snapshot(event.tenant_id, event.recipient_list_version),
    )


def _customer_channels(customer_ids: set[int]) -> dict[int, str]:
    from marketplace.channels.models import Customer

    if not customer_ids:
        return {}
    return dict(db.session.execute(sa.select(Customer.id, Customer.channel).where(
        Customer.id.in_(customer_ids))).all())


def events_csv(batch_size: int = 500) -> Iterator[str]:
    """All consent records, oldest first, as CSV lines (streamed in batches)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    yield buffer.getvalue()
    last_id = 0
    while True:
        rows = _rows(_base_query().where(ConsentEvent.id > last_id)
                     .order_by(ConsentEvent.id).limit(batch_size))
        if not rows:
            return
        channels = _customer_channels({row.event.customer_id for row in rows})
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        for row in rows:
            event = row.event
            notice = event.notice
            writer.writerow([
                event.public_id, event.occurred_at.isoformat(), event.customer_id,
                channels.get(event.customer_id, ""), event.tenant_id, row.tenant.name,
                row.job_reference, event.purpose, event.action, event.recipient_list_version,
                notice.version if notice else "", notice.language if notice else "",
                event.notice_sha256 or "",
                "yes" if notice and verify_notice(notice) else "no",
                event.channel, event.evidence_kind, event.evidence_ref or "", event.actor,
                event.retention_days,
            ])
        last_id = rows[-1].event.id
        yield buffer.getvalue()
        db.session.expunge_all()


def receipt(event_id: int) -> dict:
    """The Kantara-shaped receipt of one consent decision."""
    from marketplace.consent.receipts import kantara_receipt

    event = db.session.get(ConsentEvent, event_id)
    if event is None:
        raise NotFound()
    return kantara_receipt(event)
