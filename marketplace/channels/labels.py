"""Channels, purposes and delivery errors in words (German first), for every page that
shows a message; the stored codes stay on the rows."""

from __future__ import annotations

import re

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from marketplace.channels.base import ChannelName, Purpose
from marketplace.channels.gate import Reason

CHANNEL_NAMES = {
    ChannelName.WHATSAPP: "WhatsApp",
    ChannelName.MESSENGER: "Messenger",
    ChannelName.TELEGRAM: "Telegram",
}


def channel_label(channel: str | None) -> str:
    if channel == ChannelName.WEBCHAT:
        return _("Web chat")
    return CHANNEL_NAMES.get(channel or "", _("other"))  # type: ignore[call-overload]


PURPOSES = {
    Purpose.SERVICE_REPLY: _l("answer in the conversation"),
    Purpose.JOB_UPDATE: _l("news about the request"),
    Purpose.QUOTE: _l("quote"),
    Purpose.CONSENT_REQUEST: _l("question about consent"),
    Purpose.CONSENT_RECEIPT: _l("consent receipt"),
    Purpose.PRIVACY: _l("data protection"),
    Purpose.OPT_OUT_CONFIRMATION: _l("STOP confirmation"),
    Purpose.BUSINESS_MESSAGE: _l("message from a business"),
    Purpose.APPOINTMENT: _l("appointment"),
    Purpose.BUSINESS_NOTIFICATION: _l("notice to a business"),
}


def purpose_label(purpose: str | None) -> str:
    label = PURPOSES.get(purpose or "")  # type: ignore[call-overload]
    return str(label) if label is not None else "–"


ERROR_CLASSES = {
    "network": _l("network problem"),
    "provider_down": _l("messenger service unavailable"),
    "rate_limited": _l("too many messages at once"),
    "unreachable": _l("recipient not reachable"),
    "refused": _l("refused by the messenger service"),
    "incomplete": _l("incomplete answer from the messenger service"),
    "reported": _l("reported as not delivered"),
    "gate": _l("not allowed to go out"),
    "unknown": _l("no answer from the messenger service"),
    "other": _l("other error"),
}
# Meta's codes for "too many messages" and "this person cannot be reached on WhatsApp".
RATE_LIMIT_CODES = {"4", "80007", "130429", "131056", "http_429"}
UNREACHABLE_CODES = {"131026", "131030", "131047", "551", "http_403"}


def error_class(code: str | None) -> str:
    """Which kind of failure a stored provider error code is."""
    code = code or ""
    if code == "network":
        return "network"
    if code == "delivery_unknown":
        return "unknown"
    if code in RATE_LIMIT_CODES:
        return "rate_limited"
    if code in UNREACHABLE_CODES:
        return "unreachable"
    if re.fullmatch(r"http_5\d\d", code):
        return "provider_down"
    if code in {reason.value for reason in Reason}:
        return "gate"
    if code == "failed":
        return "reported"
    if code.startswith("no_"):
        return "incomplete"
    if code.isdigit() or code.startswith("http_"):
        return "refused"
    return "other"


def error_class_label(key: str) -> str:
    return str(ERROR_CLASSES.get(key, ERROR_CLASSES["other"]))


def error_label(code: str | None) -> str:
    """A delivery error for a person: its kind, and the messenger's own code where it has
    one (what its support asks for): "refused by the messenger service (code 131051)". The
    messenger's own (English) text is shown under it as a detail, never in its place."""
    if not code:
        return ""
    text = error_class_label(error_class(code))
    provider_code = code.removeprefix("http_")
    if provider_code.isdigit():
        prefix = "HTTP " if code.startswith("http_") else ""
        return _("%(kind)s (code %(code)s)", kind=text, code=prefix + provider_code)
    return text


MESSAGE_STATUSES = {
    "queued": _l("waiting to be sent"),
    "sending": _l("being sent"),
    "unknown": _l("delivery unknown"),
    "sent": _l("sent"),
    "delivered": _l("delivered"),
    "read": _l("read"),
    "failed": _l("could not be sent"),
    "held": _l("held"),
}


def message_status_label(status: str | None) -> str:
    """An outbound message's state; inbound ones have none worth showing."""
    label = MESSAGE_STATUSES.get(status or "")
    return str(label) if label is not None else ""


# Webhook events a person has to look at: their state, and what went wrong in words (the
# stored error text, ours or the messenger's, is shown under it as a detail).
INBOX_STATES = {
    "received": _l("received"),
    "processed": _l("processed"),
    "quarantined": _l("quarantined"),
    "malformed": _l("malformed"),
    "failed": _l("failed"),
}
INBOX_PROBLEMS = {
    "received": _l("not processed yet"),
    "processed": _l("some of its messages could not be read"),
    "quarantined": _l("addressed to a number or page that is not ours"),
    "malformed": _l("the messenger's event could not be read"),
    "failed": _l("processing failed"),
}
