"""Schemas of the business API that are not the quotes feature's own."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from marketplace.quotes.schemas import LeadOutputSchema, QuoteInputSchema, QuoteOutputSchema


class QuoteCreateSchema(QuoteInputSchema):
    lead_id = fields.Integer(required=True, strict=True)


class QuoteUpdateSchema(QuoteInputSchema):
    """PATCH replaces the whole offer: every field of a new quote is stated again."""


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
    leads = fields.List(fields.Nested(LeadOutputSchema))


class QuoteListSchema(Schema):
    quotes = fields.List(fields.Nested(QuoteOutputSchema))


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
