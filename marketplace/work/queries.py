"""Reads of appointments and of a job's progress, for the lead page, the API and the
dashboard's start page. Nothing here writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from marketplace import clock
from marketplace.consent import ledger
from marketplace.db import db
from marketplace.errors import NotFound
from marketplace.jobs.models import JobRequestEvent
from marketplace.quotes.models import Lead
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.scoping import get_scoped, scoped_select
from marketplace.work.models import (
    Appointment,
    AppointmentActor,
    AppointmentEvent,
    AppointmentStatus,
)

ACTIVE_STATUSES = (AppointmentStatus.PROPOSED, AppointmentStatus.CONFIRMED,
                   AppointmentStatus.OTHER_TIMES_ASKED)


def get_lead(tenant: Tenant, lead_id: Any) -> Lead:
    return get_scoped(Lead, tenant, lead_id)


def get_appointment(tenant: Tenant, lead_id: Any, appointment_id: Any) -> Appointment:
    """One appointment of one of the business's leads; anything else is a 404."""
    lead = get_scoped(Lead, tenant, lead_id)
    appointment = get_scoped(Appointment, tenant, appointment_id)
    if appointment.lead_id != lead.id:
        raise NotFound()
    return appointment


def appointments_of(lead: Lead) -> list[Appointment]:
    """Newest first, the replaced and cancelled ones included (they are the history)."""
    return list(db.session.scalars(
        sa.select(Appointment).where(Appointment.lead_id == lead.id,
                                     Appointment.tenant_id == lead.tenant_id)
        .order_by(Appointment.id.desc())).all())


def active_appointment(lead_id: int, kind: str) -> Appointment | None:
    return db.session.scalar(
        sa.select(Appointment).where(Appointment.lead_id == lead_id, Appointment.kind == kind,
                                     Appointment.status.in_(ACTIVE_STATUSES))
        .order_by(Appointment.id.desc()).limit(1))


def active_appointments_of_job(job_request_id: int) -> list[Appointment]:
    return list(db.session.scalars(
        sa.select(Appointment).where(Appointment.job_request_id == job_request_id,
                                     Appointment.status.in_(ACTIVE_STATUSES))
        .order_by(Appointment.id)).all())


def customer_words(appointment: Appointment) -> AppointmentEvent | None:
    """The customer's own message after "other times" (an event that keeps the status)."""
    for event in reversed(appointment.events):
        if (event.actor_kind == AppointmentActor.CUSTOMER
                and event.from_status == event.to_status == AppointmentStatus.OTHER_TIMES_ASKED):
            return event
    return None


def waiting_for_words(appointment: Appointment) -> bool:
    """The customer tapped "other times" and has not yet written which ones."""
    if appointment.status != AppointmentStatus.OTHER_TIMES_ASKED or not appointment.events:
        return False
    last = appointment.events[-1]
    return last.actor_kind == AppointmentActor.CUSTOMER and last.from_status != last.to_status


@dataclass
class EventView:
    from_status: str | None
    to_status: str
    actor_kind: str
    reason: str | None
    created_at: datetime


@dataclass
class AppointmentView:
    """An appointment as the business may see it: the customer's words masked until it may
    see their contact details."""

    appointment: Appointment
    customer_message: str | None
    history: list[EventView] = field(default_factory=list)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.appointment, name)


def view_of(appointment: Appointment, lead: Lead) -> AppointmentView:
    job = lead.job_request

    def visible(event: AppointmentEvent) -> str | None:
        if event.actor_kind == AppointmentActor.CUSTOMER and event.reason:
            return ledger.visible_text_for(lead.tenant, job, event.reason)
        return event.reason

    words = customer_words(appointment)
    return AppointmentView(
        appointment=appointment,
        customer_message=visible(words) if words is not None else None,
        history=[EventView(event.from_status, event.to_status, event.actor_kind,
                           visible(event), event.created_at) for event in appointment.events])


def appointment_views(lead: Lead) -> list[AppointmentView]:
    return [view_of(appointment, lead) for appointment in appointments_of(lead)]


def job_history(lead: Lead) -> list[JobRequestEvent]:
    """The job's status changes since the award, oldest first."""
    return list(db.session.scalars(
        sa.select(JobRequestEvent).where(JobRequestEvent.job_request_id == lead.job_request_id)
        .order_by(JobRequestEvent.id)).all())


def upcoming(tenant: Tenant, *, limit: int = 10) -> list[Appointment]:
    """The business's confirmed appointments from now on, soonest first."""
    return list(db.session.scalars(
        scoped_select(Appointment, tenant)
        .where(Appointment.status == AppointmentStatus.CONFIRMED,
               Appointment.ends_at >= clock.now())
        .order_by(Appointment.starts_at).limit(limit)).all())


def needing_attention(tenant: Tenant, *, limit: int = 10) -> list[Appointment]:
    """Appointments where the customer asked for other times: the business proposes anew."""
    return list(db.session.scalars(
        scoped_select(Appointment, tenant)
        .where(Appointment.status == AppointmentStatus.OTHER_TIMES_ASKED)
        .order_by(Appointment.updated_at.desc()).limit(limit)).all())
