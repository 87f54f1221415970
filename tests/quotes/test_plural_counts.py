"""Counts an admin reads, for one and for several (German first, English second)."""

from __future__ import annotations

import pytest
from flask_babel import force_locale

from marketplace.accounts.models import Role
from marketplace.quotes.reasons import decision_reasons_label
from tests.quotes.conftest import World


@pytest.mark.parametrize(("locale", "one", "three"), [
    ("de", "1 Anfrage in letzter Zeit; Postleitzahl stimmt in 1 Stelle überein",
     "3 Anfragen in letzter Zeit; Postleitzahl stimmt in 3 Stellen überein"),
    ("en", "1 lead recently; postcode shares 1 digit",
     "3 leads recently; postcode shares 3 digits"),
])
def test_routing_s_measured_counts(app_ctx, locale, one, three):
    with force_locale(locale):
        assert decision_reasons_label("recent_leads=1,shared_prefix=1") == one
        assert decision_reasons_label("recent_leads=3,shared_prefix=3") == three


@pytest.mark.parametrize(("capacity", "words"), [
    (1, "1 neue Anfrage pro Woche"), (3, "3 neue Anfragen pro Woche")])
def test_a_business_s_weekly_capacity_on_the_admin_page(app, make_user, login_as, capacity,
                                                        words):
    with app.app_context():
        tenant_id = World(app).business("Dach Eins", capacity=capacity).id
    admin = login_as(make_user(role=Role.ADMIN))
    page = admin.get(f"/admin/businesses/{tenant_id}").get_data(as_text=True)
    assert words in page
