"""The admins' decisions: approve, reject or question a document; suspend and reinstate a
business or one of its trades. Each decision is recorded with its reason and e-mailed."""

from __future__ import annotations

from flask_babel import gettext as _

from marketplace import clock
from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.errors import InvalidInput, NotFound
from marketplace.system_reasons import system_reason
from marketplace.tenancy.models import Tenant, TenantStatus, TenantTrade, TenantTradeStatus
from marketplace.verification import reasons, state
from marketplace.verification.admin_queries import business_for_admin, get_document_for_admin
from marketplace.verification.coverage import recompute, today
from marketplace.verification.documents import check_trade_codes, tenant_of
from marketplace.verification.labels import trade_name_de
from marketplace.verification.models import (
    DocumentStatus,
    DocumentTradeStatus,
    EventSubject,
    VerificationDocument,
)
from marketplace.verification.notifications import notify_business


def _required_reason(reason: str | None) -> str:
    reason = (reason or "").strip()
    if len(reason) < 3:
        raise InvalidInput(_("Please give a reason."))
    return reason[:2000]


def _decide(document: VerificationDocument, actor: User, reason: str | None) -> None:
    document.decided_at = clock.now()
    document.decided_by_id = actor.id
    document.decision_reason = reason


# --- documents ---------------------------------------------------------------------------


def approve_document(
    actor: User, *, document_id: int, approved_trade_codes: list[str], reason: str | None = None
) -> VerificationDocument:
    """Approve a document for the trades the admin confirms (per-trade decision)."""
    document = get_document_for_admin(actor, document_id)
    approved = set(check_trade_codes(approved_trade_codes))
    claimed = set(document.claimed_codes())
    if not approved <= claimed:
        raise InvalidInput(_("Only trades the business named can be approved."))
    if claimed and not approved:
        raise InvalidInput(
            _("Approve at least one trade, or reject the document with a reason.")
        )
    if document.expires_on is not None and document.expires_on < today():
        raise InvalidInput(_("This document has already expired."))
    for trade in document.trades:
        trade.status = (
            DocumentTradeStatus.APPROVED if trade.trade_code in approved
            else DocumentTradeStatus.REJECTED
        )
    not_approved = sorted(claimed - approved)
    reason = (reason or "").strip() or None
    if not_approved and reason is None:
        reason = system_reason(reasons.NOT_COVERED, ", ".join(not_approved))
    state.transition_document(document, DocumentStatus.APPROVED, actor=actor, reason=reason)
    _decide(document, actor, reason)
    tenant = tenant_of(document)
    recompute(tenant, actor=actor, reason=reason)
    notify_business(tenant, "document_approved", document=document, reason=reason,
                    approved_names=[trade_name_de(code) for code in sorted(approved)])
    db.session.commit()
    return document


def reject_document(actor: User, *, document_id: int, reason: str) -> VerificationDocument:
    document = get_document_for_admin(actor, document_id)
    reason = _required_reason(reason)
    state.transition_document(document, DocumentStatus.REJECTED, actor=actor, reason=reason)
    for trade in document.trades:
        trade.status = DocumentTradeStatus.REJECTED
    _decide(document, actor, reason)
    tenant = tenant_of(document)
    recompute(tenant, actor=actor, reason=reason)
    notify_business(tenant, "document_rejected", document=document, reason=reason)
    db.session.commit()
    return document


def request_more_info(actor: User, *, document_id: int, reason: str) -> VerificationDocument:
    document = get_document_for_admin(actor, document_id)
    reason = _required_reason(reason)
    state.transition_document(document, DocumentStatus.INFO_REQUESTED, actor=actor,
                              reason=reason)
    _decide(document, actor, reason)
    tenant = tenant_of(document)
    recompute(tenant, actor=actor, reason=reason)
    notify_business(tenant, "info_requested", document=document, reason=reason)
    db.session.commit()
    return document


# --- businesses and their trades ---------------------------------------------------------


def suspend_business(actor: User, *, tenant_id: int, reason: str) -> Tenant:
    tenant = business_for_admin(actor, tenant_id)
    reason = _required_reason(reason)
    state.transition_business(tenant, TenantStatus.SUSPENDED, actor=actor, reason=reason)
    notify_business(tenant, "business_suspended", reason=reason)
    db.session.commit()
    return tenant


def reinstate_business(actor: User, *, tenant_id: int, reason: str | None = None) -> Tenant:
    tenant = business_for_admin(actor, tenant_id)
    state.transition_business(tenant, TenantStatus.ACTIVE, actor=actor,
                              reason=(reason or "").strip() or None)
    notify_business(tenant, "business_reinstated", reason=reason)
    db.session.commit()
    return tenant


def _tenant_trade(tenant: Tenant, trade_code: str) -> TenantTrade:
    for tenant_trade in tenant.trades:
        if tenant_trade.trade_code == trade_code:
            return tenant_trade
    raise NotFound()


def suspend_trade(actor: User, *, tenant_id: int, trade_code: str, reason: str) -> TenantTrade:
    tenant = business_for_admin(actor, tenant_id)
    reason = _required_reason(reason)
    tenant_trade = _tenant_trade(tenant, trade_code)
    if tenant_trade.is_admin_suspended:
        raise InvalidInput(_("This trade is already suspended."))
    tenant_trade.is_admin_suspended = True
    state.transition_trade(tenant_trade, TenantTradeStatus.SUSPENDED, actor=actor, reason=reason)
    if tenant_trade.status == TenantTradeStatus.SUSPENDED:
        # Already suspended by expiry: the admin's decision still needs its own row.
        state.record_event(tenant, EventSubject.TRADE, from_status="suspended",
                           to_status="suspended", actor=actor, reason=reason,
                           trade_code=trade_code)
    notify_business(tenant, "trade_suspended",
                    trade_title=trade_name_de(trade_code), reason=reason)
    db.session.commit()
    return tenant_trade


def reinstate_trade(
    actor: User, *, tenant_id: int, trade_code: str, reason: str | None = None
) -> TenantTrade:
    tenant = business_for_admin(actor, tenant_id)
    tenant_trade = _tenant_trade(tenant, trade_code)
    if not tenant_trade.is_admin_suspended:
        raise InvalidInput(_("This trade is not suspended by an admin."))
    tenant_trade.is_admin_suspended = False
    state.transition_trade(tenant_trade, TenantTradeStatus.PENDING, actor=actor,
                           reason=(reason or "").strip() or None)
    recompute(tenant, actor=actor, reason=(reason or "").strip() or None)
    db.session.commit()
    return tenant_trade
