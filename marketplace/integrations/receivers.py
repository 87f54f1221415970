"""Moments elsewhere on the platform that become webhook events for the business concerned
(connected in marketplace/wiring.py). Each runs inside the unit of work of its cause."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from marketplace import clock
from marketplace.db import db
from marketplace.integrations import events, outbox
from marketplace.jobs.models import JobStatus
from marketplace.quotes.models import Lead, LeadStatus, Quote
from marketplace.reviews.models import Review
from marketplace.threads.models import ThreadMessage
from marketplace.work.models import Appointment


def on_lead_offered(_sender: object = None, *, lead_id: int, **_extra: Any) -> None:
    lead = db.session.get(Lead, lead_id)
    if lead is not None:
        outbox.record_event(lead.tenant_id, events.LEAD_CREATED.name,
                            lambda: events.lead_data(lead))


def on_quote_accepted(_sender: object = None, *, lead_id: int, quote_id: int,
                      **_extra: Any) -> None:
    lead, quote = db.session.get(Lead, lead_id), db.session.get(Quote, quote_id)
    if lead is not None and quote is not None:
        outbox.record_event(lead.tenant_id, events.QUOTE_ACCEPTED.name,
                            lambda: events.quote_data(lead, quote))


def on_customer_message(_sender: object = None, *, lead_id: int, thread_message_id: int,
                        **_extra: Any) -> None:
    lead = db.session.get(Lead, lead_id)
    message = db.session.get(ThreadMessage, thread_message_id)
    if lead is not None and message is not None:
        outbox.record_event(lead.tenant_id, events.MESSAGE_RECEIVED.name,
                            lambda: events.message_data(lead, message))


def on_appointment_confirmed(_sender: object = None, *, appointment_id: int, lead_id: int,
                             **_extra: Any) -> None:
    lead, appointment = db.session.get(Lead, lead_id), db.session.get(Appointment,
                                                                      appointment_id)
    if lead is not None and appointment is not None:
        outbox.record_event(lead.tenant_id, events.APPOINTMENT_CONFIRMED.name,
                            lambda: events.appointment_data(lead, appointment))


def on_job_status_changed(_sender: object = None, *, job_id: int, to_status: str,
                          **_extra: Any) -> None:
    if to_status != JobStatus.COMPLETED:
        return
    lead = db.session.scalar(sa.select(Lead).where(Lead.job_request_id == job_id,
                                                   Lead.status == LeadStatus.WON))
    if lead is not None:
        outbox.record_event(lead.tenant_id, events.JOB_COMPLETED.name,
                            lambda: events.job_data(lead, clock.now()))


def on_review_published(_sender: object = None, *, review_id: int, tenant_id: int,
                        **_extra: Any) -> None:
    """A customer's review of this business was published or edited. Sent after the chat's
    commit, so the delivery is recorded in a unit of work of its own."""
    review = db.session.get(Review, review_id)
    if review is None or not review.is_public:
        return
    if outbox.record_event(tenant_id, events.REVIEW_PUBLISHED.name,
                           lambda: events.review_data(review)):
        db.session.commit()
