"""Moments of a job request that features above jobs act on (receivers are connected in
`marketplace/wiring.py`). Sent inside the unit of work; a receiver that schedules work uses
`tasks.enqueue`, which runs after the commit."""

from __future__ import annotations

from marketplace.hooks import signals

# A new job request was added (from the chat or a service call); routing offers it to
# businesses once it is committed. Sent with `job_id`.
job_created = signals.signal("job-created")

# A job moved from one status to another (`job_id`, `from_status`, `to_status`), sent by
# `jobs.state.transition` inside the unit of work that records the move.
job_status_changed = signals.signal("job-status-changed")
