"""Privacy tasks: thin, take ids, safe to run twice."""

from __future__ import annotations

from marketplace.db import db
from marketplace.privacy import services
from marketplace.privacy.models import ErasureRequest, ErasureStatus


def erase_customer(customer_id: int, erasure_request_id: int) -> None:
    """Carry out a confirmed LÖSCHEN; a second run finds nothing left and returns."""
    erasure = db.session.get(ErasureRequest, erasure_request_id)
    if erasure is None or erasure.customer_id != customer_id or \
            erasure.status != ErasureStatus.AWAITING_CONFIRMATION:
        return
    services.erase_customer(customer_id)


def purge_expired_data() -> None:
    """Retention sweep: closed jobs past retention, expired grants, abandoned intakes."""
    services.purge_expired_data()
