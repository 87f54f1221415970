"""Privacy tasks: thin, take ids, safe to run twice."""

from __future__ import annotations

from marketplace.db import db
from marketplace.privacy import erasure, retention
from marketplace.privacy.models import ErasureRequest, ErasureStatus


def erase_customer(customer_id: int, erasure_request_id: int) -> None:
    """Carry out a confirmed LÖSCHEN; a second run finds nothing left and returns."""
    erasure_request = db.session.get(ErasureRequest, erasure_request_id)
    if erasure_request is None or erasure_request.customer_id != customer_id or \
            erasure_request.status != ErasureStatus.AWAITING_CONFIRMATION:
        return
    erasure.erase_customer(customer_id)


def purge_expired_data() -> None:
    """Retention sweep: closed jobs past retention, expired grants, abandoned intakes."""
    retention.purge_expired_data()
