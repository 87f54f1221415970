"""Expiry: a grant ends when its job is closed and the chosen retention has passed."""

from __future__ import annotations

import sqlalchemy as sa

from marketplace import clock
from marketplace.consent import notifications
from marketplace.consent.ledger import grant_expires_at, latest_event
from marketplace.consent.models import (
    BusinessNoticeKind,
    ConsentAction,
    ConsentActor,
    ConsentEvent,
    EvidenceKind,
)
from marketplace.consent.recording import Evidence, append_event
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.tenancy.models import Tenant


def expire_ended_grants(*, limit: int = 500) -> list[ConsentEvent]:
    """Append an EXPIRE event for every grant whose retention has passed (flush only)."""
    now = clock.now()
    candidates = db.session.execute(
        sa.select(ConsentEvent.customer_id, ConsentEvent.tenant_id, ConsentEvent.purpose,
                  ConsentEvent.job_request_id)
        .join(JobRequest, JobRequest.id == ConsentEvent.job_request_id)
        .where(ConsentEvent.action == ConsentAction.GRANT, JobRequest.closed_at.is_not(None))
        .distinct().limit(limit * 4)
    ).all()
    expired = []
    for customer_id, tenant_id, purpose, job_request_id in candidates:
        event = latest_event(customer_id=customer_id, tenant_id=tenant_id, purpose=purpose,
                             job_request_id=job_request_id)
        if event is None or event.action != ConsentAction.GRANT:
            continue
        job = db.session.get(JobRequest, job_request_id)
        ends = grant_expires_at(event, job)
        if ends is None or ends > now:
            continue
        tenant = db.session.get(Tenant, tenant_id)
        expired.append(append_event(
            customer_id=customer_id, tenant=tenant, job_request=job, purpose=purpose,
            action=ConsentAction.EXPIRE, recipient_list_version=event.recipient_list_version,
            channel=event.channel, evidence=Evidence(EvidenceKind.SCHEDULE, "retention"),
            actor=ConsentActor.SYSTEM, consent_request=event.request,
            notice_id=event.notice_id, notice_sha256=event.notice_sha256,
            retention_days=event.retention_days))
        notifications.notify_business(tenant, BusinessNoticeKind.CONSENT_EXPIRED,
                                      job.reference, purpose=purpose)
        if len(expired) >= limit:
            break
    return expired
