"""Moments of the job conversation that other features act on (connected in wiring.py)."""

from __future__ import annotations

from marketplace.hooks import signals

# A business wrote to the customer (sent with lead_id, thread_message_id), inside the unit
# of work that stored it: receivers schedule their work with tasks.enqueue / send_email.
business_message_sent = signals.signal("threads-business-message-sent")
# A customer's message reached a business's thread (lead_id, thread_message_id).
customer_message_received = signals.signal("threads-customer-message-received")
