"""The business answers a review once, publicly; anyone reports a review; the admin hides
or keeps it with a reason on record, from a queue on the console's start page."""

from __future__ import annotations

import re

import sqlalchemy as sa

from marketplace.accounts.models import Role
from marketplace.accounts.services import create_user
from marketplace.db import db
from marketplace.reviews.models import ReviewReport
from marketplace.tenancy.models import Tenant
from tests.conftest import PASSWORD, csrf_token_from, login
from tests.reviews.conftest import Done, reviews_in_db

ABUSIVE = "Der Geselle Herr Maier ist ein Idiot, Tel. 0171 2345678"


def _reviewed(done: Done, text: str = "Sauber gearbeitet, gerne wieder.", stars: int = 5) -> int:
    done.chat.received()
    done.chat.taps(f"review:{stars}:{done.job_id}")
    done.chat.writes(text)
    return done.job_id


def _review_id(app) -> int:
    [review] = reviews_in_db(app)
    return review.id


def test_the_business_answers_once_and_the_answer_is_public(app, done, client):
    _reviewed(done)
    review_id = _review_id(app)
    page = done.office.client.get("/dashboard/reviews").get_data(as_text=True)
    assert "Sauber gearbeitet, gerne wieder." in page
    assert "Antwort veröffentlichen" in page
    start = done.office.client.get("/dashboard/").get_data(as_text=True)
    assert "1 Bewertung ohne Ihre Antwort" in start
    assert "5,0 von 5 Sternen aus 1 Bewertung" in start

    url = f"/dashboard/reviews/{review_id}/answer"
    token = csrf_token_from(done.office.client, "/dashboard/reviews")
    response = done.office.client.post(url, data={"csrf_token": token,
                                                  "text": "Vielen Dank für Ihr Vertrauen!"},
                                       follow_redirects=True)
    assert "Ihre Antwort ist unter der Bewertung veröffentlicht." in response.get_data(as_text=True)
    second = done.office.client.post(url, data={"csrf_token": token, "text": "Noch einmal"},
                                     follow_redirects=True).get_data(as_text=True)
    assert "bereits beantwortet" in second
    [review] = reviews_in_db(app)
    assert review.answer_text == "Vielen Dank für Ihr Vertrauen!"
    profile = client.get(f"/betriebe/{done.slug}").get_data(as_text=True)
    assert "Antwort von Dach Nord:" in profile
    assert "Vielen Dank für Ihr Vertrauen!" in profile
    assert "Noch einmal" not in profile


def test_a_crew_member_and_another_business_cannot_answer(app, done):
    _reviewed(done)
    review_id = _review_id(app)
    with app.app_context():
        tenant = db.session.get(Tenant, done.tenant_id)
        create_user(email="crew@dach-nord.example", password=PASSWORD, role=Role.CREW,
                    tenant=tenant)
        other = db.session.scalar(sa.select(Tenant).where(Tenant.slug == "dach-mitte"))
        other_owner = next(user.email for user in other.users)
    crew = app.test_client()
    login(crew, "crew@dach-nord.example")
    token = csrf_token_from(crew, "/dashboard/reviews")
    assert crew.post(f"/dashboard/reviews/{review_id}/answer",
                     data={"csrf_token": token, "text": "Crew"}).status_code == 403
    stranger = app.test_client()
    login(stranger, other_owner)
    token = csrf_token_from(stranger, "/dashboard/reviews")
    page = stranger.get("/dashboard/reviews").get_data(as_text=True)
    assert "Sauber gearbeitet" not in page
    response = stranger.post(f"/dashboard/reviews/{review_id}/answer",
                             data={"csrf_token": token, "text": "Fremd"}, follow_redirects=True)
    assert "Fremd" not in response.get_data(as_text=True)
    [review] = reviews_in_db(app)
    assert review.answer_text is None


def _report(client, review_id: int, **data) -> str:
    token = csrf_token_from(client, f"/bewertungen/{review_id}/melden")
    response = client.post(f"/bewertungen/{review_id}/melden",
                           data={"csrf_token": token, **data}, follow_redirects=True)
    return response.get_data(as_text=True)


def _admin_client(app, done: Done):
    admin = app.test_client()
    login(admin, done.admin)
    return admin


def test_anyone_reports_a_review_and_the_admin_hides_it_with_a_reason(app, done, client):
    _reviewed(done, ABUSIVE, stars=1)
    review_id = _review_id(app)
    profile = client.get(f"/betriebe/{done.slug}").get_data(as_text=True)
    assert f'href="/bewertungen/{review_id}/melden"' in profile
    # A report needs a reason; "something else" needs words.
    page = _report(client, review_id, reason="other", details="")
    assert "was mit dieser Bewertung nicht stimmt" in page
    page = _report(client, review_id, reason="personal_data",
                   details="Name und Telefonnummer eines Mitarbeiters", email="leser@example.com")
    assert "Unser Team sieht sich diese Bewertung an" in page

    admin = _admin_client(app, done)
    home = admin.get("/admin/").get_data(as_text=True)
    assert re.search(r'Gemeldete Bewertungen</a></td>\s*<td><span class="badge warn">1</span>',
                     home)
    queue = admin.get("/admin/reviews/reports").get_data(as_text=True)
    assert ABUSIVE in queue
    assert "personenbezogene Daten" in queue
    assert "leser@example.com" in queue
    with app.app_context():
        report_id = db.session.scalar(sa.select(ReviewReport.id))
    token = csrf_token_from(admin, "/admin/reviews/reports")
    # No decision without a reason.
    admin.post(f"/admin/reviews/reports/{report_id}/hide", data={"csrf_token": token,
                                                                 "reason": ""})
    assert reviews_in_db(app)[0].status == "published"
    admin.post(f"/admin/reviews/reports/{report_id}/hide",
               data={"csrf_token": token, "reason": "Name und Telefonnummer eines Dritten"})

    [review] = reviews_in_db(app)
    assert review.status == "hidden"
    assert review.hidden_at is not None
    with app.app_context():
        report = db.session.get(ReviewReport, report_id)
        assert (report.decision, report.decision_reason) == (
            "hide", "Name und Telefonnummer eines Dritten")
        assert report.decided_by_id is not None
        assert report.decided_at is not None
    profile = client.get(f"/betriebe/{done.slug}").get_data(as_text=True)
    assert ABUSIVE not in profile
    assert "Noch keine Bewertungen" in profile
    # Hidden: it cannot be reported again, and the business sees why it is gone.
    assert client.get(f"/bewertungen/{review_id}/melden").status_code == 404
    assert "von der Plattform ausgeblendet" in done.office.client.get(
        "/dashboard/reviews").get_data(as_text=True)
    queue = admin.get("/admin/reviews/reports").get_data(as_text=True)
    assert "Keine Meldungen warten." in queue
    assert "Name und Telefonnummer eines Dritten" in queue


def test_the_admin_keeps_a_review_with_a_reason(app, done, client):
    _reviewed(done, "Hat zwei Tage länger gedauert als gesagt.", stars=3)
    review_id = _review_id(app)
    _report(client, review_id, reason="false", details="Das stimmt nicht")
    admin = _admin_client(app, done)
    with app.app_context():
        report_id = db.session.scalar(sa.select(ReviewReport.id))
    token = csrf_token_from(admin, "/admin/reviews/reports")
    admin.post(f"/admin/reviews/reports/{report_id}/keep",
               data={"csrf_token": token, "reason": "Sachliche Kritik an der Dauer"})
    [review] = reviews_in_db(app)
    assert review.status == "published"
    with app.app_context():
        assert db.session.get(ReviewReport, report_id).decision == "keep"
    assert "Hat zwei Tage länger gedauert" in client.get(
        f"/betriebe/{done.slug}").get_data(as_text=True)
    # A business owner is no admin.
    token = csrf_token_from(done.office.client, "/dashboard/reviews")
    response = done.office.client.post(f"/admin/reviews/reports/{report_id}/hide",
                                       data={"csrf_token": token, "reason": "weg damit"})
    assert response.status_code in (302, 403, 404)
    assert reviews_in_db(app)[0].status == "published"
