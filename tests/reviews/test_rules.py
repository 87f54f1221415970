"""A review exists only for a completed, awarded job, written by its customer after the
chat asked: the one writer refuses everything else, the database keeps one review per job
tied to the job and its won lead, and no page or API writes one."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from marketplace.channels.models import Customer
from marketplace.db import db
from marketplace.errors import Conflict, InvalidInput
from marketplace.jobs.models import JobRequest
from marketplace.reviews import writing
from marketplace.reviews.models import Review, ReviewInvitation
from tests.api.test_api import create_token
from tests.reviews.conftest import ChatCustomer, award, complete, reviews_in_db


def _customer_of(job_id: int) -> Customer:
    return db.session.get(Customer, db.session.get(JobRequest, job_id).customer_id)


def test_the_writer_refuses_a_job_that_is_awarded_but_not_completed(app, client, frozen_clock):
    chat = ChatCustomer(client)
    chat.writes("Hallo")
    job_id, _lead_id, quote_id, _owner = award(app, chat)
    chat.taps(f"quote:accept:{quote_id}")
    with app.app_context(), pytest.raises(Conflict):
        writing.write_review(_customer_of(job_id), job_id, stars=5)
    assert reviews_in_db(app) == []


def test_the_writer_refuses_a_job_nobody_awarded(app, client, frozen_clock):
    chat = ChatCustomer(client)
    chat.writes("Hallo")
    job_id, _lead_id, _quote_id, _owner = award(app, chat)
    with app.app_context():
        job = db.session.get(JobRequest, job_id)
        assert writing.reviewable(job) is None
        with pytest.raises(Conflict):
            writing.write_review(_customer_of(job_id), job_id, stars=5)


def test_the_writer_refuses_without_the_chats_question_and_for_someone_else(app, client,
                                                                           frozen_clock):
    done = complete(app, ChatCustomer(client), confirm=False)
    with app.app_context():
        customer = _customer_of(done.job_id)
        with pytest.raises(Conflict):  # completed, but the customer has not confirmed
            writing.write_review(customer, done.job_id, stars=4)
    done.chat.taps(f"job:done:{done.job_id}")  # the customer confirms: asked for stars
    with app.app_context():
        stranger = Customer(channel="webchat", external_id="webchat-someone-else")
        db.session.add(stranger)
        db.session.flush()
        with pytest.raises(Conflict):
            writing.write_review(stranger, done.job_id, stars=1)
        with pytest.raises(InvalidInput):
            writing.write_review(_customer_of(done.job_id), done.job_id, stars=6)
        with pytest.raises(InvalidInput):
            writing.write_review(_customer_of(done.job_id), done.job_id, stars=None, text="  ")
        review = writing.write_review(_customer_of(done.job_id), done.job_id, stars=4)
        assert (review.stars, review.version) == (4, 1)
        db.session.rollback()


def test_the_database_keeps_one_review_per_job_tied_to_job_and_lead(app, done):
    with app.app_context():
        review = writing.write_review(_customer_of(done.job_id), done.job_id, stars=5)
        db.session.commit()
        tenant_id, lead_id = review.tenant_id, review.lead_id
        refused = (
            {"job_request_id": done.job_id, "lead_id": lead_id},  # a second review of the job
            {"job_request_id": 999_999, "lead_id": lead_id},  # no such job
            {"job_request_id": done.job_id, "lead_id": 999_999},  # no such lead
        )
        for keys in refused:
            savepoint = db.session.begin_nested()
            db.session.add(Review(tenant_id=tenant_id, stars=1, text="Gekauft", **keys))
            with pytest.raises(IntegrityError):
                db.session.flush()
            savepoint.rollback()
        assert db.session.scalar(sa.select(sa.func.count(Review.id))) == 1


def test_no_page_and_no_api_writes_a_review(app, done):
    # The business's pages, the public profile and the report form accept no review.
    office = done.office
    for url in ("/dashboard/reviews", f"/betriebe/{done.slug}", "/bewertungen",
                f"/betriebe/{done.slug}/bewertungen", "/api/v1/reviews"):
        response = office.client.post(url, data={"stars": "5", "text": "Gekauft",
                                                 "job_id": str(done.job_id)})
        assert response.status_code in (404, 405), url
    # The API, with a valid token, has no review resource.
    api = app.test_client()
    token = create_token(api, done.owner)
    for method in ("post", "put", "patch"):
        response = getattr(api, method)(
            "/api/v1/reviews", headers={"Authorization": f"Bearer {token}"},
            json={"job_id": done.job_id, "stars": 5, "text": "Gekauft"})
        assert response.status_code in (404, 405), method
    response = api.post(f"/api/v1/leads/{done.lead_id}/review",
                        headers={"Authorization": f"Bearer {token}"}, json={"stars": 5})
    assert response.status_code in (404, 405)
    assert reviews_in_db(app) == []
    with app.app_context():  # the chat's question was asked; only the chat may answer it
        assert db.session.scalar(sa.select(sa.func.count(ReviewInvitation.id))) == 1
