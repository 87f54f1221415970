"""Several messages within a few seconds are one turn with one answer: through the web chat's
real URLs, with the clock moved by hand and the sweep a worker's clock would start."""

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


def test_three_quick_messages_get_one_answer_that_reads_all_of_them(
        client, app, frozen_clock, burst_window):
    chat = HttpChat(client)
    assert chat.send("Hallo, unser Dach ist seit dem Sturm undicht") == []
    frozen_clock(seconds=1)
    assert chat.send("60311") == []
    frozen_clock(seconds=1)
    assert chat.send("nächste Woche wäre gut") == []
    tick(app)  # still typing: the newest message is a second old
    assert chat.poll() == []
    frozen_clock(seconds=4)
    tick(app)
    [answer] = chat.poll()
    # One answer, and it took the postcode and the timing from the messages in between.
    assert "60311" in answer["text"]
    assert "Binnen einer Woche" in answer["text"]
    assert choice_ids(answer) == ["intake:photos:none"]
    tick(app)
    assert chat.poll() == []  # answered once, not once per message
    with app.app_context():
        conversation = db.session.scalar(sa.select(Conversation).order_by(
            Conversation.id.desc()))
        assert (conversation.postcode, conversation.timing) == ("60311", "week")
        assert conversation.description == "Hallo, unser Dach ist seit dem Sturm undicht"
        statuses = set(db.session.scalars(sa.select(Message.status).where(
            Message.customer_id == conversation.customer_id,
            Message.direction == Direction.INBOUND)))
        assert statuses == {MessageStatus.HANDLED}
        # A task delivered late for one of them does nothing.
        first = db.session.scalar(sa.select(Message.id).where(
            Message.customer_id == conversation.customer_id,
            Message.direction == Direction.INBOUND).order_by(Message.id))
        conversation_tasks.handle_message(first)
    assert chat.poll() == []


def test_a_burst_of_photos_is_thanked_for_once_with_the_right_plural(
        client, app, frozen_clock, burst_window):
    chat = HttpChat(client)
    chat.send("Unser Dach ist seit dem Sturm undicht, 60311, nächste Woche")
    frozen_clock(seconds=5)
    tick(app)
    [photos_question] = chat.poll()
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
    frozen_clock(seconds=5)
    tick(app)
    one.poll()
    one.photo(jpeg_bytes("red"))
    frozen_clock(seconds=5)
    tick(app)
    [thanks] = one.poll()
    assert thanks["text"].startswith("Danke für das Foto!"), texts([thanks])


def test_without_a_burst_window_every_message_is_answered_at_once(client, app):
    chat = HttpChat(client)
    assert len(chat.send("Hallo, unser Dach ist seit dem Sturm undicht")) == 1
    assert len(chat.send("60311")) == 1
