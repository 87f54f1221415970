"""TRANSITION: who may open a customer's file is decided in `consent.access`, next to the
ledger. The names stay importable here, and the admin's access log query stays here, until
privacy (which keeps the log) hosts the query; the final pass removes this module."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from marketplace.accounts.models import User
from marketplace.consent.access import (  # noqa: F401 - moved; callers updated in the final pass
    LINK_MAX_AGE_SECONDS,
    AccessReason,
    MediaLink,
    MediaOverview,
    OpenedFile,
    issue_link,
    lead_media_overview,
    media_overview,
    open_signed_link,
    visible_files,
)
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.media.models import MediaFile
from marketplace.privacy.models import MediaAccess
from marketplace.tenancy.models import Tenant


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
