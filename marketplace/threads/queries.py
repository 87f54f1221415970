"""Reading a lead's thread as its business may see it.

The customer's words come masked until the customer shared contact details with this
business (`consent.ledger.visible_text_for`); no entry carries the customer's phone
number, messenger id or profile name. Each business entry shows how far its message got
(queued, sent, delivered, read; held or refused by the gate, with the reason in words).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from marketplace.accounts.models import User
from marketplace.channels import gate, registry
from marketplace.channels.base import ChannelName
from marketplace.channels.models import GateVerdict, Message, MessageStatus
from marketplace.consent.ledger import text_masker
from marketplace.db import db
from marketplace.media.models import MediaFile, MediaStatus
from marketplace.quotes.models import Lead
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.scoping import get_scoped
from marketplace.threads import incoming, rules
from marketplace.threads.files import MAX_FILES
from marketplace.threads.models import ThreadAuthor, ThreadMessage
from marketplace.threads.outgoing import TEMPLATE_NAME, is_notice_only
from marketplace.threads.splitting import MAX_MESSAGE_CHARS


class DeliveryState:
    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    NOTICE_SENT = "notice_sent"  # only the template notice reached the customer (yet)
    HELD = "held"
    REFUSED = "refused"
    FAILED = "failed"


@dataclass(frozen=True)
class Delivery:
    state: str
    label: str
    reason: str | None = None

    @property
    def is_problem(self) -> bool:
        return self.state in (DeliveryState.HELD, DeliveryState.REFUSED, DeliveryState.FAILED)


@dataclass(frozen=True)
class ThreadFile:
    public_id: str
    kind: str  # image, video, audio, document
    content_type: str | None
    from_business: bool
    # Whether this business may open it now (its own file; a customer's file while the
    # customer's sharing stands).
    openable: bool


@dataclass(frozen=True)
class ThreadEntry:
    id: int
    author: str  # ThreadAuthor
    author_name: str
    text: str  # the customer's words already masked for this business
    files: tuple[ThreadFile, ...]
    created_at: datetime
    delivery: Delivery | None  # business entries only
    read_at: datetime | None


# Entries shown at once; a long conversation pages back from its newest entries.
THREAD_PAGE_SIZE = 100


@dataclass(frozen=True)
class ThreadPage:
    lead: Lead
    entries: tuple[ThreadEntry, ...]
    is_open: bool
    closed_reason: str | None
    can_write: bool
    notices: tuple[str, ...]  # what the business should know before writing
    max_chars: int = MAX_MESSAGE_CHARS
    max_files: int = MAX_FILES
    # The id to ask `before` for the entries older than these; None when these go back to
    # the start of the conversation.
    earlier_before: int | None = None


def _delivery(message: Message | None) -> Delivery:
    if message is None or (message.status == MessageStatus.FAILED
                           and message.gate_decision == GateVerdict.REFUSE):
        return Delivery(DeliveryState.REFUSED, _("Not sent"), _(
            "The customer does not allow any more messages (they wrote STOP). Nothing was "
            "sent."))
    if message.status == MessageStatus.HELD:
        return Delivery(DeliveryState.HELD, _("Not delivered"), _(
            "Not delivered: the customer last wrote more than 24 hours ago, and outside "
            "that window the messenger only allows approved templates. It goes out by "
            "itself as soon as the customer writes again."))
    if message.status == MessageStatus.FAILED:
        return Delivery(DeliveryState.FAILED, _("Delivery failed"), _(
            "The messenger did not accept this message; the platform team has been told."))
    if is_notice_only(message):
        return Delivery(DeliveryState.NOTICE_SENT, _("Notice sent"), _(
            "Outside the messenger's 24-hour window only a notice could be sent that you "
            "wrote. Your message follows as soon as the customer answers."))
    labels = {MessageStatus.QUEUED: _("Sending"), MessageStatus.SENT: _("Sent"),
              MessageStatus.DELIVERED: _("Delivered"), MessageStatus.READ: _("Read")}
    state = {MessageStatus.QUEUED: DeliveryState.QUEUED, MessageStatus.SENT: DeliveryState.SENT,
             MessageStatus.DELIVERED: DeliveryState.DELIVERED,
             MessageStatus.READ: DeliveryState.READ}.get(MessageStatus(message.status),
                                                          DeliveryState.QUEUED)
    return Delivery(state, labels.get(MessageStatus(message.status), _("Sending")))


def delivery_of(entry: ThreadMessage) -> Delivery:
    """How far one business entry got (for the answer right after sending)."""
    message = (db.session.get(Message, entry.channel_message_id)
               if entry.channel_message_id else None)
    return _delivery(message)


def _file(tenant: Tenant, media_file: MediaFile, *, from_business: bool) -> ThreadFile:
    if from_business:
        openable = (media_file.tenant_id == tenant.id
                    and media_file.status == MediaStatus.STORED)
    else:
        openable = incoming.visible_to(tenant, media_file)
    return ThreadFile(public_id=media_file.public_id, kind=media_file.kind,
                      content_type=media_file.content_type, from_business=from_business,
                      openable=openable)


def entries_of(lead: Lead) -> list[ThreadEntry]:
    """The whole thread of a lead already scoped to its business, oldest first."""
    return _entries(lead)[0]


def _entries(lead: Lead, *, before: int | None = None, limit: int | None = None
             ) -> tuple[list[ThreadEntry], bool]:
    """Oldest first: every entry, or the newest `limit` ones before the entry `before`; and
    whether older entries remain."""
    tenant, job = lead.tenant, lead.job_request
    query = (sa.select(ThreadMessage).where(ThreadMessage.lead_id == lead.id,
                                            ThreadMessage.tenant_id == lead.tenant_id)
             .options(selectinload(ThreadMessage.media)))
    if before is not None:
        query = query.where(ThreadMessage.id < before)
    if limit is None:
        rows, earlier = list(db.session.scalars(query.order_by(ThreadMessage.id))), False
    else:
        rows = list(db.session.scalars(query.order_by(ThreadMessage.id.desc()).limit(limit + 1)))
        earlier = len(rows) > limit
        rows = rows[:limit][::-1]
    message_ids = {row.channel_message_id for row in rows
                   if row.author == ThreadAuthor.BUSINESS and row.channel_message_id}
    messages = {message.id: message for message in db.session.scalars(
        sa.select(Message).where(Message.id.in_(message_ids)))} if message_ids else {}
    user_ids = {row.author_user_id for row in rows if row.author_user_id}
    users = {user.id: user for user in db.session.scalars(
        sa.select(User).where(User.id.in_(user_ids)))} if user_ids else {}
    customer_words = text_masker(tenant, job)
    entries = []
    for row in rows:
        from_business = row.author == ThreadAuthor.BUSINESS
        if from_business:
            user = users.get(row.author_user_id)
            author_name = (user.name or _("Your business")) if user else _("Your business")
            text = row.text or ""
            delivery = _delivery(messages.get(row.channel_message_id))
        else:
            author_name = _("Customer")
            text = customer_words(row.text)
            delivery = None
        entries.append(ThreadEntry(
            id=row.id, author=row.author, author_name=author_name, text=text,
            files=tuple(_file(tenant, media_file, from_business=from_business)
                        for media_file in row.media),
            created_at=row.created_at, delivery=delivery, read_at=row.read_at))
    return entries, earlier


def thread_of(tenant: Tenant, lead_id: Any) -> list[ThreadEntry]:
    """A lead's thread for its business (another business's lead is a 404)."""
    return entries_of(get_scoped(Lead, tenant, lead_id))


def _notices(lead: Lead) -> tuple[str, ...]:
    customer = lead.job_request.customer
    if customer.has_opted_out:
        return (_("The customer does not allow any more messages (they wrote STOP). What you "
                  "write here is not sent."),)
    if gate.window_is_open(customer) or customer.channel not in registry.WINDOWED_CHANNELS:
        return ()
    if (customer.channel == ChannelName.WHATSAPP
            and TEMPLATE_NAME in registry.approved_templates()):
        return (_("The customer last wrote more than 24 hours ago: they first get a notice "
                  "that you wrote, and your message follows as soon as they answer."),)
    return (_("The customer last wrote more than 24 hours ago, so the messenger does not "
              "let us deliver your message now. It is held and can be sent as soon as the "
              "customer writes again."),)


def lead_thread(tenant: Tenant, user: Any, lead: Lead, *, before: int | None = None
                ) -> ThreadPage:
    """What the lead page shows of the conversation, for this user: the newest
    THREAD_PAGE_SIZE entries (before the entry `before`, to page back)."""
    if lead.tenant_id != tenant.id:
        lead = get_scoped(Lead, tenant, lead.id)
    entries, earlier = _entries(lead, before=before, limit=THREAD_PAGE_SIZE)
    return ThreadPage(lead=lead, entries=tuple(entries),
                      earlier_before=entries[0].id if earlier and entries else None,
                      is_open=rules.is_thread_open(lead), closed_reason=rules.closed_reason(lead),
                      can_write=rules.may_write(user), notices=_notices(lead))
