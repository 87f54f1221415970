"""What a business's public profile shows, read from the features below: its trades with
the proof the platform checked, its measured response time and answer rate, its public
reviews and the photos it published. Never a customer's name, contact or media."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from statistics import median

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace import clock
from marketplace.db import db
from marketplace.errors import NotFound
from marketplace.quotes.models import OPEN_LEAD_STATUSES, Lead, Quote
from marketplace.site.models import PortfolioPhoto
from marketplace.tenancy.models import Tenant, TenantStatus, TenantTradeStatus
from marketplace.threads.models import ThreadAuthor, ThreadMessage
from marketplace.trades.catalogue import get_trade
from marketplace.verification.labels import document_type_label
from marketplace.verification.models import (
    DocumentStatus,
    DocumentTradeStatus,
    DocumentType,
    VerificationDocument,
)

# Response time and answer rate are measured over the requests of the last year.
STATS_WINDOW = timedelta(days=365)


def public_tenant(slug: str) -> Tenant:
    """The business with this slug, unless the platform suspended it (then a 404)."""
    tenant = db.session.scalar(sa.select(Tenant).where(Tenant.slug == slug))
    if tenant is None or tenant.status != TenantStatus.ACTIVE:
        raise NotFound()
    return tenant


@dataclass(frozen=True)
class Proof:
    label: str  # e.g. "Master craftsman certificate (Meisterbrief)"
    checked_on: datetime


@dataclass
class TradeLine:
    name: str
    verified: bool
    state: str  # the trade's state in plain words
    proofs: list[Proof] = field(default_factory=list)


@dataclass
class Verification:
    verified: bool
    licence: Proof | None
    trades: list[TradeLine]


def verification_of(tenant: Tenant, language: str) -> Verification:
    """Which documents the platform checked (approved and still valid), and when."""
    documents = list(db.session.scalars(
        sa.select(VerificationDocument).where(VerificationDocument.tenant_id == tenant.id,
                                              VerificationDocument.status
                                              == DocumentStatus.APPROVED)
        .order_by(VerificationDocument.decided_at)))
    licence = next((Proof(document_type_label(doc.doc_type), doc.decided_at)
                    for doc in reversed(documents)
                    if doc.doc_type == DocumentType.GEWERBEANMELDUNG and doc.decided_at), None)
    lines = []
    for tenant_trade in tenant.trades:
        trade = get_trade(tenant_trade.trade_code)
        if trade is None:
            continue
        proofs = [Proof(document_type_label(doc.doc_type), doc.decided_at)
                  for doc in documents
                  if doc.decided_at and doc.doc_type != DocumentType.GEWERBEANMELDUNG
                  and any(item.trade_code == trade.code
                          and item.status == DocumentTradeStatus.APPROVED
                          for item in doc.trades)]
        if not trade.requires_master and not proofs and licence is not None:
            proofs = [licence]
        verified = tenant_trade.status == TenantTradeStatus.APPROVED
        if verified:
            state = _("checked by the platform")
        elif tenant_trade.status == TenantTradeStatus.SUSPENDED:
            state = _("currently not confirmed")
        else:
            state = _("not yet checked")
        lines.append(TradeLine(trade.name(language), verified, state,
                               proofs if verified else []))
    return Verification(tenant.is_verified, licence, lines)


@dataclass(frozen=True)
class Responsiveness:
    requests: int  # requests received in the window that count (answered or over)
    answered: int
    median_response: timedelta | None

    @property
    def answer_rate(self) -> float | None:
        return self.answered / self.requests if self.requests else None


def responsiveness(tenant: Tenant, now: datetime | None = None) -> Responsiveness:
    """Median time from a request reaching the business to its first answer to the
    customer (a quote or a message in the job conversation), and the share of requests it
    answered. Requests still open and unanswered do not count yet."""
    now = now or clock.now()
    leads = db.session.execute(
        sa.select(Lead.id, Lead.status, Lead.offered_at)
        .where(Lead.tenant_id == tenant.id, Lead.offered_at >= now - STATS_WINDOW)).all()
    if not leads:
        return Responsiveness(0, 0, None)
    ids = [lead.id for lead in leads]
    first_quote = dict(db.session.execute(
        sa.select(Quote.lead_id, sa.func.min(Quote.created_at))
        .where(Quote.lead_id.in_(ids)).group_by(Quote.lead_id)).all())
    first_message = dict(db.session.execute(
        sa.select(ThreadMessage.lead_id, sa.func.min(ThreadMessage.created_at))
        .where(ThreadMessage.lead_id.in_(ids), ThreadMessage.author == ThreadAuthor.BUSINESS)
        .group_by(ThreadMessage.lead_id)).all())
    waits = []
    counted = 0
    for lead in leads:
        answers = [at for at in (first_quote.get(lead.id), first_message.get(lead.id)) if at]
        if answers:
            counted += 1
            waits.append(max(min(answers) - lead.offered_at, timedelta(0)))
        elif lead.status not in OPEN_LEAD_STATUSES:
            counted += 1
    return Responsiveness(counted, len(waits), median(waits) if waits else None)


def published_photos(tenant: Tenant) -> list[PortfolioPhoto]:
    return list(db.session.scalars(
        sa.select(PortfolioPhoto).where(PortfolioPhoto.tenant_id == tenant.id,
                                        PortfolioPhoto.published_at.is_not(None))
        .order_by(PortfolioPhoto.published_at.desc(), PortfolioPhoto.id.desc())))
