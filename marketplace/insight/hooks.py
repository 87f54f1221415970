"""What insight asks of features above or beside it."""

from __future__ import annotations

from marketplace.hooks import Slot

# (tenant, scope) -> insight.tables.Table of the business's reviews over time, or None.
# The reviews feature plugs it in (marketplace/wiring.py); empty, the page leaves it out.
business_reviews = Slot(
    "insight.business_reviews",
    "A business's reviews over the period, as a table with its chart kind.",
)
