"""What each role of a business may do: the one table, enforced by views and services alike.

| permission             | owner | office | crew |
|------------------------|:-----:|:------:|:----:|
| view_dashboard         |   ✓   |   ✓    |  ✓   |
| view_team              |   ✓   |   ✓    |  ✓   |
| view_leads             |   ✓   |   ✓    |  ✓   |
| quote                  |   ✓   |   ✓    |      |
| edit_profile           |   ✓   |   ✓    |      |
| pause_leads            |   ✓   |   ✓    |      |
| manage_subcontractors  |   ✓   |   ✓    |      |
| assign_crew            |   ✓   |   ✓    |      |
| view_documents         |   ✓   |   ✓    |      |
| upload_documents       |   ✓   |   ✓    |      |
| manage_team            |   ✓   |        |      |
| manage_api_tokens      |   ✓   |        |      |
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from functools import wraps
from typing import Any

from flask import abort
from flask_login import current_user

from marketplace.accounts.models import Role, User
from marketplace.errors import Forbidden


class Permission(StrEnum):
    VIEW_DASHBOARD = "view_dashboard"
    VIEW_TEAM = "view_team"
    VIEW_LEADS = "view_leads"
    QUOTE = "quote"
    EDIT_PROFILE = "edit_profile"
    PAUSE_LEADS = "pause_leads"
    MANAGE_SUBCONTRACTORS = "manage_subcontractors"
    ASSIGN_CREW = "assign_crew"
    VIEW_DOCUMENTS = "view_documents"
    UPLOAD_DOCUMENTS = "upload_documents"
    MANAGE_TEAM = "manage_team"
    MANAGE_API_TOKENS = "manage_api_tokens"


_CREW = frozenset({Permission.VIEW_DASHBOARD, Permission.VIEW_TEAM, Permission.VIEW_LEADS})
_OFFICE = _CREW | {
    Permission.QUOTE, Permission.EDIT_PROFILE, Permission.PAUSE_LEADS,
    Permission.MANAGE_SUBCONTRACTORS, Permission.VIEW_DOCUMENTS, Permission.UPLOAD_DOCUMENTS,
    Permission.ASSIGN_CREW,
}
_OWNER = _OFFICE | {Permission.MANAGE_TEAM, Permission.MANAGE_API_TOKENS}

ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    Role.OWNER: frozenset(_OWNER),
    Role.OFFICE: frozenset(_OFFICE),
    Role.CREW: _CREW,
}


def can(user: Any, permission: Permission) -> bool:
    """True if `user` is an enabled business user whose role grants `permission`."""
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    if getattr(user, "tenant_id", None) is None or not getattr(user, "is_enabled", False):
        return False
    return permission in ROLE_PERMISSIONS.get(user.role, frozenset())


def require(actor: User | None, permission: Permission, tenant_id: int | None = None) -> None:
    """Services call this: the actor must hold the permission (in `tenant_id` if given)."""
    if not can(actor, permission):
        raise Forbidden("Your role does not allow this.")
    if tenant_id is not None and actor.tenant_id != tenant_id:  # type: ignore[union-attr]
        raise Forbidden("Your role does not allow this.")


def permission_required(permission: Permission) -> Callable[[Callable[..., Any]], Callable]:
    """View decorator: login required; business users without the permission get 403."""

    def decorator(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                from flask import current_app

                return current_app.login_manager.unauthorized()  # type: ignore[attr-defined]
            if not can(current_user, permission):
                abort(403)
            return view(*args, **kwargs)

        wrapped.required_permission = permission  # type: ignore[attr-defined]
        return wrapped

    return decorator
