"""Writers and readers of verification: documents, admin decisions, trade coverage, expiry,
and THE eligibility answer the routing relies on."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from flask import current_app, render_template
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from marketplace import clock
from marketplace.accounts.models import Role, User
from marketplace.db import db
from marketplace.errors import Forbidden, InvalidInput, NotFound
from marketplace.mail import send_email
from marketplace.system_reasons import system_reason
from marketplace.tenancy.models import (
    Tenant,
    TenantStatus,
    TenantTrade,
    TenantTradeStatus,
    VerificationStatus,
)
from marketplace.tenancy.permissions import Permission, require
from marketplace.tenancy.scoping import get_scoped, scoped_select
from marketplace.trades.catalogue import get_trade
from marketplace.verification import reasons, state, storage
from marketplace.verification.models import (
    MASTER_PROOF_TYPES,
    DocumentStatus,
    DocumentTrade,
    DocumentTradeStatus,
    DocumentType,
    EventSubject,
    VerificationDocument,
    VerificationEvent,
)

REMINDER_BEFORE_EXPIRY = timedelta(days=30)
BUSINESS_TIMEZONE = ZoneInfo("Europe/Berlin")

# Why a business may not receive a request in a trade (codes; labels in `problem_label`).
PROBLEM_UNVERIFIED = "unverified"
PROBLEM_SUSPENDED = "suspended"
PROBLEM_PAUSED = "paused"
PROBLEM_TRADE_NOT_APPROVED = "trade_not_approved"


def today() -> date:
    """The calendar day in Germany: an expiry date means the end of that German day."""
    return clock.now().astimezone(BUSINESS_TIMEZONE).date()


# --- eligibility (the routing asks only this) -------------------------------------------


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


# --- the coverage rule -------------------------------------------------------------------


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
        notify_business(tenant, "verification_lost",
                        reason=reason)
    db.session.flush()
    return coverage


# --- documents (business side) -----------------------------------------------------------


def _clean(text: str | None, limit: int) -> str:
    return " ".join((text or "").split())[:limit]


def _check_trade_codes(codes: list[str] | tuple[str, ...]) -> list[str]:
    unique = sorted({code for code in codes if code})
    unknown = [code for code in unique if get_trade(code) is None]
    if unknown:
        raise InvalidInput(_("Unknown trade: %(codes)s", codes=", ".join(unknown)))
    return unique


def file_error_message(code: str) -> str:
    messages = {
        "empty": _("The file is empty."),
        "too_large": _("The file is larger than 10 MB."),
        "type": _("Only PDF, JPEG or PNG files are accepted."),
        "pdf_damaged": _("The PDF file is damaged or incomplete."),
        "image_pixels": _("The image has too many pixels."),
        "image_damaged": _("The image file is damaged or incomplete."),
    }
    return messages.get(code, messages["type"])


def upload_document(
    tenant: Tenant,
    actor: User,
    *,
    doc_type: str,
    issuer: str,
    holder_name: str,
    trade_codes: list[str],
    expires_on: date | None,
    data: bytes,
    note: str = "",
) -> VerificationDocument:
    """Store a document privately and put it in the admin queue."""
    require(actor, Permission.UPLOAD_DOCUMENTS, tenant.id)
    try:
        doc_type = DocumentType(doc_type)
    except ValueError:
        raise InvalidInput(_("Please choose the type of document.")) from None
    issuer, holder_name = _clean(issuer, 200), _clean(holder_name, 200)
    if not issuer:
        raise InvalidInput(_("Please name the chamber or office that issued the document."))
    if not holder_name:
        raise InvalidInput(_("Please name the holder of the document."))
    codes = _check_trade_codes(trade_codes)
    if doc_type != DocumentType.HAFTPFLICHT and not codes:
        raise InvalidInput(_("Please choose the trades this document covers."))
    if expires_on is not None and expires_on < today():
        raise InvalidInput(_("This document has already expired."))
    try:
        content_type = storage.check_document(data)
    except storage.UnacceptableFile as error:
        raise InvalidInput(file_error_message(error.code)) from None

    key = storage.save(data, content_type)
    try:
        now = clock.now()
        document = VerificationDocument(
            tenant_id=tenant.id, doc_type=doc_type, status=DocumentStatus.SUBMITTED,
            issuer=issuer, holder_name=holder_name, expires_on=expires_on,
            note=(note or "").strip()[:2000], storage_key=key, content_type=content_type,
            size_bytes=len(data), sha256=hashlib.sha256(data).hexdigest(),
            uploaded_by_id=actor.id, submitted_at=now,
        )
        document.trades = [
            DocumentTrade(tenant_id=tenant.id, trade_code=code) for code in codes
        ]
        db.session.add(document)
        db.session.flush()
        state.record_event(tenant, EventSubject.DOCUMENT, to_status=DocumentStatus.SUBMITTED,
                           actor=actor, document=document)
        recompute(tenant, actor=actor)
        db.session.commit()
    except Exception:
        db.session.rollback()
        storage.delete(key)
        raise
    return document


def answer_info_request(
    tenant: Tenant,
    actor: User,
    *,
    document_id: int,
    note: str,
    data: bytes | None = None,
    expires_on: date | None = None,
) -> VerificationDocument:
    """The business answers an admin's question (and may send a better file): back in queue."""
    require(actor, Permission.UPLOAD_DOCUMENTS, tenant.id)
    document = get_scoped(VerificationDocument, tenant, document_id)
    if document.status != DocumentStatus.INFO_REQUESTED:
        raise InvalidInput(_("This document is not waiting for more information."))
    note = (note or "").strip()[:2000]
    if not note and not data:
        raise InvalidInput(_("Please answer the question or upload a new file."))
    old_key = None
    if data:
        try:
            content_type = storage.check_document(data)
        except storage.UnacceptableFile as error:
            raise InvalidInput(_(str(error))) from None
        old_key = document.storage_key
        document.storage_key = storage.save(data, content_type)
        document.content_type = content_type
        document.size_bytes = len(data)
        document.sha256 = hashlib.sha256(data).hexdigest()
    if expires_on is not None:
        if expires_on < today():
            raise InvalidInput(_("This document has already expired."))
        document.expires_on = expires_on
    document.note = note
    document.submitted_at = clock.now()
    state.transition_document(document, DocumentStatus.SUBMITTED, actor=actor,
                              reason=note or None)
    recompute(tenant, actor=actor)
    db.session.commit()
    if old_key:
        storage.delete(old_key)
    return document


def list_documents(tenant: Tenant) -> list[VerificationDocument]:
    return list(db.session.scalars(
        scoped_select(VerificationDocument, tenant)
        .options(selectinload(VerificationDocument.trades))
        .order_by(VerificationDocument.submitted_at.desc())
    ))


def history(tenant: Tenant, limit: int | None = None) -> list[VerificationEvent]:
    query = scoped_select(VerificationEvent, tenant).order_by(
        VerificationEvent.created_at.desc(), VerificationEvent.id.desc()
    )
    if limit:
        query = query.limit(limit)
    return list(db.session.scalars(query))


def document_path(document: VerificationDocument) -> str:
    return storage.path_for(document.storage_key)


# --- admin decisions ---------------------------------------------------------------------


def _require_admin(actor: User | None) -> None:
    if actor is None or actor.role != Role.ADMIN:
        raise Forbidden("Only platform admins decide on documents.")


def _required_reason(reason: str | None) -> str:
    reason = (reason or "").strip()
    if len(reason) < 3:
        raise InvalidInput(_("Please give a reason."))
    return reason[:2000]


def get_document_for_admin(actor: User, document_id: int) -> VerificationDocument:
    _require_admin(actor)
    document = db.session.get(VerificationDocument, document_id)
    if document is None:
        raise NotFound()
    return document


def _tenant_of(document: VerificationDocument) -> Tenant:
    return db.session.get(Tenant, document.tenant_id)


def approve_document(
    actor: User, *, document_id: int, approved_trade_codes: list[str], reason: str | None = None
) -> VerificationDocument:
    """Approve a document for the trades the admin confirms (per-trade decision)."""
    document = get_document_for_admin(actor, document_id)
    approved = set(_check_trade_codes(approved_trade_codes))
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
    tenant = _tenant_of(document)
    recompute(tenant, actor=actor, reason=reason)
    notify_business(tenant, "document_approved", document=document, reason=reason,
                    approved_names=[_trade_name(code) for code in sorted(approved)])
    db.session.commit()
    return document


def reject_document(actor: User, *, document_id: int, reason: str) -> VerificationDocument:
    document = get_document_for_admin(actor, document_id)
    reason = _required_reason(reason)
    state.transition_document(document, DocumentStatus.REJECTED, actor=actor, reason=reason)
    for trade in document.trades:
        trade.status = DocumentTradeStatus.REJECTED
    _decide(document, actor, reason)
    tenant = _tenant_of(document)
    recompute(tenant, actor=actor, reason=reason)
    notify_business(tenant, "document_rejected",
                    document=document, reason=reason)
    db.session.commit()
    return document


def request_more_info(actor: User, *, document_id: int, reason: str) -> VerificationDocument:
    document = get_document_for_admin(actor, document_id)
    reason = _required_reason(reason)
    state.transition_document(document, DocumentStatus.INFO_REQUESTED, actor=actor,
                              reason=reason)
    _decide(document, actor, reason)
    tenant = _tenant_of(document)
    recompute(tenant, actor=actor, reason=reason)
    notify_business(tenant, "info_requested",
                    document=document, reason=reason)
    db.session.commit()
    return document


def _decide(document: VerificationDocument, actor: User, reason: str | None) -> None:
    document.decided_at = clock.now()
    document.decided_by_id = actor.id
    document.decision_reason = reason


def _tenant_for_admin(actor: User, tenant_id: int) -> Tenant:
    _require_admin(actor)
    tenant = db.session.get(Tenant, tenant_id)
    if tenant is None:
        raise NotFound()
    return tenant


def suspend_business(actor: User, *, tenant_id: int, reason: str) -> Tenant:
    tenant = _tenant_for_admin(actor, tenant_id)
    reason = _required_reason(reason)
    state.transition_business(tenant, TenantStatus.SUSPENDED, actor=actor, reason=reason)
    notify_business(tenant, "business_suspended",
                    reason=reason)
    db.session.commit()
    return tenant


def reinstate_business(actor: User, *, tenant_id: int, reason: str | None = None) -> Tenant:
    tenant = _tenant_for_admin(actor, tenant_id)
    state.transition_business(tenant, TenantStatus.ACTIVE, actor=actor,
                              reason=(reason or "").strip() or None)
    notify_business(tenant, "business_reinstated",
                    reason=reason)
    db.session.commit()
    return tenant


def _tenant_trade(tenant: Tenant, trade_code: str) -> TenantTrade:
    for tenant_trade in tenant.trades:
        if tenant_trade.trade_code == trade_code:
            return tenant_trade
    raise NotFound()


def suspend_trade(actor: User, *, tenant_id: int, trade_code: str, reason: str) -> TenantTrade:
    tenant = _tenant_for_admin(actor, tenant_id)
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
                    trade_title=_trade_name(trade_code), reason=reason)
    db.session.commit()
    return tenant_trade


def reinstate_trade(
    actor: User, *, tenant_id: int, trade_code: str, reason: str | None = None
) -> TenantTrade:
    tenant = _tenant_for_admin(actor, tenant_id)
    tenant_trade = _tenant_trade(tenant, trade_code)
    if not tenant_trade.is_admin_suspended:
        raise InvalidInput(_("This trade is not suspended by an admin."))
    tenant_trade.is_admin_suspended = False
    state.transition_trade(tenant_trade, TenantTradeStatus.PENDING, actor=actor,
                           reason=(reason or "").strip() or None)
    recompute(tenant, actor=actor, reason=(reason or "").strip() or None)
    db.session.commit()
    return tenant_trade


# --- admin reads -------------------------------------------------------------------------


@dataclass
class QueueEntry:
    document: VerificationDocument
    tenant: Tenant
    waiting: timedelta


def verification_queue(actor: User) -> list[QueueEntry]:
    """Documents waiting for a decision, oldest first."""
    _require_admin(actor)
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
    _require_admin(actor)
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


def business_for_admin(actor: User, tenant_id: int) -> Tenant:
    return _tenant_for_admin(actor, tenant_id)


# --- expiry sweep ------------------------------------------------------------------------


@dataclass
class ExpiryResult:
    reminded: int = 0
    expired: int = 0


def process_document_expiry() -> ExpiryResult:
    """Remind 30 days before an approved document expires; expire it after its last day
    and suspend the trades it alone covered. Safe to run any number of times."""
    result = ExpiryResult()
    day = today()
    due_reminders = db.session.scalars(
        sa.select(VerificationDocument).where(
            VerificationDocument.status == DocumentStatus.APPROVED,
            VerificationDocument.expires_on.is_not(None),
            VerificationDocument.expires_on >= day,
            VerificationDocument.expires_on <= day + REMINDER_BEFORE_EXPIRY,
            VerificationDocument.reminder_sent_at.is_(None),
        )
    ).all()
    for document in due_reminders:
        document.reminder_sent_at = clock.now()
        tenant = _tenant_of(document)
        state.record_event(tenant, EventSubject.DOCUMENT, from_status=document.status,
                           to_status="expiry_reminder", document=document,
                           reason=system_reason(reasons.DOCUMENT_EXPIRES,
                                                document.expires_on.isoformat()))
        notify_business(tenant, "expiry_reminder",
                        document=document)
        result.reminded += 1

    expired = db.session.scalars(
        sa.select(VerificationDocument).where(
            VerificationDocument.status == DocumentStatus.APPROVED,
            VerificationDocument.expires_on < day,
        )
    ).all()
    tenants: dict[int, Tenant] = {}
    for document in expired:
        reason = system_reason(reasons.DOCUMENT_EXPIRED_ON, document.expires_on.isoformat())
        state.transition_document(document, DocumentStatus.EXPIRED, actor=None, reason=reason)
        tenant = _tenant_of(document)
        tenants[tenant.id] = tenant
        notify_business(tenant, "document_expired",
                        document=document)
        result.expired += 1
    for tenant in tenants.values():
        recompute(tenant, actor=None, reason=system_reason(reasons.DOCUMENT_EXPIRED))
    db.session.commit()
    return result


# --- e-mails to the business -------------------------------------------------------------


def _subject(kind: str) -> str:
    subjects = {
        "verified": _("Your business is verified"),
        "verification_lost": _("Your business is no longer verified"),
        "document_approved": _("Document approved"),
        "document_rejected": _("Document rejected"),
        "info_requested": _("We need more information about a document"),
        "business_suspended": _("Your business has been suspended"),
        "business_reinstated": _("Your business has been reinstated"),
        "trade_suspended": _("A trade has been suspended"),
        "expiry_reminder": _("A document expires soon"),
        "document_expired": _("A document has expired"),
    }
    return subjects[kind]


def _business_language(tenant: Tenant) -> str:
    owner = db.session.scalar(
        sa.select(User).where(User.tenant_id == tenant.id, User.role == Role.OWNER)
        .order_by(User.id).limit(1)
    )
    return owner.preferred_language if owner is not None else "de"


def _trade_name(code: str) -> str:
    trade = get_trade(code)
    return trade.name_de if trade is not None else code


def notify_business(tenant: Tenant, template: str, **context: object) -> None:
    """E-mail the business about a change (rendered now, sent after commit)."""
    if not tenant.email:
        return
    language = _business_language(tenant)
    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    with force_locale(language):
        subject = _subject(template)
        body = render_template(
            f"verification/emails/{template}.txt", tenant=tenant, language=language,
            status_url=f"{base}/dashboard/verification", trade_label=_trade_label, **context,
        )
    send_email(tenant.email, subject, body)


def _trade_label(code: str, language: str = "de") -> str:
    trade = get_trade(code)
    return trade.name(language) if trade is not None else code


def document_type_label(doc_type: str) -> str:
    labels = {
        DocumentType.GEWERBEANMELDUNG: _("Trade licence (Gewerbeanmeldung)"),
        DocumentType.MEISTERBRIEF: _("Master craftsman certificate (Meisterbrief)"),
        DocumentType.HANDWERKSKARTE: _("Handwerkskarte / entry in the Handwerksrolle"),
        DocumentType.AUSNAHMEBEWILLIGUNG: _("Exceptional permit (Ausnahmebewilligung)"),
        DocumentType.AUSUEBUNGSBERECHTIGUNG: _("Permit to practise (Ausübungsberechtigung)"),
        DocumentType.HAFTPFLICHT: _("Liability insurance certificate"),
    }
    return labels.get(doc_type, doc_type)


def status_label(value: str) -> str:
    labels = {
        "submitted": _("waiting for review"),
        "info_requested": _("more information needed"),
        "approved": _("approved"),
        "rejected": _("rejected"),
        "expired": _("expired"),
        "claimed": _("named by you"),
        "unverified": _("not verified"),
        "pending": _("in review"),
        "verified": _("verified"),
        "active": _("active"),
        "suspended": _("suspended"),
        "expiry_reminder": _("expiry reminder sent"),
        "registered": _("registered"),
        "email_confirmed": _("e-mail confirmed"),
        "paused": _("paused"),
        "resumed": _("resumed"),
    }
    return labels.get(value, value)


# --- what the business sees --------------------------------------------------------------


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


def business_members(actor: User, tenant: Tenant) -> list[User]:
    _require_admin(actor)
    return list(db.session.scalars(scoped_select(User, tenant).order_by(User.email)))


def trade_label(code: str, language: str = "de") -> str:
    return _trade_label(code, language)
