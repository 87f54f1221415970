"""Every text of reviews: the chat's questions and thanks (through the outbound gate), the
e-mail that tells a business of a new review.

Each text is written in the reader's language (`force_locale`). Nothing here commits.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask import current_app
from flask_babel import force_locale, ngettext
from flask_babel import gettext as _

from marketplace.accounts.models import Role, User
from marketplace.channels import outbound as channels_outbound
from marketplace.channels.base import Choice, Outbound, Purpose
from marketplace.channels.models import Customer, Message
from marketplace.db import db
from marketplace.mail import send_email
from marketplace.quotes.models import Lead
from marketplace.reviews.models import STARS, Review
from marketplace.tenancy.profile import public_profile_path

CHOICE_PREFIX = "review"


def _url(path: str) -> str:
    return current_app.config["PUBLIC_BASE_URL"].rstrip("/") + path


def profile_url(lead: Lead) -> str:
    return _url(public_profile_path(lead.tenant))


def star_choice_ids(job_id: int) -> tuple[str, ...]:
    return (*(f"{CHOICE_PREFIX}:{stars}:{job_id}" for stars in reversed(STARS)),
            f"{CHOICE_PREFIX}:skip:{job_id}")


def stars_text(stars: int) -> str:
    return "★" * stars + "☆" * (5 - stars)


def _to_customer(lead: Lead, text: str, *, choices: tuple[Choice, ...] = (),
                 closes: tuple[str, ...] = (), choices_label: str = "",
                 purpose: Purpose = Purpose.SERVICE_REPLY) -> Message | None:
    job = lead.job_request
    return channels_outbound.queue_outbound(
        job.customer, Outbound(text=text, choices=choices, choices_label=choices_label,
                               closes_choices=closes),
        purpose=purpose, job_request_id=job.id)


def ask_for_stars(lead: Lead, *, current: Review | None = None) -> Message | None:
    """The star buttons (five to one) and "skip"; `current`: the customer changes it."""
    job = lead.job_request
    with force_locale(job.customer.language):
        if current is None:
            text = _("How happy are you with the work of %(business)s on your request %(ref)s? "
                     "Your rating appears on the business's public profile, without your name. "
                     "You can skip this.", business=lead.tenant.name, ref=job.reference)
        elif current.stars is not None:
            text = _("How many stars do you give %(business)s now? “Skip” keeps your %(stars)s "
                     "stars.", business=lead.tenant.name, stars=current.stars)
        else:
            text = _("How many stars do you give %(business)s now? “Skip” keeps your review "
                     "without stars.", business=lead.tenant.name)
        titles = [ngettext("%(num)d star", "%(num)d stars", stars) for stars in reversed(STARS)]
        ids = star_choice_ids(job.id)
        choices = tuple(Choice(id=choice_id, title=f"{stars_text(stars)} {title}"[:24])
                        for choice_id, stars, title in zip(ids, reversed(STARS), titles,
                                                           strict=False))
        choices += (Choice(id=ids[-1], title=_("Skip")),)
        label = _("Rate")
    # Asked right after the customer confirmed the work in the chat: a job update.
    return _to_customer(lead, text, choices=choices, choices_label=label,
                        purpose=Purpose.JOB_UPDATE)


def ask_for_words(lead: Lead, *, editing: bool) -> Message | None:
    job = lead.job_request
    with force_locale(job.customer.language):
        if editing:
            text = _("Would you like to change your words? Write the new text here in the "
                     "chat, or tap “Skip” to keep them.")
        else:
            text = _("Thank you! Would you like to add a few words? Just write them here in "
                     "the chat, or tap “Skip”.")
        choices = (Choice(id=f"{CHOICE_PREFIX}:nowords:{job.id}", title=_("Skip")),)
    return _to_customer(lead, text, choices=choices, closes=star_choice_ids(job.id))


def thank_for_review(lead: Lead, review: Review) -> Message | None:
    job = lead.job_request
    with force_locale(job.customer.language):
        text = _("Thank you for your review of %(business)s! It is published on the "
                 "business's profile: %(url)s. You can change it here at any time.",
                 business=lead.tenant.name, url=profile_url(lead))
        choices = (Choice(id=f"{CHOICE_PREFIX}:edit:{job.id}", title=_("Change review")),)
    return _to_customer(lead, text, choices=choices,
                        closes=(f"{CHOICE_PREFIX}:nowords:{job.id}",))


def tell_no_review(lead: Lead) -> Message | None:
    job = lead.job_request
    with force_locale(job.customer.language):
        text = _("All right, no review. Thank you for confirming the work.")
    return _to_customer(lead, text, closes=(f"{CHOICE_PREFIX}:nowords:{job.id}",))


def reply_not_available(customer: Customer) -> Message | None:
    with force_locale(customer.language):
        text = _("A review is possible only for a completed job you awarded, once we ask you "
                 "for it here.")
    return channels_outbound.queue_outbound(customer, Outbound(text=text),
                                            purpose=Purpose.SERVICE_REPLY)


# --- to the business, by e-mail -------------------------------------------------------------

def email_new_review(review: Review) -> None:
    """Owners and office staff who want e-mails hear of a new review and where to answer."""
    lead = db.session.get(Lead, review.lead_id)
    users = db.session.scalars(
        sa.select(User).where(User.tenant_id == review.tenant_id, User.is_enabled,
                              User.notify_by_email.is_(True),
                              User.role.in_((Role.OWNER, Role.OFFICE))).order_by(User.id))
    for user in users:
        with force_locale(user.preferred_language):
            rating = (_("%(stars)s of 5 stars", stars=review.stars) if review.stars
                      else _("no stars"))
            subject = _("New review for %(ref)s", ref=lead.job_request.reference)
            body = _("Your customer reviewed the job %(ref)s: %(rating)s.\n\n%(text)s\n\n"
                     "You can answer once, publicly: %(url)s",
                     ref=lead.job_request.reference, rating=rating, text=review.text or "",
                     url=_url("/dashboard/reviews"))
        send_email(user.email, subject, body)
