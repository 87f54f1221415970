"""Security headers on every page: CSP without inline script, no framing, no sniffing."""

from __future__ import annotations

from flask import Response

from marketplace.accounts.models import Role
from marketplace.app import create_app
from marketplace.security import CONTENT_SECURITY_POLICY
from tests.conftest import csrf_token_from

EXPECTED = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}


def assert_hardened(response) -> None:
    for name, value in EXPECTED.items():
        assert response.headers.get(name) == value, (name, response.request.path)
    csp = response.headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["script-src"] == "'self'"  # no inline script, no eval
    assert "'unsafe-inline'" not in directives["default-src"]
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert "Permissions-Policy" in response.headers


def test_public_pages_carry_the_headers(client):
    for path in ("/", "/login", "/chat", "/datenschutz", "/healthz", "/does-not-exist"):
        assert_hardened(client.get(path))


def test_dashboard_admin_and_token_pages_carry_the_headers(client, make_user, make_tenant,
                                                          login_as):
    login_as(make_user(Role.OWNER, make_tenant()))
    assert_hardened(client.get("/dashboard/"))
    token_page = client.get("/dashboard/api-tokens/")
    assert token_page.status_code == 200
    assert_hardened(token_page)
    client.post("/logout", data={"csrf_token": _csrf(client)})
    login_as(make_user(Role.ADMIN))
    admin = client.get("/admin/")
    assert admin.status_code == 200
    assert_hardened(admin)


def test_the_page_showing_a_new_api_token_carries_the_headers(client, make_user, make_tenant,
                                                               login_as):
    login_as(make_user(Role.OWNER, make_tenant()))
    response = client.post("/dashboard/api-tokens/", data={
        "csrf_token": _csrf(client, "/dashboard/api-tokens/"), "name": "Büro"})
    assert response.status_code == 201
    assert "mpk_" in response.get_data(as_text=True)
    assert_hardened(response)


def test_no_template_has_inline_script(client):
    page = client.get("/chat").get_data(as_text=True)
    assert "<script>" not in page
    assert "<script src=" in page


def test_a_header_a_view_sets_itself_is_kept():
    app = create_app("test", {"SQLALCHEMY_DATABASE_URI": "sqlite://"})

    @app.get("/__test_own_csp")
    def _own():
        return Response("x", headers={"Content-Security-Policy": "sandbox"})

    response = app.test_client().get("/__test_own_csp")
    assert response.headers["Content-Security-Policy"] == "sandbox"
    assert response.headers["X-Frame-Options"] == "DENY"


def test_hsts_only_when_served_over_https():
    plain = create_app("test", {"SQLALCHEMY_DATABASE_URI": "sqlite://"})
    assert "Strict-Transport-Security" not in plain.test_client().get("/healthz").headers
    secure = create_app("test", {"SQLALCHEMY_DATABASE_URI": "sqlite://",
                                    "SESSION_COOKIE_SECURE": True})
    hsts = secure.test_client().get("/healthz").headers["Strict-Transport-Security"]
    assert hsts.startswith("max-age=")
    assert int(hsts.split("=")[1].split(";")[0]) >= 31536000


def test_policy_allows_only_own_scripts():
    assert "script-src 'self';" in CONTENT_SECURITY_POLICY


def _csrf(client, url: str = "/dashboard/") -> str:
    return csrf_token_from(client, url)


def test_a_view_that_allows_same_origin_framing_keeps_it():
    app = create_app("test", {"SQLALCHEMY_DATABASE_URI": "sqlite://"})

    @app.get("/__test_framed")
    def _framed():
        return Response("%PDF", headers={"X-Frame-Options": "SAMEORIGIN"})

    response = app.test_client().get("/__test_framed")
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'none'" not in response.headers.get("Content-Security-Policy", "")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
