"""The business's own settings: trades, service area, capacity, contact details, pausing."""

from __future__ import annotations

import re

from flask_babel import gettext as _

from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.errors import InvalidInput
from marketplace.tenancy import fields, signals
from marketplace.tenancy.location import locate_base_postcode
from marketplace.tenancy.models import Tenant, TenantTrade, TenantTradeStatus
from marketplace.tenancy.permissions import Permission, require
from marketplace.tenancy.recipients import refresh_recipient_list
from marketplace.tenancy.registration import LEGAL_FORMS
from marketplace.trades.catalogue import get_trade

MIN_RADIUS_KM, MAX_RADIUS_KM = 5, 100
MAX_WEEKLY_CAPACITY = 500
# The imprint's free-text fields with their length limits (the legal form is a choice).
IMPRINT_FIELDS = {"represented_by": 200, "register_entry": 200, "vat_id": 20, "chamber": 200}
VAT_ID_PATTERN = re.compile(r"^DE[0-9]{9}$")


def update_profile(
    tenant: Tenant,
    actor: User,
    *,
    trade_codes: list[str],
    base_postcode: str,
    service_radius_km: int,
    weekly_lead_capacity: int,
    description: str,
    opening_hours: str,
    phone: str,
    street: str,
    postcode: str,
    city: str,
    imprint: dict[str, str] | None = None,
) -> Tenant:
    """The business's own settings; trades start pending until documents cover them.

    `imprint`: the legal form and the imprint fields (`IMPRINT_FIELDS`); None leaves them.
    """
    require(actor, Permission.EDIT_PROFILE, tenant.id)
    codes = sorted({code for code in trade_codes if code})
    unknown = [code for code in codes if get_trade(code) is None]
    if unknown:
        raise InvalidInput(_("Unknown trade: %(codes)s", codes=", ".join(unknown)))
    if not codes:
        raise InvalidInput(_("Please choose at least one trade."))
    if not MIN_RADIUS_KM <= int(service_radius_km) <= MAX_RADIUS_KM:
        raise InvalidInput(_("The radius must be between 5 and 100 km."))
    if not 0 <= int(weekly_lead_capacity) <= MAX_WEEKLY_CAPACITY:
        raise InvalidInput(_("The weekly capacity must be between 0 and 500."))

    new_base = fields.postcode(base_postcode)
    if new_base != tenant.base_postcode or tenant.base_latitude is None:
        tenant.base_postcode = new_base
        locate_base_postcode(tenant)
    tenant.service_radius_km = int(service_radius_km)
    tenant.weekly_lead_capacity = int(weekly_lead_capacity)
    tenant.description = (description or "").strip()[:4000]
    tenant.opening_hours = (opening_hours or "").strip()[:1000]
    tenant.phone = fields.phone(phone)
    tenant.street = fields.required_text(street, _("Please enter the street and house number."))
    tenant.postcode = fields.postcode(postcode)
    tenant.city = fields.required_text(city, _("Please enter the city."), 120)

    if imprint is not None:
        _set_imprint(tenant, imprint)

    current = {trade.trade_code: trade for trade in tenant.trades}
    for code in set(current) - set(codes):
        tenant.trades.remove(current[code])
    for code in set(codes) - set(current):
        tenant.trades.append(TenantTrade(trade_code=code, status=TenantTradeStatus.PENDING))
    signals.profile_updated.send(tenant, actor=actor)
    refresh_recipient_list(tenant)
    db.session.commit()
    return tenant


def _set_imprint(tenant: Tenant, imprint: dict[str, str]) -> None:
    legal_form = imprint.get("legal_form") or tenant.legal_form
    if legal_form not in LEGAL_FORMS:
        raise InvalidInput(_("Please choose the legal form."))
    tenant.legal_form = legal_form
    values = {name: " ".join((imprint.get(name) or "").split())[:limit]
              for name, limit in IMPRINT_FIELDS.items()}
    values["vat_id"] = values["vat_id"].replace(" ", "").upper()
    if values["vat_id"] and not VAT_ID_PATTERN.match(values["vat_id"]):
        raise InvalidInput(_("A German VAT id is DE followed by nine digits."))
    for name, value in values.items():
        setattr(tenant, name, value)


def public_profile_path(tenant: Tenant) -> str:
    """Where anyone reads the business's public profile (the site serves it)."""
    return f"/betriebe/{tenant.slug}"


def set_paused(tenant: Tenant, actor: User, *, paused: bool) -> Tenant:
    require(actor, Permission.PAUSE_LEADS, tenant.id)
    if tenant.is_paused == paused:
        return tenant
    tenant.is_paused = paused
    signals.profile_event.send(tenant, what="paused" if paused else "resumed", actor=actor,
                               reason=None)
    db.session.commit()
    return tenant
