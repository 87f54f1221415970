"""The business REST API under /api/v1, and the dashboard page for its tokens."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import Blueprint, flash, g, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from marketplace.accounts.auth import business_required
from marketplace.accounts.models import Role
from marketplace.api import openapi, services
from marketplace.api.schemas import (
    DeclineSchema,
    LeadContactSchema,
    LeadListSchema,
    QuoteCreateSchema,
    QuoteListSchema,
    QuoteUpdateSchema,
    WithdrawSchema,
    stated_quote_fields,
)
from marketplace.consent import contact as consent_contact
from marketplace.errors import DomainError, Forbidden, InvalidInput, MalformedBody
from marketplace.quotes import business_side
from marketplace.quotes import queries as quote_queries
from marketplace.quotes.schemas import LeadOutputSchema, QuoteOutputSchema
from marketplace.security import MAX_DB_INT, parse_bounded_int

bp = Blueprint("api", __name__, url_prefix="/api/v1")
tokens_bp = Blueprint("api_tokens", __name__, url_prefix="/dashboard/api-tokens")

ANSWERING_ROLES = (Role.OWNER, Role.OFFICE)
# Pages of the lists (quote_queries.API_PAGE_SIZE each); deeper than this nobody pages by hand.
MAX_PAGE = 10_000


class Unauthorized(DomainError):
    status_code = 401
    code = "unauthorized"


def token_required(*roles: Role) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Bearer token of an enabled business user; sets g.api_user for this request only."""

    def decorator(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            header = request.headers.get("Authorization", "")
            scheme, _space, token = header.partition(" ")
            if scheme.lower() != "bearer" or not token.strip():
                raise Unauthorized("Send an API token as 'Authorization: Bearer <token>'.")
            user = services.authenticate(token.strip())
            if user is None:
                raise Unauthorized("The API token is unknown or revoked.")
            if user.role not in ANSWERING_ROLES:
                # A crew member sees only the jobs they are on; the API answers for the
                # whole business, so it is for owners and office staff.
                raise Forbidden("The API is for owners and office staff; crew members use "
                                "the crew pages.")
            if roles and user.role not in roles:
                raise Forbidden("This token's user may not do this.")
            g.api_user = user
            return view(*args, **kwargs)

        return wrapped

    return decorator


JSON_TYPE_NAMES = {type(None): "null", bool: "a boolean", int: "a number", float: "a number",
                   str: "a string", list: "an array"}


def _json_body(*, optional: bool = False) -> dict[str, Any]:
    """The request's JSON object; a 400 naming what was sent instead (invalid JSON, `null`,
    an array...). With `optional`, an empty body stands for `{}`; `null` never does."""
    raw = request.get_data(cache=True)
    if optional and not raw.strip():
        return {}
    if not request.is_json:
        raise MalformedBody("Send a JSON object with 'Content-Type: application/json'.")
    try:
        body = json.loads(raw)
    except ValueError:
        raise MalformedBody("The request body is not valid JSON.") from None
    if not isinstance(body, dict):
        sent = JSON_TYPE_NAMES.get(type(body), "not an object")
        raise MalformedBody(f"The request body must be a JSON object, not {sent}.")
    return body


@bp.after_request
def _no_store(response):
    response.headers["Cache-Control"] = "no-store"
    if response.status_code == 401:
        # RFC 6750: tell the client which scheme the API expects.
        response.headers["WWW-Authenticate"] = 'Bearer realm="marketplace-api"'
    return response


def _page_number() -> int:
    """`page` of a list (1 when absent); anything but a page number is a 422."""
    return _bounded_arg("page", 1, MAX_PAGE) or 1


def _bounded_arg(name: str, low: int, high: int) -> int | None:
    """A whole-number query argument from `low` to `high`, None when absent; another
    value is a 422 naming it."""
    raw = request.args.get(name)
    if raw is None:
        return None
    try:
        number = parse_bounded_int(raw)
    except ValueError:
        number = low - 1
    if not low <= number <= high:
        raise InvalidInput(_("'%(name)s' must be a whole number from %(low)d to %(high)d.",
                             name=name, low=low, high=high), **{name: raw})
    return number


@bp.get("/openapi.json")
def openapi_document():
    return jsonify(openapi.build_spec())


@bp.get("/leads")
@token_required()
def list_leads():
    # An unknown status is a 422 from the query (documented with the enum in the spec).
    page = quote_queries.api_lead_page(g.api_user.tenant, status=request.args.get("status"),
                                       number=_page_number())
    return jsonify(LeadListSchema().dump({"leads": page.rows, "next_page": page.next_number}))


@bp.get("/leads/<int:lead_id>")
@token_required()
def get_lead(lead_id: int):
    return jsonify(LeadOutputSchema().dump(quote_queries.get_lead(g.api_user.tenant, lead_id)))


@bp.post("/leads/<int:lead_id>/viewed")
@token_required()
def mark_viewed(lead_id: int):
    lead = business_side.mark_lead_viewed(g.api_user.tenant, g.api_user, lead_id=lead_id)
    return jsonify(LeadOutputSchema().dump(lead))


@bp.post("/leads/<int:lead_id>/decline")
@token_required(*ANSWERING_ROLES)
def decline_lead(lead_id: int):
    data = DeclineSchema().load(_json_body())
    lead = business_side.decline_lead(g.api_user.tenant, g.api_user, lead_id=lead_id, **data)
    return jsonify(LeadOutputSchema().dump(lead))


@bp.get("/quotes")
@token_required()
def list_quotes():
    page = quote_queries.api_quote_page(g.api_user.tenant, status=request.args.get("status"),
                                        number=_page_number())
    return jsonify(QuoteListSchema().dump({"quotes": page.rows, "next_page": page.next_number}))


@bp.post("/quotes")
@token_required(*ANSWERING_ROLES)
def create_quote():
    data = QuoteCreateSchema().load(_json_body())
    lead_id = data.pop("lead_id")
    quote = business_side.submit_quote(g.api_user.tenant, g.api_user, lead_id=lead_id,
                                        data=data)
    return jsonify(QuoteOutputSchema().dump(quote)), 201


@bp.get("/quotes/<int:quote_id>")
@token_required()
def get_quote(quote_id: int):
    return jsonify(QuoteOutputSchema().dump(
        quote_queries.get_quote(g.api_user.tenant, quote_id)))


@bp.put("/quotes/<int:quote_id>")
@token_required(*ANSWERING_ROLES)
def replace_quote(quote_id: int):
    """The whole offer stated again (every field of a new quote)."""
    data = QuoteUpdateSchema().load(_json_body())
    quote = business_side.update_quote(g.api_user.tenant, g.api_user, quote_id=quote_id,
                                        data=data)
    return jsonify(QuoteOutputSchema().dump(quote))


@bp.patch("/quotes/<int:quote_id>")
@token_required(*ANSWERING_ROLES)
def patch_quote(quote_id: int):
    """Only the fields sent change; the result must still be a valid quote."""
    changes = _json_body()
    current = quote_queries.get_quote(g.api_user.tenant, quote_id)
    data = QuoteUpdateSchema().load({**stated_quote_fields(current), **changes})
    quote = business_side.update_quote(g.api_user.tenant, g.api_user, quote_id=quote_id,
                                        data=data)
    return jsonify(QuoteOutputSchema().dump(quote))


@bp.post("/quotes/<int:quote_id>/withdraw")
@token_required(*ANSWERING_ROLES)
def withdraw_quote(quote_id: int):
    data = WithdrawSchema().load(_json_body(optional=True))
    quote = business_side.withdraw_quote(g.api_user.tenant, g.api_user, quote_id=quote_id,
                                          **data)
    return jsonify(QuoteOutputSchema().dump(quote))


# --- dashboard: the user's tokens -------------------------------------------------------

@tokens_bp.route("/")
@business_required(*ANSWERING_ROLES)
def list_tokens():
    tokens = services.list_tokens(current_user.tenant, current_user)
    return render_template("api/tokens.html", tokens=tokens, new_token=None)


@tokens_bp.route("/", methods=["POST"])
@business_required(*ANSWERING_ROLES)
def create_token():
    token, plain = services.create_token(current_user.tenant, current_user,
                                         name=request.form.get("name", ""))
    tokens = services.list_tokens(current_user.tenant, current_user)
    # Shown once, on this response only; the page is not cached.
    response = render_template("api/tokens.html", tokens=tokens, new_token=plain,
                               new_token_name=token.name)
    return response, 201, {"Cache-Control": "no-store"}


@tokens_bp.route("/<int:token_id>/revoke", methods=["POST"])
@business_required(*ANSWERING_ROLES)
def revoke_token(token_id: int):
    services.revoke_token(current_user.tenant, current_user, token_id=token_id)
    flash(_("The token has been revoked."), "success")
    return redirect(url_for("api_tokens.list_tokens"))


# --- the job conversation: GET/POST /leads/<id>/messages --------------------------------


@bp.get("/leads/<int:lead_id>/messages")
@token_required()
def list_thread_messages(lead_id: int):
    from marketplace.threads import queries as thread_queries
    from marketplace.threads.schemas import ThreadSchema, dump_entries

    page = thread_queries.lead_thread(g.api_user.tenant, g.api_user,
                                      quote_queries.get_lead(g.api_user.tenant, lead_id),
                                      before=_bounded_arg("before", 1, MAX_DB_INT))
    body = ThreadSchema().dump({"lead_id": lead_id, "open": page.is_open,
                                "closed_reason": page.closed_reason,
                                "notices": list(page.notices), "messages": [],
                                "earlier_before": page.earlier_before})
    body["messages"] = dump_entries(lead_id, list(page.entries))
    return jsonify(body)


@bp.post("/leads/<int:lead_id>/messages")
@token_required()
def send_thread_message(lead_id: int):
    """JSON {"text": ...}, or multipart/form-data with a `text` field and `files`."""
    from marketplace.threads import outgoing as thread_outgoing
    from marketplace.threads import queries as thread_queries
    from marketplace.threads.schemas import ThreadMessageInputSchema, dump_entries

    if request.mimetype == "multipart/form-data":
        data = ThreadMessageInputSchema().load({"text": request.form.get("text", "")})
        files = request.files.getlist("files")
    else:
        data, files = ThreadMessageInputSchema().load(_json_body()), []
    sent = thread_outgoing.send_business_message(g.api_user.tenant, g.api_user, lead_id,
                                                 data["text"], files=files)
    new_ids = {entry.id for entry in sent}
    entries = [entry for entry in thread_queries.thread_of(g.api_user.tenant, lead_id)
               if entry.id in new_ids]
    return jsonify({"messages": dump_entries(lead_id, entries)}), 201


@bp.get("/leads/<int:lead_id>/messages/files/<public_id>")
@token_required()
def open_thread_file(lead_id: int, public_id: str):
    from flask import send_file

    from marketplace.threads import file_access

    opened = file_access.open_thread_file(g.api_user.tenant, g.api_user, lead_id, public_id)
    return send_file(opened.stream, mimetype=opened.content_type, as_attachment=True,
                     download_name=opened.download_name, conditional=False, etag=False,
                     max_age=0)


# --- contact details after consent: GET /leads/<id>/contact -----------------------------


@bp.get("/leads/<int:lead_id>/contact")
@token_required()
def lead_contact(lead_id: int):
    lead, details = consent_contact.contact_of_lead(g.api_user.tenant, lead_id)
    body = {"lead_id": lead.id, "job_reference": lead.job_request.reference,
            "shared_contact_items": list(details.items),
            **{item: getattr(details, item) for item in details.items}}
    return jsonify(LeadContactSchema().dump(body))


# --- appointments and progress: /leads/<id>/appointments, POST /leads/<id>/status -------

@bp.get("/leads/<int:lead_id>/appointments")
@token_required()
def list_appointments(lead_id: int):
    from marketplace.work import queries as work_queries
    from marketplace.work.schemas import AppointmentListSchema

    lead = work_queries.get_lead(g.api_user.tenant, lead_id)
    return jsonify(AppointmentListSchema().dump(
        {"appointments": work_queries.appointment_views(lead)}))


@bp.post("/leads/<int:lead_id>/appointments")
@token_required(*ANSWERING_ROLES)
def propose_appointment(lead_id: int):
    """One to three slots; times without an offset are German local time."""
    from marketplace.work import appointments as work_appointments
    from marketplace.work import queries as work_queries
    from marketplace.work.schemas import AppointmentInputSchema, AppointmentOutputSchema

    data = AppointmentInputSchema().load(_json_body())
    appointment = work_appointments.propose(g.api_user.tenant, g.api_user, lead_id=lead_id,
                                            **data)
    lead = work_queries.get_lead(g.api_user.tenant, lead_id)
    return jsonify(AppointmentOutputSchema().dump(work_queries.view_of(appointment, lead))), 201


@bp.post("/leads/<int:lead_id>/appointments/<int:appointment_id>/cancel")
@token_required(*ANSWERING_ROLES)
def cancel_appointment(lead_id: int, appointment_id: int):
    from marketplace.work import appointments as work_appointments
    from marketplace.work import queries as work_queries
    from marketplace.work.schemas import AppointmentOutputSchema, ReasonInputSchema

    data = ReasonInputSchema().load(_json_body())
    appointment = work_appointments.cancel_by_business(
        g.api_user.tenant, g.api_user, lead_id=lead_id, appointment_id=appointment_id, **data)
    lead = work_queries.get_lead(g.api_user.tenant, lead_id)
    return jsonify(AppointmentOutputSchema().dump(work_queries.view_of(appointment, lead)))


@bp.get("/leads/<int:lead_id>/appointments/<int:appointment_id>.ics")
@token_required()
def appointment_calendar(lead_id: int, appointment_id: int):
    from marketplace.work import queries as work_queries
    from marketplace.work import views as work_views

    appointment = work_queries.get_appointment(g.api_user.tenant, lead_id, appointment_id)
    return work_views.calendar_response(appointment,
                                        work_queries.get_lead(g.api_user.tenant, lead_id))


@bp.post("/leads/<int:lead_id>/status")
@token_required(*ANSWERING_ROLES)
def change_job_status(lead_id: int):
    """in_progress, completed or cancelled (with a reason); only on a won lead (else 409)."""
    from marketplace.work import progress as work_progress
    from marketplace.work import queries as work_queries
    from marketplace.work.schemas import JobProgressOutputSchema, StatusInputSchema

    data = StatusInputSchema().load(_json_body())
    lead = work_progress.change_status(g.api_user.tenant, g.api_user, lead_id=lead_id, **data)
    return jsonify(JobProgressOutputSchema().dump({
        "lead_id": lead.id, "job_reference": lead.job_request.reference,
        "status": lead.job_request.status, "history": work_queries.job_history(lead)}))



# --- the job archive: GET /leads/<id>/archive --------------------------------------------

@bp.get("/leads/<int:lead_id>/archive")
@token_required(*ANSWERING_ROLES)
def lead_archive(lead_id: int):
    """The same ZIP as the dashboard's download; the transcript in `?lang=` (de, en) or the
    user's language."""
    from marketplace.archive import views as archive_views

    language = request.args.get("lang") or g.api_user.preferred_language or "de"
    return archive_views.archive_response(g.api_user.tenant, g.api_user, lead_id,
                                          language=language)
