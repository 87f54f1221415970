"""Tasks of the site feature: take ids, call one service, safe to run twice."""

from __future__ import annotations

from marketplace.site import portfolio


def clean_portfolio_photo(photo_id: int) -> None:
    """Decode, re-encode without metadata and publish one uploaded portfolio photo."""
    portfolio.clean_photo(photo_id)


def redrive_portfolio_photos() -> None:
    """Clean portfolio photos whose task was lost."""
    portfolio.redrive_quarantined()
