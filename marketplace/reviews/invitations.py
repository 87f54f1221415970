"""The chat's review question: stars (buttons), then a few words (the next text message),
both skippable; "change review" asks again and adds a version.

`invite` runs as a task after the customer confirmed completion (its own unit of work).
`handle_customer_choice` (buttons "review:<stars|skip|nowords|edit>:<job id>") and
`take_words` (a message router) run inside the chat's unit of work and never commit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from marketplace import clock
from marketplace.channels.base import MessageKind
from marketplace.channels.models import Customer, Message
from marketplace.db import call_after_commit, db
from marketplace.errors import DomainError
from marketplace.jobs.models import JobRequest
from marketplace.quotes.models import Lead
from marketplace.reviews import notifications, signals
from marketplace.reviews.models import STARS, InvitationStep, Review, ReviewInvitation
from marketplace.reviews.writing import review_of_job, reviewable, write_review

# How long the customer's next text message counts as the review's words.
WORDS_WINDOW = timedelta(days=2)


def invite(job_id: int) -> ReviewInvitation | None:
    """Ask the customer of a completed, awarded job for stars. One unit of work; safe to
    run twice. Asked again after a dispute and a new confirmation, unless reviewed."""
    job = db.session.get(JobRequest, job_id)
    found = reviewable(job)
    if found is None:
        return None
    invitation = _invitation_of_job(job_id)
    if invitation is None:
        invitation = ReviewInvitation(tenant_id=found.lead.tenant_id, job_request_id=job_id,
                                      lead_id=found.lead.id, customer_id=job.customer_id)
        db.session.add(invitation)
    elif review_of_job(job_id) is not None or invitation.step == InvitationStep.STARS:
        return invitation
    invitation.step = InvitationStep.STARS
    invitation.words_until = None
    invitation.editing = False
    notifications.ask_for_stars(found.lead)
    try:
        db.session.commit()
    except IntegrityError:  # a second run of this task got there first
        db.session.rollback()
        return _invitation_of_job(job_id)
    return invitation


def _invitation_of_job(job_id: int) -> ReviewInvitation | None:
    return db.session.scalar(sa.select(ReviewInvitation).where(
        ReviewInvitation.job_request_id == job_id))


def _customer_invitation(customer: Customer, job_id: int) -> ReviewInvitation | None:
    invitation = _invitation_of_job(job_id)
    if invitation is None or invitation.customer_id != customer.id:
        return None
    return invitation


def handle_customer_choice(customer: Customer, message: Message | None, action: str,
                           object_id: str) -> bool:
    try:
        job_id = int(object_id)
    except (TypeError, ValueError):
        job_id = None
    handler = _handler(action)
    invitation = None if job_id is None else _customer_invitation(customer, job_id)
    if handler is None or invitation is None:
        notifications.reply_not_available(customer)
        return False
    return handler(customer, invitation, action)


def _handler(action: str) -> Callable[[Customer, ReviewInvitation, str], bool] | None:
    if action in {str(stars) for stars in STARS}:
        return _stars
    return CHOICES.get(action)


def _lead(invitation: ReviewInvitation) -> Lead:
    return db.session.get(Lead, invitation.lead_id)


def _stars(customer: Customer, invitation: ReviewInvitation, action: str) -> bool:
    if invitation.step != InvitationStep.STARS:
        notifications.reply_not_available(customer)
        return False
    try:
        review = write_review(customer, invitation.job_request_id, stars=int(action),
                              edit=invitation.editing)
    except DomainError:
        notifications.reply_not_available(customer)
        return False
    _after_change(review, first=review.version == 1)
    return _ask_for_words(invitation)


def _skip_stars(customer: Customer, invitation: ReviewInvitation, _action: str) -> bool:
    if invitation.step != InvitationStep.STARS or reviewable(
            db.session.get(JobRequest, invitation.job_request_id)) is None:
        notifications.reply_not_available(customer)
        return False
    return _ask_for_words(invitation)


def _ask_for_words(invitation: ReviewInvitation) -> bool:
    invitation.step = InvitationStep.WORDS
    invitation.words_until = clock.now() + WORDS_WINDOW
    notifications.ask_for_words(_lead(invitation), editing=invitation.editing)
    return True


def _skip_words(customer: Customer, invitation: ReviewInvitation, _action: str) -> bool:
    if invitation.step != InvitationStep.WORDS:
        notifications.reply_not_available(customer)
        return False
    _finish(invitation)
    return True


def _finish(invitation: ReviewInvitation) -> None:
    invitation.step = InvitationStep.DONE
    invitation.words_until = None
    lead = _lead(invitation)
    review = review_of_job(invitation.job_request_id)
    if review is None:
        notifications.tell_no_review(lead)
    else:
        notifications.thank_for_review(lead, review)


def _edit(customer: Customer, invitation: ReviewInvitation, _action: str) -> bool:
    review = review_of_job(invitation.job_request_id)
    job = db.session.get(JobRequest, invitation.job_request_id)
    if review is None or reviewable(job) is None:
        notifications.reply_not_available(customer)
        return False
    invitation.step = InvitationStep.STARS
    invitation.editing = True
    invitation.words_until = None
    notifications.ask_for_stars(_lead(invitation), current=review)
    return True


CHOICES: dict[str, Callable[[Customer, ReviewInvitation, str], bool]] = {
    "skip": _skip_stars,
    "nowords": _skip_words,
    "edit": _edit,
}


def take_words(customer: Customer, message: Message) -> bool:
    """Message router: the customer's text right after the words question is the review's
    (until `WORDS_WINDOW` ends); everything else goes on to the job conversation or the
    intake."""
    if message.kind != MessageKind.TEXT or not (message.text or "").strip():
        return False
    invitation = db.session.scalar(
        sa.select(ReviewInvitation).where(ReviewInvitation.customer_id == customer.id,
                                          ReviewInvitation.step == InvitationStep.WORDS,
                                          ReviewInvitation.words_until > clock.now())
        .order_by(ReviewInvitation.updated_at.desc(), ReviewInvitation.id.desc()).limit(1))
    if invitation is None:
        return False
    try:
        review = write_review(customer, invitation.job_request_id, text=message.text,
                              edit=invitation.editing)
    except DomainError:
        invitation.step = InvitationStep.DONE
        notifications.reply_not_available(customer)
        return True
    _after_change(review, first=review.version == 1)
    _finish(invitation)
    return True


def _after_change(review: Review, *, first: bool) -> None:
    """The business hears of a new review by e-mail; features above hear of every change
    after the chat's commit."""
    if first:
        notifications.email_new_review(review)
    review_id, tenant_id, version = review.id, review.tenant_id, review.version
    call_after_commit(signals.review_published.send, None, review_id=review_id,
                      tenant_id=tenant_id, version=version)
