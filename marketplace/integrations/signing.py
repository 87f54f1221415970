"""How a receiver can tell our webhook calls from anyone else's.

Every attempt carries `Webhook-Signature: t=<unix seconds>,v1=<hex>`, where the hex is
HMAC-SHA256 under the endpoint's secret over `<t>.<body>`. Signing the timestamp with the
body lets a receiver refuse an old call replayed later (we suggest five minutes).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

SECRET_PREFIX = "whsec_"  # noqa: S105 - a marker, not a secret
SIGNATURE_HEADER = "Webhook-Signature"
TOLERANCE_SECONDS = 300


def new_secret() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def signature(secret: str, timestamp: int, body: str) -> str:
    message = f"{timestamp}.{body}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def header_value(secret: str, timestamp: int, body: str) -> str:
    return f"t={timestamp},v1={signature(secret, timestamp, body)}"


def verify(secret: str, header: str, body: str, *, now: int) -> bool:
    """What a receiver does (and our tests do): constant-time compare, recent timestamp."""
    fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    try:
        timestamp = int(fields["t"])
    except (KeyError, ValueError):
        return False
    if abs(now - timestamp) > TOLERANCE_SECONDS:
        return False
    return hmac.compare_digest(fields.get("v1", ""), signature(secret, timestamp, body))
