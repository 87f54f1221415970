"""What the business sees of its verification: status, what is missing and why."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace.db import db
from marketplace.tenancy.models import Tenant, TenantStatus, TenantTradeStatus
from marketplace.tenancy.scoping import scoped_select
from marketplace.trades.catalogue import get_trade
from marketplace.verification.coverage import Coverage, coverage_of
from marketplace.verification.documents import history
from marketplace.verification.models import (
    MASTER_PROOF_TYPES,
    DocumentStatus,
    DocumentType,
    EventSubject,
    VerificationDocument,
    VerificationEvent,
)


@dataclass
class TradeRow:
    code: str
    name: str
    anlage: str
    status: str
    needs: str  # what document would cover it


@dataclass
class VerificationSummary:
    tenant: Tenant
    coverage: Coverage
    missing: list[str]
    trades: list[TradeRow]
    needs_action: list[VerificationDocument]
    recent_events: list[VerificationEvent]
    suspension_reason: str | None = None
    trade_reasons: dict[str, str] = field(default_factory=dict)


def verification_summary(tenant: Tenant, language: str = "de") -> VerificationSummary:
    """Status, what is missing and why, for the business's own dashboard (read only)."""
    coverage = coverage_of(tenant)
    # A document waiting for review is not "missing": the business has done its part.
    in_review = set(db.session.scalars(
        sa.select(VerificationDocument.doc_type).where(
            VerificationDocument.tenant_id == tenant.id,
            VerificationDocument.status == DocumentStatus.SUBMITTED,
        )
    ))
    missing = []
    if tenant.email_confirmed_at is None and tenant.email:
        missing.append(_("Confirm your e-mail address (see the link we sent you)."))
    if not coverage.has_licence and DocumentType.GEWERBEANMELDUNG not in in_review:
        missing.append(_("Upload your trade licence (Gewerbeanmeldung)."))
    if not coverage.has_master_proof and not in_review & MASTER_PROOF_TYPES:
        missing.append(_("Upload a master-craftsman proof (Meisterbrief, Handwerkskarte, "
                         "Ausnahmebewilligung or Ausübungsberechtigung)."))
    if not tenant.trades:
        missing.append(_("Choose the trades you offer in your profile."))
    rows = []
    for tenant_trade in tenant.trades:
        trade = get_trade(tenant_trade.trade_code)
        if trade is None:
            continue
        needs = (
            _("a master-craftsman proof naming this trade") if trade.requires_master
            else _("the trade licence covering this trade")
        )
        rows.append(TradeRow(trade.code, trade.name(language), trade.anlage_label,
                             tenant_trade.status, needs))
    needs_action = list(db.session.scalars(
        scoped_select(VerificationDocument, tenant)
        .where(VerificationDocument.status == DocumentStatus.INFO_REQUESTED)
        .order_by(VerificationDocument.decided_at)
    ))
    suspension_reason = None
    if tenant.status == TenantStatus.SUSPENDED:
        suspension_reason = db.session.scalar(
            scoped_select(VerificationEvent, tenant)
            .where(VerificationEvent.subject == EventSubject.BUSINESS,
                   VerificationEvent.to_status == TenantStatus.SUSPENDED)
            .order_by(VerificationEvent.created_at.desc(), VerificationEvent.id.desc())
            .limit(1).with_only_columns(VerificationEvent.reason)
        )
    trade_reasons = {}
    for row in rows:
        if row.status == TenantTradeStatus.SUSPENDED:
            trade_reasons[row.code] = db.session.scalar(
                scoped_select(VerificationEvent, tenant)
                .where(VerificationEvent.subject == EventSubject.TRADE,
                       VerificationEvent.trade_code == row.code,
                       VerificationEvent.to_status == TenantTradeStatus.SUSPENDED)
                .order_by(VerificationEvent.created_at.desc(), VerificationEvent.id.desc())
                .limit(1).with_only_columns(VerificationEvent.reason)
            ) or ""
    return VerificationSummary(tenant, coverage, missing, rows, needs_action,
                               history(tenant, limit=8), suspension_reason, trade_reasons)
