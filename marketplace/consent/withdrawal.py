"""Withdrawing consent: as easy as giving it, effective at once, the business is told."""

from __future__ import annotations

from marketplace.channels.models import Customer, Message
from marketplace.consent import notifications
from marketplace.consent.ledger import active_grants_of
from marketplace.consent.models import BusinessNoticeKind, ConsentAction, ConsentEvent
from marketplace.consent.recording import Evidence, append_event


def start_withdrawal(customer: Customer, message: Message | None) -> Message | None:
    """WIDERRUF: list the businesses with active grants as buttons (no commit)."""
    return notifications.send_withdrawal_menu(customer, active_grants_of(customer))


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
        event = append_event(
            customer_id=customer.id, tenant=grant.tenant, job_request=grant.job_request,
            purpose=grant.event.purpose, action=ConsentAction.WITHDRAW,
            recipient_list_version=grant.event.recipient_list_version, channel=channel,
            evidence=evidence, consent_request=grant.event.request,
            notice_id=grant.event.notice_id, notice_sha256=grant.event.notice_sha256,
            retention_days=grant.event.retention_days)
        events.append(event)
        notifications.notify_business(grant.tenant, BusinessNoticeKind.CONSENT_WITHDRAWN,
                                      grant.job_request.reference, purpose=grant.event.purpose)
        notifications.send_receipt(customer, event, grant.tenant, grant.job_request,
                                   grant.event.request)
    if not events:
        notifications.send_nothing_to_withdraw(customer, tenant_id=tenant_id,
                                               job_request_id=job_request_id, purpose=purpose)
    return events
