"""Demo data: two more roofers in Frankfurt, so that a roof request in the web chat reaches
three verified businesses (Sonnleitner, Keller, Nowak), with or without geodata."""

from __future__ import annotations

import sqlalchemy as sa

from marketplace.accounts import services as account_services
from marketplace.accounts.models import Role, User
from marketplace.db import db
from marketplace.system_reasons import system_reason
from marketplace.tenancy import registration as tenancy_registration
from marketplace.tenancy.models import Tenant
from marketplace.verification.reasons import DEMO_DATA

DEMO_ROOFERS = (
    ("bedachungen-keller", "Bedachungen Keller GmbH", "inhaber@keller-dach.example",
     "Leipziger Straße 17", "60487", "Frankfurt am Main", "Thomas Keller"),
    ("dach-und-fassade-nowak", "Dach & Fassade Nowak", "inhaber@nowak-dach.example",
     "Offenbacher Landstraße 190", "60599", "Frankfurt am Main", "Agnieszka Nowak"),
)


def seed_demo_roofers() -> None:
    seed_roofers(DEMO_ROOFERS)


def seed_roofers(roofers: tuple[tuple[str, ...], ...]) -> None:
    """Verified roofers with an owner login each. Idempotent: a roofer who exists already is
    left as it is."""
    from marketplace.demo import DEMO_PASSWORD

    for slug, name, email, street, postcode, city, master in roofers:
        tenant = db.session.scalar(sa.select(Tenant).where(Tenant.slug == slug))
        if tenant is not None:
            continue
        tenant = tenancy_registration.create_tenant(name=name, slug=slug)
        if db.session.scalar(sa.select(User.id).where(User.email == email)) is None:
            account_services.create_user(email=email, password=DEMO_PASSWORD,
                                         role=Role.OWNER, tenant=tenant, name="Inhaber")
        _verify_like_the_demo_businesses(tenant, street=street, postcode=postcode, city=city,
                                         email=email.replace("inhaber@", "kontakt@"),
                                         master=master)


def _verify_like_the_demo_businesses(tenant: Tenant, *, street: str, postcode: str, city: str,
                                     email: str, master: str) -> None:
    """Profile and approved documents as verification's demo gives its businesses."""
    from datetime import timedelta

    from marketplace import clock
    from marketplace.tenancy.location import locate_base_postcode
    from marketplace.tenancy.models import TenantTrade, TenantTradeStatus
    from marketplace.tenancy.recipients import refresh_recipient_list
    from marketplace.verification.coverage import recompute
    from marketplace.verification.demo import _approved_document
    from marketplace.verification.models import DocumentType

    admin = db.session.scalar(sa.select(User).where(User.role == Role.ADMIN).limit(1))
    tenant.legal_form = "GmbH" if "GmbH" in tenant.name else "Einzelunternehmen"
    tenant.street, tenant.postcode, tenant.city = street, postcode, city
    tenant.phone, tenant.email = "+49 69 1234 5699", email
    tenant.email_confirmed_at = clock.now()
    tenant.base_postcode, tenant.service_radius_km = postcode, 30
    tenant.weekly_lead_capacity = 15
    tenant.description = "Dachreparaturen, Sturmschäden, Dachrinnen."
    tenant.opening_hours = "Mo–Fr 7:00–17:00"
    locate_base_postcode(tenant)
    tenant.trades.append(TenantTrade(trade_code="dachdecker", status=TenantTradeStatus.PENDING))
    _approved_document(tenant, admin, DocumentType.GEWERBEANMELDUNG,
                       issuer=f"Gewerbeamt {city.split()[0]}", holder=tenant.name,
                       trades=("dachdecker",), expires_on=None)
    _approved_document(tenant, admin, DocumentType.MEISTERBRIEF,
                       issuer="Handwerkskammer Frankfurt-Rhein-Main", holder=master,
                       trades=("dachdecker",), expires_on=None)
    _approved_document(tenant, admin, DocumentType.HAFTPFLICHT,
                       issuer="Handwerker-Versicherung AG", holder=tenant.name, trades=(),
                       expires_on=(clock.now() + timedelta(days=300)).date())
    recompute(tenant, actor=admin, reason=system_reason(DEMO_DATA))
    refresh_recipient_list(tenant)
    db.session.commit()
