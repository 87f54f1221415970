"""The intake conversation: turns a customer's messages into a job request.

Every inbound message is handled once (`handle_inbound_message`, one unit of work): the
bot reads what it can from it (trade, description, postcode, timing, photos, contact),
asks only for what is still missing, shows a summary and, on Send, creates the job
request. Commands (HILFE, ABBRECHEN, STATUS, NEU, STOP, START, privacy commands) work at
any time. Replies go through the channels' outbound gate as intents; the channel adapter
renders buttons and lists.
"""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from flask import current_app

from marketplace import clock
from marketplace.channels.models import Customer, Direction, Message, MessageStatus
from marketplace.channels.release import release_window_held
from marketplace.conversations import intake
from marketplace.conversations.models import Conversation, ConversationStatus
from marketplace.db import db

__all__ = ["answer_in_unit", "answer_waiting_messages", "forget_stale_intakes",
           "handle_inbound_message"]

# A customer who sends several messages in a row is answered once they pause for
# INTAKE_BURST_SECONDS, but never later than this after their first waiting message.
BURST_LONGEST_WAIT = timedelta(seconds=15)
SWEEP_LOOKS_BACK = timedelta(minutes=2)

# --- entry point ---------------------------------------------------------------------------


def handle_inbound_message(message_id: int) -> float | None:
    """Answer a customer's waiting messages once: this one and any that came with it.

    What the bot can act on is answered at once (`intake.readiness`): "Hallo, unser Dach
    ist undicht" gets its answer without a pause. Only while the waiting messages hold
    nothing to act on ("Hallo", "moment", a photo of an album) does the bot wait for the
    customer to pause (`INTAKE_BURST_SECONDS`, at most `BURST_LONGEST_WAIT` after the
    first), and the seconds to wait are returned; the task asks again then (with RQ), or
    the periodic sweep does (inline tasks cannot wait). Several messages waiting together
    ("Hallo" · "Dach undicht" · "60311") are read as one turn and get one answer, also
    those that arrived while the answer was being computed: they are read under the
    customer's lock. A message already handled, alone or in an earlier turn, is not
    answered again.
    """
    # One customer's messages are handled one at a time (several workers, one customer):
    # the customer's row is locked first, then their messages, in that order everywhere
    # (the job that stores a message finds its customer with the lock), so two jobs for
    # one customer wait for each other instead of deadlocking.
    customer = db.session.scalar(sa.select(Customer).where(
        Customer.id == sa.select(Message.customer_id).where(Message.id == message_id)
        .scalar_subquery()).with_for_update())
    message = db.session.scalar(sa.select(Message).where(Message.id == message_id)
                                .with_for_update()) if customer is not None else None
    if message is None or message.direction != Direction.INBOUND or (
            message.status == MessageStatus.HANDLED):
        db.session.rollback()
        return None
    wait = _answer(customer, message)
    db.session.commit()  # when waiting nothing changed; the locks go
    return wait


def answer_in_unit(message: Message) -> float | None:
    """`handle_inbound_message` for a message stored in the caller's unit of work, which
    holds the customer's row lock since it found or made the customer, and commits (the job
    that stores a message answers it: channels.pipeline)."""
    return _answer(message.customer, message)


def _answer(customer: Customer, message: Message) -> float | None:
    window = burst_window()
    burst = waiting_messages(customer, message) if window > timedelta(0) else [message]
    wait = (None if window <= timedelta(0) or intake.can_act_on(customer, burst)
            else seconds_to_wait(burst, window))
    if wait is not None:
        return wait
    intake.run_all(customer, burst)
    # Only now, after the bot has read the messages: a STOP must silence what was held.
    release_window_held(customer)
    for waiting in burst:
        waiting.status = MessageStatus.HANDLED
    return None


def burst_window() -> timedelta:
    """How long a customer may pause between messages that still form one turn.

    Inline tasks run the moment a message is stored and cannot wait, so there the window
    is `INTAKE_BURST_INLINE_SECONDS` (0: every message answered at once) and only the
    periodic sweep answers what waits; with RQ it is `INTAKE_BURST_SECONDS`.
    """
    on_rq = current_app.extensions.get("redis") is not None
    key = "INTAKE_BURST_SECONDS" if on_rq else "INTAKE_BURST_INLINE_SECONDS"
    return timedelta(seconds=float(current_app.config.get(key, 0)))


def waiting_messages(customer: Customer, message: Message) -> list[Message]:
    """The customer's messages not yet answered that belong with `message`, oldest first
    (an old straggler whose own task is still retrying is left to that task)."""
    since = message.created_at - BURST_LONGEST_WAIT
    waiting = db.session.scalars(sa.select(Message).where(
        Message.customer_id == customer.id, Message.direction == Direction.INBOUND,
        Message.status == MessageStatus.RECEIVED, Message.created_at >= since)
        .order_by(Message.id).with_for_update()).all()
    return list(waiting) if message in waiting else [message, *waiting]


def seconds_to_wait(burst: list[Message], window: timedelta) -> float | None:
    """None to answer now; else how long until the customer has been quiet long enough."""
    if window <= timedelta(0) or not burst:
        return None
    now = clock.now()
    newest = max(waiting.created_at for waiting in burst)
    oldest = min(waiting.created_at for waiting in burst)
    if now - newest >= window or now - oldest >= BURST_LONGEST_WAIT:
        return None
    return max(0.5, (window - (now - newest)).total_seconds())


def answer_waiting_messages(*, limit: int = 200) -> int:
    """The sweep: answer every customer whose waiting messages are now quiet long enough.
    One commit per customer; returns how many customers were answered."""
    window = burst_window()
    if window <= timedelta(0):
        return 0  # every message is answered by its own task at once
    now = clock.now()
    first_waiting = db.session.execute(
        sa.select(Message.customer_id, sa.func.min(Message.id))
        .where(Message.direction == Direction.INBOUND,
               Message.status == MessageStatus.RECEIVED,
               Message.created_at <= now - window,
               # Older ones are no burst: their own task retries them.
               Message.created_at >= now - SWEEP_LOOKS_BACK)
        .group_by(Message.customer_id).limit(limit)).all()
    db.session.rollback()
    answered = 0
    for _customer_id, message_id in first_waiting:
        if handle_inbound_message(message_id) is None:
            answered += 1
    return answered


# --- retention ------------------------------------------------------------------------------

# An intake that never became a job keeps the customer's words this long, then forgets them.
STALE_INTAKE_AFTER = timedelta(days=30)


def forget_stale_intakes(*, limit: int = 500) -> int:
    """Blank the content of intakes left unfinished for 30 days (the messages themselves
    follow the privacy feature's retention). One commit; returns how many were blanked."""
    cutoff = clock.now() - STALE_INTAKE_AFTER
    stale = db.session.scalars(sa.select(Conversation).where(
        sa.or_(
            sa.and_(Conversation.status == ConversationStatus.ACTIVE,
                    Conversation.last_activity_at <= cutoff),
            sa.and_(Conversation.status.in_([ConversationStatus.CANCELLED,
                                             ConversationStatus.ABANDONED]),
                    Conversation.closed_at <= cutoff)),
        Conversation.extra["forgotten"].as_boolean().is_not(True))
        .order_by(Conversation.id).limit(limit)).all()
    for conversation in stale:
        if conversation.status == ConversationStatus.ACTIVE:
            conversation.status = ConversationStatus.ABANDONED
            conversation.closed_at = clock.now()
        conversation.description = ""
        conversation.postcode = conversation.place_name = None
        conversation.latitude = conversation.longitude = None
        conversation.contact_phone = conversation.contact_email = None
        conversation.media_file_ids = []
        conversation.offered_trade_codes = []
        conversation.extra = {"forgotten": True}
    db.session.commit()
    return len(stale)
