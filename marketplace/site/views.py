"""Landing page, language switch, health; the public business profiles and the business's
page of photos for its profile."""

from __future__ import annotations

import os

import sqlalchemy as sa
from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    send_file,
    session,
    url_for,
)
from flask_babel import format_timedelta, get_locale
from flask_babel import gettext as _
from flask_login import current_user

from marketplace.accounts.views import safe_next
from marketplace.db import db, system_scope
from marketplace.errors import Conflict, InvalidInput
from marketplace.media import storage
from marketplace.reviews import queries as review_queries
from marketplace.site import portfolio, profile_queries
from marketplace.site.forms import PortfolioPhotoForm, RemovePhotoForm
from marketplace.site.health import readiness
from marketplace.site.models import PortfolioPhoto
from marketplace.tenancy.permissions import Permission, permission_required
from marketplace.tenancy.profile import public_profile_path
from marketplace.trades.catalogue import get_trade

bp = Blueprint("site", __name__)


@bp.route("/")
def index():
    demo = None
    if current_app.config.get("DEMO_MODE"):
        from marketplace import demo as demo_module

        demo = {"logins": demo_module.demo_logins(), "password": demo_module.DEMO_PASSWORD,
                "postcode": demo_module.DEMO_POSTCODE}
    return render_template("site/index.html", demo=demo)


@bp.post("/language/<code>")
def set_language(code: str):
    """Switch the language: a POST with the CSRF token, as it may change a stored preference."""
    if code in current_app.config["LANGUAGES"]:
        session["lang"] = code
        if current_user.is_authenticated and current_user.preferred_language != code:
            from marketplace.accounts.services import set_preferred_language

            set_preferred_language(current_user, code)
    target = request.form.get("next") or request.args.get("next")
    return redirect(safe_next(target) or "/")


@bp.route("/datenschutz")
def privacy_notice():
    return render_template("site/privacy.html")


@bp.route("/healthz")
def healthz():
    return jsonify(status="ok")


@bp.route("/readyz")
def readyz():
    ready, checks = readiness(current_app)
    return jsonify(status="ready" if ready else "unavailable", checks=checks), (
        200 if ready else 503
    )


# --- public business profiles ----------------------------------------------------------------

def _language() -> str:
    locale = get_locale()
    return locale.language if locale else "de"


@bp.route("/betriebe/<slug>")
def business_profile(slug: str):
    # Public facts of one business, the same for every visitor: a business user of
    # another business reads them too (their own scope would hide them).
    with system_scope("public business profile"):
        tenant = profile_queries.public_tenant(slug)
        stats = profile_queries.responsiveness(tenant)
        median_text = None
        if stats.median_response is not None:
            median_text = format_timedelta(stats.median_response, threshold=1.1,
                                           granularity="minute")
        return render_template(
            "site/business_profile.html", tenant=tenant,
            verification=profile_queries.verification_of(tenant, _language()),
            stats=stats, median_text=median_text,
            reputation=review_queries.reputations([tenant.id]).get(tenant.id),
            reviews=review_queries.public_reviews(tenant),
            photos=profile_queries.published_photos(tenant), trade_name=_trade_name)


def _trade_name(code: str) -> str:
    trade = get_trade(code)
    return trade.name(_language()) if trade is not None else code


@bp.route("/betriebe/<slug>/fotos/<public_id>")
def portfolio_photo(slug: str, public_id: str):
    with system_scope("public business profile"):
        tenant = profile_queries.public_tenant(slug)
        photo = db.session.scalar(sa.select(PortfolioPhoto).where(
            PortfolioPhoto.tenant_id == tenant.id, PortfolioPhoto.public_id == public_id,
            PortfolioPhoto.published_at.is_not(None)))
    if photo is None:
        abort(404)
    path = storage.path_for(photo.storage_key)
    if not os.path.exists(path):
        abort(404)
    return send_file(path, mimetype=photo.content_type, max_age=3600)


@bp.route("/dashboard/portfolio", methods=["GET", "POST"])
@permission_required(Permission.EDIT_PROFILE)
def portfolio_page():
    tenant = current_user.tenant
    form = PortfolioPhotoForm()
    if form.validate_on_submit():
        try:
            portfolio.add_photo(tenant, current_user, file_storage=form.photo.data,
                                caption=form.caption.data)
        except (InvalidInput, Conflict) as error:
            flash(error.message, "error")
        else:
            flash(_("The photo is being checked and appears on your profile in a moment."),
                  "success")
            return redirect(url_for("site.portfolio_page"))
    status = 422 if form.is_submitted() else 200
    return render_template("site/portfolio.html", form=form, remove_form=RemovePhotoForm(),
                           photos=portfolio.photos_of(tenant), tenant=tenant,
                           profile_path=public_profile_path(tenant)), status


@bp.post("/dashboard/portfolio/<int:photo_id>/remove")
@permission_required(Permission.EDIT_PROFILE)
def remove_portfolio_photo(photo_id: int):
    if RemovePhotoForm().validate_on_submit():
        portfolio.remove_photo(current_user.tenant, current_user, photo_id=photo_id)
        flash(_("The photo is removed from your profile."), "success")
    return redirect(url_for("site.portfolio_page"))


@bp.app_template_filter("date_only")
def date_only(value) -> str:
    from flask_babel import format_date

    return format_date(value, "medium") if value else ""
