"""What consent tells people, and in which words.

Customers get chat messages: the question, a receipt for every decision, the withdrawal
menu. Businesses get a dashboard notice and an e-mail when a consent ends or a customer is
erased, never any customer data; the one exception is the e-mail with exactly the contact
details a customer agreed to share with the business whose quote they accepted. The
decisions themselves are taken in `asking`, `recording` and `withdrawal`; this module only
words and sends them.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask import current_app
from flask_babel import force_locale, get_locale, ngettext
from flask_babel import gettext as _

from marketplace import clock
from marketplace.accounts.models import Role, User
from marketplace.channels.base import Choice, Outbound
from marketplace.channels.models import Customer, Message
from marketplace.channels.outbound import queue_outbound
from marketplace.consent.ledger import ActiveGrant, ContactDetails, shared_contact_items
from marketplace.consent.links import notice_url
from marketplace.consent.models import (
    BusinessNotice,
    BusinessNoticeKind,
    ConsentAction,
    ConsentEvent,
    ConsentPurpose,
    ConsentRequest,
)
from marketplace.consent.notice import WITHDRAW_KEYWORD, contact_items_label
from marketplace.consent.recipients import Recipients
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.mail import send_email
from marketplace.quotes.models import Lead
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.scoping import scoped_select

CHOICE_PREFIX = "consent"


def language_of(customer: Customer) -> str:
    return customer.language if customer.language in ("de", "en") else "de"


def send(customer: Customer, outbound: Outbound, *, purpose: str,
         job_request_id: int | None = None) -> Message | None:
    return queue_outbound(customer, outbound, purpose=purpose, job_request_id=job_request_id)


def tell(customer: Customer, text: str) -> Message | None:
    """A short answer to the customer (the text is already in their language)."""
    with force_locale(language_of(customer)):
        return send(customer, Outbound(text=text), purpose="consent_receipt")


def _short(name: str, limit: int = 20) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _withdraw_keyword() -> str:
    return WITHDRAW_KEYWORD.get(str(get_locale() or "de")[:2], "WIDERRUF")


# ---------------------------------------------------------------- the question


def _recipient_names(recipients: Recipients) -> str:
    if not recipients.subcontractors:
        return recipients.business.name
    subs = ", ".join(sub.name for sub in recipients.subcontractors)
    return _("%(business)s (with its subcontractors %(subcontractors)s)",
             business=recipients.business.name, subcontractors=subs)


def _operator_short(channel: str) -> str:
    return {
        "whatsapp": _("Data travels via WhatsApp (Meta, incl. transfers to the USA)."),
        "messenger": _("Data travels via Facebook Messenger (Meta, incl. transfers to the "
                       "USA)."),
        "telegram": _("Data travels via Telegram (outside the EU)."),
    }.get(channel, "")


def _request_text(consent_request: ConsentRequest, recipients: Recipients,
                  job_request: JobRequest) -> str:
    who = _recipient_names(recipients)
    if consent_request.purpose == ConsentPurpose.MEDIA_SHARING:
        count = len([media for media in job_request.media if media.kind in ("image", "video")])
        first = ngettext("%(who)s would like to see your photo/video to prepare a quote for "
                         "job %(reference)s.",
                         "%(who)s would like to see your %(num)d photos/videos to prepare a "
                         "quote for job %(reference)s.", count, who=who,
                         reference=job_request.reference)
    else:
        first = _("%(who)s would like your contact details (%(items)s) to arrange job "
                  "%(reference)s with you directly.", who=who,
                  items=contact_items_label(shared_contact_items(job_request)),
                  reference=job_request.reference)
    parts = [
        first,
        _operator_short(consent_request.channel),
        ngettext("Kept until the job is closed + %(num)d day.",
                 "Kept until the job is closed + %(num)d days.", consent_request.retention_days),
        _("You can withdraw at any time by writing %(keyword)s.", keyword=_withdraw_keyword()),
        _("Without your consent the business still sees your description."),
        _("Full notice: %(url)s", url=notice_url(consent_request)),
    ]
    return "\n".join(part for part in parts if part)


def send_question(customer: Customer, consent_request: ConsentRequest, recipients: Recipients,
                  job_request: JobRequest) -> None:
    """The consent question with its Agree / Decline buttons and the notice link."""
    with force_locale(consent_request.language):
        outbound = Outbound(
            text=_request_text(consent_request, recipients, job_request),
            choices=(
                Choice(f"{CHOICE_PREFIX}:agree:{consent_request.public_id}", _("Agree")),
                Choice(f"{CHOICE_PREFIX}:decline:{consent_request.public_id}", _("Decline")),
            ),
            link_url=notice_url(consent_request),
        )
    send(customer, outbound, purpose="consent_request", job_request_id=job_request.id)


# ---------------------------------------------------------------- receipts


def _receipt_text(event: ConsentEvent, tenant: Tenant, job_request: JobRequest) -> str:
    media = event.purpose == ConsentPurpose.MEDIA_SHARING
    if event.action == ConsentAction.GRANT:
        first = (_("Recorded: %(business)s may see the photos and videos of job "
                   "%(reference)s.", business=tenant.name, reference=job_request.reference)
                 if media else
                 _("Recorded: %(business)s receives your contact details (%(items)s) for "
                   "job %(reference)s.", business=tenant.name,
                   items=contact_items_label(shared_contact_items(job_request)),
                   reference=job_request.reference))
        last = _("You can withdraw at any time by writing %(keyword)s.",
                 keyword=_withdraw_keyword())
    elif event.action == ConsentAction.DECLINE:
        first = _("Recorded: you declined. %(business)s does not receive this data for job "
                  "%(reference)s.", business=tenant.name, reference=job_request.reference)
        last = _("You can still get quotes based on your description.")
    else:
        first = _("Recorded: you withdrew your consent for %(business)s (job %(reference)s). "
                  "It takes effect now.", business=tenant.name,
                  reference=job_request.reference)
        last = ""
    receipt = _("Receipt %(receipt)s, %(time)s UTC.", receipt=event.public_id,
                time=event.occurred_at.strftime("%Y-%m-%d %H:%M"))
    return "\n".join(part for part in (first, receipt, last) if part)


def send_receipt(customer: Customer, event: ConsentEvent, tenant: Tenant,
                 job_request: JobRequest, consent_request: ConsentRequest | None) -> None:
    with force_locale(language_of(customer)):
        text = _receipt_text(event, tenant, job_request)
        link = notice_url(consent_request) if consent_request is not None else None
        # Withdrawing must be as easy as agreeing: one tap, right under the receipt.
        choices = (Choice(f"{CHOICE_PREFIX}:revoke:{consent_request.public_id}",
                          _("Withdraw")),) if (
            consent_request is not None and event.action == ConsentAction.GRANT) else ()
    # Once a consent has ended, the "Withdraw" buttons under its earlier receipts are stale.
    closes = () if event.action == ConsentAction.GRANT else _revoke_choice_ids(
        customer.id, tenant.id, job_request.id, event.purpose)
    send(customer, Outbound(text=text, choices=choices, link_url=link, closes_choices=closes),
         purpose="consent_receipt", job_request_id=job_request.id)


def _revoke_choice_ids(customer_id: int, tenant_id: int | None, job_request_id: int | None,
                       purpose: str | None) -> tuple[str, ...]:
    """The "Withdraw" buttons sent for this customer's consent requests (narrowed by
    business, job and purpose when given)."""
    query = sa.select(ConsentRequest.public_id).where(
        ConsentRequest.customer_id == customer_id)
    if tenant_id is not None:
        query = query.where(ConsentRequest.tenant_id == tenant_id)
    if job_request_id is not None:
        query = query.where(ConsentRequest.job_request_id == job_request_id)
    if purpose is not None:
        query = query.where(ConsentRequest.purpose == purpose)
    return tuple(f"{CHOICE_PREFIX}:revoke:{public_id}"
                 for public_id in db.session.scalars(query.order_by(ConsentRequest.id)))


# ---------------------------------------------------------------- withdrawing


def send_withdrawal_menu(customer: Customer, grants: list[ActiveGrant]) -> Message | None:
    """WIDERRUF: the businesses with active grants as buttons, or that there are none."""
    with force_locale(language_of(customer)):
        if not grants:
            return tell(customer, _(
                "You have no active consents. No business receives your photos or contact "
                "details."))
        tenants: dict[int, Tenant] = {}
        for grant in grants:
            tenants.setdefault(grant.tenant.id, grant.tenant)
        lines = [_("These businesses may currently see your data:")]
        for grant in grants:
            what = {ConsentPurpose.MEDIA_SHARING: _("photos/videos"),
                    ConsentPurpose.THREAD_MEDIA: _("files you sent in the conversation"),
                    }.get(ConsentPurpose(grant.event.purpose), _("contact details"))
            lines.append(f"- {grant.tenant.name}: {what}, {grant.job_request.reference}")
        lines.append(_("Tap a business to withdraw its consent, or withdraw all at once."))
        choices = [Choice(f"{CHOICE_PREFIX}:withdraw:{tenant.id}", _short(tenant.name, 24),
                          description=tenant.name[:72])
                   for tenant in tenants.values()]
        choices.append(Choice(f"{CHOICE_PREFIX}:withdraw:all", _("Withdraw all")))
        outbound = Outbound(text="\n".join(lines), choices=tuple(choices[:10]),
                            choices_label=_("Choose"))
    return send(customer, outbound, purpose="consent_request")


def send_nothing_to_withdraw(customer: Customer, *, tenant_id: int | None,
                             job_request_id: int | None, purpose: str | None) -> None:
    with force_locale(language_of(customer)):
        send(customer, Outbound(
            text=_("There was nothing to withdraw: no active consent for this business."),
            closes_choices=_revoke_choice_ids(customer.id, tenant_id, job_request_id,
                                              purpose)),
             purpose="consent_receipt")


# ---------------------------------------------------------------- businesses


def notify_business(tenant: Tenant, kind: BusinessNoticeKind, job_reference: str, *,
                    purpose: str | None = None) -> BusinessNotice:
    """Tell a business (dashboard notice and e-mail) what changed; no customer data."""
    notice = BusinessNotice(tenant_id=tenant.id, kind=kind, job_reference=job_reference,
                            purpose=purpose, created_at=clock.now())
    db.session.add(notice)
    if tenant.email:
        with force_locale("de"):
            subject, body = business_notice_text(notice)
        send_email(tenant.email, subject, body)
    return notice


def business_notice_text(notice: BusinessNotice) -> tuple[str, str]:
    reference = notice.job_reference
    if notice.kind == BusinessNoticeKind.CONSENT_WITHDRAWN:
        return (_("Consent withdrawn for job %(reference)s", reference=reference),
                _("The customer of job %(reference)s has withdrawn their consent. Its photos, "
                  "videos or contact details are no longer available to you. Please delete "
                  "any copies you made.", reference=reference))
    if notice.kind == BusinessNoticeKind.CONSENT_EXPIRED:
        return (_("Retention ended for job %(reference)s", reference=reference),
                _("The retention period of job %(reference)s has ended. Its photos and "
                  "videos are no longer available to you. Please delete any copies you made.",
                  reference=reference))
    return (_("Customer data erased for job %(reference)s", reference=reference),
            _("The customer of job %(reference)s has asked for their data to be erased. "
              "Please delete any copies of their data you hold, unless the law obliges you "
              "to keep them.", reference=reference))


def recent_business_notices(tenant: Tenant, *, limit: int = 10) -> list[BusinessNotice]:
    """What this business was told lately (withdrawals, expiries, erasures)."""
    return list(db.session.scalars(scoped_select(BusinessNotice, tenant).order_by(
        BusinessNotice.id.desc()).limit(limit)))


def contact_lines(details: ContactDetails) -> str:
    """The shared contact details, one per line, in the active locale."""
    labels = {"name": _("Name"), "phone": _("Phone"), "email": _("E-mail")}
    return "\n".join(f"{labels[item]}: {getattr(details, item)}" for item in details.items)


def _business_users(tenant_id: int) -> list[User]:
    return list(db.session.scalars(
        sa.select(User).where(User.tenant_id == tenant_id, User.is_enabled,
                              User.role.in_((Role.OWNER, Role.OFFICE)))
        .order_by(User.id)))


def email_contact_shared(tenant: Tenant, lead: Lead, job_request: JobRequest,
                         details: ContactDetails) -> None:
    """The customer agreed to share contact details: the people who answer leads get them."""
    url = current_app.config["PUBLIC_BASE_URL"].rstrip("/") + f"/dashboard/leads/{lead.id}"
    for user in _business_users(tenant.id):
        with force_locale(user.preferred_language):
            subject = _("Contact details for job %(reference)s",
                        reference=job_request.reference)
            body = _("The customer of job %(reference)s agreed to share these contact "
                     "details with %(business)s:\n\n%(details)s\n\nUse them only for this "
                     "job. If the customer withdraws the consent, they disappear from the "
                     "lead page and you are told; please delete any copies then.\n\n"
                     "Lead page: %(url)s", reference=job_request.reference,
                     business=tenant.name, details=contact_lines(details), url=url)
        send_email(user.email, subject, body)
