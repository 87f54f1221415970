"""THE eligibility answer the routing relies on: may this business receive a request in
this trade, and if not, why."""

from __future__ import annotations

from flask_babel import gettext as _

from marketplace.tenancy.models import Tenant, TenantStatus, TenantTradeStatus, VerificationStatus

# Why a business may not receive a request in a trade (codes; labels in `problem_label`).
PROBLEM_UNVERIFIED = "unverified"
PROBLEM_SUSPENDED = "suspended"
PROBLEM_PAUSED = "paused"
PROBLEM_TRADE_NOT_APPROVED = "trade_not_approved"


def eligibility_problems(tenant: Tenant, trade_code: str) -> list[str]:
    """Everything that keeps `tenant` from receiving a request in `trade_code` (empty = ok)."""
    problems = []
    if tenant.verification_status != VerificationStatus.VERIFIED:
        problems.append(PROBLEM_UNVERIFIED)
    if tenant.status != TenantStatus.ACTIVE:
        problems.append(PROBLEM_SUSPENDED)
    if tenant.is_paused:
        problems.append(PROBLEM_PAUSED)
    approved = any(
        trade.trade_code == trade_code and trade.status == TenantTradeStatus.APPROVED
        for trade in tenant.trades
    )
    if not approved:
        problems.append(PROBLEM_TRADE_NOT_APPROVED)
    return problems


def is_eligible(tenant: Tenant, trade_code: str) -> bool:
    return not eligibility_problems(tenant, trade_code)


def problem_label(code: str) -> str:
    labels = {
        PROBLEM_UNVERIFIED: _("The business is not verified."),
        PROBLEM_SUSPENDED: _("The business is suspended by the platform."),
        PROBLEM_PAUSED: _("The business has paused new requests."),
        PROBLEM_TRADE_NOT_APPROVED: _("No approved document covers this trade."),
    }
    return labels.get(code, code)
