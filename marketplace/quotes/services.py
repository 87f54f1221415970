"""Writers of leads, quotes and the routing record.

Public functions are units of work and commit once, except `handle_customer_choice`,
which runs inside the conversation's unit of work and never commits.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import force_locale, ngettext
from flask_babel import gettext as _

from marketplace import clock
from marketplace.accounts.models import Role, User
from marketplace.channels.base import Choice, Outbound, TemplateRef
from marketplace.channels.models import Customer, Message
from marketplace.db import db
from marketplace.errors import Conflict, InvalidInput, NotFound
from marketplace.jobs import reasons as job_reasons
from marketplace.jobs import state as job_state
from marketplace.jobs.models import ActorKind as JobActor
from marketplace.jobs.models import JobRequest, JobStatus
from marketplace.quotes import reasons as lead_reasons
from marketplace.quotes import routing
from marketplace.quotes.formatting import describe_price, format_euro, trade_label
from marketplace.quotes.models import (
    OPEN_LEAD_STATUSES,
    ActorKind,
    DecisionOutcome,
    JobRouting,
    Lead,
    LeadStatus,
    PriceKind,
    Quote,
    QuoteEventKind,
    QuoteStatus,
    RoutingDecision,
    RoutingRun,
)
from marketplace.quotes.state import (
    record_lead_created,
    record_quote_change,
    transition_lead,
    transition_quote,
)
from marketplace.system_reasons import system_reason
from marketplace.tasks import enqueue
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.scoping import get_scoped, scoped_select

log = logging.getLogger(__name__)

ROUTE_TASK = "marketplace.quotes.tasks.route_job"
MEDIA_CONSENT_TASK = "marketplace.consent.tasks.request_media_consent"
CONTACT_CONSENT_TASK = "marketplace.consent.tasks.request_contact_consent"
QUOTE_TEMPLATE = "quote_received"
DEFAULT_VALIDITY_DAYS = 14
MAX_EXTRA_ROUNDS = 2  # "more quotes" may raise the target twice


def leads_per_job() -> int:
    return max(1, min(5, int(current_app.config.get("LEADS_PER_JOB", 3))))


def lead_window() -> timedelta:
    return timedelta(hours=int(current_app.config.get("LEAD_WINDOW_HOURS", 48)))


# --- routing ---------------------------------------------------------------------------

def _routing_state(job: JobRequest) -> JobRouting:
    state = db.session.get(JobRouting, job.id)
    if state is None:
        state = JobRouting(job_request_id=job.id, target_quotes=leads_per_job())
        db.session.add(state)
        db.session.flush()
    return state


def _count_leads(job_id: int, statuses: tuple[str, ...]) -> int:
    return db.session.scalar(
        sa.select(sa.func.count(Lead.id)).where(Lead.job_request_id == job_id,
                                                 Lead.status.in_(statuses))) or 0


def _count_quotes(job_id: int) -> int:
    return db.session.scalar(
        sa.select(sa.func.count(Quote.id)).where(
            Quote.job_request_id == job_id,
            Quote.status.in_((QuoteStatus.SENT, QuoteStatus.ACCEPTED)))) or 0


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
    state = _routing_state(job)
    open_leads = _count_leads(job.id, OPEN_LEAD_STATUSES)
    quotes = _count_quotes(job.id)
    slots = max(0, min(leads_per_job() - open_leads, state.target_quotes - quotes - open_leads))
    if slots == 0:
        return None
    pool, used_geo = routing.eligible_candidates(
        job, limit=routing.POOL_SIZE, now=now)
    ranked = routing.rank(pool, now)
    chosen, passed_over = ranked[:slots], ranked[slots:]
    run = RoutingRun(job_request_id=job.id, trigger=trigger, open_before=open_leads,
                     slots=slots, eligible_count=len(pool), chosen_count=len(chosen),
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
            reasons=candidate.explain(), distance_km=candidate.distance_km,
            score=round(candidate.effective_km, 2)))
        db.session.flush()
        enqueue(MEDIA_CONSENT_TASK, lead.id)
        _email_new_lead(lead, job)
    for candidate in passed_over:
        position += 1
        run.decisions.append(RoutingDecision(
            tenant_id=candidate.tenant_id, position=position,
            outcome=DecisionOutcome.NOT_CHOSEN, reasons=f"ranked_lower,{candidate.explain()}",
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
        _tell_customer_sent(job, state, len(chosen), cascade=trigger != "job_created")
    elif open_leads == 0 and state.exhausted_at is None:
        state.exhausted_at = now
        if quotes == 0:
            job_state.transition(job, JobStatus.UNMATCHED, actor_kind=JobActor.SYSTEM,
                                 reason=system_reason(job_reasons.NO_ELIGIBLE_BUSINESS_LEFT))
            run.note = "no eligible business: customer told, job unmatched"
        else:
            run.note = "no further business: customer told"
        _tell_customer_exhausted(job, quotes)
    return run


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
        _email_quote_expired(quote)
    for job_id in job_ids:
        enqueue(ROUTE_TASK, job_id, "lead_expired")
    db.session.commit()
    return job_ids


# --- the business side -------------------------------------------------------------------

def list_leads(tenant: Tenant, *, status: str | None = None) -> list[Lead]:
    query = scoped_select(Lead, tenant).order_by(Lead.offered_at.desc(), Lead.id.desc())
    if status:
        if status not in set(LeadStatus):
            raise InvalidInput(_("Unknown lead status."), status=status)
        query = query.where(Lead.status == status)
    return list(db.session.scalars(query).all())


ANSWERED_LEAD_STATUSES = (LeadStatus.QUOTED, LeadStatus.WON, LeadStatus.LOST,
                          LeadStatus.DECLINED, LeadStatus.EXPIRED)


def recent_lead_outcomes(tenant: Tenant, *, limit: int = 5) -> list[Lead]:
    """The business's latest answered leads (quote waiting, won, lost, declined, expired),
    most recently changed first: what became of its recent work at a glance."""
    query = (scoped_select(Lead, tenant)
             .where(Lead.status.in_(ANSWERED_LEAD_STATUSES))
             .order_by(Lead.updated_at.desc(), Lead.id.desc())
             .limit(limit))
    return list(db.session.scalars(query).all())


def list_quotes(tenant: Tenant, *, status: str | None = None) -> list[Quote]:
    query = scoped_select(Quote, tenant).order_by(Quote.created_at.desc(), Quote.id.desc())
    if status:
        if status not in set(QuoteStatus):
            raise InvalidInput(_("Unknown quote status."), status=status)
        query = query.where(Quote.status == status)
    return list(db.session.scalars(query).all())


def get_lead(tenant: Tenant, lead_id: Any) -> Lead:
    return get_scoped(Lead, tenant, lead_id)


def get_quote(tenant: Tenant, quote_id: Any) -> Quote:
    return get_scoped(Quote, tenant, quote_id)


def _ensure_job_open(lead: Lead) -> None:
    if lead.job_request.status != JobStatus.OPEN:
        raise Conflict(_("The customer has already decided on this request."))


def mark_lead_viewed(tenant: Tenant, actor: User, *, lead_id: Any) -> Lead:
    lead = get_scoped(Lead, tenant, lead_id)
    if lead.status == LeadStatus.OFFERED:
        transition_lead(lead, LeadStatus.VIEWED, actor_kind=ActorKind.BUSINESS,
                        actor_user_id=actor.id)
        lead.viewed_at = clock.now()
        db.session.commit()
    return lead


def decline_lead(tenant: Tenant, actor: User, *, lead_id: Any, reason: str) -> Lead:
    lead = get_scoped(Lead, tenant, lead_id)
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(_("Please give a reason for declining."))
    if lead.status not in OPEN_LEAD_STATUSES:
        raise Conflict(_("This lead can no longer be declined."))
    transition_lead(lead, LeadStatus.DECLINED, actor_kind=ActorKind.BUSINESS,
                    actor_user_id=actor.id, reason=reason[:300])
    lead.decline_reason = reason[:300]
    lead.responded_at = clock.now()
    # The freed slot goes to the next candidate.
    enqueue(ROUTE_TASK, lead.job_request_id, "lead_declined")
    db.session.commit()
    return lead


def _apply_quote_fields(quote: Quote, data: dict[str, Any]) -> None:
    today = clock.now().date()
    quote.price_kind = data["price_kind"]
    quote.net_amount_cents = data["net_amount_cents"]
    quote.net_amount_max_cents = (data.get("net_amount_max_cents")
                                  if data["price_kind"] == PriceKind.RANGE else None)
    quote.line_items = list(data.get("line_items") or [])
    quote.earliest_start = data["earliest_start"]
    quote.valid_until = data.get("valid_until") or today + timedelta(days=DEFAULT_VALIDITY_DAYS)
    quote.message = data.get("message") or ""


def submit_quote(tenant: Tenant, actor: User, *, lead_id: Any, data: dict[str, Any]) -> Quote:
    """Make a quote on an open lead; the customer gets it and a comparison in the chat.

    `data` is the output of `schemas.QuoteInputSchema().load(...)`.
    """
    lead = get_scoped(Lead, tenant, lead_id)
    _ensure_job_open(lead)
    if lead.quote is not None:
        raise Conflict(_("This lead already has a quote; edit it instead."))
    if lead.status not in OPEN_LEAD_STATUSES:
        raise Conflict(_("This lead is closed and can no longer be quoted."))
    quote = Quote(tenant_id=tenant.id, lead=lead, job_request_id=lead.job_request_id,
                  status=QuoteStatus.SENT, created_by_user_id=actor.id, version=1)
    _apply_quote_fields(quote, data)
    db.session.add(quote)
    if lead.status == LeadStatus.OFFERED:
        lead.viewed_at = lead.viewed_at or clock.now()
    transition_lead(lead, LeadStatus.QUOTED, actor_kind=ActorKind.BUSINESS,
                    actor_user_id=actor.id)
    lead.responded_at = clock.now()
    db.session.flush()
    record_quote_change(quote, QuoteEventKind.CREATED, actor_kind=ActorKind.BUSINESS,
                        actor_user_id=actor.id)
    _send_quote_to_customer(quote, updated=False)
    db.session.commit()
    return quote


def update_quote(tenant: Tenant, actor: User, *, quote_id: Any, data: dict[str, Any]) -> Quote:
    quote = get_scoped(Quote, tenant, quote_id)
    if quote.status != QuoteStatus.SENT:
        raise Conflict(_("Only a quote the customer has not answered yet can be changed."))
    _ensure_job_open(quote.lead)
    _apply_quote_fields(quote, data)
    quote.version += 1
    db.session.flush()
    record_quote_change(quote, QuoteEventKind.UPDATED, actor_kind=ActorKind.BUSINESS,
                        actor_user_id=actor.id)
    _send_quote_to_customer(quote, updated=True)
    db.session.commit()
    return quote


def withdraw_quote(tenant: Tenant, actor: User, *, quote_id: Any, reason: str = "") -> Quote:
    quote = get_scoped(Quote, tenant, quote_id)
    if quote.status != QuoteStatus.SENT:
        raise Conflict(_("Only a quote the customer has not answered yet can be withdrawn."))
    reason = (reason or "").strip()[:300] or None
    transition_quote(quote, QuoteStatus.WITHDRAWN, actor_kind=ActorKind.BUSINESS,
                     actor_user_id=actor.id, reason=reason)
    transition_lead(quote.lead, LeadStatus.DECLINED, actor_kind=ActorKind.BUSINESS,
                    actor_user_id=actor.id,
                    reason=reason or system_reason(lead_reasons.QUOTE_WITHDRAWN))
    quote.lead.decline_reason = reason or system_reason(lead_reasons.QUOTE_WITHDRAWN)
    job = quote.job_request
    with force_locale(job.customer.language):
        text = _("%(business)s has withdrawn its quote for your request %(ref)s.",
                 business=quote.tenant.name, ref=job.reference)
    _queue_to_customer(job, text, template_params=(job.reference, quote.tenant.name))
    if job.status == JobStatus.OPEN:
        enqueue(ROUTE_TASK, job.id, "quote_withdrawn")
    db.session.commit()
    return quote


# --- the customer side -------------------------------------------------------------------

def _queue_to_customer(job: JobRequest, text: str, *, choices: tuple[Choice, ...] = (),
                       choices_label: str = "", template_params: tuple[str, ...] = ()
                       ) -> Message | None:
    from marketplace.channels import services as channel_services

    customer = job.customer
    template = None
    if not channel_services.window_is_open(customer):
        # Outside WhatsApp's 24-hour window only an approved template may go out.
        template = TemplateRef(name=QUOTE_TEMPLATE, language=customer.language,
                               parameters=template_params)
    return channel_services.queue_outbound(
        customer, Outbound(text=text, choices=choices, choices_label=choices_label,
                           template=template),
        purpose="quote", job_request_id=job.id)


def open_quotes(job: JobRequest) -> list[Quote]:
    return list(db.session.scalars(
        sa.select(Quote).where(Quote.job_request_id == job.id,
                               Quote.status == QuoteStatus.SENT)
        .order_by(Quote.net_amount_cents, Quote.id)).all())


def quote_summary(quote: Quote) -> str:
    """One quote as the customer reads it, in the active locale."""
    lines = [
        _("Quote from %(business)s for your request %(ref)s:", business=quote.tenant.name,
          ref=quote.job_request.reference),
        describe_price(quote),
    ]
    for item in quote.line_items or []:
        lines.append(f"• {item['description']}: {format_euro(item['net_amount_cents'])} "
                     + _("net"))
    lines.append(_("Earliest start: %(date)s", date=_format_date(quote.earliest_start)))
    lines.append(_("Valid until: %(date)s", date=_format_date(quote.valid_until)))
    if quote.lead.distance_km is not None:
        lines.append(_("Distance: about %(km)s km", km=round(quote.lead.distance_km)))
    if quote.message:
        lines.append(f"„{quote.message}“")
    return "\n".join(lines)


def _format_date(value: date) -> str:
    from flask_babel import format_date

    return format_date(value, "medium")


def comparison(job: JobRequest) -> tuple[str, tuple[Choice, ...]]:
    """All open quotes side by side, one accept button per quote (active locale)."""
    quotes = open_quotes(job)
    lines = [_("Your quotes for %(ref)s (%(trade)s), cheapest first:", ref=job.reference,
               trade=trade_label(job.trade_code))]
    choices = []
    for number, quote in enumerate(quotes, start=1):
        badge = " ✔ " + _("verified master business") if quote.tenant.is_verified else ""
        distance = ""
        if quote.lead.distance_km is not None:
            distance = ", " + _("%(km)s km", km=round(quote.lead.distance_km))
        lines.append(f"{number}. {quote.tenant.name}{badge}: {describe_price(quote)}, "
                     + _("start from %(date)s", date=_format_date(quote.earliest_start))
                     + distance)
        choices.append(Choice(id=f"quote:accept:{quote.id}",
                              title=_("Accept %(number)s", number=number),
                              description=quote.tenant.name[:72]))
    choices.append(Choice(id=f"quote:more:{job.id}", title=_("More quotes")))
    choices.append(Choice(id=f"quote:decline_all:{job.id}", title=_("Decline all")))
    return "\n".join(lines), tuple(choices)


def _send_quote_to_customer(quote: Quote, *, updated: bool) -> None:
    job = quote.job_request
    with force_locale(job.customer.language):
        summary = quote_summary(quote)
        if updated:
            summary = _("%(business)s has updated its quote.", business=quote.tenant.name) \
                + "\n" + summary
        params = (job.reference, quote.tenant.name, describe_price(quote))
        _queue_to_customer(job, summary, template_params=params)
        text, choices = comparison(job)
        _queue_to_customer(job, text, choices=choices, choices_label=_("Choose a quote"),
                           template_params=params)


def _tell_customer_sent(job: JobRequest, state: JobRouting, count: int, *, cascade: bool
                        ) -> None:
    with force_locale(job.customer.language):
        if not cascade and state.businesses_told == 0:
            text = ngettext(
                "Your request %(ref)s has been sent to %(num)d verified business near you. "
                "Its quote will arrive here in this chat.",
                "Your request %(ref)s has been sent to %(num)d verified businesses near "
                "you. Their quotes will arrive here in this chat.",
                count, ref=job.reference)
        else:
            text = ngettext(
                "Your request %(ref)s has been sent to %(num)d more business, so that you "
                "receive enough quotes.",
                "Your request %(ref)s has been sent to %(num)d more businesses, so that "
                "you receive enough quotes.", count, ref=job.reference)
        _queue_to_customer(job, text, template_params=(job.reference, str(count)))
    state.businesses_told += count


def _tell_customer_exhausted(job: JobRequest, quotes: int) -> None:
    with force_locale(job.customer.language):
        if quotes == 0:
            text = _(
                "We are sorry: at the moment no verified business for %(trade)s is available "
                "near %(postcode)s. We have not passed on your request %(ref)s to anyone. You "
                "can start a new request at any time with NEW.",
                trade=trade_label(job.trade_code), postcode=job.postcode, ref=job.reference)
        else:
            text = _(
                "There are no further businesses available for your request %(ref)s. You have "
                "%(count)s quote(s) to choose from.", ref=job.reference, count=quotes)
        _queue_to_customer(job, text, template_params=(job.reference,))


def handle_customer_choice(customer: Customer, message: Message | None, action: str,
                           object_id: str) -> bool:
    """A tapped `quote:<action>:<id>` button. Runs inside the caller's unit of work.

    Returns False when the choice is not (or no longer) valid for this customer; the
    customer is then told so in their language.
    """
    handlers = {
        "accept": _accept_quote,
        "decline": _decline_quote,
        "decline_all": _decline_all,
        "more": _ask_for_more,
        "compare": _send_comparison,
    }
    handler = handlers.get(action)
    try:
        key = int(object_id)
    except (TypeError, ValueError):
        key = None
    if handler is None or key is None:
        return _reply_not_available(customer)
    return handler(customer, key)


def _reply_not_available(customer: Customer) -> bool:
    from marketplace.channels import services as channel_services

    with force_locale(customer.language):
        text = _("This choice is no longer available.")
    channel_services.queue_outbound(customer, Outbound(text=text), purpose="service_reply")
    return False


def _customer_quote(customer: Customer, quote_id: int) -> Quote | None:
    quote = db.session.get(Quote, quote_id)
    if quote is None or quote.job_request.customer_id != customer.id:
        return None
    return quote


def _customer_job(customer: Customer, job_id: int) -> JobRequest | None:
    job = db.session.get(JobRequest, job_id)
    if job is None or job.customer_id != customer.id:
        return None
    return job


def _accept_quote(customer: Customer, quote_id: int) -> bool:
    quote = _customer_quote(customer, quote_id)
    if quote is None or quote.status != QuoteStatus.SENT:
        return _reply_not_available(customer)
    job = quote.job_request
    if job.status != JobStatus.OPEN:
        return _reply_not_available(customer)
    now = clock.now()
    transition_quote(quote, QuoteStatus.ACCEPTED, actor_kind=ActorKind.CUSTOMER,
                     reason=system_reason(lead_reasons.ACCEPTED_IN_CHAT))
    quote.answered_at = now
    transition_lead(quote.lead, LeadStatus.WON, actor_kind=ActorKind.CUSTOMER,
                    reason=system_reason(lead_reasons.QUOTE_ACCEPTED))
    job_state.transition(job, JobStatus.AWARDED, actor_kind=JobActor.CUSTOMER,
                         actor_id=customer.id,
                         reason=system_reason(job_reasons.ACCEPTED_QUOTE, quote.id))
    _email_outcome(quote.lead, won=True)
    for other in db.session.scalars(
            sa.select(Lead).where(Lead.job_request_id == job.id, Lead.id != quote.lead_id)):
        _close_lost_lead(other, reason=system_reason(lead_reasons.ANOTHER_QUOTE_ACCEPTED), now=now,
                         by_customer=False)
    with force_locale(customer.language):
        text = _(
            "Thank you! You have accepted the quote from %(business)s for %(ref)s. The other "
            "businesses have been told. %(business)s will get in touch with you through this "
            "chat; your contact details are passed on only if you agree.",
            business=quote.tenant.name, ref=job.reference)
    _queue_to_customer(job, text, template_params=(job.reference, quote.tenant.name))
    enqueue(CONTACT_CONSENT_TASK, quote.lead_id)
    return True


def _close_lost_lead(lead: Lead, *, reason: str, now: datetime, by_customer: bool) -> None:
    actor = ActorKind.CUSTOMER if by_customer else ActorKind.SYSTEM
    if lead.quote is not None and lead.quote.status == QuoteStatus.SENT:
        transition_quote(lead.quote, QuoteStatus.DECLINED, actor_kind=actor, reason=reason)
        lead.quote.answered_at = now
    if lead.status in (*OPEN_LEAD_STATUSES, LeadStatus.QUOTED):
        was_quoted = lead.status == LeadStatus.QUOTED
        transition_lead(lead, LeadStatus.LOST, actor_kind=actor, reason=reason)
        if was_quoted:
            _email_outcome(lead, won=False)


def _decline_quote(customer: Customer, quote_id: int) -> bool:
    quote = _customer_quote(customer, quote_id)
    if quote is None or quote.status != QuoteStatus.SENT:
        return _reply_not_available(customer)
    _close_lost_lead(quote.lead, reason=system_reason(lead_reasons.DECLINED_BY_CUSTOMER),
                     now=clock.now(), by_customer=True)
    job = quote.job_request
    with force_locale(customer.language):
        text = _("You have declined the quote from %(business)s.", business=quote.tenant.name)
    _queue_to_customer(job, text, template_params=(job.reference,))
    if job.status == JobStatus.OPEN:
        enqueue(ROUTE_TASK, job.id, "quote_declined")
    return True


def _decline_all(customer: Customer, job_id: int) -> bool:
    job = _customer_job(customer, job_id)
    if job is None or job.status != JobStatus.OPEN:
        return _reply_not_available(customer)
    now = clock.now()
    for lead in db.session.scalars(sa.select(Lead).where(Lead.job_request_id == job.id)):
        _close_lost_lead(lead, reason=system_reason(lead_reasons.CUSTOMER_DECLINED_ALL), now=now,
                         by_customer=True)
    job_state.transition(job, JobStatus.CLOSED, actor_kind=JobActor.CUSTOMER,
                         actor_id=customer.id,
                         reason=system_reason(job_reasons.DECLINED_ALL_QUOTES))
    with force_locale(customer.language):
        text = _("You have declined all quotes for %(ref)s; the request is closed. Write NEW "
                 "whenever you want to start a new request.", ref=job.reference)
    _queue_to_customer(job, text, template_params=(job.reference,))
    return True


def _ask_for_more(customer: Customer, job_id: int) -> bool:
    job = _customer_job(customer, job_id)
    if job is None or job.status not in (JobStatus.OPEN, JobStatus.UNMATCHED):
        return _reply_not_available(customer)
    state = _routing_state(job)
    if state.target_quotes >= leads_per_job() * (1 + MAX_EXTRA_ROUNDS):
        with force_locale(customer.language):
            text = _("We have already asked every business we can for %(ref)s. Please choose "
                     "from the quotes you have, or decline them all.", ref=job.reference)
        _queue_to_customer(job, text, template_params=(job.reference,))
        return True
    state.target_quotes = _count_quotes(job.id) + leads_per_job()
    state.exhausted_at = None
    if job.status == JobStatus.UNMATCHED:
        job_state.transition(job, JobStatus.OPEN, actor_kind=JobActor.CUSTOMER,
                             actor_id=customer.id,
                             reason=system_reason(job_reasons.ASKED_FOR_MORE_QUOTES))
    with force_locale(customer.language):
        text = _("We are asking more businesses for quotes on %(ref)s.", ref=job.reference)
    _queue_to_customer(job, text, template_params=(job.reference,))
    enqueue(ROUTE_TASK, job.id, "customer_asked_for_more")
    return True


def _send_comparison(customer: Customer, job_id: int) -> bool:
    job = _customer_job(customer, job_id)
    if job is None:
        return _reply_not_available(customer)
    with force_locale(customer.language):
        text, choices = comparison(job)
        _queue_to_customer(job, text, choices=choices, choices_label=_("Choose a quote"),
                           template_params=(job.reference,))
    return True


# --- e-mail to businesses -----------------------------------------------------------------

def _business_recipients(tenant_id: int) -> list[User]:
    return list(db.session.scalars(
        sa.select(User).where(User.tenant_id == tenant_id, User.is_enabled,
                              User.role.in_((Role.OWNER, Role.OFFICE)))
        .order_by(User.id)).all())


def _dashboard_url(path: str) -> str:
    return current_app.config["PUBLIC_BASE_URL"].rstrip("/") + path


def _email_new_lead(lead: Lead, job: JobRequest) -> None:
    from marketplace.mail import send_email

    for user in _business_recipients(lead.tenant_id):
        with force_locale(user.preferred_language):
            subject = _("New request: %(trade)s in %(area)s", trade=trade_label(job.trade_code),
                        area=job.postcode_area)
            body = _(
                "A customer is looking for %(trade)s in %(area)s.\n\n%(description)s\n\n"
                "Please answer within %(hours)s hours: %(url)s",
                trade=trade_label(job.trade_code), area=job.postcode_area,
                description=job.description[:500], hours=int(lead_window().total_seconds() // 3600),
                url=_dashboard_url(f"/dashboard/leads/{lead.id}"))
        send_email(user.email, subject, body)


def _email_outcome(lead: Lead, *, won: bool) -> None:
    from marketplace.mail import send_email

    job = lead.job_request
    for user in _business_recipients(lead.tenant_id):
        with force_locale(user.preferred_language):
            if won:
                subject = _("You won the job %(ref)s", ref=job.reference)
                body = _("The customer accepted your quote for %(ref)s (%(trade)s, %(area)s). "
                         "Details: %(url)s", ref=job.reference,
                         trade=trade_label(job.trade_code), area=job.postcode_area,
                         url=_dashboard_url(f"/dashboard/leads/{lead.id}"))
            else:
                subject = _("Request %(ref)s went to another business", ref=job.reference)
                body = _("The customer chose another offer for %(ref)s (%(trade)s, %(area)s). "
                         "Thank you for your quote. Details: %(url)s", ref=job.reference,
                         trade=trade_label(job.trade_code), area=job.postcode_area,
                         url=_dashboard_url(f"/dashboard/leads/{lead.id}"))
        send_email(user.email, subject, body)


def _email_quote_expired(quote: Quote) -> None:
    from marketplace.mail import send_email

    lead = quote.lead
    job = lead.job_request
    for user in _business_recipients(lead.tenant_id):
        with force_locale(user.preferred_language):
            subject = _("Your quote for %(ref)s has expired", ref=job.reference)
            body = _("The customer did not answer your quote for %(ref)s (%(trade)s, %(area)s) "
                     "before its validity ended. Details: %(url)s", ref=job.reference,
                     trade=trade_label(job.trade_code), area=job.postcode_area,
                     url=_dashboard_url(f"/dashboard/leads/{lead.id}"))
        send_email(user.email, subject, body)


# --- admin reads ----------------------------------------------------------------------

def routing_record(job_id: int) -> dict[str, Any]:
    job = db.session.get(JobRequest, job_id)
    if job is None:
        raise NotFound()
    runs = db.session.scalars(
        sa.select(RoutingRun).where(RoutingRun.job_request_id == job_id)
        .order_by(RoutingRun.id)).all()
    leads = db.session.scalars(
        sa.select(Lead).where(Lead.job_request_id == job_id).order_by(Lead.id)).all()
    return {"job": job, "runs": runs, "leads": leads,
            "state": db.session.get(JobRouting, job_id)}


def recent_routed_jobs(limit: int = 100) -> list[tuple[JobRequest, int, int]]:
    lead_count = (sa.select(sa.func.count(Lead.id)).where(Lead.job_request_id == JobRequest.id)
                  .scalar_subquery())
    quote_count = (sa.select(sa.func.count(Quote.id))
                   .where(Quote.job_request_id == JobRequest.id).scalar_subquery())
    return [tuple(row) for row in db.session.execute(
        sa.select(JobRequest, lead_count, quote_count)
        .order_by(JobRequest.created_at.desc(), JobRequest.id.desc()).limit(limit)).all()]
