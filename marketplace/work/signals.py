"""Moments of a job's life after the award that features above `work` act on.

Receivers are connected in `marketplace/wiring.py`. Both signals are sent AFTER the
customer's answer is committed (through `call_after_commit`), so a receiver sees the
job's new state in the database and may start its own unit of work (for example ask the
customer for a review) without being rolled back with the chat's.

Sender: the job (`JobRequest`). Keyword arguments:
- `job_id` (int), `tenant_id` (int: the business whose lead was won),
- `confirmed_at` / `disputed_at` (timezone-aware datetime from `marketplace.clock`).
"""

from __future__ import annotations

from marketplace.hooks import signals

# The customer confirmed in the chat that the job is done (the job is "completed" and
# stays so). Reviews ask for stars only after this.
job_completion_confirmed = signals.signal("work-job-completion-confirmed")

# The customer reported a problem with the completed work: the job went back to
# "in progress" (recorded in its history) and the business was told. Keyword arguments:
# job_id, tenant_id, disputed_at.
job_completion_disputed = signals.signal("work-job-completion-disputed")

# The customer picked one of the offered times: the appointment is confirmed. Unlike the
# two above, sent INSIDE the chat's unit of work (with appointment_id, lead_id,
# tenant_id), so a receiver's rows commit together with the confirmation.
appointment_confirmed = signals.signal("work-appointment-confirmed")
