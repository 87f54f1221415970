"""A customer's rows, found by walking the foreign keys from `customer`.

Export, erasure and the admin's overview all start here, so a feature that adds a table
pointing at a customer, job, message or file is covered without changes in privacy.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from marketplace import clock
from marketplace.db import db

# Tables a customer's rows never reach through, even if a foreign key points there.
WALK_STOP_TABLES = frozenset({"tenant", "user_account", "consent_notice"})

CustomerRows = dict[str, list[dict[str, Any]]]


def walk_customer_rows(customer_id: int) -> CustomerRows:
    """Every row reachable from the customer by foreign keys pointing at collected rows."""
    tables = {table.name: table for table in db.metadata.sorted_tables}
    customer_table = tables["customer"]
    collected: CustomerRows = {
        "customer": [dict(row._mapping) for row in db.session.execute(
            sa.select(customer_table).where(customer_table.c.id == customer_id))]}
    if not collected["customer"]:
        return {}
    changed = True
    while changed:
        changed = False
        for table in db.metadata.sorted_tables:
            if table.name in WALK_STOP_TABLES or table.name == "customer":
                continue
            conditions = []
            for fk in table.foreign_keys:
                target = fk.column.table.name
                if target in WALK_STOP_TABLES or target not in collected:
                    continue
                ids = [row[fk.column.name] for row in collected[target]]
                if ids:
                    conditions.append(fk.parent.in_(ids))
            if not conditions:
                continue
            rows = [dict(row._mapping) for row in db.session.execute(
                sa.select(table).where(sa.or_(*conditions)))]
            known = collected.get(table.name, [])
            if len(rows) != len(known):
                collected[table.name] = rows
                changed = True
    return collected


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return clock.as_utc(value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return None
    return value
