"""The one outbound gate: whether and how a message may go out to a customer.

Queueing (`outbound.queue_outbound`), delivery and an admin's retry (`delivery`) and an
opt-out (`preferences.record_opt_out`) all ask `decide`, so STOP, the 24-hour window,
approved templates and the purpose allow-list are written once. The decision and its reason
are stored on the message row (`record`), so a held or refused message shows on the
admin's page with the reason in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from flask_babel import lazy_gettext as _l

from marketplace import clock
from marketplace.channels import delivery_log, registry
from marketplace.channels.base import ChannelName, Outbound, Purpose
from marketplace.channels.models import Customer, GateVerdict, Message, MessageStatus

# The provider's customer-service window after the customer's last message.
SERVICE_WINDOW = timedelta(hours=24)

# STOP ends every message, but a customer who later exercises a data-protection right
# (MEINE DATEN, LÖSCHEN) must get the answer: Art. 12 GDPR obliges us to respond.
ANSWERS_ALLOWED_AFTER_OPT_OUT = frozenset({Purpose.OPT_OUT_CONFIRMATION, Purpose.PRIVACY})


Verdict = GateVerdict


class Reason(StrEnum):
    OPTED_OUT = "opted_out"
    WINDOW_CLOSED = "window_closed"


# What a person reads on the admin's held/failed page.
REASON_TEXTS = {
    Reason.OPTED_OUT: _l("The customer wrote STOP. After that only the STOP confirmation "
                         "and answers to data-protection requests may be sent."),
    Reason.WINDOW_CLOSED: _l("The 24-hour window is closed and no approved template fits "
                             "this message. It can be sent once the customer writes again."),
}
# For the message row's record (English, like the providers' own error details).
REASON_DETAILS = {
    Reason.OPTED_OUT: "Not sent: the customer opted out.",
    Reason.WINDOW_CLOSED: "The 24-hour window is closed and no approved template fits "
                          "this message.",
}


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    reason: Reason | None = None

    @property
    def may_send(self) -> bool:
        return self.verdict in (Verdict.SEND, Verdict.SEND_AS_TEMPLATE)

    @property
    def as_template(self) -> bool:
        return self.verdict is Verdict.SEND_AS_TEMPLATE


SEND = Decision(Verdict.SEND)
SEND_AS_TEMPLATE = Decision(Verdict.SEND_AS_TEMPLATE, Reason.WINDOW_CLOSED)


def HOLD(reason: Reason) -> Decision:  # noqa: N802 - reads like the other verdicts
    return Decision(Verdict.HOLD, reason)


def REFUSE(reason: Reason) -> Decision:  # noqa: N802
    return Decision(Verdict.REFUSE, reason)


def window_is_open(customer: Customer, at: datetime | None = None) -> bool:
    """Inside the provider's 24-hour customer-service window (or a channel without one)."""
    if customer.channel not in registry.WINDOWED_CHANNELS:
        return True
    if customer.last_inbound_at is None:
        return False
    return (at or clock.now()) - customer.last_inbound_at < SERVICE_WINDOW


def template_allowed(customer: Customer, outbound: Outbound) -> bool:
    return (customer.channel == ChannelName.WHATSAPP and outbound.template is not None
            and outbound.template.name in registry.approved_templates())


def purpose_of(purpose: str) -> Purpose:
    """The purpose as the enum; an unknown one is a programming error, never sent."""
    try:
        return Purpose(purpose)
    except ValueError:
        raise ValueError(f"unknown outbound purpose {purpose!r}") from None


def decide(customer: Customer, outbound: Outbound, purpose: str,
           at: datetime | None = None) -> Decision:
    """May this message go to this customer now, and how? Reads only; changes nothing."""
    purpose = purpose_of(purpose)
    if customer.has_opted_out and purpose not in ANSWERS_ALLOWED_AFTER_OPT_OUT:
        return REFUSE(Reason.OPTED_OUT)
    if window_is_open(customer, at):
        return SEND
    if template_allowed(customer, outbound):
        return SEND_AS_TEMPLATE
    return HOLD(Reason.WINDOW_CLOSED)


def record(message: Message, decision: Decision) -> None:
    """Store the decision on the row; a held or refused message waits for a person."""
    message.gate_decision = decision.verdict
    message.gate_reason = decision.reason
    if decision.may_send:
        return
    before = message.status
    message.status = (MessageStatus.HELD if decision.verdict is Verdict.HOLD
                      else MessageStatus.FAILED)
    message.needs_attention = True
    message.next_attempt_at = None
    message.error_code = decision.reason
    message.error_detail = REASON_DETAILS[decision.reason]
    if message.id is not None and message.status != before:  # a new row is its own record
        delivery_log.note_change(message, before, note=f"gate: {decision.reason}")


def reason_text(message: Message) -> str | None:
    """The gate's reason for a held or refused message, in the reader's language."""
    if message.gate_decision not in (Verdict.HOLD, Verdict.REFUSE) or not message.gate_reason:
        return None
    try:
        return str(REASON_TEXTS[Reason(message.gate_reason)])
    except ValueError:
        return message.gate_reason
