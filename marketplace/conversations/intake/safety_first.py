"""A danger described in the chat: the safety advice first, then the request, marked urgent.

The advice goes out as its own message before anything else the bot says to this
message (greeting and questions come after it), in the customer's language, and once per
danger and request: a customer who keeps describing the gas smell is not lectured again.
"""

from __future__ import annotations

from flask_babel import gettext as _

from marketplace.conversations.intake.facts import note_source, set_timing, set_trade
from marketplace.conversations.intake.turn import Turn
from marketplace.conversations.safety import Hazard, find_hazard, trade_for
from marketplace.jobs.models import Timing
from marketplace.trades.catalogue import get_trade


def advice(hazard: Hazard) -> str:
    if hazard == Hazard.GAS:
        return _("⚠️ Gas smell: please do this first.\n"
                 "• Leave the home now and take everyone with you.\n"
                 "• Do not use light switches, doorbells, plugs or phones inside; no open "
                 "flames, do not smoke.\n"
                 "• On your way out, if you can: open windows and doors and close the gas "
                 "valve at the meter.\n"
                 "• From outside, call your gas supplier's emergency number (on your gas "
                 "bill or the meter) or 112.\n"
                 "I've marked your request as urgent. Once you are safe, we'll carry on "
                 "here.")
    if hazard == Hazard.WATER:
        return _("⚠️ Burst pipe: please do this first.\n"
                 "• Shut the main water valve (usually next to the water meter, in the "
                 "basement or utility room).\n"
                 "• If water reaches sockets, cables or appliances, switch the power off at "
                 "the fuse box, but only if you can reach it without standing in water.\n"
                 "• If anyone is in danger, call 112.\n"
                 "I've marked your request as urgent. We'll carry on here.")
    return _("⚠️ Smoke or sparks: please do this first.\n"
             "• Do not touch the device, socket or cable.\n"
             "• Switch the power off at the fuse box (main switch or the fuse for that "
             "room) if you can reach it safely.\n"
             "• If something is burning or the smoke does not stop, leave the home and "
             "call 112.\n"
             "I've marked your request as urgent. Once you are safe, we'll carry on here.")


def warn_if_dangerous(turn: Turn) -> Hazard | None:
    """Say the safety advice at once if the message describes a danger not yet warned of."""
    hazard = find_hazard(turn.text)
    if hazard is None:
        return None
    conversation = turn.conversation
    if conversation is not None and hazard in (conversation.extra.get("warned") or ()):
        return hazard
    turn.say(advice(hazard))
    return hazard


def mark_urgent(turn: Turn, hazard: Hazard) -> None:
    """The request is urgent and says why; the trade that deals with it unless one is set."""
    conversation = turn.current
    warned = list(conversation.extra.get("warned") or ())
    if hazard not in warned:
        warned.append(hazard)
    conversation.extra = {**conversation.extra, "warned": warned,
                          "hazard": conversation.extra.get("hazard") or hazard.value}
    if conversation.timing != Timing.URGENT:
        set_timing(turn, Timing.URGENT)
        note_source(turn, "timing", hazard.value)
    trade = get_trade(trade_for(hazard))
    if conversation.trade_code is None and trade is not None:
        set_trade(turn, trade)
        note_source(turn, "trade", hazard.value)
