"""Reasons the platform writes into an appointment's history, stored as codes and shown
in the reader's language (a person's reason is kept as typed)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from marketplace.system_reasons import ReasonCatalogue, system_reason

CANCELLED_IN_CHAT = "cancelled_in_chat"
JOB_CANCELLED = "job_cancelled"
ANOTHER_BUSINESS_CHOSEN = "another_business_chosen"

CATALOGUE = ReasonCatalogue(labels={
    CANCELLED_IN_CHAT: _l("cancelled by the customer in the chat"),
    JOB_CANCELLED: _l("the job was cancelled"),
    ANOTHER_BUSINESS_CHOSEN: _l("the customer chose another business"),
})


def reason_label(reason: str | None) -> str:
    return CATALOGUE.label(reason)


__all__ = ["CATALOGUE", "reason_label", "system_reason"]
