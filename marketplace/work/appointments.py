"""Appointments: the business proposes one to three slots for a site visit (Besichtigung)
or for the work; the customer picks one by button or asks for other times in words.

The business's side (`propose`, `cancel_by_business`) runs on the dashboard and through the
API, one unit of work each. The customer's side (`handle_customer_choice` for the buttons
"appt:pick:<slot>", "appt:other:<appointment>", "appt:cancel:<appointment>", and
"appt:show:<appointment>" under the template sent outside the 24-hour window;
`take_other_times_words` for the message after "other times") runs inside the chat's unit
of work and never commits.

One appointment per lead and kind is active at a time: a new proposal replaces the active
one (status "replaced"), which is how a business reschedules. Every change writes an
AppointmentEvent; the buttons of a changed appointment get a plain answer, nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace import clock
from marketplace.accounts.models import User
from marketplace.channels.base import MessageKind
from marketplace.channels.models import Customer, Message
from marketplace.db import db
from marketplace.errors import Conflict, InvalidInput
from marketplace.jobs import reasons as job_reasons
from marketplace.jobs import state as job_state
from marketplace.jobs.models import ActorKind as JobActor
from marketplace.jobs.models import JobRequest, JobStatus
from marketplace.quotes.models import Lead, LeadStatus
from marketplace.system_reasons import system_reason
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.scoping import get_scoped
from marketplace.threads import incoming as thread_incoming
from marketplace.threads import rules as thread_rules
from marketplace.work import notifications, queries
from marketplace.work import reasons as work_reasons
from marketplace.work import signals as work_signals
from marketplace.work.models import (
    Appointment,
    AppointmentActor,
    AppointmentEvent,
    AppointmentKind,
    AppointmentSlot,
    AppointmentStatus,
)
from marketplace.work.timeslots import to_utc

MAX_SLOTS = 3
MAX_DURATION = timedelta(days=14)  # a roof may take two weeks; longer is a typing mistake
MAX_AHEAD = timedelta(days=366)
# A lead whose business may still arrange a visit: open, quoted, or won (the work).
LEAD_STATUSES_FOR_VISITS = (LeadStatus.OFFERED, LeadStatus.VIEWED, LeadStatus.QUOTED,
                            LeadStatus.WON)
JOB_STATUSES_FOR_APPOINTMENTS = (JobStatus.OPEN, JobStatus.AWARDED, JobStatus.SCHEDULED,
                                 JobStatus.IN_PROGRESS)
# How long the customer's next message counts as the answer to "which times suit you?".
WORDS_WINDOW = timedelta(days=7)
REASON_MAX = 300


def record(appointment: Appointment, to_status: str, *, actor_kind: AppointmentActor,
           actor_user_id: int | None = None, reason: str | None = None) -> AppointmentEvent:
    """Change the status (or keep it, for a note) and write the history row."""
    event = AppointmentEvent(tenant_id=appointment.tenant_id, appointment=appointment,
                             from_status=appointment.status if appointment.id else None,
                             to_status=to_status, actor_kind=actor_kind,
                             actor_user_id=actor_user_id,
                             reason=reason[:REASON_MAX] if reason else None)
    appointment.status = to_status
    db.session.add(event)
    return event


# --- the business's side ---------------------------------------------------------------------

def _checked_slots(slots: Sequence[dict[str, datetime]]) -> list[tuple[datetime, datetime]]:
    if not 1 <= len(slots) <= MAX_SLOTS:
        raise InvalidInput(_("Please propose one to three times."), field="slots")
    now = clock.now()
    checked = []
    for number, slot in enumerate(slots, start=1):
        starts_at, ends_at = to_utc(slot["starts_at"]), to_utc(slot["ends_at"])
        if starts_at <= now:
            raise InvalidInput(_("Time %(number)s lies in the past.", number=number),
                               field="slots", slot=number)
        if ends_at <= starts_at:
            raise InvalidInput(_("Time %(number)s ends before it starts.", number=number),
                               field="slots", slot=number)
        if ends_at - starts_at > MAX_DURATION or starts_at - now > MAX_AHEAD:
            raise InvalidInput(_("Time %(number)s is too long or too far ahead.",
                                 number=number), field="slots", slot=number)
        checked.append((starts_at, ends_at))
    if len(set(checked)) != len(checked):
        raise InvalidInput(_("The same time is proposed twice."), field="slots")
    return sorted(checked)


def _ensure_may_arrange(lead: Lead, kind: str) -> None:
    job = lead.job_request
    if lead.status not in LEAD_STATUSES_FOR_VISITS or (
            job.status not in JOB_STATUSES_FOR_APPOINTMENTS):
        raise Conflict(_("Appointments can only be arranged on an open request or on a job "
                         "you won."))
    if kind == AppointmentKind.WORK and lead.status != LeadStatus.WON:
        raise Conflict(_("A date for the work can only be proposed once the customer "
                         "accepted your quote."))


def propose(tenant: Tenant, actor: User, *, lead_id: Any, kind: str,
            slots: Sequence[dict[str, datetime]], note: str = "") -> Appointment:
    """Offer the customer one to three times; a proposal replaces the active one of its kind."""
    lead = get_scoped(Lead, tenant, lead_id)
    if kind not in set(AppointmentKind):
        raise InvalidInput(_("Unknown kind of appointment."), field="kind")
    _ensure_may_arrange(lead, kind)
    times = _checked_slots(slots)
    replaced = queries.active_appointment(lead.id, kind)
    if replaced is not None:
        _end(replaced, AppointmentStatus.REPLACED, actor_kind=AppointmentActor.BUSINESS,
             actor_user_id=actor.id, job_actor=(JobActor.BUSINESS, actor.id))
    appointment = Appointment(tenant_id=tenant.id, lead_id=lead.id,
                              job_request_id=lead.job_request_id, kind=kind,
                              status=AppointmentStatus.PROPOSED, note=(note or "").strip(),
                              proposed_by_user_id=actor.id,
                              replaces_id=replaced.id if replaced is not None else None)
    appointment.slots = [AppointmentSlot(position=position, starts_at=starts_at,
                                         ends_at=ends_at)
                         for position, (starts_at, ends_at) in enumerate(times, start=1)]
    db.session.add(appointment)
    record(appointment, AppointmentStatus.PROPOSED, actor_kind=AppointmentActor.BUSINESS,
           actor_user_id=actor.id)
    db.session.flush()
    notifications.send_proposal(appointment, replaced=replaced)
    db.session.commit()
    return appointment


def cancel_by_business(tenant: Tenant, actor: User, *, lead_id: Any, appointment_id: Any,
                       reason: str) -> Appointment:
    appointment = queries.get_appointment(tenant, lead_id, appointment_id)
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(_("Please give the customer a reason."), field="reason")
    if appointment.status not in queries.ACTIVE_STATUSES:
        raise Conflict(_("This appointment is already cancelled or replaced."))
    appointment.cancelled_by = AppointmentActor.BUSINESS
    appointment.cancel_reason = reason[:REASON_MAX]
    _end(appointment, AppointmentStatus.CANCELLED, actor_kind=AppointmentActor.BUSINESS,
         actor_user_id=actor.id, reason=reason, job_actor=(JobActor.BUSINESS, actor.id))
    notifications.tell_cancelled(appointment, by_customer=False)
    db.session.commit()
    return appointment


def _end(appointment: Appointment, status: str, *, actor_kind: AppointmentActor,
         job_actor: tuple[JobActor, int | None], actor_user_id: int | None = None,
         reason: str | None = None) -> None:
    """Leave the current state (replaced, cancelled, other times asked); an agreed work
    date that goes away un-schedules the job."""
    was_work_date = (appointment.status == AppointmentStatus.CONFIRMED
                     and appointment.kind == AppointmentKind.WORK)
    record(appointment, status, actor_kind=actor_kind, actor_user_id=actor_user_id,
           reason=reason)
    job = db.session.get(JobRequest, appointment.job_request_id)
    if was_work_date and job.status == JobStatus.SCHEDULED:
        job_state.transition(job, JobStatus.AWARDED, actor_kind=job_actor[0],
                             actor_id=job_actor[1],
                             reason=system_reason(job_reasons.WORK_DATE_CANCELLED,
                                                  appointment.id))


def cancel_all_of_job(job: JobRequest, *, actor_kind: AppointmentActor,
                      actor_user_id: int | None, reason: str | None) -> list[Appointment]:
    """The job itself was cancelled: its appointments end with it (no message of their own;
    the customer and the business are told about the job). Does not commit."""
    ended = queries.active_appointments_of_job(job.id)
    for appointment in ended:
        appointment.cancelled_by = actor_kind
        appointment.cancel_reason = (reason or "")[:REASON_MAX] or None
        record(appointment, AppointmentStatus.CANCELLED, actor_kind=actor_kind,
               actor_user_id=actor_user_id, reason=reason)
    return ended


# --- the customer's side, inside the chat's unit of work -------------------------------------

def _customer_appointment(customer: Customer, appointment: Appointment | None
                          ) -> Appointment | None:
    if appointment is None:
        return None
    job = db.session.get(JobRequest, appointment.job_request_id)
    return appointment if job is not None and job.customer_id == customer.id else None


def _still_open(appointment: Appointment) -> bool:
    lead = db.session.get(Lead, appointment.lead_id)
    job = lead.job_request
    return (lead.status in LEAD_STATUSES_FOR_VISITS
            and job.status in JOB_STATUSES_FOR_APPOINTMENTS)


def _pick(customer: Customer, key: int) -> bool:
    slot = db.session.get(AppointmentSlot, key)
    appointment = _customer_appointment(customer, slot.appointment if slot else None)
    if appointment is None:
        notifications.reply_stale(customer, None)
        return False
    if appointment.status not in (AppointmentStatus.PROPOSED,
                                  AppointmentStatus.OTHER_TIMES_ASKED) or (
            not _still_open(appointment)):
        notifications.reply_stale(customer, appointment)
        return False
    if slot.starts_at <= clock.now():
        notifications.reply_stale(customer, appointment)
        return False
    appointment.starts_at, appointment.ends_at = slot.starts_at, slot.ends_at
    record(appointment, AppointmentStatus.CONFIRMED, actor_kind=AppointmentActor.CUSTOMER)
    job = db.session.get(JobRequest, appointment.job_request_id)
    if appointment.kind == AppointmentKind.WORK and job.status == JobStatus.AWARDED:
        # The agreed work date is what "scheduled" means for the job.
        job_state.transition(job, JobStatus.SCHEDULED, actor_kind=JobActor.CUSTOMER,
                             actor_id=customer.id,
                             reason=system_reason(job_reasons.WORK_DATE_CONFIRMED,
                                                  appointment.id))
    work_signals.appointment_confirmed.send(appointment, appointment_id=appointment.id,
                                            lead_id=appointment.lead_id,
                                            tenant_id=appointment.tenant_id)
    notifications.send_confirmation(appointment)
    notifications.email_confirmed(appointment)
    return True


def _other_times(customer: Customer, key: int) -> bool:
    appointment = _customer_appointment(customer, db.session.get(Appointment, key))
    if appointment is None or appointment.status not in queries.ACTIVE_STATUSES or (
            not _still_open(appointment)):
        notifications.reply_stale(customer, appointment)
        return False
    # From a confirmed time too: that is how the customer reschedules. The time no longer
    # holds (an agreed work date un-schedules the job) until the business proposes anew.
    _end(appointment, AppointmentStatus.OTHER_TIMES_ASKED,
         actor_kind=AppointmentActor.CUSTOMER, job_actor=(JobActor.CUSTOMER, customer.id))
    appointment.starts_at = appointment.ends_at = None
    notifications.ask_for_other_times(appointment)
    notifications.email_other_times(appointment)
    return True


def _cancel(customer: Customer, key: int) -> bool:
    appointment = _customer_appointment(customer, db.session.get(Appointment, key))
    if appointment is None or appointment.status not in queries.ACTIVE_STATUSES:
        notifications.reply_stale(customer, appointment)
        return False
    appointment.cancelled_by = AppointmentActor.CUSTOMER
    _end(appointment, AppointmentStatus.CANCELLED, actor_kind=AppointmentActor.CUSTOMER,
         reason=system_reason(work_reasons.CANCELLED_IN_CHAT),
         job_actor=(JobActor.CUSTOMER, customer.id))
    notifications.tell_cancelled(appointment, by_customer=True)
    notifications.email_cancelled_by_customer(appointment)
    return True


def _show(customer: Customer, key: int) -> bool:
    """The button of the template sent outside the 24-hour window: the tap reopened the
    window, so the appointment comes again with its own buttons."""
    appointment = _customer_appointment(customer, db.session.get(Appointment, key))
    if appointment is None or not _still_open(appointment):
        notifications.reply_stale(customer, appointment)
        return False
    if appointment.status in (AppointmentStatus.PROPOSED, AppointmentStatus.OTHER_TIMES_ASKED):
        notifications.send_proposal(appointment, replaced=None)
    elif appointment.status == AppointmentStatus.CONFIRMED:
        notifications.send_confirmation(appointment)
    else:
        notifications.reply_stale(customer, appointment)
        return False
    return True


CHOICES: dict[str, Callable[[Customer, int], bool]] = {
    "show": _show,
    "pick": _pick,
    "other": _other_times,
    "cancel": _cancel,
}


def handle_customer_choice(customer: Customer, message: Message | None, action: str,
                           object_id: str) -> bool:
    """A tapped "appt:<action>:<id>" button; False (with a plain answer) when stale."""
    handler = CHOICES.get(action)
    try:
        key = int(object_id)
    except (TypeError, ValueError):
        key = None
    if handler is None or key is None:
        notifications.reply_stale(customer, None)
        return False
    return handler(customer, key)


def take_other_times_words(customer: Customer, message: Message) -> bool:
    """The customer's message right after "other times": it goes to that business.

    Only the first text message after the button counts, and only for a week: later words
    are the job conversation's or the intake's. The words are kept on the appointment's
    history (the business reads them masked until it may see contact details) and go into
    the lead's job conversation, whose notifications tell the business; a lead without an
    open conversation hears of them by e-mail instead.
    """
    if message.kind != MessageKind.TEXT or not (message.text or "").strip():
        return False
    since = clock.now() - WORDS_WINDOW
    candidates = db.session.scalars(
        sa.select(Appointment).join(JobRequest, JobRequest.id == Appointment.job_request_id)
        .where(JobRequest.customer_id == customer.id,
               Appointment.status == AppointmentStatus.OTHER_TIMES_ASKED,
               Appointment.updated_at >= since)
        .order_by(Appointment.updated_at.desc(), Appointment.id.desc())).all()
    appointment = next((item for item in candidates if queries.waiting_for_words(item)), None)
    if appointment is None:
        return False
    words = message.text.strip()
    record(appointment, AppointmentStatus.OTHER_TIMES_ASKED,
           actor_kind=AppointmentActor.CUSTOMER, reason=words)
    lead = db.session.get(Lead, appointment.lead_id)
    if thread_rules.is_thread_open(lead):
        # The job conversation carries the words: the business reads them in the thread
        # (masked as every customer message) and hears of them as of any other message.
        thread_incoming.file_message(customer, message, lead)
    else:
        notifications.email_other_times(appointment, words)
    notifications.thank_for_other_times(appointment)
    return True
