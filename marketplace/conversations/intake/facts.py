"""Setting one fact of the request; each fact learnt is echoed in the next reply."""

from __future__ import annotations

from flask_babel import gettext as _

from marketplace.conversations.intake.turn import Turn
from marketplace.conversations.intake.wording import timing_label
from marketplace.jobs.models import ContactPreference, Timing
from marketplace.trades.catalogue import Trade


def set_trade(turn: Turn, trade: Trade) -> None:
    conversation = turn.current
    conversation.trade_code = trade.code
    conversation.offered_trade_codes = []
    if conversation.changing == "trade":
        conversation.changing = None
    turn.captured.append((0, trade.label(turn.language)))


def take_postcode(turn: Turn, postcode: str) -> None:
    from marketplace.geo.services import check_postcode

    check = check_postcode(postcode)
    if not check.is_valid:
        turn.prefix.append(_("I don't know the postcode %(postcode)s. Please check it.",
                             postcode=postcode))
        return
    conversation = turn.current
    conversation.latitude, conversation.longitude = check.latitude, check.longitude
    set_postcode(turn, check.postcode, check.place_name)


def set_postcode(turn: Turn, postcode: str, place_name: str | None) -> None:
    conversation = turn.current
    conversation.postcode = postcode
    conversation.place_name = place_name
    if conversation.changing == "postcode":
        conversation.changing = None
    turn.captured.append((1, f"{postcode} {place_name}" if place_name else postcode))


def set_timing(turn: Turn, timing: Timing) -> None:
    conversation = turn.current
    conversation.timing = timing
    if conversation.changing == "timing":
        conversation.changing = None
    turn.captured.append((2, timing_label(timing)))


def set_contact(turn: Turn, preference: ContactPreference) -> None:
    conversation = turn.current
    conversation.contact_preference = preference
    if conversation.changing == "contact":
        conversation.changing = None
    if preference == ContactPreference.PHONE and turn.customer.phone:
        conversation.contact_phone = turn.customer.phone
    if preference != ContactPreference.PHONE:
        conversation.contact_phone = None
    if preference != ContactPreference.EMAIL:
        conversation.contact_email = None


def note_source(turn: Turn, field: str, words: str) -> None:
    """Remember the customer's words a field was read from (stored with the job)."""
    conversation = turn.current
    sources = dict(conversation.extra.get("derived_from") or {})
    sources[field] = words[:200]
    conversation.extra = {**conversation.extra, "derived_from": sources}
