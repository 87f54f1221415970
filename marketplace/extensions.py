"""Unbound Flask extensions; `marketplace.app.create_app` initialises them."""

from collections.abc import Callable
from typing import Any

from flask import current_app, request
from flask_babel import Babel
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_wtf import CSRFProtect

from marketplace.db import db

migrate = Migrate()
login_manager = LoginManager()
csrf = CSRFProtect()
babel = Babel()
# Storage: Redis when REDIS_URL is set, else memory (per process); see `app.register_extensions`.
limiter = Limiter(key_func=get_remote_address)


def form_key(field: str) -> Callable[[], str]:
    """Rate-limit key: a form field, e.g. the e-mail address of a login (per account)."""
    return lambda: f"{field}:{(request.form.get(field) or '').strip().lower()}"


def cookie_key(name: str) -> Callable[[], str]:
    """Rate-limit key: a cookie, e.g. the web-chat session."""
    return lambda: f"{name}:{request.cookies.get(name) or ''}"


def rate_limited(setting: str, *keys: Callable[[], str]) -> Callable[[Any], Any]:
    """Limit POSTs to a view per IP and per each of `keys`; `setting` names the config value
    (e.g. RATELIMIT_LOGIN = "10 per minute"). Over the limit the answer is a 429."""

    def decorator(view: Any) -> Any:
        for key in (get_remote_address, *keys):
            view = limiter.limit(lambda: current_app.config[setting], key_func=key,
                                 methods=["POST"])(view)
        return view

    return decorator


__all__ = ["babel", "cookie_key", "csrf", "db", "form_key", "limiter", "login_manager", "migrate",
           "rate_limited"]
