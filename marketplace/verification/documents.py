"""The business's side: uploading documents, answering an admin's question, and reading its
own documents and history."""

from __future__ import annotations

import hashlib
from datetime import date

from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from marketplace import clock
from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.errors import InvalidInput
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.permissions import Permission, require
from marketplace.tenancy.scoping import get_scoped, scoped_select
from marketplace.trades.catalogue import get_trade
from marketplace.verification import state, storage
from marketplace.verification.coverage import recompute, today
from marketplace.verification.labels import file_error_message
from marketplace.verification.models import (
    DocumentStatus,
    DocumentTrade,
    DocumentType,
    EventSubject,
    VerificationDocument,
    VerificationEvent,
)


def _clean(text: str | None, limit: int) -> str:
    return " ".join((text or "").split())[:limit]


def check_trade_codes(codes: list[str] | tuple[str, ...]) -> list[str]:
    """The known trade codes among `codes`, sorted; an unknown one is an input error."""
    unique = sorted({code for code in codes if code})
    unknown = [code for code in unique if get_trade(code) is None]
    if unknown:
        raise InvalidInput(_("Unknown trade: %(codes)s", codes=", ".join(unknown)))
    return unique


def tenant_of(document: VerificationDocument) -> Tenant:
    return db.session.get(Tenant, document.tenant_id)


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
    codes = check_trade_codes(trade_codes)
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
