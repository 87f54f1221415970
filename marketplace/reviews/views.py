"""Review pages: the business's list with its one answer, the public report form, the
admin's queue of reports. There is deliberately no page that writes a review: reviews come
only from the chat (reviews/invitations.py)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import format_decimal
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from marketplace.accounts.auth import admin_required
from marketplace.admin.views import add_admin_queue
from marketplace.db import db, system_scope
from marketplace.errors import Conflict, InvalidInput, NotFound
from marketplace.reviews import answers, moderation, queries
from marketplace.reviews.forms import AnswerForm, DecisionForm, ReportForm
from marketplace.reviews.models import ReportReason, Review, ReviewReport
from marketplace.reviews.notifications import stars_text
from marketplace.tenancy.permissions import Permission, can, permission_required
from marketplace.tenancy.profile import public_profile_path

bp = Blueprint("reviews", __name__)

# What waits for the admin: reported reviews, with the age of the oldest report.
add_admin_queue("reported_reviews", _l("Reported reviews"), "reviews.admin_reports",
                moderation.waiting_reports, order=15)

FORM_ERRORS = (InvalidInput, Conflict)


@bp.app_context_processor
def review_helpers() -> dict[str, object]:
    return {"stars_text": stars_text, "report_reason_label": report_reason_label,
            "rating_number": lambda average: format_decimal(average, "0.0")}


def report_reason_label(reason: str) -> str:
    labels = {ReportReason.ABUSIVE: _("insulting or abusive"),
              ReportReason.PERSONAL_DATA: _("personal data"),
              ReportReason.FALSE: _("untrue or not about this business"),
              ReportReason.OTHER: _("something else")}
    return labels.get(reason, reason)


# --- the business ----------------------------------------------------------------------------

def dashboard_section(tenant: Any, user: Any) -> tuple[str, dict[str, Any]]:
    """The dashboard's start page: the business's stars, unanswered reviews, its profile."""
    reputation = queries.reputations([tenant.id]).get(tenant.id)
    return "reviews/_dashboard_section.html", {
        "reputation": reputation, "unanswered": queries.unanswered_count(tenant),
        "profile_path": public_profile_path(tenant)}


@bp.route("/dashboard/reviews")
@permission_required(Permission.VIEW_DASHBOARD)
def dashboard_reviews():
    tenant = current_user.tenant
    return render_template("reviews/dashboard.html", rows=queries.tenant_reviews(tenant),
                           may_answer=can(current_user, Permission.EDIT_PROFILE),
                           form=AnswerForm(), profile_path=public_profile_path(tenant))


@bp.post("/dashboard/reviews/<int:review_id>/answer")
@permission_required(Permission.EDIT_PROFILE)
def answer(review_id: int):
    form = AnswerForm()
    if not form.validate_on_submit():
        flash(_("Please write your answer (at most 2000 characters)."), "error")
    else:
        try:
            answers.answer_review(current_user.tenant, current_user, review_id=review_id,
                                  text=form.text.data)
        except FORM_ERRORS as error:
            flash(error.message, "error")
        else:
            flash(_("Your answer is published under the review."), "success")
    return redirect(url_for("reviews.dashboard_reviews") + f"#review-{review_id}")


# --- anyone: report a review -----------------------------------------------------------------

@bp.route("/bewertungen/<int:review_id>/melden", methods=["GET", "POST"])
def report(review_id: int):
    # A public review, reportable by anyone, a user of another business included.
    with system_scope("report of a public review"):
        return _report(review_id)


def _report(review_id: int):
    review = db.session.get(Review, review_id)
    if review is None or not review.is_public:
        raise NotFound()
    form = ReportForm()
    if form.validate_on_submit():
        try:
            moderation.report_review(
                review_id, reason=form.reason.data, details=form.details.data,
                reporter_email=form.email.data or "",
                reporter=current_user if current_user.is_authenticated else None)
        except FORM_ERRORS as error:
            flash(error.message, "error")
        else:
            flash(_("Thank you. Our team will look at this review and decide."), "success")
            return redirect(public_profile_path(review.tenant))
    status = 422 if form.is_submitted() else 200
    return render_template("reviews/report.html", review=review, form=form), status


# --- the admin ---------------------------------------------------------------------------------

@bp.route("/admin/reviews/reports")
@admin_required
def admin_reports():
    return render_template("reviews/admin_reports.html", reports=queries.open_reports(),
                           decided=queries.decided_reports(), form=DecisionForm())


@bp.post("/admin/reviews/reports/<int:report_id>/<decision>")
@admin_required
def decide(report_id: int, decision: str):
    if db.session.get(ReviewReport, report_id) is None:
        abort(404)
    form = DecisionForm()
    if not form.validate_on_submit():
        flash(_("Please give the reason for your decision."), "error")
    else:
        try:
            moderation.decide_report(current_user, report_id, decision=decision,
                                     reason=form.reason.data)
        except FORM_ERRORS as error:
            flash(error.message, "error")
        else:
            flash(_("Decision recorded."), "success")
    return redirect(url_for("reviews.admin_reports"))
