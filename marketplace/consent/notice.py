"""The consent notice: the exact words a customer is shown, rendered per business and job.

Each rendering is stored once as a `ConsentNotice` (by SHA-256), so a proof can show the
very text. Changing the wording below means raising `NOTICE_VERSION`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import sqlalchemy as sa
from flask import current_app
from flask_babel import force_locale, ngettext
from flask_babel import gettext as _

from marketplace.channels.base import ChannelName
from marketplace.consent.models import ConsentNotice, ConsentPurpose
from marketplace.consent.recipients import Recipients
from marketplace.db import db

NOTICE_VERSION = "2026-11.2"  # .2: contact notices name only the details that exist
DEFAULT_RETENTION_DAYS = 30
WITHDRAW_KEYWORD = {"de": "WIDERRUF", "en": "WITHDRAW"}

CONTROLLER_DEFAULTS = {
    "CONSENT_CONTROLLER_NAME": "Handwerk direkt",
    "CONSENT_CONTROLLER_ADDRESS": "",
    "CONSENT_CONTROLLER_CONTACT": "",
}


@dataclass(frozen=True)
class NoticeContext:
    recipients: Recipients
    channel: str
    job_reference: str
    purpose: str
    retention_days: int = DEFAULT_RETENTION_DAYS
    # Contact sharing: which details exist and would go to the business ("name", "phone",
    # "email"); the notice names exactly these, nothing the customer never gave.
    contact_items: tuple[str, ...] = ()


def contact_items_label(items: tuple[str, ...] | list[str]) -> str:
    """"name and phone number" in the active locale, built from what is actually stored."""
    words = {"name": _("name"), "phone": _("phone number"), "email": _("e-mail address")}
    labels = [words[item] for item in items if item in words]
    if not labels:
        return ""
    if len(labels) == 1:
        return labels[0]
    return _("%(first)s and %(last)s", first=", ".join(labels[:-1]), last=labels[-1])


def contact_shared_line(items: tuple[str, ...] | list[str]) -> str:
    """The notice's line that names the contact details shared (the ledger reads a grant's
    items back from exactly this line of the stored notice)."""
    return _("What is shared: %(items)s. Nothing else.", items=contact_items_label(items))


def _controller() -> tuple[str, str, str]:
    config = current_app.config
    values = [config.get(key) or default for key, default in CONTROLLER_DEFAULTS.items()]
    contact = values[2] or f"{config['PUBLIC_BASE_URL'].rstrip('/')}/datenschutz"
    return values[0], values[1], contact


def messenger_operator(channel: str) -> str:
    """Who else carries the data, by channel: the messenger operator and its transfers."""
    if channel == ChannelName.WHATSAPP:
        return _(
            "WhatsApp Ireland Limited, Merrion Road, Dublin 4, Ireland (part of Meta). "
            "WhatsApp receives metadata of your messages and may transfer data to Meta "
            "Platforms, Inc. in the USA (EU-U.S. Data Privacy Framework)."
        )
    if channel == ChannelName.MESSENGER:
        return _(
            "Meta Platforms Ireland Limited, Merrion Road, Dublin 4, Ireland. Meta may "
            "transfer data to Meta Platforms, Inc. in the USA (EU-U.S. Data Privacy "
            "Framework)."
        )
    if channel == ChannelName.TELEGRAM:
        return _(
            "Telegram Messenger Inc. / Telegram FZ-LLC, Dubai, United Arab Emirates. "
            "Telegram processes your messages outside the EU, in a country without an EU "
            "adequacy decision."
        )
    return ""


def _party_line(name: str, address: str) -> str:
    return f"{name}, {address}" if address else name


def render_notice_text(context: NoticeContext) -> str:
    """The full notice in the active locale (callers wrap it in `force_locale`)."""
    recipients = context.recipients
    business = recipients.business
    controller_name, controller_address, controller_contact = _controller()
    reference = context.job_reference
    lines: list[str] = []
    if context.purpose == ConsentPurpose.MEDIA_SHARING:
        lines.append(_("Consent: share the photos and videos of job %(reference)s with "
                       "%(business)s", reference=reference, business=business.name))
        purpose = _("Purpose: %(business)s may look at the photos and videos you sent for job "
                    "%(reference)s, to prepare a quote for it and to carry it out.",
                    business=business.name, reference=reference)
        shared = _("What is shared: the photos and videos of job %(reference)s (location "
                   "and camera data are removed before anyone sees them).",
                   reference=reference)
    else:
        items = contact_items_label(context.contact_items)
        lines.append(_("Consent: pass your contact details (%(items)s) for job %(reference)s "
                       "to %(business)s", items=items, reference=reference,
                       business=business.name))
        purpose = _("Purpose: %(business)s may contact you directly to arrange and carry out "
                    "job %(reference)s, whose quote you accepted.",
                    business=business.name, reference=reference)
        shared = contact_shared_line(context.contact_items)
    lines.append("")
    lines.append(_("Controller: %(controller)s", controller=_party_line(
        controller_name, controller_address)))
    lines.append(_("Data protection contact: %(contact)s", contact=controller_contact))
    lines.append(_("Recipient: %(business)s", business=_party_line(business.name,
                                                                     business.address)))
    if recipients.subcontractors:
        lines.append(_("Subcontractors of %(business)s who also receive the data:",
                       business=business.name))
        for sub in recipients.subcontractors:
            detail = _party_line(sub.name, sub.address)
            lines.append(f"- {detail} ({sub.role})" if sub.role else f"- {detail}")
    else:
        lines.append(_("%(business)s has named no subcontractors.", business=business.name))
    operator = messenger_operator(context.channel)
    if operator:
        lines.append(_("Your messenger's operator also carries the data: %(operator)s",
                       operator=operator))
    lines.append(purpose)
    lines.append(shared)
    lines.append(ngettext(
        "Retention: until job %(reference)s is closed, plus %(num)d day. Keeping the data "
        "longer (for example for warranty) is a separate choice that you are asked for "
        "separately.",
        "Retention: until job %(reference)s is closed, plus %(num)d days. Keeping the data "
        "longer (for example for warranty) is a separate choice that you are asked for "
        "separately.", context.retention_days, reference=reference))
    lines.append(_("Withdrawal: you can withdraw this consent at any time, as easily as you "
                   "gave it: write %(keyword)s in the chat or tap the button. It takes effect "
                   "at once; what was done before the withdrawal remains lawful.",
                   keyword=WITHDRAW_KEYWORD.get(_locale_code(), "WIDERRUF")))
    lines.append(_("Consent is voluntary. If you decline, businesses can still quote on your "
                   "description alone."))
    lines.append(_("Your rights: access to your data (write MEINE DATEN), erasure (write "
                   "LÖSCHEN), rectification, restriction, objection, portability, and a "
                   "complaint to a data protection supervisory authority."))
    lines.append(_("Notice version %(version)s.", version=NOTICE_VERSION))
    return "\n".join(lines)


def _locale_code() -> str:
    from flask_babel import get_locale

    return str(get_locale() or "de")[:2]


def notice_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def store_notice(context: NoticeContext, language: str) -> ConsentNotice:
    """The stored notice for exactly this text, added once (flush, no commit)."""
    with force_locale(language):
        text = render_notice_text(context)
    digest = notice_sha256(text)
    notice = db.session.scalar(sa.select(ConsentNotice).where(ConsentNotice.sha256 == digest))
    if notice is None:
        notice = ConsentNotice(version=NOTICE_VERSION, purpose=context.purpose,
                               language=language, text=text, sha256=digest)
        db.session.add(notice)
        db.session.flush()
    return notice


def verify_notice(notice: ConsentNotice) -> bool:
    """Whether the stored text still matches the hash recorded when it was shown."""
    return notice_sha256(notice.text) == notice.sha256
