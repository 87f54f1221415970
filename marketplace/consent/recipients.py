"""Who receives a customer's data when they consent to a business: read from the business's
current recipient list (verification keeps it; a new subcontractor makes a new version)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from marketplace.tenancy.models import Tenant


@dataclass(frozen=True)
class Party:
    name: str
    address: str = ""
    role: str = ""


@dataclass(frozen=True)
class Recipients:
    tenant_id: int
    version: int
    business: Party
    subcontractors: tuple[Party, ...]


def _address_of(data: Any) -> str:
    if not isinstance(data, dict):
        return str(data or "")
    if data.get("address"):
        return _address_of(data["address"])
    street = data.get("street") or ""
    place = " ".join(part for part in (data.get("postcode") or "", data.get("city") or "")
                     if part)
    return ", ".join(part for part in (street, place) if part)


def _party(data: Any, fallback_name: str = "") -> Party:
    if not isinstance(data, dict):
        return Party(name=str(data or fallback_name))
    return Party(
        name=str(data.get("name") or data.get("legal_name") or fallback_name),
        address=_address_of(data),
        role=str(data.get("role") or data.get("services") or data.get("task") or ""),
    )


def _tenant_address(tenant: Tenant) -> str:
    return _address_of({"street": tenant.street, "postcode": tenant.postcode,
                        "city": tenant.city})


def current_recipients(tenant: Tenant) -> Recipients:
    """The business and its subcontractors as they stand now, with the list's version."""
    from marketplace.tenancy.recipients import current_recipient_list

    version_row = current_recipient_list(tenant)
    snapshot = getattr(version_row, "snapshot", None) or {}
    business = snapshot.get("business") or {
        key: snapshot.get(key) for key in ("name", "street", "postcode", "city", "address")
    }
    party = _party(business, tenant.name)
    if not party.address:
        party = Party(party.name, _tenant_address(tenant), party.role)
    subcontractors = tuple(_party(entry) for entry in snapshot.get("subcontractors") or ())
    return Recipients(tenant_id=tenant.id, version=int(version_row.version), business=party,
                      subcontractors=subcontractors)
