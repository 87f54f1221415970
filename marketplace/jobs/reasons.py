"""Reasons the platform writes into a job's status history (quotes' included)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from marketplace.system_reasons import ReasonCatalogue, system_reason

CREATED_FROM_INTAKE = "created_from_intake"
CREATED = "created"
NO_ELIGIBLE_BUSINESS_LEFT = "no_eligible_business_left"
ACCEPTED_QUOTE = "accepted_quote"
DECLINED_ALL_QUOTES = "declined_all_quotes"
ASKED_FOR_MORE_QUOTES = "asked_for_more_quotes"
# After the award (work feature): the value is the appointment's id.
WORK_DATE_CONFIRMED = "work_date_confirmed"
WORK_DATE_CANCELLED = "work_date_cancelled"
CANCELLED_BY_CUSTOMER = "cancelled_by_customer"
PROBLEM_REPORTED = "problem_reported"

CATALOGUE = ReasonCatalogue(
    labels={
        CREATED_FROM_INTAKE: _l("created from the intake conversation"),
        CREATED: _l("created"),
        NO_ELIGIBLE_BUSINESS_LEFT: _l("no eligible business left"),
        ACCEPTED_QUOTE: _l("accepted quote %(value)s"),
        DECLINED_ALL_QUOTES: _l("declined all quotes"),
        ASKED_FOR_MORE_QUOTES: _l("asked for more quotes"),
        WORK_DATE_CONFIRMED: _l("work date confirmed (appointment %(value)s)"),
        WORK_DATE_CANCELLED: _l("work date cancelled (appointment %(value)s)"),
        CANCELLED_BY_CUSTOMER: _l("cancelled by the customer in the chat"),
        PROBLEM_REPORTED: _l("the customer reported a problem with the finished work"),
    },
    legacy={"created from the intake conversation": CREATED_FROM_INTAKE, "created": CREATED,
            "no eligible business left": NO_ELIGIBLE_BUSINESS_LEFT,
            "declined all quotes": DECLINED_ALL_QUOTES,
            "asked for more quotes": ASKED_FOR_MORE_QUOTES},
    legacy_patterns={r"accepted quote (\d+)": ACCEPTED_QUOTE},
)


def reason_label(reason: str | None) -> str:
    """A job history reason for display: system codes translated, an admin's words as typed."""
    return CATALOGUE.label(reason)


__all__ = ["CATALOGUE", "reason_label", "system_reason"]
