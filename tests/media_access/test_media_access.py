"""Business access to customer files: signed links, consent re-checked per request, log."""

from __future__ import annotations

import html
import re

import pytest
import sqlalchemy as sa

from marketplace.accounts.models import Role
from marketplace.channels.models import Customer
from marketplace.consent import answers, asking
from marketplace.consent.models import ConsentRequest
from marketplace.db import db
from marketplace.privacy.models import MediaAccess
from marketplace.tenancy.models import Tenant
from tests.consent.factories import inbound, make_customer, make_job, make_lead
from tests.language_switch import switch_language

LINK = re.compile(r'src="(/media/file/[^"]+)"')


@pytest.fixture
def scene(app, make_tenant, make_user):
    """Business A (lead on a job with 3 photos), business B (no lead), their users."""
    tenant = make_tenant("Dachdeckerei Muster GmbH")
    other = make_tenant("Elektro Brandt e.K.")
    owner = make_user(Role.OWNER, tenant)
    office = make_user(Role.OFFICE, tenant)
    stranger = make_user(Role.OWNER, other)
    with app.app_context():
        customer = make_customer(channel="webchat", phone="+4915112345678")
        job = make_job(customer, photos=3)
        lead = make_lead(db.session.get(Tenant, tenant.id), job)
        consent_request = asking.request_media_consent(lead)
        return {"lead_id": lead.id, "customer_id": customer.id, "request": consent_request.id,
                "owner": owner, "office": office, "stranger": stranger, "job_id": job.id,
                "tenant_id": tenant.id, "other_id": other.id}


def _decide(app, scene, action: str, object_id: str | None = None) -> None:
    with app.app_context():
        customer = db.session.get(Customer, scene["customer_id"])
        consent_request = db.session.get(ConsentRequest, scene["request"])
        answers.handle_customer_choice(customer, inbound(customer), action,
                                        object_id or consent_request.public_id)
        db.session.commit()


def _log(app) -> list[tuple[str, str]]:
    with app.app_context():
        return [(entry.decision, entry.reason) for entry in db.session.scalars(
            sa.select(MediaAccess).order_by(MediaAccess.id))]


def test_gallery_waits_for_consent_then_shows_links(app, client, scene, login_as):
    login_as(scene["owner"])
    switch_language(client, "en")
    page = client.get(f"/media/leads/{scene['lead_id']}").get_data(as_text=True)
    assert "3 photos" in page
    assert "waiting for the customer's consent" in html.unescape(page)
    assert not LINK.search(page)

    _decide(app, scene, "agree")
    page = client.get(f"/media/leads/{scene['lead_id']}").get_data(as_text=True)
    assert len(LINK.findall(page)) == 3


def test_signed_link_opens_the_file_with_private_headers(app, client, scene, login_as):
    _decide(app, scene, "agree")
    login_as(scene["owner"])
    url = LINK.search(client.get(f"/media/leads/{scene['lead_id']}").get_data(
        as_text=True)).group(1)
    response = client.get(url)
    assert response.status_code == 200
    assert response.data[:3] == b"\xff\xd8\xff"  # a JPEG
    assert response.headers["Cache-Control"] == "private, no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    disposition = response.headers["Content-Disposition"]
    assert re.fullmatch(r'inline; filename=image-[A-Za-z0-9_-]{10}\.jpg', disposition)
    assert _log(app) == [("allow", "consent_granted")]


def test_withdrawal_kills_an_open_link_at_once_and_hides_media(app, client, scene, login_as):
    _decide(app, scene, "agree")
    login_as(scene["owner"])
    url = LINK.search(client.get(f"/media/leads/{scene['lead_id']}").get_data(
        as_text=True)).group(1)
    assert client.get(url).status_code == 200

    _decide(app, scene, "withdraw", str(scene["tenant_id"]))
    assert client.get(url).status_code == 403
    switch_language(client, "en")
    page = client.get(f"/media/leads/{scene['lead_id']}").get_data(as_text=True)
    assert not LINK.search(page)
    assert "withdrawn" in page
    assert _log(app) == [("allow", "consent_granted"), ("deny", "no_consent")]


def test_link_expires_after_five_minutes(app, client, scene, login_as):
    _decide(app, scene, "agree")
    login_as(scene["owner"])
    url = LINK.search(client.get(f"/media/leads/{scene['lead_id']}").get_data(
        as_text=True)).group(1)
    # itsdangerous reads the wall clock; move it with the timestamp inside the token.
    import time

    real_time = time.time
    try:
        time.time = lambda: real_time() + 301
        assert client.get(url).status_code == 403
    finally:
        time.time = real_time
    assert _log(app)[-1] == ("deny", "link_expired")


def test_link_is_bound_to_the_user(app, client, scene, login_as):
    _decide(app, scene, "agree")
    login_as(scene["owner"])
    url = LINK.search(client.get(f"/media/leads/{scene['lead_id']}").get_data(
        as_text=True)).group(1)
    client.post("/logout", data={"csrf_token": _csrf(client)})
    login_as(scene["office"])
    assert client.get(url).status_code == 403
    assert _log(app)[-1] == ("deny", "wrong_user")


def _csrf(client) -> str:
    page = client.get("/dashboard/").get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def test_other_business_sees_neither_gallery_nor_files(app, client, scene, login_as):
    _decide(app, scene, "agree")
    login_as(scene["owner"])
    url = LINK.search(client.get(f"/media/leads/{scene['lead_id']}").get_data(
        as_text=True)).group(1)
    client.post("/logout", data={"csrf_token": _csrf(client)})
    login_as(scene["stranger"])
    assert client.get(f"/media/leads/{scene['lead_id']}").status_code == 404
    assert client.get(url).status_code == 403
    assert _log(app)[-1][0] == "deny"


def test_tampered_link_is_refused_and_logged(app, client, scene, login_as):
    _decide(app, scene, "agree")
    login_as(scene["owner"])
    url = LINK.search(client.get(f"/media/leads/{scene['lead_id']}").get_data(
        as_text=True)).group(1)
    tampered = url[:-3] + ("AAA" if not url.endswith("AAA") else "BBB")
    assert client.get(tampered).status_code == 403
    assert _log(app)[-1] == ("deny", "bad_signature")


def test_anonymous_visitors_are_sent_to_login(client, scene):
    response = client.get(f"/media/leads/{scene['lead_id']}")
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]


def test_access_log_holds_no_phone_numbers_and_admins_can_read_it(app, client, scene,
                                                                  login_as, make_user):
    _decide(app, scene, "agree")
    login_as(scene["owner"])
    url = LINK.search(client.get(f"/media/leads/{scene['lead_id']}").get_data(
        as_text=True)).group(1)
    client.get(url)
    client.get(url[:-3] + "xyz")
    with app.app_context():
        rows = db.session.execute(sa.select(MediaAccess.__table__)).all()
    dump = repr(rows)
    assert not re.search(r"\+?49\d{6,}", dump)
    assert "15112345678" not in dump
    client.post("/logout", data={"csrf_token": _csrf(client)})
    login_as(make_user(Role.ADMIN))
    switch_language(client, "en")
    page = client.get("/admin/privacy/media-access").get_data(as_text=True)
    assert "consent_granted" in page
    assert "Dachdeckerei Muster GmbH" in page
    assert scene["owner"].email in page
    assert "bad_signature" in page
    assert "15112345678" not in page


def test_business_can_ask_once_when_the_customer_was_not_asked(app, client, make_tenant,
                                                               make_user, login_as):
    tenant = make_tenant("Malerbetrieb Kowalski")
    owner = make_user(Role.OWNER, tenant)
    with app.app_context():
        customer = make_customer()
        job = make_job(customer, photos=2)
        lead = make_lead(db.session.get(Tenant, tenant.id), job)
        db.session.commit()
        lead_id, customer_id = lead.id, customer.id
    login_as(owner)
    page = client.get(f"/media/leads/{lead_id}").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    assert f"/media/leads/{lead_id}/ask" in page
    client.post(f"/media/leads/{lead_id}/ask", data={"csrf_token": token})
    client.post(f"/media/leads/{lead_id}/ask", data={"csrf_token": token})
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(ConsentRequest.id)).where(
            ConsentRequest.customer_id == customer_id)) == 1
    page = client.get(f"/media/leads/{lead_id}").get_data(as_text=True)
    assert f"/media/leads/{lead_id}/ask" not in page


def test_other_business_cannot_ask_for_a_foreign_lead(app, client, scene, login_as):
    login_as(scene["stranger"])
    page = client.get("/dashboard/").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    response = client.post(f"/media/leads/{scene['lead_id']}/ask", data={"csrf_token": token})
    assert response.status_code == 404
