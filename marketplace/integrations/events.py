"""The events a business can subscribe to, and the body each one carries.

A body holds only what the business may already see through the API: the lead as
`LeadOutputSchema` shows it (contact details masked until the customer shared them, no
media, a photo count), the quote as the business wrote it, the appointment's times, the
customer's thread words as the lead page shows them. Nothing else about the customer
leaves the platform this way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from flask_babel import lazy_gettext as _l

from marketplace import clock
from marketplace.jobs.masking import text_for_business
from marketplace.quotes.models import Lead, Quote
from marketplace.quotes.schemas import LeadOutputSchema, QuoteOutputSchema


@dataclass(frozen=True)
class EventKind:
    name: str
    label: Any  # lazy translation, shown on the dashboard


LEAD_CREATED = EventKind("lead.created", _l("A new request was offered to you"))
MESSAGE_RECEIVED = EventKind("message.received", _l("The customer wrote in the job conversation"))
QUOTE_ACCEPTED = EventKind("quote.accepted", _l("The customer accepted your quote"))
APPOINTMENT_CONFIRMED = EventKind("appointment.confirmed",
                                  _l("The customer confirmed an appointment"))
JOB_COMPLETED = EventKind("job.completed", _l("A job was marked completed"))
REVIEW_PUBLISHED = EventKind("review.published", _l("A review of your business was published"))

ALL_EVENTS: tuple[EventKind, ...] = (LEAD_CREATED, MESSAGE_RECEIVED, QUOTE_ACCEPTED,
                                     APPOINTMENT_CONFIRMED, JOB_COMPLETED, REVIEW_PUBLISHED)
EVENT_NAMES = tuple(kind.name for kind in ALL_EVENTS)


def label(name: str) -> Any:
    return next((kind.label for kind in ALL_EVENTS if kind.name == name), name)


def _iso(value: datetime | None) -> str | None:
    return clock.as_utc(value).isoformat().replace("+00:00", "Z") if value else None


def envelope(delivery_public_id: str, event_name: str, data: dict[str, Any]) -> str:
    """The JSON text that is signed and sent; kept as stored so every retry is the same."""
    return json.dumps({"id": delivery_public_id, "type": event_name,
                       "created_at": _iso(clock.now()), "data": data},
                      ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def lead_data(lead: Lead) -> dict[str, Any]:
    return {"lead": LeadOutputSchema().dump(lead)}


def quote_data(lead: Lead, quote: Quote) -> dict[str, Any]:
    return {"lead": LeadOutputSchema().dump(lead), "quote": QuoteOutputSchema().dump(quote)}


def message_data(lead: Lead, thread_message: Any) -> dict[str, Any]:
    return {"lead_id": lead.id, "job_reference": lead.job_request.reference,
            "message": {"id": thread_message.id,
                        "text": text_for_business(lead.tenant, lead.job_request,
                                                  thread_message.text),
                        "file_count": len(thread_message.media),
                        "created_at": _iso(thread_message.created_at)}}


def appointment_data(lead: Lead, appointment: Any) -> dict[str, Any]:
    return {"lead_id": lead.id, "job_reference": lead.job_request.reference,
            "appointment": {"id": appointment.id, "kind": appointment.kind,
                            "status": appointment.status,
                            "starts_at": _iso(appointment.starts_at),
                            "ends_at": _iso(appointment.ends_at),
                            "note": appointment.note or ""}}


def job_data(lead: Lead, completed_at: datetime | None) -> dict[str, Any]:
    return {"lead_id": lead.id, "job_reference": lead.job_request.reference,
            "status": lead.job_request.status, "completed_at": _iso(completed_at)}




def review_data(review: Any) -> dict[str, Any]:
    """The review as the public profile shows it (no customer name: the profile shows none)."""
    return {"review": {"id": review.id, "job_reference": review.job_request.reference,
                       "stars": review.stars, "text": review.text, "version": review.version,
                       "published_at": _iso(review.published_at),
                       "edited_at": _iso(review.edited_at)}}
