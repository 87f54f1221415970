"""Allowed status changes of leads and quotes; every change leaves a history row."""

from __future__ import annotations

from typing import Any

from marketplace import clock
from marketplace.db import db
from marketplace.errors import InvalidTransition
from marketplace.quotes.models import (
    ActorKind,
    Lead,
    LeadEvent,
    LeadStatus,
    Quote,
    QuoteEvent,
    QuoteEventKind,
    QuoteStatus,
)

LEAD_TRANSITIONS: dict[str, frozenset[str]] = {
    LeadStatus.OFFERED: frozenset({LeadStatus.VIEWED, LeadStatus.DECLINED, LeadStatus.QUOTED,
                                   LeadStatus.EXPIRED, LeadStatus.LOST}),
    LeadStatus.VIEWED: frozenset({LeadStatus.DECLINED, LeadStatus.QUOTED, LeadStatus.EXPIRED,
                                  LeadStatus.LOST}),
    # A withdrawn quote takes the business out of the job (DECLINED).
    LeadStatus.QUOTED: frozenset({LeadStatus.WON, LeadStatus.LOST, LeadStatus.DECLINED}),
    LeadStatus.DECLINED: frozenset(),
    LeadStatus.EXPIRED: frozenset(),
    LeadStatus.WON: frozenset(),
    LeadStatus.LOST: frozenset(),
}

QUOTE_TRANSITIONS: dict[str, frozenset[str]] = {
    QuoteStatus.SENT: frozenset({QuoteStatus.ACCEPTED, QuoteStatus.DECLINED,
                                 QuoteStatus.WITHDRAWN, QuoteStatus.EXPIRED}),
    QuoteStatus.ACCEPTED: frozenset(),
    QuoteStatus.DECLINED: frozenset(),
    QuoteStatus.WITHDRAWN: frozenset(),
    QuoteStatus.EXPIRED: frozenset(),
}


def record_lead_created(lead: Lead, *, reason: str) -> None:
    db.session.add(LeadEvent(lead=lead, tenant_id=lead.tenant_id, from_status=None,
                             to_status=lead.status, actor_kind=ActorKind.SYSTEM,
                             reason=reason, created_at=clock.now()))


def transition_lead(lead: Lead, new_status: LeadStatus, *, actor_kind: ActorKind,
                    actor_user_id: int | None = None, reason: str | None = None) -> None:
    if new_status not in LEAD_TRANSITIONS[lead.status]:
        raise InvalidTransition(f"A lead cannot go from {lead.status} to {new_status}.",
                                current=lead.status)
    db.session.add(LeadEvent(lead=lead, tenant_id=lead.tenant_id, from_status=lead.status,
                             to_status=new_status, actor_kind=actor_kind,
                             actor_user_id=actor_user_id, reason=reason,
                             created_at=clock.now()))
    lead.status = new_status


def quote_snapshot(quote: Quote) -> dict[str, Any]:
    return {
        "price_kind": quote.price_kind,
        "net_amount_cents": quote.net_amount_cents,
        "net_amount_max_cents": quote.net_amount_max_cents,
        "vat_rate_percent": quote.vat_rate_percent,
        "line_items": list(quote.line_items or []),
        "earliest_start": quote.earliest_start.isoformat(),
        "valid_until": quote.valid_until.isoformat(),
        "message": quote.message,
        "version": quote.version,
    }


def record_quote_change(quote: Quote, kind: QuoteEventKind, *, actor_kind: ActorKind,
                        actor_user_id: int | None = None, reason: str | None = None) -> None:
    db.session.add(QuoteEvent(quote=quote, tenant_id=quote.tenant_id, kind=kind,
                              from_status=quote.status, to_status=quote.status,
                              actor_kind=actor_kind, actor_user_id=actor_user_id,
                              reason=reason, snapshot=quote_snapshot(quote),
                              created_at=clock.now()))


def transition_quote(quote: Quote, new_status: QuoteStatus, *, actor_kind: ActorKind,
                     actor_user_id: int | None = None, reason: str | None = None) -> None:
    if new_status not in QUOTE_TRANSITIONS[quote.status]:
        raise InvalidTransition(f"A quote cannot go from {quote.status} to {new_status}.",
                                current=quote.status)
    db.session.add(QuoteEvent(quote=quote, tenant_id=quote.tenant_id,
                              kind=QuoteEventKind.STATUS, from_status=quote.status,
                              to_status=new_status, actor_kind=actor_kind,
                              actor_user_id=actor_user_id, reason=reason,
                              snapshot=quote_snapshot(quote), created_at=clock.now()))
    quote.status = new_status
