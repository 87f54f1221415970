"""Input and output shapes of the web chat's JSON endpoints."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, validate

from marketplace.channels.models import Direction, Message


class ChatTextSchema(Schema):
    text = fields.String(required=True, validate=validate.Length(min=1, max=4000))
    client_id = fields.String(load_default=None, validate=validate.Length(max=64))


class ChatChoiceSchema(Schema):
    choice_id = fields.String(required=True, validate=validate.Length(min=1, max=200))
    title = fields.String(load_default="", validate=validate.Length(max=200))
    client_id = fields.String(load_default=None, validate=validate.Length(max=64))


class ChatLocationSchema(Schema):
    latitude = fields.Float(required=True, validate=validate.Range(min=-90, max=90))
    longitude = fields.Float(required=True, validate=validate.Range(min=-180, max=180))
    client_id = fields.String(load_default=None, validate=validate.Length(max=64))


def message_json(message: Message) -> dict[str, Any]:
    """What the page needs to draw one bubble; no provider ids, no other customer's data."""
    payload = message.payload or {}
    outbound = message.direction == Direction.OUTBOUND
    return {
        "id": message.id,
        "from": "platform" if outbound else "customer",
        "kind": message.kind,
        "text": message.text or "",
        "choices": [{"id": choice["id"], "title": choice["title"],
                     "description": choice.get("description", "")}
                    for choice in payload.get("choices", [])] if outbound else [],
        "link_url": payload.get("link_url") if outbound else None,
        "closes": list(payload.get("closes_choices", [])) if outbound else [],
        "choice_id": payload.get("choice_id") if not outbound else None,
        "photos": len(payload.get("media_public_ids", [])) if not outbound else 0,
        "location": message.kind == "location",
        "at": message.created_at.isoformat(),
    }
