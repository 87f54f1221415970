"""Nobody waits unseen: who is told, outside the page they would otherwise have to watch.

- A web-chat customer who gave an e-mail address hears of a quote or a business's message
  by e-mail, with a signed link back into the chat (`channels.resume`). Customers of the
  messengers already get the message itself in their app, so they get no e-mail.
- The business's owners and office staff hear of a customer's message by e-mail (if they
  keep e-mails on) and in their linked Telegram chat; of a new lead in Telegram (quotes
  sends the new-lead e-mail itself and asks the same setting).

Receivers run inside the sender's unit of work and only schedule a task; each task is one
unit of work of its own, so a failed notice never undoes the message it is about. A burst of
messages brings one notice: only the first message after a quiet spell is announced.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import sqlalchemy as sa
from flask import current_app
from flask_babel import force_locale, ngettext
from flask_babel import gettext as _

from marketplace import tasks
from marketplace.accounts.models import User
from marketplace.accounts.notification_settings import NOTIFIED_ROLES
from marketplace.channels import outbound as channels_outbound
from marketplace.channels import resume
from marketplace.channels.base import ChannelName, Outbound, Purpose
from marketplace.channels.models import Customer
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.mail import send_email
from marketplace.quotes.formatting import trade_label
from marketplace.quotes.models import Lead, Quote, QuoteEvent
from marketplace.threads.models import ThreadAuthor, ThreadMessage

log = logging.getLogger(__name__)

# One e-mail to a customer covers the business messages of the next quarter hour.
CUSTOMER_QUIET = timedelta(minutes=15)
# One notice to a business covers a customer's messages on that lead for ten minutes.
BUSINESS_QUIET = timedelta(minutes=10)


# --- receivers (connected in wiring.py) -----------------------------------------------------

def on_quote_sent(_sender: object = None, *, quote_id: int, updated: bool = False,
                  **_extra: object) -> None:
    tasks.enqueue(email_customer_about_quote, quote_id, updated)


def on_business_message_sent(_sender: object = None, *, lead_id: int, thread_message_id: int,
                             **_extra: object) -> None:
    tasks.enqueue(email_customer_about_message, thread_message_id)


def on_lead_offered(_sender: object = None, *, lead_id: int, **_extra: object) -> None:
    tasks.enqueue(telegram_new_lead, lead_id)


def on_customer_message_received(_sender: object = None, *, lead_id: int,
                                 thread_message_id: int, **_extra: object) -> None:
    tasks.enqueue(alert_business_of_customer_message, thread_message_id)


# --- to the web-chat customer, by e-mail ----------------------------------------------------

def _customer_address(job: JobRequest) -> tuple[Customer, str] | None:
    """Whom to e-mail about this job: only a web-chat customer who gave an address and has
    not asked for silence."""
    customer = job.customer
    if customer is None or customer.channel != ChannelName.WEBCHAT:
        return None
    if customer.has_opted_out or not (job.contact_email or "").strip():
        return None
    return customer, job.contact_email.strip()


def _email_customer(job: JobRequest, subject: str, news: str) -> None:
    found = _customer_address(job)
    if found is None:
        return
    customer, address = found
    with force_locale(customer.language):
        body = "\n\n".join((
            _("Hello,"),
            news,
            _("Continue in your chat (on this or any other device):"),
            resume.resume_url(customer),
            ngettext("The link is valid for %(num)d day. Please do not pass it on: it opens "
                     "your chat.",
                     "The link is valid for %(num)d days. Please do not pass it on: it opens "
                     "your chat.", resume.LINK_MAX_AGE.days),
            _("You receive this e-mail because you gave this address for your request "
              "%(ref)s. Write STOP in the chat to receive no further messages.",
              ref=job.reference),
            _("Handwerk direkt"),
        ))
        send_email(address, subject, body)


def email_customer_about_quote(quote_id: int, updated: bool = False) -> None:
    """Task: a quote (or a change to one) reached the web chat."""
    quote = db.session.get(Quote, quote_id)
    if quote is None or _customer_address(quote.job_request) is None:
        return
    if updated and _changed_just_before(quote):
        return
    job = quote.job_request
    with force_locale(job.customer.language):
        if updated:
            subject = _("Updated quote for your request %(ref)s", ref=job.reference)
            news = _("%(business)s has updated its quote for your request %(ref)s.",
                     business=quote.tenant.name, ref=job.reference)
        else:
            subject = _("New quote for your request %(ref)s", ref=job.reference)
            news = _("%(business)s has sent you a quote for your request %(ref)s.",
                     business=quote.tenant.name, ref=job.reference)
        _email_customer(job, subject, news)
    db.session.commit()


def _changed_just_before(quote: Quote) -> bool:
    """Whether this change follows another one so closely that the e-mail about that one
    still covers it."""
    events = list(db.session.scalars(
        sa.select(QuoteEvent).where(QuoteEvent.quote_id == quote.id)
        .order_by(QuoteEvent.id.desc()).limit(2)))
    return len(events) == 2 and events[0].created_at - events[1].created_at < CUSTOMER_QUIET


def email_customer_about_message(thread_message_id: int) -> None:
    """Task: a business wrote in a job conversation of a web-chat customer."""
    entry = db.session.get(ThreadMessage, thread_message_id)
    if entry is None or entry.author != ThreadAuthor.BUSINESS:
        return
    lead = db.session.get(Lead, entry.lead_id)
    job = lead.job_request if lead is not None else None
    if job is None or _customer_address(job) is None:
        return
    if _business_wrote_just_before(entry, job.customer_id):
        return
    with force_locale(job.customer.language):
        subject = _("New message about your request %(ref)s", ref=job.reference)
        news = _("%(business)s has written to you about your request %(ref)s.",
                 business=lead.tenant.name, ref=job.reference)
        _email_customer(job, subject, news)
    db.session.commit()


def _business_wrote_just_before(entry: ThreadMessage, customer_id: int) -> bool:
    """Any business's earlier message to this customer within the quiet spell: the e-mail
    about that one brings the customer back to this one too."""
    earlier = db.session.scalar(
        sa.select(ThreadMessage.id)
        .join(JobRequest, JobRequest.id == ThreadMessage.job_request_id)
        .where(JobRequest.customer_id == customer_id,
               ThreadMessage.author == ThreadAuthor.BUSINESS,
               ThreadMessage.id < entry.id,
               ThreadMessage.created_at > entry.created_at - CUSTOMER_QUIET)
        .limit(1))
    return earlier is not None


# --- to the business: e-mail and Telegram ---------------------------------------------------

def _recipients(tenant_id: int) -> list[User]:
    return list(db.session.scalars(
        sa.select(User).where(User.tenant_id == tenant_id, User.is_enabled,
                              User.role.in_(NOTIFIED_ROLES))
        .order_by(User.id)))


def lead_url(lead: Lead) -> str:
    return current_app.config["PUBLIC_BASE_URL"].rstrip("/") + f"/dashboard/leads/{lead.id}"


def _telegram_chat(user: User) -> Customer | None:
    """The bot's chat with this user (the row made when they sent their link code)."""
    if not user.telegram_chat_id:
        return None
    return db.session.scalar(sa.select(Customer).where(
        Customer.channel == ChannelName.TELEGRAM,
        Customer.external_id == user.telegram_chat_id))


def _to_telegram(user: User, text: str, url: str) -> None:
    chat = _telegram_chat(user)
    if chat is None:
        return
    # The gate applies as for any message: a user who wrote STOP to the bot hears nothing.
    channels_outbound.queue_outbound(chat, Outbound(text=text, link_url=url),
                                     purpose=Purpose.BUSINESS_NOTIFICATION)


def telegram_new_lead(lead_id: int) -> None:
    """Task: a new lead, in the linked Telegram chats of the business's owners and office."""
    lead = db.session.get(Lead, lead_id)
    if lead is None:
        return
    job = lead.job_request
    for user in _recipients(lead.tenant_id):
        if not user.telegram_chat_id:
            continue
        with force_locale(user.preferred_language):
            text = _("New request %(ref)s: %(trade)s in %(area)s. Please answer by %(when)s.",
                     ref=job.reference, trade=trade_label(job.trade_code),
                     area=job.postcode_area, when=_local_time(lead.expires_at))
        _to_telegram(user, text, lead_url(lead))
    db.session.commit()


def _local_time(value) -> str:
    from flask_babel import format_datetime

    return format_datetime(value, "short")


def alert_business_of_customer_message(thread_message_id: int) -> None:
    """Task: a customer wrote in a lead's thread; its business hears of it once per burst.

    The notice names the request, not the words: what a business may read of them depends
    on the customer's consent, and the dashboard shows them as allowed.
    """
    entry = db.session.get(ThreadMessage, thread_message_id)
    if entry is None or entry.author != ThreadAuthor.CUSTOMER:
        return
    lead = db.session.get(Lead, entry.lead_id)
    if lead is None or _customer_wrote_just_before(entry):
        return
    job = lead.job_request
    url = lead_url(lead)
    for user in _recipients(lead.tenant_id):
        with force_locale(user.preferred_language):
            subject = _("New message from the customer about %(ref)s", ref=job.reference)
            text = _("The customer has written to you about request %(ref)s (%(trade)s, "
                     "%(area)s).", ref=job.reference, trade=trade_label(job.trade_code),
                     area=job.postcode_area)
            if user.notify_by_email:
                body = "\n\n".join((text, _("Read and answer: %(url)s", url=url),
                                    _("You can switch these e-mails off in the dashboard "
                                      "under Notifications.")))
                send_email(user.email, subject, body)
            if user.telegram_chat_id:
                _to_telegram(user, text, url)
    db.session.commit()


def _customer_wrote_just_before(entry: ThreadMessage) -> bool:
    earlier = db.session.scalar(sa.select(ThreadMessage.id).where(
        ThreadMessage.lead_id == entry.lead_id, ThreadMessage.author == ThreadAuthor.CUSTOMER,
        ThreadMessage.id < entry.id,
        ThreadMessage.created_at > entry.created_at - BUSINESS_QUIET).limit(1))
    return earlier is not None
