"""The customer's side: the quote buttons they tap in the chat (accept one quote, decline
one or all, ask for more, see the comparison again).

`handle_customer_choice` runs inside the conversation's unit of work and never commits.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import sqlalchemy as sa

from marketplace import clock
from marketplace.channels.models import Customer, Message
from marketplace.db import db
from marketplace.jobs import reasons as job_reasons
from marketplace.jobs import state as job_state
from marketplace.jobs.models import ActorKind as JobActor
from marketplace.jobs.models import JobRequest, JobStatus
from marketplace.quotes import notifications, routing, signals
from marketplace.quotes import reasons as lead_reasons
from marketplace.quotes.models import (
    OPEN_LEAD_STATUSES,
    ActorKind,
    Lead,
    LeadStatus,
    Quote,
    QuoteStatus,
)
from marketplace.quotes.queries import open_quotes
from marketplace.quotes.routing_runs import (
    count_quotes,
    leads_per_job,
    routing_state,
    schedule_routing,
)
from marketplace.quotes.state import transition_lead, transition_quote
from marketplace.system_reasons import system_reason

MAX_EXTRA_ROUNDS = 2  # "more quotes" may raise the target twice


def handle_customer_choice(customer: Customer, message: Message | None, action: str,
                           object_id: str) -> bool:
    """A tapped `quote:<action>:<id>` button. Runs inside the caller's unit of work.

    Returns False when the choice is not (or no longer) valid for this customer; the
    customer is then told so in their language.
    """
    handler = CHOICE_HANDLERS.get(action)
    try:
        key = int(object_id)
    except (TypeError, ValueError):
        key = None
    if handler is None or key is None:
        return _not_available(customer)
    return handler(customer, key)


def _not_available(customer: Customer) -> bool:
    notifications.reply_not_available(customer)
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
        return _not_available(customer)
    job = quote.job_request
    if job.status != JobStatus.OPEN:
        return _not_available(customer)
    now = clock.now()
    transition_quote(quote, QuoteStatus.ACCEPTED, actor_kind=ActorKind.CUSTOMER,
                     reason=system_reason(lead_reasons.ACCEPTED_IN_CHAT))
    quote.answered_at = now
    transition_lead(quote.lead, LeadStatus.WON, actor_kind=ActorKind.CUSTOMER,
                    reason=system_reason(lead_reasons.QUOTE_ACCEPTED))
    job_state.transition(job, JobStatus.AWARDED, actor_kind=JobActor.CUSTOMER,
                         actor_id=customer.id,
                         reason=system_reason(job_reasons.ACCEPTED_QUOTE, quote.id))
    notifications.email_outcome(quote.lead, won=True)
    for other in db.session.scalars(
            sa.select(Lead).where(Lead.job_request_id == job.id, Lead.id != quote.lead_id)):
        _close_lost_lead(other, reason=system_reason(lead_reasons.ANOTHER_QUOTE_ACCEPTED), now=now,
                         by_customer=False)
    notifications.tell_quote_accepted(quote)
    signals.quote_accepted.send(lead_id=quote.lead_id, quote_id=quote.id)
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
            notifications.email_outcome(lead, won=False)


def _decline_quote(customer: Customer, quote_id: int) -> bool:
    quote = _customer_quote(customer, quote_id)
    if quote is None or quote.status != QuoteStatus.SENT:
        return _not_available(customer)
    _close_lost_lead(quote.lead, reason=system_reason(lead_reasons.DECLINED_BY_CUSTOMER),
                     now=clock.now(), by_customer=True)
    notifications.tell_quote_declined(quote)
    if quote.job_request.status == JobStatus.OPEN:
        schedule_routing(quote.job_request_id, "quote_declined")
    return True


def _decline_all(customer: Customer, job_id: int) -> bool:
    job = _customer_job(customer, job_id)
    if job is None or job.status != JobStatus.OPEN:
        return _not_available(customer)
    now = clock.now()
    for lead in db.session.scalars(sa.select(Lead).where(Lead.job_request_id == job.id)):
        _close_lost_lead(lead, reason=system_reason(lead_reasons.CUSTOMER_DECLINED_ALL), now=now,
                         by_customer=True)
    job_state.transition(job, JobStatus.CLOSED, actor_kind=JobActor.CUSTOMER,
                         actor_id=customer.id,
                         reason=system_reason(job_reasons.DECLINED_ALL_QUOTES))
    notifications.tell_all_declined(job)
    return True


def _ask_for_more(customer: Customer, job_id: int) -> bool:
    job = _customer_job(customer, job_id)
    if job is None or job.status not in (JobStatus.OPEN, JobStatus.UNMATCHED):
        return _not_available(customer)
    state = routing_state(job)
    if state.target_quotes >= leads_per_job() * (1 + MAX_EXTRA_ROUNDS):
        notifications.tell_everyone_asked(job)
        return True
    waiting = open_quotes(job)
    if waiting and not _further_business_available(job):
        # Promising "we are asking more businesses" when there is none would leave the
        # customer waiting for nothing (and, in the web chat, with the buttons they tapped
        # disabled): say so now and show the quotes again, so they can still accept one.
        notifications.tell_customer_exhausted(job, len(waiting))
        notifications.send_comparison(job, more=False)
        return True
    state.target_quotes = count_quotes(job.id) + leads_per_job()
    state.exhausted_at = None
    if job.status == JobStatus.UNMATCHED:
        job_state.transition(job, JobStatus.OPEN, actor_kind=JobActor.CUSTOMER,
                             actor_id=customer.id,
                             reason=system_reason(job_reasons.ASKED_FOR_MORE_QUOTES))
    notifications.tell_asking_more(job)
    schedule_routing(job.id, "customer_asked_for_more")
    return True


def _further_business_available(job: JobRequest) -> bool:
    """Whether routing could offer the job to one more business right now."""
    candidates, _used_geodata = routing.eligible_candidates(job, limit=1)
    return bool(candidates)


def _send_comparison(customer: Customer, job_id: int) -> bool:
    job = _customer_job(customer, job_id)
    if job is None:
        return _not_available(customer)
    notifications.send_comparison(job)
    return True


# The part after `quote:` in a button id, e.g. `quote:accept:17`.
CHOICE_HANDLERS: dict[str, Callable[[Customer, int], bool]] = {
    "accept": _accept_quote,
    "decline": _decline_quote,
    "decline_all": _decline_all,
    "more": _ask_for_more,
    "compare": _send_comparison,
}
