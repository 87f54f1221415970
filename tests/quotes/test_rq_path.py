"""Routing through RQ on Redis, as in production: intake enqueues, a worker routes."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
import sqlalchemy as sa

from marketplace import clock, tasks
from marketplace.db import db
from marketplace.quotes import tasks as quote_tasks
from marketplace.quotes.models import Lead, LeadStatus
from tests.quotes.test_routing import NEAR


@pytest.mark.real_commits
def test_worker_routes_a_job_and_the_sweep_replaces_silent_businesses(app, world):
    redis_url = os.environ.get("TEST_REDIS_URL")
    if not redis_url:
        pytest.skip("TEST_REDIS_URL not set: the RQ path is tested in CI")
    from redis import Redis
    from rq import SimpleWorker

    connection = Redis.from_url(redis_url)
    connection.flushdb()
    app.extensions["redis"] = connection
    tasks.set_worker_app(app)
    try:
        world.neighbours("10115", NEAR)
        for postcode in ("10117", "10119", "10178", "10243"):
            world.business(postcode=postcode, with_owner=False)
        job = world.job(postcode="10115")
        tasks.enqueue(quote_tasks.route_job, job.id)
        tasks.enqueue(quote_tasks.route_job, job.id)  # delivered twice
        db.session.commit()
        assert db.session.scalar(sa.select(sa.func.count(Lead.id))) == 0
        queues = [tasks.get_queue(name, app) for name in tasks.QUEUES]
        SimpleWorker(queues, connection=connection).work(burst=True)
        db.session.expire_all()
        leads = db.session.scalars(sa.select(Lead).where(Lead.job_request_id == job.id)).all()
        assert len(leads) == 3

        # 49 hours later the periodic sweep runs in the worker and routes the job again.
        clock.freeze(clock.now() + timedelta(hours=49))
        started = tasks.run_due_periodic_tasks(app, {})
        assert tasks.task_path(quote_tasks.expire_leads) in started
        SimpleWorker(queues, connection=connection).work(burst=True)
        db.session.expire_all()
        statuses = sorted(lead.status for lead in db.session.scalars(
            sa.select(Lead).where(Lead.job_request_id == job.id)))
        assert statuses == [LeadStatus.EXPIRED] * 3 + [LeadStatus.OFFERED]
    finally:
        clock.unfreeze()
        tasks.set_worker_app(None)
        app.extensions["redis"] = None
        connection.flushdb()
