"""The personal link from a chat question to its full notice page."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from marketplace.consent.models import ConsentRequest
from marketplace.db import db
from marketplace.errors import NotFound

NOTICE_LINK_MAX_AGE = timedelta(days=30)


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="consent-notice")


def notice_token(consent_request: ConsentRequest) -> str:
    return _serializer().dumps(consent_request.public_id)


def notice_url(consent_request: ConsentRequest) -> str:
    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    return f"{base}/consent/{notice_token(consent_request)}"


def request_for_token(token: str) -> ConsentRequest:
    """The request a notice link points to; a forged or outdated link is a 404."""
    try:
        public_id = _serializer().loads(
            token, max_age=int(NOTICE_LINK_MAX_AGE.total_seconds()))
    except (BadSignature, SignatureExpired):
        raise NotFound(_("This link is not valid (any more).")) from None
    consent_request = db.session.scalar(
        sa.select(ConsentRequest).where(ConsentRequest.public_id == public_id))
    if consent_request is None:
        raise NotFound(_("This link is not valid (any more)."))
    return consent_request
