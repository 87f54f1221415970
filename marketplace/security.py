"""App-wide HTTP hardening: security headers on every response and bounded integer ids.

Every `<int:...>` URL part goes through `BoundedIntConverter`, so an id that no database
column can hold (2**31 or more, or absurdly long digit strings) is a plain 404 instead of
an overflow error in the database driver.
"""

from __future__ import annotations

from flask import Flask, Response
from werkzeug.routing import IntegerConverter, ValidationError

MAX_DB_INT = 2**31 - 1
_MAX_DIGITS = len(str(MAX_DB_INT))

# No inline script anywhere: page scripts live in static/js. Inline `style=` attributes are
# still used by a few templates, so style-src alone admits 'unsafe-inline' (styles cannot
# run code).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; "
    "base-uri 'self'; form-action 'self'; object-src 'none'"
)
PERMISSIONS_POLICY = "camera=(), microphone=(), payment=(), usb=(), geolocation=(self)"
HSTS = "max-age=31536000; includeSubDomains"


class BoundedIntConverter(IntegerConverter):
    """The `int` converter, capped at the largest value of a 32-bit signed column."""

    def __init__(self, map, fixed_digits=0, min=None, max=MAX_DB_INT, signed=False):
        super().__init__(map, fixed_digits=fixed_digits, min=min,
                         max=MAX_DB_INT if max is None else max, signed=signed)

    def to_python(self, value: str):
        if len(value.lstrip("-").lstrip("0")) > _MAX_DIGITS:
            raise ValidationError()
        return super().to_python(value)


def parse_bounded_int(raw: str | None, default: int = 0, minimum: int = 0) -> int:
    """A query-string integer within the database range; ValueError when it is not one."""
    if raw is None or raw == "":
        return default
    text = raw.strip()
    if not text.isdigit() or len(text.lstrip("0")) > _MAX_DIGITS:
        raise ValueError(raw)
    value = int(text)
    if value < minimum or value > MAX_DB_INT:
        raise ValueError(raw)
    return value


def _uses_https(app: Flask) -> bool:
    return bool(app.config.get("SESSION_COOKIE_SECURE")) or (
        app.config.get("PREFERRED_URL_SCHEME") == "https"
    )


def fixed_headers(app: Flask) -> list[tuple[str, str]]:
    """What `set_security_headers` adds to a response that sets none of these itself, for
    answers made outside Flask (the webhook front, `marketplace.channels.ingest`)."""
    headers = [("Content-Security-Policy", CONTENT_SECURITY_POLICY), ("X-Frame-Options", "DENY"),
               ("X-Content-Type-Options", "nosniff"),
               ("Referrer-Policy", "strict-origin-when-cross-origin"),
               ("Permissions-Policy", PERMISSIONS_POLICY)]
    if _uses_https(app):
        headers.append(("Strict-Transport-Security", HSTS))
    return headers


def init_app(app: Flask) -> None:
    """Install the bounded converter (before any blueprint) and the header hook."""
    app.url_map.converters["int"] = BoundedIntConverter
    hsts = _uses_https(app)

    @app.after_request
    def set_security_headers(response: Response) -> Response:
        headers = response.headers
        # A view that chose its own framing policy (a document shown in the admin's
        # review page sets SAMEORIGIN) keeps it: no CSP frame-ancestors overrides it.
        if "X-Frame-Options" not in headers:
            headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
            headers["X-Frame-Options"] = "DENY"
        headers.setdefault("X-Content-Type-Options", "nosniff")
        headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if hsts:
            headers.setdefault("Strict-Transport-Security", HSTS)
        return response
