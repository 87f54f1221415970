"""Scheduled upkeep of business profiles."""

from __future__ import annotations

from datetime import timedelta

from marketplace.tasks import periodic
from marketplace.tenancy import services


@periodic(timedelta(hours=6))
def locate_businesses() -> None:
    """Fill base coordinates of businesses registered before postcodes were imported."""
    services.locate_unlocated_businesses()
