"""Schemas of the business API that are not the quotes feature's own."""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, fields, validate

from marketplace.quotes.models import LeadStatus, Quote, QuoteStatus
from marketplace.quotes.schemas import LeadOutputSchema, QuoteInputSchema, QuoteOutputSchema


class QuoteCreateSchema(QuoteInputSchema):
    lead_id = fields.Integer(required=True, strict=True)


class QuoteUpdateSchema(QuoteInputSchema):
    """PUT replaces the whole offer: every field of a new quote is stated again."""


class QuotePatchSchema(QuoteInputSchema):
    """PATCH names only the fields that change; the rest keep their stated value.

    This class documents the body (nothing required). The request is checked by laying it
    over the quote as stated (`stated_quote_fields`) and loading the result with
    `QuoteUpdateSchema`, so the changed quote passes every rule a new one must pass
    (a range needs its upper amount, line items add up, dates in bounds)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(partial=True, **kwargs)


def stated_quote_fields(quote: Quote) -> dict[str, Any]:
    """The quote in the shape a client sends it (JSON types), to lay a PATCH over."""
    return {
        "price_kind": quote.price_kind,
        "net_amount_cents": quote.net_amount_cents,
        "net_amount_max_cents": quote.net_amount_max_cents,
        "line_items": [{"description": item["description"],
                        "net_amount_cents": item["net_amount_cents"]}
                       for item in quote.line_items or []],
        "earliest_start": quote.earliest_start.isoformat(),
        "valid_until": quote.valid_until.isoformat() if quote.valid_until else None,
        "message": quote.message or "",
    }


LEAD_STATUSES = [status.value for status in LeadStatus]
QUOTE_STATUSES = [status.value for status in QuoteStatus]


class DeclineSchema(Schema):
    reason = fields.String(required=True, validate=validate.Length(min=1, max=300))


class WithdrawSchema(Schema):
    reason = fields.String(load_default="", validate=validate.Length(max=300))


class ErrorDetailSchema(Schema):
    code = fields.String(required=True)
    message = fields.String(required=True)
    details = fields.Dict()


class ErrorSchema(Schema):
    error = fields.Nested(ErrorDetailSchema, required=True)


class LeadListSchema(Schema):
    """One page of leads, newest first; `next_page` is the next page's number or null."""

    leads = fields.List(fields.Nested(LeadOutputSchema))
    next_page = fields.Integer(allow_none=True)


class QuoteListSchema(Schema):
    """One page of quotes, newest first; `next_page` is the next page's number or null."""

    quotes = fields.List(fields.Nested(QuoteOutputSchema))
    next_page = fields.Integer(allow_none=True)


class LeadContactSchema(Schema):
    """The customer's contact details as shared with this business: exactly the items the
    customer's consent named, nothing else (a detail not named is absent, not null)."""

    lead_id = fields.Integer(required=True)
    job_reference = fields.String(required=True)
    shared_contact_items = fields.List(
        fields.String(validate=validate.OneOf(["name", "phone", "email"])), required=True)
    name = fields.String()
    phone = fields.String()
    email = fields.String()
