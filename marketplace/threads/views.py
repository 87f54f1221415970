"""The job conversation on the lead page: reading the thread, writing to the customer, files."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, request, send_file, url_for
from flask_babel import gettext as _
from flask_login import current_user

from marketplace.accounts.auth import business_required
from marketplace.channels.customers import webchat_customer
from marketplace.channels.webchat import COOKIE_NAME, session_id_for
from marketplace.errors import Conflict, InvalidInput
from marketplace.security import parse_bounded_int
from marketplace.threads import file_access, outgoing, queries
from marketplace.threads.queries import DeliveryState

bp = Blueprint("threads", __name__)


@bp.after_request
def private_files(response):
    # Thread files show private rooms and plans; thread pages are personal.
    if request.endpoint in ("threads.open_file", "threads.open_chat_file"):
        response.headers["Cache-Control"] = "private, no-store"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
    return response


@bp.app_template_global("lead_thread")
def lead_thread(lead):
    """For the lead page: the conversation with the customer as this user may see it, its
    newest entries or (`?before=<entry id>`) the ones before an entry."""
    return queries.lead_thread(current_user.tenant, current_user, lead,
                               before=entry_id_arg("before"))


def entry_id_arg(name: str) -> int | None:
    """A thread entry id from the query string; None when absent or not an id."""
    try:
        return parse_bounded_int(request.args.get(name), default=0, minimum=1) or None
    except ValueError:
        return None


def _lead_page(lead_id: int):
    return redirect(url_for("quotes.show_lead", lead_id=lead_id, _anchor="thread"))


@bp.route("/dashboard/leads/<int:lead_id>/messages", methods=["POST"])
@business_required()
def send_message(lead_id: int):
    try:
        entries = outgoing.send_business_message(
            current_user.tenant, current_user, lead_id, request.form.get("text", ""),
            files=request.files.getlist("files"))
    except (Conflict, InvalidInput) as refused:
        # Shown on the lead page above the thread; the form stays where the user was.
        flash(refused.message, "error")
        return _lead_page(lead_id)
    states = {queries.delivery_of(entry).state for entry in entries}
    if states == {DeliveryState.REFUSED}:
        flash(_("Not sent: the customer does not allow any more messages (they wrote STOP)."),
              "error")
    elif DeliveryState.HELD in states:
        flash(_("Saved, but not delivered: the customer last wrote more than 24 hours ago. "
                "The conversation below says what happens next."), "error")
    elif DeliveryState.NOTICE_SENT in states:
        flash(_("The customer gets a notice that you wrote; your message follows as soon as "
                "they answer."), "success")
    else:
        flash(_("Your message has been sent to the customer."), "success")
    return _lead_page(lead_id)


def _send(opened: file_access.OpenedFile):
    return send_file(opened.stream, mimetype=opened.content_type,
                     as_attachment=not opened.inline, download_name=opened.download_name,
                     conditional=False, etag=False, max_age=0)


@bp.route("/dashboard/leads/<int:lead_id>/messages/files/<public_id>")
@business_required()
def open_file(lead_id: int, public_id: str):
    return _send(file_access.open_thread_file(current_user.tenant, current_user, lead_id,
                                              public_id))


@bp.route("/chat/files/<public_id>")
def open_chat_file(public_id: str):
    token = request.cookies.get(COOKIE_NAME)
    customer = webchat_customer(session_id_for(token), create=False) if token else None
    return _send(file_access.open_for_webchat_customer(customer, public_id))
