"""A business joins the platform: the tenant row, self-service registration and the
confirmation of its e-mail address."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy.exc import IntegrityError

from marketplace import clock
from marketplace.accounts.models import Role, User
from marketplace.accounts.services import build_user, normalise_email
from marketplace.db import db
from marketplace.errors import Conflict, InvalidInput
from marketplace.system_reasons import system_reason
from marketplace.tenancy import fields, notifications, signals
from marketplace.tenancy.location import locate_base_postcode
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.permissions import Permission, require
from marketplace.tenancy.reasons import EMAIL_CONFIRMED_BY_LINK
from marketplace.tenancy.recipients import refresh_recipient_list

LEGAL_FORMS = (
    "Einzelunternehmen", "e.K.", "GbR", "OHG", "KG", "GmbH", "UG (haftungsbeschränkt)",
    "GmbH & Co. KG", "AG", "eG", "Sonstige",
)
EMAIL_CONFIRMATION_MAX_AGE = timedelta(days=7)


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


def count_businesses() -> int:
    """How many businesses the platform has (a figure on the admin console's start page)."""
    return db.session.scalar(sa.select(sa.func.count(Tenant.id))) or 0


# --- self-service registration and e-mail confirmation ------------------------------------


def register_business(
    *,
    company_name: str,
    legal_form: str,
    street: str,
    postcode: str,
    city: str,
    phone: str,
    email: str,
    owner_name: str,
    password: str,
) -> tuple[Tenant, User]:
    """A business signs itself up: the tenant, its owner account, the first recipient list,
    and an e-mail with the confirmation link (sent after commit)."""
    company_name = fields.required_text(company_name, _("Please enter the company name."))
    if legal_form not in LEGAL_FORMS:
        raise InvalidInput(_("Please choose the legal form."))
    street = fields.required_text(street, _("Please enter the street and house number."))
    postcode = fields.postcode(postcode)
    city = fields.required_text(city, _("Please enter the city."), 120)
    phone = fields.phone(phone)
    email = normalise_email(email)
    owner_name = fields.required_text(owner_name, _("Please enter your name."))

    tenant = build_tenant(name=company_name)
    tenant.legal_form = legal_form
    tenant.street, tenant.postcode, tenant.city = street, postcode, city
    tenant.phone, tenant.email = phone, email
    tenant.base_postcode = postcode
    locate_base_postcode(tenant)
    owner = build_user(email=email, password=password, role=Role.OWNER, tenant=tenant,
                       name=owner_name)
    signals.profile_event.send(tenant, what="registered", actor=owner, reason=None)
    refresh_recipient_list(tenant)
    _send_confirmation(tenant)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise Conflict(_("An account with this e-mail address already exists.")) from None
    return tenant, owner


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="tenant-email-confirmation")


def email_confirmation_token(tenant: Tenant) -> str:
    # The issue time comes from our clock (not itsdangerous's), so tests can move it.
    issued = int(clock.now().timestamp())
    return _serializer().dumps({"t": tenant.id, "e": tenant.email, "at": issued})


def _send_confirmation(tenant: Tenant) -> None:
    notifications.send_email_confirmation(tenant, email_confirmation_token(tenant),
                                          valid_for=EMAIL_CONFIRMATION_MAX_AGE)


def confirm_email(token: str) -> Tenant:
    """Mark the business's e-mail as confirmed if the signed link is genuine and fresh."""
    try:
        data = _serializer().loads(token)
    except BadSignature:
        raise InvalidInput(_("This confirmation link is not valid.")) from None
    issued = datetime.fromtimestamp(int(data.get("at", 0)), tz=UTC)
    if clock.now() - issued > EMAIL_CONFIRMATION_MAX_AGE:
        raise InvalidInput(_("This confirmation link has expired. Please ask for a new one."))
    tenant = db.session.get(Tenant, data.get("t"))
    if tenant is None or tenant.email != data.get("e"):
        raise InvalidInput(_("This confirmation link is not valid."))
    if tenant.email_confirmed_at is None:
        tenant.email_confirmed_at = clock.now()
        signals.profile_event.send(tenant, what="email_confirmed", actor=None,
                                   reason=system_reason(EMAIL_CONFIRMED_BY_LINK))
        db.session.commit()
    return tenant


def resend_confirmation(tenant: Tenant, actor: User) -> None:
    require(actor, Permission.EDIT_PROFILE, tenant.id)
    if tenant.email_confirmed_at is not None:
        raise InvalidInput(_("The e-mail address is already confirmed."))
    if not tenant.email:
        raise InvalidInput(_("The business has no e-mail address yet: add one in the profile "
                             "first."))
    _send_confirmation(tenant)
    db.session.commit()
