"""The business marks a job completed, and the customer confirms it or reports a problem.

The business (owner, office, or a crew member on the job) marks the job completed with
completion photos and a short summary. The photos go into the job conversation (the
thread's own way out, through the gate) and the customer is asked, in the same chat, to
confirm with "job:done:<job>" or to report a problem with "job:problem:<job>".

- Confirmed: the completion row records the answer; after the commit
  `work.signals.job_completion_confirmed` is sent (reviews ask for stars then).
- A problem: the job goes back from "completed" to "in progress" (`jobs.state.transition`,
  actor "customer", so it is in the job's history), the business is told by e-mail and
  the customer's next words reach it in the job conversation; after the commit
  `work.signals.job_completion_disputed` is sent. The business completes it again later,
  and the customer is asked again.

Each time the business marks the job completed is one `JobCompletion` row, answered at most
once; a button from an older question answers the newest open one or is refused.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace import clock
from marketplace.accounts.models import User
from marketplace.channels.models import Customer
from marketplace.db import call_after_commit, db
from marketplace.errors import Conflict, InvalidInput
from marketplace.jobs import reasons as job_reasons
from marketplace.jobs import state as job_state
from marketplace.jobs.models import ActorKind, JobRequest, JobStatus
from marketplace.quotes.models import Lead, LeadStatus
from marketplace.system_reasons import system_reason
from marketplace.tenancy.models import Tenant
from marketplace.threads import routing as thread_routing
from marketplace.work import journal, notifications, queries, signals
from marketplace.work.models import CompletionAnswer, JobCompletion, WorkEntryKind, WorkPhoto

# A job can be marked completed from these; awarded and scheduled go through "in progress"
# (recorded), as a crew that finishes on the first day never pressed "started".
COMPLETABLE = (JobStatus.AWARDED, JobStatus.SCHEDULED, JobStatus.IN_PROGRESS)
SUMMARY_MAX = 600


def mark_completed(lead: Lead, actor: User, *, summary: str | None = None,
                   photos: list[WorkPhoto] = ()) -> JobCompletion:
    """The job is completed: the photos go to the customer, who is asked to confirm.
    A building block: no commit."""
    job = lead.job_request
    if lead.status != LeadStatus.WON:
        raise Conflict(_("Only the business whose quote the customer accepted can change "
                         "this job."))
    if job.status not in COMPLETABLE:
        raise Conflict(_("The job cannot go from “%(current)s” to “%(target)s”.",
                         current=job_state.status_label(job.status),
                         target=job_state.status_label(JobStatus.COMPLETED)))
    summary = (summary or "").replace("\r\n", "\n").strip()
    if len(summary) > SUMMARY_MAX:
        raise InvalidInput(_("The summary may have at most %(limit)s characters.",
                             limit=SUMMARY_MAX), field="summary", max_chars=SUMMARY_MAX)
    if job.status != JobStatus.IN_PROGRESS:
        job_state.transition(job, JobStatus.IN_PROGRESS, actor_kind=ActorKind.BUSINESS,
                             actor_id=actor.id)
    job_state.transition(job, JobStatus.COMPLETED, actor_kind=ActorKind.BUSINESS,
                         actor_id=actor.id)
    photos = list(photos)
    for photo in photos:
        photo.kind = WorkEntryKind.COMPLETION
    journal.share_photos(lead, actor, photos)
    completion = JobCompletion(tenant_id=lead.tenant_id, lead_id=lead.id,
                               job_request_id=job.id, marked_by_user_id=actor.id,
                               summary=summary, photo_count=len(photos),
                               created_at=clock.now())
    db.session.add(completion)
    notifications.ask_to_confirm_completion(lead, summary, len(photos))
    return completion


def complete_job(tenant: Tenant, actor: User, *, lead_id: Any, summary: str | None = None,
                 photo_ids: list[Any] = (), files: Any = ()) -> JobCompletion:
    """From the crew's page: the chosen photos (and any uploaded now) are the completion
    photos. One commit."""
    if actor.tenant_id != tenant.id:
        raise Conflict(_("Only the business whose quote the customer accepted can change "
                         "this job."))
    lead = queries.crew_lead(actor, lead_id)
    photos = queries.photos_of(lead, journal.ids_of(photo_ids))
    if journal.has_uploads(files):
        note = journal.build_note(lead, actor, text=None, files=files,
                                  kind=WorkEntryKind.COMPLETION)
        photos += note.photos
    completion = mark_completed(lead, actor, summary=summary, photos=photos)
    db.session.commit()
    return completion


# --- the customer's answer in the chat ("job:done:<job>", "job:problem:<job>") ---------------

def _open_question(customer: Customer, job_id: int
                   ) -> tuple[JobRequest, Lead, JobCompletion] | None:
    job = db.session.get(JobRequest, job_id)
    if job is None or job.customer_id != customer.id or job.status != JobStatus.COMPLETED:
        return None
    completion = queries.latest_completion(job.id)
    lead = db.session.scalar(sa.select(Lead).where(Lead.job_request_id == job.id,
                                                   Lead.status == LeadStatus.WON))
    if completion is None or completion.answer is not None or lead is None:
        return None
    return job, lead, completion


def _announce(signal: Any, job_id: int, tenant_id: int, **moment: Any) -> None:
    job = db.session.get(JobRequest, job_id)
    signal.send(job, job_id=job_id, tenant_id=tenant_id, **moment)


def _answer(customer: Customer, job_id: int, answer: CompletionAnswer
            ) -> tuple[JobRequest, Lead, JobCompletion] | None:
    """Record the customer's answer to the open question, or tell them it is settled."""
    found = _open_question(customer, job_id)
    if found is None:
        notifications.reply_job_not_available(customer)
        return None
    completion = found[2]
    completion.answer = answer
    completion.answered_at = clock.now()
    return found


def confirm(customer: Customer, job_id: int) -> bool:
    """The customer confirms the work is done. Inside the chat's unit of work."""
    found = _answer(customer, job_id, CompletionAnswer.CONFIRMED)
    if found is None:
        return False
    job, lead, completion = found
    notifications.thank_for_confirmation(lead)
    call_after_commit(_announce, signals.job_completion_confirmed, job.id, lead.tenant_id,
                      confirmed_at=completion.answered_at)
    return True


def report_problem(customer: Customer, job_id: int) -> bool:
    """The customer reports a problem: the job is open again and the business is told."""
    found = _answer(customer, job_id, CompletionAnswer.DISPUTED)
    if found is None:
        return False
    job, lead, completion = found
    job_state.transition(job, JobStatus.IN_PROGRESS, actor_kind=ActorKind.CUSTOMER,
                         actor_id=customer.id,
                         reason=system_reason(job_reasons.PROBLEM_REPORTED))
    # The customer's next words (what is wrong) go straight to the business's thread.
    thread_routing.focus(customer, lead)
    notifications.tell_problem_reported(lead)
    notifications.email_problem_reported(lead)
    call_after_commit(_announce, signals.job_completion_disputed, job.id, lead.tenant_id,
                      disputed_at=completion.answered_at)
    return True
