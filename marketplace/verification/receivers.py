"""Verification's answers to tenancy's signals (connected in `marketplace/wiring.py`)."""

from __future__ import annotations

from typing import Any

from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.tenancy.models import Tenant
from marketplace.verification import state
from marketplace.verification.coverage import recompute
from marketplace.verification.models import EventSubject


def record_profile_event(tenant: Tenant, *, what: str, actor: User | None = None,
                         reason: str | None = None, **_extra: Any) -> None:
    """A step of the business's own (registered, e-mail confirmed, paused...) in its
    verification history, beside the admins' decisions."""
    db.session.flush()
    state.record_event(tenant, EventSubject.PROFILE, to_status=what, actor=actor, reason=reason)


def recompute_after_profile_update(tenant: Tenant, *, actor: User | None = None,
                                   **_extra: Any) -> None:
    """Newly offered trades wait for a document; trades no longer offered drop out."""
    recompute(tenant, actor=actor)
