"""Shared builders for tenancy and verification tests: real services, real files."""

from __future__ import annotations

import io
import re
from datetime import date

from PIL import Image

from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.tenancy import profile as tenancy_profile
from marketplace.tenancy import registration as tenancy_registration
from marketplace.tenancy.models import Tenant
from marketplace.verification import decisions, documents
from marketplace.verification.demo import sample_pdf
from marketplace.verification.models import VerificationDocument
from tests.conftest import PASSWORD

_counter = iter(range(1, 100_000))


def png_bytes(width: int = 40, height: int = 30) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 40, 40)).save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (40, 200, 40)).save(buffer, format="JPEG")
    return buffer.getvalue()


def pdf_bytes(text: str = "Meisterbrief") -> bytes:
    return sample_pdf(text)


def register(name: str = "Dachdeckerei Muster GmbH", *, trades: tuple[str, ...] = ("dachdecker",),
             postcode: str = "60311") -> tuple[Tenant, User]:
    """A self-registered business with a profile (inside an app context)."""
    number = next(_counter)
    tenant, owner = tenancy_registration.register_business(
        company_name=name, legal_form="GmbH", street="Fahrgasse 1", postcode=postcode,
        city="Frankfurt am Main", phone="+49 69 123456", email=f"owner{number}@example.com",
        owner_name="Maria Muster", password=PASSWORD,
    )
    if trades:
        tenancy_profile.update_profile(
            tenant, owner, trade_codes=list(trades), base_postcode=postcode,
            service_radius_km=25, weekly_lead_capacity=10, description="", opening_hours="",
            phone="+49 69 123456", street="Fahrgasse 1", postcode=postcode,
            city="Frankfurt am Main",
        )
    return tenant, owner


def upload(tenant: Tenant, actor: User, doc_type: str, trades: list[str], *,
           expires_on: date | None = None, data: bytes | None = None,
           holder: str = "Maria Muster") -> VerificationDocument:
    return documents.upload_document(
        tenant, actor, doc_type=doc_type, issuer="Handwerkskammer Frankfurt-Rhein-Main",
        holder_name=holder, trade_codes=trades, expires_on=expires_on,
        data=data if data is not None else pdf_bytes(doc_type),
    )


def verify(tenant: Tenant, owner: User, admin: User, trades: list[str], *,
           licence_trades: list[str] | None = None, master_expires: date | None = None,
           master_type: str = "meisterbrief") -> tuple[VerificationDocument, VerificationDocument]:
    licence = upload(tenant, owner, "gewerbeanmeldung", licence_trades or trades)
    master = upload(tenant, owner, master_type, trades, expires_on=master_expires)
    decisions.approve_document(admin, document_id=licence.id,
                              approved_trade_codes=licence.claimed_codes())
    decisions.approve_document(admin, document_id=master.id, approved_trade_codes=trades)
    db.session.refresh(tenant)
    return licence, master


def link_in(text: str, path_prefix: str) -> str:
    match = re.search(r"http://testserver\.local(" + re.escape(path_prefix) + r"[^\s]+)", text)
    assert match, text
    return match.group(1)
