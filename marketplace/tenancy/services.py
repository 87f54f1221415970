"""Writers for tenants."""

from __future__ import annotations

import re
import unicodedata

import sqlalchemy as sa

from marketplace.db import db
from marketplace.errors import Conflict, InvalidInput
from marketplace.tenancy.models import Tenant


def slugify(name: str) -> str:
    translit = name.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    translit = translit.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    ascii_name = unicodedata.normalize("NFKD", translit).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug[:70] or "betrieb"


def unique_slug(name: str) -> str:
    base = slugify(name)
    slug, counter = base, 2
    while db.session.scalar(sa.select(Tenant.id).where(Tenant.slug == slug)) is not None:
        slug = f"{base}-{counter}"
        counter += 1
    return slug


def build_tenant(*, name: str, slug: str | None = None) -> Tenant:
    """Add a tenant to the session without committing (for composite services)."""
    name = name.strip()
    if not name:
        raise InvalidInput("A business needs a name.")
    if slug and db.session.scalar(sa.select(Tenant.id).where(Tenant.slug == slug)):
        raise Conflict("This business address is taken.")
    tenant = Tenant(name=name, slug=slug or unique_slug(name))
    db.session.add(tenant)
    db.session.flush()
    return tenant


def create_tenant(*, name: str, slug: str | None = None) -> Tenant:
    tenant = build_tenant(name=name, slug=slug)
    db.session.commit()
    return tenant
