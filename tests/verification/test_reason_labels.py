"""History reasons the platform writes are stored as codes and shown in the reader's language;
reasons a person typed are shown as typed."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from flask_babel import force_locale

from marketplace.accounts.models import Role
from marketplace.db import db
from marketplace.tenancy import registration as tenancy_registration
from marketplace.verification import decisions
from marketplace.verification.models import VerificationEvent
from marketplace.verification.reasons import reason_label
from marketplace.verification.tasks import sweep_document_expiry
from tests.conftest import login
from tests.verification.helpers import register, verify

EXPIRES = date(2026, 12, 15)  # frozen_clock starts at 2026-11-02


@pytest.fixture
def history_world(app, make_user, frozen_clock):
    admin = make_user(Role.ADMIN)
    with app.app_context():
        tenant, owner = register("Reason Dach GmbH")
        tenancy_registration.confirm_email(tenancy_registration.email_confirmation_token(tenant))
        admin_row = db.session.merge(admin)
        verify(tenant, owner, admin_row, ["dachdecker"], master_expires=EXPIRES)
        frozen_clock(days=13)
        sweep_document_expiry()  # reminder
        frozen_clock(days=31)
        sweep_document_expiry()  # expiry and automatic suspension of the trade
        decisions.suspend_business(admin_row, tenant_id=tenant.id,
                                  reason="Bitte Versicherung nachweisen")
        reasons = set(db.session.scalars(
            sa.select(VerificationEvent.reason).where(VerificationEvent.tenant_id == tenant.id,
                                                      VerificationEvent.reason.is_not(None))))
        ids = (tenant.id, owner.email, admin.email)
    return ids, reasons


def test_system_reasons_are_stored_as_codes(history_world):
    _ids, reasons = history_world
    assert "sys:email_confirmed_by_link" in reasons
    assert "sys:document_expires:2026-12-15" in reasons
    assert "sys:document_expired_on:2026-12-15" in reasons
    assert "sys:document_expired" in reasons
    assert "Bitte Versicherung nachweisen" in reasons


@pytest.mark.parametrize("language", ["de", "en"])
def test_admin_history_shows_system_reasons_translated(client, history_world, language):
    (tenant_id, _owner, admin), _reasons = history_world
    login(client, admin)
    page = client.get(f"/admin/businesses/{tenant_id}",
                      headers={"Accept-Language": language}).get_data(as_text=True)
    assert "sys:" not in page
    assert "Bitte Versicherung nachweisen" in page
    if language == "de":
        assert "über den Link in der E-Mail bestätigt" in page
        assert "ein Nachweis ist abgelaufen" in page
        assert "abgelaufen am 15.12.2026" in page
        assert "confirmation link" not in page
        assert "document expired" not in page
    else:
        assert "confirmed with the link in the e-mail" in page
        assert "a document has expired" in page


def test_business_history_shows_system_reasons_in_german(client, history_world):
    (_tenant_id, owner, _admin), _reasons = history_world
    login(client, owner)
    page = client.get("/dashboard/verification/",
                      headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert "sys:" not in page
    assert "über den Link in der E-Mail bestätigt" in page
    assert "confirmation link" not in page


def test_rows_from_before_the_codes_and_typed_reasons(app_ctx):
    with force_locale("de"):
        assert reason_label("confirmation link") == "über den Link in der E-Mail bestätigt"
        assert reason_label("expired 2026-12-15") == "abgelaufen am 15.12.2026"
        assert reason_label("demo data") == "Demodaten"
        assert reason_label("Nicht lesbar, bitte neu scannen") == "Nicht lesbar, bitte neu scannen"
        assert reason_label("sys:unknown_code") == "sys:unknown_code"
        assert reason_label(None) == ""
    with force_locale("en"):
        assert reason_label("sys:not_covered:elektriker") == "Not covered: elektriker"

