"""Quote validation: the same rules for the dashboard form and the API."""

from __future__ import annotations

from datetime import timedelta

import pytest
from marshmallow import ValidationError

from marketplace import clock
from marketplace.quotes.models import vat_of
from marketplace.quotes.schemas import QuoteFormSchema, QuoteInputSchema, euro_to_cents


def body(**overrides):
    data = {"price_kind": "fixed", "net_amount_cents": 50_000,
            "earliest_start": (clock.now().date() + timedelta(days=1)).isoformat()}
    data.update(overrides)
    return data


def errors_of(schema, data) -> dict:
    with pytest.raises(ValidationError) as caught:
        schema.load(data)
    return caught.value.messages


@pytest.mark.parametrize(("text", "cents"), [
    ("1.250,00", 125_000), ("1250", 125_000), ("1250,5", 125_050), ("1250.50", 125_050),
    ("99,99 €", 9_999), ("12.345.678", 1_234_567_800), ("", None),
])
def test_euro_amounts_are_read_as_people_type_them(text, cents):
    assert euro_to_cents(text) == cents


@pytest.mark.parametrize("text", ["12,345", "1.25.0", "abc", "-5", "1,2,3"])
def test_unreadable_amounts_are_refused(text):
    with pytest.raises(ValueError, match=r"\S"):
        euro_to_cents(text)


def test_valid_quote_gets_defaults(app_ctx):
    data = QuoteInputSchema().load(body(message="  Gern  "))
    assert data["valid_until"] is None
    assert data["line_items"] == []
    assert data["message"] == "Gern"


def test_range_needs_an_upper_amount_above_the_lower(app_ctx):
    assert "net_amount_max_cents" in errors_of(QuoteInputSchema(), body(price_kind="range"))
    assert "net_amount_max_cents" in errors_of(
        QuoteInputSchema(), body(price_kind="range", net_amount_max_cents=40_000))
    assert "net_amount_max_cents" in errors_of(
        QuoteInputSchema(), body(net_amount_max_cents=60_000))  # fixed price with a max
    QuoteInputSchema().load(body(price_kind="range", net_amount_max_cents=60_000))


def test_amounts_must_be_positive_whole_cents(app_ctx):
    assert "net_amount_cents" in errors_of(QuoteInputSchema(), body(net_amount_cents=0))
    assert "net_amount_cents" in errors_of(QuoteInputSchema(), body(net_amount_cents=12.5))
    assert "net_amount_cents" in errors_of(QuoteInputSchema(), body(net_amount_cents="500"))
    assert "price_kind" in errors_of(QuoteInputSchema(), body(price_kind="hourly"))


def test_line_items_must_add_up(app_ctx):
    items = [{"description": "Ziegel", "net_amount_cents": 20_000},
             {"description": "Arbeit", "net_amount_cents": 20_000}]
    assert "line_items" in errors_of(QuoteInputSchema(), body(line_items=items))
    QuoteInputSchema().load(body(line_items=items, net_amount_cents=40_000))
    QuoteInputSchema().load(body(line_items=items, price_kind="range",
                                 net_amount_cents=30_000, net_amount_max_cents=45_000))


def test_dates_must_be_sensible(app_ctx):
    today = clock.now().date()
    assert "earliest_start" in errors_of(
        QuoteInputSchema(), body(earliest_start=(today - timedelta(days=1)).isoformat()))
    assert "earliest_start" in errors_of(
        QuoteInputSchema(), body(earliest_start=(today + timedelta(days=400)).isoformat()))
    assert "valid_until" in errors_of(
        QuoteInputSchema(), body(valid_until=(today + timedelta(days=91)).isoformat()))
    assert "earliest_start" in errors_of(QuoteInputSchema(), body(earliest_start="morgen"))


def test_unknown_fields_are_refused(app_ctx):
    assert "status" in errors_of(QuoteInputSchema(), body(status="accepted"))


def test_form_reports_each_problem_in_german_by_default(app):
    with app.test_request_context(headers={"Accept-Language": "de"}):
        messages = errors_of(QuoteFormSchema(), {
            "price_kind": "fixed", "net_amount": "zwölf", "earliest_start": "",
            "item_description_0": "Ziegel", "item_amount_0": ""})
        # Lazy texts are rendered in the request's language.
        assert "Betrag in Euro" in str(messages["net_amount_cents"][0])
        assert "Position" in str(messages["line_items"][0])


def test_vat_is_rounded_half_up_to_cents():
    assert vat_of(100, 19) == 19
    assert vat_of(50, 19) == 10  # 9.5 cents
    assert vat_of(123_456, 19) == 23_457
