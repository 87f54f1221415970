"""The consent ledger, read: may this business see this job's files or contact details now?

Every other part asks `can_view_media` / `can_see_contact` here; nothing else decides
whether a business may see a customer's files or contact details. The state is derived
from the latest `ConsentEvent` per (customer, tenant, purpose, job); it is never stored.
This module only reads: asking, recording, withdrawing and expiring live beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import combinations

import sqlalchemy as sa
from flask_babel import force_locale

from marketplace import clock
from marketplace.channels.models import Customer
from marketplace.consent import notice as notice_module
from marketplace.consent.models import (
    ConsentAction,
    ConsentEvent,
    ConsentNotice,
    ConsentPurpose,
    ConsentRequest,
)
from marketplace.consent.recipients import Recipients, current_recipients
from marketplace.db import db
from marketplace.jobs import masking
from marketplace.jobs.masking import mask_contact_details
from marketplace.jobs.models import JobRequest
from marketplace.quotes.models import Lead, LeadStatus
from marketplace.tenancy.models import Tenant


class ConsentState:
    NOT_REQUESTED = "not_requested"
    PENDING = "pending"
    GRANTED = "granted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"
    NEEDS_REFRESH = "needs_refresh"  # granted under an older recipient list


def latest_event(*, customer_id: int, tenant_id: int, purpose: str, job_request_id: int,
                 at: datetime | None = None) -> ConsentEvent | None:
    query = sa.select(ConsentEvent).where(
        ConsentEvent.customer_id == customer_id,
        ConsentEvent.tenant_id == tenant_id,
        ConsentEvent.purpose == purpose,
        ConsentEvent.job_request_id == job_request_id,
    )
    if at is not None:
        query = query.where(ConsentEvent.occurred_at <= at)
    return db.session.scalar(
        query.order_by(ConsentEvent.occurred_at.desc(), ConsentEvent.id.desc()).limit(1))


def grant_expires_at(event: ConsentEvent, job_request: JobRequest) -> datetime | None:
    """A grant lasts until the job is closed plus the chosen retention."""
    if job_request.closed_at is None:
        return None
    return job_request.closed_at + timedelta(days=event.retention_days)


def is_current(recipient_list_version: int, notice: ConsentNotice | None,
               recipients: Recipients) -> bool:
    """A consent counts only for the recipients and the wording the customer was shown:
    a new subcontractor or a new notice version needs a fresh consent (EDPB refresh)."""
    if recipient_list_version != recipients.version:
        return False
    return notice is None or notice.version == notice_module.NOTICE_VERSION


def active_grant(tenant: Tenant, job_request: JobRequest, purpose: str, *,
                 at: datetime | None = None,
                 recipients: Recipients | None = None) -> ConsentEvent | None:
    """The grant that allows `tenant` to receive `purpose` data of this job right now.

    It must be the latest event for the key, given on the tenant's current recipient list
    (a new subcontractor is not covered by older grants), and not past its retention.
    """
    moment = at or clock.now()
    event = latest_event(customer_id=job_request.customer_id, tenant_id=tenant.id,
                         purpose=purpose, job_request_id=job_request.id, at=moment)
    if event is None or event.action != ConsentAction.GRANT:
        return None
    recipients = recipients or current_recipients(tenant)
    if not is_current(event.recipient_list_version, event.notice, recipients):
        return None
    expires = grant_expires_at(event, job_request)
    if expires is not None and moment >= expires:
        return None
    return event


def can_view_media(tenant: Tenant, job_request: JobRequest, *, at: datetime | None = None
                   ) -> bool:
    """Whether this business may see the photos and videos of this job at this moment."""
    if tenant is None or job_request is None:
        return False
    return active_grant(tenant, job_request, ConsentPurpose.MEDIA_SHARING, at=at) is not None


def can_see_contact(tenant: Tenant, job_request: JobRequest, *, at: datetime | None = None
                    ) -> bool:
    """Name and phone go to a business only after its quote was accepted AND the customer
    granted contact sharing to it."""
    if tenant is None or job_request is None:
        return False
    if not quote_was_accepted(tenant, job_request):
        return False
    return active_grant(tenant, job_request, ConsentPurpose.CONTACT_SHARING,
                        at=at) is not None


def quote_was_accepted(tenant: Tenant, job_request: JobRequest) -> bool:
    lead_status = db.session.scalar(sa.select(Lead.status).where(
        Lead.tenant_id == tenant.id, Lead.job_request_id == job_request.id))
    return lead_status == LeadStatus.WON


def consent_state(tenant: Tenant, job_request: JobRequest,
                  purpose: str = ConsentPurpose.MEDIA_SHARING) -> str:
    """A word for dashboards: granted, pending, declined, withdrawn, expired, ..."""
    now = clock.now()
    recipients = current_recipients(tenant)
    event = latest_event(customer_id=job_request.customer_id, tenant_id=tenant.id,
                         purpose=purpose, job_request_id=job_request.id, at=now)
    if event is None:
        asked = db.session.scalar(sa.select(ConsentRequest.id).where(
            ConsentRequest.customer_id == job_request.customer_id,
            ConsentRequest.tenant_id == tenant.id,
            ConsentRequest.purpose == purpose,
            ConsentRequest.job_request_id == job_request.id).limit(1))
        return ConsentState.PENDING if asked else ConsentState.NOT_REQUESTED
    if event.action == ConsentAction.GRANT:
        if not is_current(event.recipient_list_version, event.notice, recipients):
            return ConsentState.NEEDS_REFRESH
        expires = grant_expires_at(event, job_request)
        if expires is not None and now >= expires:
            return ConsentState.EXPIRED
        return ConsentState.GRANTED
    return {
        ConsentAction.DECLINE: ConsentState.DECLINED,
        ConsentAction.WITHDRAW: ConsentState.WITHDRAWN,
        ConsentAction.EXPIRE: ConsentState.EXPIRED,
    }[ConsentAction(event.action)]


@dataclass(frozen=True)
class ActiveGrant:
    event: ConsentEvent
    tenant: Tenant
    job_request: JobRequest


def active_grants_of(customer: Customer, *, tenant_id: int | None = None) -> list[ActiveGrant]:
    """Every grant of this customer that is in force now, any purpose, any business."""
    keys = db.session.execute(
        sa.select(ConsentEvent.tenant_id, ConsentEvent.purpose, ConsentEvent.job_request_id)
        .where(ConsentEvent.customer_id == customer.id,
               ConsentEvent.action == ConsentAction.GRANT)
        .distinct()
    ).all()
    grants = []
    recipients_cache: dict[int, Recipients] = {}
    for key_tenant_id, purpose, job_request_id in keys:
        if tenant_id is not None and key_tenant_id != tenant_id:
            continue
        tenant = db.session.get(Tenant, key_tenant_id)
        job = db.session.get(JobRequest, job_request_id)
        if tenant is None or job is None:
            continue
        if key_tenant_id not in recipients_cache:
            recipients_cache[key_tenant_id] = current_recipients(tenant)
        event = active_grant(tenant, job, purpose, recipients=recipients_cache[key_tenant_id])
        if event is not None:
            grants.append(ActiveGrant(event=event, tenant=tenant, job_request=job))
    grants.sort(key=lambda grant: (grant.tenant.name, grant.job_request.reference,
                                   grant.event.purpose))
    return grants


def history(customer_id: int, tenant_id: int, purpose: str, job_request_id: int
            ) -> list[ConsentEvent]:
    return list(db.session.scalars(
        sa.select(ConsentEvent).where(
            ConsentEvent.customer_id == customer_id,
            ConsentEvent.tenant_id == tenant_id,
            ConsentEvent.purpose == purpose,
            ConsentEvent.job_request_id == job_request_id,
        ).order_by(ConsentEvent.occurred_at, ConsentEvent.id)))


def tenants_that_received_data(customer_id: int) -> list[tuple[Tenant, str, datetime]]:
    """Businesses that were given this customer's data, what and since when (from the ledger
    and the leads): the export lists them and erasure tells them."""
    rows: list[tuple[Tenant, str, datetime]] = []
    for tenant_id, purpose, first_at in db.session.execute(
            sa.select(ConsentEvent.tenant_id, ConsentEvent.purpose,
                      sa.func.min(ConsentEvent.occurred_at))
            .where(ConsentEvent.customer_id == customer_id,
                   ConsentEvent.action == ConsentAction.GRANT)
            .group_by(ConsentEvent.tenant_id, ConsentEvent.purpose)):
        rows.append((db.session.get(Tenant, tenant_id), purpose, clock.as_utc(first_at)))
    for tenant_id, first_at in db.session.execute(
            sa.select(Lead.tenant_id, sa.func.min(Lead.offered_at))
            .join(JobRequest, JobRequest.id == Lead.job_request_id)
            .where(JobRequest.customer_id == customer_id)
            .group_by(Lead.tenant_id)):
        rows.append((db.session.get(Tenant, tenant_id), "job_description",
                     clock.as_utc(first_at)))
    rows.sort(key=lambda row: (row[2], row[0].id))
    return rows


def events_of_customer(customer_id: int) -> Iterable[ConsentEvent]:
    return db.session.scalars(sa.select(ConsentEvent).where(
        ConsentEvent.customer_id == customer_id).order_by(ConsentEvent.id))


# ---------------------------------------------------------------- contact details


CONTACT_ITEMS = ("name", "phone", "email")


@dataclass(frozen=True)
class ContactDetails:
    name: str | None
    phone: str | None
    email: str | None

    @property
    def items(self) -> tuple[str, ...]:
        """The details present, in the fixed order name, phone, email."""
        return tuple(item for item in CONTACT_ITEMS if getattr(self, item))


def contact_details(tenant: Tenant, job_request: JobRequest) -> ContactDetails | None:
    """The customer's contact details for this business, or None: only after the customer
    accepted its quote and agreed to share them, and only the details the consent named
    (every page, API answer and e-mail showing contact details asks here)."""
    if tenant is None or job_request is None or not quote_was_accepted(tenant, job_request):
        return None
    grant = active_grant(tenant, job_request, ConsentPurpose.CONTACT_SHARING)
    if grant is None:
        return None
    named = consented_contact_items(grant)
    stored = _stored_contact(job_request)
    return ContactDetails(**{item: getattr(stored, item) if item in named else None
                             for item in CONTACT_ITEMS})


def consented_contact_items(grant: ConsentEvent) -> tuple[str, ...]:
    """The details ("name", "phone", "email") the customer agreed to share with this grant:
    read back from the notice they were shown, whose "What is shared" line names exactly
    those. A detail added to the job later was never agreed to and is not shared."""
    notice = grant.notice
    if notice is None:
        return ()
    lines = set(notice.text.splitlines())
    with force_locale(notice.language):
        for size in range(len(CONTACT_ITEMS), 0, -1):
            for items in combinations(CONTACT_ITEMS, size):
                if notice_module.contact_shared_line(items) in lines:
                    return items
    return ()


def visible_text_for(tenant: Tenant | None, job_request: JobRequest | None,
                     text: str | None) -> str:
    """The customer's own words as this business may read them now. Phone numbers, e-mail
    addresses and street + house number stay masked until the customer agreed to share
    contact details with it, and are masked again the moment that consent is withdrawn.
    A phone number or e-mail address the consent did not name stays masked even then; the
    address the customer gave for the job is what the business needs to carry it out."""
    if not text:
        return text or ""
    return text_masker(tenant, job_request)(text)


def text_masker(tenant: Tenant | None, job_request: JobRequest | None
                ) -> Callable[[str | None], str]:
    """`visible_text_for` for many texts of one job and business (a thread, a history):
    the consent is read once, not once per text."""
    details = contact_details(tenant, job_request)
    keep = set()
    if details is not None:
        keep.add(masking.ADDRESS)
        if details.phone:
            keep.add(masking.PHONE)
        if details.email:
            keep.add(masking.EMAIL)

    def visible(text: str | None) -> str:
        if not text:
            return text or ""
        return mask_contact_details(text, keep=keep)

    return visible


def visible_text_for_lead(lead: Lead, text: str | None) -> str:
    """`visible_text_for` on a business's own lead. Contact details need an accepted quote,
    that is a won lead (`quote_was_accepted`), so every other lead is masked without asking
    the database: lists of leads cost no query per row."""
    if not text:
        return text or ""
    if lead.status != LeadStatus.WON:
        return mask_contact_details(text)
    return visible_text_for(lead.tenant, lead.job_request, text)


def _stored_contact(job_request: JobRequest) -> ContactDetails:
    customer = job_request.customer
    return ContactDetails(
        name=customer.display_name,
        phone=job_request.contact_phone or customer.phone,
        email=job_request.contact_email,
    )


def shared_contact_items(job_request: JobRequest) -> tuple[str, ...]:
    """Which contact details exist for this job and would be shared ("name", "phone",
    "email"): the consent question and its notice name exactly these."""
    stored = _stored_contact(job_request)
    return tuple(item for item, value in (("name", stored.name), ("phone", stored.phone),
                                          ("email", stored.email)) if value)
