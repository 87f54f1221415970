"""Which business's thread a customer's message belongs to.

A customer may be talking to several businesses about one or more jobs, all in the one chat
with the platform's bot. A message that is not a command or a button goes, in this order:

1. to the thread of the business message it replies to (WhatsApp `context.id`, Telegram
   `reply_to_message`, Messenger `reply_to.mid`), whatever else is going on;
2. to the thread the customer chose with a reply button ("thread:reply:<lead>") in the last
   half hour;
3. while a "which business do you mean?" question is open, to the messages waiting for it;
4. to the one active thread, if exactly one business wrote recently and the customer is not
   in the middle of a new request (then the words belong to the request);
5. with several active threads, nowhere yet: the bot asks which business is meant and keeps
   the message until the customer picks one. The bot never guesses.

Otherwise the intake reads the message as before. Nothing here commits: the bot's unit of
work for the message does.
"""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace import clock
from marketplace.channels import outbound as channels_outbound
from marketplace.channels.base import ChannelName, Choice, MessageKind, Outbound, Purpose
from marketplace.channels.models import Customer, Direction, Message
from marketplace.conversations.queries import active_conversation
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.quotes.models import Lead
from marketplace.threads import incoming
from marketplace.threads.models import ThreadAuthor, ThreadMessage, ThreadRouting

# The customer's own words and files; stickers, reactions, edits and the like stay with
# the bot (it ignores or re-reads them as before).
ROUTED_KINDS = frozenset({MessageKind.TEXT, MessageKind.IMAGE, MessageKind.VIDEO,
                          MessageKind.DOCUMENT, MessageKind.AUDIO, MessageKind.LOCATION})
# After a reply button, the customer's next messages go to that business this long.
FOCUS_FOR = timedelta(minutes=30)
# A thread is active while its business wrote within this time (and the lead is open).
ACTIVE_FOR = timedelta(days=14)
# An unanswered "which business?" question: later messages join the waiting ones without
# a second question; after this long the question is asked again.
ASK_AGAIN_AFTER = timedelta(minutes=30)
# A list of businesses to pick from: WhatsApp's list rows hold ten titles of 24 characters
# (the adapters show fewer as buttons, or as a numbered text).
MAX_PICK_CHOICES = 10
MAX_CHOICE_TITLE = 24


def route_message(customer: Customer, message: Message) -> bool:
    """The message router registered with the bot: True when a thread took the message."""
    if message.kind not in ROUTED_KINDS:
        return False
    lead = replied_lead(customer, message)
    if lead is not None:
        incoming.take(customer, message, lead)
        return True
    routing = db.session.get(ThreadRouting, customer.id)
    focused = focused_lead(customer, routing)
    if focused is not None:
        routing.focus_until = clock.now() + FOCUS_FOR  # type: ignore[union-attr]
        incoming.take(customer, message, focused)
        return True
    if routing is not None and routing.waiting_message_ids:
        return _wait_for_pick(customer, message, routing)
    threads = active_leads(customer)
    if not threads or intake_in_progress(customer, threads[0]):
        return False
    if len(threads) == 1:
        incoming.take(customer, message, threads[0])
        return True
    _ask_which(customer, message, threads, routing)
    return True


# --- the explicit signs: a reply to a business message, a reply button -------------------


def referred_provider_id(message: Message) -> str | None:
    """The provider id of the message the customer replied to. Channels put it in
    `payload["refers_to"]`; WhatsApp's adapter keeps a reply's `context.id` in the extra
    fields for plain texts and files."""
    payload = message.payload or {}
    extra = payload.get("extra") or {}
    referred = payload.get("refers_to") or extra.get("context_id")
    return str(referred) if referred else None


def replied_lead(customer: Customer, message: Message) -> Lead | None:
    """The lead whose business message this message replies to, if it replies to one."""
    referred = referred_provider_id(message)
    if referred is None:
        return None
    return db.session.scalar(
        sa.select(Lead)
        .join(ThreadMessage, ThreadMessage.lead_id == Lead.id)
        .join(Message, Message.id == ThreadMessage.channel_message_id)
        .where(Message.customer_id == customer.id, Message.direction == Direction.OUTBOUND,
               Message.provider_message_id == referred)
        .limit(1))


def focused_lead(customer: Customer, routing: ThreadRouting | None) -> Lead | None:
    """The thread chosen by a reply button, while the choice lasts."""
    if routing is None or routing.focus_lead_id is None or routing.focus_until is None:
        return None
    if clock.as_utc(routing.focus_until) <= clock.now():
        return None
    return customer_lead(customer, routing.focus_lead_id)


def focus(customer: Customer, lead: Lead) -> ThreadRouting:
    """The customer's next messages go to this lead's thread for the next half hour."""
    routing = routing_of(customer)
    routing.focus_lead_id = lead.id
    routing.focus_until = clock.now() + FOCUS_FOR
    return routing


def routing_of(customer: Customer) -> ThreadRouting:
    routing = db.session.get(ThreadRouting, customer.id)
    if routing is None:
        routing = ThreadRouting(customer_id=customer.id, waiting_message_ids=[])
        db.session.add(routing)
        db.session.flush()
    return routing


def customer_lead(customer: Customer, lead_id: object) -> Lead | None:
    """One of this customer's leads by id; None for an unknown id or another customer's
    lead (a customer can only ever address their own jobs' businesses)."""
    try:
        key = int(str(lead_id))
    except ValueError:
        return None
    return db.session.scalar(
        sa.select(Lead).join(JobRequest, JobRequest.id == Lead.job_request_id)
        .where(Lead.id == key, JobRequest.customer_id == customer.id))


# --- the implicit case: which threads are active ------------------------------------------


def active_leads(customer: Customer) -> list[Lead]:
    """Open leads of this customer's jobs whose business wrote in the last two weeks, the
    most recently written first."""
    since = clock.now() - ACTIVE_FOR
    last_written = sa.func.max(ThreadMessage.created_at)
    rows = db.session.execute(
        sa.select(Lead, last_written)
        .join(ThreadMessage, ThreadMessage.lead_id == Lead.id)
        .join(JobRequest, JobRequest.id == Lead.job_request_id)
        .where(JobRequest.customer_id == customer.id,
               ThreadMessage.author == ThreadAuthor.BUSINESS,
               ThreadMessage.created_at >= since)
        .group_by(Lead.id)
        .order_by(last_written.desc(), Lead.id.desc())).all()
    return [lead for lead, _at in rows if incoming.is_open(lead)]


def intake_in_progress(customer: Customer, latest_thread: Lead) -> bool:
    """The customer is writing a new request: their unmarked words continue it. So it is
    when the request has content, or when the bot asked its first question after the
    business last wrote (the customer wrote NEU, or "Hallo")."""
    conversation = active_conversation(customer)
    if conversation is None:
        return False
    if conversation.has_content:
        return True
    business_wrote_at = db.session.scalar(sa.select(sa.func.max(ThreadMessage.created_at))
                                          .where(ThreadMessage.lead_id == latest_thread.id,
                                                 ThreadMessage.author == ThreadAuthor.BUSINESS))
    return (conversation.last_activity_at is not None and business_wrote_at is not None
            and clock.as_utc(conversation.last_activity_at) >= clock.as_utc(business_wrote_at))


# --- several active threads: ask, keep the message, file it on the answer -----------------
#
# While the question is open, `ThreadRouting.focus_until` (with no focus lead) says until
# when it stands.


def _ask_which(customer: Customer, message: Message, leads: list[Lead],
               routing: ThreadRouting | None) -> None:
    routing = routing or routing_of(customer)
    routing.waiting_message_ids = [*(routing.waiting_message_ids or []), message.id]
    routing.focus_lead_id = None
    routing.focus_until = clock.now() + ASK_AGAIN_AFTER
    # The web chat has room for the whole name; messengers cut button titles short.
    length = 200 if customer.channel == ChannelName.WEBCHAT else MAX_CHOICE_TITLE
    choices = tuple(
        Choice(f"thread:pick:{lead.id}", _clip(lead.tenant.name, length),
               description=_("%(business)s, request %(reference)s", business=lead.tenant.name,
                             reference=lead.job_request.reference))
        for lead in leads[:MAX_PICK_CHOICES])
    channels_outbound.queue_outbound(
        customer,
        Outbound(text=_("Several businesses are writing to you. Which business is your "
                        "message for?"),
                 choices=choices, choices_label=_("Choose business")),
        purpose=Purpose.SERVICE_REPLY)


def _wait_for_pick(customer: Customer, message: Message, routing: ThreadRouting) -> bool:
    """A further message while "which business?" is open joins the waiting ones without a
    second question; once the question is old (its buttons may have scrolled away) it is
    asked again, for all of them."""
    standing = routing.focus_until is not None and clock.as_utc(routing.focus_until) > clock.now()
    if standing:
        routing.waiting_message_ids = [*routing.waiting_message_ids, message.id]
        return True
    leads = active_leads(customer)
    if len(leads) < 2:
        # The businesses stopped writing meanwhile: nothing to choose from any more, the
        # bot reads the message as usual (the waiting ones stay where they were).
        routing.waiting_message_ids = []
        routing.focus_until = None
        return False
    _ask_which(customer, message, leads, routing)
    return True


def take_waiting(customer: Customer) -> list[Message]:
    """The customer's messages waiting for "which business?", oldest first; the list is
    emptied and the question closed."""
    routing = db.session.get(ThreadRouting, customer.id)
    if routing is None or not routing.waiting_message_ids:
        return []
    ids = [int(message_id) for message_id in routing.waiting_message_ids]
    routing.waiting_message_ids = []
    if routing.focus_lead_id is None:
        routing.focus_until = None
    return list(db.session.scalars(sa.select(Message).where(
        Message.id.in_(ids), Message.customer_id == customer.id,
        Message.direction == Direction.INBOUND).order_by(Message.id)))


def _clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[:length - 1] + "…"
