"""The consent ledger: asking, recording, deriving, withdrawing, expiring.

Every other part asks `can_view_media` / `can_see_contact` here; nothing else decides
whether a business may see a customer's files or contact details. The state is derived
from the latest `ConsentEvent` per (customer, tenant, purpose, job); it is never stored.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from marketplace import clock
from marketplace.channels.base import Choice, Outbound
from marketplace.channels.models import Customer, Message
from marketplace.consent import notice as notice_module
from marketplace.consent.models import (
    BusinessNotice,
    BusinessNoticeKind,
    ConsentAction,
    ConsentActor,
    ConsentEvent,
    ConsentNotice,
    ConsentPurpose,
    ConsentRequest,
    EvidenceKind,
)
from marketplace.consent.notice import (
    DEFAULT_RETENTION_DAYS,
    WITHDRAW_KEYWORD,
    NoticeContext,
    contact_items_label,
    store_notice,
)
from marketplace.consent.recipients import Recipients, current_recipients
from marketplace.db import db
from marketplace.errors import Conflict, InvalidInput, NotFound
from marketplace.jobs.models import JobRequest
from marketplace.quotes.models import Lead, LeadStatus
from marketplace.tenancy.models import Tenant

log = logging.getLogger(__name__)

NOTICE_LINK_MAX_AGE = timedelta(days=30)
CHOICE_PREFIX = "consent"


class ConsentState:
    NOT_REQUESTED = "not_requested"
    PENDING = "pending"
    GRANTED = "granted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"
    NEEDS_REFRESH = "needs_refresh"  # granted under an older recipient list


# ---------------------------------------------------------------- derived state (reads)


def latest_event(*, customer_id: int, tenant_id: int, purpose: str, job_request_id: int,
                 at: datetime | None = None) -> ConsentEvent | None:
    query = sa.select(ConsentEvent).where(
        ConsentEvent.customer_id == customer_id,
        ConsentEvent.tenant_id == tenant_id,
        ConsentEvent.purpose == purpose,
        ConsentEvent.job_request_id == job_request_id,
    )
    if at is not None:
        query = query.where(ConsentEvent.occurred_at <= at)
    return db.session.scalar(
        query.order_by(ConsentEvent.occurred_at.desc(), ConsentEvent.id.desc()).limit(1))


def grant_expires_at(event: ConsentEvent, job_request: JobRequest) -> datetime | None:
    """A grant lasts until the job is closed plus the chosen retention."""
    if job_request.closed_at is None:
        return None
    return job_request.closed_at + timedelta(days=event.retention_days)


def is_current(recipient_list_version: int, notice: ConsentNotice | None,
               recipients: Recipients) -> bool:
    """A consent counts only for the recipients and the wording the customer was shown:
    a new subcontractor or a new notice version needs a fresh consent (EDPB refresh)."""
    if recipient_list_version != recipients.version:
        return False
    return notice is None or notice.version == notice_module.NOTICE_VERSION


def active_grant(tenant: Tenant, job_request: JobRequest, purpose: str, *,
                 at: datetime | None = None,
                 recipients: Recipients | None = None) -> ConsentEvent | None:
    """The grant that allows `tenant` to receive `purpose` data of this job right now.

    It must be the latest event for the key, given on the tenant's current recipient list
    (a new subcontractor is not covered by older grants), and not past its retention.
    """
    moment = at or clock.now()
    event = latest_event(customer_id=job_request.customer_id, tenant_id=tenant.id,
                         purpose=purpose, job_request_id=job_request.id, at=moment)
    if event is None or event.action != ConsentAction.GRANT:
        return None
    recipients = recipients or current_recipients(tenant)
    if not is_current(event.recipient_list_version, event.notice, recipients):
        return None
    expires = grant_expires_at(event, job_request)
    if expires is not None and moment >= expires:
        return None
    return event


def can_view_media(tenant: Tenant, job_request: JobRequest, *, at: datetime | None = None
                   ) -> bool:
    """Whether this business may see the photos and videos of this job at this moment."""
    if tenant is None or job_request is None:
        return False
    return active_grant(tenant, job_request, ConsentPurpose.MEDIA_SHARING, at=at) is not None


def can_see_contact(tenant: Tenant, job_request: JobRequest, *, at: datetime | None = None
                    ) -> bool:
    """Name and phone go to a business only after its quote was accepted AND the customer
    granted contact sharing to it."""
    if tenant is None or job_request is None:
        return False
    lead_status = db.session.scalar(sa.select(Lead.status).where(
        Lead.tenant_id == tenant.id, Lead.job_request_id == job_request.id))
    if lead_status != LeadStatus.WON:
        return False
    return active_grant(tenant, job_request, ConsentPurpose.CONTACT_SHARING,
                        at=at) is not None


def consent_state(tenant: Tenant, job_request: JobRequest,
                  purpose: str = ConsentPurpose.MEDIA_SHARING) -> str:
    """A word for dashboards: granted, pending, declined, withdrawn, expired, ..."""
    now = clock.now()
    recipients = current_recipients(tenant)
    event = latest_event(customer_id=job_request.customer_id, tenant_id=tenant.id,
                         purpose=purpose, job_request_id=job_request.id, at=now)
    if event is None:
        asked = db.session.scalar(sa.select(ConsentRequest.id).where(
            ConsentRequest.customer_id == job_request.customer_id,
            ConsentRequest.tenant_id == tenant.id,
            ConsentRequest.purpose == purpose,
            ConsentRequest.job_request_id == job_request.id).limit(1))
        return ConsentState.PENDING if asked else ConsentState.NOT_REQUESTED
    if event.action == ConsentAction.GRANT:
        if not is_current(event.recipient_list_version, event.notice, recipients):
            return ConsentState.NEEDS_REFRESH
        expires = grant_expires_at(event, job_request)
        if expires is not None and now >= expires:
            return ConsentState.EXPIRED
        return ConsentState.GRANTED
    return {
        ConsentAction.DECLINE: ConsentState.DECLINED,
        ConsentAction.WITHDRAW: ConsentState.WITHDRAWN,
        ConsentAction.EXPIRE: ConsentState.EXPIRED,
    }[ConsentAction(event.action)]


@dataclass(frozen=True)
class ActiveGrant:
    event: ConsentEvent
    tenant: Tenant
    job_request: JobRequest


def active_grants_of(customer: Customer, *, tenant_id: int | None = None) -> list[ActiveGrant]:
    """Every grant of this customer that is in force now, any purpose, any business."""
    keys = db.session.execute(
        sa.select(ConsentEvent.tenant_id, ConsentEvent.purpose, ConsentEvent.job_request_id)
        .where(ConsentEvent.customer_id == customer.id,
               ConsentEvent.action == ConsentAction.GRANT)
        .distinct()
    ).all()
    grants = []
    recipients_cache: dict[int, Recipients] = {}
    for key_tenant_id, purpose, job_request_id in keys:
        if tenant_id is not None and key_tenant_id != tenant_id:
            continue
        tenant = db.session.get(Tenant, key_tenant_id)
        job = db.session.get(JobRequest, job_request_id)
        if tenant is None or job is None:
            continue
        if key_tenant_id not in recipients_cache:
            recipients_cache[key_tenant_id] = current_recipients(tenant)
        event = active_grant(tenant, job, purpose, recipients=recipients_cache[key_tenant_id])
        if event is not None:
            grants.append(ActiveGrant(event=event, tenant=tenant, job_request=job))
    grants.sort(key=lambda grant: (grant.tenant.name, grant.job_request.reference,
                                   grant.event.purpose))
    return grants


def history(customer_id: int, tenant_id: int, purpose: str, job_request_id: int
            ) -> list[ConsentEvent]:
    return list(db.session.scalars(
        sa.select(ConsentEvent).where(
            ConsentEvent.customer_id == customer_id,
            ConsentEvent.tenant_id == tenant_id,
            ConsentEvent.purpose == purpose,
            ConsentEvent.job_request_id == job_request_id,
        ).order_by(ConsentEvent.occurred_at, ConsentEvent.id)))


# ---------------------------------------------------------------- links to the notice page


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="consent-notice")


def notice_token(consent_request: ConsentRequest) -> str:
    return _serializer().dumps(consent_request.public_id)


def notice_url(consent_request: ConsentRequest) -> str:
    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    return f"{base}/consent/{notice_token(consent_request)}"


def request_for_token(token: str) -> ConsentRequest:
    """The request a notice link points to; a forged or outdated link is a 404."""
    try:
        public_id = _serializer().loads(
            token, max_age=int(NOTICE_LINK_MAX_AGE.total_seconds()))
    except (BadSignature, SignatureExpired):
        raise NotFound(_("This link is not valid (any more).")) from None
    consent_request = db.session.scalar(
        sa.select(ConsentRequest).where(ConsentRequest.public_id == public_id))
    if consent_request is None:
        raise NotFound(_("This link is not valid (any more)."))
    return consent_request


# ---------------------------------------------------------------- asking


def _send(customer: Customer, outbound: Outbound, *, purpose: str,
          job_request_id: int | None = None) -> Message | None:
    from marketplace.channels.services import queue_outbound

    return queue_outbound(customer, outbound, purpose=purpose, job_request_id=job_request_id)


def _short(name: str, limit: int = 20) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


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


def _withdraw_keyword() -> str:
    from flask_babel import get_locale

    return WITHDRAW_KEYWORD.get(str(get_locale() or "de")[:2], "WIDERRUF")


def _request_text(consent_request: ConsentRequest, recipients: Recipients,
                  job_request: JobRequest) -> str:
    who = _recipient_names(recipients)
    if consent_request.purpose == ConsentPurpose.MEDIA_SHARING:
        count = len([media for media in job_request.media if media.kind in ("image", "video")])
        first = _("%(who)s would like to see your %(count)d photos/videos to prepare a quote "
                  "for job %(reference)s.", who=who, count=count,
                  reference=job_request.reference)
    else:
        first = _("%(who)s would like your contact details (%(items)s) to arrange job "
                  "%(reference)s with you directly.", who=who,
                  items=contact_items_label(shared_contact_items(job_request)),
                  reference=job_request.reference)
    parts = [
        first,
        _operator_short(consent_request.channel),
        _("Kept until the job is closed + %(days)d days.", days=consent_request.retention_days),
        _("You can withdraw at any time by writing %(keyword)s.", keyword=_withdraw_keyword()),
        _("Without your consent the business still sees your description."),
        _("Full notice: %(url)s", url=notice_url(consent_request)),
    ]
    return "\n".join(part for part in parts if part)


def _ask(lead: Lead, purpose: ConsentPurpose) -> ConsentRequest | None:
    """Create and send one consent request for this lead (flush only), unless pointless."""
    job_request = lead.job_request
    customer = job_request.customer
    tenant = lead.tenant
    recipients = current_recipients(tenant)
    if active_grant(tenant, job_request, purpose, recipients=recipients) is not None:
        return None
    if purpose == ConsentPurpose.MEDIA_SHARING and not any(
            media.kind in ("image", "video") for media in job_request.media):
        return None
    contact_items = shared_contact_items(job_request) \
        if purpose == ConsentPurpose.CONTACT_SHARING else ()
    if purpose == ConsentPurpose.CONTACT_SHARING and not contact_items:
        # Nothing but the chat itself: no consent is asked for data that does not exist.
        return None
    already = db.session.scalar(sa.select(ConsentRequest).join(
        ConsentNotice, ConsentNotice.id == ConsentRequest.notice_id).where(
        ConsentRequest.customer_id == customer.id,
        ConsentRequest.tenant_id == tenant.id,
        ConsentRequest.purpose == purpose,
        ConsentRequest.job_request_id == job_request.id,
        ConsentRequest.recipient_list_version == recipients.version,
        ConsentNotice.version == notice_module.NOTICE_VERSION,
    ).limit(1))
    if already is not None:
        return None  # asked under this recipient list already: never nag
    language = customer.language if customer.language in ("de", "en") else "de"
    notice = store_notice(NoticeContext(recipients=recipients, channel=customer.channel,
                                        job_reference=job_request.reference,
                                        purpose=purpose,
                                        retention_days=DEFAULT_RETENTION_DAYS,
                                        contact_items=contact_items), language)
    consent_request = ConsentRequest(
        tenant_id=tenant.id, customer_id=customer.id, job_request_id=job_request.id,
        lead_id=lead.id, purpose=purpose, channel=customer.channel, language=language,
        recipient_list_version=recipients.version, notice_id=notice.id,
        retention_days=DEFAULT_RETENTION_DAYS, requested_at=clock.now())
    db.session.add(consent_request)
    db.session.flush()
    with force_locale(language):
        outbound = Outbound(
            text=_request_text(consent_request, recipients, job_request),
            choices=(
                Choice(f"{CHOICE_PREFIX}:agree:{consent_request.public_id}", _("Agree")),
                Choice(f"{CHOICE_PREFIX}:decline:{consent_request.public_id}", _("Decline")),
            ),
            link_url=notice_url(consent_request),
        )
    _send(customer, outbound, purpose="consent_request", job_request_id=job_request.id)
    return consent_request


def request_media_consent(lead: Lead) -> ConsentRequest | None:
    """Ask the customer whether this lead's business may see the job's photos and videos."""
    consent_request = _ask(lead, ConsentPurpose.MEDIA_SHARING)
    db.session.commit()
    return consent_request


def request_contact_consent(lead: Lead) -> ConsentRequest | None:
    """Ask whether the business whose quote was accepted may have the stored contact details."""
    if lead.status != LeadStatus.WON:
        raise Conflict(_("Contact details are only asked for after a quote was accepted."))
    consent_request = _ask(lead, ConsentPurpose.CONTACT_SHARING)
    db.session.commit()
    return consent_request


# ---------------------------------------------------------------- recording


@dataclass(frozen=True)
class Evidence:
    """What carried the customer's act: a chat message, or a request on the notice page."""

    kind: EvidenceKind
    ref: str | None = None
    message: Message | None = None

    @classmethod
    def from_message(cls, message: Message | None) -> Evidence:
        if message is None:
            raise InvalidInput("a chat decision needs the message that carried it")
        return cls(EvidenceKind.MESSAGE, message.provider_message_id or f"message:{message.id}",
                   message)

    @classmethod
    def from_web_request(cls, request_id: str) -> Evidence:
        return cls(EvidenceKind.WEB_REQUEST, request_id[:64])


def _append(*, customer_id: int, tenant: Tenant, job_request: JobRequest, purpose: str,
            action: ConsentAction, recipient_list_version: int, channel: str,
            evidence: Evidence, actor: ConsentActor = ConsentActor.CUSTOMER,
            consent_request: ConsentRequest | None = None, notice_id: int | None = None,
            notice_sha256: str | None = None,
            retention_days: int = DEFAULT_RETENTION_DAYS) -> ConsentEvent:
    event = ConsentEvent(
        customer_id=customer_id, tenant_id=tenant.id, job_request_id=job_request.id,
        request_id=consent_request.id if consent_request else None, purpose=purpose,
        action=action, recipient_list_version=recipient_list_version,
        notice_id=notice_id, notice_sha256=notice_sha256, channel=channel, actor=actor,
        evidence_kind=evidence.kind, evidence_ref=evidence.ref,
        via_message_id=evidence.message.id if evidence.message else None,
        retention_days=retention_days, occurred_at=clock.now())
    db.session.add(event)
    db.session.flush()
    return event


def record_decision(consent_request: ConsentRequest, *, agree: bool, channel: str,
                    evidence: Evidence) -> ConsentEvent:
    """Append the customer's grant or refusal for one request and send a receipt.

    Does not commit: the chat path commits in the intake service, the notice page in
    `decide_on_notice_page`. A grant on a request asked under an older recipient list is
    refused, and the customer is asked again with the current list.
    """
    tenant = db.session.get(Tenant, consent_request.tenant_id)
    job_request = db.session.get(JobRequest, consent_request.job_request_id)
    customer = db.session.get(Customer, consent_request.customer_id)
    recipients = current_recipients(tenant)
    if agree and not is_current(consent_request.recipient_list_version,
                                consent_request.notice, recipients):
        lead = db.session.get(Lead, consent_request.lead_id) if consent_request.lead_id else None
        if lead is not None:
            _ask(lead, ConsentPurpose(consent_request.purpose))
        raise Conflict(_("The business has changed who receives your data. Please answer the "
                         "new request."))
    if agree and consent_request.purpose == ConsentPurpose.CONTACT_SHARING:
        lead_status = db.session.scalar(sa.select(Lead.status).where(
            Lead.tenant_id == tenant.id, Lead.job_request_id == job_request.id))
        if lead_status != LeadStatus.WON:
            raise Conflict(_("Contact details go only to the business whose quote you "
                             "accepted."))
    latest = latest_event(customer_id=customer.id, tenant_id=tenant.id,
                          purpose=consent_request.purpose, job_request_id=job_request.id)
    if latest is not None and latest.request_id == consent_request.id and latest.action == (
            ConsentAction.GRANT if agree else ConsentAction.DECLINE):
        return latest  # the same tap twice: one record
    event = _append(
        customer_id=customer.id, tenant=tenant, job_request=job_request,
        purpose=consent_request.purpose,
        action=ConsentAction.GRANT if agree else ConsentAction.DECLINE,
        recipient_list_version=consent_request.recipient_list_version, channel=channel,
        evidence=evidence, consent_request=consent_request,
        notice_id=consent_request.notice_id, notice_sha256=consent_request.notice.sha256,
        retention_days=consent_request.retention_days)
    _send_receipt(customer, event, tenant, job_request, consent_request)
    return event


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


def _send_receipt(customer: Customer, event: ConsentEvent, tenant: Tenant,
                  job_request: JobRequest, consent_request: ConsentRequest | None) -> None:
    with force_locale(customer.language if customer.language in ("de", "en") else "de"):
        text = _receipt_text(event, tenant, job_request)
        link = notice_url(consent_request) if consent_request is not None else None
        # Withdrawing must be as easy as agreeing: one tap, right under the receipt.
        choices = (Choice(f"{CHOICE_PREFIX}:revoke:{consent_request.public_id}",
                          _("Withdraw")),) if (
            consent_request is not None and event.action == ConsentAction.GRANT) else ()
    # Once a consent has ended, the "Withdraw" buttons under its earlier receipts are stale.
    closes = () if event.action == ConsentAction.GRANT else _revoke_choice_ids(
        customer.id, tenant.id, job_request.id, event.purpose)
    _send(customer, Outbound(text=text, choices=choices, link_url=link,
                             closes_choices=closes),
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


def _own_request(customer: Customer, public_id: str) -> ConsentRequest:
    consent_request = db.session.scalar(sa.select(ConsentRequest).where(
        ConsentRequest.public_id == public_id, ConsentRequest.customer_id == customer.id))
    if consent_request is None:
        raise NotFound(_("This request is not known."))
    return consent_request


# ---------------------------------------------------------------- withdrawing


def start_withdrawal(customer: Customer, message: Message | None) -> Message | None:
    """WIDERRUF: list the businesses with active grants as buttons (no commit)."""
    grants = active_grants_of(customer)
    language = customer.language if customer.language in ("de", "en") else "de"
    with force_locale(language):
        if not grants:
            return _send(customer, Outbound(text=_(
                "You have no active consents. No business receives your photos or contact "
                "details.")), purpose="consent_receipt")
        tenants: dict[int, Tenant] = {}
        for grant in grants:
            tenants.setdefault(grant.tenant.id, grant.tenant)
        lines = [_("These businesses may currently see your data:")]
        for grant in grants:
            what = (_("photos/videos") if grant.event.purpose == ConsentPurpose.MEDIA_SHARING
                    else _("contact details"))
            lines.append(f"- {grant.tenant.name}: {what}, {grant.job_request.reference}")
        lines.append(_("Tap a business to withdraw its consent, or withdraw all at once."))
        choices = [Choice(f"{CHOICE_PREFIX}:withdraw:{tenant.id}", _short(tenant.name, 24),
                          description=tenant.name[:72])
                   for tenant in tenants.values()]
        choices.append(Choice(f"{CHOICE_PREFIX}:withdraw:all", _("Withdraw all")))
        outbound = Outbound(text="\n".join(lines), choices=tuple(choices[:10]),
                            choices_label=_("Choose"))
    return _send(customer, outbound, purpose="consent_request")


def withdraw(customer: Customer, *, tenant_id: int | None, channel: str, evidence: Evidence,
             job_request_id: int | None = None, purpose: str | None = None
             ) -> list[ConsentEvent]:
    """Withdraw every active grant of the customer for one business (or all): at once.

    Open media links die because every request re-checks the ledger; the business is told.
    Does not commit.
    """
    events = []
    grants = active_grants_of(customer, tenant_id=tenant_id)
    if job_request_id is not None:
        grants = [grant for grant in grants if grant.job_request.id == job_request_id]
    if purpose is not None:
        grants = [grant for grant in grants if grant.event.purpose == purpose]
    for grant in grants:
        event = _append(
            customer_id=customer.id, tenant=grant.tenant, job_request=grant.job_request,
            purpose=grant.event.purpose, action=ConsentAction.WITHDRAW,
            recipient_list_version=grant.event.recipient_list_version, channel=channel,
            evidence=evidence, consent_request=grant.event.request,
            notice_id=grant.event.notice_id, notice_sha256=grant.event.notice_sha256,
            retention_days=grant.event.retention_days)
        events.append(event)
        notify_business(grant.tenant, BusinessNoticeKind.CONSENT_WITHDRAWN,
                        grant.job_request.reference, purpose=grant.event.purpose)
        _send_receipt(customer, event, grant.tenant, grant.job_request, grant.event.request)
    if not events:
        with force_locale(customer.language if customer.language in ("de", "en") else "de"):
            _send(customer, Outbound(
                text=_("There was nothing to withdraw: no active consent for this "
                       "business."),
                closes_choices=_revoke_choice_ids(customer.id, tenant_id, job_request_id,
                                                  purpose)),
                  purpose="consent_receipt")
    return events


def notify_business(tenant: Tenant, kind: BusinessNoticeKind, job_reference: str, *,
                    purpose: str | None = None) -> BusinessNotice:
    """Tell a business (dashboard notice and e-mail) what changed; no customer data."""
    notice = BusinessNotice(tenant_id=tenant.id, kind=kind, job_reference=job_reference,
                            purpose=purpose, created_at=clock.now())
    db.session.add(notice)
    if tenant.email:
        from marketplace.mail import send_email

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


# ---------------------------------------------------------------- chat and web entry points


def handle_customer_choice(customer: Customer, message: Message | None, action: str,
                           object_id: str) -> None:
    """A tapped `consent:<action>:<id>` button (no commit: the intake service commits).

    agree/decline/revoke take a request's public id; withdraw takes a tenant id or "all".
    """
    evidence = Evidence.from_message(message)
    channel = customer.channel
    if action in ("agree", "decline"):
        consent_request = _own_request(customer, object_id)
        try:
            record_decision(consent_request, agree=action == "agree", channel=channel,
                            evidence=evidence)
        except Conflict as error:
            with force_locale(customer.language if customer.language in ("de", "en")
                              else "de"):
                _send(customer, Outbound(text=error.message), purpose="consent_receipt")
        return
    if action == "withdraw":
        tenant_id = None if object_id == "all" else _int_or_404(object_id)
        withdraw(customer, tenant_id=tenant_id, channel=channel, evidence=evidence)
        return
    if action == "revoke":
        consent_request = _own_request(customer, object_id)
        withdraw(customer, tenant_id=consent_request.tenant_id, channel=channel,
                 evidence=evidence, job_request_id=consent_request.job_request_id,
                 purpose=consent_request.purpose)
        return
    raise InvalidInput(f"unknown consent action {action!r}")


def _int_or_404(value: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise NotFound() from None


def decide_on_notice_page(token: str, *, decision: str, web_request_id: str) -> ConsentEvent | None:
    """The same choice as the chat buttons, made on the full notice page (commits)."""
    consent_request = request_for_token(token)
    evidence = Evidence.from_web_request(web_request_id)
    customer = db.session.get(Customer, consent_request.customer_id)
    if decision in ("agree", "decline"):
        try:
            event = record_decision(consent_request, agree=decision == "agree",
                                    channel="web", evidence=evidence)
        except Conflict:
            db.session.commit()  # keeps the fresh request sent with the current recipients
            raise
        db.session.commit()
        return event
    if decision == "withdraw":
        events = withdraw(customer, tenant_id=consent_request.tenant_id, channel="web",
                          evidence=evidence, job_request_id=consent_request.job_request_id)
        db.session.commit()
        return events[0] if events else None
    raise InvalidInput(_("Please choose agree, decline or withdraw."))


def notice_page(token: str) -> dict:
    """Everything the full notice page shows for one link (a bad link is a 404)."""
    consent_request = request_for_token(token)
    tenant = db.session.get(Tenant, consent_request.tenant_id)
    job_request = db.session.get(JobRequest, consent_request.job_request_id)
    state = consent_state(tenant, job_request, consent_request.purpose)
    current_version = current_recipients(tenant).version
    return {
        "consent_request": consent_request,
        "tenant": tenant,
        "job_request": job_request,
        "state": state,
        "is_outdated": consent_request.recipient_list_version != current_version,
        "history": history(consent_request.customer_id, consent_request.tenant_id,
                           consent_request.purpose, consent_request.job_request_id),
    }


# ---------------------------------------------------------------- expiry


def expire_ended_grants(*, limit: int = 500) -> list[ConsentEvent]:
    """Append an EXPIRE event for every grant whose retention has passed (flush only)."""
    now = clock.now()
    candidates = db.session.execute(
        sa.select(ConsentEvent.customer_id, ConsentEvent.tenant_id, ConsentEvent.purpose,
                  ConsentEvent.job_request_id)
        .join(JobRequest, JobRequest.id == ConsentEvent.job_request_id)
        .where(ConsentEvent.action == ConsentAction.GRANT, JobRequest.closed_at.is_not(None))
        .distinct().limit(limit * 4)
    ).all()
    expired = []
    for customer_id, tenant_id, purpose, job_request_id in candidates:
        event = latest_event(customer_id=customer_id, tenant_id=tenant_id, purpose=purpose,
                             job_request_id=job_request_id)
        if event is None or event.action != ConsentAction.GRANT:
            continue
        job = db.session.get(JobRequest, job_request_id)
        ends = grant_expires_at(event, job)
        if ends is None or ends > now:
            continue
        tenant = db.session.get(Tenant, tenant_id)
        expired.append(_append(
            customer_id=customer_id, tenant=tenant, job_request=job, purpose=purpose,
            action=ConsentAction.EXPIRE, recipient_list_version=event.recipient_list_version,
            channel=event.channel, evidence=Evidence(EvidenceKind.SCHEDULE, "retention"),
            actor=ConsentActor.SYSTEM, consent_request=event.request,
            notice_id=event.notice_id, notice_sha256=event.notice_sha256,
            retention_days=event.retention_days))
        notify_business(tenant, BusinessNoticeKind.CONSENT_EXPIRED, job.reference,
                        purpose=purpose)
        if len(expired) >= limit:
            break
    return expired


def tenants_that_received_data(customer_id: int) -> list[tuple[Tenant, str, datetime]]:
    """Businesses that were given this customer's data, what and since when (from the ledger
    and the leads): the export lists them and erasure tells them."""
    rows: list[tuple[Tenant, str, datetime]] = []
    for tenant_id, purpose, first_at in db.session.execute(
            sa.select(ConsentEvent.tenant_id, ConsentEvent.purpose,
                      sa.func.min(ConsentEvent.occurred_at))
            .where(ConsentEvent.customer_id == customer_id,
                   ConsentEvent.action == ConsentAction.GRANT)
            .group_by(ConsentEvent.tenant_id, ConsentEvent.purpose)):
        rows.append((db.session.get(Tenant, tenant_id), purpose, clock.as_utc(first_at)))
    for tenant_id, first_at in db.session.execute(
            sa.select(Lead.tenant_id, sa.func.min(Lead.offered_at))
            .join(JobRequest, JobRequest.id == Lead.job_request_id)
            .where(JobRequest.customer_id == customer_id)
            .group_by(Lead.tenant_id)):
        rows.append((db.session.get(Tenant, tenant_id), "job_description",
                     clock.as_utc(first_at)))
    rows.sort(key=lambda row: (row[2], row[0].id))
    return rows


def events_of_customer(customer_id: int) -> Iterable[ConsentEvent]:
    return db.session.scalars(sa.select(ConsentEvent).where(
        ConsentEvent.customer_id == customer_id).order_by(ConsentEvent.id))


def recent_business_notices(tenant: Tenant, *, limit: int = 10) -> list[BusinessNotice]:
    """What this business was told lately (withdrawals, expiries, erasures)."""
    from marketplace.tenancy.scoping import scoped_select

    return list(db.session.scalars(scoped_select(BusinessNotice, tenant).order_by(
        BusinessNotice.id.desc()).limit(limit)))


def ask_for_media(tenant: Tenant, actor: Any, *, lead_id: int) -> ConsentRequest | None:
    """The business asks (again) to see a lead's photos: one request per recipient list,
    never more, so a business cannot nag the customer."""
    from marketplace.tenancy.scoping import get_scoped

    lead = get_scoped(Lead, tenant, lead_id)
    if lead.job_request.closed_at is not None:
        raise Conflict(_("This job is closed."))
    consent_request = _ask(lead, ConsentPurpose.MEDIA_SHARING)
    db.session.commit()
    return consent_request


def reask_after_recipient_change(*, limit: int = 200) -> int:
    """Grants given under an older recipient list or notice wording no longer count: ask
    those customers once more (open jobs only). Commits; returns the requests sent."""
    latest_ids = (
        sa.select(sa.func.max(ConsentEvent.id))
        .group_by(ConsentEvent.customer_id, ConsentEvent.tenant_id, ConsentEvent.purpose,
                  ConsentEvent.job_request_id)
        .scalar_subquery())
    candidates = db.session.scalars(
        sa.select(ConsentEvent)
        .join(JobRequest, JobRequest.id == ConsentEvent.job_request_id)
        .where(ConsentEvent.id.in_(latest_ids), ConsentEvent.action == ConsentAction.GRANT,
               ConsentEvent.purpose == ConsentPurpose.MEDIA_SHARING,
               JobRequest.closed_at.is_(None))
        .order_by(ConsentEvent.id).limit(limit * 4)).all()
    sent = 0
    for event in candidates:
        tenant = db.session.get(Tenant, event.tenant_id)
        if is_current(event.recipient_list_version, event.notice, current_recipients(tenant)):
            continue
        lead = db.session.scalar(sa.select(Lead).where(
            Lead.tenant_id == event.tenant_id, Lead.job_request_id == event.job_request_id))
        if lead is not None and _ask(lead, ConsentPurpose.MEDIA_SHARING) is not None:
            sent += 1
        if sent >= limit:
            break
    db.session.commit()
    return sent


@dataclass(frozen=True)
class ContactDetails:
    name: str | None
    phone: str | None
    email: str | None


def contact_details(tenant: Tenant, job_request: JobRequest) -> ContactDetails | None:
    """The customer's name, phone and e-mail for this business, or None: only after the
    customer accepted its quote and agreed to share them (every page showing contact
    details asks here)."""
    if not can_see_contact(tenant, job_request):
        return None
    return _stored_contact(job_request)


def _stored_contact(job_request: JobRequest) -> ContactDetails:
    customer = job_request.customer
    return ContactDetails(
        name=customer.display_name,
        phone=job_request.contact_phone or customer.phone,
        email=job_request.contact_email,
    )


def shared_contact_items(job_request: JobRequest) -> tuple[str, ...]:
    """Which contact details exist for this job and would be shared ("name", "phone",
    "email"): the consent question and its notice name exactly these."""
    stored = _stored_contact(job_request)
    return tuple(item for item, value in (("name", stored.name), ("phone", stored.phone),
                                          ("email", stored.email)) if value)
