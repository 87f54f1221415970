"""Routing runs: offer a job to the next businesses and record why, and the sweep that
expires unanswered leads and stale quotes.

Which businesses may get a job and in what order is decided in `routing.py`; this module
turns that answer into leads, a `RoutingRun` with one decision per business, and the
messages that follow. `route_job` and `expire_due_leads` are units of work (one commit).
"""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from flask import current_app

from marketplace import clock
from marketplace.db import db
from marketplace.jobs import reasons as job_reasons
from marketplace.jobs import state as job_state
from marketplace.jobs.models import ActorKind as JobActor
from marketplace.jobs.models import JobRequest, JobStatus
from marketplace.quotes import notifications, routing, routing_trades, signals
from marketplace.quotes import reasons as lead_reasons
from marketplace.quotes import tasks as quote_tasks
from marketplace.quotes.models import (
    OPEN_LEAD_STATUSES,
    ActorKind,
    DecisionOutcome,
    JobRouting,
    Lead,
    LeadStatus,
    Quote,
    QuoteStatus,
    RoutingDecision,
    RoutingRun,
)
from marketplace.quotes.state import record_lead_created, transition_lead, transition_quote
from marketplace.system_reasons import system_reason
from marketplace.tasks import enqueue


def leads_per_job() -> int:
    return max(1, min(5, int(current_app.config.get("LEADS_PER_JOB", 3))))


def lead_window() -> timedelta:
    return timedelta(hours=int(current_app.config.get("LEAD_WINDOW_HOURS", 48)))


def routing_state(job: JobRequest) -> JobRouting:
    state = db.session.get(JobRouting, job.id)
    if state is None:
        state = JobRouting(job_request_id=job.id, target_quotes=leads_per_job())
        db.session.add(state)
        db.session.flush()
    return state


def count_leads(job_id: int, statuses: tuple[str, ...]) -> int:
    return db.session.scalar(
        sa.select(sa.func.count(Lead.id)).where(Lead.job_request_id == job_id,
                                                 Lead.status.in_(statuses))) or 0


def count_quotes(job_id: int) -> int:
    """Quotes sent or accepted: the ones that count towards the job's target."""
    return db.session.scalar(
        sa.select(sa.func.count(Quote.id)).where(
            Quote.job_request_id == job_id,
            Quote.status.in_((QuoteStatus.SENT, QuoteStatus.ACCEPTED)))) or 0


def schedule_routing(job_id: int, trigger: str) -> None:
    """Route the job again once the caller's unit of work commits (a slot may be free)."""
    enqueue(quote_tasks.route_job, job_id, trigger)


def route_job(job_id: int, *, trigger: str = "job_created") -> RoutingRun | None:
    """Offer the job to as many new businesses as it has free slots, and record why.

    Safe to run again at any time: a job with all its slots filled gets no new leads.
    """
    job = db.session.execute(
        sa.select(JobRequest).where(JobRequest.id == job_id).with_for_update()
    ).scalar_one_or_none()
    if job is None or job.status != JobStatus.OPEN:
        return None
    run = _route(job, trigger=trigger)
    db.session.commit()
    return run


def _route(job: JobRequest, *, trigger: str) -> RoutingRun | None:
    now = clock.now()
    state = routing_state(job)
    open_leads = count_leads(job.id, OPEN_LEAD_STATUSES)
    quotes = count_quotes(job.id)
    slots = max(0, min(leads_per_job() - open_leads, state.target_quotes - quotes - open_leads))
    if slots == 0:
        return None
    # Several trades, or a related trade standing in for one with nobody: routing_trades.
    found = routing_trades.ranked_candidates(job, slots=slots, now=now)
    ranked, used_geo = found.candidates, found.used_geodata
    chosen, passed_over = ranked[:slots], ranked[slots:]
    run = RoutingRun(job_request_id=job.id, trigger=trigger, open_before=open_leads,
                     slots=slots, eligible_count=len(ranked), chosen_count=len(chosen),
                     used_geodata=used_geo, created_at=now)
    db.session.add(run)
    position = 0
    for candidate in chosen:
        position += 1
        lead = Lead(job_request_id=job.id, tenant_id=candidate.tenant_id,
                    status=LeadStatus.OFFERED, offered_at=now, expires_at=now + lead_window(),
                    distance_km=candidate.distance_km)
        db.session.add(lead)
        record_lead_created(lead, reason=system_reason(lead_reasons.ROUTED, trigger))
        run.decisions.append(RoutingDecision(
            tenant_id=candidate.tenant_id, position=position, outcome=DecisionOutcome.CHOSEN,
            reasons=with_note(candidate, found.notes), distance_km=candidate.distance_km,
            score=round(candidate.effective_km, 2)))
        db.session.flush()
        signals.lead_offered.send(lead_id=lead.id)
        notifications.email_new_lead(lead, job, answer_within=lead_window())
    for candidate in passed_over:
        position += 1
        run.decisions.append(RoutingDecision(
            tenant_id=candidate.tenant_id, position=position,
            outcome=DecisionOutcome.NOT_CHOSEN,
            reasons=f"ranked_lower,{with_note(candidate, found.notes)}",
            distance_km=candidate.distance_km, score=round(candidate.effective_km, 2)))
    skipped = routing.explain_ineligible(job, exclude={c.tenant_id for c in ranked}, now=now)
    for tenant, reasons, distance in skipped:
        position += 1
        run.decisions.append(RoutingDecision(
            tenant_id=tenant.id, position=position, outcome=DecisionOutcome.INELIGIBLE,
            reasons=",".join(reasons), distance_km=distance))
    state.last_routed_at = now
    if chosen:
        state.exhausted_at = None
        first = trigger == "job_created" and state.businesses_told == 0
        notifications.tell_customer_sent(job, len(chosen), first=first)
        notifications.tell_customer_stand_ins(job, [found.stood_in[candidate.tenant_id]
                                                    for candidate in chosen
                                                    if candidate.tenant_id in found.stood_in])
        state.businesses_told += len(chosen)
    elif open_leads == 0 and state.exhausted_at is None:
        state.exhausted_at = now
        if quotes == 0:
            job_state.transition(job, JobStatus.UNMATCHED, actor_kind=JobActor.SYSTEM,
                                 reason=system_reason(job_reasons.NO_ELIGIBLE_BUSINESS_LEFT))
            run.note = "no eligible business: customer told, job unmatched"
        else:
            run.note = "no further business: customer told"
        notifications.tell_customer_exhausted(job, quotes)
    return run


def with_note(candidate: routing.Candidate, notes: dict[int, str]) -> str:
    """The ranking's explanation, and which of the job's trades it is for (several trades)
    or stands in for (a related trade)."""
    note = notes.get(candidate.tenant_id)
    return f"{candidate.explain()},{note}" if note else candidate.explain()


def expire_due_leads() -> list[int]:
    """Expire open leads whose window passed; the affected jobs are routed again.

    Returns the ids of the jobs that lost a lead.
    """
    now = clock.now()
    leads = db.session.scalars(
        sa.select(Lead).where(Lead.status.in_(OPEN_LEAD_STATUSES), Lead.expires_at <= now)
        .order_by(Lead.id)
    ).all()
    job_ids = []
    for lead in leads:
        transition_lead(lead, LeadStatus.EXPIRED, actor_kind=ActorKind.SYSTEM,
                        reason=system_reason(lead_reasons.LEAD_WINDOW_PASSED))
        if lead.job_request_id not in job_ids:
            job_ids.append(lead.job_request_id)
    today = clock.now().date()
    stale_quotes = db.session.scalars(
        sa.select(Quote).where(Quote.status == QuoteStatus.SENT, Quote.valid_until < today)
    ).all()
    for quote in stale_quotes:
        transition_quote(quote, QuoteStatus.EXPIRED, actor_kind=ActorKind.SYSTEM,
                         reason=system_reason(lead_reasons.QUOTE_VALIDITY_PASSED))
        notifications.email_quote_expired(quote)
    for job_id in job_ids:
        schedule_routing(job_id, "lead_expired")
    db.session.commit()
    return job_ids
