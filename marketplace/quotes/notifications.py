"""Every text routing and quotes send: chat messages to the customer, e-mails to businesses.

Each text is composed in the reader's language (`force_locale`). Nothing here commits: chat
messages are queued and e-mails scheduled inside the caller's unit of work.
"""

from __future__ import annotations

from datetime import date, timedelta

import sqlalchemy as sa
from flask import current_app
from flask_babel import force_locale, format_decimal, ngettext
from flask_babel import gettext as _

from marketplace.accounts.models import Role, User
from marketplace.channels import gate as channels_gate
from marketplace.channels import outbound as channels_outbound
from marketplace.channels.base import Choice, Outbound, TemplateRef
from marketplace.channels.models import Customer, Message
from marketplace.db import db
from marketplace.hooks import Slot
from marketplace.jobs.masking import text_for_business
from marketplace.jobs.models import JobRequest
from marketplace.mail import send_email
from marketplace.quotes.formatting import describe_price, format_euro, trade_label
from marketplace.quotes.hooks import business_reputations
from marketplace.quotes.models import Lead, Quote
from marketplace.quotes.queries import open_quotes
from marketplace.tenancy.profile import public_profile_path

QUOTE_TEMPLATE = "quote_received"

# The "you won" e-mail's paragraph on contact details, in the active locale: the details if
# the customer already agreed, otherwise that they follow. Consent sits above quotes and
# owns that answer; wiring plugs in `consent.contact.won_email_contact_text`.
won_email_contact_text = Slot(
    "quotes.notifications.won_email_contact_text",
    "won_email_contact_text(lead) -> the contact paragraph of the 'you won' e-mail")


# --- to the customer, in the chat ----------------------------------------------------------

def queue_to_customer(job: JobRequest, text: str, *, choices: tuple[Choice, ...] = (),
                      choices_label: str = "", template_params: tuple[str, ...] = ()
                      ) -> Message | None:
    customer = job.customer
    template = None
    if not channels_gate.window_is_open(customer):
        # Outside WhatsApp's 24-hour window only an approved template may go out.
        template = TemplateRef(name=QUOTE_TEMPLATE, language=customer.language,
                               parameters=template_params)
    return channels_outbound.queue_outbound(
        customer, Outbound(text=text, choices=choices, choices_label=choices_label,
                           template=template),
        purpose="quote", job_request_id=job.id)


def quote_summary(quote: Quote) -> str:
    """One quote as the customer reads it, in the active locale."""
    lines = [
        _("Quote from %(business)s for your request %(ref)s:", business=quote.tenant.name,
          ref=quote.job_request.reference),
        describe_price(quote),
    ]
    for item in quote.line_items or []:
        lines.append(f"• {item['description']}: {format_euro(item['net_amount_cents'])} "
                     + _("net"))
    lines.append(_("Earliest start: %(date)s", date=_format_date(quote.earliest_start)))
    lines.append(_("Valid until: %(date)s", date=_format_date(quote.valid_until)))
    if quote.lead.distance_km is not None:
        lines.append(_("Distance: about %(km)s km", km=round(quote.lead.distance_km)))
    if quote.message:
        lines.append(f"„{quote.message}“")
    return "\n".join(lines)


def _format_date(value: date) -> str:
    from flask_babel import format_date

    return format_date(value, "medium")


def comparison(job: JobRequest, *, more: bool = True) -> tuple[str, tuple[Choice, ...]]:
    """All open quotes side by side, one accept button per quote (active locale); `more`:
    offer to ask further businesses (not when there is none left to ask)."""
    quotes = open_quotes(job)
    lines = [_("Your quotes for %(ref)s (%(trade)s), cheapest first:", ref=job.reference,
               trade=trade_label(job.trade_code))]
    choices = []
    reputations = business_reputations([quote.tenant_id for quote in quotes])
    for number, quote in enumerate(quotes, start=1):
        badge = " ✔ " + _("verified master business") if quote.tenant.is_verified else ""
        distance = ""
        if quote.lead.distance_km is not None:
            distance = ", " + _("%(km)s km", km=round(quote.lead.distance_km))
        lines.append(f"{number}. {quote.tenant.name}{badge}: {describe_price(quote)}, "
                     + _("start from %(date)s", date=_format_date(quote.earliest_start))
                     + distance)
        lines.append("   " + _reputation_line(reputations.get(quote.tenant_id)) + " · "
                     + _("Profile: %(url)s", url=_dashboard_url(public_profile_path(quote.tenant))))
        choices.append(Choice(id=f"quote:accept:{quote.id}",
                              title=_("Accept %(number)s", number=number),
                              description=quote.tenant.name[:72]))
    if more:
        choices.append(Choice(id=f"quote:more:{job.id}", title=_("More quotes")))
    choices.append(Choice(id=f"quote:decline_all:{job.id}", title=_("Decline all")))
    return "\n".join(lines), tuple(choices)


def _reputation_line(reputation) -> str:
    """"★ 4.8 (12 reviews)" in the active locale, or that there are none yet."""
    if reputation is None:
        return _("no reviews yet")
    return "★ " + format_decimal(reputation.average, "0.0") + " (" + ngettext(
        "%(num)d review", "%(num)d reviews", reputation.count) + ")"


def send_comparison(job: JobRequest, *, template_params: tuple[str, ...] = (),
                    more: bool = True) -> None:
    with force_locale(job.customer.language):
        text, choices = comparison(job, more=more)
        queue_to_customer(job, text, choices=choices, choices_label=_("Choose a quote"),
                          template_params=template_params or (job.reference,))


def send_quote(quote: Quote, *, updated: bool) -> None:
    """A new or changed quote, then the comparison of all open ones with their buttons."""
    job = quote.job_request
    with force_locale(job.customer.language):
        summary = quote_summary(quote)
        if updated:
            summary = _("%(business)s has updated its quote.", business=quote.tenant.name) \
                + "\n" + summary
        params = (job.reference, quote.tenant.name, describe_price(quote))
        queue_to_customer(job, summary, template_params=params)
    send_comparison(job, template_params=params)


def tell_quote_withdrawn(quote: Quote) -> None:
    job = quote.job_request
    with force_locale(job.customer.language):
        text = _("%(business)s has withdrawn its quote for your request %(ref)s.",
                 business=quote.tenant.name, ref=job.reference)
    queue_to_customer(job, text, template_params=(job.reference, quote.tenant.name))


def tell_customer_sent(job: JobRequest, count: int, *, first: bool) -> None:
    """How many businesses routing has just reached (`first`: the first word on it)."""
    with force_locale(job.customer.language):
        if first:
            text = ngettext(
                "Your request %(ref)s has been sent to %(num)d verified business near you. "
                "Its quote will arrive here in this chat.",
                "Your request %(ref)s has been sent to %(num)d verified businesses near "
                "you. Their quotes will arrive here in this chat.",
                count, ref=job.reference)
        else:
            text = ngettext(
                "Your request %(ref)s has been sent to %(num)d more business, so that you "
                "receive enough quotes.",
                "Your request %(ref)s has been sent to %(num)d more businesses, so that "
                "you receive enough quotes.", count, ref=job.reference)
        queue_to_customer(job, text, template_params=(job.reference, str(count)))


def tell_customer_stand_ins(job: JobRequest, stood_in: list[tuple[str, str]]) -> None:
    """Why a business of another trade got the request: the asked-for trade had nobody
    nearby, and this related trade commonly does that work too. One message per pair."""
    if not channels_gate.window_is_open(job.customer):
        return  # the quote template outside the 24-hour window cannot say this
    counts: dict[tuple[str, str], int] = {}
    for pair in stood_in:
        counts[pair] = counts.get(pair, 0) + 1
    with force_locale(job.customer.language):
        for (related, trade), count in counts.items():
            text = ngettext(
                "We found nobody for “%(trade)s” near you. So we have also sent your request "
                "to %(num)d business for “%(related)s”: businesses of that trade often do "
                "this work too.",
                "We found nobody for “%(trade)s” near you. So we have also sent your request "
                "to %(num)d businesses for “%(related)s”: businesses of that trade often do "
                "this work too.",
                count, trade=trade_label(trade), related=trade_label(related))
            queue_to_customer(job, text)


def tell_customer_exhausted(job: JobRequest, quotes: int) -> None:
    with force_locale(job.customer.language):
        if quotes == 0:
            text = _(
                "We are sorry: at the moment no verified business for %(trade)s is available "
                "near %(postcode)s. We have not passed on your request %(ref)s to anyone. You "
                "can start a new request at any time with NEW.",
                trade=trade_label(job.trade_code), postcode=job.postcode, ref=job.reference)
        else:
            text = ngettext(
                "There are no further businesses available for your request %(ref)s. You have "
                "%(num)d quote to choose from.",
                "There are no further businesses available for your request %(ref)s. You have "
                "%(num)d quotes to choose from.", quotes, ref=job.reference)
        queue_to_customer(job, text, template_params=(job.reference,))


def reply_not_available(customer: Customer) -> None:
    with force_locale(customer.language):
        text = _("This choice is no longer available.")
    channels_outbound.queue_outbound(customer, Outbound(text=text), purpose="service_reply")


def tell_quote_accepted(quote: Quote) -> None:
    job = quote.job_request
    with force_locale(job.customer.language):
        text = _(
            "Thank you! You have accepted the quote from %(business)s for %(ref)s. The other "
            "businesses have been told. %(business)s will get in touch with you through this "
            "chat; your contact details are passed on only if you agree.",
            business=quote.tenant.name, ref=job.reference)
    queue_to_customer(job, text, template_params=(job.reference, quote.tenant.name))


def tell_quote_declined(quote: Quote) -> None:
    job = quote.job_request
    with force_locale(job.customer.language):
        text = _("You have declined the quote from %(business)s.", business=quote.tenant.name)
    queue_to_customer(job, text, template_params=(job.reference,))


def tell_all_declined(job: JobRequest) -> None:
    with force_locale(job.customer.language):
        text = _("You have declined all quotes for %(ref)s; the request is closed. Write NEW "
                 "whenever you want to start a new request.", ref=job.reference)
    queue_to_customer(job, text, template_params=(job.reference,))


def tell_everyone_asked(job: JobRequest) -> None:
    with force_locale(job.customer.language):
        text = _("We have already asked every business we can for %(ref)s. Please choose "
                 "from the quotes you have, or decline them all.", ref=job.reference)
    queue_to_customer(job, text, template_params=(job.reference,))


def tell_asking_more(job: JobRequest) -> None:
    with force_locale(job.customer.language):
        text = _("We are asking more businesses for quotes on %(ref)s.", ref=job.reference)
    queue_to_customer(job, text, template_params=(job.reference,))


# --- to the business, by e-mail -------------------------------------------------------------

def _business_recipients(tenant_id: int) -> list[User]:
    return list(db.session.scalars(
        sa.select(User).where(User.tenant_id == tenant_id, User.is_enabled,
                              User.role.in_((Role.OWNER, Role.OFFICE)))
        .order_by(User.id)).all())


def _dashboard_url(path: str) -> str:
    return current_app.config["PUBLIC_BASE_URL"].rstrip("/") + path


def email_new_lead(lead: Lead, job: JobRequest, *, answer_within: timedelta) -> None:
    # Users who switched e-mail notifications off (dashboard, Notifications) get none.
    for user in _business_recipients(lead.tenant_id):
        if not user.notify_by_email:
            continue
        with force_locale(user.preferred_language):
            subject = _("New request: %(trade)s in %(area)s", trade=trade_label(job.trade_code),
                        area=job.postcode_area)
            body = ngettext(
                "A customer is looking for %(trade)s in %(area)s.\n\n%(description)s\n\n"
                "Please answer within %(num)d hour: %(url)s",
                "A customer is looking for %(trade)s in %(area)s.\n\n%(description)s\n\n"
                "Please answer within %(num)d hours: %(url)s",
                int(answer_within.total_seconds() // 3600),
                trade=trade_label(job.trade_code), area=job.postcode_area,
                # The customer's phone or address in the text stay masked for a business.
                description=text_for_business(lead.tenant, job, job.description)[:500],
                url=_dashboard_url(f"/dashboard/leads/{lead.id}"))
        send_email(user.email, subject, body)


def email_outcome(lead: Lead, *, won: bool) -> None:
    job = lead.job_request
    for user in _business_recipients(lead.tenant_id):
        with force_locale(user.preferred_language):
            if won:
                subject = _("You won the job %(ref)s", ref=job.reference)
                body = _("The customer accepted your quote for %(ref)s (%(trade)s, %(area)s)."
                         "\n\n%(contact)s\n\nDetails: %(url)s", ref=job.reference,
                         trade=trade_label(job.trade_code), area=job.postcode_area,
                         contact=won_email_contact_text(lead),
                         url=_dashboard_url(f"/dashboard/leads/{lead.id}"))
            else:
                subject = _("Request %(ref)s went to another business", ref=job.reference)
                body = _("The customer chose another offer for %(ref)s (%(trade)s, %(area)s). "
                         "Thank you for your quote. Details: %(url)s", ref=job.reference,
                         trade=trade_label(job.trade_code), area=job.postcode_area,
                         url=_dashboard_url(f"/dashboard/leads/{lead.id}"))
        send_email(user.email, subject, body)


def email_quote_expired(quote: Quote) -> None:
    lead = quote.lead
    job = lead.job_request
    for user in _business_recipients(lead.tenant_id):
        with force_locale(user.preferred_language):
            subject = _("Your quote for %(ref)s has expired", ref=job.reference)
            body = _("The customer did not answer your quote for %(ref)s (%(trade)s, %(area)s) "
                     "before its validity ended. Details: %(url)s", ref=job.reference,
                     trade=trade_label(job.trade_code), area=job.postcode_area,
                     url=_dashboard_url(f"/dashboard/leads/{lead.id}"))
        send_email(user.email, subject, body)
