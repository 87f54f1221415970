"""Tasks of the work feature: thin, safe to run twice."""

from __future__ import annotations

from marketplace.work import reminders


def send_appointment_reminders() -> None:
    """Remind both sides the day before a confirmed appointment (once each)."""
    reminders.send_due_reminders()
