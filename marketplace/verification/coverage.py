"""The coverage rule: which trades a business's valid approved documents prove, and the one
function that brings its trade and verification statuses in line with them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from marketplace import clock
from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.tenancy.models import Tenant, TenantTradeStatus, VerificationStatus
from marketplace.tenancy.scoping import scoped_select
from marketplace.trades.catalogue import get_trade
from marketplace.verification import state
from marketplace.verification.models import (
    MASTER_PROOF_TYPES,
    DocumentStatus,
    DocumentType,
    VerificationDocument,
)
from marketplace.verification.notifications import notify_business

BUSINESS_TIMEZONE = ZoneInfo("Europe/Berlin")


def today() -> date:
    """The calendar day in Germany: an expiry date means the end of that German day."""
    return clock.now().astimezone(BUSINESS_TIMEZONE).date()


@dataclass
class Coverage:
    """What the currently valid approved documents prove."""

    has_licence: bool = False
    has_master_proof: bool = False
    licence_codes: set[str] = field(default_factory=set)
    master_codes: set[str] = field(default_factory=set)

    @property
    def is_verified(self) -> bool:
        return self.has_licence and self.has_master_proof

    def covers(self, trade_code: str) -> bool:
        """Anlage A needs a master-craftsman proof naming the trade; Anlage B1/B2 and
        services need the trade licence covering it."""
        trade = get_trade(trade_code)
        if trade is None:
            return False
        if trade.requires_master:
            return trade_code in self.master_codes
        return trade_code in self.licence_codes


def is_valid_on(document: VerificationDocument, day: date) -> bool:
    return document.status == DocumentStatus.APPROVED and (
        document.expires_on is None or document.expires_on >= day
    )


def coverage_of(tenant: Tenant) -> Coverage:
    documents = db.session.scalars(
        scoped_select(VerificationDocument, tenant)
        .where(VerificationDocument.status == DocumentStatus.APPROVED)
        .options(selectinload(VerificationDocument.trades))
    ).all()
    coverage = Coverage()
    day = today()
    for document in documents:
        if not is_valid_on(document, day):
            continue
        if document.doc_type == DocumentType.GEWERBEANMELDUNG:
            coverage.has_licence = True
            coverage.licence_codes.update(document.approved_codes())
        elif document.doc_type in MASTER_PROOF_TYPES:
            coverage.has_master_proof = True
            coverage.master_codes.update(document.approved_codes())
    return coverage


def recompute(tenant: Tenant, *, actor: User | None, reason: str | None = None) -> Coverage:
    """Bring the tenant's verification status and trade statuses in line with its documents.

    Flushes, never commits: callers are public services that commit once.
    """
    db.session.flush()
    coverage = coverage_of(tenant)
    for tenant_trade in tenant.trades:
        if tenant_trade.is_admin_suspended:
            target = TenantTradeStatus.SUSPENDED
        elif coverage.covers(tenant_trade.trade_code):
            target = TenantTradeStatus.APPROVED
        elif tenant_trade.status == TenantTradeStatus.APPROVED:
            # Was covered, is no longer (expired or withdrawn document).
            target = TenantTradeStatus.SUSPENDED
        else:
            target = TenantTradeStatus(tenant_trade.status)
        state.transition_trade(tenant_trade, target, actor=actor, reason=reason)

    statuses = set(db.session.scalars(
        sa.select(VerificationDocument.status).where(VerificationDocument.tenant_id == tenant.id)
    ))
    if coverage.is_verified:
        new_status = VerificationStatus.VERIFIED
    elif statuses & {DocumentStatus.SUBMITTED, DocumentStatus.INFO_REQUESTED}:
        new_status = VerificationStatus.PENDING
    elif DocumentStatus.REJECTED in statuses and tenant.verification_status in (
        VerificationStatus.PENDING, VerificationStatus.REJECTED
    ):
        new_status = VerificationStatus.REJECTED
    else:
        new_status = VerificationStatus.UNVERIFIED
    changed = state.set_verification_status(tenant, new_status, actor=actor, reason=reason)
    if changed and new_status == VerificationStatus.VERIFIED:
        tenant.verified_at = clock.now()
        notify_business(tenant, "verified")
    elif changed and tenant.verified_at is not None and new_status != VerificationStatus.VERIFIED:
        notify_business(tenant, "verification_lost", reason=reason)
    db.session.flush()
    return coverage
