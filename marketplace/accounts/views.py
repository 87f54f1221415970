"""Login and logout pages."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user

from marketplace.accounts import notification_settings, services
from marketplace.accounts.auth import business_required
from marketplace.accounts.forms import ActionForm, EmailNotificationsForm, LoginForm
from marketplace.extensions import form_key, rate_limited

bp = Blueprint("accounts", __name__)


def safe_next(target: str | None) -> str | None:
    """Only same-site paths, so the login page cannot be used as an open redirect."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target


def home_for(user) -> str:
    return url_for("admin.index") if user.is_admin else url_for("dashboard.index")


@bp.route("/login", methods=["GET", "POST"])
@rate_limited("RATELIMIT_LOGIN", form_key("email"))
def login():
    if current_user.is_authenticated:
        return redirect(home_for(current_user))
    form = LoginForm()
    if form.validate_on_submit():
        user = services.authenticate(email=form.email.data, password=form.password.data)
        if user is not None:
            session.clear()
            login_user(user, remember=form.remember.data)
            return redirect(safe_next(request.args.get("next")) or home_for(user))
        flash(_("E-mail or password is not correct."), "error")
        return render_template("accounts/login.html", form=form), 401
    return render_template("accounts/login.html", form=form)


@bp.route("/logout", methods=["POST"])
def logout():
    language = session.get("lang")
    logout_user()
    session.clear()
    if language:
        session["lang"] = language
    flash(_("You have been logged out."), "info")
    return redirect(url_for("site.index"))


# --- notification settings of a business user --------------------------------------------


def _notifications_page(code: str | None = None, status: int = 200):
    config = current_app.config
    return render_template(
        "accounts/notifications.html",
        email_form=EmailNotificationsForm(notify_by_email=current_user.notify_by_email),
        action_form=ActionForm(), code=code,
        telegram_on=bool(config.get("TELEGRAM_BOT_TOKEN")),
        bot_username=(config.get("TELEGRAM_BOT_USERNAME") or "").lstrip("@"),
        code_minutes=int(notification_settings.CODE_LIFETIME.total_seconds() // 60),
        pending_until=None if code else notification_settings.pending_code_expiry(current_user),
    ), status


@bp.get("/dashboard/notifications")
@business_required(*notification_settings.NOTIFIED_ROLES)
def notifications():
    return _notifications_page()


@bp.post("/dashboard/notifications/email")
@business_required(*notification_settings.NOTIFIED_ROLES)
def notifications_email():
    form = EmailNotificationsForm()
    if not form.validate_on_submit():
        return _notifications_page(status=400)
    notification_settings.set_email_notifications(current_user,
                                                  enabled=form.notify_by_email.data)
    flash(_("Your e-mail setting is saved."), "success")
    return redirect(url_for(".notifications"))


@bp.post("/dashboard/notifications/telegram/code")
@business_required(*notification_settings.NOTIFIED_ROLES)
def notifications_telegram_code():
    if not ActionForm().validate_on_submit():
        return _notifications_page(status=400)
    # Shown on this page only, never stored in clear or put in a redirect.
    code = notification_settings.create_link_code(current_user)
    page, status = _notifications_page(code=code)
    return page, status, {"Cache-Control": "no-store"}


@bp.post("/dashboard/notifications/telegram/unlink")
@business_required(*notification_settings.NOTIFIED_ROLES)
def notifications_telegram_unlink():
    if not ActionForm().validate_on_submit():
        return _notifications_page(status=400)
    notification_settings.unlink_telegram(current_user)
    flash(_("Telegram is no longer linked. The bot will not write to you any more."), "success")
    return redirect(url_for(".notifications"))


def dashboard_section(_tenant, user) -> tuple[str, dict]:
    """Start page of the dashboard: how this user hears of new requests and messages."""
    if user.role not in notification_settings.NOTIFIED_ROLES:
        return "accounts/_dashboard_notifications.html", {"shown": False}
    return "accounts/_dashboard_notifications.html", {
        "shown": True, "email": user.notify_by_email, "telegram": user.telegram_chat_id is not None}
