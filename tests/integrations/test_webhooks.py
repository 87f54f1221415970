"""Outbound webhooks through the real pages and the real chat: what reaches the business's
receiver (signed, once per event, retried with backoff for a day, nothing it may not see),
what the delivery log shows, and the addresses that are refused."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from marketplace import clock
from marketplace.accounts.models import Role
from marketplace.db import db
from marketplace.integrations import signing
from marketplace.integrations import tasks as integration_tasks
from marketplace.integrations.models import DeliveryStatus, WebhookDelivery
from marketplace.quotes import routing_runs
from marketplace.tenancy.models import Tenant
from tests.conftest import csrf_token_from, login
from tests.integrations.conftest import add_endpoint, secret_from
from tests.quotes.conftest import World
from tests.quotes.test_routing import NEAR
from tests.threads.outgoing_world import post_message
from tests.work.conftest import Office, choice_ids, make_won_job, next_day, quote_of


def _verified(call, secret: str) -> dict:
    header = call.headers[signing.SIGNATURE_HEADER]
    assert signing.verify(secret, header, call.body, now=int(clock.now().timestamp()))
    assert not signing.verify("whsec_someone-else", header, call.body,
                              now=int(clock.now().timestamp()))
    return call.json()


def _business_with_endpoint(app, receiver, **business):
    with app.app_context():
        world = World(app)
        world.neighbours("10115", NEAR)
        tenant = world.business("Dach Nord", postcode="10117", **business)
        owner_email = world.owners[tenant.id].email
    office = app.test_client()
    login(office, owner_email)
    response = add_endpoint(office, receiver.url)
    assert response.status_code == 201
    return world, tenant.id, office, secret_from(response)


def _deliveries(app) -> list[WebhookDelivery]:
    with app.app_context():
        rows = list(db.session.scalars(sa.select(WebhookDelivery).order_by(WebhookDelivery.id)))
        for row in rows:
            db.session.expunge(row)
        return rows


def test_secret_is_shown_once_and_never_again(app, receiver):
    _world, _tenant_id, office, secret = _business_with_endpoint(app, receiver)
    assert secret.startswith("whsec_")
    page = office.get("/dashboard/integrations/")
    text = page.get_data(as_text=True)
    assert secret not in text
    assert secret[:10] in text  # recognisable by its beginning
    assert page.headers["Cache-Control"] == "no-store"


def test_new_lead_reaches_the_receiver_signed_with_masked_contact_details(app, receiver):
    world, _tenant_id, _office, secret = _business_with_endpoint(app, receiver)
    with app.app_context():
        job = world.job(postcode="10115", description=(
            "Dach undicht über dem Bad. Rufen Sie mich an: 0171 2345678, "
            "erika.muster@example.org"))
        routing_runs.route_job(job.id)
        reference = job.reference

    [event] = receiver.events("lead.created")
    call = receiver.calls[0]
    assert call.headers["Content-Type"].startswith("application/json")
    assert call.headers["Webhook-Id"] == event["id"]
    body = _verified(call, secret)
    lead = body["data"]["lead"]
    assert body["type"] == "lead.created"
    assert lead["job_reference"] == reference
    assert "0171" not in call.body
    assert "erika.muster" not in call.body
    assert "Dach undicht" in lead["description"]
    assert set(lead) >= {"id", "postcode_area", "photo_count", "expires_at"}
    assert [row.status for row in _deliveries(app)] == [DeliveryStatus.DELIVERED]


def test_a_failing_receiver_is_retried_with_backoff_then_delivered(app, receiver,
                                                                   frozen_clock):
    world, _tenant_id, office, secret = _business_with_endpoint(app, receiver)
    receiver.answers = [500, 503]
    with app.app_context():
        routing_runs.route_job(world.job(postcode="10115").id)
    [delivery] = _deliveries(app)
    assert (delivery.status, delivery.attempt_count) == (DeliveryStatus.PENDING, 1)
    assert delivery.next_attempt_at == clock.now() + timedelta(minutes=1)

    with app.app_context():
        integration_tasks.send_due_webhooks()  # not due yet: nothing is sent
    assert len(receiver.calls) == 1
    clock.advance(timedelta(minutes=1))
    with app.app_context():
        integration_tasks.send_due_webhooks()
    [delivery] = _deliveries(app)
    assert delivery.next_attempt_at == clock.now() + timedelta(minutes=2)  # doubled
    clock.advance(timedelta(minutes=2))
    with app.app_context():
        integration_tasks.send_due_webhooks()

    assert len(receiver.calls) == 3
    assert len({call.body for call in receiver.calls}) == 1  # the same event every time
    assert len({call.headers["Webhook-Id"] for call in receiver.calls}) == 1
    for call in receiver.calls:
        _verified(call, secret)
    [delivery] = _deliveries(app)
    assert delivery.status == DeliveryStatus.DELIVERED
    log = office.get("/dashboard/integrations/").get_data(as_text=True)
    for answer in ("HTTP 500", "HTTP 503", "HTTP 200"):
        assert answer in log
    assert "Zugestellt" in log


def test_a_receiver_that_keeps_failing_is_given_up_after_a_day_and_shown(
        app, receiver, frozen_clock):
    world, _tenant_id, office, _secret = _business_with_endpoint(app, receiver)
    receiver.answers = [500] * 100
    with app.app_context():
        routing_runs.route_job(world.job(postcode="10115").id)
    for _ in range(60):  # 30 hours in half-hour steps of the worker's sweep
        clock.advance(timedelta(minutes=30))
        with app.app_context():
            integration_tasks.send_due_webhooks()
    [delivery] = _deliveries(app)
    assert delivery.status == DeliveryStatus.GAVE_UP
    assert delivery.finished_at - delivery.created_at <= timedelta(days=1)
    # 1, 2, 4 ... minutes apart, then every 6 hours: about a dozen tries in the day
    assert delivery.attempt_count == len(receiver.calls)
    assert 10 <= delivery.attempt_count <= 14
    log = office.get("/dashboard/integrations/").get_data(as_text=True)
    assert "Nach einem Tag aufgegeben" in log


def test_a_slow_receiver_times_out_and_holds_up_nobody(app, receiver, monkeypatch):
    monkeypatch.setitem(app.config, "WEBHOOK_TIMEOUT_SECONDS", 0.3)
    receiver.pause_seconds = 1.5
    world, _tenant_id, office, _secret = _business_with_endpoint(app, receiver)
    with app.app_context():
        routing_runs.route_job(world.job(postcode="10115").id)
    [delivery] = _deliveries(app)
    assert (delivery.status, delivery.last_error) == (DeliveryStatus.PENDING, "timeout")
    assert "keine Antwort in der Zeit" in office.get(
        "/dashboard/integrations/").get_data(as_text=True)


@pytest.mark.parametrize(("url", "why"), [
    ("http://hooks.example.de/x", "Nur HTTPS-Adressen"),
    ("https://127.0.0.1:8443/x", "privates oder lokales Netz"),
    ("https://10.1.2.3/x", "privates oder lokales Netz"),
    ("https://[::1]/x", "privates oder lokales Netz"),
    ("https://169.254.169.254/latest/meta-data", "privates oder lokales Netz"),
    ("https://user:pw@example.de/x", "vollständige Adresse"),
])
def test_addresses_refused_as_in_production(app, receiver, monkeypatch, url, why):
    _world, _tenant_id, office, _secret = _business_with_endpoint(app, receiver)
    monkeypatch.setitem(app.config, "WEBHOOKS_ALLOW_HTTP", False)
    monkeypatch.setitem(app.config, "WEBHOOKS_ALLOW_INTERNAL_TARGETS", False)
    response = add_endpoint(office, url)
    assert response.status_code == 422
    assert why in response.get_data(as_text=True)
    assert f"<code>{url}</code>" not in office.get("/dashboard/integrations/").get_data(
        as_text=True)


def test_an_address_that_turns_internal_is_not_called(app, receiver, monkeypatch):
    world, _tenant_id, _office, _secret = _business_with_endpoint(app, receiver)
    monkeypatch.setitem(app.config, "WEBHOOKS_ALLOW_INTERNAL_TARGETS", False)
    with app.app_context():
        routing_runs.route_job(world.job(postcode="10115").id)
    assert receiver.calls == []
    [delivery] = _deliveries(app)
    assert delivery.status == DeliveryStatus.PENDING
    assert "privates oder lokales Netz" in delivery.last_error


def test_events_of_a_won_job_reach_only_the_winner(app, client, receiver, frozen_clock):
    won = make_won_job(app, client, accept=False)
    office = Office(app, won.owner)
    response = add_endpoint(office.client, receiver.url)
    secret = secret_from(response)
    loser = Office(app, won.other_owner)
    add_endpoint(loser.client, receiver.url.replace("handwerk", "other"))

    won.chat.taps(f"quote:accept:{quote_of(app, won.lead_id)}")
    [accepted] = receiver.events("quote.accepted")
    assert accepted["data"]["quote"]["lead_id"] == won.lead_id
    assert accepted["data"]["lead"]["status"] == "won"

    clock.advance(timedelta(minutes=5))  # the business writes after the customer's "Hallo"
    post_message(office.client, won.lead_id, "Wir kommen am Montag vorbei.")
    won.chat.received()
    won.chat.writes("Prima, ich bin ab 8 Uhr da.")
    [message] = receiver.events("message.received")
    assert message["data"]["message"]["text"] == "Prima, ich bin ab 8 Uhr da."
    assert message["data"]["lead_id"] == won.lead_id

    day, _ = next_day(5)
    office.propose(won.lead_id, (day, "08:00", "12:00"), kind="work")
    [proposal] = won.chat.received()
    won.chat.taps(choice_ids(proposal)[0])
    [confirmed] = receiver.events("appointment.confirmed")
    assert confirmed["data"]["appointment"]["starts_at"].startswith(day)

    url = f"/dashboard/leads/{won.lead_id}/status"
    office.post(url, {"status": "in_progress"}, lead_id=won.lead_id)
    office.post(url, {"status": "completed"}, lead_id=won.lead_id)
    [completed] = receiver.events("job.completed")
    assert completed["data"]["job_reference"] == won.reference

    assert {call.path for call in receiver.calls} == {"/hooks/handwerk"}  # not the loser's
    for call in receiver.calls:
        _verified(call, secret)
    assert "Erika" not in "".join(call.body for call in receiver.calls)


def test_removing_an_address_cancels_what_waits_and_keeps_the_log(app, receiver,
                                                                  frozen_clock):
    world, _tenant_id, office, _secret = _business_with_endpoint(app, receiver)
    receiver.answers = [500]
    with app.app_context():
        routing_runs.route_job(world.job(postcode="10115").id)
        endpoint_id = db.session.scalar(sa.select(WebhookDelivery.endpoint_id))
    token = csrf_token_from(office, "/dashboard/integrations/")
    office.post(f"/dashboard/integrations/webhooks/{endpoint_id}/remove",
                data={"csrf_token": token})
    clock.advance(timedelta(hours=1))
    with app.app_context():
        integration_tasks.send_due_webhooks()
    assert len(receiver.calls) == 1
    [delivery] = _deliveries(app)
    assert delivery.status == DeliveryStatus.CANCELLED
    assert "Abgebrochen" in office.get("/dashboard/integrations/").get_data(as_text=True)


def test_another_business_and_the_crew_cannot_touch_the_endpoints(app, receiver, make_user):
    world, tenant_id, _office, _secret = _business_with_endpoint(app, receiver)
    with app.app_context():
        other = world.business("Fremd GmbH", postcode="10119")
        other_email = world.owners[other.id].email
        endpoint_id = db.session.scalar(sa.select(sa.text("id FROM webhook_endpoint")))
    stranger = app.test_client()
    login(stranger, other_email)
    token = csrf_token_from(stranger, "/dashboard/integrations/")
    for action in ("remove", "secret"):
        response = stranger.post(f"/dashboard/integrations/webhooks/{endpoint_id}/{action}",
                                 data={"csrf_token": token})
        assert response.status_code == 404
    assert receiver.url not in stranger.get("/dashboard/integrations/").get_data(as_text=True)
    with app.app_context():
        tenant = db.session.get(Tenant, tenant_id)
        db.session.expunge(tenant)
    crew_email = make_user(role=Role.CREW, tenant=tenant).email
    crew_client = app.test_client()
    login(crew_client, crew_email)
    assert crew_client.get("/dashboard/integrations/").status_code == 403


def test_signature_covers_timestamp_and_body():
    header = signing.header_value("whsec_x", 1_700_000_000, '{"a":1}')
    assert signing.verify("whsec_x", header, '{"a":1}', now=1_700_000_100)
    assert not signing.verify("whsec_x", header, '{"a":2}', now=1_700_000_100)
    assert not signing.verify("whsec_x", header, '{"a":1}', now=1_700_000_000 + 301)
    assert not signing.verify("whsec_x", "t=abc,v1=00", '{"a":1}', now=1_700_000_000)


def test_the_api_document_describes_every_event(client):
    from marketplace.integrations.events import EVENT_NAMES

    document = client.get("/api/v1/openapi.json").get_json()
    webhooks = document["x-webhooks"]
    assert set(webhooks) == set(EVENT_NAMES)
    lead_created = webhooks["lead.created"]["post"]
    assert {header["name"] for header in lead_created["parameters"]} == {
        "Webhook-Signature", "Webhook-Id", "Webhook-Event"}
    data = lead_created["requestBody"]["content"]["application/json"]["schema"]
    assert data["properties"]["data"]["properties"]["lead"] == {
        "$ref": "#/components/schemas/Lead"}
    assert "Lead" in document["components"]["schemas"]


def test_a_published_review_reaches_the_business_with_each_version(app, client, receiver,
                                                                   frozen_clock):
    from tests.reviews.conftest import complete
    from tests.work.conftest import ChatCustomer

    done = complete(app, ChatCustomer(client))
    owner = app.test_client()
    login(owner, done.owner)
    secret = secret_from(add_endpoint(owner, receiver.url, ("review.published",)))

    done.chat.taps(f"review:5:{done.job_id}")
    done.chat.writes("Pünktlich und sauber.")
    first, second = receiver.events("review.published")
    assert (first["data"]["review"]["stars"], first["data"]["review"]["version"]) == (5, 1)
    assert second["data"]["review"]["text"] == "Pünktlich und sauber."
    assert second["data"]["review"]["version"] == 2
    assert second["data"]["review"]["job_reference"] == done.reference
    for call in receiver.calls:
        _verified(call, secret)
