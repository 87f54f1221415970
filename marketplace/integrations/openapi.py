"""The webhooks as the API document describes them (OpenAPI 3.0 has no `webhooks` field;
the document carries them as `x-webhooks`, which the usual viewers show). One POST per
event, each with the envelope, its `data` and the signature header."""

from __future__ import annotations

from typing import Any

from marketplace.integrations import events, signing

_TIME = {"type": "string", "format": "date-time"}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


_DATA: dict[str, dict[str, Any]] = {
    events.LEAD_CREATED.name: {"type": "object", "properties": {"lead": _ref("Lead")}},
    events.QUOTE_ACCEPTED.name: {"type": "object", "properties": {
        "lead": _ref("Lead"), "quote": _ref("Quote")}},
    events.MESSAGE_RECEIVED.name: {"type": "object", "properties": {
        "lead_id": {"type": "integer"}, "job_reference": {"type": "string"},
        "message": {"type": "object", "properties": {
            "id": {"type": "integer"},
            "text": {"type": "string", "description": "Contact details masked until the "
                                                      "customer shared them with you"},
            "file_count": {"type": "integer"}, "created_at": _TIME}}}},
    events.APPOINTMENT_CONFIRMED.name: {"type": "object", "properties": {
        "lead_id": {"type": "integer"}, "job_reference": {"type": "string"},
        "appointment": {"type": "object", "properties": {
            "id": {"type": "integer"}, "kind": {"type": "string", "enum": ["visit", "work"]},
            "status": {"type": "string"}, "starts_at": _TIME, "ends_at": _TIME,
            "note": {"type": "string"}}}}},
    events.JOB_COMPLETED.name: {"type": "object", "properties": {
        "lead_id": {"type": "integer"}, "job_reference": {"type": "string"},
        "status": {"type": "string"}, "completed_at": _TIME}},
    events.REVIEW_PUBLISHED.name: {"type": "object", "properties": {"review": {
        "type": "object", "description": "As your public profile shows it; sent again, with "
                                         "a higher version, when the customer edits it",
        "properties": {"id": {"type": "integer"}, "job_reference": {"type": "string"},
                       "stars": {"type": "integer", "nullable": True},
                       "text": {"type": "string"}, "version": {"type": "integer"},
                       "published_at": _TIME, "edited_at": {**_TIME, "nullable": True}}}}},
}

_HEADERS = [
    {"in": "header", "name": signing.SIGNATURE_HEADER, "required": True,
     "schema": {"type": "string", "example": "t=1764758400,v1=5257a869e7ec…"},
     "description": "t = Unix time of this attempt; v1 = hex HMAC-SHA256 under your "
                    "endpoint's secret over `<t>.<raw body>`. Compare in constant time and "
                    f"refuse a t older than {signing.TOLERANCE_SECONDS // 60} minutes."},
    {"in": "header", "name": "Webhook-Id", "required": True, "schema": {"type": "string"},
     "description": "The event's id, the same on every retry: use it to ignore repeats."},
    {"in": "header", "name": "Webhook-Event", "required": True, "schema": {"type": "string"}},
]


def section() -> dict[str, Any]:
    webhooks: dict[str, Any] = {}
    for kind in events.ALL_EVENTS:
        body = {"type": "object", "required": ["id", "type", "created_at", "data"],
                "properties": {"id": {"type": "string"},
                               "type": {"type": "string", "enum": [kind.name]},
                               "created_at": _TIME, "data": _DATA[kind.name]}}
        webhooks[kind.name] = {"post": {
            "summary": str(kind.label),
            "description": "Sent to each HTTPS address you registered for this event in the "
                           "dashboard (Webhooks and calendar). Any 2xx answer within 5 "
                           "seconds counts as delivered; otherwise we try again after 1, 2, "
                           "4 … minutes (at most 6 hours apart) until a day has passed. "
                           "Redirects are not followed.",
            "parameters": _HEADERS,
            "requestBody": {"required": True,
                            "content": {"application/json": {"schema": body}}},
            "responses": {"2XX": {"description": "Received"}}}}
    return webhooks
