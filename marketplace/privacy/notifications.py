"""Every chat message privacy sends the customer: the export link and the erasure dialogue.

Each text is composed in the customer's language and queued with the purpose "privacy",
which the outbound gate lets through even after STOP (Art. 12 GDPR: the answer is owed).
Nothing here commits. Businesses are told about an erasure by consent's notices.
"""

from __future__ import annotations

from flask_babel import force_locale
from flask_babel import gettext as _

from marketplace.channels import outbound as channels_outbound
from marketplace.channels.base import Choice, Outbound
from marketplace.channels.models import Customer, Message
from marketplace.privacy.retained import KeptSummary

# Buttons "privacy:<action>:<erasure request id>"; the chat hands the tap back to
# `erasure.handle_customer_choice` (registered in wiring.py under this prefix).
CHOICE_PREFIX = "privacy"


def _language(customer: Customer) -> str:
    return customer.language if customer.language in ("de", "en") else "de"


def _send(customer: Customer, outbound: Outbound) -> Message | None:
    return channels_outbound.queue_outbound(customer, outbound, purpose="privacy")


def send_export_link(customer: Customer, url: str) -> Message | None:
    with force_locale(_language(customer)):
        text = _("Here is everything we store about you, as a ZIP file: %(url)s\n"
                 "The link works once and for 24 hours. Do not forward it.", url=url)
    return _send(customer, Outbound(text=text, link_url=url))


def ask_to_confirm_erasure(customer: Customer, erasure_public_id: str) -> Message | None:
    with force_locale(_language(customer)):
        outbound = Outbound(
            text=_("Do you want us to erase all your data: messages, jobs, photos and "
                   "consents? Businesses that received data will be told. This cannot be "
                   "undone.") + "\n" +
            _("Only what the law requires stays, without your name, contact details, "
              "address or photos: a quote you accepted (the business's commercial record) "
              "and the proof of your consents."),
            choices=(Choice(f"{CHOICE_PREFIX}:erase:{erasure_public_id}", _("Erase all")),
                     Choice(f"{CHOICE_PREFIX}:keep:{erasure_public_id}", _("Keep my data"))))
    return _send(customer, outbound)


def confirm_nothing_erased(customer: Customer) -> Message | None:
    with force_locale(_language(customer)):
        return _send(customer, Outbound(text=_("Nothing was erased. Your data stays as it is.")))


def announce_erasure(customer: Customer, kept: KeptSummary) -> Message | None:
    """The erasure receipt: what goes, what the law makes us keep, why and how long."""
    with force_locale(_language(customer)):
        lines = [_("Your data is being erased now: messages, jobs, photos, contact details.")]
        if kept.anything:
            lines.append(_("By law we keep the following, without your name, contact "
                           "details, address or photos:"))
        if kept.quote_businesses:
            lines.append(_(
                "- the quote you accepted from %(businesses)s, as that business's commercial "
                "record (§ 257 HGB, § 147 AO): for 10 years after the end of the year in "
                "which you accepted it;", businesses=", ".join(kept.quote_businesses)))
        if kept.consent_events:
            lines.append(_(
                "- the proof of which consents you gave or withdrew, when and under which "
                "notice (Art. 7(1) and 17(3)(b),(e) GDPR): for 3 years after the end of this "
                "year, the limitation period for claims (§§ 195, 199 BGB)."))
        lines.append(_("This is our last message to you."))
        return _send(customer, Outbound(text="\n".join(lines)))
