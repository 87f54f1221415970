"""Domain exceptions and the one place they become HTTP responses."""

from __future__ import annotations

from typing import Any

from flask import Flask, current_app, jsonify, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException, MethodNotAllowed
from werkzeug.exceptions import NotFound as HTTPNotFound


class DomainError(Exception):
    """A rule of the platform refused the action; the message is shown to the person."""

    status_code = 400
    code = "bad_request"

    def __init__(self, message: str | None = None, **details: Any) -> None:
        super().__init__(message or self.code)
        self.message = message or self.code
        self.details = details


class NotFound(DomainError):
    status_code = 404
    code = "not_found"


class Forbidden(DomainError):
    status_code = 403
    code = "forbidden"


class Conflict(DomainError):
    status_code = 409
    code = "conflict"


class InvalidTransition(Conflict):
    code = "invalid_transition"


class InvalidInput(DomainError):
    status_code = 422
    code = "invalid_input"


class MalformedBody(DomainError):
    """The body is not what the endpoint reads at all (not JSON, or JSON but no object);
    a 400, before any field is looked at."""

    status_code = 400
    code = "malformed_body"


def wants_json() -> bool:
    return request.path.startswith(("/api/", "/webhooks/")) or request.path in (
        "/healthz",
        "/readyz",
    )


def _json_error(status: int, code: str, message: str, details: Any = None):
    body: dict[str, Any] = {"error": {"code": code, "message": message}}
    if details:
        body["error"]["details"] = details
    return jsonify(body), status


def _page_error(status: int, title: str, message: str):
    return render_template("errors/error.html", status=status, title=title, message=message), status


def _translated_status_text(status: int) -> tuple[str, str]:
    texts = {
        400: (_("Bad request"), _("The request could not be understood.")),
        401: (_("Login required"), _("Please log in to continue.")),
        403: (_("Access denied"), _("You are not allowed to open this page.")),
        404: (_("Not found"), _("This page does not exist or is not available to you.")),
        405: (_("Method not allowed"), _("This action is not possible here.")),
        409: (_("Conflict"), _("This action conflicts with the current state.")),
        413: (_("Too large"), _("The upload is too large.")),
        422: (_("Invalid input"), _("Please check your input.")),
        429: (_("Too many requests"), _("Please wait a moment and try again.")),
        500: (
            _("Something went wrong"),
            _("An unexpected error occurred. We have been notified."),
        ),
        503: (_("Unavailable"), _("The service is temporarily unavailable.")),
    }
    return texts.get(status, texts[500])


def _is_a_missing_url(error: HTTPException) -> bool:
    """Werkzeug answers 405 when a URL fits a rule's shape but a converter refuses a value
    (an id beyond the column range) and a sibling rule of the same path takes other
    methods. Asked again with a method the URL is said to allow, such a URL is not found:
    then it is a 404, as for every other method."""
    if not isinstance(error, MethodNotAllowed) or not error.valid_methods:
        return False
    method = "GET" if "GET" in error.valid_methods else sorted(error.valid_methods)[0]
    adapter = current_app.create_url_adapter(request)
    try:
        adapter.match(request.path, method=method)  # type: ignore[union-attr]
    except HTTPNotFound:
        return True
    except HTTPException:
        return False
    return False


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(DomainError)
    def handle_domain_error(error: DomainError):
        if wants_json():
            return _json_error(error.status_code, error.code, error.message, error.details)
        title, _message = _translated_status_text(error.status_code)
        return _page_error(error.status_code, title, error.message)

    @app.errorhandler(ValidationError)
    def handle_validation_error(error: ValidationError):
        if wants_json():
            return _json_error(422, "invalid_input", "The input is not valid.", error.messages)
        title, message = _translated_status_text(422)
        return _page_error(422, title, message)

    @app.errorhandler(CSRFError)
    def handle_csrf_error(error: CSRFError):
        if wants_json():
            return _json_error(400, "csrf_failed", "The CSRF token is missing or invalid.")
        return _page_error(
            400,
            _("Form expired"),
            _("The form was missing its security token or has expired. Please reload the page "
              "and try again."),
        )

    @app.errorhandler(429)
    def handle_too_many_requests(_error: HTTPException):
        # Flask-Limiter adds Retry-After (RATELIMIT_HEADERS_ENABLED) to this response.
        title, message = _translated_status_text(429)
        if wants_json():
            return _json_error(429, "too_many_requests", message)
        return _page_error(429, title, message)

    @app.errorhandler(HTTPException)
    def handle_http_error(error: HTTPException):
        if _is_a_missing_url(error):
            error = HTTPNotFound()
        status = error.code or 500
        if wants_json():
            code = (error.name or "error").lower().replace(" ", "_")
            body, status = _json_error(status, code, error.description or error.name)
        else:
            title, message = _translated_status_text(status)
            body, status = _page_error(status, title, message)
        # The exception's own headers carry protocol facts the client needs, above all
        # `Allow` on a 405 (RFC 9110 15.5.6); only its Content-Type is ours to set.
        headers = [(name, value) for name, value in error.get_headers()
                   if name.lower() != "content-type"]
        return body, status, headers

    @app.errorhandler(Exception)
    def handle_unexpected(error: Exception):
        app.logger.exception("unhandled error on %s %s", request.method, request.path)
        if wants_json():
            return _json_error(500, "internal_error", "An unexpected error occurred.")
        title, message = _translated_status_text(500)
        return _page_error(500, title, message)
