"""A business writes to the customer about one lead: stored in the thread, sent through the gate.

The customer reads it in their own messenger, marked with the business's name and the
request's reference, with a "Reply" button that tells the bot which business the answer is
for. Every message passes the outbound gate: after STOP nothing goes out; outside
WhatsApp's 24-hour window only the approved template "business_message" may go out, and it
says only *that* the business wrote (the text follows once the customer answers, which
reopens the window); without an approved template the message is held for a person.

One thread entry per message the customer receives (each text part, each file), each
linked to its channel message, so the business sees the delivery state of each and a
reply to any of them finds its thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _

from marketplace import clock
from marketplace.channels import gate
from marketplace.channels import outbound as channels_outbound
from marketplace.channels.base import ChannelName, Choice, Outbound, Purpose, TemplateRef
from marketplace.channels.models import Customer, Message
from marketplace.channels.queries import SHOWN_STATUSES as SHOWN
from marketplace.conversations.parsing import command_of
from marketplace.db import db
from marketplace.errors import InvalidInput
from marketplace.media.models import MediaFile
from marketplace.quotes.models import Lead
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.scoping import get_scoped
from marketplace.threads import files as thread_files
from marketplace.threads import rules, signals
from marketplace.threads.models import ThreadAuthor, ThreadMessage
from marketplace.threads.splitting import MAX_MESSAGE_CHARS, channel_limit, split_text

# The approved WhatsApp template for outside the 24-hour window. Body (as submitted to
# Meta): "{{1}} hat Ihnen zu Ihrer Anfrage {{2}} geschrieben." with one quick-reply button
# "Antworten", whose payload we set per message to the reply button's id.
TEMPLATE_NAME = "business_message"
REPLY_PREFIX = "thread:reply"
# How far back a notice sent as a template still gets its text delivered when the
# customer answers (WhatsApp's template TTL is 30 days).
NOTICE_FOLLOW_UP = timedelta(days=30)


def reply_choice_id(lead_id: int) -> str:
    return f"{REPLY_PREFIX}:{lead_id}"


def send_business_message(tenant: Tenant, user: Any, lead_id: Any, text: str | None,
                          files: Iterable[Any] = ()) -> list[ThreadMessage]:
    """A business user's message (text and/or photos and PDFs) to the customer of one lead.

    Refused: another business's lead (NotFound), crew members (Forbidden), a closed lead
    (Conflict with the reason), an empty or too long text or a file type not allowed
    (InvalidInput naming the limit or the allowed types). Returns the new thread entries,
    files first, then the text in as many parts as the customer's channel needs. One commit.
    """
    lead = get_scoped(Lead, tenant, lead_id)
    rules.ensure_may_write(user)
    rules.ensure_open(lead)
    text = (text or "").replace("\r\n", "\n").strip()
    uploads = [upload for upload in files or () if upload is not None
               and getattr(upload, "filename", None)]
    if not text and not uploads:
        raise InvalidInput(_("Please write a message or attach a file."))
    if len(text) > MAX_MESSAGE_CHARS:
        raise InvalidInput(_("A message may have at most %(limit)s characters; this one has "
                             "%(count)s. Please shorten it or send it in two messages.",
                             limit=MAX_MESSAGE_CHARS, count=len(text)),
                           max_chars=MAX_MESSAGE_CHARS)
    media_files = thread_files.store_business_files(tenant, lead.job_request.customer, uploads)
    entries = post_to_customer(lead, user, media_files=media_files, text=text)
    _mark_customer_words_read(lead)
    db.session.commit()
    return entries


def post_to_customer(lead: Lead, user: Any, *, media_files: Sequence[MediaFile] = (),
                     text: str = "") -> list[ThreadMessage]:
    """Put the business's files (already checked, cleaned and stored for this business and
    customer) and text into the lead's thread and send them through the gate, with the
    same markers, window rules and reply button as a typed message. A building block for
    other features' units of work (a crew's photos, a completion): no commit, and the
    caller decides who may send and whether the thread is open (`rules`)."""
    customer = lead.job_request.customer
    entries = [_entry(lead, user, media=[media_file]) for media_file in media_files]
    entries += [_entry(lead, user, text=part)
                for part in split_text(text, part_limit(lead, customer))] if text else []
    if not entries:
        return []
    db.session.add_all(entries)
    db.session.flush()
    _deliver(lead, customer, entries)
    signals.business_message_sent.send(lead_id=lead.id, thread_message_id=entries[0].id)
    return entries


def _entry(lead: Lead, user: Any, *, text: str = "",
           media: Sequence[MediaFile] = ()) -> ThreadMessage:
    return ThreadMessage(tenant_id=lead.tenant_id, lead_id=lead.id,
                         job_request_id=lead.job_request_id, author=ThreadAuthor.BUSINESS,
                         author_user_id=user.id, text=text, media=list(media),
                         created_at=clock.now())


def part_limit(lead: Lead, customer: Customer) -> int:
    """Characters of the business's text per message on the customer's channel: the
    channel's cap less the longest name-and-reference line put in front of a part."""
    with force_locale(customer.language):
        prefix = _marker(lead, part=99, total=99)
    return channel_limit(customer.channel) - len(prefix) - 1


def _marker(lead: Lead, *, part: int = 1, total: int = 1) -> str:
    business, ref = lead.tenant.name, lead.job_request.reference
    if total > 1:
        return _("%(business)s (request %(ref)s, part %(part)s of %(total)s):",
                 business=business, ref=ref, part=part, total=total)
    return _("%(business)s (request %(ref)s):", business=business, ref=ref)


def _reply_choice(lead: Lead) -> Choice:
    return Choice(id=reply_choice_id(lead.id), title=_("Reply"))


def _file_link(customer: Customer, media_file: MediaFile) -> str | None:
    """The web chat shows a file as a link (the page is our own); messengers get the file
    itself."""
    if customer.channel != ChannelName.WEBCHAT:
        return None
    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    return f"{base}/chat/files/{media_file.public_id}"


def _outbounds(lead: Lead, customer: Customer, entries: Sequence[ThreadMessage]
               ) -> list[Outbound]:
    """What the customer receives for each entry, in their language; the last message
    carries the reply button."""
    texts = [entry for entry in entries if not entry.media]
    outbounds = []
    with force_locale(customer.language):
        reply = _reply_choice(lead)
        for index, entry in enumerate(entries):
            choices = (reply,) if index == len(entries) - 1 else ()
            if entry.media:
                media_file = entry.media[0]
                caption = (_("%(business)s (request %(ref)s) sent you a PDF.",
                             business=lead.tenant.name, ref=lead.job_request.reference)
                           if media_file.kind == "document" else
                           _("%(business)s (request %(ref)s) sent you a photo.",
                             business=lead.tenant.name, ref=lead.job_request.reference))
                outbounds.append(Outbound(text=caption, media_file_id=media_file.id,
                                          choices=choices, choices_label=reply.title,
                                          link_url=_file_link(customer, media_file)))
                continue
            marker = _marker(lead, part=texts.index(entry) + 1, total=len(texts))
            outbounds.append(Outbound(text=f"{marker} {entry.text}", choices=choices,
                                      choices_label=reply.title))
    return outbounds


def _template_notice(lead: Lead, customer: Customer) -> Outbound:
    """The one message that may go out while WhatsApp's window is closed: that the
    business wrote, with a button whose tap reopens the window."""
    business, ref = lead.tenant.name, lead.job_request.reference
    with force_locale(customer.language):
        reply = _reply_choice(lead)
        text = _("%(business)s wrote to you about your request %(ref)s. Tap “Reply” to read "
                 "the message and answer.", business=business, ref=ref)
    return Outbound(text=text, choices=(reply,), template=TemplateRef(
        name=TEMPLATE_NAME, language=customer.language or "de", parameters=(business, ref),
        button_payloads=(reply.id,)))


def _deliver(lead: Lead, customer: Customer, entries: Sequence[ThreadMessage]) -> None:
    """Queue the entries through the gate and link each to its channel message (None when
    the gate refused: the customer wrote STOP)."""
    if not gate.window_is_open(customer):
        notice = _template_notice(lead, customer)
        if gate.decide(customer, notice, Purpose.BUSINESS_MESSAGE).as_template:
            message = channels_outbound.queue_outbound(
                customer, notice, purpose=Purpose.BUSINESS_MESSAGE,
                job_request_id=lead.job_request_id)
            for entry in entries:
                entry.channel_message_id = message.id if message is not None else None
            return
    for entry, outbound in zip(entries, _outbounds(lead, customer, entries), strict=True):
        message = channels_outbound.queue_outbound(
            customer, outbound, purpose=Purpose.BUSINESS_MESSAGE,
            job_request_id=lead.job_request_id)
        entry.channel_message_id = message.id if message is not None else None


def _mark_customer_words_read(lead: Lead) -> None:
    """A business that answers has read what the customer wrote before."""
    db.session.execute(sa.update(ThreadMessage).where(
        ThreadMessage.lead_id == lead.id, ThreadMessage.author == ThreadAuthor.CUSTOMER,
        ThreadMessage.read_at.is_(None)).values(read_at=clock.now()),
        execution_options={"synchronize_session": False})


def is_notice_only(message: Message | None) -> bool:
    """Whether the customer received only the template notice for an entry, not its text."""
    return (message is not None and bool((message.payload or {}).get("template"))
            and message.status in SHOWN)


def deliver_after_notice(message: Message) -> None:
    """The customer wrote again (tapped "Reply" under a template notice, or anything else):
    the window is open, so the texts and files that reached them only as a notice go out
    now. A receiver of `channels.signals.customer_message_stored`, inside the inbound unit
    of work (no commit). Commands (STOP, LÖSCHEN, ...) are answered first, never followed
    by business messages."""
    customer = message.customer
    if command_of(message.text or "") is not None or not gate.window_is_open(customer):
        return
    rows = db.session.execute(
        sa.select(ThreadMessage, Message)
        .join(Message, Message.id == ThreadMessage.channel_message_id)
        .where(Message.customer_id == customer.id,
               Message.purpose == Purpose.BUSINESS_MESSAGE,
               Message.status.in_(SHOWN),
               Message.created_at >= clock.now() - NOTICE_FOLLOW_UP,
               ThreadMessage.author == ThreadAuthor.BUSINESS)
        .order_by(ThreadMessage.id)).all()
    groups: dict[int, list[ThreadMessage]] = {}
    for entry, channel_message in rows:
        if is_notice_only(channel_message):
            groups.setdefault(channel_message.id, []).append(entry)
    for entries in groups.values():
        lead = db.session.get(Lead, entries[0].lead_id)
        if lead is None or not rules.is_thread_open(lead):
            continue
        _deliver(lead, customer, entries)
