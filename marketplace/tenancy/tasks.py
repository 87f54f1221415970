"""Scheduled upkeep of business profiles."""

from __future__ import annotations

from marketplace.tenancy import location


def locate_businesses() -> None:
    """Fill base coordinates of businesses registered before postcodes were imported."""
    location.locate_unlocated_businesses()
