"""Dashboard pages for leads and quotes, and the admin's routing record."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from marshmallow import ValidationError

from marketplace import clock
from marketplace.accounts.auth import admin_required, business_required
from marketplace.accounts.models import Role
from marketplace.admin.views import add_admin_link
from marketplace.quotes import business_side, queries, reasons
from marketplace.quotes.formatting import (
    actor_label,
    describe_price,
    format_euro,
    state_label,
    timing_label,
    trade_label,
)
from marketplace.quotes.job_admin import views as job_admin_views
from marketplace.quotes.models import OPEN_LEAD_STATUSES, Lead, LeadStatus
from marketplace.quotes.schemas import DeclineInputSchema, QuoteFormSchema, WithdrawInputSchema

bp = Blueprint("quotes", __name__)
# The admin's job request pages (/admin/jobs/...), endpoints `quotes.jobs.*`.
bp.register_blueprint(job_admin_views.bp)

add_admin_link("quotes.admin_jobs", _l("Routing and leads"), order=35)

# Crew members see leads but only owners and office staff answer them.
ANSWERING_ROLES = (Role.OWNER, Role.OFFICE)


@bp.app_template_global("quote_price")
def quote_price(quote: Any) -> str:
    return describe_price(quote)


@bp.app_template_filter("euro")
def euro_filter(cents: int | None) -> str:
    return format_euro(cents)


@bp.app_template_filter("euro_input")
def euro_input_filter(cents: int | None) -> str:
    """Cents as a form field shows them to a German user: 1250,00."""
    if cents is None:
        return ""
    return f"{cents // 100},{cents % 100:02d}"


@bp.app_template_filter("quote_date")
def quote_date_filter(value: Any) -> str:
    from flask_babel import format_date

    return format_date(value, "medium") if value else ""


@bp.app_template_filter("lead_reason")
def lead_reason_filter(reason: str | None) -> str:
    return reasons.reason_label(reason)


bp.add_app_template_filter(reasons.decision_reasons_label, "decision_reasons")
bp.add_app_template_filter(state_label, "state_label")
bp.add_app_template_filter(timing_label, "timing_label")
bp.add_app_template_filter(actor_label, "actor_label")
bp.add_app_template_filter(reasons.routing_trigger_label, "routing_trigger")


@bp.app_template_filter("trade_label")
def trade_label_filter(code: str) -> str:
    return trade_label(code)


@bp.app_template_global("hours_left")
def hours_left(lead: Lead) -> int | None:
    if lead.status not in OPEN_LEAD_STATUSES:
        return None
    return max(0, int((lead.expires_at - clock.now()).total_seconds() // 3600))


def dashboard_section(tenant: Any, user: Any) -> tuple[str, dict[str, Any]]:
    """Start page section: the open leads, newest first, and what became of recent ones."""
    leads, total = queries.open_leads(tenant, limit=10)
    return "quotes/_dashboard_section.html", {
        "leads": leads, "total": total,
        "outcomes": queries.recent_lead_outcomes(tenant, limit=5),
    }


@bp.route("/dashboard/leads")
@business_required()
def list_leads():
    status = request.args.get("status") or None
    page = queries.lead_page(current_user.tenant, status=status,
                             number=request.args.get("page", 1, type=int), viewer=current_user)
    return render_template("quotes/leads.html", leads=page.rows, page=page, status=status,
                           statuses=list(LeadStatus))


def _render_lead(lead: Lead, *, form: dict | None = None, errors: dict | None = None,
                 status: int = 200):
    return render_template(
        "quotes/lead.html", lead=lead, quote=lead.quote, form=form or {}, errors=errors or {},
        can_answer=current_user.role in ANSWERING_ROLES,
        today=clock.now().date(),
    ), status


@bp.route("/dashboard/leads/<int:lead_id>")
@business_required()
def show_lead(lead_id: int):
    return _render_lead(queries.get_lead_for(current_user, lead_id))


@bp.route("/dashboard/leads/<int:lead_id>/viewed", methods=["POST"])
@business_required()
def mark_viewed(lead_id: int):
    business_side.mark_lead_viewed(current_user.tenant, current_user, lead_id=lead_id)
    return redirect(url_for("quotes.show_lead", lead_id=lead_id))


@bp.route("/dashboard/leads/<int:lead_id>/decline", methods=["POST"])
@business_required(*ANSWERING_ROLES)
def decline_lead(lead_id: int):
    try:
        data = DeclineInputSchema().load({"reason": request.form.get("reason", "").strip()})
    except ValidationError as error:
        lead = queries.get_lead(current_user.tenant, lead_id)
        return _render_lead(lead, errors={"reason": error.messages.get("reason", [])},
                            status=422)
    business_side.decline_lead(current_user.tenant, current_user, lead_id=lead_id, **data)
    flash(_("You declined the request. It goes to another business."), "success")
    return redirect(url_for("quotes.list_leads"))


@bp.route("/dashboard/leads/<int:lead_id>/quote", methods=["POST"])
@business_required(*ANSWERING_ROLES)
def submit_quote(lead_id: int):
    try:
        data = QuoteFormSchema().load(request.form)
    except ValidationError as error:
        lead = queries.get_lead(current_user.tenant, lead_id)
        return _render_lead(lead, form=request.form, errors=error.messages, status=422)
    business_side.submit_quote(current_user.tenant, current_user, lead_id=lead_id, data=data)
    flash(_("Your quote has been sent to the customer."), "success")
    return redirect(url_for("quotes.show_lead", lead_id=lead_id))


@bp.route("/dashboard/quotes/<int:quote_id>", methods=["POST"])
@business_required(*ANSWERING_ROLES)
def update_quote(quote_id: int):
    quote = queries.get_quote(current_user.tenant, quote_id)
    try:
        data = QuoteFormSchema().load(request.form)
    except ValidationError as error:
        return _render_lead(quote.lead, form=request.form, errors=error.messages, status=422)
    business_side.update_quote(current_user.tenant, current_user, quote_id=quote_id, data=data)
    flash(_("Your quote has been updated; the customer was told."), "success")
    return redirect(url_for("quotes.show_lead", lead_id=quote.lead_id))


@bp.route("/dashboard/quotes/<int:quote_id>/withdraw", methods=["POST"])
@business_required(*ANSWERING_ROLES)
def withdraw_quote(quote_id: int):
    data = WithdrawInputSchema().load({"reason": request.form.get("reason", "")})
    quote = business_side.withdraw_quote(current_user.tenant, current_user,
                                         quote_id=quote_id, **data)
    flash(_("Your quote has been withdrawn."), "success")
    return redirect(url_for("quotes.show_lead", lead_id=quote.lead_id))


@bp.route("/admin/routing")
@admin_required
def admin_jobs():
    return render_template("quotes/admin_jobs.html", rows=queries.recent_routed_jobs())


@bp.route("/admin/routing/jobs/<int:job_id>")
@admin_required
def admin_job(job_id: int):
    return render_template("quotes/admin_job.html", **queries.routing_record(job_id))
