"""The full consent notice page (customers) and the consent proof and export (admins)."""

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
    stream_with_context,
    url_for,
)
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from marketplace.accounts.auth import admin_required
from marketplace.admin.views import add_admin_link
from marketplace.consent import admin as consent_admin
from marketplace.consent import services
from marketplace.consent import tasks as consent_tasks  # noqa: F401 - registers the re-ask sweep

bp = Blueprint("consent", __name__)

add_admin_link("consent.admin_events", _l("Consent records"), order=50)


@bp.after_request
def private_pages(response):
    # Notice pages carry a personal link; nothing about them may be cached or indexed.
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Robots-Tag"] = "noindex"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@bp.route("/consent/<token>")
def notice(token: str):
    return render_template("consent/notice.html", token=token,
                           **services.notice_page(token))


@bp.route("/consent/<token>", methods=["POST"])
def decide(token: str):
    event = services.decide_on_notice_page(token, decision=request.form.get("decision", ""),
                                           web_request_id=f"web:{secrets.token_hex(12)}")
    if event is not None:
        flash(_("Your choice is recorded. Receipt %(receipt)s.", receipt=event.public_id),
              "success")
    return redirect(url_for("consent.notice", token=token))


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
            "contact_sharing": _("contact details")}.get(purpose, purpose)


def dashboard_section(tenant, user) -> tuple[str, dict]:
    """Start page section: withdrawals, expiries and erasures the business must act on."""
    notices = services.recent_business_notices(tenant)
    return "consent/_dashboard_notices.html", {
        "notices": [(notice, *services.business_notice_text(notice)) for notice in notices]}
