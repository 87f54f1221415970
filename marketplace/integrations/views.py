"""The business's integrations page (webhooks, calendar feed) and the feed itself."""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user

from marketplace.accounts.auth import business_required
from marketplace.accounts.models import Role
from marketplace.integrations import endpoints, events, feed, queries
from marketplace.integrations.models import DeliveryStatus

bp = Blueprint("integrations", __name__, url_prefix="/dashboard/integrations")
feed_bp = Blueprint("calendar_feed", __name__)

MANAGING_ROLES = (Role.OWNER, Role.OFFICE)
NO_STORE = {"Cache-Control": "no-store"}


def _page(status: int = 200, **shown_once: object):
    tenant = current_user.tenant
    shown = {"new_secret": None, "new_secret_url": None, "new_feed_url": None, **shown_once}
    body = render_template(
        "integrations/index.html", endpoints=queries.endpoints(tenant),
        deliveries=queries.delivery_log(tenant), event_kinds=events.ALL_EVENTS,
        event_label=events.label, feed=feed.feed_of(tenant), statuses=DeliveryStatus,
        **shown)
    # Secrets are in this response only; nothing may keep a copy.
    return body, status, NO_STORE


@bp.get("/")
@business_required(*MANAGING_ROLES)
def index():
    return _page()


@bp.post("/webhooks")
@business_required(*MANAGING_ROLES)
def add_endpoint():
    try:
        endpoint, secret = endpoints.register(current_user.tenant, current_user,
                                              url=request.form.get("url", ""),
                                              event_names=request.form.getlist("events"))
    except endpoints.EndpointRefused as refused:
        flash(str(refused), "error")
        return _page(422)
    return _page(201, new_secret=secret, new_secret_url=endpoint.url)


@bp.post("/webhooks/<int:endpoint_id>/secret")
@business_required(*MANAGING_ROLES)
def rotate_secret(endpoint_id: int):
    try:
        endpoint, secret = endpoints.rotate_secret(current_user.tenant, current_user,
                                                   endpoint_id=endpoint_id)
    except endpoints.EndpointRefused as refused:
        flash(str(refused), "error")
        return redirect(url_for("integrations.index"))
    return _page(new_secret=secret, new_secret_url=endpoint.url)


@bp.post("/webhooks/<int:endpoint_id>/remove")
@business_required(*MANAGING_ROLES)
def remove_endpoint(endpoint_id: int):
    endpoints.remove(current_user.tenant, current_user, endpoint_id=endpoint_id)
    flash(_("The address was removed; it receives no further calls."), "success")
    return redirect(url_for("integrations.index"))


@bp.post("/calendar")
@business_required(*MANAGING_ROLES)
def issue_calendar_address():
    token = feed.issue_address_token(current_user.tenant, current_user)
    return _page(new_feed_url=url_for("calendar_feed.appointments", token=token,
                                      _external=True))


@bp.post("/calendar/off")
@business_required(*MANAGING_ROLES)
def switch_calendar_off():
    feed.switch_off(current_user.tenant, current_user)
    flash(_("The calendar address was switched off."), "success")
    return redirect(url_for("integrations.index"))


@feed_bp.get("/kalender/<token>.ics")
def appointments(token: str):
    tenant = feed.tenant_for_token(token)
    if tenant is None:
        abort(404)
    text = feed.calendar_text(tenant, language=str(get_locale() or "de"))
    return Response(text, mimetype="text/calendar",
                    headers={"Cache-Control": "private, max-age=300",
                             "Content-Disposition": 'inline; filename="termine.ics"'})


def dashboard_section(_tenant, user) -> tuple[str, dict]:
    return "integrations/_dashboard_section.html", {"shown": user.role in MANAGING_ROLES}
