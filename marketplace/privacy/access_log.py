"""The log of every attempt to open a customer's file, kept by privacy: it is exported and
erased with the customer. Consent decides who may open a file and hands each attempt up
through `consent.hooks.record_media_access` (plugged in wiring.py)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from marketplace import clock
from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.media.models import MediaFile
from marketplace.privacy.models import AccessDecision, MediaAccess
from marketplace.tenancy.models import Tenant


def record_media_access(*, allowed: bool, reason: str, user_id: int | None = None,
                        tenant_id: int | None = None, customer_id: int | None = None,
                        media_file_id: int | None = None, job_request_id: int | None = None,
                        link_id: str | None = None, note: str | None = None) -> MediaAccess:
    """One attempt, allowed or denied, without content or phone numbers (no commit).

    `note` is what an administrator typed with the reason (a case or report number)."""
    entry = MediaAccess(
        occurred_at=clock.now(), user_id=user_id, tenant_id=tenant_id, customer_id=customer_id,
        media_file_id=media_file_id, job_request_id=job_request_id,
        decision=AccessDecision.ALLOW if allowed else AccessDecision.DENY, reason=reason,
        link_id=link_id, note=(note or None) and note[:300])
    db.session.add(entry)
    return entry


@dataclass(frozen=True)
class AccessLogRow:
    entry: MediaAccess
    business: str | None
    user_email: str | None
    job_reference: str | None
    file_public_id: str | None


def access_log(*, limit: int = 200, before_id: int | None = None) -> list[AccessLogRow]:
    """Newest first, with names instead of bare ids, for the admin console."""
    query = (sa.select(MediaAccess, Tenant.name, User.email, JobRequest.reference,
                       MediaFile.public_id)
             .outerjoin(Tenant, Tenant.id == MediaAccess.tenant_id)
             .outerjoin(User, User.id == MediaAccess.user_id)
             .outerjoin(JobRequest, JobRequest.id == MediaAccess.job_request_id)
             .outerjoin(MediaFile, MediaFile.id == MediaAccess.media_file_id)
             .order_by(MediaAccess.id.desc()).limit(limit))
    if before_id:
        query = query.where(MediaAccess.id < before_id)
    return [AccessLogRow(*row) for row in db.session.execute(query)]
