"""What the platform admins read: the queue of documents waiting for a decision, the
search over businesses, and one business or document. Admins only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from marketplace import clock
from marketplace.accounts.models import Role, User
from marketplace.db import db
from marketplace.errors import Forbidden, NotFound
from marketplace.tenancy.models import Tenant, TenantStatus, TenantTrade, VerificationStatus
from marketplace.tenancy.scoping import scoped_select
from marketplace.verification.models import DocumentStatus, VerificationDocument


def require_admin(actor: User | None) -> None:
    if actor is None or actor.role != Role.ADMIN:
        raise Forbidden("Only platform admins decide on documents.")


def get_document_for_admin(actor: User, document_id: int) -> VerificationDocument:
    require_admin(actor)
    document = db.session.get(VerificationDocument, document_id)
    if document is None:
        raise NotFound()
    return document


def business_for_admin(actor: User, tenant_id: int) -> Tenant:
    require_admin(actor)
    tenant = db.session.get(Tenant, tenant_id)
    if tenant is None:
        raise NotFound()
    return tenant


def business_members(actor: User, tenant: Tenant) -> list[User]:
    require_admin(actor)
    return list(db.session.scalars(scoped_select(User, tenant).order_by(User.email)))


@dataclass
class QueueEntry:
    document: VerificationDocument
    tenant: Tenant
    waiting: timedelta


def verification_queue(actor: User) -> list[QueueEntry]:
    """Documents waiting for a decision, oldest first."""
    require_admin(actor)
    rows = db.session.execute(
        sa.select(VerificationDocument, Tenant)
        .join(Tenant, Tenant.id == VerificationDocument.tenant_id)
        .where(VerificationDocument.status == DocumentStatus.SUBMITTED)
        .options(selectinload(VerificationDocument.trades))
        .order_by(VerificationDocument.submitted_at, VerificationDocument.id)
    ).all()
    now = clock.now()
    return [QueueEntry(document, tenant, now - document.submitted_at) for document, tenant in rows]


def count_waiting_documents() -> int:
    """How many documents wait for an admin's decision (the console's start page)."""
    return db.session.scalar(sa.select(sa.func.count(VerificationDocument.id)).where(
        VerificationDocument.status == DocumentStatus.SUBMITTED)) or 0


def search_businesses(
    actor: User,
    *,
    query: str = "",
    verification_status: str = "",
    status: str = "",
    trade_code: str = "",
    paused: str = "",
    limit: int = 100,
) -> list[Tenant]:
    require_admin(actor)
    select = sa.select(Tenant).options(selectinload(Tenant.trades)).order_by(Tenant.name)
    text = (query or "").strip()
    if text:
        pattern = f"%{text.lower()}%"
        select = select.where(sa.or_(
            sa.func.lower(Tenant.name).like(pattern),
            sa.func.lower(Tenant.slug).like(pattern),
            sa.func.lower(sa.func.coalesce(Tenant.email, "")).like(pattern),
            sa.func.coalesce(Tenant.postcode, "").like(pattern),
            sa.func.coalesce(Tenant.base_postcode, "").like(pattern),
            sa.func.lower(sa.func.coalesce(Tenant.city, "")).like(pattern),
        ))
    if verification_status in set(VerificationStatus):
        select = select.where(Tenant.verification_status == verification_status)
    if status in set(TenantStatus):
        select = select.where(Tenant.status == status)
    if paused in ("yes", "no"):
        select = select.where(Tenant.is_paused.is_(paused == "yes"))
    if trade_code:
        select = select.where(Tenant.id.in_(
            sa.select(TenantTrade.tenant_id).where(TenantTrade.trade_code == trade_code)
        ))
    return list(db.session.scalars(select.limit(limit)))
