"""Moments in routing and quoting that features above quotes act on (receivers are
connected in `marketplace/wiring.py`). Sent inside the unit of work; a receiver that
schedules work uses `tasks.enqueue`, which runs after the commit."""

from __future__ import annotations

from marketplace.hooks import signals

# A business has been offered a job (a new lead): the customer may be asked whether that
# business may see the job's photos. Sent with `lead_id`.
lead_offered = signals.signal("lead-offered")

# The customer accepted a quote in the chat; its lead is won. Sent with `lead_id` and
# `quote_id`.
quote_accepted = signals.signal("quote-accepted")

# A quote went to the customer: a new one, or a change to it (`updated`). Sent with
# `quote_id` and `updated` inside the business's unit of work; the web-chat customer's
# e-mail with the way back into the chat hangs on it.
quote_sent = signals.signal("quote-sent")
