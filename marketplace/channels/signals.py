"""Moments of the channels feature that features above it act on; receivers in `wiring.py`.

Both are sent inside the unit of work that stores the row; a receiver that schedules work
uses `tasks.enqueue`, which runs after the commit.
"""

from __future__ import annotations

from marketplace.hooks import signals

# sender: the new Customer, before it is added to the session. An opt-out given before an
# erasure must hold for the returning identity (privacy carries it over).
customer_created = signals.signal("channels.customer-created")

# sender: a stored inbound Message the conversation should answer (text, media, a tap...).
customer_message_stored = signals.signal("channels.customer-message-stored")
