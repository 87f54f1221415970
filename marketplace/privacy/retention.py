"""The retention sweep: end expired grants, strip closed jobs past retention, erase
customers with nothing left to keep and abandoned intakes, and delete the records an
erasure kept by law once their period has ended. Runs hourly (see wiring.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa

from marketplace import clock
from marketplace.channels.models import Customer, Message
from marketplace.consent import expiry as consent_expiry
from marketplace.consent.models import ConsentEvent
from marketplace.db import db
from marketplace.jobs.models import JobRequest, job_media
from marketplace.media.models import MediaFile, MediaStatus
from marketplace.media.services import erase as erase_media
from marketplace.privacy import retained
from marketplace.privacy.erasure import erase
from marketplace.privacy.models import DeletionReason, DeletionRecord

DEFAULT_JOB_RETENTION_DAYS = 30
ABANDONED_INTAKE_AFTER = timedelta(days=30)
PURGE_BATCH_SIZE = 100
PURGE_MAX_BATCHES = 20


@dataclass
class PurgeResult:
    expired_grants: int = 0
    jobs_purged: int = 0
    media_deleted: int = 0
    customers_erased: int = 0
    loose_media_deleted: int = 0
    retained_records_deleted: int = 0


def purge_expired_data() -> PurgeResult:
    """Retention: end expired grants, strip closed jobs past retention, erase customers
    whose jobs are all past retention and abandoned intakes. Works in batches, commits per
    batch and leaves a content-free record."""
    result = PurgeResult()
    now = clock.now()
    for _batch in range(PURGE_MAX_BATCHES):
        expired = consent_expiry.expire_ended_grants(limit=PURGE_BATCH_SIZE)
        jobs, media = _purge_job_batch(now)
        if expired or jobs:
            db.session.add(DeletionRecord(occurred_at=now, reason=DeletionReason.JOB_RETENTION,
                                          counts={"expired_grants": len(expired),
                                                  "jobs": jobs, "media_files": media}))
        db.session.commit()
        result.expired_grants += len(expired)
        result.jobs_purged += jobs
        result.media_deleted += media
        if not expired and jobs == 0:
            break
    for _batch in range(PURGE_MAX_BATCHES):
        finished = _finished_customers(now)
        if not finished:
            break
        for customer in finished:
            erase(customer, DeletionReason.JOB_RETENTION)
        db.session.commit()
        result.customers_erased += len(finished)
    for _batch in range(PURGE_MAX_BATCHES):
        customers = _abandoned_customers(now)
        loose = _loose_media(now)
        if not customers and not loose:
            break
        for media_file in loose:
            erase_media(media_file)
        if loose:
            db.session.add(DeletionRecord(occurred_at=now,
                                          reason=DeletionReason.ABANDONED_INTAKE,
                                          counts={"media_files": len(loose)}))
        for customer in customers:
            erase(customer, DeletionReason.ABANDONED_INTAKE)
        db.session.commit()
        result.customers_erased += len(customers)
        result.loose_media_deleted += len(loose)
    result.retained_records_deleted = _delete_expired_retained_records(now)
    return result


def _delete_expired_retained_records(now: datetime) -> int:
    """The accepted quotes and consent proofs an erasure kept, once the duty behind each
    (10 years under HGB/AO, 3 years of limitation) has ended: kept a day longer would be
    kept without a basis."""
    deleted = 0
    for _batch in range(PURGE_MAX_BATCHES):
        count = retained.delete_expired(now.date(), limit=PURGE_BATCH_SIZE)
        if not count:
            break
        db.session.add(DeletionRecord(occurred_at=now, reason=DeletionReason.JOB_RETENTION,
                                      counts={"retained_record": count}))
        db.session.commit()
        deleted += count
    return deleted


def _retention_days(job_request: JobRequest) -> int:
    days = db.session.scalar(sa.select(sa.func.max(ConsentEvent.retention_days)).where(
        ConsentEvent.job_request_id == job_request.id,
        ConsentEvent.action == "grant"))
    return max(days or 0, DEFAULT_JOB_RETENTION_DAYS)


def _purge_job_batch(now: datetime) -> tuple[int, int]:
    candidates = db.session.scalars(
        sa.select(JobRequest).where(
            JobRequest.closed_at.is_not(None),
            JobRequest.closed_at <= now - timedelta(days=DEFAULT_JOB_RETENTION_DAYS),
            sa.or_(JobRequest.description != "",
                   JobRequest.id.in_(sa.select(job_media.c.job_request_id).join(
                       MediaFile, MediaFile.id == job_media.c.media_file_id).where(
                       MediaFile.status != MediaStatus.DELETED))))
        .order_by(JobRequest.closed_at).limit(PURGE_BATCH_SIZE * 2)).all()
    jobs = media = 0
    for job_request in candidates:
        if job_request.closed_at + timedelta(days=_retention_days(job_request)) > now:
            continue
        for media_file in job_request.media:
            if media_file.status != MediaStatus.DELETED:
                erase_media(media_file)
                media += 1
        job_request.description = ""
        job_request.place_name = None
        job_request.latitude = None
        job_request.longitude = None
        db.session.execute(sa.delete(Message).where(Message.job_request_id == job_request.id))
        jobs += 1
        if jobs >= PURGE_BATCH_SIZE:
            break
    return jobs, media


def _abandoned_customers(now: datetime) -> list[Customer]:
    cutoff = now - ABANDONED_INTAKE_AFTER
    last_activity = sa.func.coalesce(Customer.last_inbound_at, Customer.created_at)
    return list(db.session.scalars(
        sa.select(Customer).where(
            last_activity <= cutoff,
            ~sa.exists().where(JobRequest.customer_id == Customer.id))
        .order_by(Customer.id).limit(PURGE_BATCH_SIZE)))


def _finished_customers(now: datetime) -> list[Customer]:
    """Customers whose every job is closed past its retention and who have been silent
    since: nothing is left that the platform may keep."""
    cutoff = now - ABANDONED_INTAKE_AFTER
    last_activity = sa.func.coalesce(Customer.last_inbound_at, Customer.created_at)
    still_needed = sa.exists().where(
        JobRequest.customer_id == Customer.id,
        sa.or_(JobRequest.closed_at.is_(None),
               JobRequest.closed_at > now - timedelta(days=DEFAULT_JOB_RETENTION_DAYS)))
    candidates = db.session.scalars(
        sa.select(Customer).where(
            last_activity <= cutoff,
            sa.exists().where(JobRequest.customer_id == Customer.id),
            ~still_needed)
        .order_by(Customer.id).limit(PURGE_BATCH_SIZE)).all()
    finished = []
    for customer in candidates:
        jobs = db.session.scalars(sa.select(JobRequest).where(
            JobRequest.customer_id == customer.id)).all()
        if all(job.closed_at + timedelta(days=_retention_days(job)) <= now for job in jobs):
            finished.append(customer)
    return finished


def _loose_media(now: datetime) -> list[MediaFile]:
    """Files never attached to a job, older than the intake limit."""
    return list(db.session.scalars(
        sa.select(MediaFile).where(
            MediaFile.created_at <= now - ABANDONED_INTAKE_AFTER,
            MediaFile.status != MediaStatus.DELETED,
            ~sa.exists().where(job_media.c.media_file_id == MediaFile.id))
        .limit(PURGE_BATCH_SIZE)))
