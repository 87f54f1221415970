"""A review is the customer's data: it is in their export, and their erasure removes it from
the business's public profile."""

from __future__ import annotations

from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.privacy import erasure, export
from marketplace.privacy.models import DeletionReason
from tests.reviews.conftest import reviews_in_db


def _write_review(done) -> None:
    done.chat.taps(f"review:4:{done.job_id}")
    done.chat.writes("Gute Arbeit, etwas spät dran.")


def test_the_customers_export_holds_the_review_and_its_versions(app, done):
    _write_review(done)
    [review] = reviews_in_db(app)
    with app.app_context():
        customer_id = db.session.get(JobRequest, review.job_request_id).customer_id
        data = export.export_data(customer_id)
    [row] = data["tables"]["review"]
    assert (row["stars"], row["text"]) == (4, "Gute Arbeit, etwas spät dran.")
    assert len(data["tables"]["review_version"]) == 2


def test_erasure_removes_the_review_from_the_profile(app, client, done):
    _write_review(done)
    assert "Gute Arbeit" in client.get(f"/betriebe/{done.slug}").get_data(as_text=True)
    [review] = reviews_in_db(app)
    with app.app_context():
        customer_id = db.session.get(JobRequest, review.job_request_id).customer_id
        erasure.erase_customer(customer_id, reason=DeletionReason.CUSTOMER_REQUEST)
    assert reviews_in_db(app) == []
    assert "Gute Arbeit" not in client.get(f"/betriebe/{done.slug}").get_data(as_text=True)
