"""The demo's sample requests go through the real intake and routing, once."""

import sqlalchemy as sa

from marketplace.channels.models import Customer
from marketplace.conversations.demo import DEMO_CONVERSATIONS
from marketplace.db import db
from marketplace.demo import seed_demo_data
from marketplace.jobs.models import JobRequest


def test_demo_requests_are_seeded_once_through_the_intake(app_ctx):
    seed_demo_data()
    seed_demo_data()
    jobs = db.session.scalars(sa.select(JobRequest).join(Customer).where(
        Customer.external_id.in_(list(DEMO_CONVERSATIONS))).order_by(JobRequest.id)).all()
    assert [(job.trade_code, job.postcode, job.timing, job.language) for job in jobs] == [
        ("dachdecker", "60311", "urgent", "de"),
        ("installateur-heizungsbauer", "60385", "month", "en"),
    ]
    assert jobs[0].description.startswith("Hallo, nach dem Sturm fehlen")
