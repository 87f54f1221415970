"""The one place through which every tenant-owned row is looked up: `get_scoped` for the
business, `get_scoped_for` / `scoped_select_for` for one of its users (crew members see
only the jobs they are assigned to)."""

from __future__ import annotations

from typing import Any, TypeVar

import sqlalchemy as sa

from marketplace.accounts.models import Role
from marketplace.db import db
from marketplace.errors import NotFound
from marketplace.tenancy.models import CrewAssignment, Tenant

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


# --- a user's view: the tenant scope plus, for crew members, their assignments -------------

def _is_crew(user: Any) -> bool:
    return getattr(user, "role", None) == Role.CREW


def assigned_job_ids(user: Any) -> sa.Select[tuple[int]]:
    """The jobs a crew member is on now (a subquery)."""
    return sa.select(CrewAssignment.job_request_id).where(
        CrewAssignment.user_id == user.id, CrewAssignment.tenant_id == user.tenant_id,
        CrewAssignment.removed_at.is_(None))


def is_assigned(user: Any, job_request_id: int | None) -> bool:
    if job_request_id is None:
        return False
    return db.session.scalar(assigned_job_ids(user).where(
        CrewAssignment.job_request_id == job_request_id).limit(1)) is not None


def scoped_select_for(model: type[ModelT], user: Any) -> sa.Select[tuple[ModelT]]:
    """`scoped_select` for what this user may see: owners and office staff see all of the
    business's rows; a crew member only the rows of the jobs they are assigned to. The
    model must carry `job_request_id` (a lead, an appointment, a thread entry, ...)."""
    select = scoped_select(model, user.tenant)
    if _is_crew(user):
        select = select.where(
            model.job_request_id.in_(assigned_job_ids(user)))  # type: ignore[attr-defined]
    return select


def get_scoped_for(model: type[ModelT], user: Any, object_id: Any) -> ModelT:
    """`get_scoped` for a user: another business's row, and for a crew member a row of a
    job they are not assigned to, is a 404 (the same answer, so nothing can be probed)."""
    row = get_scoped(model, getattr(user, "tenant", None), object_id)
    if _is_crew(user) and not is_assigned(user, getattr(row, "job_request_id", None)):
        raise NotFound()
    return row
