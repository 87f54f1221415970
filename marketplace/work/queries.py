"""Reads of appointments and of a job's progress, for the lead page, the API, the
dashboard's start page and the crew's page. Nothing here writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

import sqlalchemy as sa

from marketplace import clock
from marketplace.accounts.models import User
from marketplace.consent import ledger
from marketplace.db import db
from marketplace.errors import NotFound
from marketplace.jobs.masking import street_address
from marketplace.jobs.models import JobRequest, JobRequestEvent, JobStatus
from marketplace.media.models import MediaFile
from marketplace.quotes.models import Lead, LeadStatus
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.scoping import get_scoped, get_scoped_for, scoped_select, scoped_select_for
from marketplace.work.models import (
    Appointment,
    AppointmentActor,
    AppointmentEvent,
    AppointmentStatus,
    JobCompletion,
    WorkNote,
    WorkPhoto,
)

ACTIVE_STATUSES = (AppointmentStatus.PROPOSED, AppointmentStatus.CONFIRMED,
                   AppointmentStatus.OTHER_TIMES_ASKED)


def get_lead(tenant: Tenant, lead_id: Any) -> Lead:
    return get_scoped(Lead, tenant, lead_id)


def lead_for(user: User, lead_id: Any) -> Lead:
    """A lead as this user may open it (a crew member: only the jobs they are on)."""
    return get_scoped_for(Lead, user, lead_id)


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


# --- the crew's page: the jobs a user may work on, their dates, notes and photos -------------

# Jobs the crew page lists: won, and not yet confirmed done or called off.
CREW_JOB_STATUSES = (JobStatus.AWARDED, JobStatus.SCHEDULED, JobStatus.IN_PROGRESS,
                     JobStatus.COMPLETED)


def crew_lead(user: User, lead_id: Any) -> Lead:
    """A won lead this user may work on: for crew members only the jobs they are assigned
    to. Anything else (another business's, another crew's, a lead not won) is a 404."""
    lead = get_scoped_for(Lead, user, lead_id)
    if lead.status != LeadStatus.WON:
        raise NotFound()
    return lead


def crew_leads(user: User) -> list[Lead]:
    """The won jobs this user may work on, newest award first."""
    return list(db.session.scalars(
        scoped_select_for(Lead, user).join(JobRequest, JobRequest.id == Lead.job_request_id)
        .where(Lead.status == LeadStatus.WON, JobRequest.status.in_(CREW_JOB_STATUSES))
        .order_by(Lead.id.desc()).limit(50)).all())


def crew_appointments(user: User, *, limit: int = 20) -> list[tuple[Appointment, JobRequest]]:
    """Confirmed appointments of the won jobs this user may work on, from now on, soonest
    first, each with its job."""
    return [tuple(row) for row in db.session.execute(
        scoped_select_for(Appointment, user).add_columns(JobRequest)
        .join(Lead, Lead.id == Appointment.lead_id)
        .join(JobRequest, JobRequest.id == Appointment.job_request_id)
        .where(Appointment.status == AppointmentStatus.CONFIRMED,
               Appointment.ends_at >= clock.now(), Lead.status == LeadStatus.WON)
        .order_by(Appointment.starts_at).limit(limit)).all()]


def confirmed_appointments_of(lead: Lead) -> list[Appointment]:
    return [appointment for appointment in appointments_of(lead)
            if appointment.status == AppointmentStatus.CONFIRMED]


def notes_of(lead: Lead) -> list[WorkNote]:
    """The job's notes with their photos, newest first."""
    return list(db.session.scalars(
        sa.select(WorkNote).where(WorkNote.lead_id == lead.id,
                                  WorkNote.tenant_id == lead.tenant_id)
        .order_by(WorkNote.id.desc())).all())


def work_photo(lead: Lead, public_id: str) -> WorkPhoto:
    photo = db.session.scalar(
        sa.select(WorkPhoto).join(MediaFile, MediaFile.id == WorkPhoto.media_file_id)
        .where(WorkPhoto.lead_id == lead.id, WorkPhoto.tenant_id == lead.tenant_id,
               MediaFile.public_id == str(public_id)[:40]))
    if photo is None:
        raise NotFound()
    return photo


def photos_of(lead: Lead, photo_ids: list[int]) -> list[WorkPhoto]:
    if not photo_ids:
        return []
    return list(db.session.scalars(
        sa.select(WorkPhoto).where(WorkPhoto.lead_id == lead.id,
                                   WorkPhoto.tenant_id == lead.tenant_id,
                                   WorkPhoto.id.in_(photo_ids))
        .order_by(WorkPhoto.id)).all())


def latest_completion(job_request_id: int) -> JobCompletion | None:
    return db.session.scalar(
        sa.select(JobCompletion).where(JobCompletion.job_request_id == job_request_id)
        .order_by(JobCompletion.id.desc()).limit(1))


def directions_url(lead: Lead) -> str | None:
    """A route planner link to the job's address: only while the customer shares their
    details with this business (the street is read from the description as the ledger lets
    the business read it; without one, the postcode and place)."""
    job = lead.job_request
    if ledger.contact_details(lead.tenant, job) is None:
        return None
    street = street_address(ledger.visible_text_for(lead.tenant, job, job.description))
    destination = ", ".join(part for part in (street, f"{job.postcode} {job.place_name or ''}")
                            if part).strip()
    return "https://www.google.com/maps/dir/?api=1&" + urlencode({"destination": destination})
