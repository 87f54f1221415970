"""The one writer of a review's content: the first version and every edit.

A review can only exist for a job that was awarded and completed, and only its own
customer writes it, after the chat asked them (the invitation follows the customer's
confirmation that the work is done). Every path that could write a review (the chat's
buttons and words; there is no page or API that writes one) ends here, and the database
adds its own guard: one review per job, tied to the job and to the won lead.

Runs inside the chat's unit of work (a tapped button or a text message): nothing here
commits; the conversation does.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace import clock
from marketplace.channels.models import Customer
from marketplace.db import db
from marketplace.errors import Conflict, InvalidInput
from marketplace.jobs.models import JobRequest, JobRequestEvent, JobStatus
from marketplace.quotes.models import Lead, LeadStatus
from marketplace.reviews.models import (
    STARS,
    TEXT_MAX,
    Review,
    ReviewInvitation,
    ReviewVersion,
)

# A completed job may later be closed; its review stays open to edits.
REVIEWABLE_STATUSES = (JobStatus.COMPLETED, JobStatus.CLOSED)


class _Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED = _Unchanged()


@dataclass(frozen=True)
class Reviewable:
    job: JobRequest
    lead: Lead


def reviewable(job: JobRequest | None) -> Reviewable | None:
    """The job and its won lead, if this job may carry a review: awarded (a lead won) and
    completed (now completed, or closed after it was completed)."""
    if job is None or job.status not in REVIEWABLE_STATUSES:
        return None
    lead = db.session.scalar(sa.select(Lead).where(Lead.job_request_id == job.id,
                                                   Lead.status == LeadStatus.WON))
    if lead is None:
        return None
    if job.status == JobStatus.CLOSED and not _was_completed(job):
        return None
    return Reviewable(job, lead)


def _was_completed(job: JobRequest) -> bool:
    return db.session.scalar(sa.select(sa.func.count(JobRequestEvent.id)).where(
        JobRequestEvent.job_request_id == job.id,
        JobRequestEvent.to_status == JobStatus.COMPLETED)) > 0


def review_of_job(job_id: int) -> Review | None:
    return db.session.scalar(sa.select(Review).where(Review.job_request_id == job_id))


def clean_text(text: str | None) -> str:
    return " ".join((text or "").split())[:TEXT_MAX]


def write_review(customer: Customer, job_id: int, *, stars: int | _Unchanged | None = UNCHANGED,
                 text: str | _Unchanged = UNCHANGED, edit: bool = False) -> Review:
    """Create the job's review or add a version to it. Does not commit.

    Refused (Conflict) unless `customer` is the job's customer, the chat asked them for a
    review of this job, and the job is awarded and completed. `UNCHANGED` keeps what the
    review says; a review must say something (stars or words). `edit`: the customer
    changes a finished review (shown as edited); words right after the stars are part of
    writing it.
    """
    job = db.session.get(JobRequest, job_id)
    found = reviewable(job)
    if found is None or job.customer_id != customer.id or not _was_invited(job_id):
        raise Conflict(_("Only the customer of a completed job can review it."))
    if stars is not UNCHANGED and stars is not None and stars not in STARS:
        raise InvalidInput(_("A rating is 1 to 5 stars."), field="stars")
    review = review_of_job(job_id)
    if review is None:
        new_stars = None if stars is UNCHANGED else stars
        new_text = "" if text is UNCHANGED else clean_text(text)  # type: ignore[arg-type]
        if new_stars is None and not new_text:
            raise InvalidInput(_("A review needs stars or a few words."))
        review = Review(tenant_id=found.lead.tenant_id, job_request_id=job_id,
                        lead_id=found.lead.id, stars=new_stars, text=new_text, version=1,
                        published_at=clock.now())
        db.session.add(review)
        db.session.flush()
        _keep_version(review)
        return review
    new_stars = review.stars if stars is UNCHANGED else stars
    new_text = review.text if text is UNCHANGED else clean_text(text)  # type: ignore[arg-type]
    if new_stars is None and not new_text:
        raise InvalidInput(_("A review needs stars or a few words."))
    if (new_stars, new_text) == (review.stars, review.text):
        return review
    review.stars, review.text = new_stars, new_text  # type: ignore[assignment]
    review.version += 1
    if edit:
        review.edited_at = clock.now()
    _keep_version(review)
    return review


def _was_invited(job_id: int) -> bool:
    return db.session.scalar(sa.select(sa.func.count(ReviewInvitation.id)).where(
        ReviewInvitation.job_request_id == job_id)) > 0


def _keep_version(review: Review) -> None:
    db.session.add(ReviewVersion(review_id=review.id, version=review.version,
                                 stars=review.stars, text=review.text,
                                 created_at=clock.now()))
