"""The reminder the day before a confirmed appointment: to the customer through the gate,
to the business by e-mail, once per appointment.

The sweep runs every 15 minutes and picks appointments starting in 20 to 28 hours, so a
missed run (a worker restart) still reminds in time; `reminder_sent_at` makes a second run
send nothing. Each appointment is its own unit of work: one customer's failure (a bad row)
does not stop the others.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import sqlalchemy as sa

from marketplace import clock
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.quotes.models import Lead
from marketplace.work import notifications
from marketplace.work.appointments import (
    JOB_STATUSES_FOR_APPOINTMENTS,
    LEAD_STATUSES_FOR_VISITS,
)
from marketplace.work.models import Appointment, AppointmentStatus

log = logging.getLogger(__name__)

REMIND_FROM = timedelta(hours=20)
REMIND_UNTIL = timedelta(hours=28)
BATCH_SIZE = 200


def due_reminders() -> list[int]:
    """Confirmed appointments starting in 20 to 28 hours whose business is still on the job
    (a visit of a business the customer did not choose is not worth a reminder)."""
    now = clock.now()
    return list(db.session.scalars(
        sa.select(Appointment.id)
        .join(Lead, Lead.id == Appointment.lead_id)
        .join(JobRequest, JobRequest.id == Appointment.job_request_id)
        .where(Appointment.status == AppointmentStatus.CONFIRMED,
               Appointment.reminder_sent_at.is_(None),
               Appointment.starts_at >= now + REMIND_FROM,
               Appointment.starts_at <= now + REMIND_UNTIL,
               Lead.status.in_(LEAD_STATUSES_FOR_VISITS),
               JobRequest.status.in_(JOB_STATUSES_FOR_APPOINTMENTS))
        .order_by(Appointment.starts_at).limit(BATCH_SIZE)).all())


def send_reminder(appointment_id: int) -> bool:
    """One reminder, one commit; False when it is no longer due (sent, changed)."""
    appointment = db.session.execute(
        sa.select(Appointment).where(Appointment.id == appointment_id)
        .with_for_update()).scalar_one_or_none()
    if (appointment is None or appointment.status != AppointmentStatus.CONFIRMED
            or appointment.reminder_sent_at is not None):
        db.session.rollback()
        return False
    appointment.reminder_sent_at = clock.now()
    notifications.send_reminder(appointment)
    notifications.email_reminder(appointment)
    db.session.commit()
    return True


def send_due_reminders() -> int:
    sent = 0
    for appointment_id in due_reminders():
        try:
            sent += send_reminder(appointment_id)
        except Exception:
            db.session.rollback()
            log.exception("reminder for appointment %s failed", appointment_id)
    return sent
