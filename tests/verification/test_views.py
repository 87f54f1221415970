"""Pages: uploads, the private file route, admin decisions, roles and cross-tenant isolation."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pytest

from marketplace.accounts.models import Role
from marketplace.db import db
from marketplace.tenancy import recipients as tenancy_recipients
from marketplace.tenancy import team as tenancy_team
from marketplace.tenancy.models import Tenant
from marketplace.verification import eligibility
from marketplace.verification.models import DocumentStatus, VerificationDocument
from tests.conftest import csrf_token_from, login
from tests.verification.helpers import pdf_bytes, png_bytes, register, upload


@dataclass
class World:
    tenant_a: int
    tenant_b: int
    owner_a: str
    office_a: str
    crew_a: str
    owner_b: str
    admin: str
    document_b: int
    document_a: int
    member_b: int
    subcontractor_b: int
    invitation_b: int


@pytest.fixture
def world(app, make_user) -> World:
    with app.app_context():
        tenant_a, owner_a = register("Alpha Dach GmbH")
        tenant_b, owner_b = register("Beta Dach GmbH")
        document_a = upload(tenant_a, owner_a, "meisterbrief", ["dachdecker"])
        document_b = upload(tenant_b, owner_b, "meisterbrief", ["dachdecker"], data=png_bytes())
        sub_b = tenancy_recipients.add_subcontractor(
            tenant_b, owner_b, name="Beta Sub", street="Weg 1", postcode="60311",
            city="Frankfurt", services="Gerüst")
        invitation_b = tenancy_team.invite_member(tenant_b, owner_b,
                                                      email="neu-b@example.com", role="crew")
        ids = (tenant_a.id, tenant_b.id, owner_a.email, owner_b.email, document_a.id,
               document_b.id, sub_b.id, invitation_b.id)
        db.session.remove()
    tenant_a_row = Tenant(id=ids[0])
    office = make_user(Role.OFFICE, tenant_a_row)
    crew = make_user(Role.CREW, tenant_a_row)
    member_b = make_user(Role.OFFICE, Tenant(id=ids[1]))
    admin = make_user(Role.ADMIN)
    return World(tenant_a=ids[0], tenant_b=ids[1], owner_a=ids[2], office_a=office.email,
                 crew_a=crew.email, owner_b=ids[3], admin=admin.email, document_a=ids[4],
                 document_b=ids[5], member_b=member_b.id, subcontractor_b=ids[6],
                 invitation_b=ids[7])


def post(client, url, data=None, form_page="/dashboard/", **kwargs):
    data = dict(data or {})
    data["csrf_token"] = csrf_token_from(client, form_page)
    return client.post(url, data=data, **kwargs)


def test_user_of_a_gets_404_for_everything_of_b(client, world):
    login(client, world.owner_a)
    b_urls = [
        f"/dashboard/verification/documents/{world.document_b}",
        f"/dashboard/verification/documents/{world.document_b}/file",
        f"/dashboard/team/{world.member_b}",
        f"/dashboard/subcontractors/{world.subcontractor_b}",
    ]
    for url in b_urls:
        response = client.get(url)
        assert response.status_code == 404, url
        assert b"Beta" not in response.data
    b_posts = [
        f"/dashboard/verification/documents/{world.document_b}/answer",
        f"/dashboard/team/{world.member_b}/role",
        f"/dashboard/team/{world.member_b}/disable",
        f"/dashboard/subcontractors/{world.subcontractor_b}/remove",
        f"/dashboard/team/invitations/{world.invitation_b}/revoke",
    ]
    for url in b_posts:
        response = post(client, url, {"role": "crew", "note": "x"})
        assert response.status_code == 404, url
    # Lists show only A's rows; forged tenant headers change nothing.
    for url in ("/dashboard/verification/", "/dashboard/team", "/dashboard/subcontractors",
                "/dashboard/"):
        body = client.get(url, headers={"X-Tenant-ID": str(world.tenant_b)}).data
        assert b"Beta" not in body, url
        assert b"neu-b@example.com" not in body, url
    # A's own document opens.
    assert client.get(f"/dashboard/verification/documents/{world.document_a}").status_code == 200


def test_business_users_never_reach_the_admin_console(client, world):
    login(client, world.owner_a)
    for url in ("/admin/verification", f"/admin/verification/documents/{world.document_a}",
                f"/admin/verification/documents/{world.document_a}/file", "/admin/businesses",
                f"/admin/businesses/{world.tenant_a}"):
        assert client.get(url).status_code == 404, url
    response = post(client, f"/admin/verification/documents/{world.document_a}/approve",
                    {"trade_codes": "dachdecker"})
    assert response.status_code == 404


def test_anonymous_visitors_are_sent_to_login(client, world):
    for url in ("/admin/verification", f"/dashboard/verification/documents/{world.document_a}/file",
                "/dashboard/profile"):
        response = client.get(url)
        assert response.status_code == 302
        assert "/login" in response.headers["Location"]


@pytest.mark.parametrize(("role_attr", "allowed", "forbidden"), [
    ("owner_a", ["/dashboard/profile", "/dashboard/verification/", "/dashboard/team",
                 "/dashboard/subcontractors", "/dashboard/verification/documents/new"], []),
    ("office_a", ["/dashboard/profile", "/dashboard/verification/", "/dashboard/team",
                  "/dashboard/subcontractors", "/dashboard/verification/documents/new"], []),
    ("crew_a", ["/dashboard/", "/dashboard/team"],
     ["/dashboard/profile", "/dashboard/verification/", "/dashboard/subcontractors",
      "/dashboard/verification/documents/new", "/dashboard/verification/documents/{doc}",
      "/dashboard/verification/documents/{doc}/file"]),
])
def test_each_role_reaches_its_pages(client, world, role_attr, allowed, forbidden):
    login(client, getattr(world, role_attr))
    for url in allowed:
        assert client.get(url.format(doc=world.document_a)).status_code == 200, url
    for url in forbidden:
        assert client.get(url.format(doc=world.document_a)).status_code == 403, url


@pytest.mark.parametrize("role_attr", ["office_a", "crew_a"])
def test_only_the_owner_invites(client, world, role_attr):
    login(client, getattr(world, role_attr))
    response = post(client, "/dashboard/team/invite", {"email": "x@example.com", "role": "crew"})
    assert response.status_code == 403


def test_crew_cannot_pause_or_upload(client, world):
    login(client, world.crew_a)
    assert post(client, "/dashboard/profile/pause").status_code == 403
    response = post(client, "/dashboard/verification/documents/new", {
        "doc_type": "meisterbrief", "issuer": "HWK", "holder_name": "X",
        "trade_codes": "dachdecker", "file": (io.BytesIO(pdf_bytes()), "m.pdf"),
    }, content_type="multipart/form-data")
    assert response.status_code == 403


def test_upload_through_the_page_and_a_bad_file_keeps_the_input(client, world, app):
    login(client, world.office_a)
    form_page = "/dashboard/verification/documents/new"
    response = post(client, form_page, {
        "doc_type": "gewerbeanmeldung", "issuer": "Gewerbeamt Frankfurt", "holder_name": "Alpha",
        "trade_codes": "dachdecker", "file": (io.BytesIO(b"GIF89a not allowed"), "x.gif"),
    }, form_page=form_page, content_type="multipart/form-data")
    assert response.status_code == 422
    text = response.get_data(as_text=True)
    assert "Gewerbeamt Frankfurt" in text
    assert "PDF, JPEG" in text
    response = post(client, form_page, {
        "doc_type": "gewerbeanmeldung", "issuer": "Gewerbeamt Frankfurt", "holder_name": "Alpha",
        "trade_codes": "dachdecker", "expires_on": "",
        "file": (io.BytesIO(pdf_bytes("Gewerbe")), "../../etc/passwd.pdf"),
    }, form_page=form_page, content_type="multipart/form-data")
    assert response.status_code == 302
    with app.app_context():
        document = db.session.scalars(
            db.select(VerificationDocument).order_by(VerificationDocument.id.desc())).first()
        assert document.issuer == "Gewerbeamt Frankfurt"
        assert "passwd" not in document.storage_key


def test_the_file_is_streamed_privately(client, world, app):
    login(client, world.owner_a)
    response = client.get(f"/dashboard/verification/documents/{world.document_a}/file")
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert response.data.startswith(b"%PDF-")
    assert response.headers["Cache-Control"] == "private, no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    with app.app_context():
        key = db.session.get(VerificationDocument, world.document_a).storage_key
    assert client.get(f"/static/{key}").status_code == 404
    assert client.get(f"/media/{key}").status_code == 404


def test_admin_reviews_with_viewer_and_decides(client, world, app):
    login(client, world.admin)
    queue = client.get("/admin/verification").get_data(as_text=True)
    assert "Alpha Dach GmbH" in queue
    assert "Beta Dach GmbH" in queue
    assert queue.index("Alpha Dach GmbH") < queue.index("Beta Dach GmbH")  # oldest first
    review_url = f"/admin/verification/documents/{world.document_b}"
    page = client.get(review_url).get_data(as_text=True)
    assert f"/admin/verification/documents/{world.document_b}/file" in page
    assert "<img" in page  # the PNG is shown through the admin route
    file_response = client.get(f"{review_url}/file")
    assert file_response.status_code == 200
    assert file_response.mimetype == "image/png"

    # Reject without a reason: refused, nothing changes.
    response = post(client, f"{review_url}/reject", {"reason": ""}, form_page=review_url,
                    follow_redirects=True)
    assert "Grund" in response.get_data(as_text=True) or "reason" in response.get_data(
        as_text=True)
    with app.app_context():
        assert db.session.get(VerificationDocument, world.document_b).status == "submitted"
    response = post(client, f"{review_url}/request-info",
                    {"reason": "Bitte Seite 2 nachreichen"}, form_page=review_url)
    assert response.status_code == 302
    a_url = f"/admin/verification/documents/{world.document_a}"
    response = post(client, f"{a_url}/approve", {"trade_codes": "dachdecker"}, form_page=a_url)
    assert response.status_code == 302
    with app.app_context():
        assert db.session.get(VerificationDocument, world.document_b).status == (
            DocumentStatus.INFO_REQUESTED)
        assert db.session.get(VerificationDocument, world.document_a).status == (
            DocumentStatus.APPROVED)
    history = client.get(f"/admin/businesses/{world.tenant_b}").get_data(as_text=True)
    assert "Bitte Seite 2 nachreichen" in history


def test_admin_suspends_and_reinstates_a_business_and_a_trade(client, world, app):
    login(client, world.admin)
    url = f"/admin/businesses/{world.tenant_a}"
    response = post(client, f"{url}/suspend", {"reason": ""}, form_page=url,
                    follow_redirects=True)
    with app.app_context():
        assert db.session.get(Tenant, world.tenant_a).status == "active"
    post(client, f"{url}/suspend", {"reason": "Kundenbeschwerden"}, form_page=url)
    post(client, f"{url}/trades/dachdecker/suspend", {"reason": "Prüfung"}, form_page=url)
    with app.app_context():
        tenant = db.session.get(Tenant, world.tenant_a)
        assert tenant.status == "suspended"
        assert tenant.trades[0].is_admin_suspended
        assert eligibility.eligibility_problems(tenant, "dachdecker")[:1] == ["unverified"]
    post(client, f"{url}/reinstate", {"reason": ""}, form_page=url)
    post(client, f"{url}/trades/dachdecker/reinstate", {"reason": ""}, form_page=url)
    with app.app_context():
        tenant = db.session.get(Tenant, world.tenant_a)
        assert tenant.status == "active"
        assert not tenant.trades[0].is_admin_suspended
    page = client.get(url).get_data(as_text=True)
    assert "Kundenbeschwerden" in page
    assert "Prüfung" in page
    assert response.status_code == 200


def test_admin_business_list_searches_and_filters(client, world):
    login(client, world.admin)
    body = client.get("/admin/businesses?q=alpha").get_data(as_text=True)
    assert "Alpha Dach GmbH" in body
    assert "Beta Dach GmbH" not in body
    body = client.get("/admin/businesses?verification_status=verified").get_data(as_text=True)
    assert "Alpha Dach GmbH" not in body
    body = client.get("/admin/businesses?trade=dachdecker&status=active").get_data(as_text=True)
    assert "Alpha Dach GmbH" in body
    assert "Beta Dach GmbH" in body


def test_dashboard_shows_status_and_reasons(client, world, app):
    login(client, world.admin)
    review_url = f"/admin/verification/documents/{world.document_a}"
    post(client, f"{review_url}/request-info", {"reason": "Stempel der HWK fehlt"},
         form_page=review_url)
    client.post("/logout", data={"csrf_token": csrf_token_from(client, "/admin/")})
    login(client, world.owner_a)
    body = client.get("/dashboard/").get_data(as_text=True)
    assert "Stempel der HWK fehlt" in body
