"""SQL statements per inbound WhatsApp text, from the signed webhook to the bot's reply at
the Graph stand-in (tasks inline: the webhook's job, the bot's turn and the send run in the
request, as one worker job runs them): the same for a customer with a short history as for
one with a long one, and within a budget. Counts, not timings: bench/worker_profile.py and
bench/e2e_messages.py measure time."""

from __future__ import annotations

import itertools
import json

import pytest
import sqlalchemy as sa

from marketplace import clock
from marketplace.channels.base import ChannelName, MessageKind
from marketplace.channels.models import Customer, Direction, Message, MessageStatus
from marketplace.conversations.models import Conversation, ConversationStatus, Step
from marketplace.db import db
from marketplace.jobs.models import JobRequest, JobStatus
from tests.channels.conftest import _provider_server, post_webhook, providers  # noqa: F401
from tests.speed.test_statement_counts import counted

# What a new customer's first text costs today, webhook to reply: 20 statements on SQLite
# and PostgreSQL (savepoints not counted; 37 before the one-job pipeline). The budget leaves
# a little room; a query per message of the history would break it at once.
STATEMENT_BUDGET = 24
_sequence = itertools.count(1)


def whatsapp_text(number: str, text: str) -> bytes:
    return json.dumps({"object": "whatsapp_business_account", "entry": [{
        "id": "310000000000001", "changes": [{"field": "messages", "value": {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "4930123456",
                         "phone_number_id": "220000000000002"},
            "contacts": [{"profile": {"name": "Zähl Kunde"}, "wa_id": number}],
            "messages": [{"from": number, "id": f"wamid.COUNT{next(_sequence)}",
                          "timestamp": str(int(clock.now().timestamp())), "type": "text",
                          "text": {"body": text}}]}}]}]}).encode()


def history(app, number: str, requests: int) -> None:
    """A returning customer: `requests` finished requests, each with its conversation and
    ten messages in and out."""
    with app.app_context():
        customer = Customer(channel=ChannelName.WHATSAPP, external_id=number, phone=number,
                            language="de")
        db.session.add(customer)
        db.session.flush()
        for index in range(requests):
            conversation = Conversation(
                customer_id=customer.id, status=ConversationStatus.SUBMITTED, step=Step.SUMMARY,
                language="de", offered_trade_codes=[], media_file_ids=[], extra={},
                description="Wand streichen", photos_answered=True,
                last_activity_at=clock.now(), submitted_at=clock.now())
            db.session.add(conversation)
            db.session.flush()
            db.session.add(JobRequest(
                reference=f"H{number[-4:]}{index:03d}", customer_id=customer.id,
                channel=ChannelName.WHATSAPP, trade_code="maler",
                description="Wand streichen", postcode="10115", timing="month",
                status=JobStatus.CLOSED, conversation_id=conversation.id))
            for turn in range(10):
                inbound = turn % 2 == 0
                db.session.add(Message(
                    customer_id=customer.id, channel=ChannelName.WHATSAPP,
                    direction=Direction.INBOUND if inbound else Direction.OUTBOUND,
                    kind=MessageKind.TEXT, text=f"Nachricht {index}.{turn}", payload={},
                    status=MessageStatus.HANDLED if inbound else MessageStatus.SENT,
                    provider_message_id=f"wamid.HIST{number}.{index}.{turn}", attempts=0))
        db.session.commit()


def statements_to_reply(app, client, providers, number: str,  # noqa: F811 - the fixture
                        text: str) -> list[str]:
    replies_before = len(providers.calls("POST", "/messages$"))
    with counted(app) as statements:
        assert post_webhook(client, "whatsapp", whatsapp_text(number, text)).status_code == 200
    assert len(providers.calls("POST", "/messages$")) == replies_before + 1  # the reply
    return statements


def test_a_new_customers_first_message_is_answered_within_the_budget(
        app, client, providers):  # noqa: F811 - the fixture
    statements_to_reply(app, client, providers, "4917600000001", "Hallo, mein Dach ist undicht")
    statements = statements_to_reply(app, client, providers, "4917600000002",
                                     "Hallo, unser Dach ist seit dem Sturm undicht")
    assert len(statements) <= STATEMENT_BUDGET, "\n".join(statements)


@pytest.mark.parametrize("step", ["new request", "answer"])
def test_a_long_history_costs_no_more_statements_than_a_short_one(
        app, client, providers, step):  # noqa: F811 - the fixture
    history(app, "4917600000011", requests=1)
    history(app, "4917600000012", requests=12)
    counts = []
    for number in ("4917600000011", "4917600000012"):
        first = statements_to_reply(app, client, providers, number,
                                    "Hallo, unser Dach ist seit dem Sturm undicht")
        second = statements_to_reply(app, client, providers, number, "60311")
        counts.append(first if step == "new request" else second)
    short, long = counts
    assert len(long) == len(short), "\n".join(long)


def _savepoints(app):
    """SAVEPOINT statements sent while the returned list is being filled."""
    sent: list[str] = []

    def note(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("SAVEPOINT"):
            sent.append(statement)

    with app.app_context():
        engine = db.engine
    sa.event.listen(engine, "before_cursor_execute", note)
    return engine, note, sent


@pytest.mark.real_commits  # the suite's own transaction would add savepoints
def test_a_message_is_stored_and_answered_without_a_savepoint(
        app, client, providers):  # noqa: F811 - the fixture
    """Savepoints cost two round trips each; the usual message needs none (only a duplicate
    or a failing bot does, and then the event is processed again with them)."""
    engine, note, sent = _savepoints(app)
    try:
        statements_to_reply(app, client, providers, "4917600000021",
                            "Hallo, unser Dach ist seit dem Sturm undicht")
    finally:
        sa.event.remove(engine, "before_cursor_execute", note)
    assert sent == []


@pytest.mark.real_commits  # the suite's own transaction would add savepoints
def test_the_same_message_in_another_post_is_stored_and_answered_once(
        app, client, providers):  # noqa: F811 - the fixture
    """A provider delivering one message again inside a different POST (a new body, so the
    inbox keeps both): the message is stored once and answered once; the second POST is
    processed (with savepoints, after its first try hit the duplicate)."""
    from marketplace.channels.models import InboxEvent, InboxStatus

    first = whatsapp_text("4917600000031", "Hallo, unser Dach ist seit dem Sturm undicht")
    again = json.loads(first)
    again["entry"][0]["changes"][0]["value"]["contacts"][0]["profile"]["name"] = "Neu"
    replies_before = len(providers.calls("POST", "/messages$"))
    assert post_webhook(client, "whatsapp", first).status_code == 200
    engine, note, sent = _savepoints(app)
    try:
        assert post_webhook(client, "whatsapp", json.dumps(again).encode()).status_code == 200
    finally:
        sa.event.remove(engine, "before_cursor_execute", note)
    assert len(providers.calls("POST", "/messages$")) == replies_before + 1
    assert sent, "the duplicate was decided without the savepoint"
    provider_id = again["entry"][0]["changes"][0]["value"]["messages"][0]["id"]
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Message.id)).where(
            Message.provider_message_id == provider_id)) == 1
        assert db.session.scalars(sa.select(InboxEvent.status)).all() == [
            InboxStatus.PROCESSED, InboxStatus.PROCESSED]


@pytest.mark.real_commits
def test_a_failing_bot_leaves_the_message_stored_for_the_sweep(
        app, client, providers, monkeypatch, frozen_clock):  # noqa: F811 - the fixture
    """The bot fails in the first, savepoint-free try: everything is rolled back and the
    event processed again with the savepoint, which keeps the message (unanswered, for the
    re-drive sweep) and undoes only the bot's part. Once the bot works again, the sweep
    answers the customer: one reply reaches the provider."""
    from marketplace.channels import delivery
    from marketplace.channels.models import InboxEvent, InboxStatus
    from marketplace.conversations import services

    def broken(*_args, **_kwargs):
        raise RuntimeError("the bot is broken")

    monkeypatch.setitem(app.config, "TASKS_INLINE_RAISE", False)
    original_run_all = services.intake.run_all
    monkeypatch.setattr(services.intake, "run_all", broken)
    replies_before = len(providers.calls("POST", "/messages$"))
    body = whatsapp_text("4917600000041", "Hallo, unser Dach ist seit dem Sturm undicht")
    assert post_webhook(client, "whatsapp", body).status_code == 200
    assert len(providers.calls("POST", "/messages$")) == replies_before
    with app.app_context():
        assert db.session.scalar(sa.select(InboxEvent.status)) == InboxStatus.PROCESSED
        (stored,) = db.session.scalars(sa.select(Message).where(
            Message.direction == Direction.INBOUND)).all()
        assert stored.status == MessageStatus.RECEIVED
        assert db.session.scalar(sa.select(sa.func.count(Conversation.id))) == 0

    monkeypatch.setattr(services.intake, "run_all", original_run_all)
    frozen_clock(minutes=3)  # older than the sweep's STUCK_AFTER
    with app.app_context():
        delivery.redrive_stuck()
    assert len(providers.calls("POST", "/messages$")) == replies_before + 1
