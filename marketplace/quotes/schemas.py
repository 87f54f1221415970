"""Marshmallow schemas for quote input (dashboard form and API) and lead/quote output."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from flask_babel import lazy_gettext as _l
from flask_babel import lazy_ngettext
from marshmallow import (
    Schema,
    ValidationError,
    fields,
    post_load,
    pre_load,
    validate,
    validates_schema,
)

from marketplace import clock
from marketplace.jobs.masking import mask_contact_details, text_for_business
from marketplace.quotes.models import LeadStatus, PriceKind, QuoteStatus

MAX_AMOUNT_CENTS = 100_000_000  # 1 million euro net: beyond that it is a typo
MAX_LINE_ITEMS = 20
MAX_VALIDITY_DAYS = 90
MAX_START_DAYS = 365
# In lists: marshmallow wraps only plain str messages in a list, and a lazy string left bare
# would reach the form (and the API) as a single value instead of a list of messages.
REQUIRED = {"required": [_l("Please fill in this field.")],
            "invalid": [_l("Please check this value.")]}


class LineItemSchema(Schema):
    description = fields.String(required=True, validate=validate.Length(min=1, max=200))
    net_amount_cents = fields.Integer(required=True, strict=True,
                                      validate=validate.Range(min=1, max=MAX_AMOUNT_CENTS))


class QuoteInputSchema(Schema):
    """A quote as a business states it: net euro cents, dates, a message."""

    price_kind = fields.String(required=True, error_messages=REQUIRED,
                               validate=validate.OneOf([kind.value for kind in PriceKind]))
    net_amount_cents = fields.Integer(required=True, strict=True, error_messages=REQUIRED,
                                      validate=validate.Range(min=1, max=MAX_AMOUNT_CENTS))
    net_amount_max_cents = fields.Integer(load_default=None, allow_none=True, strict=True,
                                          validate=validate.Range(min=1, max=MAX_AMOUNT_CENTS))
    line_items = fields.List(fields.Nested(LineItemSchema), load_default=list,
                             validate=validate.Length(max=MAX_LINE_ITEMS))
    earliest_start = fields.Date(required=True, error_messages=REQUIRED)
    valid_until = fields.Date(load_default=None, allow_none=True, error_messages=REQUIRED)
    message = fields.String(load_default="", validate=validate.Length(max=2000))

    @validates_schema
    def check_consistency(self, data: dict[str, Any], **_kwargs: Any) -> None:
        today = clock.now().date()
        errors: dict[str, list[str]] = {}
        low, high = data.get("net_amount_cents"), data.get("net_amount_max_cents")
        if data.get("price_kind") == PriceKind.RANGE:
            if high is None:
                errors["net_amount_max_cents"] = [_l("A price range needs an upper amount.")]
            elif low is not None and high <= low:
                errors["net_amount_max_cents"] = [_l("The upper amount must be above the lower.")]
        elif data.get("price_kind") == PriceKind.FIXED and high is not None:
            errors["net_amount_max_cents"] = [_l("A fixed price has no upper amount.")]
        items = data.get("line_items") or []
        if items and low is not None:
            total = sum(item["net_amount_cents"] for item in items)
            ceiling = high if data.get("price_kind") == PriceKind.RANGE and high else low
            if data.get("price_kind") == PriceKind.FIXED and total != low:
                errors["line_items"] = [_l("The line items must add up to the net price.")]
            elif data.get("price_kind") == PriceKind.RANGE and not low <= total <= ceiling:
                errors["line_items"] = [_l("The line items must add up to an amount in the range.")]
        start: date | None = data.get("earliest_start")
        if start is not None and not today <= start <= today + timedelta(days=MAX_START_DAYS):
            errors["earliest_start"] = [_l("The earliest start must be between today and a "
                                           "year from now.")]
        valid_until: date | None = data.get("valid_until")
        if valid_until is not None and not (
                today <= valid_until <= today + timedelta(days=MAX_VALIDITY_DAYS)):
            errors["valid_until"] = [lazy_ngettext(
                "A quote is valid from today for at most %(num)d day.",
                "A quote is valid from today for at most %(num)d days.", MAX_VALIDITY_DAYS)]
        if errors:
            raise ValidationError(errors)

    @post_load
    def strip_message(self, data: dict[str, Any], **_kwargs: Any) -> dict[str, Any]:
        data["message"] = (data.get("message") or "").strip()
        return data


EURO_PATTERN = re.compile(r"^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+([.,]\d{1,2})?$")


def euro_to_cents(text: str) -> int | None:
    """German or plain notation ("1.234,50", "1234.5", "1234") to cents; None if empty."""
    text = (text or "").strip().replace("€", "").replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    if not EURO_PATTERN.match(text):
        raise ValueError(text)
    if "," in text:
        euros, _, cents = text.replace(".", "").partition(",")
    elif re.match(r"^\d+\.\d{1,2}$", text):
        euros, _, cents = text.partition(".")
    else:
        euros, cents = text.replace(".", ""), ""
    return int(euros) * 100 + int((cents + "00")[:2])


class QuoteFormSchema(QuoteInputSchema):
    """The dashboard form: euro amounts as people type them, up to five line item rows."""

    @pre_load
    def from_form(self, form: Any, **_kwargs: Any) -> dict[str, Any]:
        errors: dict[str, list[str]] = {}
        data: dict[str, Any] = {"price_kind": form.get("price_kind", ""),
                                "message": form.get("message", "")}
        for source, target in (("net_amount", "net_amount_cents"),
                               ("net_amount_max", "net_amount_max_cents")):
            try:
                data[target] = euro_to_cents(form.get(source, ""))
            except ValueError:
                errors[target] = [_l("Please enter an amount in euro, e.g. 1.250,00.")]
        if data.get("net_amount_cents") is None and "net_amount_cents" not in errors:
            data.pop("net_amount_cents")
        for name in ("earliest_start", "valid_until"):
            if form.get(name):
                data[name] = form.get(name)
        items = []
        for index in range(5):
            description = (form.get(f"item_description_{index}") or "").strip()
            amount_text = form.get(f"item_amount_{index}") or ""
            if not description and not amount_text.strip():
                continue
            try:
                amount = euro_to_cents(amount_text)
            except ValueError:
                amount = None
            if not description or amount is None:
                errors["line_items"] = [_l("Each line item needs a description and an amount.")]
                continue
            items.append({"description": description, "net_amount_cents": amount})
        data["line_items"] = items
        if errors:
            raise ValidationError(errors)
        return data


class DeclineInputSchema(Schema):
    reason = fields.String(required=True, validate=validate.Length(min=1, max=300))


class WithdrawInputSchema(Schema):
    reason = fields.String(load_default="", validate=validate.Length(max=300))


class LeadOutputSchema(Schema):
    """What a business may see of a job before the customer's consent: no contact, no media."""

    id = fields.Integer()
    status = fields.String(validate=validate.OneOf([s.value for s in LeadStatus]))
    job_reference = fields.String(attribute="job_request.reference")
    trade_code = fields.String(attribute="job_request.trade_code")
    # Contact details the customer typed stay masked until they agreed to share them.
    description = fields.Method("visible_description", metadata={"type": "string"})
    postcode_area = fields.String(attribute="job_request.postcode_area")
    timing = fields.String(attribute="job_request.timing")
    distance_km = fields.Float(allow_none=True)
    photo_count = fields.Method("count_photos")
    offered_at = fields.DateTime()
    expires_at = fields.DateTime()
    viewed_at = fields.DateTime(allow_none=True)
    responded_at = fields.DateTime(allow_none=True)
    decline_reason = fields.String(allow_none=True)
    quote_id = fields.Method("quote_of")

    def visible_description(self, lead: Any) -> str:
        # Contact details are only ever shown on a won lead (the customer accepted its
        # quote), so the others are masked without asking the consent ledger: a list of
        # leads costs no query per row.
        if lead.status != LeadStatus.WON:
            return mask_contact_details(lead.job_request.description)
        return text_for_business(lead.tenant, lead.job_request, lead.job_request.description)

    def count_photos(self, lead: Any) -> int:
        return len(lead.job_request.media)

    def quote_of(self, lead: Any) -> int | None:
        return lead.quote.id if lead.quote is not None else None


class QuoteOutputSchema(Schema):
    id = fields.Integer()
    lead_id = fields.Integer()
    job_reference = fields.String(attribute="job_request.reference")
    status = fields.String(validate=validate.OneOf([s.value for s in QuoteStatus]))
    price_kind = fields.String()
    net_amount_cents = fields.Integer()
    net_amount_max_cents = fields.Integer(allow_none=True)
    vat_rate_percent = fields.Integer()
    vat_cents = fields.Integer()
    gross_amount_cents = fields.Integer()
    gross_amount_max_cents = fields.Integer(allow_none=True)
    currency = fields.String()
    line_items = fields.List(fields.Nested(LineItemSchema))
    earliest_start = fields.Date()
    valid_until = fields.Date()
    message = fields.String()
    version = fields.Integer()
    created_at = fields.DateTime()
    updated_at = fields.DateTime()
    answered_at = fields.DateTime(allow_none=True)
