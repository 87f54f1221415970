"""The job archive through the real dashboard URL and the API: what is in the ZIP, what is
not, who may download it, and that every customer file in it was logged as opened."""

from __future__ import annotations

import io
import zipfile

import sqlalchemy as sa

from marketplace.consent import answers as consent_answers
from marketplace.db import db
from marketplace.media.models import MediaFile
from marketplace.privacy.models import MediaAccess
from marketplace.quotes.models import Lead
from tests.archive.conftest import (
    BUSINESS_QUESTION,
    CUSTOMER_ANSWER,
    CUSTOMER_PHONE,
    PDF_BYTES,
)
from tests.conftest import login
from tests.consent.factories import inbound


def _zip(response) -> zipfile.ZipFile:
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    assert response.mimetype == "application/zip"
    assert response.headers["Cache-Control"] == "no-store"
    return zipfile.ZipFile(io.BytesIO(response.get_data()))


def _file_name(app, public_id: str) -> str:
    with app.app_context():
        media = db.session.scalar(sa.select(MediaFile).where(MediaFile.public_id == public_id))
        from marketplace.media.services import download_name

        return download_name(media)


def _archive_log(app) -> list[tuple[str, str, str]]:
    with app.app_context():
        return [(row.decision, row.reason, public_id) for row, public_id in db.session.execute(
            sa.select(MediaAccess, MediaFile.public_id)
            .join(MediaFile, MediaFile.id == MediaAccess.media_file_id)
            .where(MediaAccess.link_id == "archive").order_by(MediaAccess.id))]


def test_owner_downloads_everything_the_business_was_allowed_to_see(app, client, scene):
    login(client, scene.owner_a)
    assert _archive_log(app) == []

    response = client.get(f"/dashboard/leads/{scene.lead_a}/archive.zip")

    archive = _zip(response)
    disposition = response.headers["Content-Disposition"]
    assert f"archiv-{scene.reference}.zip" in disposition
    assert "Erika" not in disposition
    names = set(archive.namelist())
    job_photo = f"photos/{_file_name(app, scene.job_photo)}"
    thread_photo = f"photos/{_file_name(app, scene.thread_photo_a)}"
    other_thread_photo = f"photos/{_file_name(app, scene.thread_photo_b)}"
    sent_pdf = f"sent/{_file_name(app, scene.sent_pdf)}"
    # The job's photo (granted) and the photo sent into A's own thread are in; the photo
    # the customer sent to the other business only is not.
    assert {job_photo, thread_photo, sent_pdf} <= names
    assert other_thread_photo not in names
    assert archive.read(sent_pdf) == PDF_BYTES
    assert archive.read(job_photo)[:3] == b"\xff\xd8\xff"
    assert {"transcript.html", "conversation.csv", "quote-1.json", "quote-2.json",
            "consent-receipts.json"} <= names
    assert any(name.startswith("consent/notice-") for name in names)

    transcript = archive.read("transcript.html").decode()
    # The conversation both ways, the quote's versions, the appointment, the consents.
    assert BUSINESS_QUESTION in transcript
    assert CUSTOMER_ANSWER in transcript
    assert "1.350,00" in transcript
    assert "1.200,00" in transcript
    assert "Besichtigung" in transcript
    assert "Bitte Leiter bereitstellen" in transcript
    assert "Fotos und Videos" in transcript
    assert "erteilt" in transcript
    # How long the platform keeps it, as the consent notice said, and what stays by law.
    assert "30 Tage nach seinem Abschluss" in transcript
    assert "§ 147 AO" in transcript
    assert "Europe/Berlin" in transcript
    # The description as the business sees it: the customer has not shared contact details.
    assert CUSTOMER_PHONE not in transcript
    assert "Dach undicht über der Küche" in transcript
    assert "Erika" not in transcript
    assert "Erika" not in archive.read("consent-receipts.json").decode()

    # Each customer file in the ZIP was opened through the consent check and logged.
    assert sorted(_archive_log(app)) == sorted([
        ("allow", "consent_granted", scene.job_photo),
        ("allow", "thread_sharing", scene.thread_photo_a)])


def test_business_without_the_photo_consent_gets_only_what_was_sent_to_it(app, client, scene):
    login(client, scene.owner_b)
    archive = _zip(client.get(f"/dashboard/leads/{scene.lead_b}/archive.zip"))
    files = [name for name in archive.namelist() if name.startswith(("photos/", "sent/"))]
    assert files == [f"photos/{_file_name(app, scene.thread_photo_b)}"]
    transcript = archive.read("transcript.html").decode()
    assert "Foto nur für die Zimmerei" in transcript
    assert BUSINESS_QUESTION not in transcript  # A's thread is A's alone
    assert "nicht enthalten" in transcript  # the job's photo, named but not included
    assert _archive_log(app) == [("allow", "thread_sharing", scene.thread_photo_b)]


def test_after_widerruf_the_customers_files_are_no_longer_in_it(app, client, scene):
    with app.app_context():
        lead = db.session.get(Lead, scene.lead_a)
        customer = lead.job_request.customer
        consent_answers.handle_customer_choice(customer, inbound(customer), "withdraw",
                                               str(scene.tenant_a))
        db.session.commit()
    login(client, scene.owner_a)
    archive = _zip(client.get(f"/dashboard/leads/{scene.lead_a}/archive.zip"))
    files = [name for name in archive.namelist() if name.startswith(("photos/", "sent/"))]
    assert files == [f"sent/{_file_name(app, scene.sent_pdf)}"]  # the business's own file
    transcript = archive.read("transcript.html").decode()
    assert "widerrufen" in transcript
    assert CUSTOMER_ANSWER in transcript  # the words stay; the files need the consent
    assert _archive_log(app) == []


def test_another_business_gets_a_404_and_crew_a_403(app, client, scene):
    login(client, scene.owner_b)
    assert client.get(f"/dashboard/leads/{scene.lead_a}/archive.zip").status_code == 404
    client = app.test_client()
    login(client, scene.crew_a)
    assert client.get(f"/dashboard/leads/{scene.lead_a}/archive.zip").status_code == 403
    page = client.get(f"/dashboard/leads/{scene.lead_a}").get_data(as_text=True)
    assert "archive.zip" not in page


def test_lead_page_offers_the_download_to_the_office(client, scene):
    login(client, scene.office_a)
    page = client.get(f"/dashboard/leads/{scene.lead_a}").get_data(as_text=True)
    assert f"/dashboard/leads/{scene.lead_a}/archive.zip" in page
    assert client.get(f"/dashboard/leads/{scene.lead_a}/archive.zip").status_code == 200


def test_api_serves_the_same_archive_in_the_asked_language(app, client, scene):
    auth = {"Authorization": f"Bearer {scene.tokens['owner_a']}"}
    archive = _zip(client.get(f"/api/v1/leads/{scene.lead_a}/archive?lang=en", headers=auth))
    transcript = archive.read("transcript.html").decode()
    assert "Conversation" in transcript
    assert CUSTOMER_ANSWER in transcript
    assert "30 days after it is closed" in transcript
    assert f"photos/{_file_name(app, scene.job_photo)}" in archive.namelist()

    other = {"Authorization": f"Bearer {scene.tokens['owner_b']}"}
    response = client.get(f"/api/v1/leads/{scene.lead_a}/archive", headers=other)
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"
    crew = {"Authorization": f"Bearer {scene.tokens['crew_a']}"}
    assert client.get(f"/api/v1/leads/{scene.lead_a}/archive", headers=crew).status_code == 403


def test_files_over_the_size_guard_are_named_not_packed_nor_opened(app, client, scene,
                                                                   monkeypatch):
    monkeypatch.setitem(app.config, "ARCHIVE_MAX_FILE_BYTES", 10)
    login(client, scene.owner_a)
    archive = _zip(client.get(f"/dashboard/leads/{scene.lead_a}/archive.zip"))
    assert not [name for name in archive.namelist() if name.startswith(("photos/", "sent/"))]
    assert "Größengrenze" in archive.read("transcript.html").decode()
    assert _archive_log(app) == []


def test_openapi_documents_the_archive(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    operation = spec["paths"]["/leads/{lead_id}/archive"]["get"]
    assert "application/zip" in operation["responses"]["200"]["content"]
    assert {"403", "404"} <= set(operation["responses"])
