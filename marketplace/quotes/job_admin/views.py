"""Admin console: the job request list with filters and the job request page.

A blueprint nested in quotes' own (`quotes.jobs.*`), at the same URLs as before.
"""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from marshmallow import ValidationError

from marketplace.accounts.auth import admin_required
from marketplace.admin.views import add_admin_link
from marketplace.geo.services import GEONAMES_CREDIT, GEONAMES_URL
from marketplace.jobs import services as job_services
from marketplace.jobs.models import JobStatus
from marketplace.jobs.schemas import CancelJobSchema, JobFilterSchema
from marketplace.quotes import hooks as quote_hooks
from marketplace.quotes.job_admin import queries
from marketplace.trades.catalogue import all_trades, get_trade

bp = Blueprint("jobs", __name__, url_prefix="/admin/jobs")

add_admin_link("quotes.jobs.admin_list", _l("Job requests"), order=30)
PER_PAGE = 50


@bp.after_request
def never_cache(response):
    # Job pages show customers' words and photos.
    response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.route("/")
@admin_required
def admin_list():
    errors = {}
    try:
        data = JobFilterSchema().load_args(request.args)
    except ValidationError as error:
        # The list still shows, unfiltered, with the bad filters marked.
        errors, data = error.messages, {}
    page = data.pop("page", 1)
    filters = job_services.JobFilters(
        trade_code=data.get("trade"), postcode_area=data.get("area"), status=data.get("status"),
        created_from=data.get("created_from"), created_to=data.get("created_to"),
        reference=data.get("reference"))
    jobs, total = job_services.list_job_requests(filters, page=page, per_page=PER_PAGE)
    return render_template("jobs/admin_list.html", jobs=jobs, total=total, page=page,
                           per_page=PER_PAGE, errors=errors, args=request.args,
                           trades=all_trades(), statuses=list(JobStatus))


@bp.route("/<int:job_id>")
@admin_required
def admin_detail(job_id: int):
    detail = queries.get_job_detail(job_id)
    return render_template("jobs/admin_detail.html", detail=detail, job=detail.job,
                           trade=get_trade(detail.job.trade_code),
                           geonames_credit=GEONAMES_CREDIT, geonames_url=GEONAMES_URL)


@bp.route("/<int:job_id>/cancel", methods=["POST"])
@admin_required
def admin_cancel(job_id: int):
    try:
        data = CancelJobSchema().load(request.form)
    except ValidationError:
        # Back to the job page with a note, rather than an error page.
        flash(_("Please give a reason (at least 3 characters)."), "error")
        return redirect(url_for("quotes.jobs.admin_detail", job_id=job_id))
    job_services.cancel_job_request(job_id, actor=current_user, reason=data["reason"])
    flash(_("The job request was cancelled."), "success")
    return redirect(url_for("quotes.jobs.admin_detail", job_id=job_id))


@bp.route("/<int:job_id>/media/<public_id>", methods=["GET", "POST"])
@admin_required
def admin_media(job_id: int, public_id: str):
    """Open one file of the job: only by a POST with a reason (support case, abuse report,
    legal request) and an optional note. Consent decides and logs every attempt, a plain
    GET included (refused: it states no reason)."""
    reason = request.form.get("reason") if request.method == "POST" else None
    note = request.form.get("note") if request.method == "POST" else None
    opened = quote_hooks.open_job_media_as_admin(current_user, job_id, public_id,
                                                 reason=reason, note=note)
    return send_file(opened.stream, mimetype=opened.content_type,
                     as_attachment=not opened.content_type.startswith("image/"),
                     download_name=opened.download_name, max_age=0, etag=False,
                     conditional=False)
