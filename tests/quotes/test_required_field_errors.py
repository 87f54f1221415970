"""A quote form with a missing required field says so in one readable message."""

from __future__ import annotations

import re

from marketplace.quotes.schemas import QuoteInputSchema
from tests.conftest import csrf_token_from, login
from tests.quotes.test_views import offered  # noqa: F401 - fixture


def test_missing_required_fields_come_back_as_lists(app_ctx):
    errors = QuoteInputSchema().validate({"price_kind": "fixed"})
    assert isinstance(errors["net_amount_cents"], list)
    assert isinstance(errors["earliest_start"], list)
    assert len(errors["earliest_start"]) == 1


def test_form_without_earliest_start_shows_one_whole_message(client, offered):  # noqa: F811
    login(client, offered["owner"])
    url = f"/dashboard/leads/{offered['lead']}"
    response = client.post(f"{url}/quote", data={
        "csrf_token": csrf_token_from(client, url), "price_kind": "fixed",
        "net_amount": "1.250,00", "message": "Gern"})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    field_errors = re.findall(r'<p class="field-error" role="alert">([^<]*)</p>', page)
    assert "Bitte füllen Sie dieses Feld aus." in field_errors
    assert all(len(error) > 1 for error in field_errors), field_errors
