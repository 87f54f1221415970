"""Tasks of the intake conversation: take ids, call one service, safe to run twice."""

from __future__ import annotations

from datetime import timedelta

from flask import current_app

from marketplace import tasks
from marketplace.channels import pipeline
from marketplace.channels.models import Message
from marketplace.conversations import services
from marketplace.db import db


def handle_message(message_id: int) -> None:
    """Answer one stored inbound message (enqueued by the channels feature, or run in the
    job that stored it), together with the customer's other waiting ones; asked again
    after a pause while nothing in them can be acted on. The replies are sent from this
    job right after its commit (channels.pipeline)."""
    with pipeline.answering_here():
        wait = services.handle_inbound_message(message_id)
    if wait is not None and current_app.extensions.get("redis") is not None:
        # Inline tasks cannot wait: there the periodic sweep answers the burst.
        _ask_again_after(message_id, wait)
        db.session.commit()  # hands the delayed task over


def answer_stored_message(message: Message) -> None:
    """The job that stored `message` answers it in its own unit of work (no commit here);
    while nothing in the waiting messages can be acted on, it asks again after the pause."""
    wait = services.answer_in_unit(message)
    if wait is not None and current_app.extensions.get("redis") is not None:
        _ask_again_after(message.id, wait)


def _ask_again_after(message_id: int, wait: float) -> None:
    """Look at the customer's waiting messages again after their pause. On the queue of new
    webhooks: once due, the check waits behind the webhooks that came before it, so under
    a backlog a request sent after "Hallo" is read first and both get one answer."""
    tasks.enqueue(handle_message, message_id, delay=timedelta(seconds=wait), retry=False,
                  queue=tasks.INBOX_QUEUE)


def answer_waiting_messages() -> None:
    """Messages whose customer paused long enough get their one answer (the sweep)."""
    services.answer_waiting_messages()


def forget_stale_intakes() -> None:
    """Unfinished intakes do not keep the customer's words for ever."""
    services.forget_stale_intakes()
