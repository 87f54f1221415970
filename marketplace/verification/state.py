"""Allowed transitions of documents, businesses and trades, and the one function that makes
them: it refuses anything not in the table and appends the history row (who, when, why)."""

from __future__ import annotations

from marketplace import clock
from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.errors import InvalidTransition
from marketplace.tenancy.models import Tenant, TenantStatus, TenantTrade, TenantTradeStatus
from marketplace.verification.models import (
    DocumentStatus,
    EventSubject,
    VerificationDocument,
    VerificationEvent,
)

DOCUMENT_TRANSITIONS: dict[str, set[str]] = {
    DocumentStatus.SUBMITTED: {
        DocumentStatus.APPROVED, DocumentStatus.REJECTED, DocumentStatus.INFO_REQUESTED,
    },
    # The business answers (new details or a better scan) and the document queues again.
    DocumentStatus.INFO_REQUESTED: {DocumentStatus.SUBMITTED, DocumentStatus.REJECTED},
    # An approval can be withdrawn by an admin (e.g. the chamber deleted the entry).
    DocumentStatus.APPROVED: {DocumentStatus.EXPIRED, DocumentStatus.REJECTED},
    DocumentStatus.REJECTED: set(),
    DocumentStatus.EXPIRED: set(),
}

BUSINESS_TRANSITIONS: dict[str, set[str]] = {
    TenantStatus.ACTIVE: {TenantStatus.SUSPENDED},
    TenantStatus.SUSPENDED: {TenantStatus.ACTIVE},
}

TRADE_TRANSITIONS: dict[str, set[str]] = {
    TenantTradeStatus.PENDING: {TenantTradeStatus.APPROVED, TenantTradeStatus.SUSPENDED},
    TenantTradeStatus.APPROVED: {TenantTradeStatus.SUSPENDED, TenantTradeStatus.PENDING},
    TenantTradeStatus.SUSPENDED: {TenantTradeStatus.APPROVED, TenantTradeStatus.PENDING},
}


def record_event(
    tenant: Tenant,
    subject: EventSubject,
    *,
    to_status: str,
    from_status: str | None = None,
    actor: User | None = None,
    reason: str | None = None,
    document: VerificationDocument | None = None,
    trade_code: str | None = None,
) -> VerificationEvent:
    event = VerificationEvent(
        tenant_id=tenant.id,
        subject=subject,
        from_status=from_status,
        to_status=str(to_status),
        actor_id=actor.id if actor is not None else None,
        reason=reason or None,
        document_id=document.id if document is not None else None,
        trade_code=trade_code,
        created_at=clock.now(),
    )
    db.session.add(event)
    return event


def _check(table: dict[str, set[str]], current: str, new: str) -> None:
    if new not in table.get(current, set()):
        raise InvalidTransition(f"{current} → {new} is not allowed")


def transition_document(
    document: VerificationDocument, new: DocumentStatus, *, actor: User | None,
    reason: str | None = None,
) -> None:
    _check(DOCUMENT_TRANSITIONS, document.status, new)
    tenant = db.session.get(Tenant, document.tenant_id)
    record_event(tenant, EventSubject.DOCUMENT, from_status=document.status, to_status=new,
                 actor=actor, reason=reason, document=document)
    document.status = new


def transition_business(
    tenant: Tenant, new: TenantStatus, *, actor: User | None, reason: str | None = None
) -> None:
    _check(BUSINESS_TRANSITIONS, tenant.status, new)
    record_event(tenant, EventSubject.BUSINESS, from_status=tenant.status, to_status=new,
                 actor=actor, reason=reason)
    tenant.status = new


def transition_trade(
    tenant_trade: TenantTrade, new: TenantTradeStatus, *, actor: User | None,
    reason: str | None = None,
) -> None:
    if tenant_trade.status == new:
        return
    _check(TRADE_TRANSITIONS, tenant_trade.status, new)
    record_event(tenant_trade.tenant, EventSubject.TRADE, from_status=tenant_trade.status,
                 to_status=new, actor=actor, reason=reason, trade_code=tenant_trade.trade_code)
    tenant_trade.status = new


def set_verification_status(
    tenant: Tenant, new: str, *, actor: User | None, reason: str | None = None
) -> bool:
    """Derived status (from the documents); recorded only when it actually changes."""
    if tenant.verification_status == new:
        return False
    record_event(tenant, EventSubject.VERIFICATION, from_status=tenant.verification_status,
                 to_status=new, actor=actor, reason=reason)
    tenant.verification_status = new
    return True
