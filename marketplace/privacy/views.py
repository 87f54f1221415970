"""The one-time export download (customers) and the access and deletion logs (admins)."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from marketplace.accounts.auth import admin_required
from marketplace.admin.views import add_admin_link
from marketplace.privacy import access_log, admin_requests
from marketplace.privacy import export as data_export

bp = Blueprint("privacy", __name__)

add_admin_link("privacy.admin_access_log", _l("Media access log"), order=60)
add_admin_link("privacy.admin_deletion_log", _l("Deletion log"), order=65)


@bp.after_request
def private_pages(response):
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Robots-Tag"] = "noindex"
    return response


@bp.route("/privacy/export/<token>")
def export_page(token: str):
    # Showing the page does not use the link: messenger link previews must not spend it.
    export = data_export.export_for_token(token)
    return render_template("privacy/export.html", export=export)


@bp.route("/privacy/export/<token>", methods=["POST"])
def export_download(token: str):
    exported = data_export.download_export(token)
    return send_file(exported.stream, mimetype="application/zip", as_attachment=True,
                     download_name=exported.download_name, max_age=0, etag=False,
                     conditional=False)


@bp.route("/admin/privacy/media-access")
@admin_required
def admin_access_log():
    entries = access_log.access_log(before_id=request.args.get("before", type=int))
    return render_template("privacy/admin_access_log.html", entries=entries)


@bp.route("/admin/privacy/customers/<int:customer_id>")
@admin_required
def admin_customer(customer_id: int):
    return render_template("privacy/admin_customer.html",
                           overview=admin_requests.customer_overview(customer_id))


@bp.route("/admin/privacy/customers/<int:customer_id>/export", methods=["POST"])
@admin_required
def admin_customer_export(customer_id: int):
    exported = admin_requests.admin_export(customer_id, actor=current_user)
    return send_file(exported.stream, mimetype="application/zip", as_attachment=True,
                     download_name=exported.download_name, max_age=0, etag=False,
                     conditional=False)


@bp.route("/admin/privacy/customers/<int:customer_id>/erase", methods=["POST"])
@admin_required
def admin_customer_erase(customer_id: int):
    admin_requests.admin_erase(customer_id, actor=current_user,
                         confirmed=request.form.get("confirm") == "yes")
    flash(_("The customer's data has been erased."), "success")
    return redirect(url_for("privacy.admin_deletion_log"))


@bp.route("/admin/privacy/deletions")
@admin_required
def admin_deletion_log():
    return render_template("privacy/admin_deletion_log.html",
                           records=admin_requests.deletion_log())
