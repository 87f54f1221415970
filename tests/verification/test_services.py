"""The verification rules, on the real database through the real services."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from marketplace.accounts.models import Role
from marketplace.db import db
from marketplace.errors import Forbidden, InvalidInput, InvalidTransition, NotFound
from marketplace.tenancy import profile as tenancy_profile
from marketplace.tenancy.models import TenantStatus, TenantTradeStatus, VerificationStatus
from marketplace.verification import admin_queries, decisions, documents, eligibility
from marketplace.verification.models import (
    DocumentStatus,
    DocumentTradeStatus,
    EventSubject,
    VerificationDocument,
    VerificationEvent,
)
from marketplace.verification.summary import verification_summary
from tests.verification.helpers import (
    jpeg_bytes,
    pdf_bytes,
    png_bytes,
    register,
    upload,
    verify,
)


@pytest.fixture
def admin(app_ctx, make_user):
    return db.session.merge(make_user(Role.ADMIN))


def trade_status(tenant, code):
    db.session.refresh(tenant)
    return next(t.status for t in tenant.trades if t.trade_code == code)


def test_a_new_business_is_unverified_and_not_eligible(app_ctx):
    tenant, _owner = register()
    assert tenant.verification_status == VerificationStatus.UNVERIFIED
    assert eligibility.eligibility_problems(tenant, "dachdecker") == [
        eligibility.PROBLEM_UNVERIFIED, eligibility.PROBLEM_TRADE_NOT_APPROVED,
    ]
    assert not eligibility.is_eligible(tenant, "dachdecker")


def test_uploading_puts_the_business_in_review(app_ctx):
    tenant, owner = register()
    document = upload(tenant, owner, "gewerbeanmeldung", ["dachdecker"])
    assert document.status == DocumentStatus.SUBMITTED
    assert tenant.verification_status == VerificationStatus.PENDING
    assert document.claimed_codes() == ["dachdecker"]
    assert document.content_type == "application/pdf"
    event = db.session.scalars(sa.select(VerificationEvent).where(
        VerificationEvent.document_id == document.id)).one()
    assert (event.actor_id, event.to_status) == (owner.id, "submitted")


def test_licence_plus_master_proof_verifies_and_approves_the_named_trade(app_ctx, admin, outbox):
    outbox.clear()
    tenant, owner = register()
    verify(tenant, owner, admin, ["dachdecker"])
    assert tenant.verification_status == VerificationStatus.VERIFIED
    assert tenant.verified_at is not None
    assert trade_status(tenant, "dachdecker") == TenantTradeStatus.APPROVED
    assert eligibility.is_eligible(tenant, "dachdecker")
    assert any("Ihr Betrieb ist verifiziert" in mail or "verified" in mail
               for mail in outbox.all())


def test_licence_alone_does_not_verify(app_ctx, admin):
    tenant, owner = register()
    licence = upload(tenant, owner, "gewerbeanmeldung", ["dachdecker"])
    decisions.approve_document(admin, document_id=licence.id, approved_trade_codes=["dachdecker"])
    assert tenant.verification_status != VerificationStatus.VERIFIED
    # Anlage A: the licence does not cover the trade.
    assert trade_status(tenant, "dachdecker") == TenantTradeStatus.PENDING
    assert not eligibility.is_eligible(tenant, "dachdecker")


def test_master_proof_alone_does_not_verify(app_ctx, admin):
    tenant, owner = register()
    master = upload(tenant, owner, "handwerkskarte", ["dachdecker"])
    decisions.approve_document(admin, document_id=master.id, approved_trade_codes=["dachdecker"])
    assert tenant.verification_status == VerificationStatus.UNVERIFIED
    assert eligibility.eligibility_problems(tenant, "dachdecker") == [
        eligibility.PROBLEM_UNVERIFIED]


def test_anlage_a_trade_needs_a_proof_naming_that_trade(app_ctx, admin):
    tenant, owner = register(trades=("dachdecker", "zimmerer"))
    verify(tenant, owner, admin, ["dachdecker"], licence_trades=["dachdecker", "zimmerer"])
    assert tenant.verification_status == VerificationStatus.VERIFIED
    assert eligibility.is_eligible(tenant, "dachdecker")
    # The licence names Zimmerer, but no master proof does.
    assert trade_status(tenant, "zimmerer") == TenantTradeStatus.PENDING
    assert eligibility.eligibility_problems(tenant, "zimmerer") == [
        eligibility.PROBLEM_TRADE_NOT_APPROVED]


def test_anlage_b_and_service_trades_need_the_trade_licence(app_ctx, admin):
    tenant, owner = register(trades=("dachdecker", "bodenleger", "umzug"))
    verify(tenant, owner, admin, ["dachdecker"], licence_trades=["dachdecker", "bodenleger"])
    assert eligibility.is_eligible(tenant, "bodenleger")  # B2, on the licence
    assert not eligibility.is_eligible(tenant, "umzug")  # service, not on the licence


def test_per_trade_decision_approves_only_confirmed_trades(app_ctx, admin):
    tenant, owner = register(trades=("dachdecker", "zimmerer"))
    licence = upload(tenant, owner, "gewerbeanmeldung", ["dachdecker", "zimmerer"])
    master = upload(tenant, owner, "meisterbrief", ["dachdecker", "zimmerer"])
    decisions.approve_document(admin, document_id=licence.id,
                              approved_trade_codes=["dachdecker", "zimmerer"])
    decisions.approve_document(admin, document_id=master.id, approved_trade_codes=["dachdecker"])
    statuses = {t.trade_code: t.status for t in master.trades}
    assert statuses == {"dachdecker": DocumentTradeStatus.APPROVED,
                        "zimmerer": DocumentTradeStatus.REJECTED}
    assert "zimmerer" in master.decision_reason
    assert eligibility.is_eligible(tenant, "dachdecker")
    assert not eligibility.is_eligible(tenant, "zimmerer")


def test_approval_cannot_add_trades_the_business_did_not_name(app_ctx, admin):
    tenant, owner = register()
    master = upload(tenant, owner, "meisterbrief", ["dachdecker"])
    with pytest.raises(InvalidInput):
        decisions.approve_document(admin, document_id=master.id,
                                  approved_trade_codes=["dachdecker", "elektrotechniker"])
    with pytest.raises(InvalidInput):
        decisions.approve_document(admin, document_id=master.id, approved_trade_codes=[])


def test_reject_needs_a_reason_and_is_recorded_and_mailed(app_ctx, admin, outbox):
    outbox.clear()
    tenant, owner = register()
    document = upload(tenant, owner, "meisterbrief", ["dachdecker"])
    with pytest.raises(InvalidInput):
        decisions.reject_document(admin, document_id=document.id, reason="  ")
    assert document.status == DocumentStatus.SUBMITTED
    decisions.reject_document(admin, document_id=document.id,
                             reason="Name passt nicht zum Betriebsleiter")
    assert document.status == DocumentStatus.REJECTED
    assert tenant.verification_status == VerificationStatus.REJECTED
    event = documents.history(tenant)[0]
    assert event.subject == EventSubject.VERIFICATION
    decision = next(e for e in documents.history(tenant) if e.to_status == "rejected"
                    and e.subject == EventSubject.DOCUMENT)
    assert (decision.actor_id, decision.reason) == (admin.id, "Name passt nicht zum Betriebsleiter")
    assert any("Name passt nicht zum Betriebsleiter" in mail for mail in outbox.all())


def test_ask_for_more_and_the_answer_queues_the_document_again(app_ctx, admin, frozen_clock):
    tenant, owner = register()
    document = upload(tenant, owner, "meisterbrief", ["dachdecker"])
    decisions.request_more_info(admin, document_id=document.id,
                               reason="Bitte die Rückseite mit Stempel nachreichen")
    assert document.status == DocumentStatus.INFO_REQUESTED
    assert admin_queries.verification_queue(admin) == []
    with pytest.raises(InvalidInput):
        documents.answer_info_request(tenant, owner, document_id=document.id, note="")
    frozen_clock(hours=2)
    old_key = document.storage_key
    documents.answer_info_request(tenant, owner, document_id=document.id,
                                 note="Rückseite angehängt", data=png_bytes())
    assert document.status == DocumentStatus.SUBMITTED
    assert document.content_type == "image/png"
    assert document.storage_key != old_key
    assert [entry.document.id for entry in admin_queries.verification_queue(admin)] == [document.id]


def test_transition_table_refuses_deciding_twice(app_ctx, admin):
    tenant, owner = register()
    document = upload(tenant, owner, "meisterbrief", ["dachdecker"])
    decisions.reject_document(admin, document_id=document.id, reason="unleserlich")
    with pytest.raises(InvalidTransition):
        decisions.approve_document(admin, document_id=document.id,
                                  approved_trade_codes=["dachdecker"])


def test_only_admins_decide(app_ctx):
    tenant, owner = register()
    document = upload(tenant, owner, "meisterbrief", ["dachdecker"])
    with pytest.raises(Forbidden):
        decisions.approve_document(owner, document_id=document.id,
                                  approved_trade_codes=["dachdecker"])
    with pytest.raises(Forbidden):
        decisions.suspend_business(owner, tenant_id=tenant.id, reason="nein")


@pytest.mark.parametrize(("data", "message"), [
    (b"", "leer"),
    (b"MZ\x90\x00 this is an exe", "PDF-, JPEG-"),
    (b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", "PDF-, JPEG-"),
    (b"%PDF-1.4\n garbage without an end marker", "beschädigt"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "beschädigt"),
    (b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024) + b"%%EOF", "10 MB"),
])
def test_uploads_are_checked_by_content(app_ctx, data, message):
    tenant, owner = register()
    with pytest.raises(InvalidInput) as error:
        upload(tenant, owner, "meisterbrief", ["dachdecker"], data=data)
    assert message in error.value.message  # German first: tasks and services default to de
    assert db.session.scalar(sa.select(sa.func.count(VerificationDocument.id))) == 0


def test_accepted_files_are_stored_privately_with_random_names(app_ctx, app):
    tenant, owner = register()
    for data, content_type in ((pdf_bytes(), "application/pdf"), (png_bytes(), "image/png"),
                               (jpeg_bytes(), "image/jpeg")):
        document = upload(tenant, owner, "meisterbrief", ["dachdecker"], data=data)
        path = documents.document_path(document)
        assert document.content_type == content_type
        assert path.startswith(app.config["MEDIA_ROOT"])
        assert "static" not in path
        assert "meisterbrief" not in path
        with open(path, "rb") as handle:
            assert handle.read() == data


def test_document_details_are_required(app_ctx):
    tenant, owner = register()
    with pytest.raises(InvalidInput):
        documents.upload_document(tenant, owner, doc_type="meisterbrief", issuer="",
                                 holder_name="X", trade_codes=["dachdecker"], expires_on=None,
                                 data=pdf_bytes())
    with pytest.raises(InvalidInput):
        documents.upload_document(tenant, owner, doc_type="meisterbrief", issuer="HWK",
                                 holder_name="X", trade_codes=[], expires_on=None,
                                 data=pdf_bytes())
    with pytest.raises(InvalidInput):
        documents.upload_document(tenant, owner, doc_type="passport", issuer="HWK",
                                 holder_name="X", trade_codes=["dachdecker"], expires_on=None,
                                 data=pdf_bytes())
    with pytest.raises(InvalidInput):
        upload(tenant, owner, "meisterbrief", ["dachdecker"], expires_on=date(2001, 1, 1))
    # Liability insurance names no trade.
    insurance = upload(tenant, owner, "haftpflicht", [])
    assert insurance.claimed_codes() == []


def test_crew_cannot_upload(app_ctx, make_user):
    tenant, _owner = register()
    crew = db.session.merge(make_user(Role.CREW, tenant))
    with pytest.raises(Forbidden):
        upload(tenant, crew, "meisterbrief", ["dachdecker"])


def test_suspended_or_paused_business_is_not_eligible(app_ctx, admin):
    tenant, owner = register()
    verify(tenant, owner, admin, ["dachdecker"])
    decisions.suspend_business(admin, tenant_id=tenant.id, reason="Beschwerden prüfen")
    assert eligibility.eligibility_problems(tenant, "dachdecker") == [eligibility.PROBLEM_SUSPENDED]
    with pytest.raises(InvalidInput):
        decisions.suspend_business(admin, tenant_id=tenant.id, reason="")
    decisions.reinstate_business(admin, tenant_id=tenant.id, reason="geklärt")
    assert tenant.status == TenantStatus.ACTIVE
    assert eligibility.is_eligible(tenant, "dachdecker")
    tenancy_profile.set_paused(tenant, owner, paused=True)
    assert eligibility.eligibility_problems(tenant, "dachdecker") == [eligibility.PROBLEM_PAUSED]
    tenancy_profile.set_paused(tenant, owner, paused=False)
    assert eligibility.is_eligible(tenant, "dachdecker")
    subjects = [(e.subject, e.to_status) for e in documents.history(tenant)[:4]]
    assert (EventSubject.PROFILE, "resumed") in subjects
    assert (EventSubject.PROFILE, "paused") in subjects


def test_admin_trade_suspension_outlasts_new_documents(app_ctx, admin):
    tenant, owner = register()
    verify(tenant, owner, admin, ["dachdecker"])
    decisions.suspend_trade(admin, tenant_id=tenant.id, trade_code="dachdecker",
                           reason="Pfusch gemeldet")
    assert trade_status(tenant, "dachdecker") == TenantTradeStatus.SUSPENDED
    assert not eligibility.is_eligible(tenant, "dachdecker")
    extra = upload(tenant, owner, "handwerkskarte", ["dachdecker"])
    decisions.approve_document(admin, document_id=extra.id, approved_trade_codes=["dachdecker"])
    assert trade_status(tenant, "dachdecker") == TenantTradeStatus.SUSPENDED
    decisions.reinstate_trade(admin, tenant_id=tenant.id, trade_code="dachdecker",
                             reason="geklärt")
    assert trade_status(tenant, "dachdecker") == TenantTradeStatus.APPROVED
    assert eligibility.is_eligible(tenant, "dachdecker")


def test_withdrawing_an_approval_removes_eligibility(app_ctx, admin):
    tenant, owner = register()
    _licence, master = verify(tenant, owner, admin, ["dachdecker"])
    decisions.reject_document(admin, document_id=master.id,
                             reason="HWK: Eintrag in der Handwerksrolle gelöscht")
    assert tenant.verification_status == VerificationStatus.UNVERIFIED
    assert trade_status(tenant, "dachdecker") == TenantTradeStatus.SUSPENDED
    assert not eligibility.is_eligible(tenant, "dachdecker")


def test_queue_is_oldest_first_with_waiting_time(app_ctx, admin, frozen_clock):
    first, first_owner = register("Erster Betrieb")
    second, second_owner = register("Zweiter Betrieb")
    older = upload(first, first_owner, "meisterbrief", ["dachdecker"])
    frozen_clock(hours=5)
    newer = upload(second, second_owner, "meisterbrief", ["dachdecker"])
    frozen_clock(hours=1)
    queue = admin_queries.verification_queue(admin)
    assert [entry.document.id for entry in queue] == [older.id, newer.id]
    assert [entry.waiting.total_seconds() / 3600 for entry in queue] == [6, 1]


def test_business_search_and_filters(app_ctx, admin):
    roof, roof_owner = register("Dachdeckerei Adler", postcode="60311")
    paint, _ = register("Maler Blau", trades=("maler-lackierer",), postcode="63065")
    verify(roof, roof_owner, admin, ["dachdecker"])

    def names(**filters):
        return [t.name for t in admin_queries.search_businesses(admin, **filters)]

    assert names(query="adler") == ["Dachdeckerei Adler"]
    assert names(query="63065") == ["Maler Blau"]
    assert names(verification_status="verified") == ["Dachdeckerei Adler"]
    assert names(trade_code="maler-lackierer") == ["Maler Blau"]
    decisions.suspend_business(admin, tenant_id=paint.id, reason="Test der Filter")
    assert names(status="suspended") == ["Maler Blau"]
    with pytest.raises(NotFound):
        admin_queries.business_for_admin(admin, 999_999)


def test_eligibility_for_an_unknown_or_unoffered_trade(app_ctx, admin):
    tenant, owner = register()
    verify(tenant, owner, admin, ["dachdecker"])
    assert eligibility.eligibility_problems(tenant, "elektrotechniker") == [
        eligibility.PROBLEM_TRADE_NOT_APPROVED]
    assert eligibility.eligibility_problems(tenant, "no-such-trade") == [
        eligibility.PROBLEM_TRADE_NOT_APPROVED]


def test_the_business_sees_why_it_or_a_trade_was_suspended(app_ctx, admin):
    tenant, owner = register()
    verify(tenant, owner, admin, ["dachdecker"])
    decisions.suspend_trade(admin, tenant_id=tenant.id, trade_code="dachdecker",
                           reason="Mängel an Baustelle Musterweg")
    decisions.suspend_business(admin, tenant_id=tenant.id, reason="Versicherung abgelaufen")
    summary = verification_summary(tenant)
    assert summary.suspension_reason == "Versicherung abgelaufen"
    assert summary.trade_reasons == {"dachdecker": "Mängel an Baustelle Musterweg"}
