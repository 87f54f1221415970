"""Outbound: the one gate, rendering per channel, sends over real HTTP, retries, statuses."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from marketplace import clock
from marketplace.channels import delivery, preferences
from marketplace.channels.base import ChannelName, Choice, Outbound, Recipient, TemplateRef
from marketplace.channels.messenger import MessengerAdapter
from marketplace.channels.models import (
    Customer,
    CustomerPreferenceEvent,
    Direction,
    Message,
    MessageStatus,
)
from marketplace.channels.outbound import queue_outbound
from marketplace.channels.telegram import TelegramAdapter
from marketplace.channels.whatsapp import WhatsAppAdapter
from marketplace.db import db
from tests.channels.conftest import PAGE_ID, PHONE_NUMBER_ID, WA_TOKEN, load_fixture, post_webhook


def make_customer(channel=ChannelName.WHATSAPP, *, external_id="DE.40000000000000000001",
                  phone="4915112345678", last_inbound_hours_ago: float | None = 1,
                  language="de") -> Customer:
    customer = Customer(channel=channel, external_id=external_id, phone=phone,
                        language=language)
    if last_inbound_hours_ago is not None:
        customer.last_inbound_at = clock.now() - timedelta(hours=last_inbound_hours_ago)
    db.session.add(customer)
    db.session.commit()
    return customer


def queue(customer, outbound, purpose="service_reply"):
    message = queue_outbound(customer, outbound, purpose=purpose)
    db.session.commit()  # the caller's unit of work; delivery runs after it (inline here)
    if message is not None:
        db.session.refresh(message)
    return message


CHOICES_3 = (Choice("a", "Diese Woche"), Choice("b", "Nächste Woche"), Choice("c", "Egal"))


# --- rendering (pure) ------------------------------------------------------------------------


@pytest.fixture
def wa_adapter(app, providers):
    return WhatsAppAdapter(app.config)


def test_whatsapp_three_short_choices_are_reply_buttons(wa_adapter):
    (body,) = wa_adapter.build_messages(Recipient("x", "4915112345678"),
                                        Outbound(text="Wann?", choices=CHOICES_3),
                                        as_template=False)
    assert body["to"] == "+4915112345678"
    assert body["interactive"]["type"] == "button"
    buttons = body["interactive"]["action"]["buttons"]
    assert [b["reply"] for b in buttons] == [{"id": "a", "title": "Diese Woche"},
                                             {"id": "b", "title": "Nächste Woche"},
                                             {"id": "c", "title": "Egal"}]


def test_whatsapp_long_titles_or_more_than_three_become_a_list(wa_adapter):
    many = tuple(Choice(f"t{i}", f"Gewerk {i}", "Beschreibung") for i in range(7))
    (body,) = wa_adapter.build_messages(Recipient("x", "4915112345678"),
                                        Outbound(text="Welches Gewerk?", choices=many,
                                                 choices_label="Gewerke"), as_template=False)
    assert body["interactive"]["type"] == "list"
    assert body["interactive"]["action"]["button"] == "Gewerke"
    rows = body["interactive"]["action"]["sections"][0]["rows"]
    assert len(rows) == 7
    assert rows[0] == {"id": "t0", "title": "Gewerk 0",
                                          "description": "Beschreibung"}
    long_title = (Choice("x", "Nächste Woche, abends"),)  # 21 characters: no button
    (body,) = wa_adapter.build_messages(Recipient("x", "4915112345678"),
                                        Outbound(text="?", choices=long_title),
                                        as_template=False)
    assert body["interactive"]["type"] == "list"


def test_whatsapp_eleven_choices_or_huge_titles_become_numbered_text(app_ctx, wa_adapter):
    eleven = tuple(Choice(f"t{i}", f"Option {i}") for i in range(11))
    (body,) = wa_adapter.build_messages(Recipient("x", "4915112345678", language="de"),
                                        Outbound(text="Bitte wählen:", choices=eleven),
                                        as_template=False)
    assert body["type"] == "text"
    text = body["text"]["body"]
    assert text.startswith("Bitte wählen:\n\n1. Option 0\n2. Option 1")
    assert "11. Option 10" in text
    assert "Nummer" in text  # the hint, in the customer's language


def test_whatsapp_user_without_phone_is_addressed_by_bsuid(wa_adapter):
    (body,) = wa_adapter.build_messages(Recipient("DE.4000000000000077", None),
                                        Outbound(text="Hallo"), as_template=False)
    assert body["recipient"] == "DE.4000000000000077"
    assert "to" not in body


def test_whatsapp_template_body(wa_adapter):
    outbound = Outbound(text="ignored", template=TemplateRef("new_quote_available", "de",
                                                             ("Dachdecker Müller", "1.250 €")))
    (body,) = wa_adapter.build_messages(Recipient("x", "+4915112345678"), outbound,
                                        as_template=True)
    assert body["type"] == "template"
    assert body["template"] == {"name": "new_quote_available", "language": {"code": "de"},
                                "components": [{"type": "body", "parameters": [
                                    {"type": "text", "text": "Dachdecker Müller"},
                                    {"type": "text", "text": "1.250 €"}]}]}


def test_messenger_quick_replies_and_fallback(app, providers):
    adapter = MessengerAdapter(app.config)
    message = adapter.build_message(Outbound(text="Wann?", choices=CHOICES_3))
    assert message["quick_replies"][0] == {"content_type": "text", "title": "Diese Woche",
                                           "payload": "a"}
    fourteen = tuple(Choice(f"t{i}", f"O{i}") for i in range(14))
    message = adapter.build_message(Outbound(text="Wahl", choices=fourteen), "en")
    assert "quick_replies" not in message
    assert "14. O13" in message["text"]
    assert "number" in message["text"]


def test_telegram_inline_keyboard_and_fallback(app, providers):
    adapter = TelegramAdapter(app.config)
    text, markup = adapter.build_text(Outbound(text="Wann?", choices=CHOICES_3,
                                               link_url="https://example.org/datenschutz"))
    assert text == "Wann?"
    assert markup["inline_keyboard"][0] == [{"text": "Diese Woche", "callback_data": "a"}]
    assert markup["inline_keyboard"][-1][0]["url"] == "https://example.org/datenschutz"
    too_long = (Choice("x" * 65, "Lang"),)
    text, markup = adapter.build_text(Outbound(text="Wahl", choices=too_long))
    assert markup is None
    assert "1. Lang" in text


# --- sends through the fake provider -------------------------------------------------------


def test_whatsapp_send_over_http_stores_provider_id(app_ctx, providers):
    customer = make_customer()
    message = queue(customer, Outbound(text="Danke, wir melden uns.", choices=CHOICES_3))
    assert message.status == MessageStatus.SENT
    assert message.provider_message_id.startswith("wamid.OUT")
    (call,) = providers.calls("POST", f"/{PHONE_NUMBER_ID}/messages$")
    assert call.headers["authorization"] == f"Bearer {WA_TOKEN}"
    body = call.json()
    assert body["messaging_product"] == "whatsapp"
    assert body["to"] == "+4915112345678"
    assert body["interactive"]["type"] == "button"


def test_messenger_send_over_http(app_ctx, providers):
    customer = make_customer(ChannelName.MESSENGER, external_id="7000000000000001", phone=None)
    message = queue(customer, Outbound(text="Hallo", choices=CHOICES_3))
    assert message.status == MessageStatus.SENT
    assert message.provider_message_id.startswith("m_OUT")
    (call,) = providers.calls("POST", f"/{PAGE_ID}/messages$")
    assert call.json()["recipient"] == {"id": "7000000000000001"}
    assert call.json()["messaging_type"] == "RESPONSE"
    assert "access_token" not in call.query  # the token travels in a header, not the URL


def test_telegram_send_over_http(app_ctx, providers):
    customer = make_customer(ChannelName.TELEGRAM, external_id="5550001111", phone=None,
                             last_inbound_hours_ago=None)
    message = queue(customer, Outbound(text="Hallo", choices=CHOICES_3))
    assert message.status == MessageStatus.SENT  # Telegram has no 24-hour window
    assert message.provider_message_id.startswith("5550001111:")
    (call,) = providers.calls("POST", "/sendMessage$")
    assert call.json()["reply_markup"]["inline_keyboard"][1][0]["callback_data"] == "b"


def test_webchat_message_is_sent_when_delivery_runs(app_ctx, providers):
    customer = make_customer(ChannelName.WEBCHAT, external_id="wabc", phone=None,
                             last_inbound_hours_ago=None)
    message = queue(customer, Outbound(text="Hallo"))
    assert message.status == MessageStatus.SENT
    assert providers.requests == []


# --- retries and permanent errors ------------------------------------------------------------


def test_rate_limit_is_retried_with_backoff_by_the_sweep(app_ctx, providers, frozen_clock):
    providers.script("POST", f"/{PHONE_NUMBER_ID}/messages$", 400, {"error": {
        "message": "(#130429) Rate limit hit", "type": "OAuthException", "code": 130429}})
    customer = make_customer()
    message = queue(customer, Outbound(text="Hallo"))
    assert message.status == MessageStatus.QUEUED
    assert message.attempts == 1
    assert message.error_code == "130429"
    assert message.next_attempt_at > clock.now()
    delivery.redrive_stuck()  # not due yet: nothing happens
    db.session.refresh(message)
    assert message.attempts == 1
    frozen_clock(seconds=11)
    delivery.redrive_stuck()
    db.session.refresh(message)
    assert message.status == MessageStatus.SENT
    assert message.attempts == 2
    assert len(providers.calls("POST", "/messages$")) == 2


def test_pair_rate_limit_waits_four_to_the_x(app_ctx, providers):
    providers.script("POST", "/messages$", 400, {"error": {"code": 131056,
                                                           "message": "pair rate limit"}})
    message = queue(make_customer(), Outbound(text="Hallo"))
    assert message.next_attempt_at - clock.now() == timedelta(seconds=4)


@pytest.mark.parametrize(("status", "body"), [(500, {"error": {"code": 1}}), (503, b"down")])
def test_server_errors_are_retried(app_ctx, providers, status, body):
    providers.script("POST", "/messages$", status, body)
    message = queue(make_customer(), Outbound(text="Hallo"))
    assert message.status == MessageStatus.QUEUED
    assert message.next_attempt_at is not None


def test_telegram_flood_control_honours_retry_after(app_ctx, providers):
    providers.script("POST", "/sendMessage$", 429, {
        "ok": False, "error_code": 429, "description": "Too Many Requests: retry after 7",
        "parameters": {"retry_after": 7}})
    customer = make_customer(ChannelName.TELEGRAM, external_id="5550001111", phone=None)
    message = queue(customer, Outbound(text="Hallo"))
    assert message.next_attempt_at - clock.now() == timedelta(seconds=7)


@pytest.mark.parametrize("code", [131026, 131047, 132001])
def test_permanent_errors_stop_and_are_shown_to_a_person(app_ctx, providers, code):
    providers.script("POST", "/messages$", 400, {"error": {"code": code, "message": "nope"}})
    message = queue(make_customer(), Outbound(text="Hallo"))
    assert message.status == MessageStatus.FAILED
    assert message.needs_attention
    assert message.error_code == str(code)
    delivery.redrive_stuck()
    assert len(providers.calls("POST", "/messages$")) == 1


def test_retries_end_after_the_last_attempt(app_ctx, providers, frozen_clock):
    for _ in range(delivery.MAX_DELIVERY_ATTEMPTS):
        providers.script("POST", "/messages$", 503, {"error": {"code": 2}})
    message = queue(make_customer(), Outbound(text="Hallo"))
    for _ in range(delivery.MAX_DELIVERY_ATTEMPTS):
        frozen_clock(hours=2)
        delivery.redrive_stuck()
    db.session.refresh(message)
    assert message.status == MessageStatus.FAILED
    assert message.needs_attention
    assert message.attempts == delivery.MAX_DELIVERY_ATTEMPTS


def test_sweep_redrives_a_message_whose_task_was_lost(app_ctx, providers, frozen_clock):
    customer = make_customer()
    lost = Message(customer=customer, channel=customer.channel, direction=Direction.OUTBOUND,
                   status=MessageStatus.QUEUED, text="Verloren", payload=Outbound(
                       text="Verloren").to_json(), purpose="service_reply", attempts=0)
    db.session.add(lost)
    db.session.commit()  # no task scheduled: as if Redis lost it
    delivery.redrive_stuck()
    db.session.refresh(lost)
    assert lost.status == MessageStatus.QUEUED  # younger than STUCK_AFTER
    frozen_clock(minutes=3)
    delivery.redrive_stuck()
    db.session.refresh(lost)
    assert lost.status == MessageStatus.SENT


def test_delivering_twice_sends_once(app_ctx, providers):
    message = queue(make_customer(), Outbound(text="Hallo"))
    delivery.deliver_message(message.id)
    delivery.deliver_message(message.id)
    assert len(providers.calls("POST", "/messages$")) == 1


# --- the window and opt-out ----------------------------------------------------------------


def test_outside_the_window_free_form_is_held_and_flagged(app_ctx, providers):
    customer = make_customer(last_inbound_hours_ago=25)
    message = queue(customer, Outbound(text="Neues Angebot"), purpose="quote")
    assert message.status == MessageStatus.HELD
    assert message.needs_attention
    assert message.error_code == "window_closed"
    assert providers.requests == []


def test_outside_the_window_an_approved_template_is_sent(app_ctx, providers):
    customer = make_customer(last_inbound_hours_ago=30)
    outbound = Outbound(text="Sie haben ein neues Angebot.",
                        template=TemplateRef("new_quote_available", "de", ("Müller",)))
    message = queue(customer, outbound, purpose="quote")
    assert message.status == MessageStatus.SENT
    assert providers.calls("POST", "/messages$")[0].json()["type"] == "template"


def test_unapproved_template_is_held(app_ctx, providers):
    customer = make_customer(last_inbound_hours_ago=30)
    outbound = Outbound(text="x", template=TemplateRef("marketing_blast", "de"))
    assert queue(customer, outbound, purpose="quote").status == MessageStatus.HELD


def test_inside_the_window_a_template_message_goes_free_form(app_ctx, providers):
    customer = make_customer(last_inbound_hours_ago=2)
    outbound = Outbound(text="Sie haben ein neues Angebot.",
                        template=TemplateRef("new_quote_available", "de"))
    queue(customer, outbound, purpose="quote")
    assert providers.calls("POST", "/messages$")[0].json()["type"] == "text"


def test_messenger_window_applies_and_telegram_has_none(app_ctx, providers):
    messenger = make_customer(ChannelName.MESSENGER, external_id="700", phone=None,
                              last_inbound_hours_ago=25)
    telegram = make_customer(ChannelName.TELEGRAM, external_id="555", phone=None,
                             last_inbound_hours_ago=500)
    assert queue(messenger, Outbound(text="x")).status == MessageStatus.HELD
    assert queue(telegram, Outbound(text="x")).status == MessageStatus.SENT


def test_window_closing_while_queued_holds_at_delivery(app_ctx, providers, frozen_clock):
    providers.script("POST", "/messages$", 503, {"error": {"code": 2}})
    customer = make_customer(last_inbound_hours_ago=23.99)
    message = queue(customer, Outbound(text="x"))
    assert message.status == MessageStatus.QUEUED
    frozen_clock(minutes=5)
    delivery.redrive_stuck()
    db.session.refresh(message)
    assert message.status == MessageStatus.HELD


def test_opted_out_customer_gets_nothing_but_the_confirmation(app_ctx, providers):
    customer = make_customer()
    inbound = Message(customer=customer, channel=customer.channel,
                      direction=Direction.INBOUND, status=MessageStatus.RECEIVED, text="STOP",
                      payload={}, attempts=0, provider_message_id="wamid.STOP")
    db.session.add(inbound)
    db.session.flush()
    preferences.record_opt_out(customer, message=inbound)
    db.session.commit()
    assert queue(customer, Outbound(text="Angebot"), purpose="quote") is None
    confirmation = queue(customer, Outbound(text="Sie erhalten keine Nachrichten mehr."),
                         purpose="opt_out_confirmation")
    assert confirmation.status == MessageStatus.SENT
    assert len(providers.calls("POST", "/messages$")) == 1
    (event,) = db.session.scalars(sa.select(CustomerPreferenceEvent))
    assert (event.change, event.message_id, event.customer_id) == ("opt_out", inbound.id,
                                                                   customer.id)


def test_opt_out_stops_messages_already_queued(app_ctx, providers):
    providers.script("POST", "/messages$", 503, {"error": {"code": 2}})
    customer = make_customer()
    waiting = queue(customer, Outbound(text="x"))
    assert waiting.status == MessageStatus.QUEUED
    preferences.record_opt_out(customer)
    db.session.commit()
    db.session.refresh(waiting)
    assert waiting.status == MessageStatus.FAILED
    assert waiting.error_code == "opted_out"


def test_opt_in_is_recorded_and_allows_messages_again(app_ctx, providers):
    customer = make_customer()
    preferences.record_opt_out(customer)
    preferences.record_opt_in(customer)
    db.session.commit()
    assert customer.opted_out_at is None
    assert queue(customer, Outbound(text="x")).status == MessageStatus.SENT
    changes = [e.change for e in db.session.scalars(sa.select(CustomerPreferenceEvent)
                                                    .order_by(CustomerPreferenceEvent.id))]
    assert changes == ["opt_out", "opt_in"]


def test_there_is_no_marketing_purpose(app_ctx, providers):
    customer = make_customer()
    with pytest.raises(ValueError, match="purpose"):
        queue_outbound(customer, Outbound(text="Sale!"), purpose="marketing")


def test_queue_outbound_does_not_commit(app_ctx, providers):
    customer = make_customer()
    queue_outbound(customer, Outbound(text="x"), purpose="service_reply")
    db.session.rollback()
    assert db.session.scalar(sa.select(sa.func.count(Message.id))) == 0
    assert providers.requests == []


# --- statuses ------------------------------------------------------------------------------


def _status_body(wamid, status, ts, error_code=None):
    statuses = [{"id": wamid, "status": status, "timestamp": str(ts),
                 "recipient_id": "4915112345678"}]
    if error_code:
        statuses[0]["errors"] = [{"code": error_code, "title": "Message undeliverable"}]
    import json

    return json.dumps({"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [
        {"field": "messages", "value": {"messaging_product": "whatsapp", "metadata": {
            "display_phone_number": "1", "phone_number_id": PHONE_NUMBER_ID},
            "statuses": statuses}}]}]}).encode()


def test_statuses_move_forward_only(app, client, providers):
    with app.app_context():
        message = queue(make_customer(), Outbound(text="x"))
        wamid, message_id = message.provider_message_id, message.id
    for status in ("read", "delivered", "sent"):
        assert post_webhook(client, "whatsapp", _status_body(wamid, status, 1793610000)
                            ).status_code == 200
    post_webhook(client, "whatsapp", _status_body(wamid, "failed", 1793610001, 131026))
    with app.app_context():
        message = db.session.get(Message, message_id)
        assert message.status == MessageStatus.READ
        assert message.delivered_at is not None  # read implies delivered
        assert message.read_at is not None


def test_failed_status_is_terminal_and_records_the_error(app, client, providers):
    with app.app_context():
        message = queue(make_customer(), Outbound(text="x"))
        wamid, message_id = message.provider_message_id, message.id
    post_webhook(client, "whatsapp", _status_body(wamid, "failed", 1793610000, 131026))
    post_webhook(client, "whatsapp", _status_body(wamid, "delivered", 1793610001))
    with app.app_context():
        message = db.session.get(Message, message_id)
        assert message.status == MessageStatus.FAILED
        assert message.error_code == "131026"
        assert message.needs_attention


def test_unknown_status_id_is_tolerated(client, app, providers):
    response = post_webhook(client, "whatsapp", load_fixture("whatsapp", "status__delivered"))
    assert response.status_code == 200


def test_messenger_watermarks_mark_earlier_messages(app, client, providers):
    with app.app_context():
        customer = make_customer(ChannelName.MESSENGER, external_id="7000000000000001",
                                 phone=None)
        message = queue(customer, Outbound(text="x"))
        message_id = message.id
    post_webhook(client, "messenger", load_fixture("messenger", "read__watermark"))
    with app.app_context():
        assert db.session.get(Message, message_id).status == MessageStatus.READ


# --- numbered answers and admin actions ------------------------------------------------------


def test_numbered_answer_becomes_the_choice(app, client, providers):
    with app.app_context():
        customer = make_customer(ChannelName.TELEGRAM, external_id="5550001111", phone=None)
        long_ids = tuple(Choice("x" * 70 + str(i), f"Option {i}") for i in range(3))
        queue(customer, Outbound(text="Wahl", choices=long_ids))
    body = load_fixture("telegram", "message__text").replace(
        b"Hallo, ich brauche einen Klempner f\xc3\xbcr einen tropfenden Wasserhahn.", b"2")
    post_webhook(client, "telegram", body)
    with app.app_context():
        inbound = db.session.scalar(sa.select(Message).where(
            Message.direction == Direction.INBOUND))
        assert inbound.kind == "choice"
        assert inbound.payload["choice_id"] == "x" * 70 + "1"


def test_a_held_message_waits_for_the_window_then_goes_out_by_itself(app, client, providers,
                                                                      make_user, login_as):
    from marketplace.accounts.models import Role
    from tests.conftest import csrf_token_from

    with app.app_context():
        customer = make_customer(last_inbound_hours_ago=25)
        message_id = queue(customer, Outbound(text="Später"), purpose="job_update").id
    login_as(make_user(Role.ADMIN))
    page = client.get("/admin/channels/outbound").get_data(as_text=True)
    assert "Später" in page
    token = csrf_token_from(client, "/admin/channels/outbound")
    refused = client.post(f"/admin/channels/outbound/{message_id}/retry",
                          data={"csrf_token": token})
    assert refused.status_code == 409  # still outside the window
    post_webhook(client, "whatsapp", load_fixture("whatsapp", "text__plain"))
    with app.app_context():
        message = db.session.get(Message, message_id)
        assert message.status == MessageStatus.SENT
        assert not message.needs_attention
    # Nothing is left for the admin to send.
    again = client.post(f"/admin/channels/outbound/{message_id}/retry",
                        data={"csrf_token": token})
    assert again.status_code == 409


def test_admin_dismisses_a_failed_message(app, client, providers, make_user, login_as):
    from marketplace.accounts.models import Role
    from tests.conftest import csrf_token_from

    providers.script("POST", "/messages$", 400, {"error": {"code": 131026}})
    with app.app_context():
        message_id = queue(make_customer(), Outbound(text="x")).id
    login_as(make_user(Role.ADMIN))
    token = csrf_token_from(client, "/admin/channels/outbound")
    client.post(f"/admin/channels/outbound/{message_id}/dismiss", data={"csrf_token": token})
    with app.app_context():
        message = db.session.get(Message, message_id)
        assert message.status == MessageStatus.FAILED
        assert not message.needs_attention
        assert "dismissed by admin" in message.error_detail


def test_admin_sees_the_kind_of_error_first_and_the_messengers_words_as_detail(
        app, client, providers, make_user, login_as):
    import re

    from marketplace.accounts.models import Role

    providers.script("POST", "/messages$", 400, {"error": {
        "code": 131026, "message": "Message undeliverable",
        "error_data": {"details": "Recipient is not a valid WhatsApp user"}}})
    with app.app_context():
        queue(make_customer(), Outbound(text="Ihr Angebot ist da"))
    login_as(make_user(Role.ADMIN))
    page = client.get("/admin/channels/outbound").get_data(as_text=True)
    cell = re.search(r"<td><strong>(.*?)</strong><br><small[^>]*>(.*?)</small></td>", page)
    assert cell is not None
    assert cell.group(1) == "Empfänger nicht erreichbar (Code 131026)"
    assert cell.group(2).startswith("Details im Originalwortlaut:")
    assert '<span lang="en">Message undeliverable (Recipient is not a valid WhatsApp user)' \
        in cell.group(2)
