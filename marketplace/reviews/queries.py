"""Reads of reviews: a business's stars and count, its public reviews, the dashboard's
list, the admin's queue. Hidden reviews count nowhere in public."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa

from marketplace.db import db, system_scope
from marketplace.jobs.models import JobRequest
from marketplace.reviews.models import Review, ReviewReport, ReviewStatus
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.scoping import scoped_select


@dataclass(frozen=True)
class Reputation:
    average: float  # mean stars of the public reviews with stars, one decimal
    count: int  # how many public reviews have stars


def reputations(tenant_ids: Iterable[int]) -> dict[int, Reputation]:
    """Stars and count per business; businesses without rated public reviews are absent.

    Public figures, read in the system scope: a business user's request (a quote sent
    from the dashboard sends the comparison) sees every quoted business's stars."""
    ids = sorted(set(tenant_ids))
    if not ids:
        return {}
    with system_scope("public review figures"):
        rows = db.session.execute(
            sa.select(Review.tenant_id, sa.func.avg(Review.stars), sa.func.count(Review.id))
            .where(Review.tenant_id.in_(ids), Review.status == ReviewStatus.PUBLISHED,
                   Review.stars.is_not(None))
            .group_by(Review.tenant_id)).all()
    return {tenant_id: Reputation(round(float(average), 1), count)
            for tenant_id, average, count in rows}


def public_reviews(tenant: Tenant, limit: int = 50) -> list[tuple[Review, JobRequest]]:
    """The public reviews with their jobs (for the trade and the date), newest first."""
    return list(db.session.execute(
        sa.select(Review, JobRequest).join(JobRequest, JobRequest.id == Review.job_request_id)
        .where(Review.tenant_id == tenant.id, Review.status == ReviewStatus.PUBLISHED)
        .order_by(Review.published_at.desc(), Review.id.desc()).limit(limit)).all())


def tenant_reviews(tenant: Tenant) -> list[tuple[Review, JobRequest]]:
    """Every review of the business, hidden ones included (the dashboard says which)."""
    return list(db.session.execute(
        scoped_select(Review, tenant).add_columns(JobRequest)
        .join(JobRequest, JobRequest.id == Review.job_request_id)
        .order_by(Review.published_at.desc(), Review.id.desc())).all())


def unanswered_count(tenant: Tenant) -> int:
    return db.session.scalar(
        sa.select(sa.func.count(Review.id)).where(Review.tenant_id == tenant.id,
                                                  Review.status == ReviewStatus.PUBLISHED,
                                                  Review.answer_text.is_(None))) or 0


def open_reports() -> list[ReviewReport]:
    return list(db.session.scalars(
        sa.select(ReviewReport).where(ReviewReport.decision.is_(None))
        .order_by(ReviewReport.created_at, ReviewReport.id)))


def decided_reports(limit: int = 50) -> list[ReviewReport]:
    return list(db.session.scalars(
        sa.select(ReviewReport).where(ReviewReport.decision.is_not(None))
        .order_by(ReviewReport.decided_at.desc(), ReviewReport.id.desc()).limit(limit)))
