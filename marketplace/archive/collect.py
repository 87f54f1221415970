"""Everything one business was allowed to see about one lead, read for its archive.

Only reads. The customer's words pass `consent.ledger.visible_text_for` exactly as on the
lead page (masked until contact sharing is granted); the contact details appear only as
`consent.ledger.contact_details` allows them now. Files are chosen in `files.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from marketplace.accounts.models import User
from marketplace.channels.models import Message
from marketplace.consent import ledger
from marketplace.consent.models import ConsentAction, ConsentEvent, ConsentNotice
from marketplace.consent.notice import DEFAULT_RETENTION_DAYS
from marketplace.db import db
from marketplace.jobs.models import JobRequest, JobRequestEvent
from marketplace.quotes.models import Lead, LeadEvent, Quote, QuoteEvent
from marketplace.tenancy.models import Tenant
from marketplace.threads.models import ThreadAuthor, ThreadMessage
from marketplace.work.models import Appointment


@dataclass
class ThreadEntry:
    created_at: datetime
    author: str  # ThreadAuthor
    author_name: str  # the business user's name; "" for the customer
    text: str
    delivery: str | None  # the carrying channel message's status, for the business's side
    file_ids: list[int] = field(default_factory=list)


@dataclass
class QuoteVersion:
    version: int
    at: datetime
    kind: str
    from_status: str | None
    to_status: str
    actor_kind: str
    reason: str | None
    snapshot: dict[str, Any]


@dataclass
class ConsentEntry:
    event: ConsentEvent
    notice: ConsentNotice | None


@dataclass
class LeadArchive:
    """The archive's content, in the order the transcript shows it."""

    tenant: Tenant
    lead: Lead
    job: JobRequest
    description: str
    contact: ledger.ContactDetails | None
    thread: list[ThreadEntry]
    quote: Quote | None
    quote_history: list[QuoteVersion]
    appointments: list[Appointment]
    consents: list[ConsentEntry]
    lead_history: list[LeadEvent]
    job_history: list[JobRequestEvent]
    retention_days: int

    @property
    def notices(self) -> list[ConsentNotice]:
        """Each distinct notice the customer was shown for this business and job."""
        seen: dict[int, ConsentNotice] = {}
        for entry in self.consents:
            if entry.notice is not None:
                seen.setdefault(entry.notice.id, entry.notice)
        return list(seen.values())


def collect(tenant: Tenant, lead: Lead) -> LeadArchive:
    job = lead.job_request
    quote = lead.quote
    return LeadArchive(
        tenant=tenant, lead=lead, job=job,
        description=ledger.visible_text_for(tenant, job, job.description),
        contact=ledger.contact_details(tenant, job),
        thread=_thread(tenant, lead, job),
        quote=quote,
        quote_history=_quote_history(quote) if quote is not None else [],
        appointments=list(db.session.scalars(
            sa.select(Appointment).where(Appointment.tenant_id == tenant.id,
                                         Appointment.lead_id == lead.id)
            .order_by(Appointment.id))),
        consents=[ConsentEntry(event=event, notice=event.notice) for event in db.session.scalars(
            sa.select(ConsentEvent).where(ConsentEvent.tenant_id == tenant.id,
                                          ConsentEvent.job_request_id == job.id)
            .order_by(ConsentEvent.occurred_at, ConsentEvent.id))],
        lead_history=list(db.session.scalars(
            sa.select(LeadEvent).where(LeadEvent.lead_id == lead.id).order_by(LeadEvent.id))),
        job_history=list(db.session.scalars(
            sa.select(JobRequestEvent).where(JobRequestEvent.job_request_id == job.id)
            .order_by(JobRequestEvent.id))),
        retention_days=retention_days(job),
    )


def retention_days(job: JobRequest) -> int:
    """How long after the job is closed the platform keeps its data: the consent notice's
    promise ("until the job is closed, plus N days"), the longest a grant chose."""
    days = db.session.scalar(sa.select(sa.func.max(ConsentEvent.retention_days)).where(
        ConsentEvent.job_request_id == job.id, ConsentEvent.action == ConsentAction.GRANT))
    return max(days or 0, DEFAULT_RETENTION_DAYS)


def thread_messages(tenant: Tenant, lead: Lead) -> list[ThreadMessage]:
    return list(db.session.scalars(
        sa.select(ThreadMessage).where(ThreadMessage.tenant_id == tenant.id,
                                       ThreadMessage.lead_id == lead.id)
        .order_by(ThreadMessage.created_at, ThreadMessage.id)))


def _thread(tenant: Tenant, lead: Lead, job: JobRequest) -> list[ThreadEntry]:
    entries = []
    names: dict[int, str] = {}
    for message in thread_messages(tenant, lead):
        is_customer = message.author == ThreadAuthor.CUSTOMER
        author_name = ""
        if not is_customer and message.author_user_id is not None:
            if message.author_user_id not in names:
                user = db.session.get(User, message.author_user_id)
                names[message.author_user_id] = (user.name or user.email) if user else ""
            author_name = names[message.author_user_id]
        delivery = None
        if not is_customer and message.channel_message_id is not None:
            delivery = db.session.scalar(sa.select(Message.status).where(
                Message.id == message.channel_message_id))
        entries.append(ThreadEntry(
            created_at=message.created_at, author=message.author, author_name=author_name,
            # The customer's words as the business sees them; its own words as written.
            text=(ledger.visible_text_for(tenant, job, message.text) if is_customer
                  else message.text),
            delivery=delivery, file_ids=[media.id for media in message.media]))
    return entries


def _quote_history(quote: Quote) -> list[QuoteVersion]:
    return [QuoteVersion(version=int((event.snapshot or {}).get("version") or 1),
                         at=event.created_at, kind=event.kind, from_status=event.from_status,
                         to_status=event.to_status, actor_kind=event.actor_kind,
                         reason=event.reason, snapshot=dict(event.snapshot or {}))
            for event in db.session.scalars(sa.select(QuoteEvent).where(
                QuoteEvent.quote_id == quote.id).order_by(QuoteEvent.id))]
