"""Where a business is: the centroid of its base postcode, for the routing's distances."""

from __future__ import annotations

import sqlalchemy as sa

from marketplace.db import db
from marketplace.geo.services import has_geodata, lookup_postcode
from marketplace.tenancy.models import Tenant


def locate_base_postcode(tenant: Tenant) -> None:
    """Centroid of the base postcode when postcode data is imported (else routing falls
    back to postcode-prefix proximity)."""
    tenant.base_latitude = tenant.base_longitude = None
    if not tenant.base_postcode:
        return
    place = lookup_postcode(tenant.base_postcode)
    if place is not None:
        tenant.base_latitude = float(place.latitude)
        tenant.base_longitude = float(place.longitude)


def locate_unlocated_businesses() -> int:
    """Give every business whose base postcode has no coordinates yet its centroid, once
    postcode data exists. Safe to run any number of times; one commit."""
    if not has_geodata():
        return 0
    tenants = db.session.scalars(
        sa.select(Tenant).where(Tenant.base_postcode.is_not(None),
                                Tenant.base_latitude.is_(None))
    ).all()
    located = 0
    for tenant in tenants:
        locate_base_postcode(tenant)
        located += tenant.base_latitude is not None
    db.session.commit()
    return located
