"""LÖSCHEN keeps what the law requires, without the person: the accepted quote as the
business's commercial record and the proof of consent. The business still sees its quote,
the receipt says what stays, why and how long, and the sweep ends each at its date."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa

from marketplace import clock
from marketplace.accounts import services as account_services
from marketplace.accounts.models import Role
from marketplace.channels.models import Customer
from marketplace.consent import answers as consent_answers
from marketplace.consent import asking as consent_asking
from marketplace.consent.models import ConsentEvent, ConsentPurpose, ConsentRequest
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.privacy.models import DeletionRecord, RetainedRecord
from marketplace.privacy.retention import purge_expired_data
from marketplace.quotes import business_side
from marketplace.quotes import customer_side as quotes_customer_side
from marketplace.quotes.models import Lead, Quote
from marketplace.tenancy import registration
from marketplace.tenancy.models import Tenant

# The fake Graph API and the signed webhooks of the channels tests.
from tests.channels.conftest import _provider_server, providers  # noqa: F401
from tests.channels.test_stop_privacy_answers import WA_ID, MessengerCustomer
from tests.conftest import login
from tests.consent.factories import inbound, make_customer, make_job, make_lead
from tests.privacy.test_privacy import _erase_by_chat, _rows_pointing_at

NAME = "Erika Kanarienvogel"
PHONE = "+4917099887766"
CONTACT_PHONE = "0170 9988776"
EMAIL = "erika.kanarienvogel@example.org"
STREET = "Lindenstraße 7"
PERSONAL = ("Erika", "Kanarienvogel", "9988776", "99887766", "example.org", "Lindenstraße",
            "80331")


def _won_job(customer: Customer, winner: Tenant, loser: Tenant) -> tuple[JobRequest, Quote]:
    """The customer's job: photos granted to the winner and refused to the other business,
    the winner's quote accepted and the contact details shared with it."""
    owner = account_services.create_user(email=f"owner-{winner.id}@retained.example",
                                         password="correct-horse-battery", role=Role.OWNER,
                                         tenant=winner)
    job = make_job(customer, photos=1,
                   description=f"Dach undicht, {STREET}, Tel. {CONTACT_PHONE}")
    job.contact_phone, job.contact_email = CONTACT_PHONE, EMAIL
    lead = make_lead(winner, job)
    other = make_lead(loser, job)
    db.session.commit()
    for each, answer in ((lead, "agree"), (other, "decline")):
        consent_request = consent_asking.request_media_consent(each)
        consent_answers.handle_customer_choice(customer, inbound(customer), answer,
                                               consent_request.public_id)
        db.session.commit()
    quote = business_side.submit_quote(winner, owner, lead_id=lead.id, data={
        "price_kind": "fixed", "net_amount_cents": 120_000, "net_amount_max_cents": None,
        "line_items": [{"description": "Dachrinne bei Frau Kanarienvogel erneuern",
                        "net_amount_cents": 80_000},
                       {"description": "Gerüst", "net_amount_cents": 40_000}],
        "earliest_start": clock.now().date() + timedelta(days=10), "valid_until": None,
        "message": f"Ich rufe Sie unter {CONTACT_PHONE} an, Frau Kanarienvogel ({EMAIL}). "
                   f"Treffpunkt {STREET}."})
    quotes_customer_side.handle_customer_choice(customer, inbound(customer), "accept",
                                                str(quote.id))
    db.session.commit()
    contact_request = db.session.scalar(sa.select(ConsentRequest).where(
        ConsentRequest.tenant_id == winner.id,
        ConsentRequest.purpose == ConsentPurpose.CONTACT_SHARING))
    consent_answers.handle_customer_choice(customer, inbound(customer), "agree",
                                           contact_request.public_id)
    db.session.commit()
    return job, quote


@pytest.fixture
def businesses(app_ctx):
    winner = registration.create_tenant(name="Dachdeckerei Aufbewahrung")
    loser = registration.create_tenant(name="Zimmerei Absage")
    return winner, loser


def _retained(kind: str) -> list[RetainedRecord]:
    return list(db.session.scalars(sa.select(RetainedRecord).where(
        RetainedRecord.kind == kind).order_by(RetainedRecord.id)))


def test_erasure_keeps_the_won_quote_and_the_consent_proofs_without_the_person(
        businesses, frozen_clock):
    winner, loser = businesses
    customer = make_customer(channel="whatsapp", name=NAME, phone=PHONE)
    job, _quote = _won_job(customer, winner, loser)
    customer_id, external_id, reference = customer.id, customer.external_id, job.reference
    job_ids, media_ids = [job.id], [media.id for media in job.media]
    consent_events = db.session.scalar(sa.select(sa.func.count(ConsentEvent.id)).where(
        ConsentEvent.customer_id == customer_id))
    assert consent_events == 3  # photos granted and refused, contact details granted

    _erase_by_chat(customer)

    [kept] = _retained("awarded_quote")
    assert (kept.tenant_id, kept.job_reference) == (winner.id, reference)
    # Ten years from the end of the year of acceptance (2026): § 147 AO, § 257 HGB.
    assert kept.keep_until == date(2036, 12, 31)
    assert "§ 257" in kept.legal_basis
    assert "§ 147" in kept.legal_basis
    terms = kept.data["quote"]
    assert terms["net_amount_cents"] == 120_000
    assert terms["gross_amount_cents"] == 142_800
    assert terms["status"] == "accepted"
    assert [item["net_amount_cents"] for item in terms["line_items"]] == [80_000, 40_000]
    assert terms["accepted_at"].startswith("2026-11-02")
    assert kept.data["trade"] == "dachdecker"
    assert kept.data["postcode_area"] == "803xx"
    assert "Gerüst" in json.dumps(kept.data, ensure_ascii=False)

    proofs = _retained("consent_proof")
    assert len(proofs) == consent_events
    assert {proof.tenant_id for proof in proofs} == {winner.id, loser.id}
    assert {(proof.data["purpose"], proof.data["action"]) for proof in proofs} >= {
        ("media_sharing", "grant"), ("media_sharing", "decline"),
        ("contact_sharing", "grant")}
    assert all(proof.keep_until == date(2029, 12, 31) for proof in proofs)
    assert all(len(proof.data["notice_sha256"]) == 64 for proof in proofs)
    assert all("evidence_ref" not in proof.data for proof in proofs)

    everything = json.dumps([record.data for record in _retained("awarded_quote") + proofs],
                            ensure_ascii=False)
    for personal in (*PERSONAL, external_id, f"customer:{customer_id}", "customer_id"):
        assert personal not in everything, personal
    assert not re.search(r"\+?49\s?170", everything)

    # Everything else is gone: the customer, the job, the leads, the quote, the ledger rows.
    assert _rows_pointing_at(customer_id, job_ids, [], media_ids) == []
    assert db.session.scalar(sa.select(sa.func.count(Lead.id))) == 0
    assert db.session.scalar(sa.select(sa.func.count(Quote.id))) == 0
    assert db.session.scalar(sa.select(sa.func.count(ConsentEvent.id))) == 0
    record = db.session.scalar(sa.select(DeletionRecord))
    assert record.counts["kept_awarded_quote"] == 1
    assert record.counts["kept_consent_proof"] == consent_events


def test_a_customer_without_an_accepted_quote_leaves_only_consent_proofs(businesses):
    winner, _loser = businesses
    customer = make_customer(channel="whatsapp", name=NAME, phone=PHONE)
    job = make_job(customer, photos=1)
    lead = make_lead(winner, job)
    db.session.commit()
    consent_request = consent_asking.request_media_consent(lead)
    consent_answers.handle_customer_choice(customer, inbound(customer), "agree",
                                           consent_request.public_id)
    db.session.commit()
    _erase_by_chat(customer)
    assert _retained("awarded_quote") == []
    assert len(_retained("consent_proof")) == 1


def test_the_sweep_ends_each_record_when_its_period_ends(businesses, frozen_clock):
    winner, loser = businesses
    customer = make_customer(channel="whatsapp", name=NAME, phone=PHONE)
    _won_job(customer, winner, loser)
    _erase_by_chat(customer)
    proofs = len(_retained("consent_proof"))

    clock.freeze(datetime(2029, 12, 31, 22, 0, tzinfo=UTC))
    assert purge_expired_data().retained_records_deleted == 0
    clock.freeze(datetime(2030, 1, 1, 1, 0, tzinfo=UTC))
    assert purge_expired_data().retained_records_deleted == proofs
    assert _retained("consent_proof") == []
    assert len(_retained("awarded_quote")) == 1
    assert db.session.scalar(sa.select(DeletionRecord).where(
        DeletionRecord.counts["retained_record"].as_integer() == proofs)) is not None

    clock.freeze(datetime(2036, 12, 31, 12, 0, tzinfo=UTC))
    assert purge_expired_data().retained_records_deleted == 0
    clock.freeze(datetime(2037, 1, 1, 12, 0, tzinfo=UTC))
    assert purge_expired_data().retained_records_deleted == 1
    assert db.session.scalar(sa.select(sa.func.count(RetainedRecord.id))) == 0


def test_the_business_still_sees_its_retained_quote_and_no_one_else_does(app, client):
    with app.app_context():
        winner = registration.create_tenant(name="Dachdeckerei Aufbewahrung")
        loser = registration.create_tenant(name="Zimmerei Absage")
        customer = make_customer(channel="whatsapp", name=NAME, phone=PHONE)
        job, _quote = _won_job(customer, winner, loser)
        reference = job.reference
        _erase_by_chat(customer)
        record_id = _retained("awarded_quote")[0].id
        owner = account_services.create_user(email="chefin@aufbewahrung.example",
                                             password="correct-horse-battery",
                                             role=Role.OWNER,
                                             tenant=db.session.get(Tenant, winner.id))
        stranger = account_services.create_user(email="chef@absage.example",
                                                password="correct-horse-battery",
                                                role=Role.OWNER,
                                                tenant=db.session.get(Tenant, loser.id))
        owner_email, stranger_email = owner.email, stranger.email

    login(client, owner_email)
    dashboard = client.get("/dashboard/").get_data(as_text=True)
    assert "Aufbewahrte Unterlagen" in dashboard
    assert reference in dashboard
    assert "gelöscht auf Wunsch der Kundschaft" in dashboard
    detail = client.get(f"/dashboard/retained/{record_id}")
    assert detail.status_code == 200
    page = detail.get_data(as_text=True)
    assert "1.428,00" in page
    assert "§ 147" in page
    assert "Kanarienvogel" not in page
    assert detail.headers["Cache-Control"] == "no-store"

    other = app.test_client()
    login(other, stranger_email)
    assert other.get(f"/dashboard/retained/{record_id}").status_code == 404
    assert "Aufbewahrte Unterlagen" not in other.get("/dashboard/").get_data(as_text=True)


def test_the_erasure_receipt_names_what_is_kept_why_and_how_long(app, client,
                                                                  providers):  # noqa: F811
    customer = MessengerCustomer("whatsapp", client, providers)
    customer.writes("Hallo")
    with app.app_context():
        winner = registration.create_tenant(name="Dachdeckerei Aufbewahrung")
        loser = registration.create_tenant(name="Zimmerei Absage")
        row = db.session.scalar(sa.select(Customer).where(Customer.external_id == WA_ID))
        _won_job(row, winner, loser)
    customer.received()

    [question] = customer.writes("LÖSCHEN")
    assert "angenommenes Angebot" in question
    choice_id = re.search(r"privacy:erase:[\w-]+", question).group(0)
    [receipt] = customer.taps(choice_id)

    assert "Dachdeckerei Aufbewahrung" in receipt
    assert "10 Jahre" in receipt
    assert "§ 257 HGB" in receipt
    assert "§ 147 AO" in receipt
    assert "Nachweis" in receipt
    assert "3 Jahre" in receipt
    assert "Art. 7" in receipt
    assert "letzte Nachricht" in receipt
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Customer.id))) == 0
        assert db.session.scalar(sa.select(sa.func.count(RetainedRecord.id))) > 0


def test_the_privacy_notice_says_what_an_erasure_keeps(client):
    page = client.get("/datenschutz", headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert "Geschäftsunterlage" in page
    assert "10 Jahre" in page
    assert "§ 147 AO" in page
    assert "Nachweis Ihrer Einwilligungen" in page
    assert "3 Jahre" in page
