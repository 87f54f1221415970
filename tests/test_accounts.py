"""Login, logout, CSRF, roles, lockout and the create-admin command."""

import re

import pytest

from marketplace.accounts import services
from marketplace.accounts.models import Role, User
from marketplace.db import db
from marketplace.errors import Conflict, InvalidInput
from tests.conftest import PASSWORD, csrf_token_from, login


def test_login_with_wrong_password_is_refused(client, make_tenant, make_user):
    user = make_user(Role.OWNER, make_tenant())
    token = csrf_token_from(client, "/login")
    response = client.post("/login", data={"email": user.email, "password": "wrong-password-1",
                                           "csrf_token": token})
    assert response.status_code == 401
    assert "nicht korrekt" in response.get_data(as_text=True)
    assert client.get("/dashboard/").status_code == 302  # still anonymous


def test_login_without_csrf_token_is_refused(client, make_tenant, make_user):
    user = make_user(Role.OWNER, make_tenant())
    response = client.post("/login", data={"email": user.email, "password": PASSWORD})
    assert response.status_code == 400
    assert client.get("/dashboard/").status_code == 302


def test_logout_without_csrf_token_is_refused(client, make_tenant, make_user):
    user = make_user(Role.OWNER, make_tenant())
    login(client, user)
    assert client.post("/logout").status_code == 400
    assert client.get("/dashboard/").status_code == 200


def test_owner_logs_in_to_the_dashboard_and_out_again(client, make_tenant, make_user):
    tenant = make_tenant("Elektro Brandt e.K.")
    user = make_user(Role.OWNER, tenant)
    login(client, user)
    page = client.get("/dashboard/")
    assert page.status_code == 200
    assert "Elektro Brandt e.K." in page.get_data(as_text=True)
    token = csrf_token_from(client, "/dashboard/")
    assert client.post("/logout", data={"csrf_token": token}).status_code == 302
    assert client.get("/dashboard/").status_code == 302


def test_session_cookie_is_http_only(client, make_tenant, make_user):
    user = make_user(Role.OWNER, make_tenant())
    token = csrf_token_from(client, "/login")
    response = client.post("/login", data={"email": user.email, "password": PASSWORD,
                                           "csrf_token": token})
    cookie = next(value for value in response.headers.getlist("Set-Cookie")
                  if value.startswith("mp_session="))
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


def test_login_redirect_stays_on_site(client, make_tenant, make_user):
    user = make_user(Role.OWNER, make_tenant())
    token = csrf_token_from(client, "/login")
    response = client.post("/login?next=//evil.example/x", data={
        "email": user.email, "password": PASSWORD, "csrf_token": token})
    assert response.headers["Location"] == "/dashboard/"


def test_admin_console_is_invisible_to_business_users(client, make_tenant, make_user):
    login(client, make_user(Role.OWNER, make_tenant()))
    assert client.get("/admin/").status_code == 404


def test_admin_reaches_console_but_has_no_dashboard(client, make_user):
    login(client, make_user(Role.ADMIN))
    assert client.get("/admin/").status_code == 200
    assert client.get("/dashboard/").status_code == 403


def test_anonymous_visitor_is_sent_to_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]


def test_repeated_failures_lock_the_account(app_ctx, make_tenant, make_user, frozen_clock):
    user = make_user(Role.OWNER, make_tenant())
    for _ in range(services.MAX_FAILED_LOGINS):
        assert services.authenticate(email=user.email, password="nope-nope-nope") is None
    assert services.authenticate(email=user.email, password=PASSWORD) is None
    frozen_clock(minutes=16)
    assert services.authenticate(email=user.email, password=PASSWORD) is not None


def test_password_change_ends_other_sessions(app, client, make_tenant, make_user):
    user = make_user(Role.OWNER, make_tenant())
    login(client, user)
    with app.app_context():
        services.change_password(db.session.get(User, user.id), current_password=PASSWORD,
                                 new_password="another-long-password")
    assert client.get("/dashboard/").status_code == 302


def test_duplicate_email_is_a_conflict(app_ctx, make_user):
    make_user(Role.ADMIN, email="a@example.com")
    with pytest.raises(Conflict):
        services.create_user(email="A@example.com", password=PASSWORD, role=Role.ADMIN)


def test_short_password_is_refused(app_ctx):
    with pytest.raises(InvalidInput):
        services.create_user(email="b@example.com", password="short", role=Role.ADMIN)


def test_create_admin_asks_for_the_password(app):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["create-admin", "chefin@example.com"],
                           input="a-very-long-password\na-very-long-password\n")
    assert result.exit_code == 0, result.output
    assert "a-very-long-password" not in result.output
    with app.app_context():
        user = services.get_user_by_email("chefin@example.com")
        assert user.role == Role.ADMIN
        assert user.check_password("a-very-long-password")



def test_admin_console_puts_queues_first_and_counts_what_waits(app, client, make_user):
    from tests.verification.helpers import register, upload

    login(client, make_user(Role.ADMIN))
    page = client.get("/admin/").get_data(as_text=True)
    assert page.index("Prüfwarteschlange") < page.index("Gewerke-Katalog")
    assert "offen" not in page
    with app.app_context():
        tenant, owner = register()
        upload(tenant, owner, "gewerbeanmeldung", ["dachdecker"])
    page = client.get("/admin/").get_data(as_text=True)
    # The queue of documents to verify counts it, above everything else on the page.
    assert page.index("Zu prüfende Dokumente") < page.index("Gewerke-Katalog")
    queues = page[page.index('class="data queues"'):]
    row = queues[queues.index("Zu prüfende Dokumente"):]
    assert '<span class="badge warn">1</span>' in row[:row.index("</tr>")]


def test_admin_console_shows_the_figures_the_features_register(client, make_tenant, make_user):
    make_tenant()
    make_tenant("Zweiter Betrieb GmbH")
    login(client, make_user(Role.ADMIN))
    page = client.get("/admin/").get_data(as_text=True)
    # The businesses' figure comes from tenancy, above the console; the users' from admin.
    assert re.search(r"Betriebe</h2><p class=\"figure\">2<", page)
    assert re.search(r"Benutzer</h2><p class=\"figure\">1<", page)
    assert page.index("Betriebe</h2>") < page.index("Benutzer</h2>")
