"""The OpenAPI 3 document of /api/v1, built from the marshmallow schemas the API uses."""

from __future__ import annotations

from typing import Any

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin

from marketplace.api.schemas import (
    LEAD_STATUSES,
    QUOTE_STATUSES,
    DeclineSchema,
    ErrorSchema,
    LeadContactSchema,
    LeadListSchema,
    QuoteCreateSchema,
    QuoteListSchema,
    QuotePatchSchema,
    QuoteUpdateSchema,
    WithdrawSchema,
)
from marketplace.quotes.schemas import LeadOutputSchema, QuoteOutputSchema

_cache: dict[str, Any] = {}


def _json(schema: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}


def _ok(schema: str, description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": _json(schema)}


ERRORS = {
    "401": {"description": "Missing, unknown or revoked token", "content": _json("Error")},
    "404": {"description": "No such object for this business", "content": _json("Error")},
}
WRITE_ERRORS = {
    **ERRORS,
    "400": {"description": "The body is not a JSON object (invalid JSON, `null`, an array...)",
            "content": _json("Error")},
    "403": {"description": "The token's user may not answer leads", "content": _json("Error")},
    "409": {"description": "Not possible in the object's current state",
            "content": _json("Error")},
    "422": {"description": "Invalid input; details name the fields", "content": _json("Error")},
}
ID = {"in": "path", "required": True, "schema": {"type": "integer"}}


def _status_filter(values: list[str]) -> dict[str, Any]:
    return {"in": "query", "name": "status", "required": False,
            "description": "Only objects in this state; another value is a 422.",
            "schema": {"type": "string", "enum": values}}


def _list_errors(what: str) -> dict[str, Any]:
    return {**ERRORS, "422": {"description": f"Unknown {what} status in `status` (or a `page` "
                                             "that is no page number); `error.details` "
                                             "repeats the value",
                              "content": _json("Error")}}


PAGE = {"in": "query", "name": "page", "required": False,
        "description": "Page of the list, newest first, 100 per page (default 1); "
                       "`next_page` in the answer is the next one, null after the last.",
        "schema": {"type": "integer", "minimum": 1, "maximum": 10_000}}


def build_spec() -> dict[str, Any]:
    if "spec" in _cache:
        return _cache["spec"]
    spec = APISpec(
        title="Handwerk direkt business API", version="1.0.0", openapi_version="3.0.3",
        plugins=[MarshmallowPlugin()],
        info={"description": "Leads and quotes of one business. Authenticate with a personal "
                             "API token from the dashboard: `Authorization: Bearer <token>`. "
                             "Amounts are net euro cents; VAT is 19 %."},
        servers=[{"url": "/api/v1"}],
    )
    spec.components.security_scheme("bearerToken", {"type": "http", "scheme": "bearer"})
    for name, schema in (("Error", ErrorSchema), ("Lead", LeadOutputSchema),
                         ("LeadList", LeadListSchema), ("Quote", QuoteOutputSchema),
                         ("QuoteList", QuoteListSchema), ("QuoteCreate", QuoteCreateSchema),
                         ("QuoteUpdate", QuoteUpdateSchema), ("QuotePatch", QuotePatchSchema),
                         ("Decline", DeclineSchema),
                         ("Withdraw", WithdrawSchema)):
        spec.components.schema(name, schema=schema)
    secured = [{"bearerToken": []}]
    spec.path(path="/openapi.json", operations={"get": {
        "summary": "This document", "security": [],
        "responses": {"200": {"description": "The OpenAPI document", "content": {
            "application/json": {"schema": {"type": "object"}}}}}}})
    spec.path(path="/leads", operations={"get": {
        "summary": "List leads", "security": secured,
        "parameters": [_status_filter(LEAD_STATUSES), PAGE],
        "responses": {"200": _ok("LeadList"), **_list_errors("lead")}}})
    spec.path(path="/leads/{lead_id}", parameters=[{**ID, "name": "lead_id"}], operations={
        "get": {"summary": "Read one lead", "security": secured,
                "responses": {"200": _ok("Lead"), **ERRORS}}})
    spec.path(path="/leads/{lead_id}/viewed", parameters=[{**ID, "name": "lead_id"}],
              operations={"post": {"summary": "Mark a lead as viewed", "security": secured,
                                   "responses": {"200": _ok("Lead"), **ERRORS}}})
    spec.path(path="/leads/{lead_id}/decline", parameters=[{**ID, "name": "lead_id"}],
              operations={"post": {
                  "summary": "Decline a lead with a reason", "security": secured,
                  "requestBody": {"required": True, "content": _json("Decline")},
                  "responses": {"200": _ok("Lead"), **WRITE_ERRORS}}})
    spec.path(path="/quotes", operations={
        "get": {"summary": "List quotes and their state", "security": secured,
                "parameters": [_status_filter(QUOTE_STATUSES), PAGE],
                "responses": {"200": _ok("QuoteList"), **_list_errors("quote")}},
        "post": {"summary": "Quote on a lead", "security": secured,
                 "requestBody": {"required": True, "content": _json("QuoteCreate")},
                 "responses": {"201": _ok("Quote", "Created"), **WRITE_ERRORS}}})
    spec.path(path="/quotes/{quote_id}", parameters=[{**ID, "name": "quote_id"}], operations={
        "get": {"summary": "Read one quote", "security": secured,
                "responses": {"200": _ok("Quote"), **ERRORS}},
        "put": {"summary": "Replace a quote the customer has not answered",
                "description": "Every field of a new quote is stated again; the customer "
                               "gets the new version.",
                "security": secured,
                "requestBody": {"required": True, "content": _json("QuoteUpdate")},
                "responses": {"200": _ok("Quote"), **WRITE_ERRORS}},
        "patch": {"summary": "Change some fields of a quote the customer has not answered",
                  "description": "Only the fields sent change (`null` clears an optional "
                                 "one); the result must pass every rule of a new quote, "
                                 "otherwise a 422 names the field. The customer gets the "
                                 "new version.",
                  "security": secured,
                  "requestBody": {"required": True, "content": _json("QuotePatch")},
                  "responses": {"200": _ok("Quote"), **WRITE_ERRORS}}})
    spec.path(path="/quotes/{quote_id}/withdraw", parameters=[{**ID, "name": "quote_id"}],
              operations={"post": {
                  "summary": "Withdraw a quote the customer has not answered",
                  "security": secured,
                  "requestBody": {"required": False, "content": _json("Withdraw")},
                  "responses": {"200": _ok("Quote"), **WRITE_ERRORS}}})
    for add_paths in (_thread_paths, _contact_paths, _work_paths, _archive_paths):
        add_paths(spec, secured)
    document = spec.to_dict()
    document["x-webhooks"] = _webhook_section()
    _cache["spec"] = document
    return _cache["spec"]


# One function per feature that adds lead endpoints; each documents its own paths.


def _thread_paths(spec: APISpec, secured: list[dict[str, Any]]) -> None:
    """GET/POST /leads/{lead_id}/messages, GET /leads/{lead_id}/messages/files/{file_id}."""
    from marketplace.threads.schemas import (
        SentMessagesSchema,
        ThreadMessageInputSchema,
        ThreadSchema,
    )

    for name, schema in (("Thread", ThreadSchema), ("ThreadMessageInput",
                                                    ThreadMessageInputSchema),
                         ("SentThreadMessages", SentMessagesSchema)):
        spec.components.schema(name, schema=schema)
    multipart = {"multipart/form-data": {"schema": {"type": "object", "properties": {
        "text": {"type": "string"},
        "files": {"type": "array", "items": {"type": "string", "format": "binary"},
                  "description": "Up to 5 files: JPEG, PNG, HEIC (sent as JPEG; location "
                                 "and camera data removed) or PDF"}}}}}
    spec.path(path="/leads/{lead_id}/messages", parameters=[{**ID, "name": "lead_id"}],
              operations={
                  "get": {"summary": "The conversation with the customer about this lead",
                          "description": "Both sides, oldest first: the newest 100 "
                                         "entries, or with `before` the 100 before that "
                                         "entry (`earlier_before` says whether older ones "
                                         "remain). The customer's phone "
                                         "number and messenger id never appear; contact "
                                         "details they typed are masked until they shared "
                                         "them with this business.",
                          "parameters": [{"in": "query", "name": "before", "required": False,
                                          "description": "Only entries older than this one "
                                                         "(an entry id; another value is a "
                                                         "422)",
                                          "schema": {"type": "integer", "minimum": 1,
                                                     "maximum": 2147483647}}],
                          "security": secured,
                          "responses": {"200": _ok("Thread"), **ERRORS, "422": {
                              "description": "`before` is no entry id",
                              "content": _json("Error")}}},
                  "post": {"summary": "Write to the customer (text and/or files)",
                           "description": "The customer gets it in their own messenger, "
                                          "marked with the business's name and the request's "
                                          "reference, with a reply button. Outside WhatsApp's "
                                          "24-hour window a template notice goes first (or the "
                                          "message is held); after STOP nothing is sent "
                                          "(delivery state `refused`). 409 when the lead is "
                                          "expired, declined or lost; 422 names the limit "
                                          "(8000 characters, 5 files) or the allowed types.",
                           "security": secured,
                           "requestBody": {"required": True, "content": {
                               **_json("ThreadMessageInput"), **multipart}},
                           "responses": {"201": _ok("SentThreadMessages", "Created"),
                                         **WRITE_ERRORS}}})
    spec.path(path="/leads/{lead_id}/messages/files/{file_id}",
              parameters=[{**ID, "name": "lead_id"},
                          {"in": "path", "name": "file_id", "required": True,
                           "schema": {"type": "string"}}],
              operations={"get": {
                  "summary": "Download a file of the conversation",
                  "description": "The business's own files; the customer's files while the "
                                 "customer shares them (403 after a withdrawal; every attempt "
                                 "is logged).",
                  "security": secured,
                  "responses": {"200": {"description": "The file", "content": {
                      "application/octet-stream": {"schema": {"type": "string",
                                                              "format": "binary"}}}},
                                "403": {"description": "No longer shared by the customer",
                                        "content": _json("Error")},
                                **ERRORS}}})


def _contact_paths(spec: APISpec, secured: list[dict[str, Any]]) -> None:
    """GET /leads/{lead_id}/contact."""
    spec.components.schema("LeadContact", schema=LeadContactSchema)
    spec.path(path="/leads/{lead_id}/contact", parameters=[{**ID, "name": "lead_id"}],
              operations={"get": {
                  "summary": "The customer's contact details, once they agreed to share them",
                  "description": "Only for the business whose quote the customer accepted, "
                                 "and only while the customer's consent to share contact "
                                 "details with it is in force. Contains exactly the details "
                                 "the consent named (`shared_contact_items`). After a "
                                 "withdrawal (WIDERRUF) the answer is 403 at once.",
                  "security": secured,
                  "responses": {
                      "200": _ok("LeadContact"),
                      **ERRORS,
                      "403": {"description": "No consent (yet), withdrawn, or the lead was "
                                             "not won; `error.details.consent_state` says "
                                             "which (not_won, pending, not_requested, "
                                             "declined, withdrawn, expired, needs_refresh)",
                              "content": _json("Error")}}}})


def _work_paths(spec: APISpec, secured: list[dict[str, Any]]) -> None:
    """GET/POST /leads/{lead_id}/appointments, POST /leads/{lead_id}/status."""
    from marketplace.work.schemas import (
        AppointmentInputSchema,
        AppointmentListSchema,
        AppointmentOutputSchema,
        JobProgressOutputSchema,
        ReasonInputSchema,
        StatusInputSchema,
    )

    for name, schema in (("Appointment", AppointmentOutputSchema),
                         ("AppointmentList", AppointmentListSchema),
                         ("AppointmentProposal", AppointmentInputSchema),
                         ("AppointmentCancel", ReasonInputSchema),
                         ("JobStatusChange", StatusInputSchema),
                         ("JobProgress", JobProgressOutputSchema)):
        spec.components.schema(name, schema=schema)
    lead = [{**ID, "name": "lead_id"}]
    appointment = [{**ID, "name": "lead_id"}, {**ID, "name": "appointment_id"}]
    spec.path(path="/leads/{lead_id}/appointments", parameters=lead, operations={
        "get": {"summary": "The lead's appointments and their state",
                "description": "Newest first, replaced and cancelled ones included. Status: "
                               "proposed, confirmed (`starts_at`/`ends_at` are the slot the "
                               "customer picked), other_times_asked (`customer_message` "
                               "holds the customer's words, contact details masked until "
                               "they agreed to share them), cancelled, replaced. Times in "
                               "UTC.",
                "security": secured,
                "responses": {"200": _ok("AppointmentList"), **ERRORS}},
        "post": {"summary": "Propose one to three times for a site visit or the work",
                 "description": "`kind`: `visit` (on an open, quoted or won lead) or `work` "
                                "(only on a won lead). Times in ISO 8601; without an offset "
                                "they are German local time (Europe/Berlin); each must lie "
                                "in the future and end after it starts. The customer gets "
                                "one button per time and one to suggest another time. A new "
                                "proposal replaces the open one of the same kind "
                                "(rescheduling); the customer is told.",
                 "security": secured,
                 "requestBody": {"required": True, "content": _json("AppointmentProposal")},
                 "responses": {"201": _ok("Appointment", "Created"), **WRITE_ERRORS}}})
    spec.path(path="/leads/{lead_id}/appointments/{appointment_id}/cancel",
              parameters=appointment, operations={"post": {
                  "summary": "Cancel an appointment with a reason the customer reads",
                  "security": secured,
                  "requestBody": {"required": True, "content": _json("AppointmentCancel")},
                  "responses": {"200": _ok("Appointment"), **WRITE_ERRORS}}})
    spec.path(path="/leads/{lead_id}/appointments/{appointment_id}.ics",
              parameters=appointment, operations={"get": {
                  "summary": "A confirmed appointment as an iCalendar file (RFC 5545)",
                  "description": "One VEVENT, times in UTC. The customer's name and phone "
                                 "number only with their consent to share contact details.",
                  "security": secured,
                  "responses": {"200": {"description": "The calendar file", "content": {
                      "text/calendar": {"schema": {"type": "string"}}}}, **ERRORS}}})
    spec.path(path="/leads/{lead_id}/status", parameters=lead, operations={"post": {
        "summary": "Move the job after the award: in_progress, completed or cancelled",
        "description": "Only the business whose quote the customer accepted (a won lead; "
                       "otherwise 409). Allowed: awarded or scheduled → in_progress → "
                       "completed; cancelled (with a `reason` the customer reads) until "
                       "completed. `scheduled` follows from a confirmed work appointment. "
                       "An impossible step is a 409. The customer is told in the chat.",
        "security": secured,
        "requestBody": {"required": True, "content": _json("JobStatusChange")},
        "responses": {"200": _ok("JobProgress"), **WRITE_ERRORS}}})


def _archive_paths(spec: APISpec, secured: list[dict[str, Any]]) -> None:
    """GET /leads/{lead_id}/archive."""
    spec.path(path="/leads/{lead_id}/archive", parameters=[{**ID, "name": "lead_id"}],
              operations={"get": {
                  "summary": "Download the job archive as a ZIP",
                  "description": (
                      "Everything this business was allowed to see about the lead: "
                      "`transcript.html` (printable; the conversation both ways, quotes with "
                      "their versions, appointments, the customer's consents and the lead's "
                      "history, times in Europe/Berlin), `conversation.csv`, "
                      "`quote-<version>.json`, `consent-receipts.json` with the exact notice "
                      "texts under `consent/`, `photos/` (only the customer's files its "
                      "consent covers now; each one is logged as opened) and `sent/` (files "
                      "the business sent). Not cached (`Cache-Control: no-store`). Owners "
                      "and office staff only."),
                  "security": secured,
                  "parameters": [{"in": "query", "name": "lang", "required": False,
                                  "description": "Language of the transcript (default: the "
                                                 "user's language)",
                                  "schema": {"type": "string", "enum": ["de", "en"]}}],
                  "responses": {
                      "200": {"description": "The archive",
                              "content": {"application/zip": {
                                  "schema": {"type": "string", "format": "binary"}}}},
                      "403": {"description": "The token's user may not export (crew)",
                              "content": _json("Error")},
                      **ERRORS}}})


def _webhook_section() -> dict[str, Any]:
    """What the platform sends to a business's own systems (marketplace.integrations)."""
    from marketplace.integrations import openapi as webhook_docs

    return webhook_docs.section()
