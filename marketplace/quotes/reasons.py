"""Reasons the platform writes into lead and quote histories."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

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


# Routing's record of one decision: comma-separated codes, some with a measured value
# ("ranked_lower,answer_rate=0.92,recent_leads=2,shared_prefix=3").
DECISION_REASONS = {
    "ranked_lower": _l("others ranked higher"),
    "weekly_capacity_used": _l("weekly capacity used up"),
    "outside_service_radius": _l("outside the service area"),
    "no_base_postcode": _l("no base postcode"),
    "declined_by_customer_before": _l("the customer declined this business before"),
    "already_has_lead_for_job": _l("already has this request"),
    "unverified": _l("not verified"),
    "suspended": _l("suspended by the platform"),
    "paused": _l("paused new requests"),
    "trade_not_approved": _l("trade not approved"),
    "all_trades": _l("verified for all of the job's trades"),
}
DECISION_MEASURES = {
    "answer_rate": _l("answers %(value)s of its leads"),
    "median_answer_h": _l("answers within %(value)s h (median)"),
}
# Measures that count something: their words follow the number ("1 lead", "2 leads").
DECISION_COUNTS = {
    "recent_leads": lambda count: ngettext("%(num)d lead recently", "%(num)d leads recently",
                                           count),
    "shared_prefix": lambda count: ngettext("postcode shares %(num)d digit",
                                            "postcode shares %(num)d digits", count),
}


def decision_reasons_label(reasons: str | None) -> str:
    """Routing's reasons for one business in words, e.g. "answers 92 % of its leads;
    2 leads recently"; an unknown code is kept as stored rather than dropped."""
    from flask_babel import format_decimal, format_percent

    parts = []
    for token in (reasons or "").split(","):
        code, has_value, value = token.strip().partition("=")
        if not code:
            continue
        if has_value and code in ("trade", "stands_in"):
            parts.append(_trade_note(code, value) or token)
        elif has_value and code in DECISION_COUNTS and value.isdigit():
            parts.append(DECISION_COUNTS[code](int(value)))
        elif has_value and code in DECISION_MEASURES:
            try:
                number = float(value)
            except ValueError:
                parts.append(token)
                continue
            shown = format_percent(number, "#,##0 %") if code == "answer_rate" \
                else format_decimal(number)
            parts.append(str(DECISION_MEASURES[code]) % {"value": shown})
        elif code in DECISION_REASONS:
            parts.append(str(DECISION_REASONS[code]))
        else:
            parts.append(token)
    return "; ".join(parts)


def _trade_note(code: str, value: str) -> str | None:
    """Which of the job's trades a business was chosen for ("trade=<code>"), or which
    related trade stood in for one with nobody nearby ("stands_in=<related>for<trade>")."""
    from flask_babel import gettext as _

    from marketplace.quotes.formatting import trade_label
    from marketplace.trades.catalogue import get_trade

    if code == "trade":
        return _("for the trade %(trade)s", trade=trade_label(value)) if get_trade(value) \
            else None
    # Trade codes may contain "for" themselves (informationstechniker): split where both
    # sides are trades.
    start = value.find("for")
    while start != -1:
        related, trade = value[:start], value[start + 3:]
        if get_trade(related) and get_trade(trade):
            return _("stands in for %(trade)s (nobody for it nearby); trade %(related)s",
                     trade=trade_label(trade), related=trade_label(related))
        start = value.find("for", start + 1)
    return None


def routing_trigger_label(trigger: str | None) -> str:
    return _trigger_label(trigger or "")
