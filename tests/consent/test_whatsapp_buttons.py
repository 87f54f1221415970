"""The consent journey by WhatsApp buttons: the request goes out as an interactive message
to the local stand-in for Meta's Graph API; the tap comes back through the signed webhook."""

from __future__ import annotations

import json

import sqlalchemy as sa

from marketplace import clock
from marketplace.channels.models import Customer
from marketplace.consent import asking, ledger
from marketplace.consent.models import ConsentAction, ConsentEvent
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.tenancy.models import Tenant
from tests.channels import conftest as channel_fixtures
from tests.channels.conftest import load_fixture, post_webhook
from tests.consent.factories import make_job, make_lead

# The channel tests' stand-in for Meta's servers, shared here (as `graph_api`).
_provider_server = channel_fixtures._provider_server
graph_api = channel_fixtures.providers

WA_ID = "4915112345678"  # the sender of the documented fixtures


def _tap(button_id: str, title: str, message_id: str) -> bytes:
    """The documented button_reply payload, carrying our button."""
    payload = json.loads(load_fixture("whatsapp", "interactive__button_reply"))
    message = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    message["interactive"]["button_reply"] = {"id": button_id, "title": title}
    message["id"] = message_id
    message["timestamp"] = str(int(clock.now().timestamp()))
    return json.dumps(payload).encode()


def test_whatsapp_agree_button_grants_and_withdraw_button_revokes(app, client, graph_api,
                                                                   make_tenant):
    tenant_id = make_tenant("Dachdeckerei Muster GmbH").id
    with app.app_context():
        customer = Customer(channel="whatsapp", external_id=WA_ID, phone=WA_ID,
                            language="de", last_inbound_at=clock.now())
        db.session.add(customer)
        db.session.flush()
        job = make_job(customer, photos=2)
        lead = make_lead(db.session.get(Tenant, tenant_id), job)
        consent_request = asking.request_media_consent(lead)
        public_id, job_id = consent_request.public_id, job.id
        db.session.remove()

    sent = graph_api.calls("POST", r"/messages$")
    assert len(sent) == 1
    interactive = sent[0].json()["interactive"]
    assert interactive["type"] == "button"
    button_ids = [button["reply"]["id"] for button in interactive["action"]["buttons"]]
    assert button_ids == [f"consent:agree:{public_id}", f"consent:decline:{public_id}"]

    response = post_webhook(client, "whatsapp",
                            _tap(f"consent:agree:{public_id}", "Zustimmen", "wamid.AGREE1"))
    assert response.status_code == 200
    with app.app_context():
        event = db.session.scalar(sa.select(ConsentEvent))
        assert event.action == ConsentAction.GRANT
        assert event.evidence_ref == "wamid.AGREE1"
        assert event.channel == "whatsapp"
        assert ledger.can_view_media(db.session.get(Tenant, tenant_id),
                                       db.session.get(JobRequest, job_id))

    post_webhook(client, "whatsapp",
                 _tap(f"consent:withdraw:{tenant_id}", "Dachdeckerei Muster", "wamid.WD1"))
    with app.app_context():
        actions = list(db.session.scalars(sa.select(ConsentEvent.action).order_by(
            ConsentEvent.id)))
        assert actions == [ConsentAction.GRANT, ConsentAction.WITHDRAW]
        assert not ledger.can_view_media(db.session.get(Tenant, tenant_id),
                                           db.session.get(JobRequest, job_id))
    # Every decision got its receipt through the Graph API.
    texts = [call.json().get("text", {}).get("body", "") for call in
             graph_api.calls("POST", r"/messages$")]
    assert any("Gespeichert" in text for text in texts)


def test_erasure_removes_the_raw_webhooks_that_carried_the_customer(app, client, graph_api):
    from marketplace.channels.models import InboxEvent
    from marketplace.privacy import erasure as privacy_erasure

    body = load_fixture("whatsapp", "text__plain")
    assert post_webhook(client, "whatsapp", body).status_code == 200
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(InboxEvent.id))) == 1
        customer = db.session.scalar(sa.select(Customer).where(Customer.channel == "whatsapp"))
        record = privacy_erasure.erase_customer(customer.id)
        assert record.counts["inbox_event"] == 1
        assert db.session.scalar(sa.select(sa.func.count(InboxEvent.id))) == 0
        assert db.session.scalar(sa.select(sa.func.count(Customer.id))) == 0
