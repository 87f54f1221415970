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

from marketplace import clock
from marketplace.channels.models import Customer, Direction, Message, MessageStatus
from marketplace.channels.release import release_window_held
from marketplace.conversations import intake
from marketplace.conversations.models import Conversation, ConversationStatus
from marketplace.db import db

__all__ = ["forget_stale_intakes", "handle_inbound_message"]

# --- entry point ---------------------------------------------------------------------------


def handle_inbound_message(message_id: int) -> None:
    """Process one inbound message once; a second call for the same message does nothing."""
    message = db.session.execute(
        sa.select(Message).where(Message.id == message_id).with_for_update()
    ).scalar_one_or_none()
    if message is None or message.direction != Direction.INBOUND:
        return
    if message.status == MessageStatus.HANDLED:
        return
    # One customer's messages are handled one at a time (several workers, one customer).
    customer = db.session.execute(
        sa.select(Customer).where(Customer.id == message.customer_id).with_for_update()
    ).scalar_one()
    intake.run(customer, message)
    # Only now, after the bot has read the message: a STOP must silence what was held.
    release_window_held(customer)
    message.status = MessageStatus.HANDLED
    db.session.commit()


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
