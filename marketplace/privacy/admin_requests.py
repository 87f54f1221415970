"""An admin answers a request that came by letter or e-mail: the customer's overview, an
export, an erasure; and the content-free deletion log."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace import clock
from marketplace.channels.models import Customer
from marketplace.consent import ledger as consent_ledger
from marketplace.consent.models import ConsentEvent
from marketplace.db import db
from marketplace.errors import InvalidInput, NotFound
from marketplace.privacy.erasure import erase_customer
from marketplace.privacy.export import ExportFile, build_export
from marketplace.privacy.models import DataExport, DeletionRecord
from marketplace.privacy.rows import walk_customer_rows
from marketplace.tenancy.models import Tenant


@dataclass(frozen=True)
class CustomerOverview:
    customer: Customer
    row_counts: dict[str, int]
    consents: list[ConsentEvent]
    recipients: list[tuple[Tenant, str, datetime]]
    exports: list[DataExport]


def customer_overview(customer_id: int) -> CustomerOverview:
    """What an admin needs to answer an access or erasure request about one customer."""
    customer = db.session.get(Customer, customer_id)
    if customer is None:
        raise NotFound()
    rows = walk_customer_rows(customer_id)
    return CustomerOverview(
        customer=customer,
        row_counts={name: len(table_rows) for name, table_rows in sorted(rows.items())},
        consents=list(consent_ledger.events_of_customer(customer_id)),
        recipients=consent_ledger.tenants_that_received_data(customer_id),
        exports=list(db.session.scalars(sa.select(DataExport).where(
            DataExport.customer_id == customer_id).order_by(DataExport.id))),
    )


def admin_export(customer_id: int, *, actor: Any) -> ExportFile:
    """An admin downloads a customer's export (a request that came by letter or e-mail);
    recorded like a chat export, with the admin's name (commits)."""
    if db.session.get(Customer, customer_id) is None:
        raise NotFound()
    now = clock.now()
    db.session.add(DataExport(
        customer_id=customer_id, requested_at=now, expires_at=now, downloaded_at=now,
        token_sha256=hashlib.sha256(secrets.token_bytes(32)).hexdigest(),
        requested_by_id=actor.id))
    archive = build_export(customer_id)
    db.session.commit()
    return ExportFile(stream=archive,
                      download_name=f"export-customer-{customer_id}-{now:%Y%m%d}.zip")


def admin_erase(customer_id: int, *, actor: Any, confirmed: bool) -> DeletionRecord:
    """An admin erases a customer on a request received outside the chat (commits)."""
    if not confirmed:
        raise InvalidInput(_("Please confirm that the customer asked for erasure."))
    record = erase_customer(customer_id, actor=actor)
    if record is None:
        raise NotFound()
    return record


def deletion_log(*, limit: int = 200) -> list[DeletionRecord]:
    return list(db.session.scalars(
        sa.select(DeletionRecord).order_by(DeletionRecord.id.desc()).limit(limit)))
