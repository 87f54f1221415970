"""The one helper through which every tenant-owned row is looked up."""

from __future__ import annotations

from typing import Any, TypeVar

import sqlalchemy as sa

from marketplace.db import db
from marketplace.errors import NotFound
from marketplace.tenancy.models import Tenant

ModelT = TypeVar("ModelT")


def scoped_select(model: type[ModelT], tenant: Tenant) -> sa.Select[tuple[ModelT]]:
    """`select(model)` limited to one tenant's rows."""
    if not hasattr(model, "tenant_id"):
        raise TypeError(f"{model.__name__} is not tenant-owned")
    return sa.select(model).where(model.tenant_id == tenant.id)  # type: ignore[attr-defined]


def get_scoped(model: type[ModelT], tenant: Tenant | None, object_id: Any) -> ModelT:
    """The row with this id if it belongs to `tenant`; another tenant's row is a 404.

    A 404 rather than a 403 keeps other businesses' ids from being probed.
    """
    if tenant is None or object_id is None:
        raise NotFound()
    try:
        key = int(object_id)
    except (TypeError, ValueError):
        raise NotFound() from None
    row = db.session.execute(
        scoped_select(model, tenant).where(model.id == key)  # type: ignore[attr-defined]
    ).scalar_one_or_none()
    if row is None:
        raise NotFound()
    return row
