"""The outbound gate: each rule of `gate.decide`, the decision stored on the row, and every
send path (queue, delivery, an admin's retry, an opt-out) judging by the same rules."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from marketplace import clock
from marketplace.channels import delivery, gate, outbound, preferences
from marketplace.channels.base import ChannelName, Outbound, Purpose, TemplateRef
from marketplace.channels.models import Customer, Message, MessageStatus
from marketplace.db import db

APPROVED = TemplateRef("new_quote_available", "de", ("Müller",))
UNAPPROVED = TemplateRef("marketing_blast", "de")


@pytest.fixture
def gate_ctx(app_ctx, frozen_clock, monkeypatch):
    monkeypatch.setitem(app_ctx.config, "WHATSAPP_APPROVED_TEMPLATES", (APPROVED.name,))
    return frozen_clock


def customer(channel=ChannelName.WHATSAPP, *, hours_ago: float | None = 1,
             opted_out: bool = False) -> Customer:
    """A customer row that is never stored: `decide` only reads."""
    return Customer(channel=channel, external_id="x", language="de",
                    last_inbound_at=None if hours_ago is None
                    else clock.now() - timedelta(hours=hours_ago),
                    opted_out_at=clock.now() if opted_out else None)


# --- the rules ----------------------------------------------------------------------------


def test_inside_the_window_a_message_is_sent(gate_ctx):
    assert gate.decide(customer(), Outbound(text="x"), "service_reply") == gate.SEND


def test_inside_the_window_even_a_template_message_goes_free_form(gate_ctx):
    decision = gate.decide(customer(), Outbound(text="x", template=APPROVED), "quote")
    assert decision == gate.SEND
    assert not decision.as_template


def test_outside_the_window_free_form_is_held(gate_ctx):
    decision = gate.decide(customer(hours_ago=25), Outbound(text="x"), "quote")
    assert decision == gate.HOLD(gate.Reason.WINDOW_CLOSED)
    assert not decision.may_send


def test_a_customer_who_never_wrote_is_outside_the_window(gate_ctx):
    decision = gate.decide(customer(hours_ago=None), Outbound(text="x"), "quote")
    assert decision.verdict is gate.Verdict.HOLD


def test_outside_the_window_an_approved_template_goes_as_template(gate_ctx):
    decision = gate.decide(customer(hours_ago=30), Outbound(text="x", template=APPROVED),
                           "quote")
    assert decision == gate.SEND_AS_TEMPLATE
    assert decision.may_send
    assert decision.as_template


def test_an_unapproved_template_is_held(gate_ctx):
    decision = gate.decide(customer(hours_ago=30), Outbound(text="x", template=UNAPPROVED),
                           "quote")
    assert decision == gate.HOLD(gate.Reason.WINDOW_CLOSED)


def test_templates_are_whatsapp_only(gate_ctx):
    decision = gate.decide(customer(ChannelName.MESSENGER, hours_ago=30),
                           Outbound(text="x", template=APPROVED), "quote")
    assert decision.verdict is gate.Verdict.HOLD


def test_the_window_ends_after_exactly_24_hours(gate_ctx):
    someone = customer(hours_ago=23)
    assert gate.decide(someone, Outbound(text="x"), "quote").may_send
    later = clock.now() + timedelta(hours=1)
    assert not gate.decide(someone, Outbound(text="x"), "quote", at=later).may_send
    assert gate.decide(someone, Outbound(text="x"), "quote",
                       at=later - timedelta(seconds=1)).may_send


@pytest.mark.parametrize("channel", [ChannelName.TELEGRAM, ChannelName.WEBCHAT])
def test_channels_without_a_window_always_send(gate_ctx, channel):
    decision = gate.decide(customer(channel, hours_ago=None), Outbound(text="x"), "quote")
    assert decision == gate.SEND


@pytest.mark.parametrize("purpose", sorted(set(Purpose) - gate.ANSWERS_ALLOWED_AFTER_OPT_OUT))
def test_after_stop_every_other_purpose_is_refused(gate_ctx, purpose):
    decision = gate.decide(customer(opted_out=True), Outbound(text="x"), purpose)
    assert decision == gate.REFUSE(gate.Reason.OPTED_OUT)


@pytest.mark.parametrize("purpose", ["privacy", "opt_out_confirmation"])
def test_after_stop_the_confirmation_and_privacy_answers_go_out(gate_ctx, purpose):
    assert gate.decide(customer(opted_out=True), Outbound(text="x"), purpose) == gate.SEND


def test_after_stop_a_privacy_answer_still_respects_the_window(gate_ctx):
    decision = gate.decide(customer(hours_ago=25, opted_out=True), Outbound(text="x"),
                           "privacy")
    assert decision == gate.HOLD(gate.Reason.WINDOW_CLOSED)


def test_stop_wins_over_the_window(gate_ctx):
    decision = gate.decide(customer(hours_ago=25, opted_out=True), Outbound(text="x"),
                           "quote")
    assert decision == gate.REFUSE(gate.Reason.OPTED_OUT)


def test_there_is_no_marketing_purpose(gate_ctx):
    with pytest.raises(ValueError, match="purpose"):
        gate.decide(customer(), Outbound(text="x"), "marketing")


def test_deciding_changes_nothing(gate_ctx):
    someone = customer(hours_ago=30, opted_out=True)
    before = (someone.opted_out_at, someone.last_inbound_at)
    gate.decide(someone, Outbound(text="x"), "quote")
    assert (someone.opted_out_at, someone.last_inbound_at) == before
    assert db.session.scalar(sa.select(sa.func.count(Message.id))) == 0


# --- the decision on the row ----------------------------------------------------------------


def stored_customer(channel=ChannelName.WHATSAPP, *, hours_ago: float | None = 1,
                    external_id: str = "DE.40000000000000000009") -> Customer:
    row = Customer(channel=channel, external_id=external_id, phone="4915112340009",
                   language="de", last_inbound_at=None if hours_ago is None
                   else clock.now() - timedelta(hours=hours_ago))
    db.session.add(row)
    db.session.commit()
    return row


def queue(row: Customer, text: str = "x", purpose: str = "service_reply",
          **options) -> Message | None:
    message = outbound.queue_outbound(row, Outbound(text=text, **options), purpose=purpose)
    db.session.commit()
    if message is not None:
        db.session.refresh(message)
    return message


def test_queueing_stores_the_decision_and_its_reason(gate_ctx, providers):
    sent = queue(stored_customer())
    assert (sent.status, sent.gate_decision, sent.gate_reason) == ("sent", "send", None)
    held = queue(stored_customer(external_id="late", hours_ago=25), purpose="quote")
    assert (held.status, held.gate_decision, held.gate_reason) == (
        "held", "hold", "window_closed")
    assert held.needs_attention
    template = queue(stored_customer(external_id="tpl", hours_ago=25), purpose="quote",
                     template=APPROVED)
    assert (template.gate_decision, template.gate_reason) == ("send_as_template",
                                                              "window_closed")
    assert providers.calls("POST", "/messages$")[-1].json()["type"] == "template"


def test_queueing_for_an_opted_out_customer_writes_nothing(gate_ctx, providers):
    row = stored_customer()
    row.opted_out_at = clock.now()
    assert queue(row, purpose="quote") is None
    assert db.session.scalar(sa.select(sa.func.count(Message.id))) == 0


def test_delivery_asks_again_and_refuses_after_stop(gate_ctx, providers):
    providers.script("POST", "/messages$", 503, {"error": {"code": 2}})
    row = stored_customer()
    waiting = queue(row, "Ihr Angebot", purpose="quote")
    assert waiting.status == MessageStatus.QUEUED
    row.opted_out_at = clock.now()  # as if STOP arrived through another path
    db.session.commit()
    gate_ctx(minutes=5)
    delivery.redrive_stuck()
    db.session.refresh(waiting)
    assert (waiting.status, waiting.gate_decision, waiting.gate_reason) == (
        "failed", "refuse", "opted_out")
    assert waiting.needs_attention
    assert len(providers.calls("POST", "/messages$")) == 1


def test_delivery_sends_a_privacy_answer_after_stop(gate_ctx, providers):
    providers.script("POST", "/messages$", 503, {"error": {"code": 2}})
    row = stored_customer()
    answer = queue(row, "Hier ist Ihr Link", purpose="privacy")
    assert answer.status == MessageStatus.QUEUED
    row.opted_out_at = clock.now()
    db.session.commit()
    gate_ctx(minutes=5)
    delivery.redrive_stuck()
    db.session.refresh(answer)
    assert (answer.status, answer.gate_decision) == ("sent", "send")


def test_opt_out_refuses_pending_messages_but_keeps_privacy_answers(gate_ctx, providers):
    providers.script("POST", "/messages$", 503, {"error": {"code": 2}})
    providers.script("POST", "/messages$", 503, {"error": {"code": 2}})
    row = stored_customer()
    reply = queue(row, "Welches Gewerk?")
    answer = queue(row, "Hier ist Ihr Link", purpose="privacy")
    preferences.record_opt_out(row)
    db.session.commit()
    db.session.refresh(reply)
    db.session.refresh(answer)
    assert (reply.status, reply.gate_reason, reply.error_code) == (
        "failed", "opted_out", "opted_out")
    assert answer.status == MessageStatus.QUEUED
    gate_ctx(minutes=5)
    delivery.redrive_stuck()
    db.session.refresh(answer)
    db.session.refresh(reply)
    assert answer.status == MessageStatus.SENT
    assert reply.status == MessageStatus.FAILED


def test_admin_retry_of_a_privacy_answer_after_stop_is_allowed(gate_ctx, providers,
                                                                make_user):
    from marketplace.accounts.models import Role, User

    providers.script("POST", "/messages$", 400, {"error": {"code": 131026}})
    row = stored_customer()
    answer = queue(row, "Hier ist Ihr Link", purpose="privacy")
    assert answer.status == MessageStatus.FAILED
    preferences.record_opt_out(row)
    db.session.commit()
    admin = db.session.get(User, make_user(Role.ADMIN).id)
    delivery.retry_outbound(answer.id, actor=admin)
    db.session.refresh(answer)
    assert answer.status == MessageStatus.SENT


def test_admin_retry_of_anything_else_after_stop_is_refused(gate_ctx, providers, make_user):
    from marketplace.accounts.models import Role, User
    from marketplace.errors import Conflict

    providers.script("POST", "/messages$", 400, {"error": {"code": 131026}})
    row = stored_customer()
    reply = queue(row, "Angebot", purpose="quote")
    preferences.record_opt_out(row)
    db.session.commit()
    admin = db.session.get(User, make_user(Role.ADMIN).id)
    with pytest.raises(Conflict, match="STOP"):
        delivery.retry_outbound(reply.id, actor=admin)


# --- held and refused messages on the admin's page --------------------------------------------


def test_held_and_refused_messages_show_their_reason_on_the_admin_page(
        app, client, providers, make_user, login_as):
    from marketplace.accounts.models import Role

    providers.script("POST", "/messages$", 503, {"error": {"code": 2}})
    with app.app_context():
        late = stored_customer(external_id="late", hours_ago=25)
        queue(late, "Zurückgehaltene Nachricht", purpose="job_update")
        row = stored_customer()
        queue(row, "Abgelehnte Nachricht", purpose="quote")
        preferences.record_opt_out(row)
        db.session.commit()
    login_as(make_user(Role.ADMIN))
    page = client.get("/admin/channels/outbound").get_data(as_text=True)
    assert "Zurückgehaltene Nachricht" in page
    assert "Abgelehnte Nachricht" in page
    assert "Das 24-Stunden-Fenster ist geschlossen" in page
    assert "hat STOP geschrieben" in page
    assert "abgelehnt" in page
    assert "window_closed" not in page  # the reasons in words, not their codes
    assert "opted_out" not in page
    # The console's start page counts each queue: one held, one refused (not sent).
    start = client.get("/admin/").get_data(as_text=True)
    queues = start[start.index('class="data queues"'):]
    for name in ("Zurückgehaltene Nachrichten", "Nachrichten, die nicht gesendet werden"):
        row = queues[queues.index(name):]
        assert '<span class="badge warn">1</span>' in row[:row.index("</tr>")], name
