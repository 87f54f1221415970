"""What the bot can act on is answered at once; messages with nothing to act on yet (a
greeting, "moment", photos of an album) wait for the customer's pause and are answered
together, once; a question is never repeated word for word when nothing new came. Through
the web chat's real URLs, with the clock moved by hand and the sweep a worker's clock
would start."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from marketplace.channels.models import Direction, Message, MessageStatus
from marketplace.conversations import tasks as conversation_tasks
from marketplace.conversations.models import Conversation
from marketplace.db import db
from tests.conversations.chat import jpeg_bytes
from tests.conversations.http_chat import HttpChat, choice_ids, texts


@pytest.fixture
def burst_window(app, monkeypatch):
    # Inline tasks answer at once unless told to wait; RQ waits INTAKE_BURST_SECONDS.
    monkeypatch.setitem(app.config, "INTAKE_BURST_INLINE_SECONDS", 3)


def tick(app) -> None:
    """The worker's clock: the sweep that answers customers who paused."""
    with app.app_context():
        conversation_tasks.answer_waiting_messages()


def test_a_message_the_bot_can_act_on_is_answered_at_once(client, app, burst_window):
    chat = HttpChat(client)
    [answer] = chat.send("Hallo, unser Dach ist seit dem Sturm undicht")
    assert "Dach" in answer["text"]
    [answer] = chat.send("60311")  # the answer to the question asked: no pause either
    assert "60311" in answer["text"]
    [answer] = chat.send("nächste Woche wäre gut")
    assert "Binnen einer Woche" in answer["text"]
    assert choice_ids(answer) == ["intake:photos:none"]
    tick(app)
    assert chat.poll() == []  # nothing left waiting


def test_a_greeting_followed_within_the_pause_by_the_request_gets_one_answer(
        client, app, frozen_clock, burst_window):
    chat = HttpChat(client)
    assert chat.send("Hallo") == []  # a greeting alone: more is coming
    frozen_clock(seconds=1)
    tick(app)
    assert chat.poll() == []
    frozen_clock(seconds=1)
    [answer] = chat.send("unser Dach ist seit dem Sturm undicht, 60311")
    # One answer that greets and read the request and the place from the second message.
    assert "Assistent" in answer["text"]
    assert "60311" in answer["text"]
    frozen_clock(seconds=5)
    tick(app)
    assert chat.poll() == []  # the greeting was answered with the request, not again
    with app.app_context():
        conversation = db.session.scalar(sa.select(Conversation).order_by(
            Conversation.id.desc()))
        assert (conversation.trade_code, conversation.postcode) == ("dachdecker", "60311")
        statuses = set(db.session.scalars(sa.select(Message.status).where(
            Message.customer_id == conversation.customer_id,
            Message.direction == Direction.INBOUND)))
        assert statuses == {MessageStatus.HANDLED}


def test_messages_with_nothing_to_act_on_get_one_answer_after_the_pause(
        client, app, frozen_clock, burst_window):
    chat = HttpChat(client)
    assert chat.send("Guten Tag") == []
    frozen_clock(seconds=1)
    assert chat.send("ich hätte da mal eine Frage") == []  # a fragment: still waiting
    tick(app)
    assert chat.poll() == []
    frozen_clock(seconds=4)
    tick(app)
    [answer] = chat.poll()  # both read together, answered once
    assert "Assistent" in answer["text"]
    assert "intake:trade:dachdecker" in choice_ids(answer)
    tick(app)
    assert chat.poll() == []
    with app.app_context():
        # A task delivered late for one of them does nothing.
        first = db.session.scalar(sa.select(Message.id).where(
            Message.direction == Direction.INBOUND).order_by(Message.id))
        conversation_tasks.handle_message(first)
    assert chat.poll() == []


def test_the_same_question_is_not_sent_twice_when_nothing_new_came(
        client, app, frozen_clock, burst_window):
    chat = HttpChat(client)
    chat.send("Hallo")
    frozen_clock(seconds=4)
    tick(app)
    [question] = chat.poll()
    assert "Wobei" in question["text"] or "Womit" in question["text"], question["text"]
    for nothing_new in ("Hallo", "moment", "👍"):
        chat.send(nothing_new)
        frozen_clock(seconds=4)
        tick(app)
        assert chat.poll() == [], nothing_new  # no word-for-word repeat
    [answer] = chat.send("Das Dach ist undicht")
    assert answer["text"] != question["text"]
    assert "Dach" in answer["text"]


def test_a_burst_of_photos_is_thanked_for_once_with_the_right_plural(
        client, app, frozen_clock, burst_window):
    chat = HttpChat(client)
    [photos_question] = chat.send("Unser Dach ist seit dem Sturm undicht, 60311, nächste Woche")
    assert "Fotos" in photos_question["text"]
    chat.photo(jpeg_bytes("red"))
    chat.photo(jpeg_bytes("blue"))
    chat.photo(jpeg_bytes("green"))
    frozen_clock(seconds=5)
    tick(app)
    [thanks] = chat.poll()
    assert thanks["text"].startswith("Danke für die Fotos!")
    assert choice_ids(thanks) == ["intake:photos:done"]
    one = HttpChat(app.test_client())
    one.send("Unser Dach ist seit dem Sturm undicht, 60311, nächste Woche")
    one.photo(jpeg_bytes("red"))
    frozen_clock(seconds=5)
    tick(app)
    [thanks] = one.poll()
    assert thanks["text"].startswith("Danke für das Foto!"), texts([thanks])


def test_without_a_burst_window_every_message_is_answered_at_once(client, app):
    chat = HttpChat(client)
    assert len(chat.send("Hallo, unser Dach ist seit dem Sturm undicht")) == 1
    assert len(chat.send("60311")) == 1
