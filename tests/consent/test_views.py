"""The consent notice page (customers) and consent proof and export (admins), by real URLs."""

from __future__ import annotations

import csv
import io

import pytest
import sqlalchemy as sa

from marketplace.accounts.models import Role
from marketplace.consent import answers, asking, ledger, links
from marketplace.consent.models import ConsentAction, ConsentEvent, ConsentNotice
from marketplace.db import db
from marketplace.tenancy.models import Tenant
from tests.conftest import csrf_token_from
from tests.consent.factories import inbound, make_customer, make_job, make_lead
from tests.language_switch import switch_language


@pytest.fixture
def asked(app, make_tenant):
    """A customer asked for media consent by one business; returns ids and the notice path."""
    tenant = make_tenant("Dachdeckerei Muster GmbH")
    with app.app_context():
        customer = make_customer(channel="whatsapp", language="de")
        job = make_job(customer)
        lead = make_lead(db.session.get(Tenant, tenant.id), job)
        consent_request = asking.request_media_consent(lead)
        path = "/consent/" + links.notice_token(consent_request)
        return {"tenant_id": tenant.id, "job_id": job.id, "customer_id": customer.id,
                "request_id": consent_request.id, "path": path,
                "reference": job.reference}


def _can_view(app, asked) -> bool:
    from marketplace.jobs.models import JobRequest

    with app.app_context():
        return ledger.can_view_media(db.session.get(Tenant, asked["tenant_id"]),
                                       db.session.get(JobRequest, asked["job_id"]))


def test_notice_page_shows_full_text_and_choices(client, asked):
    response = client.get(asked["path"])
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Dachdeckerei Muster GmbH" in page
    assert asked["reference"] in page
    assert "WhatsApp Ireland" in page
    assert 'value="agree"' in page
    assert 'value="decline"' in page
    assert response.headers["Cache-Control"] == "private, no-store"


def test_agree_on_notice_page_records_web_evidence(app, client, asked):
    token = csrf_token_from(client, asked["path"])
    response = client.post(asked["path"], data={"decision": "agree", "csrf_token": token})
    assert response.status_code == 302
    assert _can_view(app, asked)
    with app.app_context():
        event = db.session.scalar(sa.select(ConsentEvent))
        assert event.evidence_kind == "web_request"
        assert event.evidence_ref.startswith("web:")
        assert event.channel == "web"
    page = client.get(asked["path"]).get_data(as_text=True)
    assert 'value="withdraw"' in page


def test_withdraw_on_notice_page_is_one_tap(app, client, asked):
    token = csrf_token_from(client, asked["path"])
    client.post(asked["path"], data={"decision": "agree", "csrf_token": token})
    token = csrf_token_from(client, asked["path"])
    client.post(asked["path"], data={"decision": "withdraw", "csrf_token": token})
    assert not _can_view(app, asked)
    with app.app_context():
        actions = list(db.session.scalars(sa.select(ConsentEvent.action).order_by(
            ConsentEvent.id)))
    assert actions == [ConsentAction.GRANT, ConsentAction.WITHDRAW]


def test_notice_page_post_without_csrf_changes_nothing(app, client, asked):
    response = client.post(asked["path"], data={"decision": "agree"})
    assert response.status_code == 400
    assert not _can_view(app, asked)


def test_unknown_decision_is_a_clear_error(app, client, asked):
    token = csrf_token_from(client, asked["path"])
    response = client.post(asked["path"], data={"decision": "maybe", "csrf_token": token})
    assert response.status_code == 422
    assert not _can_view(app, asked)


@pytest.mark.parametrize("path", ["/consent/not-a-token", "/consent/abc.def.ghi"])
def test_forged_notice_links_are_not_found(client, path):
    assert client.get(path).status_code == 404


def test_tampered_notice_link_is_not_found(client, asked):
    assert client.get(asked["path"][:-2] + "xx").status_code == 404


def _granted_by_chat(app, asked) -> int:
    from marketplace.channels.models import Customer
    from marketplace.consent.models import ConsentRequest

    with app.app_context():
        customer = db.session.get(Customer, asked["customer_id"])
        consent_request = db.session.get(ConsentRequest, asked["request_id"])
        answers.handle_customer_choice(customer, inbound(customer), "agree",
                                        consent_request.public_id)
        db.session.commit()
        return db.session.scalar(sa.select(ConsentEvent.id))


def test_admin_proof_shows_exact_text_checked_against_hash(app, client, asked, make_user,
                                                           login_as):
    event_id = _granted_by_chat(app, asked)
    login_as(make_user(Role.ADMIN))
    switch_language(client, "en")
    page = client.get(f"/admin/consents/{event_id}").get_data(as_text=True)
    with app.app_context():
        notice = db.session.scalar(sa.select(ConsentNotice))
    assert notice.sha256 in page
    assert "Text matches its SHA-256" in page
    assert "Dachdeckerei Muster GmbH" in page
    assert "wamid." in page  # the inbound message that carried the tap


def test_admin_proof_detects_a_text_that_no_longer_matches(app, client, asked, make_user,
                                                           login_as):
    event_id = _granted_by_chat(app, asked)
    with app.app_context():
        # Simulate tampering below the application (triggers off for this one write).
        on_table = " ON consent_notice" if db.engine.dialect.name == "postgresql" else ""
        db.session.execute(sa.text(f"DROP TRIGGER IF EXISTS consent_notice_immutable{on_table}"))
        db.session.execute(sa.text("UPDATE consent_notice SET text = text || ' changed'"))
        db.session.commit()
    login_as(make_user(Role.ADMIN))
    switch_language(client, "en")
    page = client.get(f"/admin/consents/{event_id}").get_data(as_text=True)
    assert "does NOT match" in page


def test_admin_csv_export_lists_every_record(app, client, asked, make_user, login_as):
    _granted_by_chat(app, asked)
    login_as(make_user(Role.ADMIN))
    response = client.get("/admin/consents.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert len(rows) == 1
    assert rows[0]["action"] == "grant"
    assert rows[0]["business"] == "Dachdeckerei Muster GmbH"
    assert rows[0]["notice_hash_verified"] == "yes"
    assert rows[0]["evidence_ref"].startswith("wamid.")


def test_admin_list_and_console_link(app, client, asked, make_user, login_as):
    _granted_by_chat(app, asked)
    login_as(make_user(Role.ADMIN))
    assert "/admin/consents" in client.get("/admin/").get_data(as_text=True)
    page = client.get("/admin/consents?action=grant").get_data(as_text=True)
    assert asked["reference"] in page


def test_business_users_cannot_open_consent_admin(client, asked, make_user, login_as):
    from marketplace.tenancy.models import Tenant as TenantModel

    tenant = TenantModel(id=asked["tenant_id"])
    login_as(make_user(Role.OWNER, tenant))
    assert client.get("/admin/consents").status_code == 404
    assert client.get("/admin/consents.csv").status_code == 404


def test_business_dashboard_shows_withdrawal_notice(app, client, asked, make_user, login_as):
    from marketplace.channels.models import Customer

    _granted_by_chat(app, asked)
    with app.app_context():
        customer = db.session.get(Customer, asked["customer_id"])
        answers.handle_customer_choice(customer, inbound(customer), "withdraw", "all")
        db.session.commit()
    login_as(make_user(Role.OWNER, Tenant(id=asked["tenant_id"])))
    switch_language(client, "en")
    page = client.get("/dashboard/").get_data(as_text=True)
    assert f"Consent withdrawn for job {asked['reference']}" in page


RECEIPT_REQUIRED = {"version", "jurisdiction", "consentTimestamp", "collectionMethod",
                    "consentReceiptID", "language", "piiPrincipalId", "piiControllers",
                    "policyUrl", "services", "sensitive", "spiCat"}


def test_admin_receipt_has_the_kantara_fields(app, client, asked, make_user, login_as):
    event_id = _granted_by_chat(app, asked)
    login_as(make_user(Role.ADMIN))
    receipt = client.get(f"/admin/consents/{event_id}/receipt.json").get_json()
    assert set(receipt) >= RECEIPT_REQUIRED
    assert receipt["version"] == "KI-CR-v1.1.0"
    assert receipt["collectionMethod"] == "chat button or keyword"
    purpose = receipt["services"][0]["purposes"][0]
    assert purpose["thirdPartyName"] == "Dachdeckerei Muster GmbH"
    assert purpose["termination"] == "job closed + 30 days"
    assert purpose["consentType"] == "EXPLICIT"
    with app.app_context():
        event = db.session.get(ConsentEvent, event_id)
        assert receipt["consentReceiptID"] == event.public_id
        assert receipt["noticeSha256"] == event.notice_sha256
