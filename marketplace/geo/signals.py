"""Moments in the postcode data that features above geo act on (connected in wiring.py)."""

from __future__ import annotations

from marketplace.hooks import signals

# An import added or changed postcode centroids; sent before the import commits, so a
# receiver's changes (e.g. forgetting cached distances) commit with it. No arguments.
geodata_changed = signals.signal("geo-geodata-changed")
