"""Admins open a customer's file only with a reason, through consent's decision, logged.

Issue 12, item 3: `/admin/jobs/<id>/media/<public_id>` returned the photo after the
customer's WIDERRUF and wrote no access-log row.
"""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest
import sqlalchemy as sa

from marketplace.accounts.models import Role
from marketplace.channels.models import Customer
from marketplace.consent import answers, asking
from marketplace.db import db
from marketplace.privacy.export import request_export
from marketplace.privacy.models import MediaAccess
from marketplace.tenancy.models import Tenant
from tests.conftest import csrf_token_from
from tests.consent.factories import inbound, make_customer, make_job, make_lead, outbound_messages

JPEG = b"\xff\xd8\xff"
EXPORT_URL = re.compile(r"(/privacy/export/[A-Za-z0-9_-]+)")
BUSINESS_LINK = re.compile(r'src="(/media/file/[^"]+)"')


@pytest.fixture
def scene(app, make_tenant, make_user):
    """A business with a lead on a job with 2 photos; the customer agreed; an admin."""
    tenant = make_tenant("Dachdeckerei Muster GmbH")
    owner = make_user(Role.OWNER, tenant)
    admin = make_user(Role.ADMIN)
    with app.app_context():
        customer = make_customer(channel="webchat")
        job = make_job(customer, photos=2)
        lead = make_lead(db.session.get(Tenant, tenant.id), job)
        consent_request = asking.request_media_consent(lead)
        answers.handle_customer_choice(customer, inbound(customer), "agree",
                                        consent_request.public_id)
        db.session.commit()
        return {"customer_id": customer.id, "job_id": job.id, "lead_id": lead.id,
                "tenant_id": tenant.id, "request": consent_request.id, "owner": owner,
                "admin": admin, "files": [media.public_id for media in job.media],
                "file_ids": [media.id for media in job.media]}


def _withdraw(app, scene) -> None:
    with app.app_context():
        customer = db.session.get(Customer, scene["customer_id"])
        answers.handle_customer_choice(customer, inbound(customer, text="WIDERRUF"),
                                        "withdraw", str(scene["tenant_id"]))
        db.session.commit()


def _url(scene, index: int = 0) -> str:
    return f"/admin/jobs/{scene['job_id']}/media/{scene['files'][index]}"


def _open(client, scene, reason: str | None, note: str | None = None, index: int = 0):
    data = {"csrf_token": csrf_token_from(client, f"/admin/jobs/{scene['job_id']}")}
    if reason is not None:
        data["reason"] = reason
    if note is not None:
        data["note"] = note
    return client.post(_url(scene, index), data=data)


def _rows(app) -> list[MediaAccess]:
    with app.app_context():
        rows = list(db.session.scalars(sa.select(MediaAccess).order_by(MediaAccess.id)))
        db.session.expunge_all()
        return rows


def test_admin_page_offers_open_with_a_reason_not_the_photo(app, client, scene, login_as):
    login_as(scene["admin"])
    page = client.get(f"/admin/jobs/{scene['job_id']}").get_data(as_text=True)
    assert f'<img src="{_url(scene)}' not in page
    forms = re.findall(r'<form method="post" action="(/admin/jobs/[^"]+/media/[^"]+)"', page)
    assert forms == [_url(scene, 0), _url(scene, 1)]
    for kind in ("support_case", "abuse_report", "legal_request"):
        assert f'value="{kind}"' in page
    assert 'name="note"' in page
    assert _rows(app) == []  # showing the page opens nothing


def test_after_widerruf_the_old_get_url_no_longer_returns_the_photo(app, client, scene,
                                                                   login_as):
    login_as(scene["admin"])
    before = client.get(_url(scene))
    assert before.status_code == 400  # a GET states no reason: refused even before WIDERRUF
    assert not before.data.startswith(JPEG)

    _withdraw(app, scene)
    after = client.get(_url(scene))
    assert after.status_code in (400, 403)
    assert not after.data.startswith(JPEG)
    # Nor with a support case: the withdrawal ends what the consent allowed.
    support = _open(client, scene, "support_case", "Ticket 4711")
    assert support.status_code == 403
    assert not support.data.startswith(JPEG)
    rows = _rows(app)
    assert [(row.decision, row.reason) for row in rows] == [
        ("deny", "admin_no_reason"), ("deny", "admin_no_reason"),
        ("deny", "admin_after_withdrawal")]
    assert {row.user_id for row in rows} == {scene["admin"].id}
    assert {row.customer_id for row in rows} == {scene["customer_id"]}


def test_after_widerruf_an_abuse_report_or_legal_request_still_opens_logged(app, client,
                                                                           scene, login_as):
    _withdraw(app, scene)
    login_as(scene["admin"])
    abuse = _open(client, scene, "abuse_report", "Meldung M-17: Bild anstößig")
    assert abuse.status_code == 200
    assert abuse.data.startswith(JPEG)
    legal = _open(client, scene, "legal_request", index=1)
    assert legal.status_code == 200
    assert [(row.decision, row.reason, row.note) for row in _rows(app)] == [
        ("allow", "admin_abuse_report", "Meldung M-17: Bild anstößig"),
        ("allow", "admin_legal_request", None)]


def test_opening_with_a_reason_logs_the_admin_the_reason_and_the_note(app, client, scene,
                                                                      login_as):
    login_as(scene["admin"])
    response = _open(client, scene, "support_case", "  Ticket 4711: Kundin fragt nach Foto ")
    assert response.status_code == 200
    assert response.data.startswith(JPEG)
    assert response.mimetype == "image/jpeg"
    assert "no-store" in response.headers["Cache-Control"]
    [row] = _rows(app)
    assert row.decision == "allow"
    assert row.reason == "admin_support_case"
    assert row.note == "Ticket 4711: Kundin fragt nach Foto"
    assert row.user_id == scene["admin"].id
    assert row.tenant_id is None
    assert row.customer_id == scene["customer_id"]
    assert row.media_file_id == scene["file_ids"][0]
    assert row.job_request_id == scene["job_id"]

    log_page = client.get("/admin/privacy/media-access").get_data(as_text=True)
    assert "admin_support_case" in log_page
    assert "Ticket 4711: Kundin fragt nach Foto" in log_page


def test_without_a_reason_refused_and_logged_as_denied(app, client, scene, login_as):
    login_as(scene["admin"])
    for reason in (None, "", "curiosity"):
        response = _open(client, scene, reason, "nur mal schauen")
        assert response.status_code == 400
        assert not response.data.startswith(JPEG)
    rows = _rows(app)
    assert [(row.decision, row.reason, row.user_id) for row in rows] == [
        ("deny", "admin_no_reason", scene["admin"].id)] * 3
    assert rows[0].note == "nur mal schauen"


def test_without_csrf_nothing_opens(app, client, scene, login_as):
    login_as(scene["admin"])
    response = client.post(_url(scene), data={"reason": "support_case"})
    assert response.status_code == 400
    assert not response.data.startswith(JPEG)


def test_a_file_of_another_job_is_not_found_and_logged(app, client, scene, login_as):
    login_as(scene["admin"])
    response = client.post(f"/admin/jobs/{scene['job_id']}/media/not-a-file", data={
        "csrf_token": csrf_token_from(client, f"/admin/jobs/{scene['job_id']}"),
        "reason": "support_case"})
    assert response.status_code == 404
    assert [(row.decision, row.reason) for row in _rows(app)] == [("deny", "file_not_in_job")]


def test_the_customers_export_lists_the_admin_access(app, client, scene, login_as):
    login_as(scene["admin"])
    assert _open(client, scene, "support_case", "Ticket 4711").status_code == 200
    assert _open(client, scene, None).status_code == 400
    with app.app_context():
        customer = db.session.get(Customer, scene["customer_id"])
        request_export(customer, inbound(customer, text="MEINE DATEN"))
        db.session.commit()
        path = EXPORT_URL.search(outbound_messages(customer, "privacy")[-1].text).group(1)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).get_data(
        as_text=True)).group(1)
    archive = zipfile.ZipFile(io.BytesIO(client.post(path, data={"csrf_token": token}).data))
    data = json.loads(archive.read("data.json"))
    entries = [(entry["by"], entry["decision"], entry["reason"], entry["note"])
               for entry in data["media_access_log"]]
    assert entries == [("platform_admin", "allow", "admin_support_case", "Ticket 4711"),
                       ("platform_admin", "deny", "admin_no_reason", None)]
    assert data["media_access_log"][0]["file"] == scene["file_ids"][0]


def test_a_business_still_opens_with_its_consent_as_before(app, client, scene, login_as):
    login_as(scene["owner"])
    page = client.get(f"/media/leads/{scene['lead_id']}").get_data(as_text=True)
    url = BUSINESS_LINK.search(page).group(1)
    response = client.get(url)
    assert response.status_code == 200
    assert response.data.startswith(JPEG)
    _withdraw(app, scene)
    assert client.get(url).status_code == 403
    assert [(row.decision, row.reason, row.tenant_id, row.note) for row in _rows(app)] == [
        ("allow", "consent_granted", scene["tenant_id"], None),
        ("deny", "no_consent", scene["tenant_id"], None)]
