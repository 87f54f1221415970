"""The business's side: it opens a lead, declines it, or makes, changes and withdraws a
quote, on the dashboard or through the API. Each public function is one unit of work."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from flask_babel import gettext as _

from marketplace import clock
from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.errors import Conflict, InvalidInput
from marketplace.jobs.models import JobStatus
from marketplace.quotes import notifications, signals
from marketplace.quotes import reasons as lead_reasons
from marketplace.quotes.models import (
    OPEN_LEAD_STATUSES,
    ActorKind,
    Lead,
    LeadStatus,
    PriceKind,
    Quote,
    QuoteEventKind,
    QuoteStatus,
)
from marketplace.quotes.routing_runs import schedule_routing
from marketplace.quotes.state import record_quote_change, transition_lead, transition_quote
from marketplace.system_reasons import system_reason
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.scoping import get_scoped

DEFAULT_VALIDITY_DAYS = 14


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
    schedule_routing(lead.job_request_id, "lead_declined")
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
    notifications.send_quote(quote, updated=False)
    signals.quote_sent.send(quote_id=quote.id, updated=False)
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
    notifications.send_quote(quote, updated=True)
    signals.quote_sent.send(quote_id=quote.id, updated=True)
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
    notifications.tell_quote_withdrawn(quote)
    if quote.job_request.status == JobStatus.OPEN:
        schedule_routing(quote.job_request_id, "quote_withdrawn")
    db.session.commit()
    return quote
