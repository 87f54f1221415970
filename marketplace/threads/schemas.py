"""The job conversation in the business API: what a client sends and what it reads."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields

from marketplace.threads.queries import ThreadEntry


class ThreadMessageInputSchema(Schema):
    """JSON body of POST /leads/{id}/messages (multipart sends `text` and `files` fields).
    The length limit is the service's, so the error names it in words."""

    text = fields.String(load_default="",
                         metadata={"description": "The message; at most 8000 characters. "
                                                 "Longer than the customer's messenger allows "
                                                 "(e.g. 2000 on Messenger), it is sent in "
                                                 "parts split between sentences."})


class DeliverySchema(Schema):
    state = fields.String(metadata={"description": "queued, sent, delivered, read, "
                                                   "notice_sent (outside the 24-hour window "
                                                   "only a template notice went out; the text "
                                                   "follows when the customer answers), held, "
                                                   "refused (the customer wrote STOP), failed"})
    label = fields.String()
    reason = fields.String(allow_none=True)


class ThreadFileSchema(Schema):
    id = fields.String(attribute="public_id")
    kind = fields.String(metadata={"description": "image or document (PDF)"})
    content_type = fields.String(allow_none=True)
    from_business = fields.Boolean()
    # Filled in by `dump_entries` (the path needs the lead).
    url = fields.String(allow_none=True,
                        metadata={"description": "Download with the same token; null when "
                                                 "the customer no longer shares the file"})


class ThreadEntrySchema(Schema):
    id = fields.Integer()
    author = fields.String(metadata={"description": "business or customer"})
    author_name = fields.String()
    text = fields.String(metadata={"description": "The customer's words with phone numbers, "
                                                  "e-mail addresses and street addresses "
                                                  "masked until they shared contact details"})
    files = fields.List(fields.Nested(ThreadFileSchema))
    created_at = fields.DateTime()
    delivery = fields.Nested(DeliverySchema, allow_none=True,
                             metadata={"description": "Business messages only"})


class ThreadSchema(Schema):
    lead_id = fields.Integer()
    open = fields.Boolean(metadata={"description": "Whether the business may still write"})
    closed_reason = fields.String(allow_none=True)
    notices = fields.List(fields.String())
    messages = fields.List(fields.Nested(ThreadEntrySchema))
    earlier_before = fields.Integer(allow_none=True, metadata={
        "description": "Older entries exist: ask again with `before` set to this; null when "
                       "these go back to the start"})


class SentMessagesSchema(Schema):
    messages = fields.List(fields.Nested(ThreadEntrySchema),
                           metadata={"description": "The new entries: files first, then the "
                                                    "text in as many parts as were needed"})


def dump_entries(lead_id: int, entries: list[ThreadEntry]) -> list[dict[str, Any]]:
    """Entries as the API shows them, each openable file with its download path."""
    dumped = ThreadEntrySchema(many=True).dump(entries)
    for entry, source in zip(dumped, entries, strict=True):
        entry["files"] = [{**file, "url": (f"/api/v1/leads/{lead_id}/messages/files/"
                                           f"{file['id']}" if item.openable else None)}
                          for file, item in zip(entry["files"], source.files, strict=True)]
    return dumped
