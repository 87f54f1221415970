"""Demo data: the demo businesses get realistic profiles and approved documents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa

from marketplace import clock
from marketplace.accounts.models import Role, User
from marketplace.db import db
from marketplace.system_reasons import system_reason
from marketplace.tenancy.location import locate_base_postcode
from marketplace.tenancy.models import Tenant, TenantTrade, TenantTradeStatus
from marketplace.tenancy.recipients import refresh_recipient_list
from marketplace.verification import state, storage
from marketplace.verification.coverage import recompute
from marketplace.verification.models import (
    DocumentStatus,
    DocumentTrade,
    DocumentTradeStatus,
    DocumentType,
    EventSubject,
    VerificationDocument,
)
from marketplace.verification.reasons import DEMO_DATA

DEMO_REASON = system_reason(DEMO_DATA)


def sample_pdf(text: str) -> bytes:
    """A small, valid one-page PDF showing `text` (ASCII), with a correct xref table."""
    safe = text.encode("latin-1", "replace").replace(b"\\", b"\\\\")
    safe = safe.replace(b"(", b"\\(").replace(b")", b"\\)")
    stream = b"BT /F1 14 Tf 50 780 Td (" + safe + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


@dataclass(frozen=True)
class DemoProfile:
    slug: str
    legal_form: str
    street: str
    postcode: str
    city: str
    phone: str
    email: str
    trades: tuple[str, ...]
    radius_km: int
    master: str
    chamber: str
    description: str


DEMO_PROFILES = (
    DemoProfile("dachdeckerei-sonnleitner", "GmbH", "Fahrgasse 12", "60311", "Frankfurt am Main",
                "+49 69 1234 5601", "kontakt@sonnleitner.example", ("dachdecker",), 30,
                "Markus Sonnleitner", "Handwerkskammer Frankfurt-Rhein-Main",
                "Steil- und Flachdach, Reparaturen nach Sturm, Dachfenster."),
    DemoProfile("sanitaer-heizung-yilmaz", "Einzelunternehmen", "Berger Straße 201", "60385",
                "Frankfurt am Main", "+49 69 1234 5602", "kontakt@yilmaz-shk.example",
                ("installateur-heizungsbauer",), 25, "Emre Yilmaz",
                "Handwerkskammer Frankfurt-Rhein-Main",
                "Bad, Heizung, Wasserschäden; Notdienst am Wochenende."),
    DemoProfile("elektro-brandt", "e.K.", "Frankfurter Straße 88", "63065", "Offenbach am Main",
                "+49 69 1234 5603", "kontakt@elektro-brandt.example", ("elektrotechniker",), 35,
                "Sabine Brandt", "Handwerkskammer Frankfurt-Rhein-Main",
                "Elektroinstallation, Zählerschränke, Wallboxen, Smart Home."),
    DemoProfile("malerbetrieb-kowalski", "GbR", "Schloßstraße 40", "60486", "Frankfurt am Main",
                "+49 69 1234 5604", "kontakt@maler-kowalski.example", ("maler-lackierer",), 20,
                "Piotr Kowalski", "Handwerkskammer Frankfurt-Rhein-Main",
                "Innen- und Fassadenanstrich, Tapezieren, Lackierarbeiten."),
)


def _approved_document(tenant: Tenant, admin: User | None, doc_type: DocumentType, *,
                       issuer: str, holder: str, trades: tuple[str, ...],
                       expires_on: date | None) -> None:
    data = sample_pdf(f"{doc_type.value} - {holder} - {tenant.name}")
    key = storage.save(data, storage.PDF)
    import hashlib

    now = clock.now()
    document = VerificationDocument(
        tenant_id=tenant.id, doc_type=doc_type, status=DocumentStatus.SUBMITTED, issuer=issuer,
        holder_name=holder, expires_on=expires_on, storage_key=key,
        content_type=storage.PDF, size_bytes=len(data),
        sha256=hashlib.sha256(data).hexdigest(), submitted_at=now,
        trades=[DocumentTrade(tenant_id=tenant.id, trade_code=code,
                              status=DocumentTradeStatus.APPROVED) for code in trades],
    )
    db.session.add(document)
    db.session.flush()
    state.record_event(tenant, EventSubject.DOCUMENT, to_status=DocumentStatus.SUBMITTED,
                       document=document, reason=DEMO_REASON)
    state.transition_document(document, DocumentStatus.APPROVED, actor=admin,
                              reason=DEMO_REASON)
    document.decided_at, document.decided_by_id = now, admin.id if admin else None


def seed_verified_businesses() -> None:
    """Profiles in the Frankfurt/Offenbach area, trades, approved documents. Idempotent:
    a business that already has documents is left as it is."""

    admin = db.session.scalar(sa.select(User).where(User.role == Role.ADMIN).limit(1))
    for profile in DEMO_PROFILES:
        tenant = db.session.scalar(sa.select(Tenant).where(Tenant.slug == profile.slug))
        if tenant is None:
            continue
        has_documents = db.session.scalar(
            sa.select(VerificationDocument.id).where(VerificationDocument.tenant_id == tenant.id)
            .limit(1)
        )
        if has_documents:
            continue
        tenant.legal_form, tenant.street = profile.legal_form, profile.street
        tenant.postcode, tenant.city = profile.postcode, profile.city
        tenant.phone, tenant.email = profile.phone, profile.email
        tenant.email_confirmed_at = clock.now()
        tenant.base_postcode, tenant.service_radius_km = profile.postcode, profile.radius_km
        tenant.weekly_lead_capacity = 15
        tenant.description = profile.description
        tenant.opening_hours = "Mo–Fr 7:00–17:00"
        locate_base_postcode(tenant)
        existing = {trade.trade_code for trade in tenant.trades}
        for code in profile.trades:
            if code not in existing:
                tenant.trades.append(TenantTrade(trade_code=code,
                                                 status=TenantTradeStatus.PENDING))
        _approved_document(tenant, admin, DocumentType.GEWERBEANMELDUNG,
                           issuer=f"Gewerbeamt {profile.city.split()[0]}", holder=tenant.name,
                           trades=profile.trades, expires_on=None)
        _approved_document(tenant, admin, DocumentType.MEISTERBRIEF, issuer=profile.chamber,
                           holder=profile.master, trades=profile.trades, expires_on=None)
        _approved_document(tenant, admin, DocumentType.HAFTPFLICHT,
                           issuer="Handwerker-Versicherung AG", holder=tenant.name, trades=(),
                           expires_on=(clock.now() + timedelta(days=300)).date())
        recompute(tenant, actor=admin, reason=DEMO_REASON)
        refresh_recipient_list(tenant)
        db.session.commit()
