"""The labels and button sets the bot shows, in the customer's language."""

from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import ngettext, pgettext

from marketplace.channels.base import Choice
from marketplace.conversations.models import Conversation
from marketplace.jobs import services as job_services
from marketplace.jobs.models import ContactPreference, JobRequest, JobStatus, Timing

# Channels cut longer button titles (WhatsApp allows 20 characters).
CHOICE_TITLE_MAX = 20


def short(title: str) -> str:
    return title if len(title) <= CHOICE_TITLE_MAX else title[:CHOICE_TITLE_MAX - 1] + "…"


def other_choice() -> Choice:
    return Choice("intake:trade:other", pgettext("chat button", "Something else"))


def timing_label(timing: Timing) -> str:
    return {
        Timing.URGENT: pgettext("timing", "Urgent (1–2 days)"),
        Timing.WITHIN_WEEK: pgettext("timing", "Within a week"),
        Timing.WITHIN_MONTH: pgettext("timing", "Within a month"),
        Timing.FLEXIBLE: pgettext("timing", "Flexible"),
    }[timing]


def timing_choices() -> tuple[Choice, ...]:
    return tuple(Choice(f"intake:timing:{timing.value}", short(timing_label(timing)))
                 for timing in Timing)


def contact_choices() -> tuple[Choice, ...]:
    return (Choice("intake:contact:chat", pgettext("chat button", "In this chat")),
            Choice("intake:contact:phone", pgettext("chat button", "Phone call")),
            Choice("intake:contact:email", pgettext("chat button", "E-mail")))


def contact_label(conversation: Conversation) -> str:
    if conversation.contact_preference == ContactPreference.PHONE:
        return _("phone, %(number)s", number=conversation.contact_phone or "")
    if conversation.contact_preference == ContactPreference.EMAIL:
        return _("e-mail, %(address)s", address=conversation.contact_email or "")
    return _("in this chat")


def job_status_text(job: JobRequest) -> str:
    leads = job_services.lead_count(job)
    if job.status == JobStatus.OPEN:
        if leads:
            return ngettext("sent to %(num)d business, waiting for its quote",
                            "sent to %(num)d businesses, waiting for quotes", leads)
        return _("open, looking for businesses")
    return {
        JobStatus.AWARDED: _("you accepted a quote; the business will propose a date"),
        JobStatus.SCHEDULED: _("a date for the work is agreed"),
        JobStatus.IN_PROGRESS: _("the work has started"),
        JobStatus.COMPLETED: _("the work is completed"),
        JobStatus.CLOSED: _("closed"),
        JobStatus.CANCELLED: _("cancelled"),
        JobStatus.UNMATCHED: _("no business available yet"),
    }.get(JobStatus(job.status), job.status)
