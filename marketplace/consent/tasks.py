"""Consent tasks: thin, take ids, safe to run twice."""

from __future__ import annotations

from marketplace.consent import asking
from marketplace.db import db
from marketplace.quotes.models import Lead, LeadStatus


def request_media_consent(lead_id: int) -> None:
    """Ask the customer about a new lead's business (routing enqueues this per lead)."""
    lead = db.session.get(Lead, lead_id)
    if lead is None:
        return
    asking.request_media_consent(lead)


def request_contact_consent(lead_id: int) -> None:
    """Ask the customer whether the business whose quote they accepted may contact them."""
    lead = db.session.get(Lead, lead_id)
    if lead is None or lead.status != LeadStatus.WON:
        return
    asking.request_contact_consent(lead)


def reask_after_recipient_change() -> None:
    """A business named a new subcontractor: ask its customers with open jobs again."""
    asking.reask_after_recipient_change()
