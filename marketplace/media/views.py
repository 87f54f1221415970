"""Business access to customer files: the lead gallery and the signed file links."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, send_file, url_for
from flask_babel import gettext as _
from flask_login import current_user

from marketplace.accounts.auth import business_required
from marketplace.consent import services as consent_services
from marketplace.media import access

bp = Blueprint("media", __name__, url_prefix="/media")


@bp.after_request
def never_cache_customer_files(response):
    # Customer files and pages listing them must not stay in any cache, shared or not.
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers.pop("ETag", None)
    response.headers.pop("Last-Modified", None)
    return response


@bp.route("/leads/<int:lead_id>")
@business_required()
def lead_gallery(lead_id: int):
    lead, overview = access.lead_media_overview(current_user.tenant, current_user, lead_id)
    return render_template("media/gallery.html", lead=lead, overview=overview)


@bp.route("/leads/<int:lead_id>/ask", methods=["POST"])
@business_required()
def ask_customer(lead_id: int):
    asked = consent_services.ask_for_media(current_user.tenant, current_user, lead_id=lead_id)
    if asked is not None:
        flash(_("The customer has been asked in the chat."), "success")
    else:
        flash(_("The customer was already asked; we do not ask twice."), "info")
    return redirect(url_for("media.lead_gallery", lead_id=lead_id))


@bp.route("/file/<token>")
@business_required()
def open_file(token: str):
    opened = access.open_signed_link(token, current_user)
    return send_file(
        opened.stream,
        mimetype=opened.content_type,
        as_attachment=not opened.content_type.startswith("image/"),
        download_name=opened.download_name,
        conditional=False,
        etag=False,
        max_age=0,
    )


@bp.app_template_global("lead_media_overview")
def lead_media_overview(lead):
    """For lead pages: `{% with overview=lead_media_overview(lead) %}{% include
    "media/_job_media.html" %}{% endwith %}` shows counts, consent state or the links."""
    return access.media_overview(current_user.tenant, current_user, lead.job_request)
