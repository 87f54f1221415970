"""Webhooks (verify, store, 200), the web chat page and its JSON endpoints, admin queues."""

from __future__ import annotations

import secrets

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from marshmallow import ValidationError
from sqlalchemy.orm.exc import ObjectDeletedError

from marketplace.accounts.auth import admin_required
from marketplace.admin.views import add_admin_link
from marketplace.channels import (
    delivery,
    gate,
    inbound,
    ingest,
    labels,
    queries,
    registry,
    resume,
    webchat_messages,
)
from marketplace.channels.base import ChannelName
from marketplace.channels.models import InboxEvent
from marketplace.channels.schemas import (
    ChatChoiceSchema,
    ChatLocationSchema,
    ChatTextSchema,
    message_json,
)
from marketplace.channels.webchat import COOKIE_MAX_AGE, COOKIE_NAME
from marketplace.db import db
from marketplace.errors import InvalidInput, MalformedBody
from marketplace.extensions import cookie_key, csrf, rate_limited
from marketplace.security import MAX_DB_INT, parse_bounded_int

webhooks_bp = Blueprint("webhooks", __name__, url_prefix="/webhooks")
webchat_bp = Blueprint("webchat", __name__)
admin_bp = Blueprint("channels_admin", __name__, url_prefix="/admin/channels")
# Channel names, purposes and delivery errors in words on every page that shows a message.
admin_bp.add_app_template_filter(labels.channel_label, "channel_name")
admin_bp.add_app_template_filter(labels.purpose_label, "message_purpose")
admin_bp.add_app_template_filter(labels.error_label, "delivery_error")
admin_bp.add_app_template_filter(labels.message_status_label, "message_status")
admin_bp.add_app_template_global(labels.INBOX_STATES, "inbox_state")
admin_bp.add_app_template_global(labels.INBOX_PROBLEMS, "inbox_problem")

ADMIN_PAGE_SIZE = 50


# --- webhooks ---------------------------------------------------------------------------


def _webhook_adapter(channel: str):
    if channel not in (ChannelName.WHATSAPP, ChannelName.MESSENGER, ChannelName.TELEGRAM):
        abort(404)
    adapter = registry.get_adapter(channel)
    if adapter is None:
        abort(404)  # a channel without secrets does not exist to the outside
    return adapter


@webhooks_bp.get("/<channel>")
def handshake(channel: str):
    if channel == ChannelName.TELEGRAM:
        abort(405)
    adapter = _webhook_adapter(channel)
    challenge = adapter.handshake(request.args)
    if challenge is None:
        return Response("forbidden", status=403, mimetype="text/plain")
    return Response(challenge, status=200, mimetype="text/plain")


@webhooks_bp.post("/<channel>")
def receive(channel: str):
    """Reached when the webhook front (channels/ingest.py) is not installed: same answers."""
    _webhook_adapter(channel)
    request.max_content_length = current_app.config["WEBHOOK_MAX_BODY"]
    raw_body = request.get_data(cache=False)
    status, body = ingest.receive(channel, request.headers.get, raw_body)
    return jsonify(body), status


# --- web chat -----------------------------------------------------------------------------


def _chat_token(create: bool) -> str | None:
    token = request.cookies.get(COOKIE_NAME)
    # A device that came back through a resume link holds a signed session id instead.
    if token and 20 <= len(token) <= 100 and resume.session_id_of(token) is not None:
        return token
    return secrets.token_urlsafe(32) if create else None


def _with_cookie(response: Response, token: str) -> Response:
    response.set_cookie(COOKIE_NAME, token, max_age=COOKIE_MAX_AGE, httponly=True,
                        samesite="Lax", secure=current_app.config["SESSION_COOKIE_SECURE"])
    return response


@webchat_bp.get("/chat")
def chat_page():
    token = _chat_token(create=True)
    response = Response(render_template("channels/chat.html"))
    response.headers["Cache-Control"] = "no-store"
    return _with_cookie(response, token)


def _chat_session() -> tuple[str, str]:
    token = _chat_token(create=False)
    if token is None:
        raise InvalidInput(str(_l("Your chat session has expired. Please reload the page.")))
    return token, resume.session_id_of(token)


def _language() -> str:
    return str(get_locale() or "de")


def _load(schema, data):
    if not isinstance(data, dict):
        # Not JSON, or JSON that is no object (null, a list): nothing to read fields from.
        raise MalformedBody(str(_l("Please send the message as a JSON object.")))
    try:
        return schema.load(data)
    except ValidationError as error:
        raise InvalidInput(str(_l("Please check your input.")), fields=error.messages) from None


def _sent(message) -> Response:
    """The answer to a send: the stored bubble, or, when the message confirmed the
    erasure of all the customer's data (erased at commit, this message with it), a
    confirmation built here, since nothing of the customer is left for the poll to show."""
    try:
        return jsonify({"message": message_json(message)})
    except ObjectDeletedError:
        db.session.rollback()
        return jsonify({"erased": True, "notice": str(_l("Your data has been deleted."))})


@webchat_bp.post("/api/chat/messages")
@rate_limited("RATELIMIT_CHAT", cookie_key(COOKIE_NAME))
def chat_send_text():
    _token, session_id = _chat_session()
    data = _load(ChatTextSchema(), request.get_json(silent=True))
    message = webchat_messages.receive_webchat_message(
        session_id, text=data["text"], client_message_id=data["client_id"],
        language=_language())
    return _sent(message), 202 if webchat_messages.handoff_pending() else 201


@webchat_bp.post("/api/chat/choices")
def chat_send_choice():
    _token, session_id = _chat_session()
    data = _load(ChatChoiceSchema(), request.get_json(silent=True))
    message = webchat_messages.receive_webchat_message(
        session_id, text=data["title"], choice_id=data["choice_id"],
        client_message_id=data["client_id"], language=_language())
    return _sent(message), 202 if webchat_messages.handoff_pending() else 201


@webchat_bp.post("/api/chat/location")
def chat_send_location():
    _token, session_id = _chat_session()
    data = _load(ChatLocationSchema(), request.get_json(silent=True))
    message = webchat_messages.receive_webchat_message(
        session_id, location=(data["latitude"], data["longitude"]),
        client_message_id=data["client_id"], language=_language())
    return _sent(message), 202 if webchat_messages.handoff_pending() else 201


@webchat_bp.post("/api/chat/photos")
@rate_limited("RATELIMIT_UPLOAD", cookie_key(COOKIE_NAME))
def chat_send_photo():
    _token, session_id = _chat_session()
    message = webchat_messages.receive_webchat_upload(
        session_id, request.files.get("photo"), caption=request.form.get("caption", ""),
        language=_language())
    status = 202 if webchat_messages.handoff_pending() else 201
    # The message is stored, the photo not yet shown to anyone: a task decodes and cleans
    # it (never this web worker); a refusal reaches the customer in the chat.
    body = _sent(message).get_json()
    if "message" in body:
        body["photo"] = {"state": "checking"}
    return jsonify(body), status


@webchat_bp.get("/api/chat/messages")
def chat_poll():
    try:
        after = parse_bounded_int(request.args.get("after"))
    except ValueError:
        return jsonify({"error": {
            "code": "invalid_after",
            "message": "'after' must be a message id: a whole number from 0 to "
                       f"{MAX_DB_INT}."}}), 400
    token = _chat_token(create=False)
    if token is None:
        return jsonify({"messages": []})
    messages = webchat_messages.webchat_poll(resume.session_id_of(token), after_id=after)
    response = jsonify({"messages": [message_json(message) for message in messages]})
    response.headers["Cache-Control"] = "no-store"
    return response


@webchat_bp.get("/chat/resume/<token>")
def chat_resume(token: str):
    """The link in a customer's e-mail: this browser joins their chat, then the chat opens."""
    try:
        customer = resume.customer_for_token(token)
    except resume.ResumeRefused as refused:
        page = render_template("channels/resume_refused.html", expired=refused.expired)
        response = Response(page, status=410 if refused.expired else 404)
    else:
        response = _with_cookie(redirect(url_for(".chat_page")),
                                resume.device_cookie_for(customer))
    # The token must not travel on in a Referer header or stay in a shared cache.
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "no-store"
    return response


# --- admin queues --------------------------------------------------------------------------

@admin_bp.get("/inbox")
@admin_required
def inbox_problems():
    show_reviewed = request.args.get("reviewed") == "1"
    events = queries.list_inbox_problems(include_reviewed=show_reviewed,
                                          limit=ADMIN_PAGE_SIZE)
    return render_template("channels/admin_inbox.html", events=events,
                           show_reviewed=show_reviewed)


@admin_bp.get("/inbox/<int:inbox_id>")
@admin_required
def inbox_event(inbox_id: int):
    event = db.get_or_404(InboxEvent, inbox_id)
    body = event.raw_body.decode("utf-8", errors="replace")
    return render_template("channels/admin_inbox_event.html", event=event, body=body)


@admin_bp.post("/inbox/<int:inbox_id>/review")
@admin_required
def review_inbox_event(inbox_id: int):
    inbound.review_inbox_event(inbox_id, actor=current_user)
    flash(_l("Marked as reviewed."), "success")
    return redirect(url_for(".inbox_problems"))


@admin_bp.get("/outbound")
@admin_required
def outbound_problems():
    messages = queries.list_outbound_problems(limit=ADMIN_PAGE_SIZE)
    return render_template("channels/admin_outbound.html", messages=messages,
                           gate_reason=gate.reason_text)


@admin_bp.post("/outbound/<int:message_id>/retry")
@admin_required
def retry_outbound(message_id: int):
    delivery.retry_outbound(message_id, actor=current_user)
    flash(_l("The message is queued again."), "success")
    return redirect(url_for(".outbound_problems"))


@admin_bp.post("/outbound/<int:message_id>/delivered")
@admin_required
def mark_outbound_delivered(message_id: int):
    delivery.mark_delivered(message_id, actor=current_user)
    flash(_l("The message is marked as delivered."), "success")
    return redirect(url_for(".outbound_problems"))


@admin_bp.post("/outbound/<int:message_id>/dismiss")
@admin_required
def dismiss_outbound(message_id: int):
    delivery.dismiss_outbound(message_id, actor=current_user)
    flash(_l("The message will not be sent."), "success")
    return redirect(url_for(".outbound_problems"))


# Providers cannot send a CSRF token; their signature is checked instead.
csrf.exempt(webhooks_bp)

add_admin_link("channels_admin.outbound_problems", _l("Held and failed messages"), order=15,
               waiting=queries.count_outbound_problems)
add_admin_link("channels_admin.inbox_problems", _l("Webhook events to check"), order=20,
               waiting=queries.count_inbox_problems)
