"""Reads of leads, quotes and the routing record: a business's lists, the open quotes of a
job, and the admin's routing pages. Nothing here writes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import joinedload, selectinload

from marketplace.db import db
from marketplace.errors import InvalidInput, NotFound
from marketplace.jobs.models import JobRequest
from marketplace.quotes.models import (
    OPEN_LEAD_STATUSES,
    JobRouting,
    Lead,
    LeadStatus,
    Quote,
    QuoteStatus,
    RoutingRun,
)
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.scoping import get_scoped, get_scoped_for, scoped_select, scoped_select_for

ANSWERED_LEAD_STATUSES = (LeadStatus.QUOTED, LeadStatus.WON, LeadStatus.LOST,
                          LeadStatus.DECLINED, LeadStatus.EXPIRED)


# --- the business's lists --------------------------------------------------------------------

LEADS_PER_PAGE = 50
# The API's lists are paged too: a business with thousands of leads gets them 100 at a time.
API_PAGE_SIZE = 100

# What a list row shows of a lead: its job and its quote, joined into the page's own query
# (each lead has one of each) instead of two queries per row, or two more per page.
_LEAD_ROW = (joinedload(Lead.job_request, innerjoin=True), joinedload(Lead.quote))
# The API's lead also counts the job's photos.
_API_LEAD_ROW = (joinedload(Lead.job_request, innerjoin=True).selectinload(JobRequest.media),
                 joinedload(Lead.quote))


def _leads_query(tenant: Tenant, status: str | None, viewer: Any = None
                 ) -> sa.Select[tuple[Lead]]:
    # With a viewer, what that user may see (a crew member: the jobs they are on).
    query = (scoped_select_for(Lead, viewer) if viewer is not None
             else scoped_select(Lead, tenant)).order_by(Lead.offered_at.desc(), Lead.id.desc())
    if status:
        if status not in set(LeadStatus):
            raise InvalidInput(_("Unknown lead status."), status=status)
        query = query.where(Lead.status == status)
    return query


@dataclass(frozen=True)
class Page:
    rows: list[Any]
    number: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def next_number(self) -> int | None:
        return self.number + 1 if self.has_next else None


def _page(query: sa.Select, number: int, per_page: int) -> Page:
    """One page of `query` (one row more is read to know whether another page follows)."""
    number = max(number, 1)
    rows = list(db.session.scalars(query.limit(per_page + 1).offset((number - 1) * per_page)))
    return Page(rows=rows[:per_page], number=number, has_next=len(rows) > per_page)


def lead_page(tenant: Tenant, *, status: str | None = None, number: int = 1,
              per_page: int = LEADS_PER_PAGE, viewer: Any = None) -> Page:
    """One page of the business's leads, newest first."""
    return _page(_leads_query(tenant, status, viewer).options(*_LEAD_ROW), number, per_page)


def api_lead_page(tenant: Tenant, *, status: str | None = None, number: int = 1) -> Page:
    return _page(_leads_query(tenant, status).options(*_API_LEAD_ROW), number, API_PAGE_SIZE)


def open_leads(tenant: Tenant, *, limit: int = 10) -> tuple[list[Lead], int]:
    """The newest leads still waiting for an answer, and how many there are in all."""
    where = (Lead.tenant_id == tenant.id, Lead.status.in_(OPEN_LEAD_STATUSES))
    leads = list(db.session.scalars(
        sa.select(Lead).where(*where).order_by(Lead.offered_at.desc(), Lead.id.desc())
        .options(*_LEAD_ROW).limit(limit)))
    total = db.session.scalar(sa.select(sa.func.count(Lead.id)).where(*where))
    return leads, total


def recent_lead_outcomes(tenant: Tenant, *, limit: int = 5) -> list[Lead]:
    """The business's latest answered leads (quote waiting, won, lost, declined, expired),
    most recently changed first: what became of its recent work at a glance."""
    query = (scoped_select(Lead, tenant)
             .where(Lead.status.in_(ANSWERED_LEAD_STATUSES))
             .order_by(Lead.updated_at.desc(), Lead.id.desc())
             .options(*_LEAD_ROW)
             .limit(limit))
    return list(db.session.scalars(query).all())


def api_quote_page(tenant: Tenant, *, status: str | None = None, number: int = 1) -> Page:
    """One page of the business's quotes, newest first, each with its job."""
    query = (scoped_select(Quote, tenant).order_by(Quote.created_at.desc(), Quote.id.desc())
             .options(selectinload(Quote.job_request)))
    if status:
        if status not in set(QuoteStatus):
            raise InvalidInput(_("Unknown quote status."), status=status)
        query = query.where(Quote.status == status)
    return _page(query, number, API_PAGE_SIZE)


def get_lead(tenant: Tenant, lead_id: Any) -> Lead:
    return get_scoped(Lead, tenant, lead_id)


def get_lead_for(user: Any, lead_id: Any) -> Lead:
    """A lead as this user may open it: a crew member only the jobs they are on."""
    return get_scoped_for(Lead, user, lead_id)


def get_quote(tenant: Tenant, quote_id: Any) -> Quote:
    return get_scoped(Quote, tenant, quote_id)


# --- one job ---------------------------------------------------------------------------------

def open_quotes(job: JobRequest) -> list[Quote]:
    """The quotes the customer can still accept, cheapest first."""
    return list(db.session.scalars(
        sa.select(Quote).where(Quote.job_request_id == job.id,
                               Quote.status == QuoteStatus.SENT)
        .order_by(Quote.net_amount_cents, Quote.id)).all())


def lead_count(job: JobRequest) -> int:
    """How many businesses the job has been offered to, whatever became of the offers."""
    return db.session.scalar(
        sa.select(sa.func.count(Lead.id)).where(Lead.job_request_id == job.id)) or 0


# --- the admin's routing pages ---------------------------------------------------------------

def routing_record(job_id: int) -> dict[str, Any]:
    job = db.session.get(JobRequest, job_id)
    if job is None:
        raise NotFound()
    runs = db.session.scalars(
        sa.select(RoutingRun).where(RoutingRun.job_request_id == job_id)
        .order_by(RoutingRun.id)).all()
    leads = db.session.scalars(
        sa.select(Lead).where(Lead.job_request_id == job_id).order_by(Lead.id)).all()
    return {"job": job, "runs": runs, "leads": leads,
            "state": db.session.get(JobRouting, job_id)}


def recent_routed_jobs(limit: int = 100) -> list[tuple[JobRequest, int, int]]:
    leads = (sa.select(sa.func.count(Lead.id)).where(Lead.job_request_id == JobRequest.id)
             .scalar_subquery())
    quotes = (sa.select(sa.func.count(Quote.id))
              .where(Quote.job_request_id == JobRequest.id).scalar_subquery())
    return [tuple(row) for row in db.session.execute(
        sa.select(JobRequest, leads, quotes)
        .order_by(JobRequest.created_at.desc(), JobRequest.id.desc()).limit(limit)).all()]
