"""The customer's answers: a tapped chat button, or a choice on the full notice page."""

from __future__ import annotations

from flask_babel import gettext as _

from marketplace.channels.models import Customer, Message
from marketplace.consent import notifications
from marketplace.consent.ledger import consent_state, history
from marketplace.consent.links import request_for_token
from marketplace.consent.models import ConsentEvent
from marketplace.consent.recipients import current_recipients
from marketplace.consent.recording import Evidence, own_request, record_decision
from marketplace.consent.withdrawal import withdraw
from marketplace.db import db
from marketplace.errors import Conflict, InvalidInput, NotFound
from marketplace.jobs.models import JobRequest
from marketplace.tenancy.models import Tenant


def handle_customer_choice(customer: Customer, message: Message | None, action: str,
                           object_id: str) -> None:
    """A tapped `consent:<action>:<id>` button (no commit: the intake service commits).

    agree/decline/revoke take a request's public id; withdraw takes a tenant id or "all".
    """
    evidence = Evidence.from_message(message)
    channel = customer.channel
    if action in ("agree", "decline"):
        consent_request = own_request(customer, object_id)
        try:
            record_decision(consent_request, agree=action == "agree", channel=channel,
                            evidence=evidence)
        except Conflict as error:
            # In the chat a refusal is an answer, not an error page.
            notifications.tell(customer, error.message)
        return
    if action == "withdraw":
        tenant_id = None if object_id == "all" else _int_or_404(object_id)
        withdraw(customer, tenant_id=tenant_id, channel=channel, evidence=evidence)
        return
    if action == "revoke":
        consent_request = own_request(customer, object_id)
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
