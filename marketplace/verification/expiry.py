"""Documents running out: a reminder 30 days ahead, and after the last valid day the
document expires and the trades it alone covered are suspended."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa

from marketplace import clock
from marketplace.db import db
from marketplace.system_reasons import system_reason
from marketplace.tenancy.models import Tenant
from marketplace.verification import reasons, state
from marketplace.verification.coverage import recompute, today
from marketplace.verification.documents import tenant_of
from marketplace.verification.models import DocumentStatus, EventSubject, VerificationDocument
from marketplace.verification.notifications import notify_business

REMINDER_BEFORE_EXPIRY = timedelta(days=30)


@dataclass
class ExpiryResult:
    reminded: int = 0
    expired: int = 0


def process_document_expiry() -> ExpiryResult:
    """Remind 30 days before an approved document expires; expire it after its last day
    and suspend the trades it alone covered. Safe to run any number of times."""
    result = ExpiryResult()
    day = today()
    due_reminders = db.session.scalars(
        sa.select(VerificationDocument).where(
            VerificationDocument.status == DocumentStatus.APPROVED,
            VerificationDocument.expires_on.is_not(None),
            VerificationDocument.expires_on >= day,
            VerificationDocument.expires_on <= day + REMINDER_BEFORE_EXPIRY,
            VerificationDocument.reminder_sent_at.is_(None),
        )
    ).all()
    for document in due_reminders:
        document.reminder_sent_at = clock.now()
        tenant = tenant_of(document)
        state.record_event(tenant, EventSubject.DOCUMENT, from_status=document.status,
                           to_status="expiry_reminder", document=document,
                           reason=system_reason(reasons.DOCUMENT_EXPIRES,
                                                document.expires_on.isoformat()))
        notify_business(tenant, "expiry_reminder", document=document)
        result.reminded += 1

    expired = db.session.scalars(
        sa.select(VerificationDocument).where(
            VerificationDocument.status == DocumentStatus.APPROVED,
            VerificationDocument.expires_on < day,
        )
    ).all()
    tenants: dict[int, Tenant] = {}
    for document in expired:
        reason = system_reason(reasons.DOCUMENT_EXPIRED_ON, document.expires_on.isoformat())
        state.transition_document(document, DocumentStatus.EXPIRED, actor=None, reason=reason)
        tenant = tenant_of(document)
        tenants[tenant.id] = tenant
        notify_business(tenant, "document_expired", document=document)
        result.expired += 1
    for tenant in tenants.values():
        recompute(tenant, actor=None, reason=system_reason(reasons.DOCUMENT_EXPIRED))
    db.session.commit()
    return result
