"""The consent ledger through its services, on the real database."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DatabaseError

from marketplace import clock
from marketplace.accounts.models import Role, User
from marketplace.consent import answers, asking, expiry, ledger, tasks, withdrawal
from marketplace.consent.models import (
    BusinessNotice,
    ConsentAction,
    ConsentEvent,
    ConsentNotice,
    ConsentPurpose,
    ConsentRequest,
    ImmutableRowError,
)
from marketplace.consent.notice import notice_sha256, verify_notice
from marketplace.db import db
from marketplace.errors import Conflict, NotFound
from marketplace.quotes.models import LeadStatus
from marketplace.tenancy import recipients as tenancy_recipients
from marketplace.tenancy.models import Tenant
from tests.consent.factories import (
    inbound,
    make_customer,
    make_job,
    make_lead,
    outbound_messages,
)


@pytest.fixture
def business(app_ctx, make_tenant):
    tenant = make_tenant("Dachdeckerei Muster GmbH")
    tenant = db.session.get(Tenant, tenant.id)
    tenant.street, tenant.postcode, tenant.city = "Hauptstr. 1", "80331", "München"
    db.session.commit()
    return tenant


@pytest.fixture
def other_business(app_ctx, make_tenant):
    return db.session.get(Tenant, make_tenant("Sanitär Yilmaz").id)


def _owner(make_user, tenant: Tenant) -> User:
    return db.session.get(User, make_user(Role.OWNER, tenant).id)


def _ask(tenant, *, channel="whatsapp", language="de", photos=3):
    customer = make_customer(channel=channel, language=language)
    job = make_job(customer, photos=photos)
    lead = make_lead(tenant, job)
    consent_request = asking.request_media_consent(lead)
    return customer, job, lead, consent_request


def _agree(customer, consent_request):
    choice = f"consent:agree:{consent_request.public_id}"
    answers.handle_customer_choice(customer, inbound(customer, choice_id=choice), "agree",
                                    consent_request.public_id)
    db.session.commit()


def test_request_sends_one_message_with_buttons_and_notice_link(business):
    customer, job, _lead, consent_request = _ask(business)

    sent = outbound_messages(customer, "consent_request")
    assert len(sent) == 1
    choices = [choice["id"] for choice in sent[0].payload["choices"]]
    assert choices == [f"consent:agree:{consent_request.public_id}",
                       f"consent:decline:{consent_request.public_id}"]
    assert "/consent/" in sent[0].payload["link_url"]
    assert business.name in sent[0].text
    assert job.reference in sent[0].text
    assert "WIDERRUF" in sent[0].text
    assert ledger.consent_state(business, job) == ledger.ConsentState.PENDING
    assert not ledger.can_view_media(business, job)


def test_asking_twice_under_the_same_recipient_list_sends_nothing_new(business):
    customer, _job, lead, _request = _ask(business)
    assert asking.request_media_consent(lead) is None
    assert len(outbound_messages(customer, "consent_request")) == 1


def test_no_request_when_the_job_has_no_photos(business):
    _customer, _job, _lead, consent_request = _ask(business, photos=0)
    assert consent_request is None


def test_notice_names_every_recipient_purpose_retention_and_withdrawal(business, make_user):
    owner = _owner(make_user, business)
    tenancy_recipients.add_subcontractor(business, owner, name="Gerüstbau Huber",
                                       street="Ringstr. 5", postcode="80333", city="München",
                                       services="Scaffolding")
    _customer, job, _lead, consent_request = _ask(business, channel="whatsapp")
    text = consent_request.notice.text
    for expected in ("Handwerk direkt", "Dachdeckerei Muster GmbH", "Hauptstr. 1",
                     "Gerüstbau Huber", "Ringstr. 5", "WhatsApp Ireland", "USA",
                     job.reference, "30", "WIDERRUF"):
        assert expected in text, expected
    assert consent_request.notice.sha256 == notice_sha256(text)
    assert verify_notice(consent_request.notice)


def test_notice_in_english_for_english_customers_and_no_operator_for_webchat(business):
    _customer, job, _lead, consent_request = _ask(business, channel="webchat", language="en")
    text = consent_request.notice.text
    for expected in ("Purpose", "WITHDRAW", job.reference):
        assert expected in text
    assert "Meta" not in text
    assert "Telegram" not in text
    assert consent_request.notice.language == "en"


@pytest.mark.parametrize(("channel", "operator"), [
    ("messenger", "Meta Platforms Ireland"), ("telegram", "Telegram")])
def test_notice_names_the_messenger_operator(business, channel, operator):
    _customer, _job, _lead, consent_request = _ask(business, channel=channel)
    assert operator in consent_request.notice.text


def test_agree_by_button_grants_only_this_business_with_evidence(business, other_business):
    customer, job, _lead, consent_request = _ask(business)
    make_lead(other_business, job)
    _agree(customer, consent_request)

    event = db.session.scalar(sa.select(ConsentEvent))
    assert event.action == ConsentAction.GRANT
    assert event.tenant_id == business.id
    assert event.purpose == ConsentPurpose.MEDIA_SHARING
    assert event.notice_sha256 == consent_request.notice.sha256
    assert event.via_message_id is not None
    assert event.evidence_ref.startswith("wamid.")
    assert event.channel == "whatsapp"
    assert ledger.can_view_media(business, job)
    assert not ledger.can_view_media(other_business, job)
    receipts = outbound_messages(customer, "consent_receipt")
    assert len(receipts) == 1
    assert event.public_id in receipts[0].text


def test_the_same_tap_twice_is_recorded_once(business):
    customer, _job, _lead, consent_request = _ask(business)
    _agree(customer, consent_request)
    _agree(customer, consent_request)
    assert db.session.scalar(sa.select(sa.func.count(ConsentEvent.id))) == 1


def test_decline_keeps_photos_hidden_and_sends_receipt(business):
    customer, job, _lead, consent_request = _ask(business)
    answers.handle_customer_choice(customer, inbound(customer), "decline",
                                    consent_request.public_id)
    db.session.commit()
    assert not ledger.can_view_media(business, job)
    assert ledger.consent_state(business, job) == ledger.ConsentState.DECLINED
    assert len(outbound_messages(customer, "consent_receipt")) == 1


def test_another_customer_cannot_answer_a_request(business):
    _customer, job, _lead, consent_request = _ask(business)
    stranger = make_customer()
    with pytest.raises(NotFound):
        answers.handle_customer_choice(stranger, inbound(stranger), "agree",
                                        consent_request.public_id)
    assert not ledger.can_view_media(business, job)


def test_new_subcontractor_stops_old_grant_and_needs_a_new_consent(business, make_user):
    owner = _owner(make_user, business)
    customer, job, lead, consent_request = _ask(business)
    _agree(customer, consent_request)
    assert ledger.can_view_media(business, job)

    tenancy_recipients.add_subcontractor(business, owner, name="Spengler Maier",
                                       street="Weg 2", postcode="80335", city="München",
                                       services="Gutters")
    assert not ledger.can_view_media(business, job)
    assert ledger.consent_state(business, job) == ledger.ConsentState.NEEDS_REFRESH

    fresh = asking.request_media_consent(lead)
    assert fresh is not None
    assert fresh.recipient_list_version > consent_request.recipient_list_version
    assert "Spengler Maier" in fresh.notice.text
    _agree(customer, fresh)
    assert ledger.can_view_media(business, job)


def test_agreeing_to_an_outdated_request_is_refused_and_asked_again(business, make_user):
    owner = _owner(make_user, business)
    customer, job, _lead, consent_request = _ask(business)
    tenancy_recipients.add_subcontractor(business, owner, name="Blech GmbH", street="A 1",
                                       postcode="80335", city="München", services="Metal")
    _agree(customer, consent_request)
    assert not ledger.can_view_media(business, job)
    assert db.session.scalar(sa.select(sa.func.count(ConsentEvent.id))) == 0
    requests = outbound_messages(customer, "consent_request")
    assert len(requests) == 2
    assert "Blech GmbH" in requests[1].text
    assert db.session.scalar(sa.select(sa.func.count(ConsentRequest.id))) == 2
    assert len(outbound_messages(customer, "consent_receipt")) == 1


def test_widerruf_lists_businesses_and_one_tap_withdraws_at_once(business, other_business):
    customer, job, _lead, request_a = _ask(business)
    lead_b = make_lead(other_business, job)
    _agree(customer, request_a)
    # Once asked for this job, a second business gets its own request.
    request_b = asking.request_media_consent(lead_b)
    _agree(customer, request_b)

    withdrawal.start_withdrawal(customer, inbound(customer, text="WIDERRUF"))
    db.session.commit()
    listing = outbound_messages(customer, "consent_request")[-1]
    ids = [choice["id"] for choice in listing.payload["choices"]]
    # Sorted by business name: Dachdeckerei before Sanitär.
    assert ids == [f"consent:withdraw:{business.id}", f"consent:withdraw:{other_business.id}",
                   "consent:withdraw:all"]

    answers.handle_customer_choice(customer, inbound(customer), "withdraw", str(business.id))
    db.session.commit()
    assert not ledger.can_view_media(business, job)
    assert ledger.can_view_media(other_business, job)
    notice = db.session.scalar(sa.select(BusinessNotice))
    assert notice.tenant_id == business.id
    assert notice.job_reference == job.reference

    answers.handle_customer_choice(customer, inbound(customer), "withdraw", "all")
    db.session.commit()
    assert not ledger.can_view_media(other_business, job)
    assert ledger.active_grants_of(customer) == []


def test_widerruf_without_active_grants_says_so(business):
    customer = make_customer(language="en")
    withdrawal.start_withdrawal(customer, inbound(customer, text="WITHDRAW"))
    db.session.commit()
    assert "no active consents" in outbound_messages(customer)[-1].text


def test_grant_ends_when_job_closed_plus_retention(business, frozen_clock):
    customer, job, _lead, consent_request = _ask(business)
    _agree(customer, consent_request)
    job.closed_at = clock.now()
    db.session.commit()
    frozen_clock(days=29)
    assert ledger.can_view_media(business, job)
    frozen_clock(days=1, seconds=1)
    assert not ledger.can_view_media(business, job)
    expired = expiry.expire_ended_grants()
    db.session.commit()
    assert [event.action for event in expired] == [ConsentAction.EXPIRE]
    assert ledger.consent_state(business, job) == ledger.ConsentState.EXPIRED
    assert expiry.expire_ended_grants() == []


def test_consent_rows_cannot_be_changed(business):
    customer, _job, _lead, consent_request = _ask(business)
    _agree(customer, consent_request)
    event = db.session.scalar(sa.select(ConsentEvent))
    event.action = ConsentAction.DECLINE
    with pytest.raises(ImmutableRowError):
        db.session.flush()
    db.session.rollback()


def test_database_refuses_to_rewrite_consent_evidence(business):
    customer, _job, _lead, consent_request = _ask(business)
    _agree(customer, consent_request)
    with pytest.raises(DatabaseError), db.session.begin_nested():
        db.session.execute(sa.text("UPDATE consent_event SET action = 'decline'"))
    with pytest.raises(DatabaseError), db.session.begin_nested():
        db.session.execute(sa.text("UPDATE consent_notice SET text = 'other words'"))
    assert db.session.scalar(sa.select(ConsentEvent.action)) == ConsentAction.GRANT
    assert all(verify_notice(notice) for notice in db.session.scalars(sa.select(ConsentNotice)))


def test_contact_details_only_after_quote_accepted_and_contact_consent(business):
    customer, job, lead, _request = _ask(business, language="en")
    with pytest.raises(Conflict):
        asking.request_contact_consent(lead)
    assert not ledger.can_see_contact(business, job)

    lead.status = LeadStatus.WON
    db.session.commit()
    contact_request = asking.request_contact_consent(lead)
    assert contact_request.purpose == ConsentPurpose.CONTACT_SHARING
    # This customer gave a name but no phone number: only the name is named.
    assert "What is shared: name. Nothing else." in contact_request.notice.text
    assert "phone number" not in contact_request.notice.text
    assert not ledger.can_see_contact(business, job)
    _agree(customer, contact_request)
    assert ledger.can_see_contact(business, job)
    # Media sharing is a separate purpose: contact consent opens no photos.
    assert not ledger.can_view_media(business, job)


def test_request_task_is_safe_to_run_twice_and_ignores_missing_leads(business):
    customer = make_customer()
    job = make_job(customer)
    lead = make_lead(business, job)
    db.session.commit()
    tasks.request_media_consent(lead.id)
    tasks.request_media_consent(lead.id)
    tasks.request_media_consent(999_999)
    assert len(outbound_messages(customer, "consent_request")) == 1
    assert db.session.scalar(sa.select(sa.func.count(ConsentRequest.id))) == 1


def test_opted_out_customer_gets_no_request_message(business):
    customer = make_customer()
    customer.opted_out_at = clock.now()
    job = make_job(customer)
    lead = make_lead(business, job)
    asking.request_media_consent(lead)
    assert outbound_messages(customer) == []


def test_receipt_carries_a_one_tap_withdraw_for_exactly_this_consent(business):
    customer, job, lead, media_request = _ask(business)
    _agree(customer, media_request)
    lead.status = LeadStatus.WON
    db.session.commit()
    contact_request = asking.request_contact_consent(lead)
    _agree(customer, contact_request)
    receipt = outbound_messages(customer, "consent_receipt")[0]
    assert [choice["id"] for choice in receipt.payload["choices"]] == [
        f"consent:revoke:{media_request.public_id}"]

    answers.handle_customer_choice(customer, inbound(customer), "revoke",
                                    media_request.public_id)
    db.session.commit()
    assert not ledger.can_view_media(business, job)
    # The other purpose stays as the customer left it.
    assert ledger.can_see_contact(business, job)
    withdrawal_receipt = outbound_messages(customer, "consent_receipt")[-1]
    assert withdrawal_receipt.payload["choices"] == []


def test_new_subcontractor_makes_the_sweep_ask_open_jobs_again_once(business, make_user):
    owner = _owner(make_user, business)
    customer, _job, _lead, consent_request = _ask(business)
    _agree(customer, consent_request)
    closed_customer, closed_job, _closed_lead, closed_request = _ask(business)
    _agree(closed_customer, closed_request)
    closed_job.closed_at = clock.now()
    db.session.commit()
    assert asking.reask_after_recipient_change() == 0

    tenancy_recipients.add_subcontractor(business, owner, name="Gerüst Neu", street="Weg 9",
                                       postcode="80331", city="München", services="Gerüst")
    assert asking.reask_after_recipient_change() == 1
    assert asking.reask_after_recipient_change() == 0
    requests = outbound_messages(customer, "consent_request")
    assert len(requests) == 2
    assert "Gerüst Neu" in requests[1].text
    assert len(outbound_messages(closed_customer, "consent_request")) == 1


def test_reask_sweep_is_registered():
    from marketplace.wiring import periodic_task_table

    assert "marketplace.consent.tasks.reask_after_recipient_change" in {
        task.path for task in periodic_task_table()}


def test_new_notice_wording_needs_a_fresh_consent(business, monkeypatch):
    from marketplace.consent import notice as notice_module

    customer, job, _lead, consent_request = _ask(business)
    _agree(customer, consent_request)
    assert ledger.can_view_media(business, job)

    monkeypatch.setattr(notice_module, "NOTICE_VERSION", "2099-01.1")
    assert not ledger.can_view_media(business, job)
    assert ledger.consent_state(business, job) == ledger.ConsentState.NEEDS_REFRESH
    # Agreeing to the request with the old wording is refused and asked again.
    _agree(customer, consent_request)
    assert not ledger.can_view_media(business, job)
    fresh = db.session.scalar(sa.select(ConsentRequest).order_by(ConsentRequest.id.desc()))
    assert fresh.notice.version == "2099-01.1"
    assert "2099-01.1" in fresh.notice.text
    assert asking.reask_after_recipient_change() == 0  # already asked with the new text
    _agree(customer, fresh)
    assert ledger.can_view_media(business, job)


def test_contact_details_are_released_only_with_won_lead_and_consent(business,
                                                                      other_business):
    customer = make_customer(channel="whatsapp", language="en", phone="+4915100000009",
                             name="Erika Muster")
    job = make_job(customer)
    lead = make_lead(business, job)
    other_lead = make_lead(other_business, job)
    assert ledger.contact_details(business, job) is None
    lead.status = LeadStatus.WON
    other_lead.status = LeadStatus.LOST
    db.session.commit()
    assert ledger.contact_details(business, job) is None
    _agree(customer, asking.request_contact_consent(lead))
    details = ledger.contact_details(business, job)
    assert details == ledger.ContactDetails(name="Erika Muster", phone="+4915100000009",
                                              email=None)
    assert ledger.contact_details(other_business, job) is None


def test_contact_question_names_only_the_details_that_exist(business):
    customer = make_customer(channel="webchat", language="de", name="Erika Muster")
    job = make_job(customer, photos=0)
    job.contact_email = "erika@example.org"
    lead = make_lead(business, job, status=LeadStatus.WON)
    db.session.commit()
    contact_request = asking.request_contact_consent(lead)
    text = outbound_messages(customer, "consent_request")[-1].payload["text"]
    assert "Kontaktdaten (Name und E-Mail-Adresse)" in text
    assert "Telefon" not in text
    assert "Was weitergegeben wird: Name und E-Mail-Adresse." in contact_request.notice.text
    assert "Telefon" not in contact_request.notice.text
    assert verify_notice(contact_request.notice)
    _agree(customer, contact_request)
    receipt = outbound_messages(customer, "consent_receipt")[-1].payload["text"]
    assert "Kontaktdaten (Name und E-Mail-Adresse)" in receipt
    from marketplace.consent.models import ConsentEvent
    from marketplace.consent.receipts import kantara_receipt

    grant = db.session.scalars(sa.select(ConsentEvent).where(
        ConsentEvent.customer_id == customer.id).order_by(ConsentEvent.id.desc())).first()
    [service] = kantara_receipt(grant)["services"]
    assert service["purposes"][0]["piiCategory"] == ["name", "e-mail address"]


def test_no_contact_consent_is_asked_when_only_the_chat_exists(business):
    """Contact "in this chat", no name, no phone: there is nothing to pass on, so the
    customer is not asked to consent to sharing data that does not exist."""
    customer = make_customer(channel="webchat", language="en")
    customer.display_name = None
    job = make_job(customer, photos=0)
    assert job.contact_preference == "chat"
    lead = make_lead(business, job, status=LeadStatus.WON)
    db.session.commit()
    assert asking.request_contact_consent(lead) is None
    assert outbound_messages(customer, "consent_request") == []
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ConsentRequest).where(
        ConsentRequest.customer_id == customer.id)) == 0
    assert ledger.contact_details(business, job) is None


def test_a_withdrawal_closes_the_earlier_withdraw_buttons_in_the_chat(business):
    from marketplace.channels.schemas import message_json

    customer, _job, _lead, consent_request = _ask(business, channel="webchat")
    _agree(customer, consent_request)
    revoke_id = f"consent:revoke:{consent_request.public_id}"
    receipt = outbound_messages(customer, "consent_receipt")[-1]
    assert [choice["id"] for choice in receipt.payload["choices"]] == [revoke_id]

    answers.handle_customer_choice(customer, inbound(customer, choice_id="consent:withdraw:all"),
                                    "withdraw", "all")
    db.session.commit()
    withdrawn = outbound_messages(customer, "consent_receipt")[-1]
    assert "widerrufen" in withdrawn.text
    assert message_json(withdrawn)["closes"] == [revoke_id]

    # The stale button, tapped anyway (another device, an old page): a plain answer that
    # closes it there too, and nothing is recorded.
    events_before = db.session.scalar(sa.select(sa.func.count()).select_from(ConsentEvent))
    answers.handle_customer_choice(customer, inbound(customer, choice_id=revoke_id),
                                    "revoke", consent_request.public_id)
    db.session.commit()
    answer = outbound_messages(customer, "consent_receipt")[-1]
    assert "nichts zu widerrufen" in answer.text.lower()
    assert message_json(answer)["closes"] == [revoke_id]
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ConsentEvent)) == \
        events_before
