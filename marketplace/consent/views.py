"""The full consent notice page (customers), a lead's photos as consent allows them
(businesses), and the consent proof and export (admins)."""

from __future__ import annotations

import secrets

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    send_file,
    stream_with_context,
    url_for,
)
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from marketplace.accounts.auth import admin_required, business_required
from marketplace.admin.views import add_admin_link
from marketplace.consent import access, answers, asking, contact, ledger, notifications
from marketplace.consent import admin as consent_admin

bp = Blueprint("consent", __name__)

add_admin_link("consent.admin_events", _l("Consent records"), order=50)


@bp.after_request
def private_pages(response):
    # Notice pages carry a personal link, gallery pages and files a customer's photos:
    # nothing here may stay in any cache, shared or not, or be indexed.
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Robots-Tag"] = "noindex"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers.pop("ETag", None)
    response.headers.pop("Last-Modified", None)
    return response


@bp.route("/consent/<token>")
def notice(token: str):
    return render_template("consent/notice.html", token=token,
                           **answers.notice_page(token))


@bp.route("/consent/<token>", methods=["POST"])
def decide(token: str):
    event = answers.decide_on_notice_page(token, decision=request.form.get("decision", ""),
                                          web_request_id=f"web:{secrets.token_hex(12)}")
    if event is not None:
        flash(_("Your choice is recorded. Receipt %(receipt)s.", receipt=event.public_id),
              "success")
    return redirect(url_for("consent.notice", token=token))


@bp.route("/media/leads/<int:lead_id>")
@business_required()
def lead_gallery(lead_id: int):
    lead, overview = access.lead_media_overview(current_user.tenant, current_user, lead_id)
    return render_template("media/gallery.html", lead=lead, overview=overview)


@bp.route("/media/leads/<int:lead_id>/ask", methods=["POST"])
@business_required()
def ask_for_media(lead_id: int):
    asked = asking.ask_for_media(current_user.tenant, current_user, lead_id=lead_id)
    if asked is not None:
        flash(_("The customer has been asked in the chat."), "success")
    else:
        flash(_("The customer was already asked; we do not ask twice."), "info")
    return redirect(url_for("consent.lead_gallery", lead_id=lead_id))


@bp.route("/media/file/<token>")
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


@bp.app_template_global("lead_contact_panel")
def lead_contact_panel(lead):
    """For lead pages (consent/_lead_contact.html): the contact details the customer agreed
    to share with this business, or why there are none."""
    return contact.panel_for(current_user.tenant, lead)


@bp.app_template_global("visible_text_for")
def visible_text_for(lead, text):
    """The customer's words on a business's page: contact details masked until consent."""
    return ledger.visible_text_for_lead(lead, text)


@bp.route("/demo/kundin")
def demo_customer():
    # Demo only: become the seeded web chat customer who is asked for consent.
    if not current_app.config.get("DEMO_MODE"):
        abort(404)
    from marketplace.channels.webchat import COOKIE_NAME
    from marketplace.consent.demo import DEMO_CHAT_TOKEN

    response = redirect("/chat")
    response.set_cookie(COOKIE_NAME, DEMO_CHAT_TOKEN, httponly=True, samesite="Lax")
    return response


@bp.route("/admin/consents")
@admin_required
def admin_events():
    page = consent_admin.list_events(
        purpose=request.args.get("purpose") or None, action=request.args.get("action") or None,
        tenant_id=request.args.get("tenant", type=int), before_id=request.args.get(
            "before", type=int))
    return render_template("consent/admin_events.html", page=page, args=request.args)


@bp.route("/admin/consents.csv")
@admin_required
def admin_events_csv():
    return Response(stream_with_context(consent_admin.events_csv()), mimetype="text/csv", headers={
        "Content-Disposition": "attachment; filename=consent-records.csv"})


@bp.route("/admin/consents/<int:event_id>/receipt.json")
@admin_required
def admin_receipt(event_id: int):
    return jsonify(consent_admin.receipt(event_id))


@bp.route("/admin/consents/<int:event_id>")
@admin_required
def admin_proof(event_id: int):
    return render_template("consent/admin_proof.html",
                           proof=consent_admin.proof(event_id))


@bp.app_template_filter("consent_action_label")
def consent_action_label(action: str) -> str:
    return {"grant": _("agreed"), "decline": _("declined"), "withdraw": _("withdrawn"),
            "expire": _("expired")}.get(action, action)


@bp.app_template_filter("consent_purpose_label")
def consent_purpose_label(purpose: str) -> str:
    return {"media_sharing": _("photos and videos"),
            "contact_sharing": _("contact details"),
            "thread_media": _("files sent in the conversation")}.get(purpose, purpose)


def dashboard_section(tenant, user) -> tuple[str, dict]:
    """Start page section: withdrawals, expiries and erasures the business must act on."""
    notices = notifications.recent_business_notices(tenant)
    return "consent/_dashboard_notices.html", {
        "notices": [(notice, *notifications.business_notice_text(notice))
                    for notice in notices]}
