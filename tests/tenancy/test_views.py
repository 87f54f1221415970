"""The business's own pages: registration, confirmation, profile, team, subcontractors."""

from __future__ import annotations

import sqlalchemy as sa

from marketplace.accounts.models import Role, User
from marketplace.db import db
from marketplace.tenancy.models import RecipientListVersion, Subcontractor, Tenant
from tests.conftest import PASSWORD, csrf_token_from, login
from tests.verification.helpers import link_in, register

FORM = {
    "company_name": "Elektro Sommer GmbH", "legal_form": "GmbH", "street": "Zeil 5",
    "postcode": "60313", "city": "Frankfurt am Main", "phone": "+49 69 555 0101",
    "email": "info@elektro-sommer.example", "owner_name": "Lena Sommer",
    "password": PASSWORD, "password_repeat": PASSWORD,
}


def test_register_confirm_and_see_the_dashboard(client, app, outbox):
    outbox.clear()
    page = client.get("/register")
    assert page.status_code == 200
    assert "Registrieren" in page.get_data(as_text=True) or "Register" in page.get_data(
        as_text=True)
    response = client.post("/register", data={**FORM, "csrf_token": csrf_token_from(
        client, "/register")})
    assert response.status_code == 302
    dashboard = client.get("/dashboard/").get_data(as_text=True)
    assert "Elektro Sommer GmbH" in dashboard
    assert "info@elektro-sommer.example" in dashboard  # "please confirm" notice
    link = link_in(outbox.all()[0], "/register/confirm/")
    assert client.get(link).status_code == 302
    with app.app_context():
        tenant = db.session.scalar(sa.select(Tenant).where(Tenant.slug == "elektro-sommer-gmbh"))
        assert tenant.email_confirmed_at is not None
        owner = db.session.scalar(sa.select(User).where(User.tenant_id == tenant.id))
        assert owner.role == Role.OWNER


def test_registration_errors_keep_the_input(client, app):
    token = csrf_token_from(client, "/register")
    response = client.post("/register", data={**FORM, "postcode": "123", "csrf_token": token})
    assert response.status_code == 422
    body = response.get_data(as_text=True)
    assert "Elektro Sommer GmbH" in body
    assert "Zeil 5" in body
    response = client.post("/register", data={**FORM, "password_repeat": "anders-anders",
                                              "csrf_token": token})
    assert response.status_code == 422
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Tenant.id))) == 0


def test_a_broken_confirmation_link_is_an_error(client):
    response = client.get("/register/confirm/not-a-real-token")
    assert response.status_code == 422


def test_profile_page_saves_trades_area_and_capacity(client, app):
    with app.app_context():
        tenant, owner = register(trades=())
        tenant_id, email = tenant.id, owner.email
    login(client, email)
    page = client.get("/dashboard/profile")
    assert "Dachdecker" in page.get_data(as_text=True)
    data = {"trade_codes": ["dachdecker", "klempner"], "base_postcode": "60594",
            "service_radius_km": "30", "weekly_lead_capacity": "8",
            "description": "Dach und Spenglerei", "opening_hours": "Mo–Fr 7–16",
            "phone": "069 1111", "street": "Schweizer Str. 3", "postcode": "60594",
            "city": "Frankfurt", "csrf_token": csrf_token_from(client, "/dashboard/profile")}
    assert client.post("/dashboard/profile", data=data).status_code == 302
    bad = {**data, "service_radius_km": "150"}
    response = client.post("/dashboard/profile", data=bad)
    assert response.status_code == 422
    with app.app_context():
        tenant = db.session.get(Tenant, tenant_id)
        assert sorted(t.trade_code for t in tenant.trades) == ["dachdecker", "klempner"]
        assert (tenant.base_postcode, tenant.service_radius_km) == ("60594", 30)
        assert tenant.weekly_lead_capacity == 8
    token = csrf_token_from(client, "/dashboard/profile")
    client.post("/dashboard/profile/pause", data={"csrf_token": token})
    assert "pausiert" in client.get("/dashboard/").get_data(as_text=True).lower() or (
        "paused" in client.get("/dashboard/").get_data(as_text=True).lower())
    with app.app_context():
        assert db.session.get(Tenant, tenant_id).is_paused


def test_owner_invites_and_the_invitee_joins(client, app, outbox):
    outbox.clear()
    with app.app_context():
        _tenant, owner = register()
        email = owner.email
    login(client, email)
    outbox.clear()
    token = csrf_token_from(client, "/dashboard/team")
    response = client.post("/dashboard/team/invite", data={
        "email": "geselle@example.com", "role": "crew", "csrf_token": token})
    assert response.status_code == 302
    assert "geselle@example.com" in client.get("/dashboard/team").get_data(as_text=True)
    link = link_in(outbox.all()[0], "/invitation/")
    client.post("/logout", data={"csrf_token": token})
    page = client.get(link)
    assert page.status_code == 200
    response = client.post(link, data={"name": "Jan", "password": PASSWORD,
                                       "password_repeat": PASSWORD,
                                       "csrf_token": csrf_token_from(client, link)})
    assert response.status_code == 302
    # Crew sees the dashboard but not the profile.
    assert client.get("/dashboard/").status_code == 200
    assert client.get("/dashboard/profile").status_code == 403
    assert client.get(link).status_code == 404  # used once


def test_subcontractor_pages_make_recipient_list_versions(client, app):
    with app.app_context():
        tenant, owner = register()
        tenant_id, email = tenant.id, owner.email
    login(client, email)
    token = csrf_token_from(client, "/dashboard/subcontractors")
    response = client.post("/dashboard/subcontractors", data={
        "name": "Gerüstbau Kaya", "street": "Ring 2", "postcode": "60486", "city": "Frankfurt",
        "services": "Gerüste", "csrf_token": token})
    assert response.status_code == 302
    body = client.get("/dashboard/subcontractors").get_data(as_text=True)
    assert "Gerüstbau Kaya" in body
    with app.app_context():
        sub = db.session.scalar(sa.select(Subcontractor).where(
            Subcontractor.tenant_id == tenant_id))
        versions = db.session.scalars(sa.select(RecipientListVersion.version).where(
            RecipientListVersion.tenant_id == tenant_id)).all()
        assert sorted(versions) == [1, 2]
    client.post(f"/dashboard/subcontractors/{sub.id}/remove", data={"csrf_token": token})
    assert "Gerüstbau Kaya" not in client.get("/dashboard/subcontractors").get_data(as_text=True)
    with app.app_context():
        assert db.session.get(Subcontractor, sub.id).removed_at is not None
    assert client.get(f"/dashboard/subcontractors/{sub.id}").status_code == 404


def test_forms_without_csrf_token_are_refused(client, app):
    with app.app_context():
        _tenant, owner = register()
        email = owner.email
    login(client, email)
    assert client.post("/dashboard/profile/pause").status_code == 400
    with app.app_context():
        assert not db.session.scalar(sa.select(Tenant.is_paused).where(Tenant.is_paused))


def test_resending_the_confirmation_without_an_address_says_what_to_do(client, app, outbox):
    """A business without an e-mail address (made by an admin or before the field was
    required) gets a plain answer, not a 500, and no mail goes anywhere."""
    from marketplace.tenancy import registration

    with app.app_context():
        tenant = registration.create_tenant(name="Ohne Post GmbH")
        db.session.commit()
        owner_email = "ohne-post@example.org"
        from marketplace.accounts import services as account_services

        account_services.create_user(email=owner_email, password=PASSWORD, role=Role.OWNER,
                                     tenant=tenant)
    login(client, owner_email)
    token = csrf_token_from(client, "/dashboard/")
    with outbox.window():
        response = client.post("/dashboard/email/resend", data={"csrf_token": token},
                               follow_redirects=True)
        assert outbox.all() == []
    assert response.status_code == 200
    assert "keine E-Mail-Adresse" in response.get_data(as_text=True)
