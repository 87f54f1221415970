"""Writers for tenants."""

from __future__ import annotations

import hashlib
import re
import secrets
import unicodedata
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from flask import current_app, render_template
from flask_babel import gettext as _
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy.exc import IntegrityError

from marketplace import clock
from marketplace.accounts.models import BUSINESS_ROLES, Role, User, new_session_token
from marketplace.db import db
from marketplace.errors import Conflict, InvalidInput, NotFound
from marketplace.system_reasons import system_reason
from marketplace.tenancy.models import (
    InvitationStatus,
    RecipientListVersion,
    Subcontractor,
    TeamInvitation,
    Tenant,
    TenantTrade,
    TenantTradeStatus,
)
from marketplace.tenancy.permissions import Permission, require
from marketplace.tenancy.scoping import get_scoped, scoped_select
from marketplace.verification.reasons import EMAIL_CONFIRMED_BY_LINK


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


# --- self-service registration and e-mail confirmation ------------------------------------

LEGAL_FORMS = (
    "Einzelunternehmen", "e.K.", "GbR", "OHG", "KG", "GmbH", "UG (haftungsbeschränkt)",
    "GmbH & Co. KG", "AG", "eG", "Sonstige",
)
POSTCODE_PATTERN = re.compile(r"^\d{5}$")
PHONE_PATTERN = re.compile(r"^\+?[0-9 ()/\-]{6,30}$")
EMAIL_CONFIRMATION_MAX_AGE = timedelta(days=7)
INVITATION_LIFETIME = timedelta(days=7)
MIN_RADIUS_KM, MAX_RADIUS_KM = 5, 100
MAX_WEEKLY_CAPACITY = 500


def _required(value: str | None, message: str, limit: int = 200) -> str:
    value = " ".join((value or "").split())
    if not value:
        raise InvalidInput(message)
    return value[:limit]


def _postcode(value: str | None, *, required: bool = True) -> str | None:
    value = (value or "").strip()
    if not value and not required:
        return None
    if not POSTCODE_PATTERN.match(value):
        raise InvalidInput(_("Please enter a German postcode with five digits."))
    return value


def _phone(value: str | None) -> str:
    value = " ".join((value or "").split())
    if not PHONE_PATTERN.match(value):
        raise InvalidInput(_("Please enter a phone number (digits, spaces, + / - only)."))
    return value


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
    from marketplace.accounts.services import build_user, normalise_email

    company_name = _required(company_name, _("Please enter the company name."))
    if legal_form not in LEGAL_FORMS:
        raise InvalidInput(_("Please choose the legal form."))
    street = _required(street, _("Please enter the street and house number."))
    postcode = _postcode(postcode)
    city = _required(city, _("Please enter the city."), 120)
    phone = _phone(phone)
    email = normalise_email(email)
    owner_name = _required(owner_name, _("Please enter your name."))

    tenant = build_tenant(name=company_name)
    tenant.legal_form = legal_form
    tenant.street, tenant.postcode, tenant.city = street, postcode, city
    tenant.phone, tenant.email = phone, email
    tenant.base_postcode = postcode
    locate_base_postcode(tenant)
    owner = build_user(email=email, password=password, role=Role.OWNER, tenant=tenant,
                       name=owner_name)
    _record_profile_event(tenant, "registered", actor=owner)
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
    from marketplace.mail import send_email

    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    link = f"{base}/register/confirm/{email_confirmation_token(tenant)}"
    body = render_template("tenancy/emails/confirm_email.txt", tenant=tenant, link=link,
                           days=EMAIL_CONFIRMATION_MAX_AGE.days)
    send_email(tenant.email, _("Please confirm your e-mail address"), body)


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
        _record_profile_event(tenant, "email_confirmed", actor=None,
                              reason=system_reason(EMAIL_CONFIRMED_BY_LINK))
        db.session.commit()
    return tenant


def resend_confirmation(tenant: Tenant, actor: User) -> None:
    require(actor, Permission.EDIT_PROFILE, tenant.id)
    if tenant.email_confirmed_at is not None:
        raise InvalidInput(_("The e-mail address is already confirmed."))
    _send_confirmation(tenant)
    db.session.commit()


# --- profile -----------------------------------------------------------------------------


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
) -> Tenant:
    """The business's own settings; trades start pending until documents cover them."""
    from marketplace.trades.catalogue import get_trade
    from marketplace.verification.services import recompute

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

    new_base = _postcode(base_postcode)
    if new_base != tenant.base_postcode or tenant.base_latitude is None:
        tenant.base_postcode = new_base
        locate_base_postcode(tenant)
    tenant.service_radius_km = int(service_radius_km)
    tenant.weekly_lead_capacity = int(weekly_lead_capacity)
    tenant.description = (description or "").strip()[:4000]
    tenant.opening_hours = (opening_hours or "").strip()[:1000]
    tenant.phone = _phone(phone)
    tenant.street = _required(street, _("Please enter the street and house number."))
    tenant.postcode = _postcode(postcode)
    tenant.city = _required(city, _("Please enter the city."), 120)

    current = {trade.trade_code: trade for trade in tenant.trades}
    for code in set(current) - set(codes):
        tenant.trades.remove(current[code])
    for code in set(codes) - set(current):
        tenant.trades.append(TenantTrade(trade_code=code, status=TenantTradeStatus.PENDING))
    recompute(tenant, actor=actor)
    refresh_recipient_list(tenant)
    db.session.commit()
    return tenant


def set_paused(tenant: Tenant, actor: User, *, paused: bool) -> Tenant:
    require(actor, Permission.PAUSE_LEADS, tenant.id)
    if tenant.is_paused == paused:
        return tenant
    tenant.is_paused = paused
    _record_profile_event(tenant, "paused" if paused else "resumed", actor=actor)
    db.session.commit()
    return tenant


def locate_base_postcode(tenant: Tenant) -> None:
    """Centroid of the base postcode when postcode data is imported (else routing falls
    back to postcode-prefix proximity)."""
    tenant.base_latitude = tenant.base_longitude = None
    if not tenant.base_postcode:
        return
    from marketplace.geo.services import lookup_postcode

    place = lookup_postcode(tenant.base_postcode)
    if place is not None:
        tenant.base_latitude = float(place.latitude)
        tenant.base_longitude = float(place.longitude)


def _record_profile_event(tenant: Tenant, what: str, *, actor: User | None,
                          reason: str | None = None) -> None:
    from marketplace.verification.models import EventSubject
    from marketplace.verification.state import record_event

    db.session.flush()
    record_event(tenant, EventSubject.PROFILE, to_status=what, actor=actor, reason=reason)


# --- team --------------------------------------------------------------------------------


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invite_member(tenant: Tenant, actor: User, *, email: str, role: str) -> TeamInvitation:
    """Invite someone by e-mail; the link works once, for seven days."""
    from marketplace.accounts.services import get_user_by_email, normalise_email
    from marketplace.mail import send_email

    require(actor, Permission.MANAGE_TEAM, tenant.id)
    if role not in BUSINESS_ROLES:
        raise InvalidInput(_("Please choose a role."))
    email = normalise_email(email)
    if get_user_by_email(email) is not None:
        raise Conflict(_("An account with this e-mail address already exists."))
    token = secrets.token_urlsafe(32)
    invitation = TeamInvitation(
        tenant_id=tenant.id, email=email, role=role, token_hash=_token_hash(token),
        invited_by_id=actor.id, expires_at=clock.now() + INVITATION_LIFETIME,
    )
    db.session.add(invitation)
    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    body = render_template(
        "tenancy/emails/invitation.txt", tenant=tenant, inviter=actor,
        role=role, link=f"{base}/invitation/{token}", days=INVITATION_LIFETIME.days,
    )
    send_email(email, _("Invitation to %(name)s", name=tenant.name), body)
    db.session.commit()
    return invitation


def revoke_invitation(tenant: Tenant, actor: User, *, invitation_id: int) -> TeamInvitation:
    require(actor, Permission.MANAGE_TEAM, tenant.id)
    invitation = get_scoped(TeamInvitation, tenant, invitation_id)
    if invitation.status != InvitationStatus.PENDING:
        raise InvalidInput(_("This invitation is no longer open."))
    invitation.status = InvitationStatus.REVOKED
    db.session.commit()
    return invitation


def open_invitation(token: str) -> TeamInvitation:
    invitation = db.session.scalar(
        sa.select(TeamInvitation).where(TeamInvitation.token_hash == _token_hash(token or ""))
    )
    if (
        invitation is None
        or invitation.status != InvitationStatus.PENDING
        or invitation.expires_at < clock.now()
    ):
        raise NotFound(_("This invitation is not valid or has expired."))
    return invitation


def accept_invitation(*, token: str, name: str, password: str) -> User:
    from marketplace.accounts.services import build_user

    invitation = open_invitation(token)
    tenant = db.session.get(Tenant, invitation.tenant_id)
    name = _required(name, _("Please enter your name."))
    user = build_user(email=invitation.email, password=password, role=Role(invitation.role),
                      tenant=tenant, name=name)
    invitation.status = InvitationStatus.ACCEPTED
    invitation.accepted_at = clock.now()
    db.session.commit()
    return user


def list_invitations(tenant: Tenant) -> list[TeamInvitation]:
    return list(db.session.scalars(
        scoped_select(TeamInvitation, tenant)
        .where(TeamInvitation.status == InvitationStatus.PENDING)
        .order_by(TeamInvitation.created_at)
    ))


def _owner_count(tenant: Tenant) -> int:
    return db.session.scalar(
        sa.select(sa.func.count(User.id)).where(
            User.tenant_id == tenant.id, User.role == Role.OWNER, User.is_enabled
        )
    ) or 0


def change_member_role(tenant: Tenant, actor: User, *, user_id: int, role: str) -> User:
    require(actor, Permission.MANAGE_TEAM, tenant.id)
    if role not in BUSINESS_ROLES:
        raise InvalidInput(_("Please choose a role."))
    member = get_scoped(User, tenant, user_id)
    if member.role == Role.OWNER and role != Role.OWNER and _owner_count(tenant) <= 1:
        raise InvalidInput(_("A business needs at least one owner."))
    member.role = role
    # A changed role takes effect on the next request, not after the next login.
    member.session_token = new_session_token()
    db.session.commit()
    return member


def set_member_enabled(tenant: Tenant, actor: User, *, user_id: int, enabled: bool) -> User:
    require(actor, Permission.MANAGE_TEAM, tenant.id)
    member = get_scoped(User, tenant, user_id)
    if member.id == actor.id:
        raise InvalidInput(_("You cannot disable your own account."))
    if not enabled and member.role == Role.OWNER and _owner_count(tenant) <= 1:
        raise InvalidInput(_("A business needs at least one owner."))
    member.is_enabled = enabled
    member.session_token = new_session_token()
    db.session.commit()
    return member


# --- subcontractors and the recipient list -----------------------------------------------


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
        "name": _required(name, _("Please enter the subcontractor's name.")),
        "street": _required(street, _("Please enter the street and house number.")),
        "postcode": _postcode(postcode) or "",
        "city": _required(city, _("Please enter the city."), 120),
        "services": _required(services, _("Please say what the subcontractor does for you."),
                              1000),
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


def locate_unlocated_businesses() -> int:
    """Give every business whose base postcode has no coordinates yet its centroid, once
    postcode data exists. Safe to run any number of times; one commit."""
    from marketplace.geo.services import has_geodata

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
