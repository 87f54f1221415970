"""Who receives a customer's data through a business: the business itself and its
subcontractors. Every change freezes a new version of that list, which consent requests
name."""

from __future__ import annotations

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace import clock
from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.errors import NotFound
from marketplace.tenancy import fields
from marketplace.tenancy.models import RecipientListVersion, Subcontractor, Tenant
from marketplace.tenancy.permissions import Permission, require
from marketplace.tenancy.scoping import get_scoped, scoped_select

# --- subcontractors ----------------------------------------------------------------------


def list_subcontractors(tenant: Tenant) -> list[Subcontractor]:
    return list(db.session.scalars(
        scoped_select(Subcontractor, tenant)
        .where(Subcontractor.removed_at.is_(None))
        .order_by(Subcontractor.name)
    ))


def get_subcontractor(tenant: Tenant, subcontractor_id: int) -> Subcontractor:
    """A current subcontractor of this tenant; removed ones and other tenants' are a 404."""
    subcontractor = get_scoped(Subcontractor, tenant, subcontractor_id)
    if subcontractor.removed_at is not None:
        raise NotFound()
    return subcontractor


def _subcontractor_fields(name: str, street: str, postcode: str, city: str,
                          services: str) -> dict[str, str]:
    return {
        "name": fields.required_text(name, _("Please enter the subcontractor's name.")),
        "street": fields.required_text(street, _("Please enter the street and house number.")),
        "postcode": fields.postcode(postcode) or "",
        "city": fields.required_text(city, _("Please enter the city."), 120),
        "services": fields.required_text(
            services, _("Please say what the subcontractor does for you."), 1000),
    }


def add_subcontractor(
    tenant: Tenant, actor: User, *, name: str, street: str, postcode: str, city: str,
    services: str,
) -> Subcontractor:
    require(actor, Permission.MANAGE_SUBCONTRACTORS, tenant.id)
    subcontractor = Subcontractor(
        tenant_id=tenant.id, **_subcontractor_fields(name, street, postcode, city, services)
    )
    db.session.add(subcontractor)
    refresh_recipient_list(tenant)
    db.session.commit()
    return subcontractor


def update_subcontractor(
    tenant: Tenant, actor: User, *, subcontractor_id: int, name: str, street: str,
    postcode: str, city: str, services: str,
) -> Subcontractor:
    require(actor, Permission.MANAGE_SUBCONTRACTORS, tenant.id)
    subcontractor = get_subcontractor(tenant, subcontractor_id)
    for key, value in _subcontractor_fields(name, street, postcode, city, services).items():
        setattr(subcontractor, key, value)
    refresh_recipient_list(tenant)
    db.session.commit()
    return subcontractor


def remove_subcontractor(tenant: Tenant, actor: User, *, subcontractor_id: int) -> Subcontractor:
    require(actor, Permission.MANAGE_SUBCONTRACTORS, tenant.id)
    subcontractor = get_subcontractor(tenant, subcontractor_id)
    # Kept (not deleted): older consent records name it through their list version.
    subcontractor.removed_at = clock.now()
    refresh_recipient_list(tenant)
    db.session.commit()
    return subcontractor


# --- the recipient list ------------------------------------------------------------------


def recipient_snapshot(tenant: Tenant) -> dict:
    db.session.flush()
    return {
        "business": {
            "name": tenant.name,
            "legal_form": tenant.legal_form or "",
            "street": tenant.street or "",
            "postcode": tenant.postcode or "",
            "city": tenant.city or "",
        },
        "subcontractors": [
            {"id": sub.id, "name": sub.name, "street": sub.street, "postcode": sub.postcode,
             "city": sub.city, "services": sub.services}
            for sub in list_subcontractors(tenant)
        ],
    }


def latest_recipient_list(tenant: Tenant) -> RecipientListVersion | None:
    return db.session.scalar(
        sa.select(RecipientListVersion)
        .where(RecipientListVersion.tenant_id == tenant.id)
        .order_by(RecipientListVersion.version.desc())
        .limit(1)
    )


def refresh_recipient_list(tenant: Tenant) -> RecipientListVersion:
    """A new version whenever the business or its subcontractors changed (flush only)."""
    snapshot = recipient_snapshot(tenant)
    latest = latest_recipient_list(tenant)
    if latest is not None and latest.snapshot == snapshot:
        return latest
    version = RecipientListVersion(
        tenant_id=tenant.id, version=(latest.version + 1) if latest else 1, snapshot=snapshot,
        created_at=clock.now(),
    )
    db.session.add(version)
    db.session.flush()
    return version


def current_recipient_list(tenant: Tenant) -> RecipientListVersion:
    """The version a consent request must name now. Creates version 1 for businesses made
    before recipient lists existed (flushed; committed with the caller's unit of work)."""
    latest = latest_recipient_list(tenant)
    if latest is not None:
        return latest
    return refresh_recipient_list(tenant)


def recipient_list_versions(tenant: Tenant) -> list[RecipientListVersion]:
    return list(db.session.scalars(
        sa.select(RecipientListVersion)
        .where(RecipientListVersion.tenant_id == tenant.id)
        .order_by(RecipientListVersion.version.desc())
    ))
