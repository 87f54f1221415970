"""A job that two businesses quoted on; the customer (web chat) awarded "Dach Nord", which
answered after two hours, and its office completed the work on the lead page. The
customer confirms completion in the chat ("job:done"), and reviews asks for stars."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

import pytest
import sqlalchemy as sa

from marketplace import clock
from marketplace.accounts.models import Role
from marketplace.accounts.services import create_user
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.quotes import business_side, routing_runs
from marketplace.quotes.models import Lead
from marketplace.reviews.models import Review
from marketplace.tenancy.models import Tenant
from marketplace.work import signals as work_signals
from tests.conftest import PASSWORD
from tests.quotes.conftest import World
from tests.quotes.test_routing import NEAR, _quote_data
from tests.verification.helpers import verify
from tests.work.conftest import ChatCustomer, Office, choice_ids

__all__ = ["ChatCustomer", "Office", "choice_ids"]


@dataclass
class Done:
    job_id: int
    lead_id: int
    tenant_id: int
    slug: str
    reference: str
    owner: str
    admin: str
    chat: ChatCustomer
    office: Office
    confirmed: list[dict] = field(default_factory=list)  # the bubbles after "job:done"


def award(app, chat: ChatCustomer, *, verified_docs: bool = True) -> tuple[int, int, int, str]:
    """Dach Nord (answers after 2 hours) and Dach Mitte (after 4) quote on the chat
    customer's job; returns (job id, Dach Nord's lead id, its quote id, owner e-mail)."""
    with app.app_context():
        world = World(app)
        mine = db.session.scalar(sa.select(Tenant).where(Tenant.slug == "dach-nord"))
        if mine is None:
            world.neighbours("10115", NEAR)
            mine = world.business("Dach Nord", postcode="10117")
            world.business("Dach Mitte", postcode="10119")
            if verified_docs:
                owner = world.owners[mine.id]
                admin = create_user(email="admin@plattform.example", password=PASSWORD,
                                    role=Role.ADMIN)
                verify(mine, owner, admin, ["dachdecker"])
        customer = chat.customer()
        customer.display_name = "Erika Muster"
        job = world.job(customer, postcode="10115")
        routing_runs.route_job(job.id)
        leads = {lead.tenant.slug: lead for lead in db.session.scalars(
            sa.select(Lead).where(Lead.job_request_id == job.id))}
        clock.advance(timedelta(hours=2))
        mine_lead = leads["dach-nord"]
        owner = _owner_of(mine_lead.tenant_id)
        quote = business_side.submit_quote(mine_lead.tenant, owner, lead_id=mine_lead.id,
                                           data=_quote_data())
        clock.advance(timedelta(hours=2))
        other = leads.get("dach-mitte")
        if other is not None:
            business_side.submit_quote(other.tenant, _owner_of(other.tenant_id),
                                       lead_id=other.id,
                                       data=_quote_data(net_amount_cents=90_000))
        return job.id, mine_lead.id, quote.id, owner.email


def _owner_of(tenant_id: int):
    from marketplace.accounts.models import User

    return db.session.scalar(sa.select(User).where(User.tenant_id == tenant_id,
                                                   User.role == Role.OWNER))


def send_confirmed_signal(app, job_id: int) -> None:
    """The work feature's "completion confirmed" moment, sent as it sends it (after the
    commit, the job as sender): for a stray or repeated signal."""
    with app.app_context():
        job = db.session.get(JobRequest, job_id)
        lead = db.session.scalar(sa.select(Lead).where(Lead.job_request_id == job_id,
                                                       Lead.status == "won"))
        work_signals.job_completion_confirmed.send(job, job_id=job_id, tenant_id=lead.tenant_id,
                                                   confirmed_at=clock.now())


def complete(app, chat: ChatCustomer, *, confirm: bool = True) -> Done:
    chat.writes("Hallo")
    job_id, lead_id, quote_id, owner = award(app, chat)
    chat.received()
    chat.taps(f"quote:accept:{quote_id}")
    office = Office(app, owner)
    url = f"/dashboard/leads/{lead_id}/status"
    for status in ("in_progress", "completed"):
        assert office.post(url, {"status": status}, lead_id=lead_id).status_code == 302
    # The completion reached the customer with its question (confirm or report a problem).
    assert any(f"job:done:{job_id}" in choice_ids(bubble) for bubble in chat.received())
    confirmed = chat.taps(f"job:done:{job_id}") if confirm else []
    with app.app_context():
        job = db.session.get(JobRequest, job_id)
        lead = db.session.get(Lead, lead_id)
        return Done(job_id=job_id, lead_id=lead_id, tenant_id=lead.tenant_id,
                    slug=lead.tenant.slug, reference=job.reference, owner=owner,
                    admin="admin@plattform.example", chat=chat, office=office,
                    confirmed=confirmed)


@pytest.fixture
def done(app, client, frozen_clock) -> Done:
    return complete(app, ChatCustomer(client))


def reviews_in_db(app) -> list[Review]:
    with app.app_context():
        rows = list(db.session.scalars(sa.select(Review).order_by(Review.id)))
        for row in rows:
            db.session.expunge(row)
        return rows
