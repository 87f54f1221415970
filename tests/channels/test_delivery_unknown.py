"""A send whose outcome nobody knows is shown to a person, never repeated blindly
(issue 12, item 8).

The provider stand-in takes the request and does not answer: once with a short read
timeout in this process, once while the delivering process is killed with SIGKILL.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from marketplace import clock
from marketplace.accounts.models import Role
from marketplace.channels import delivery, http
from marketplace.channels.base import ChannelName, Outbound
from marketplace.channels.models import Customer, Direction, Message, MessageStatus
from marketplace.channels.queries import delivery_history
from marketplace.db import db
from tests.channels.test_outbound import make_customer, queue
from tests.conftest import csrf_token_from

PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEND_PATH = "/sendMessage$"
TELEGRAM_ID = "5550001111"


@pytest.fixture
def hold(providers, monkeypatch):
    """The stand-in takes the next Telegram send and answers only after the test."""
    event = threading.Event()
    providers.script("POST", SEND_PATH, 200, {"ok": True, "result": {
        "message_id": 4242, "chat": {"id": 1, "type": "private"}, "date": 1767225600}},
        hold=event)
    monkeypatch.setattr(http, "READ_TIMEOUT", 0.5)
    yield event
    event.set()


def _telegram_customer() -> Customer:
    return make_customer(ChannelName.TELEGRAM, external_id=TELEGRAM_ID, phone=None)


def _admin_page(client) -> str:
    return client.get("/admin/channels/outbound",
                      headers={"Accept-Language": "de"}).get_data(as_text=True)


def test_a_send_without_answer_is_delivery_unknown_and_never_resent(
        app, client, providers, hold, frozen_clock, make_user, login_as):
    with app.app_context():
        message_id = queue(_telegram_customer(), Outbound(text="Ihr Angebot ist da")).id
        message = db.session.get(Message, message_id)
        assert message.status == MessageStatus.UNKNOWN
        assert message.needs_attention
        assert message.error_code == delivery.DELIVERY_UNKNOWN
        assert message.attempt_id
    assert len(providers.calls("POST", SEND_PATH)) == 1
    frozen_clock(hours=3)
    with app.app_context():
        assert delivery.redrive_stuck()["messages"] == 0
    assert len(providers.calls("POST", SEND_PATH)) == 1  # no second copy

    login_as(make_user(Role.ADMIN))
    page = _admin_page(client)
    assert "Ihr Angebot ist da" in page
    assert "Zustellung unklar" in page
    for action in ("Bewusst erneut senden", "Als zugestellt markieren", "Verwerfen"):
        assert action in page
    with app.app_context():
        history = [(event.from_status, event.to_status)
                   for event in delivery_history(message_id)]
    assert history == [("queued", "sending"), ("sending", "unknown")]


def _spawn_delivery(app, message_id: int) -> subprocess.Popen:
    """Deliver in a process of its own, as an RQ work horse would."""
    settings = {key: value for key, value in app.config.items()
                if key.startswith(("TELEGRAM_", "DATABASE_URL", "MEDIA_ROOT"))}
    code = ("import json, sys\n"
            "from marketplace.app import create_app\n"
            "from marketplace.config import TestConfig\n"
            "from marketplace.channels import delivery\n"
            "app = create_app(TestConfig, json.loads(sys.argv[1]))\n"
            "with app.app_context():\n"
            "    delivery.deliver_message(int(sys.argv[2]))\n")
    return subprocess.Popen(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code, json.dumps(settings), str(message_id)],
        cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_for(condition, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


@pytest.mark.real_commits
def test_a_worker_killed_during_the_send_leaves_delivery_unknown_not_a_second_copy(
        app, client, providers, hold, make_user, login_as):
    clock.unfreeze()  # the delivering process runs on the real clock
    with app.app_context():
        customer = _telegram_customer()
        message = Message(customer=customer, channel=customer.channel,
                          direction=Direction.OUTBOUND, status=MessageStatus.QUEUED,
                          text="Termin morgen 9 Uhr", purpose="service_reply",
                          payload=Outbound(text="Termin morgen 9 Uhr").to_json())
        db.session.add(message)
        db.session.commit()
        message_id = message.id
        db.session.remove()
    worker = _spawn_delivery(app, message_id)
    try:
        _wait_for(lambda: providers.calls("POST", SEND_PATH) or worker.poll() is not None)
        assert worker.poll() is None, worker.stderr.read().decode()[-2000:]
        worker.send_signal(signal.SIGKILL)
        worker.wait(30)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait(30)
        worker.stderr.close()
    with app.app_context():
        message = db.session.get(Message, message_id)
        assert message.status == MessageStatus.SENDING  # committed before the call
        db.session.remove()
        assert delivery.redrive_stuck()["messages"] == 0  # still within the timeout
        db.session.remove()
    clock.freeze(datetime.now(UTC) + delivery.SENDING_TIMEOUT + timedelta(minutes=1))
    with app.app_context():
        delivery.redrive_stuck()
        delivery.redrive_stuck()
        message = db.session.get(Message, message_id)
        assert message.status == MessageStatus.UNKNOWN
        db.session.remove()
    assert len(providers.calls("POST", SEND_PATH)) == 1

    login_as(make_user(Role.ADMIN))
    page = _admin_page(client)
    assert "Termin morgen 9 Uhr" in page
    assert "Zustellung unklar" in page


def _unknown_message(app, providers, hold) -> int:
    with app.app_context():
        message_id = queue(_telegram_customer(), Outbound(text="Bitte bestätigen")).id
        assert db.session.get(Message, message_id).status == MessageStatus.UNKNOWN
    hold.set()
    return message_id


def test_admin_sends_an_unknown_message_again_deliberately(
        app, client, providers, hold, make_user, login_as):
    message_id = _unknown_message(app, providers, hold)
    admin = make_user(Role.ADMIN)
    login_as(admin)
    token = csrf_token_from(client, "/admin/channels/outbound")
    response = client.post(f"/admin/channels/outbound/{message_id}/retry",
                           data={"csrf_token": token})
    assert response.status_code == 302
    assert len(providers.calls("POST", SEND_PATH)) == 2  # the person chose the repeat
    with app.app_context():
        assert db.session.get(Message, message_id).status == MessageStatus.SENT
        history = delivery_history(message_id)
    assert [event.to_status for event in history] == [
        "sending", "unknown", "queued", "sending", "sent"]
    assert history[2].actor_id == admin.id


def test_admin_marks_an_unknown_message_delivered(
        app, client, providers, hold, make_user, login_as):
    message_id = _unknown_message(app, providers, hold)
    admin = make_user(Role.ADMIN)
    login_as(admin)
    token = csrf_token_from(client, "/admin/channels/outbound")
    client.post(f"/admin/channels/outbound/{message_id}/delivered", data={"csrf_token": token})
    with app.app_context():
        message = db.session.get(Message, message_id)
        assert message.status == MessageStatus.SENT
        assert not message.needs_attention
        assert delivery_history(message_id)[-1].actor_id == admin.id
    assert len(providers.calls("POST", SEND_PATH)) == 1
    assert "Bitte bestätigen" not in _admin_page(client)
    # Marking twice is refused: there is nothing unknown left.
    again = client.post(f"/admin/channels/outbound/{message_id}/delivered",
                        data={"csrf_token": token})
    assert again.status_code == 409


def test_admin_discards_an_unknown_message(app, client, providers, hold, make_user, login_as):
    message_id = _unknown_message(app, providers, hold)
    admin = make_user(Role.ADMIN)
    login_as(admin)
    token = csrf_token_from(client, "/admin/channels/outbound")
    client.post(f"/admin/channels/outbound/{message_id}/dismiss", data={"csrf_token": token})
    with app.app_context():
        message = db.session.get(Message, message_id)
        assert message.status == MessageStatus.UNKNOWN  # nobody knows more than before
        assert not message.needs_attention
        last = delivery_history(message_id)[-1]
        assert (last.actor_id, last.note) == (admin.id, "discarded by an admin")
    assert "Bitte bestätigen" not in _admin_page(client)
    assert len(providers.calls("POST", SEND_PATH)) == 1


def test_a_refused_connection_is_retried_because_nothing_left(app_ctx, providers, monkeypatch,
                                                             frozen_clock):
    monkeypatch.setitem(app_ctx.config, "TELEGRAM_API_URL", "http://127.0.0.1:1")
    message = queue(_telegram_customer(), Outbound(text="Hallo"))
    assert message.status == MessageStatus.QUEUED
    assert message.error_code == "network"
    assert message.next_attempt_at is not None


def test_a_web_chat_message_left_sending_is_simply_sent(app_ctx, providers, frozen_clock):
    customer = make_customer(ChannelName.WEBCHAT, external_id="w" + "0" * 40, phone=None)
    stuck = Message(customer=customer, channel=customer.channel, direction=Direction.OUTBOUND,
                    status=MessageStatus.SENDING, text="Hallo", purpose="service_reply",
                    payload=Outbound(text="Hallo").to_json(), attempts=1,
                    attempt_id="a" * 32, sending_since=clock.now())
    db.session.add(stuck)
    db.session.commit()
    frozen_clock(minutes=10)
    assert delivery.redrive_stuck()["messages"] == 1
    db.session.refresh(stuck)
    assert stuck.status == MessageStatus.SENT
    assert not db.session.scalar(sa.select(sa.func.count(Message.id)).where(
        Message.needs_attention.is_(True)))


def test_holds_releases_and_receipts_are_recorded(app, client, providers):
    from tests.channels.conftest import load_fixture, post_webhook

    with app.app_context():
        customer = make_customer(last_inbound_hours_ago=25)  # WhatsApp window closed
        message_id = queue(customer, Outbound(text="Später")).id
        assert db.session.get(Message, message_id).status == MessageStatus.HELD
    post_webhook(client, "whatsapp", load_fixture("whatsapp", "text__plain"))  # writes again
    with app.app_context():
        message = db.session.get(Message, message_id)
        assert message.status == MessageStatus.SENT
        provider_id = message.provider_message_id
    receipt = load_fixture("whatsapp", "status__delivered").replace(
        b"wamid.OUT0001", provider_id.encode())
    post_webhook(client, "whatsapp", receipt)
    with app.app_context():
        history = [(event.from_status, event.to_status)
                   for event in delivery_history(message_id)]
    assert history == [("held", "queued"), ("queued", "sending"), ("sending", "sent"),
                       ("sent", "delivered")]
