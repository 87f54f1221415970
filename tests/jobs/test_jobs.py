"""Job requests: creation service, status history, admin list with filters and the detail page."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from marketplace.accounts.models import Role
from marketplace.channels.models import Customer
from marketplace.db import db
from marketplace.errors import InvalidInput, InvalidTransition
from marketplace.jobs import services, state
from marketplace.jobs.models import ActorKind, JobRequest, JobRequestEvent, JobStatus
from tests.conftest import csrf_token_from
from tests.conversations.chat import WebChat


def make_customer(external_id: str = "web-1") -> Customer:
    customer = Customer(channel="webchat", external_id=external_id, language="de")
    db.session.add(customer)
    db.session.flush()
    return customer


def draft(**changes) -> services.JobDraft:
    values = {"trade_code": "dachdecker", "description": "Dach undicht", "postcode": "60311",
              "timing": "week"}
    values.update(changes)
    return services.JobDraft(**values)


def test_create_job_request_validates_and_records_the_opening(app_ctx):
    customer = make_customer()
    job = services.create_job_request(customer, draft())
    # Routing ran right after the commit (inline tasks) and found no business in the area.
    assert job.status in (JobStatus.OPEN, JobStatus.UNMATCHED)
    assert len(job.reference) == 6
    event = db.session.scalars(sa.select(JobRequestEvent).where(
        JobRequestEvent.job_request_id == job.id).order_by(JobRequestEvent.id)).first()
    assert (event.from_status, event.to_status, event.actor_kind) == (None, "open", "customer")
    for bad in ({"trade_code": "astronaut"}, {"description": "  "}, {"postcode": "1234"},
                {"timing": "someday"}, {"contact_preference": "pigeon"}):
        with pytest.raises(InvalidInput):
            services.create_job_request(customer, draft(**bad))


def test_transitions_are_checked_and_recorded(app_ctx):
    job = services.create_job_request(make_customer(), draft())
    job.status = JobStatus.OPEN
    state.transition(job, JobStatus.AWARDED, actor_kind=ActorKind.CUSTOMER)
    with pytest.raises(InvalidTransition):
        state.transition(job, JobStatus.OPEN, actor_kind=ActorKind.ADMIN)
    state.transition(job, JobStatus.CLOSED, actor_kind=ActorKind.SYSTEM, reason="done")
    assert job.closed_at is not None


@pytest.fixture
def admin_client(client, make_user, login_as):
    admin = make_user(role=Role.ADMIN)
    return login_as(admin), admin


def _job_via_chat(app, text: str, *, photos: int = 0) -> JobRequest:
    with app.app_context():
        chat = WebChat()
        chat.send(text)
        for index in range(photos):
            chat.photo(color=["red", "blue", "green"][index % 3])
        if photos:
            chat.tap("intake:photos:done")
        else:
            chat.tap("intake:photos:none")
        chat.tap("intake:contact:chat")
        chat.tap("intake:summary:send")
        job = db.session.scalar(sa.select(JobRequest).where(
            JobRequest.customer_id == chat.customer.id))
        db.session.expunge(job)
        return job


def test_admin_list_filters(app, admin_client):
    client, _admin = admin_client
    roof = _job_via_chat(app, "Dach undicht seit dem Sturm, 60311, sofort")
    paint = _job_via_chat(app, "Wohnzimmer streichen, 3 Wände, 10115, egal wann")
    page = client.get("/admin/jobs/").get_data(as_text=True)
    assert roof.reference in page
    assert paint.reference in page
    by_trade = client.get("/admin/jobs/?trade=dachdecker").get_data(as_text=True)
    assert roof.reference in by_trade
    assert paint.reference not in by_trade
    by_area = client.get("/admin/jobs/?area=101").get_data(as_text=True)
    assert paint.reference in by_area
    assert roof.reference not in by_area
    by_status = client.get("/admin/jobs/?status=cancelled").get_data(as_text=True)
    assert roof.reference not in by_status
    today = date.today().isoformat()
    by_date = client.get(f"/admin/jobs/?created_from=2000-01-01&created_to={today}")
    assert roof.reference in by_date.get_data(as_text=True)
    none_yet = client.get("/admin/jobs/?created_to=2000-01-01").get_data(as_text=True)
    assert roof.reference not in none_yet
    bad = client.get("/admin/jobs/?area=abc&created_from=nonsense")
    assert bad.status_code == 200
    assert roof.reference in bad.get_data(as_text=True)  # bad filters are ignored, said so
    by_reference = client.get(f"/admin/jobs/?reference={roof.reference.lower()}")
    assert roof.reference in by_reference.get_data(as_text=True)
    assert "Job requests" in client.get("/admin/").get_data(as_text=True) or \
        "Auftragsanfragen" in client.get("/admin/").get_data(as_text=True)


def test_admin_detail_shows_fields_history_photos_and_cancels(app, admin_client):
    client, _admin = admin_client
    job = _job_via_chat(app, "Fliesen im Bad erneuern, ca 20 qm, 60311, nächste Woche",
                        photos=2)
    page = client.get(f"/admin/jobs/{job.id}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert job.reference in html
    assert "Fliesen im Bad erneuern" in html
    assert "60311" in html
    # The conversation history, taps included: by the button's title, never its code.
    assert "Getippt:" in html
    assert "intake:summary:send" not in html
    assert html.count(f"/admin/jobs/{job.id}/media/") >= 2
    with app.app_context():
        public_id = db.session.get(JobRequest, job.id).media[0].public_id
    # A file opens only with a reason (tests/media_access/test_admin_access.py).
    photo = client.post(f"/admin/jobs/{job.id}/media/{public_id}", data={
        "csrf_token": csrf_token_from(client, f"/admin/jobs/{job.id}"),
        "reason": "support_case"})
    assert photo.status_code == 200
    assert photo.mimetype == "image/jpeg"
    assert "no-store" in photo.headers["Cache-Control"]
    assert client.get(f"/admin/jobs/{job.id}/media/not-a-file").status_code == 404

    token = csrf_token_from(client, f"/admin/jobs/{job.id}")
    refused = client.post(f"/admin/jobs/{job.id}/cancel", data={"csrf_token": token,
                                                                "reason": ""})
    assert refused.status_code == 302
    with app.app_context():
        assert db.session.get(JobRequest, job.id).status == JobStatus.OPEN or \
            db.session.get(JobRequest, job.id).status == JobStatus.UNMATCHED
    done = client.post(f"/admin/jobs/{job.id}/cancel", data={"csrf_token": token,
                                                             "reason": "Doppelte Anfrage"})
    assert done.status_code == 302
    with app.app_context():
        assert db.session.get(JobRequest, job.id).status == JobStatus.CANCELLED
        last = db.session.scalars(sa.select(JobRequestEvent).where(
            JobRequestEvent.job_request_id == job.id).order_by(JobRequestEvent.id)).all()[-1]
        assert last.actor_kind == "admin"
        assert last.reason == "Doppelte Anfrage"
    assert client.get("/admin/jobs/999999").status_code == 404


def test_businesses_and_visitors_do_not_see_the_admin_job_pages(app, client, make_user,
                                                                 make_tenant, login_as):
    job = _job_via_chat(app, "Dach undicht seit dem Sturm, 60311, sofort")
    assert client.get("/admin/jobs/").status_code in (302, 401)
    owner = make_user(role=Role.OWNER, tenant=make_tenant())
    business = login_as(owner)
    assert business.get("/admin/jobs/").status_code == 404
    assert business.get(f"/admin/jobs/{job.id}").status_code == 404


def test_privacy_notice_page_in_both_languages(client):
    german = client.get("/datenschutz", headers={"Accept-Language": "de"})
    assert german.status_code == 200
    text = german.get_data(as_text=True)
    assert "Datenschutz" in text
    assert "WIDERRUF" in text
    assert "GeoNames" in text
    english = client.get("/datenschutz", headers={"Accept-Language": "en"})
    assert "Privacy notice" in english.get_data(as_text=True)
