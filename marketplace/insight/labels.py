"""Words for the codes the figures group by (channels, message outcomes, error classes,
consent answers, postcode regions), German first; a code is never shown as it is stored."""

from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from marketplace.channels.gate import Reason
from marketplace.channels.labels import channel_label, error_class, error_class_label

__all__ = ["channel_label", "error_class", "error_class_label"]

# Outbound message statuses, grouped as the operator asks about them.
DELIVERED, FAILED, HELD, PENDING = "delivered", "failed", "held", "pending"
OUTCOMES = {
    DELIVERED: _l("sent or delivered"),
    FAILED: _l("could not be sent"),
    HELD: _l("held"),
    PENDING: _l("still on its way"),
}


def outcome_of(status: str) -> str:
    if status in ("sent", "delivered", "read"):
        return DELIVERED
    if status in (FAILED, HELD):
        return status
    return PENDING


HOLD_REASONS = {
    Reason.OPTED_OUT: _l("the customer wrote STOP"),
    Reason.WINDOW_CLOSED: _l("24-hour window closed, no template fits"),
}


def hold_reason_label(reason: str | None) -> str:
    label = HOLD_REASONS.get(reason or "")  # type: ignore[call-overload]
    return str(label) if label is not None else _("no reason recorded")


CONSENT_STATES = {
    "grant": _l("granted"),
    "decline": _l("declined"),
    "none": _l("unanswered"),
    "withdraw": _l("withdrawn"),
    "expire": _l("ended after the retention period"),
}
CONSENT_ORDER = ("grant", "decline", "none", "withdraw", "expire")
CONSENT_PURPOSES = {
    "media_sharing": _l("photos and videos"),
    "contact_sharing": _l("contact details"),
}


def region_label(region: str) -> str:
    """A postcode region by its leading digits: "PLZ 603xx"."""
    return _("postcodes %(area)s", area=region if "%" in region else region.ljust(5, "x"))
