"""The job after the award: awarded → scheduled → in progress → completed, or cancelled by
either side with a reason.

Every change goes through `jobs.state.transition`, which writes the job's history row
(actor "business" with the user's id, or "customer"). Only the business whose lead was won
moves the job (`change_status`, dashboard and API, one unit of work). "Scheduled" is not
set by hand: it follows from a confirmed work appointment (work/appointments.py).

The customer is told at every step in the chat. They cancel with the "job:cancel:<job>"
button that comes with the next-steps message after the award and with the progress
messages; a second button confirms it ("job:cancel_confirm:<job>"), so a stray tap costs
nothing. The reason recorded is "cancelled by the customer in the chat": asking for words
would need one more open question in the chat, and the customer can still write to the
business in the job conversation.

"Completed" asks the customer to confirm or report a problem (work/completion.py, whose
buttons "job:done:<job>" and "job:problem:<job>" are answered here too).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace.accounts.models import User
from marketplace.channels.models import Customer, Message
from marketplace.db import db
from marketplace.errors import Conflict, InvalidInput
from marketplace.jobs import reasons as job_reasons
from marketplace.jobs import state as job_state
from marketplace.jobs.models import ActorKind, JobRequest, JobStatus
from marketplace.quotes.models import Lead, LeadStatus
from marketplace.system_reasons import system_reason
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.scoping import get_scoped
from marketplace.work import appointments, completion, notifications, queries
from marketplace.work import reasons as work_reasons
from marketplace.work.models import AppointmentActor, AppointmentStatus

# What a business may set by hand (scheduled follows from an agreed work date).
BUSINESS_STATUSES = (JobStatus.IN_PROGRESS, JobStatus.COMPLETED, JobStatus.CANCELLED)
# While the customer may still cancel.
CANCELLABLE = (JobStatus.AWARDED, JobStatus.SCHEDULED, JobStatus.IN_PROGRESS)
REASON_MAX = 300


def won_lead_of(job: JobRequest) -> Lead | None:
    return db.session.scalar(sa.select(Lead).where(Lead.job_request_id == job.id,
                                                   Lead.status == LeadStatus.WON))


def next_statuses(lead: Lead) -> tuple[JobStatus, ...]:
    """The buttons the lead page offers the business now (empty unless its lead was won)."""
    if lead.status != LeadStatus.WON or lead.job_request.status == JobStatus.COMPLETED:
        # Only the customer reopens a completed job (by reporting a problem).
        return ()
    allowed = job_state.ALLOWED.get(JobStatus(lead.job_request.status), frozenset())
    return tuple(status for status in BUSINESS_STATUSES if status in allowed)


def change_status(tenant: Tenant, actor: User, *, lead_id: Any, status: str,
                  reason: str | None = None) -> Lead:
    """The business marks its job started, completed or cancelled; the customer is told."""
    lead = get_scoped(Lead, tenant, lead_id)
    try:
        target = JobStatus(status)
    except ValueError:
        raise InvalidInput(_("Unknown job status."), field="status") from None
    if target not in BUSINESS_STATUSES:
        raise InvalidInput(_("A job can be marked in progress, completed or cancelled."),
                           field="status")
    reason = (reason or "").strip()[:REASON_MAX] or None
    if target == JobStatus.CANCELLED and not reason:
        raise InvalidInput(_("Please give the customer a reason for cancelling."),
                           field="reason")
    if lead.status != LeadStatus.WON:
        raise Conflict(_("Only the business whose quote the customer accepted can change "
                         "this job."))
    job = lead.job_request
    if target not in next_statuses(lead):
        raise Conflict(_("The job cannot go from “%(current)s” to “%(target)s”.",
                         current=status_label(job.status), target=status_label(target)))
    if target == JobStatus.COMPLETED:
        # The customer is asked to confirm (work/completion.py), as from the crew's page.
        completion.mark_completed(lead, actor, summary=reason)
        db.session.commit()
        return lead
    job_state.transition(job, target, actor_kind=ActorKind.BUSINESS, actor_id=actor.id,
                         reason=reason)
    if target == JobStatus.CANCELLED:
        appointments.cancel_all_of_job(job, actor_kind=AppointmentActor.BUSINESS,
                                       actor_user_id=actor.id,
                                       reason=system_reason(work_reasons.JOB_CANCELLED))
    notifications.tell_progress(lead, target, reason=reason)
    db.session.commit()
    return lead


def status_label(status: str) -> str:
    return job_state.status_label(status)


# --- after the award, in the chat's unit of work ---------------------------------------------

def after_award(_sender: object = None, *, lead_id: int, **_extra: object) -> None:
    """Receiver of quotes' `quote_accepted`, inside the chat's unit of work.

    The customer hears what happens next (queued now, so it comes before the consent
    question that follows the commit). Site visits the customer had arranged with the
    businesses not chosen end here: their buttons close, and no reminder goes out.
    """
    lead = db.session.get(Lead, lead_id)
    if lead is None:
        return
    for appointment in queries.active_appointments_of_job(lead.job_request_id):
        if appointment.lead_id != lead.id:
            appointment.cancelled_by = AppointmentActor.SYSTEM
            appointments.record(appointment, AppointmentStatus.CANCELLED,
                                actor_kind=AppointmentActor.SYSTEM,
                                reason=system_reason(work_reasons.ANOTHER_BUSINESS_CHOSEN))
            appointment.cancel_reason = system_reason(work_reasons.ANOTHER_BUSINESS_CHOSEN)
    notifications.tell_next_steps(lead)


# --- the customer's buttons "job:<action>:<job id>" ------------------------------------------

def _customer_job(customer: Customer, job_id: int) -> tuple[JobRequest, Lead] | None:
    job = db.session.get(JobRequest, job_id)
    if job is None or job.customer_id != customer.id or job.status not in CANCELLABLE:
        return None
    lead = won_lead_of(job)
    return (job, lead) if lead is not None else None


def _ask_to_cancel(customer: Customer, job_id: int) -> bool:
    found = _customer_job(customer, job_id)
    if found is None:
        notifications.reply_job_not_available(customer)
        return False
    notifications.ask_to_confirm_cancel(found[1])
    return True


def _confirm_cancel(customer: Customer, job_id: int) -> bool:
    found = _customer_job(customer, job_id)
    if found is None:
        notifications.reply_job_not_available(customer)
        return False
    job, lead = found
    job_state.transition(job, JobStatus.CANCELLED, actor_kind=ActorKind.CUSTOMER,
                         actor_id=customer.id,
                         reason=system_reason(job_reasons.CANCELLED_BY_CUSTOMER))
    appointments.cancel_all_of_job(job, actor_kind=AppointmentActor.CUSTOMER,
                                   actor_user_id=None,
                                   reason=system_reason(work_reasons.JOB_CANCELLED))
    notifications.tell_cancelled_by_customer(lead)
    notifications.email_job_cancelled_by_customer(lead)
    return True


def _keep(customer: Customer, job_id: int) -> bool:
    found = _customer_job(customer, job_id)
    if found is None:
        notifications.reply_job_not_available(customer)
        return False
    notifications.tell_kept(found[1])
    return True


CHOICES: dict[str, Callable[[Customer, int], bool]] = {
    "cancel": _ask_to_cancel,
    "cancel_confirm": _confirm_cancel,
    "keep": _keep,
    "done": completion.confirm,
    "problem": completion.report_problem,
}


def handle_customer_choice(customer: Customer, message: Message | None, action: str,
                           object_id: str) -> bool:
    handler = CHOICES.get(action)
    try:
        key = int(object_id)
    except (TypeError, ValueError):
        key = None
    if handler is None or key is None:
        notifications.reply_job_not_available(customer)
        return False
    return handler(customer, key)
