"""Landing page, language switch, health."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, redirect, render_template, request, session
from flask_login import current_user

from marketplace.accounts.views import safe_next
from marketplace.site.health import readiness

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
