"""When a lead's thread is open, and who of a business may write in it."""

from __future__ import annotations

from typing import Any

from flask_babel import gettext as _

from marketplace.accounts.models import Role
from marketplace.errors import Conflict, Forbidden
from marketplace.quotes.models import Lead, LeadStatus

# Open from the moment the business has the lead (so it can ask before quoting) until the
# lead is settled against it.
OPEN_STATUSES = frozenset({LeadStatus.OFFERED, LeadStatus.VIEWED, LeadStatus.QUOTED,
                           LeadStatus.WON})
# Crew members read leads; writing to the customer is for owners and office staff (as
# quoting is).
WRITING_ROLES = (Role.OWNER, Role.OFFICE)


def is_thread_open(lead: Lead) -> bool:
    return lead.status in OPEN_STATUSES


def closed_reason(lead: Lead) -> str | None:
    """Why this business can no longer write about this lead, in words; None while open."""
    if is_thread_open(lead):
        return None
    reasons = {
        LeadStatus.EXPIRED: _("The request expired before you answered it, so the "
                              "conversation with the customer is closed."),
        LeadStatus.DECLINED: _("You declined this request, so the conversation with the "
                               "customer is closed."),
        LeadStatus.LOST: _("The customer chose another business or withdrew the request, "
                           "so the conversation with the customer is closed."),
    }
    return reasons.get(LeadStatus(lead.status),
                       _("The conversation about this request is closed."))


def may_write(user: Any) -> bool:
    return getattr(user, "role", None) in WRITING_ROLES


def ensure_may_write(user: Any) -> None:
    if not may_write(user):
        raise Forbidden(_("Only owners and office staff may write to customers."))


def ensure_open(lead: Lead) -> None:
    reason = closed_reason(lead)
    if reason is not None:
        raise Conflict(reason, lead_status=lead.status)
