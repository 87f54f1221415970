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
