"""Asking the customer: one consent question per business, purpose, job and recipient list.

A question is never repeated for the same recipients and notice wording, so neither a
business nor a sweep can nag a customer; a new subcontractor or notice version asks anew.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace import clock
from marketplace.consent import notice as notice_module
from marketplace.consent import notifications
from marketplace.consent.ledger import active_grant, is_current, shared_contact_items
from marketplace.consent.models import (
    ConsentAction,
    ConsentEvent,
    ConsentNotice,
    ConsentPurpose,
    ConsentRequest,
)
from marketplace.consent.notice import DEFAULT_RETENTION_DAYS, NoticeContext, store_notice
from marketplace.consent.recipients import current_recipients
from marketplace.db import db
from marketplace.errors import Conflict
from marketplace.jobs.models import JobRequest
from marketplace.quotes.models import Lead, LeadStatus
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.scoping import get_scoped


def ask(lead: Lead, purpose: ConsentPurpose) -> ConsentRequest | None:
    """Create and send one consent request for this lead (flush only), unless pointless."""
    job_request = lead.job_request
    customer = job_request.customer
    tenant = lead.tenant
    recipients = current_recipients(tenant)
    if active_grant(tenant, job_request, purpose, recipients=recipients) is not None:
        return None
    if purpose == ConsentPurpose.MEDIA_SHARING and not any(
            media.kind in ("image", "video") for media in job_request.media):
        return None
    contact_items = shared_contact_items(job_request) \
        if purpose == ConsentPurpose.CONTACT_SHARING else ()
    if purpose == ConsentPurpose.CONTACT_SHARING and not contact_items:
        # Nothing but the chat itself: no consent is asked for data that does not exist.
        return None
    already = db.session.scalar(sa.select(ConsentRequest).join(
        ConsentNotice, ConsentNotice.id == ConsentRequest.notice_id).where(
        ConsentRequest.customer_id == customer.id,
        ConsentRequest.tenant_id == tenant.id,
        ConsentRequest.purpose == purpose,
        ConsentRequest.job_request_id == job_request.id,
        ConsentRequest.recipient_list_version == recipients.version,
        ConsentNotice.version == notice_module.NOTICE_VERSION,
    ).limit(1))
    if already is not None:
        return None  # asked under this recipient list already: never nag
    language = notifications.language_of(customer)
    notice = store_notice(NoticeContext(recipients=recipients, channel=customer.channel,
                                        job_reference=job_request.reference,
                                        purpose=purpose,
                                        retention_days=DEFAULT_RETENTION_DAYS,
                                        contact_items=contact_items), language)
    consent_request = ConsentRequest(
        tenant_id=tenant.id, customer_id=customer.id, job_request_id=job_request.id,
        lead_id=lead.id, purpose=purpose, channel=customer.channel, language=language,
        recipient_list_version=recipients.version, notice_id=notice.id,
        retention_days=DEFAULT_RETENTION_DAYS, requested_at=clock.now())
    db.session.add(consent_request)
    db.session.flush()
    notifications.send_question(customer, consent_request, recipients, job_request)
    return consent_request


def request_media_consent(lead: Lead) -> ConsentRequest | None:
    """Ask the customer whether this lead's business may see the job's photos and videos."""
    consent_request = ask(lead, ConsentPurpose.MEDIA_SHARING)
    db.session.commit()
    return consent_request


def request_contact_consent(lead: Lead) -> ConsentRequest | None:
    """Ask whether the business whose quote was accepted may have the stored contact details."""
    if lead.status != LeadStatus.WON:
        raise Conflict(_("Contact details are only asked for after a quote was accepted."))
    consent_request = ask(lead, ConsentPurpose.CONTACT_SHARING)
    db.session.commit()
    return consent_request


def ask_for_media(tenant: Tenant, actor: Any, *, lead_id: int) -> ConsentRequest | None:
    """The business asks (again) to see a lead's photos: one request per recipient list,
    never more, so a business cannot nag the customer."""
    lead = get_scoped(Lead, tenant, lead_id)
    if lead.job_request.closed_at is not None:
        raise Conflict(_("This job is closed."))
    consent_request = ask(lead, ConsentPurpose.MEDIA_SHARING)
    db.session.commit()
    return consent_request


def reask_after_recipient_change(*, limit: int = 200) -> int:
    """Grants given under an older recipient list or notice wording no longer count: ask
    those customers once more (open jobs only). Commits; returns the requests sent."""
    latest_ids = (
        sa.select(sa.func.max(ConsentEvent.id))
        .group_by(ConsentEvent.customer_id, ConsentEvent.tenant_id, ConsentEvent.purpose,
                  ConsentEvent.job_request_id)
        .scalar_subquery())
    candidates = db.session.scalars(
        sa.select(ConsentEvent)
        .join(JobRequest, JobRequest.id == ConsentEvent.job_request_id)
        .where(ConsentEvent.id.in_(latest_ids), ConsentEvent.action == ConsentAction.GRANT,
               ConsentEvent.purpose == ConsentPurpose.MEDIA_SHARING,
               JobRequest.closed_at.is_(None))
        .order_by(ConsentEvent.id).limit(limit * 4)).all()
    sent = 0
    for event in candidates:
        tenant = db.session.get(Tenant, event.tenant_id)
        if is_current(event.recipient_list_version, event.notice, current_recipients(tenant)):
            continue
        lead = db.session.scalar(sa.select(Lead).where(
            Lead.tenant_id == event.tenant_id, Lead.job_request_id == event.job_request_id))
        if lead is not None and ask(lead, ConsentPurpose.MEDIA_SHARING) is not None:
            sent += 1
        if sent >= limit:
            break
    db.session.commit()
    return sent
