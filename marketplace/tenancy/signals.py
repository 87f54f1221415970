"""Moments in a business's life that features above tenancy act on.

Receivers are connected in `marketplace/wiring.py`. Both signals are sent inside the
sender's unit of work and before its commit, so a receiver's rows commit (or roll back)
together with the change that caused them.
"""

from __future__ import annotations

from marketplace.hooks import signals

# A step of the business's own: "registered", "email_confirmed", "paused", "resumed".
# Sent with the tenant as sender and `what`, `actor` (a User or None), `reason` (or None).
# Verification keeps these steps in the business's history.
profile_event = signals.signal("tenancy-profile-event")

# The business saved its profile, maybe with other trades: sender is the tenant, `actor`
# the user. Verification brings the trades' and the business's status in line with the
# documents at once, so the routing never sees a trade no document covers.
profile_updated = signals.signal("tenancy-profile-updated")
