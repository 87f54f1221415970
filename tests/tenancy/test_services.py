"""Registration, e-mail confirmation, profile, team and subcontractors through the services."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from marketplace.accounts import services as account_services
from marketplace.accounts.models import Role, User
from marketplace.db import db
from marketplace.errors import Conflict, Forbidden, InvalidInput, NotFound
from marketplace.tenancy import profile, recipients, registration, team
from marketplace.tenancy.models import (
    InvitationStatus,
    RecipientListVersion,
    TenantTradeStatus,
)
from marketplace.tenancy.permissions import ROLE_PERMISSIONS, Permission, can
from tests.conftest import PASSWORD
from tests.verification.helpers import link_in, register

REGISTRATION = {
    "company_name": "Dachdeckerei Muster GmbH", "legal_form": "GmbH", "street": "Fahrgasse 1",
    "postcode": "60311", "city": "Frankfurt am Main", "phone": "+49 69 123456",
    "email": "Info@Muster-Dach.example", "owner_name": "Maria Muster", "password": PASSWORD,
}


def test_registration_creates_business_owner_and_sends_a_confirmation_link(app_ctx, outbox):
    outbox.clear()
    tenant, owner = registration.register_business(**REGISTRATION)
    assert tenant.email == owner.email == "info@muster-dach.example"
    assert owner.role == Role.OWNER
    assert owner.tenant_id == tenant.id
    assert (tenant.legal_form, tenant.postcode, tenant.base_postcode) == ("GmbH", "60311", "60311")
    assert tenant.email_confirmed_at is None
    assert recipients.current_recipient_list(tenant).version == 1
    [mail] = outbox.all()
    assert "to=info@muster-dach.example" in mail
    path = link_in(mail, "/register/confirm/")
    confirmed = registration.confirm_email(path.rsplit("/", 1)[-1])
    assert confirmed.id == tenant.id
    assert tenant.email_confirmed_at is not None


@pytest.mark.parametrize(("field", "value"), [
    ("company_name", " "), ("legal_form", "Briefkastenfirma"), ("postcode", "6031"),
    ("phone", "call me"), ("email", "not-an-email"), ("password", "short"), ("city", ""),
])
def test_registration_refuses_bad_input(app_ctx, field, value):
    with pytest.raises(InvalidInput):
        registration.register_business(**{**REGISTRATION, field: value})
    assert db.session.scalar(sa.select(sa.func.count(User.id))) == 0


def test_registration_refuses_a_taken_email(app_ctx):
    registration.register_business(**REGISTRATION)
    with pytest.raises(Conflict):
        registration.register_business(**{**REGISTRATION, "company_name": "Andere GmbH"})


def test_confirmation_link_is_signed_and_expires(app_ctx, frozen_clock):
    tenant, _owner = registration.register_business(**REGISTRATION)
    token = registration.email_confirmation_token(tenant)
    with pytest.raises(InvalidInput):
        registration.confirm_email(token[:-2] + "xx")
    frozen_clock(days=8)
    with pytest.raises(InvalidInput):
        registration.confirm_email(token)
    assert tenant.email_confirmed_at is None


def test_profile_sets_trades_area_capacity_and_keeps_radius_in_range(app_ctx):
    tenant, owner = register(trades=("dachdecker", "zimmerer"))
    assert {t.trade_code: t.status for t in tenant.trades} == {
        "dachdecker": TenantTradeStatus.PENDING, "zimmerer": TenantTradeStatus.PENDING}
    base = {"trade_codes": ["dachdecker"], "base_postcode": "63065", "service_radius_km": 40,
            "weekly_lead_capacity": 5, "description": "Dächer", "opening_hours": "Mo-Fr",
            "phone": "069 1234", "street": "Hauptstr. 1", "postcode": "63065",
            "city": "Offenbach"}
    profile.update_profile(tenant, owner, **base)
    assert [t.trade_code for t in tenant.trades] == ["dachdecker"]
    assert (tenant.base_postcode, tenant.service_radius_km, tenant.weekly_lead_capacity) == (
        "63065", 40, 5)
    for bad in ({"service_radius_km": 4}, {"service_radius_km": 101},
                {"trade_codes": ["gibt-es-nicht"]}, {"trade_codes": []},
                {"base_postcode": "ABCDE"}, {"weekly_lead_capacity": -1}):
        with pytest.raises(InvalidInput):
            profile.update_profile(tenant, owner, **{**base, **bad})
    assert tenant.service_radius_km == 40


def test_pause_and_resume_are_recorded(app_ctx):
    tenant, owner = register()
    profile.set_paused(tenant, owner, paused=True)
    assert tenant.is_paused
    profile.set_paused(tenant, owner, paused=False)
    assert not tenant.is_paused


def test_permission_table_per_role():
    owner, office, crew = (ROLE_PERMISSIONS[r] for r in (Role.OWNER, Role.OFFICE, Role.CREW))
    assert owner == set(Permission)
    assert office == set(Permission) - {Permission.MANAGE_TEAM, Permission.MANAGE_API_TOKENS}
    assert crew == {Permission.VIEW_DASHBOARD, Permission.VIEW_TEAM, Permission.VIEW_LEADS}
    assert Role.ADMIN not in ROLE_PERMISSIONS


def test_disabled_users_and_admins_have_no_business_permissions(app_ctx, make_user):
    _tenant, owner = register()
    admin = make_user(Role.ADMIN)
    assert not can(admin, Permission.VIEW_DASHBOARD)
    owner.is_enabled = False
    assert not can(owner, Permission.VIEW_DASHBOARD)


@pytest.mark.parametrize("role", [Role.OFFICE, Role.CREW])
def test_only_owners_manage_the_team(app_ctx, make_user, role):
    tenant, _owner = register()
    member = db.session.merge(make_user(role, tenant))
    with pytest.raises(Forbidden):
        team.invite_member(tenant, member, email="neu@example.com", role="crew")


def test_crew_cannot_change_profile_pause_or_subcontractors(app_ctx, make_user):
    tenant, _owner = register()
    crew = db.session.merge(make_user(Role.CREW, tenant))
    with pytest.raises(Forbidden):
        profile.set_paused(tenant, crew, paused=True)
    with pytest.raises(Forbidden):
        recipients.add_subcontractor(tenant, crew, name="X", street="Y 1", postcode="60311",
                                   city="F", services="Gerüst")


def test_invitation_creates_a_member_with_the_role(app_ctx, outbox, frozen_clock):
    outbox.clear()
    tenant, owner = register()
    outbox.clear()
    invitation = team.invite_member(tenant, owner, email="Geselle@Example.com", role="crew")
    assert invitation.status == InvitationStatus.PENDING
    token = link_in(outbox.all()[0], "/invitation/").rsplit("/", 1)[-1]
    assert invitation.token_hash != token  # only the hash is stored
    user = team.accept_invitation(token=token, name="Jan Geselle", password=PASSWORD)
    assert (user.tenant_id, user.role, user.email) == (tenant.id, Role.CREW, "geselle@example.com")
    with pytest.raises(NotFound):
        team.accept_invitation(token=token, name="Nochmal", password=PASSWORD)


def test_invitations_expire_and_can_be_revoked(app_ctx, outbox, frozen_clock):
    outbox.clear()
    tenant, owner = register()
    outbox.clear()
    team.invite_member(tenant, owner, email="a@example.com", role="office")
    revoked = team.invite_member(tenant, owner, email="b@example.com", role="office")
    first, second = (link_in(m, "/invitation/").rsplit("/", 1)[-1] for m in outbox.all())
    team.revoke_invitation(tenant, owner, invitation_id=revoked.id)
    with pytest.raises(NotFound):
        team.open_invitation(second)
    frozen_clock(days=8)
    with pytest.raises(NotFound):
        team.open_invitation(first)


def test_roles_change_and_a_business_keeps_an_owner(app_ctx, make_user):
    tenant, owner = register()
    office = db.session.merge(make_user(Role.OFFICE, tenant))
    token_before = office.session_token
    team.change_member_role(tenant, owner, user_id=office.id, role="crew")
    assert office.role == Role.CREW
    assert office.session_token != token_before
    with pytest.raises(InvalidInput):
        team.change_member_role(tenant, owner, user_id=owner.id, role="office")
    with pytest.raises(InvalidInput):
        team.set_member_enabled(tenant, owner, user_id=owner.id, enabled=False)
    team.set_member_enabled(tenant, owner, user_id=office.id, enabled=False)
    assert not office.is_enabled
    assert account_services.authenticate(email=office.email, password=PASSWORD) is None


def test_team_changes_cannot_reach_another_business(app_ctx, make_user):
    tenant_a, owner_a = register("A GmbH")
    tenant_b, _owner_b = register("B GmbH")
    stranger = db.session.merge(make_user(Role.OFFICE, tenant_b))
    with pytest.raises(NotFound):
        team.change_member_role(tenant_a, owner_a, user_id=stranger.id, role="crew")
    with pytest.raises(Forbidden):
        team.change_member_role(tenant_b, owner_a, user_id=stranger.id, role="crew")


def test_every_subcontractor_change_makes_a_new_recipient_list_version(app_ctx):
    tenant, owner = register()
    assert recipients.current_recipient_list(tenant).version == 1
    sub = recipients.add_subcontractor(tenant, owner, name="Gerüstbau Kaya", street="Ring 2",
                                     postcode="60486", city="Frankfurt", services="Gerüste")
    v2 = recipients.current_recipient_list(tenant)
    assert v2.version == 2
    assert v2.recipient_names == ["Dachdeckerei Muster GmbH", "Gerüstbau Kaya"]
    recipients.update_subcontractor(tenant, owner, subcontractor_id=sub.id, name="Gerüstbau Kaya",
                                  street="Ring 2", postcode="60486", city="Frankfurt",
                                  services="Gerüste und Fassadenlift")
    assert recipients.current_recipient_list(tenant).version == 3
    recipients.remove_subcontractor(tenant, owner, subcontractor_id=sub.id)
    latest = recipients.current_recipient_list(tenant)
    assert latest.version == 4
    assert latest.snapshot["subcontractors"] == []
    # Old versions stay as they were: consent records point to them.
    old = db.session.scalar(sa.select(RecipientListVersion).where(
        RecipientListVersion.tenant_id == tenant.id, RecipientListVersion.version == 2))
    assert old.snapshot["subcontractors"][0]["services"] == "Gerüste"
    # Saving the profile without a change adds no version.
    profile.update_profile(tenant, owner, trade_codes=["dachdecker"], base_postcode="60311",
                            service_radius_km=25, weekly_lead_capacity=10, description="",
                            opening_hours="", phone="+49 69 123456", street="Fahrgasse 1",
                            postcode="60311", city="Frankfurt am Main")
    assert recipients.current_recipient_list(tenant).version == 4


def test_subcontractors_are_scoped_to_their_business(app_ctx):
    tenant_a, owner_a = register("A GmbH")
    tenant_b, owner_b = register("B GmbH")
    sub = recipients.add_subcontractor(tenant_b, owner_b, name="Elektro Sub", street="Weg 1",
                                     postcode="60311", city="Frankfurt", services="Strom")
    with pytest.raises(NotFound):
        recipients.remove_subcontractor(tenant_a, owner_a, subcontractor_id=sub.id)
    assert recipients.list_subcontractors(tenant_a) == []
    with pytest.raises(InvalidInput):
        recipients.add_subcontractor(tenant_a, owner_a, name="", street="Weg 1",
                                   postcode="60311", city="F", services="x")


def test_current_recipient_list_exists_for_businesses_made_without_registration(app_ctx):
    tenant = registration.create_tenant(name="Altbetrieb")
    version = recipients.current_recipient_list(tenant)
    assert version.version == 1
    assert version.recipient_names == ["Altbetrieb"]
