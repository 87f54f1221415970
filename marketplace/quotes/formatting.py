"""How money, prices and trades read for people, in the active locale."""

from __future__ import annotations

from decimal import Decimal

from flask_babel import format_currency
from flask_babel import gettext as _

from marketplace.quotes.models import PriceKind, Quote


def format_euro(cents: int | None) -> str:
    if cents is None:
        return ""
    return format_currency(Decimal(cents) / 100, "EUR")


def describe_price(quote: Quote) -> str:
    """Gross first (what the customer pays), net and VAT after it."""
    if quote.price_kind == PriceKind.RANGE:
        return _("%(low)s to %(high)s incl. %(rate)s%% VAT (net %(net_low)s to %(net_high)s)",
                 low=format_euro(quote.gross_amount_cents),
                 high=format_euro(quote.gross_amount_max_cents),
                 rate=quote.vat_rate_percent, net_low=format_euro(quote.net_amount_cents),
                 net_high=format_euro(quote.net_amount_max_cents))
    return _("%(gross)s incl. %(rate)s%% VAT (net %(net)s + VAT %(vat)s)",
             gross=format_euro(quote.gross_amount_cents), rate=quote.vat_rate_percent,
             net=format_euro(quote.net_amount_cents), vat=format_euro(quote.vat_cents))


def trade_label(trade_code: str) -> str:
    """The trade's name from the catalogue in the active locale (its code if unknown)."""
    from flask_babel import get_locale

    from marketplace.trades.catalogue import get_trade

    trade = get_trade(trade_code)
    if trade is None:
        return trade_code
    locale = get_locale()
    return trade.name(locale.language if locale else "de")


# Labels of lead and quote states and of a job's timing. Each entry translates only when
# asked: list pages show one per row, and building the whole table per row cost ten
# translations each time (issue 16).
_STATE_LABELS = {
    "offered": lambda: _("New"), "viewed": lambda: _("Viewed"),
    "declined": lambda: _("Declined"), "quoted": lambda: _("Quoted"),
    "expired": lambda: _("Expired"), "won": lambda: _("Won"), "lost": lambda: _("Lost"),
    "sent": lambda: _("Sent"), "accepted": lambda: _("Accepted"),
    "withdrawn": lambda: _("Withdrawn"),
}
_TIMING_LABELS = {
    "urgent": lambda: _("Urgent"), "week": lambda: _("Within a week"),
    "month": lambda: _("Within a month"), "flexible": lambda: _("Flexible"),
}
_ACTOR_LABELS = {
    "business": lambda: _("business"), "customer": lambda: _("customer"),
    "system": lambda: _("platform"), "admin": lambda: _("admin"),
}


def _label(table: dict, value: str | None, unknown: str) -> str:
    label = table.get(value)
    return label() if label else unknown


def state_label(status: str | None) -> str:
    """A lead's or quote's state in words ("–" when there is none)."""
    return _label(_STATE_LABELS, status, status or "–")


def timing_label(timing: str | None) -> str:
    return _label(_TIMING_LABELS, timing, timing or "")


def actor_label(kind: str | None) -> str:
    return _label(_ACTOR_LABELS, kind, kind or "")
