"""The way back into a web chat from any device: a signed link, and the cookie it leaves.

The web chat lives in a browser cookie (`webchat.COOKIE_NAME`), whose random token is hashed
into the customer's session id; the token itself is kept nowhere, so another device cannot
be given it. A resume link therefore carries the customer's id, signed with the app's
SECRET_KEY and valid for `LINK_MAX_AGE`; opening it leaves a *device cookie*: the session id
signed (not the token), which the chat's endpoints accept beside the plain token. The link
carries no session id, phone number or e-mail address, and the browser that started the chat
keeps working.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeSerializer, URLSafeTimedSerializer

from marketplace.channels.base import ChannelName
from marketplace.channels.models import Customer
from marketplace.channels.webchat import session_id_for
from marketplace.db import db

LINK_SALT = "webchat-resume"
DEVICE_SALT = "webchat-device"
LINK_MAX_AGE = timedelta(days=30)


class ResumeRefused(Exception):
    """The link cannot open a chat; `expired` tells an old link from a broken or foreign one."""

    def __init__(self, *, expired: bool) -> None:
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def _link_serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=LINK_SALT)


def _device_serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=DEVICE_SALT)


def _fingerprint(customer: Customer) -> str:
    """A short check on the session behind the id, so a link never opens another customer's
    chat should an id be reused after an erasure (SQLite reuses the highest id)."""
    return hashlib.sha256(customer.external_id.encode()).hexdigest()[:10]


def resume_token(customer: Customer) -> str:
    if customer.channel != ChannelName.WEBCHAT:
        raise ValueError("only a web chat can be resumed by a link")
    return _link_serializer().dumps({"c": customer.id, "f": _fingerprint(customer)})


def resume_url(customer: Customer) -> str:
    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    return f"{base}/chat/resume/{resume_token(customer)}"


def customer_for_token(token: str) -> Customer:
    """The web-chat customer a resume link was made for; ResumeRefused otherwise."""
    try:
        data = _link_serializer().loads(token, max_age=int(LINK_MAX_AGE.total_seconds()))
    except SignatureExpired:
        raise ResumeRefused(expired=True) from None
    except BadSignature:
        raise ResumeRefused(expired=False) from None
    if not isinstance(data, dict) or not isinstance(data.get("c"), int):
        raise ResumeRefused(expired=False)
    customer = db.session.get(Customer, data["c"])
    if (customer is None or customer.channel != ChannelName.WEBCHAT
            or _fingerprint(customer) != data.get("f")):
        # Erased since, or never ours: the same answer as a broken link.
        raise ResumeRefused(expired=False)
    return customer


def device_cookie_for(customer: Customer) -> str:
    """The chat cookie's value for a device that came back through a link."""
    return _device_serializer().dumps(customer.external_id)


def session_id_of(cookie_value: str) -> str | None:
    """The web-chat session id behind a chat cookie: the hash of a browser's own random
    token, or the signed session id a resume link left (None if its signature fails)."""
    if "." not in cookie_value:  # token_urlsafe never makes a dot; a signed value always has
        return session_id_for(cookie_value)
    try:
        session_id = _device_serializer().loads(cookie_value)
    except BadSignature:
        return None
    return session_id if isinstance(session_id, str) else None
