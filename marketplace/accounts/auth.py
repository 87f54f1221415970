"""Flask-Login wiring and the access decorators views use."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

import sqlalchemy as sa
from flask import abort
from flask_babel import lazy_gettext as _l
from flask_login import LoginManager, current_user

from marketplace.accounts.models import Role, User
from marketplace.db import db


def configure_login_manager(manager: LoginManager) -> None:
    manager.login_view = "accounts.login"
    manager.login_message = _l("Please log in to open this page.")
    manager.login_message_category = "info"
    manager.session_protection = "strong"

    @manager.user_loader
    def load_user(session_token: str) -> User | None:
        return db.session.scalar(
            sa.select(User).where(User.session_token == session_token, User.is_enabled)
        )


def admin_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """Only platform admins; everyone else gets a 404 so the console is not advertised."""

    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if not current_user.is_authenticated:
            from flask import current_app

            return current_app.login_manager.unauthorized()  # type: ignore[attr-defined]
        if current_user.role != Role.ADMIN:
            abort(404)
        return view(*args, **kwargs)

    return wrapped


def business_required(*roles: Role) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A user of a business (optionally with one of `roles`); others get 403."""

    def decorator(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                from flask import current_app

                return current_app.login_manager.unauthorized()  # type: ignore[attr-defined]
            if current_user.tenant_id is None:
                abort(403)
            if roles and current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator

