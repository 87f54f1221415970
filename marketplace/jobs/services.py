"""Job requests: creation with a short reference, the admin's list and cancel.

The admin's job page, which also shows the chat and the leads, is composed in
`quotes/job_admin/` because it reads features above jobs.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from marketplace.channels.models import Customer
from marketplace.db import db
from marketplace.errors import InvalidInput, NotFound
from marketplace.jobs import hooks, reasons, signals, state
from marketplace.jobs.models import (
    ActorKind,
    ContactPreference,
    JobRequest,
    JobStatus,
    Timing,
)
from marketplace.media.models import MediaFile, MediaStatus
from marketplace.system_reasons import system_reason

# No 0/O, 1/I/L, 5/S, 8/B, Z: a reference read out on the phone or typed from a
# screenshot cannot be mistaken for another one.
REFERENCE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY234679"


def new_reference() -> str:
    """A fresh reference like A7K-2Q, unused so far (26^5 ≈ 11.9 million of them)."""
    for _attempt in range(20):
        raw = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(5))
        reference = f"{raw[:3]}-{raw[3:]}"
        exists = db.session.scalar(
            sa.select(JobRequest.id).where(JobRequest.reference == reference))
        if exists is None:
            return reference
    raise RuntimeError("could not find a free job reference")  # pragma: no cover


def normalise_reference(text: str) -> str:
    """'a7k2q', 'A7K 2Q' and 'A7K-2Q' all mean A7K-2Q."""
    raw = "".join(ch for ch in (text or "").upper() if ch.isalnum())
    return f"{raw[:3]}-{raw[3:]}" if len(raw) == 5 else (text or "").strip().upper()


@dataclass(frozen=True)
class JobDraft:
    trade_code: str
    description: str
    postcode: str
    timing: str
    contact_preference: str = ContactPreference.CHAT
    language: str = "de"
    place_name: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    contact_phone: str | None = None
    contact_email: str | None = None
    also_trade_codes: tuple[str, ...] = ()
    hazard: str | None = None
    derived_from: dict[str, str] | None = None


def _validate(draft: JobDraft) -> None:
    from marketplace.geo.services import is_valid_format
    from marketplace.trades.catalogue import get_trade

    if get_trade(draft.trade_code) is None or any(
            get_trade(code) is None for code in draft.also_trade_codes):
        raise InvalidInput("unknown trade", field="trade_code")
    if not draft.description.strip():
        raise InvalidInput("a description is required", field="description")
    if not is_valid_format(draft.postcode):
        raise InvalidInput("a German postcode has five digits", field="postcode")
    if draft.timing not in set(Timing):
        raise InvalidInput("unknown timing", field="timing")
    if draft.contact_preference not in set(ContactPreference):
        raise InvalidInput("unknown contact preference", field="contact_preference")


def add_job_request(customer: Customer, draft: JobDraft, *, media: list[MediaFile] = (),
                    conversation_id: int | None = None) -> JobRequest:
    """Build a job request inside the caller's unit of work (no commit) and have it routed
    once that commits."""
    _validate(draft)
    job = JobRequest(
        reference=new_reference(), customer_id=customer.id, channel=customer.channel,
        trade_code=draft.trade_code, description=draft.description.strip(),
        also_trade_codes=[code for code in dict.fromkeys(draft.also_trade_codes)
                          if code != draft.trade_code] or None,
        hazard=draft.hazard, derived_from=dict(draft.derived_from or {}) or None,
        postcode=draft.postcode, place_name=(draft.place_name or None) and draft.place_name[:120],
        latitude=draft.latitude, longitude=draft.longitude, timing=draft.timing,
        contact_preference=draft.contact_preference, language=draft.language,
        contact_phone=draft.contact_phone, contact_email=draft.contact_email,
        status=JobStatus.OPEN, conversation_id=conversation_id,
    )
    job.media = [file for file in media
                 if file.customer_id == customer.id and file.status != MediaStatus.DELETED]
    db.session.add(job)
    db.session.flush()
    state.record_event(job, from_status=None, to_status=JobStatus.OPEN,
                       actor_kind=ActorKind.CUSTOMER, actor_id=customer.id,
                       reason=system_reason(reasons.CREATED_FROM_INTAKE if conversation_id
                                            else reasons.CREATED))
    # Routing (in quotes) listens and offers the job to businesses after the commit.
    signals.job_created.send(job_id=job.id)
    return job


def create_job_request(customer: Customer, draft: JobDraft, *,
                       media: list[MediaFile] = ()) -> JobRequest:
    """Public service: one job request, committed, routed after the commit."""
    job = add_job_request(customer, draft, media=list(media))
    db.session.commit()
    return job


def cancel_job_request(job_id: int, *, actor: Any, reason: str) -> JobRequest:
    """An admin withdraws a job (e.g. spam, duplicate). One commit."""
    job = db.session.get(JobRequest, job_id)
    if job is None:
        raise NotFound()
    if not (reason or "").strip():
        raise InvalidInput("a reason is required", field="reason")
    state.transition(job, JobStatus.CANCELLED, actor_kind=ActorKind.ADMIN, actor_id=actor.id,
                     reason=reason.strip())
    db.session.commit()
    return job


# --- reads for the chat --------------------------------------------------------------------

def jobs_of_customer(customer: Customer, *, limit: int = 5) -> list[JobRequest]:
    return list(db.session.scalars(
        sa.select(JobRequest).where(JobRequest.customer_id == customer.id)
        .order_by(JobRequest.id.desc()).limit(limit)))


def lead_count(job: JobRequest) -> int:
    """How many businesses the job has been offered to; leads are quotes' rows, so the
    answer comes through a slot."""
    return hooks.lead_count(job)


# --- reads for the admin console -------------------------------------------------------------


@dataclass(frozen=True)
class JobFilters:
    trade_code: str | None = None
    postcode_area: str | None = None  # leading digits, e.g. "603" or "60"
    status: str | None = None
    created_from: date | None = None
    created_to: date | None = None
    reference: str | None = None


def list_job_requests(filters: JobFilters, *, page: int = 1, per_page: int = 50
                      ) -> tuple[list[JobRequest], int]:
    query = sa.select(JobRequest)
    if filters.trade_code:
        query = query.where(JobRequest.trade_code == filters.trade_code)
    if filters.postcode_area:
        query = query.where(JobRequest.postcode.startswith(filters.postcode_area,
                                                          autoescape=True))
    if filters.status:
        query = query.where(JobRequest.status == filters.status)
    if filters.created_from:
        start = datetime.combine(filters.created_from, time.min, tzinfo=UTC)
        query = query.where(JobRequest.created_at >= start)
    if filters.created_to:
        end = datetime.combine(filters.created_to + timedelta(days=1), time.min,
                               tzinfo=UTC)
        query = query.where(JobRequest.created_at < end)
    if filters.reference:
        query = query.where(JobRequest.reference == normalise_reference(filters.reference))
    total = db.session.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0
    rows = db.session.scalars(query.options(selectinload(JobRequest.media))
                              .order_by(JobRequest.created_at.desc(), JobRequest.id.desc())
                              .limit(per_page).offset((max(page, 1) - 1) * per_page))
    return list(rows), total



