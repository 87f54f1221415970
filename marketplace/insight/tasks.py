"""The worker's periodic rebuild of the health page's rollup (thin and idempotent)."""

from __future__ import annotations

from marketplace.insight import rollup


def refresh_rollup() -> None:
    rollup.refresh_rollup()
    rollup.tidy_up()
