"""Routing rules: who is eligible, how many get the job, and what is recorded."""

from __future__ import annotations

import sqlalchemy as sa

from marketplace.db import db
from marketplace.jobs.models import JobStatus
from marketplace.quotes import business_side, customer_side, routing_runs
from marketplace.quotes.models import (
    DecisionOutcome,
    Lead,
    LeadEvent,
    LeadStatus,
    RoutingDecision,
    RoutingRun,
)

NEAR = {"10117": 2.0, "10119": 4.0, "10178": 6.0, "10243": 8.0, "12043": 12.0,
        "14467": 30.0}


def leads_of(job_id: int) -> list[Lead]:
    return list(db.session.scalars(
        sa.select(Lead).where(Lead.job_request_id == job_id).order_by(Lead.id)).all())


def offered_tenants(job_id: int) -> set[int]:
    return {lead.tenant_id for lead in leads_of(job_id)}


def test_job_goes_to_nearest_eligible_businesses_at_most_three(world):
    world.neighbours("10115", NEAR)
    near = [world.business(postcode=pc) for pc in ("10117", "10119", "10178", "10243")]
    job = world.job(postcode="10115")

    run = routing_runs.route_job(job.id)

    assert run is not None
    assert run.chosen_count == 3
    assert run.used_geodata
    assert offered_tenants(job.id) == {t.id for t in near[:3]}
    lead = leads_of(job.id)[0]
    assert lead.status == LeadStatus.OFFERED
    assert lead.expires_at - lead.offered_at == routing_runs.lead_window()
    assert {lead.distance_km for lead in leads_of(job.id)} == {2.0, 4.0, 6.0}
    outcomes = {d.tenant_id: d.outcome for d in run.decisions}
    assert outcomes[near[3].id] == DecisionOutcome.NOT_CHOSEN


def test_leads_per_job_setting_limits_the_offers(world):
    world.neighbours("10115", NEAR)
    for pc in ("10117", "10119", "10178", "10243"):
        world.business(postcode=pc)
    world.app.config["LEADS_PER_JOB"] = 1
    try:
        job = world.job(postcode="10115")
        routing_runs.route_job(job.id)
    finally:
        world.app.config["LEADS_PER_JOB"] = 3
    assert len(leads_of(job.id)) == 1


def test_every_business_rule_excludes_and_is_recorded(world):
    world.neighbours("10115", NEAR)
    good = world.business("Gut", postcode="10117")
    unverified = world.business("Ungeprüft", postcode="10117", verified=False)
    suspended = world.business("Gesperrt", postcode="10117", active=False)
    paused = world.business("Pausiert", postcode="10117", paused=True)
    pending_trade = world.business("Gewerk offen", postcode="10117", trade_status="pending")
    other_trade = world.business("Elektro", postcode="10117", trades=("elektrotechniker",))
    too_far = world.business("Potsdam", postcode="14467", radius=25)
    job = world.job(postcode="10115")

    run = routing_runs.route_job(job.id)

    assert offered_tenants(job.id) == {good.id}
    reasons = {d.tenant_id: d.reasons for d in run.decisions
               if d.outcome == DecisionOutcome.INELIGIBLE}
    assert "unverified" in reasons[unverified.id]
    assert "suspended" in reasons[suspended.id]
    assert "paused" in reasons[paused.id]
    assert "trade_not_approved" in reasons[pending_trade.id]
    assert "outside_service_radius" in reasons[too_far.id]
    assert other_trade.id not in reasons  # does not offer the trade at all


def test_wide_radius_reaches_a_distant_customer(world):
    world.neighbours("10115", NEAR)
    wide = world.business(postcode="14467", radius=40)
    job = world.job(postcode="10115")
    routing_runs.route_job(job.id)
    assert offered_tenants(job.id) == {wide.id}
    assert leads_of(job.id)[0].distance_km == 30.0


def test_weekly_capacity_is_respected(world, frozen_clock):
    world.neighbours("10115", NEAR)
    busy = world.business(postcode="10117", capacity=1)
    first = world.job(postcode="10115")
    routing_runs.route_job(first.id)
    assert offered_tenants(first.id) == {busy.id}

    second = world.job(postcode="10115")
    run = routing_runs.route_job(second.id)
    assert offered_tenants(second.id) == set()
    reasons = {d.tenant_id: d.reasons for d in run.decisions}
    assert "weekly_capacity_used" in reasons[busy.id]

    frozen_clock(days=7)  # a new ISO week starts: capacity is back
    third = world.job(postcode="10115")
    routing_runs.route_job(third.id)
    assert offered_tenants(third.id) == {busy.id}


def test_business_declined_by_this_customer_before_is_skipped(world):
    world.neighbours("10115", NEAR)
    first_choice = world.business("Erster", postcode="10117")
    customer = world.customer()
    job = world.job(customer, postcode="10115")
    routing_runs.route_job(job.id)
    lead = leads_of(job.id)[0]
    owner = world.owners[first_choice.id]
    quote = business_side.submit_quote(first_choice, owner, lead_id=lead.id, data=_quote_data())
    customer_side.handle_customer_choice(customer, None, "decline", str(quote.id))
    db.session.commit()

    again = world.job(customer, postcode="10115")
    run = routing_runs.route_job(again.id)
    assert first_choice.id not in offered_tenants(again.id)
    reasons = {d.tenant_id: d.reasons for d in run.decisions}
    assert "declined_by_customer_before" in reasons[first_choice.id]
    other_customer_job = world.job(postcode="10115")
    routing_runs.route_job(other_customer_job.id)
    assert first_choice.id in offered_tenants(other_customer_job.id)


def test_prefix_fallback_without_geodata(world):
    same_area = world.business(postcode="99423", radius=10)  # shares 3 digits
    same_region_wide = world.business(postcode="99610", radius=30)  # shares 2, wide radius
    same_region_narrow = world.business(postcode="99610", radius=10)
    elsewhere = world.business(postcode="01067", radius=100)
    job = world.job(postcode="99425")  # not in the neighbour cache, and no centroid

    run = routing_runs.route_job(job.id)

    assert not run.used_geodata
    assert offered_tenants(job.id) == {same_area.id, same_region_wide.id}
    reasons = {d.tenant_id: d.reasons for d in run.decisions}
    assert "outside_service_radius" in reasons[same_region_narrow.id]
    assert "outside_service_radius" in reasons[elsewhere.id]
    ranked = [d.tenant_id for d in sorted(run.decisions, key=lambda d: d.position)]
    assert ranked[0] == same_area.id


def test_customer_is_told_how_many_businesses_received_the_request(world):
    world.neighbours("10115", NEAR)
    world.business(postcode="10117")
    world.business(postcode="10119")
    customer = world.customer(language="en")
    job = world.job(customer, postcode="10115")
    routing_runs.route_job(job.id)
    texts = [m.text for m in world.messages_to(customer)]
    assert any("sent to 2 verified businesses" in text for text in texts), texts


def test_no_eligible_business_tells_the_customer_honestly(world):
    world.neighbours("10115", NEAR)
    customer = world.customer()
    job = world.job(customer, postcode="10115")
    run = routing_runs.route_job(job.id)
    assert run.chosen_count == 0
    db.session.refresh(job)
    assert job.status == JobStatus.UNMATCHED
    texts = [m.text for m in world.messages_to(customer)]
    assert any("kein geprüfter Betrieb" in text for text in texts), texts
    # Running it again does not repeat the message.
    assert routing_runs.route_job(job.id) is None
    assert len(world.messages_to(customer)) == len(texts)


def test_routing_twice_does_not_offer_more_leads(world):
    world.neighbours("10115", NEAR)
    for pc in ("10117", "10119", "10178", "10243"):
        world.business(postcode=pc)
    job = world.job(postcode="10115")
    routing_runs.route_job(job.id)
    assert routing_runs.route_job(job.id) is None
    assert len(leads_of(job.id)) == 3
    assert db.session.scalar(sa.select(sa.func.count(RoutingRun.id))
                             .where(RoutingRun.job_request_id == job.id)) == 1


def test_every_new_lead_has_a_history_row_and_decision(world):
    world.neighbours("10115", NEAR)
    tenant = world.business(postcode="10117")
    job = world.job(postcode="10115")
    routing_runs.route_job(job.id)
    lead = leads_of(job.id)[0]
    events = db.session.scalars(sa.select(LeadEvent).where(LeadEvent.lead_id == lead.id)).all()
    assert [(e.from_status, e.to_status, e.actor_kind) for e in events] == [
        (None, "offered", "system")]
    decision = db.session.scalar(sa.select(RoutingDecision).where(
        RoutingDecision.tenant_id == tenant.id))
    assert decision.outcome == DecisionOutcome.CHOSEN


def _quote_data(**overrides):
    from datetime import timedelta

    from marketplace import clock

    today = clock.now().date()
    data = {"price_kind": "fixed", "net_amount_cents": 100_000, "net_amount_max_cents": None,
            "line_items": [], "earliest_start": today + timedelta(days=3),
            "valid_until": None, "message": "Wir kommen gern vorbei."}
    data.update(overrides)
    return data
