"""Recording the customer's decisions: append-only events, each with its evidence."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace import clock
from marketplace.channels.models import Customer, Message
from marketplace.consent import contact, notifications
from marketplace.consent.asking import ask
from marketplace.consent.ledger import is_current, latest_event, quote_was_accepted
from marketplace.consent.models import (
    ConsentAction,
    ConsentActor,
    ConsentEvent,
    ConsentPurpose,
    ConsentRequest,
    EvidenceKind,
)
from marketplace.consent.notice import DEFAULT_RETENTION_DAYS
from marketplace.consent.recipients import current_recipients
from marketplace.db import db
from marketplace.errors import Conflict, InvalidInput, NotFound
from marketplace.jobs.models import JobRequest
from marketplace.quotes.models import Lead
from marketplace.tenancy.models import Tenant


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


def append_event(*, customer_id: int, tenant: Tenant, job_request: JobRequest, purpose: str,
                 action: ConsentAction, recipient_list_version: int, channel: str,
                 evidence: Evidence, actor: ConsentActor = ConsentActor.CUSTOMER,
                 consent_request: ConsentRequest | None = None, notice_id: int | None = None,
                 notice_sha256: str | None = None,
                 retention_days: int = DEFAULT_RETENTION_DAYS) -> ConsentEvent:
    """One more line in the ledger (flush only); the ledger never changes a line."""
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
    `answers.decide_on_notice_page`. A grant on a request asked under an older recipient
    list is refused, and the customer is asked again with the current list.
    """
    tenant = db.session.get(Tenant, consent_request.tenant_id)
    job_request = db.session.get(JobRequest, consent_request.job_request_id)
    customer = db.session.get(Customer, consent_request.customer_id)
    recipients = current_recipients(tenant)
    if agree and not is_current(consent_request.recipient_list_version,
                                consent_request.notice, recipients):
        lead = db.session.get(Lead, consent_request.lead_id) if consent_request.lead_id else None
        if lead is not None:
            ask(lead, ConsentPurpose(consent_request.purpose))
        raise Conflict(_("The business has changed who receives your data. Please answer the "
                         "new request."))
    if agree and consent_request.purpose == ConsentPurpose.CONTACT_SHARING and \
            not quote_was_accepted(tenant, job_request):
        raise Conflict(_("Contact details go only to the business whose quote you "
                         "accepted."))
    latest = latest_event(customer_id=customer.id, tenant_id=tenant.id,
                          purpose=consent_request.purpose, job_request_id=job_request.id)
    if latest is not None and latest.request_id == consent_request.id and latest.action == (
            ConsentAction.GRANT if agree else ConsentAction.DECLINE):
        return latest  # the same tap twice: one record
    event = append_event(
        customer_id=customer.id, tenant=tenant, job_request=job_request,
        purpose=consent_request.purpose,
        action=ConsentAction.GRANT if agree else ConsentAction.DECLINE,
        recipient_list_version=consent_request.recipient_list_version, channel=channel,
        evidence=evidence, consent_request=consent_request,
        notice_id=consent_request.notice_id, notice_sha256=consent_request.notice.sha256,
        retention_days=consent_request.retention_days)
    notifications.send_receipt(customer, event, tenant, job_request, consent_request)
    if agree and consent_request.purpose == ConsentPurpose.CONTACT_SHARING:
        # The "you won" e-mail told the business the details would follow.
        contact.tell_business_contact_shared(tenant, job_request)
    return event


def own_request(customer: Customer, public_id: str) -> ConsentRequest:
    """A request of this customer by its public id; anyone else's is a 404."""
    consent_request = db.session.scalar(sa.select(ConsentRequest).where(
        ConsentRequest.public_id == public_id, ConsentRequest.customer_id == customer.id))
    if consent_request is None:
        raise NotFound(_("This request is not known."))
    return consent_request
