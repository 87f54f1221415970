"""The lead window: silent businesses are replaced until enough quotes or nobody is left."""

from __future__ import annotations

import sqlalchemy as sa

from marketplace.db import db
from marketplace.jobs.models import JobStatus
from marketplace.quotes import business_side, routing_runs, tasks
from marketplace.quotes.models import Lead, LeadStatus, QuoteStatus
from tests.quotes.test_routing import NEAR, _quote_data


def leads_by_tenant(job_id: int) -> dict[int, Lead]:
    return {lead.tenant_id: lead for lead in db.session.scalars(
        sa.select(Lead).where(Lead.job_request_id == job_id))}


def test_expired_leads_go_to_the_next_candidates(world, frozen_clock):
    world.neighbours("10115", NEAR)
    tenants = [world.business(postcode=pc) for pc in ("10117", "10119", "10178", "10243",
                                                      "12043")]
    customer = world.customer(language="en")
    job = world.job(customer, postcode="10115")
    routing_runs.route_job(job.id)
    first_round = leads_by_tenant(job.id)
    assert set(first_round) == {t.id for t in tenants[:3]}
    quoting = tenants[0]
    business_side.submit_quote(quoting, world.owners[quoting.id],
                          lead_id=first_round[quoting.id].id, data=_quote_data())

    frozen_clock(hours=47)
    tasks.expire_leads()
    assert all(lead.status != LeadStatus.EXPIRED for lead in leads_by_tenant(job.id).values())

    frozen_clock(hours=2)  # 49 h after the offer: the two silent leads expire
    tasks.expire_leads()
    leads = leads_by_tenant(job.id)
    assert leads[tenants[1].id].status == LeadStatus.EXPIRED
    assert leads[tenants[2].id].status == LeadStatus.EXPIRED
    assert leads[quoting.id].status == LeadStatus.QUOTED  # quoted leads never expire
    assert {leads[tenants[3].id].status, leads[tenants[4].id].status} == {LeadStatus.OFFERED}
    texts = " ".join(m.text for m in world.messages_to(customer))
    assert "sent to 2 more business" in texts

    frozen_clock(hours=49)  # the replacements stay silent too; nobody is left
    tasks.expire_leads()
    leads = leads_by_tenant(job.id)
    assert len(leads) == 5
    db.session.refresh(job)
    assert job.status == JobStatus.OPEN  # one quote is there to choose from
    texts = " ".join(m.text for m in world.messages_to(customer))
    assert "no further businesses available" in texts
    assert "You have 1 quote to choose from." in texts  # one, not "1 quotes"


def test_cascade_stops_when_enough_quotes_arrived(world, frozen_clock):
    world.neighbours("10115", NEAR)
    tenants = [world.business(postcode=pc) for pc in ("10117", "10119", "10178", "10243")]
    job = world.job(postcode="10115")
    routing_runs.route_job(job.id)
    leads = leads_by_tenant(job.id)
    for tenant in tenants[:3]:
        business_side.submit_quote(tenant, world.owners[tenant.id], lead_id=leads[tenant.id].id,
                              data=_quote_data())
    frozen_clock(days=3)
    tasks.expire_leads()
    assert tenants[3].id not in leads_by_tenant(job.id)


def test_no_answers_and_no_candidates_left_makes_the_job_unmatched(world, frozen_clock):
    world.neighbours("10115", NEAR)
    world.business(postcode="10117")
    customer = world.customer(language="en")
    job = world.job(customer, postcode="10115")
    routing_runs.route_job(job.id)
    frozen_clock(hours=49)
    tasks.expire_leads()
    db.session.refresh(job)
    assert job.status == JobStatus.UNMATCHED
    assert "no verified business" in world.messages_to(customer)[-1].text


def test_quotes_expire_after_their_validity(world, frozen_clock, outbox):

    outbox.clear()
    world.neighbours("10115", NEAR)
    tenant = world.business(postcode="10117")
    job = world.job(postcode="10115")
    routing_runs.route_job(job.id)
    lead = leads_by_tenant(job.id)[tenant.id]
    quote = business_side.submit_quote(tenant, world.owners[tenant.id], lead_id=lead.id,
                                  data=_quote_data())
    frozen_clock(days=14)
    tasks.expire_leads()
    assert quote.status == QuoteStatus.SENT  # valid through its last day
    frozen_clock(days=1)
    tasks.expire_leads()
    db.session.refresh(quote)
    assert quote.status == QuoteStatus.EXPIRED
    owner_email = world.owners[tenant.id].email
    expired_mails = [mail for mail in outbox.all()
                     if owner_email in mail and job.reference in
                     mail and "abgelaufen" in mail]
    assert len(expired_mails) == 1


def test_sweep_is_safe_to_run_twice(world, frozen_clock):
    world.neighbours("10115", NEAR)
    for pc in ("10117", "10119", "10178", "10243"):
        world.business(postcode=pc)
    job = world.job(postcode="10115")
    routing_runs.route_job(job.id)
    frozen_clock(hours=49)
    tasks.expire_leads()
    count = len(leads_by_tenant(job.id))
    tasks.expire_leads()
    assert len(leads_by_tenant(job.id)) == count == 4
