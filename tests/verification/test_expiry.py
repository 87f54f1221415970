"""Expiring documents: reminder 30 days ahead, automatic suspension after the last day,
driven by the periodic task under a controlled clock."""

from __future__ import annotations

from datetime import date

import pytest

from marketplace.accounts.models import Role
from marketplace.db import db
from marketplace.tenancy.models import TenantTradeStatus, VerificationStatus
from marketplace.verification import decisions, documents, eligibility
from marketplace.verification.models import DocumentStatus, EventSubject
from marketplace.verification.tasks import sweep_document_expiry
from marketplace.wiring import periodic_task_table
from tests.verification.helpers import register, upload, verify

# frozen_clock starts at 2026-11-02 09:00 UTC.
EXPIRES = date(2026, 12, 15)


@pytest.fixture
def admin(app_ctx, make_user):
    return db.session.merge(make_user(Role.ADMIN))


def test_the_sweep_is_registered_as_a_periodic_task():
    assert any(task.path == "marketplace.verification.tasks.sweep_document_expiry"
               for task in periodic_task_table())


def test_reminder_30_days_ahead_then_suspension_after_the_last_day(
    app_ctx, admin, frozen_clock, outbox
):
    outbox.clear()
    tenant, owner = register()
    _licence, master = verify(tenant, owner, admin, ["dachdecker"], master_expires=EXPIRES)
    assert eligibility.is_eligible(tenant, "dachdecker")

    sweep_document_expiry()  # 43 days before expiry: nothing to do
    assert master.reminder_sent_at is None

    frozen_clock(days=13)  # 2026-11-15: exactly 30 days before
    outbox.clear()
    sweep_document_expiry()
    assert master.reminder_sent_at is not None
    reminders = [m for m in outbox.all() if "15.12.2026" in m]
    assert len(reminders) == 1
    sweep_document_expiry()  # safe to run twice: no second reminder
    assert len([m for m in outbox.all() if "15.12.2026" in m]) == 1
    assert eligibility.is_eligible(tenant, "dachdecker")

    frozen_clock(days=30)  # 2026-12-15 09:00 UTC: the last valid day
    sweep_document_expiry()
    assert master.status == DocumentStatus.APPROVED
    assert eligibility.is_eligible(tenant, "dachdecker")

    frozen_clock(days=1)  # 2026-12-16: expired
    outbox.clear()
    sweep_document_expiry()
    db.session.refresh(tenant)
    assert master.status == DocumentStatus.EXPIRED
    assert next(t.status for t in tenant.trades) == TenantTradeStatus.SUSPENDED
    assert tenant.verification_status == VerificationStatus.UNVERIFIED
    assert eligibility.eligibility_problems(tenant, "dachdecker") == [
        eligibility.PROBLEM_UNVERIFIED, eligibility.PROBLEM_TRADE_NOT_APPROVED]
    expiry_events = [e for e in documents.history(tenant)
                     if e.subject == EventSubject.DOCUMENT and e.to_status == "expired"]
    assert len(expiry_events) == 1
    assert expiry_events[0].actor_id is None
    assert any("abgelaufen" in m or "expired" in m for m in outbox.all())
    sweep_document_expiry()  # idempotent
    assert len([e for e in documents.history(tenant) if e.to_status == "expired"]) == 1


def test_a_renewed_proof_brings_the_suspended_trade_back(app_ctx, admin, frozen_clock):
    tenant, owner = register()
    verify(tenant, owner, admin, ["dachdecker"], master_expires=EXPIRES)
    frozen_clock(days=45)
    sweep_document_expiry()
    assert not eligibility.is_eligible(tenant, "dachdecker")
    renewed = upload(tenant, owner, "handwerkskarte", ["dachdecker"])
    decisions.approve_document(admin, document_id=renewed.id, approved_trade_codes=["dachdecker"])
    db.session.refresh(tenant)
    assert tenant.verification_status == VerificationStatus.VERIFIED
    assert eligibility.is_eligible(tenant, "dachdecker")


def test_expiry_of_one_proof_keeps_trades_another_proof_covers(app_ctx, admin, frozen_clock):
    tenant, owner = register(trades=("dachdecker", "zimmerer"))
    verify(tenant, owner, admin, ["dachdecker", "zimmerer"],
           licence_trades=["dachdecker", "zimmerer"], master_expires=EXPIRES)
    second = upload(tenant, owner, "ausnahmebewilligung", ["zimmerer"])
    decisions.approve_document(admin, document_id=second.id, approved_trade_codes=["zimmerer"])
    frozen_clock(days=45)
    sweep_document_expiry()
    assert not eligibility.is_eligible(tenant, "dachdecker")
    assert eligibility.is_eligible(tenant, "zimmerer")


def test_a_document_past_its_date_cannot_be_approved(app_ctx, admin, frozen_clock):
    tenant, owner = register()
    document = upload(tenant, owner, "meisterbrief", ["dachdecker"], expires_on=date(2026, 11, 3))
    frozen_clock(days=2)
    with pytest.raises(Exception, match=r"expired|abgelaufen"):
        decisions.approve_document(admin, document_id=document.id,
                                  approved_trade_codes=["dachdecker"])
