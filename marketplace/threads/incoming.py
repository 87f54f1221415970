"""A customer's message arriving in a business's thread.

`routing` decides which thread a message belongs to; this module stores it there as the
customer's entry (with its files), tells the business through `customer_message_received`,
and answers the customer when an answer helps. Nothing here commits: the bot's unit of work
for the message does.

Files the customer sends into a thread go to that one business only: they are attached to
the thread entry, never to the job (whose files every business with a media consent may
see). The consent ledger records each such message as the customer's own act of sharing
those files with that business (purpose `thread_media`, the thread entry as evidence);
`visible_to` opens exactly those files to exactly that business while the sharing stands.
"""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace import clock
from marketplace.channels import outbound as channels_outbound
from marketplace.channels.base import MessageKind, Outbound, Purpose
from marketplace.channels.models import Customer, Message
from marketplace.consent.ledger import grant_expires_at
from marketplace.consent.models import (
    ConsentAction,
    ConsentEvent,
    ConsentPurpose,
    EvidenceKind,
)
from marketplace.consent.recipients import current_recipients
from marketplace.consent.recording import Evidence, append_event
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.media.models import MediaFile, MediaStatus
from marketplace.quotes.models import Lead
from marketplace.tenancy.models import Tenant
from marketplace.threads import signals
from marketplace.threads.models import ThreadAuthor, ThreadMessage, thread_message_media
from marketplace.threads.rules import is_thread_open as is_open

# One "forwarded to ..." per burst: a customer sending five photos in a row hears it once.
CONFIRM_QUIET_FOR = timedelta(minutes=10)
EVIDENCE_PREFIX = "thread_message:"


def take(customer: Customer, message: Message, lead: Lead) -> ThreadMessage | None:
    """File one message of the customer into this lead's thread and answer if useful.

    A closed lead (expired, declined, lost) takes nothing: the customer hears that this
    business is no longer on the job, and the business is not bothered.
    """
    if not is_open(lead):
        tell_closed(customer, lead)
        return None
    quiet = _recently_written(lead)
    entry = file_message(customer, message, lead)
    if not quiet:
        confirm(customer, lead)
    return entry


def take_many(customer: Customer, messages: list[Message], lead: Lead) -> int:
    """File messages that waited for "which business?" (oldest first); one confirmation."""
    if not is_open(lead):
        tell_closed(customer, lead)
        return 0
    for message in messages:
        file_message(customer, message, lead)
    if messages:
        confirm(customer, lead)
    return len(messages)


def file_message(customer: Customer, message: Message, lead: Lead) -> ThreadMessage:
    """The customer's entry in the thread, with the message's files (flush only)."""
    entry = ThreadMessage(
        tenant_id=lead.tenant_id, lead_id=lead.id, job_request_id=lead.job_request_id,
        author=ThreadAuthor.CUSTOMER, text=_entry_text(message),
        channel_message_id=message.id, created_at=clock.now())
    files = list(db.session.scalars(sa.select(MediaFile).where(
        MediaFile.message_id == message.id, MediaFile.customer_id == customer.id,
        MediaFile.status != MediaStatus.DELETED).order_by(MediaFile.id)))
    entry.media = files
    db.session.add(entry)
    db.session.flush()
    if files:
        record_sharing(customer, message, lead, entry)
    signals.customer_message_received.send(lead_id=lead.id, thread_message_id=entry.id)
    return entry


def _entry_text(message: Message) -> str:
    text = (message.text or "").strip()
    if message.kind == MessageKind.LOCATION:
        latitude = message.payload.get("latitude")
        longitude = message.payload.get("longitude")
        point = f"📍 {latitude:.5f}, {longitude:.5f}" if isinstance(latitude, float) and \
            isinstance(longitude, float) else "📍"
        return f"{point} {text}".strip()
    return text


def _recently_written(lead: Lead) -> bool:
    """Whether the customer wrote into this thread a moment ago (then no new confirmation)."""
    return db.session.scalar(sa.select(ThreadMessage.id).where(
        ThreadMessage.lead_id == lead.id, ThreadMessage.author == ThreadAuthor.CUSTOMER,
        ThreadMessage.created_at >= clock.now() - CONFIRM_QUIET_FOR).limit(1)) is not None


# --- answers to the customer -----------------------------------------------------------


def confirm(customer: Customer, lead: Lead) -> None:
    say(customer, lead, _("Forwarded to %(business)s (request %(reference)s).",
                          business=lead.tenant.name, reference=lead.job_request.reference))


def tell_closed(customer: Customer, lead: Lead) -> None:
    say(customer, lead, _("%(business)s is no longer working on your request %(reference)s, "
                          "so your message was not passed on. Write STATUS to see where your "
                          "requests stand.",
                          business=lead.tenant.name, reference=lead.job_request.reference))


def say(customer: Customer, lead: Lead | None, text: str) -> Message | None:
    return channels_outbound.queue_outbound(
        customer, Outbound(text=text), purpose=Purpose.SERVICE_REPLY,
        job_request_id=lead.job_request_id if lead is not None else None)


# --- the files: one business, on the ledger ---------------------------------------------


def record_sharing(customer: Customer, message: Message, lead: Lead,
                   entry: ThreadMessage) -> ConsentEvent:
    """The customer sent files into this business's thread: their own act of sharing, kept
    in the consent ledger with the thread entry as evidence (flush only).

    A purpose of its own (not `media_sharing`): sending one photo to one business must not
    open the job's other photos to it, nor overturn a "no" the customer gave to those.
    """
    tenant = lead.tenant
    return append_event(
        customer_id=customer.id, tenant=tenant, job_request=lead.job_request,
        purpose=ConsentPurpose.THREAD_MEDIA, action=ConsentAction.GRANT,
        recipient_list_version=current_recipients(tenant).version, channel=message.channel,
        evidence=Evidence(EvidenceKind.MESSAGE, f"{EVIDENCE_PREFIX}{entry.id}", message))


def visible_to(tenant: Tenant, media_file: MediaFile) -> bool:
    """Whether this business may open this file of a customer right now: exactly the files
    the customer sent into its own thread, while that sharing is not withdrawn or expired
    (every request asks again, so a WIDERRUF closes them at once)."""
    if tenant is None or media_file is None or media_file.status != MediaStatus.STORED:
        return False
    entry = db.session.scalar(
        sa.select(ThreadMessage)
        .join(thread_message_media,
              thread_message_media.c.thread_message_id == ThreadMessage.id)
        .where(thread_message_media.c.media_file_id == media_file.id,
               ThreadMessage.tenant_id == tenant.id,
               ThreadMessage.author == ThreadAuthor.CUSTOMER)
        .order_by(ThreadMessage.id).limit(1))
    if entry is None:
        return False
    grant = db.session.scalar(sa.select(ConsentEvent).where(
        ConsentEvent.tenant_id == tenant.id,
        ConsentEvent.purpose == ConsentPurpose.THREAD_MEDIA,
        ConsentEvent.action == ConsentAction.GRANT,
        ConsentEvent.evidence_ref == f"{EVIDENCE_PREFIX}{entry.id}").limit(1))
    if grant is None:
        return False
    ended = db.session.scalar(sa.select(ConsentEvent.id).where(
        ConsentEvent.customer_id == grant.customer_id, ConsentEvent.tenant_id == tenant.id,
        ConsentEvent.purpose == ConsentPurpose.THREAD_MEDIA,
        ConsentEvent.job_request_id == grant.job_request_id,
        ConsentEvent.action.in_([ConsentAction.WITHDRAW, ConsentAction.EXPIRE]),
        ConsentEvent.id > grant.id).limit(1))
    if ended is not None:
        return False
    expires = grant_expires_at(grant, db.session.get(JobRequest, entry.job_request_id))
    return expires is None or clock.now() < expires
