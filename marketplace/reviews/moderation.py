"""Reports of reviews and the admin's decision on them (hide or keep, with a reason).

Anyone may report a public review (abusive, personal data, false, other); the report
waits in the admin's queue. Hiding takes the review off the public profile and the
comparison's stars; the decision, who made it, when and why stay on every report it
settles.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace import clock
from marketplace.accounts.models import Role, User
from marketplace.admin.views import Waiting
from marketplace.db import db
from marketplace.errors import Conflict, Forbidden, InvalidInput, NotFound
from marketplace.reviews.models import (
    ReportDecision,
    ReportReason,
    Review,
    ReviewReport,
    ReviewStatus,
)

DETAILS_MAX = 2000
DECISION_REASON_MAX = 1000


def report_review(review_id: Any, *, reason: str, details: str, reporter_email: str = "",
                  reporter: User | None = None) -> ReviewReport:
    """Someone reports a public review. One unit of work."""
    review = _public_review(review_id)
    try:
        reason = ReportReason(reason)
    except ValueError:
        raise InvalidInput(_("Please choose why you report this review."),
                           field="reason") from None
    details = (details or "").strip()
    if len(details) > DETAILS_MAX:
        raise InvalidInput(_("Please describe it in at most %(max)s characters.",
                             max=DETAILS_MAX), field="details")
    if reason == ReportReason.OTHER and not details:
        raise InvalidInput(_("Please tell us what is wrong with this review."),
                           field="details")
    report = ReviewReport(review_id=review.id, reason=reason, details=details,
                          reporter_email=(reporter_email or "").strip()[:254],
                          reporter_user_id=reporter.id if reporter is not None else None,
                          created_at=clock.now())
    db.session.add(report)
    db.session.commit()
    return report


def _public_review(review_id: Any) -> Review:
    try:
        review = db.session.get(Review, int(review_id))
    except (TypeError, ValueError):
        review = None
    if review is None or not review.is_public:
        raise NotFound()
    return review


def decide_report(admin: User, report_id: Any, *, decision: str, reason: str) -> ReviewReport:
    """The admin hides the review or keeps it, with a reason on record. One unit of work.

    Hiding settles every open report of that review with the same decision; keeping
    settles this report only (another may name a different problem)."""
    if admin is None or admin.role != Role.ADMIN:
        raise Forbidden("Only a platform admin decides on reports.")
    try:
        report = db.session.get(ReviewReport, int(report_id))
    except (TypeError, ValueError):
        report = None
    if report is None:
        raise NotFound()
    try:
        decision = ReportDecision(decision)
    except ValueError:
        raise InvalidInput(_("Please choose to hide or keep the review."),
                           field="decision") from None
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(_("Please give the reason for your decision."), field="reason")
    if report.decision is not None:
        raise Conflict(_("This report has already been decided."))
    now = clock.now()
    settled = [report]
    review = report.review
    if decision == ReportDecision.HIDE:
        review.status = ReviewStatus.HIDDEN
        review.hidden_at = now
        settled += [other for other in review.reports
                    if other.decision is None and other.id != report.id]
    for item in settled:
        item.decision = decision
        item.decision_reason = reason[:DECISION_REASON_MAX]
        item.decided_at = now
        item.decided_by_id = admin.id
    db.session.commit()
    return report


def waiting_reports() -> Waiting:
    """Reports without a decision, and since when the oldest one waits."""
    count, oldest = db.session.execute(
        sa.select(sa.func.count(ReviewReport.id), sa.func.min(ReviewReport.created_at))
        .where(ReviewReport.decision.is_(None))).one()
    return Waiting(count or 0, oldest)
