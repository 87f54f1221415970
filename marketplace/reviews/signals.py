"""Moments of a review that features above reviews act on (receivers in wiring.py).

`review_published`: a review was written or changed by its customer; sent after the
chat's commit. Keyword arguments: review_id, tenant_id, version (1 for a new review).
"""

from __future__ import annotations

from marketplace.hooks import signals

review_published = signals.signal("reviews-review-published")
