"""Which status changes a job request allows, and the one function that makes them."""

from __future__ import annotations

from flask_babel import gettext as _

from marketplace import clock
from marketplace.db import db
from marketplace.errors import InvalidTransition
from marketplace.jobs import signals as job_signals
from marketplace.jobs.models import ActorKind, JobRequest, JobRequestEvent, JobStatus

ALLOWED: dict[JobStatus, frozenset[JobStatus]] = {
    JobStatus.OPEN: frozenset({JobStatus.AWARDED, JobStatus.CLOSED, JobStatus.CANCELLED,
                               JobStatus.UNMATCHED}),
    JobStatus.UNMATCHED: frozenset({JobStatus.OPEN, JobStatus.CLOSED, JobStatus.CANCELLED}),
    # After the award (work/progress.py): a confirmed work appointment schedules the job;
    # the business may also start without one (a date agreed on the phone). Either side
    # cancels with a reason until the work is completed.
    JobStatus.AWARDED: frozenset({JobStatus.SCHEDULED, JobStatus.IN_PROGRESS,
                                  JobStatus.CANCELLED, JobStatus.CLOSED}),
    # Back to awarded when the agreed work date is cancelled or replaced.
    JobStatus.SCHEDULED: frozenset({JobStatus.AWARDED, JobStatus.IN_PROGRESS,
                                    JobStatus.CANCELLED}),
    JobStatus.IN_PROGRESS: frozenset({JobStatus.COMPLETED, JobStatus.CANCELLED}),
    # Back to in progress when the customer reports a problem with the finished work.
    JobStatus.COMPLETED: frozenset({JobStatus.CLOSED, JobStatus.IN_PROGRESS}),
    JobStatus.CLOSED: frozenset(),
    JobStatus.CANCELLED: frozenset(),
}
FINAL = frozenset({JobStatus.CLOSED, JobStatus.CANCELLED})
# The job's life is over: retention and consent expiry count from `closed_at`.
ENDED = FINAL | {JobStatus.COMPLETED}


def record_event(job: JobRequest, *, from_status: str | None, to_status: str,
                 actor_kind: ActorKind, actor_id: int | None = None,
                 reason: str | None = None) -> JobRequestEvent:
    event = JobRequestEvent(job_request_id=job.id, from_status=from_status, to_status=to_status,
                            actor_kind=actor_kind, actor_id=actor_id, reason=reason)
    db.session.add(event)
    return event


def transition(job: JobRequest, new_status: JobStatus, *, actor_kind: ActorKind,
               actor_id: int | None = None, reason: str | None = None) -> JobRequest:
    """Move a job to `new_status` and record who did it and why. Does not commit."""
    current = JobStatus(job.status)
    if new_status not in ALLOWED[current]:
        raise InvalidTransition(f"a job cannot go from {current} to {new_status}")
    job.status = new_status
    if new_status in ENDED and job.closed_at is None:
        job.closed_at = clock.now()
    elif new_status not in ENDED:
        # A reopened job is not over: retention and consent expiry count from its next end.
        job.closed_at = None
    record_event(job, from_status=current, to_status=new_status, actor_kind=actor_kind,
                 actor_id=actor_id, reason=reason)
    job_signals.job_status_changed.send(job, job_id=job.id, from_status=current,
                                        to_status=new_status)
    return job


_STATUS_LABELS = {
    JobStatus.OPEN: lambda: _("open"),
    JobStatus.AWARDED: lambda: _("awarded"),
    JobStatus.SCHEDULED: lambda: _("scheduled"),
    JobStatus.IN_PROGRESS: lambda: _("in progress"),
    JobStatus.COMPLETED: lambda: _("completed"),
    JobStatus.CLOSED: lambda: _("closed"),
    JobStatus.CANCELLED: lambda: _("cancelled"),
    JobStatus.UNMATCHED: lambda: _("no business found"),
}


def status_label(status: str | None) -> str:
    """A job's status in words (German first), on every page and message that shows one.
    Only the label asked for is translated: list pages call this once per row."""
    try:
        return _STATUS_LABELS[JobStatus(status)]()
    except ValueError:
        return status or ""
