"""Reasons the platform writes into lead and quote histories."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from marketplace.system_reasons import ReasonCatalogue, system_reason

ROUTED = "routed"
LEAD_WINDOW_PASSED = "lead_window_passed"
QUOTE_VALIDITY_PASSED = "quote_validity_passed"
ACCEPTED_IN_CHAT = "accepted_in_chat"
QUOTE_ACCEPTED = "quote_accepted"
ANOTHER_QUOTE_ACCEPTED = "another_quote_accepted"
DECLINED_BY_CUSTOMER = "declined_by_customer"
CUSTOMER_DECLINED_ALL = "customer_declined_all"
QUOTE_WITHDRAWN = "quote_withdrawn"

ROUTING_TRIGGERS = {
    "job_created": _l("new request"),
    "lead_expired": _l("another business did not answer in time"),
    "lead_declined": _l("another business declined"),
    "quote_declined": _l("the customer declined a quote"),
    "quote_withdrawn": _l("a quote was withdrawn"),
    "customer_asked_for_more": _l("the customer asked for more quotes"),
}


def _trigger_label(trigger: str) -> str:
    label = ROUTING_TRIGGERS.get(trigger)
    return str(label) if label is not None else trigger


CATALOGUE = ReasonCatalogue(
    labels={
        ROUTED: _l("offered by the routing (%(value)s)"),
        LEAD_WINDOW_PASSED: _l("lead window passed without an answer"),
        QUOTE_VALIDITY_PASSED: _l("validity passed without an answer"),
        ACCEPTED_IN_CHAT: _l("accepted in the chat"),
        QUOTE_ACCEPTED: _l("quote accepted"),
        ANOTHER_QUOTE_ACCEPTED: _l("the customer accepted another quote"),
        DECLINED_BY_CUSTOMER: _l("declined by the customer"),
        CUSTOMER_DECLINED_ALL: _l("the customer declined all quotes"),
        QUOTE_WITHDRAWN: _l("quote withdrawn"),
    },
    legacy={
        "lead window passed without an answer": LEAD_WINDOW_PASSED,
        "validity passed without an answer": QUOTE_VALIDITY_PASSED,
        "accepted in the chat": ACCEPTED_IN_CHAT,
        "quote accepted": QUOTE_ACCEPTED,
        "the customer accepted another quote": ANOTHER_QUOTE_ACCEPTED,
        "declined by the customer": DECLINED_BY_CUSTOMER,
        "the customer declined all quotes": CUSTOMER_DECLINED_ALL,
        "quote withdrawn": QUOTE_WITHDRAWN,
    },
    legacy_patterns={r"routing:([a-z_]+)": ROUTED},
    value_formatters={ROUTED: _trigger_label},
)


def reason_label(reason: str | None) -> str:
    """A lead or quote history reason for display: system codes translated, people's words
    as typed."""
    return CATALOGUE.label(reason)


__all__ = ["CATALOGUE", "reason_label", "system_reason"]
