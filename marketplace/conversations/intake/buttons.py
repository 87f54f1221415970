"""Buttons the customer tapped: the bot's own ("intake:<action>:<value>") and those of other
features, handed to the handler registered for their prefix (see `handlers`)."""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace.conversations import handlers
from marketplace.conversations.intake.asking import ask_next, submit
from marketplace.conversations.intake.combination import answer_combination, awaits_answer
from marketplace.conversations.intake.commands import cancel
from marketplace.conversations.intake.edits import CHANGE_WORDS, offer_change, start_change
from marketplace.conversations.intake.facts import set_contact, set_timing, set_trade
from marketplace.conversations.intake.messages import on_message
from marketplace.conversations.intake.places import choose_town
from marketplace.conversations.intake.reading import resume
from marketplace.conversations.intake.turn import Turn
from marketplace.conversations.models import Step
from marketplace.conversations.queries import latest_conversation
from marketplace.db import db
from marketplace.jobs.models import ContactPreference, JobRequest, Timing
from marketplace.trades.catalogue import get_trade

# Buttons still carried out after STOP: the data-protection ones, which the law makes us
# answer (Art. 12 GDPR) and whose answers the outbound gate lets through.
FEATURES_ANSWERED_AFTER_STOP = frozenset({"privacy"})


def on_choice(turn: Turn, choice_id: str) -> None:
    feature, _sep, rest = choice_id.partition(":")
    action, _sep, value = rest.partition(":")
    if turn.customer.has_opted_out and feature not in FEATURES_ANSWERED_AFTER_STOP:
        refuse_after_stop(turn)
    elif feature != "intake":
        on_feature_choice(turn, feature, action, value)
    elif turn.conversation is None:
        on_stale_choice(turn)
    else:
        INTAKE_ACTIONS.get(action, lambda turn, value: ask_next(turn))(turn, value)


def refuse_after_stop(turn: Turn) -> None:
    """An old button tapped after STOP (an offer's accept, the summary's send, ...).

    It is not carried out: STOP holds until START, and an award, a request or a consent
    would bring messages the customer said they do not want, which the gate would then
    hold back, so the choice would take effect without a word. Nor is the tap ignored
    in silence: the one answer STOP allows, the opt-out's own confirmation, says why
    nothing happened and how to continue. The tap is a message the customer sent, so
    this is a reply to it, not a message we start.
    """
    turn.say(_("You wrote STOP, so this was not carried out. Write START to continue."),
             purpose="opt_out_confirmation")


def on_feature_choice(turn: Turn, feature: str, action: str, value: str) -> None:
    handler = handlers.choice_handler(feature)
    if handler is None and turn.conversation is None and (
            latest_conversation(turn.customer) is None):
        # A messenger's own first button (Messenger's "Get started"): a first hello.
        on_message(turn)
        return
    if handler is None:
        turn.say(_("Sorry, this button no longer works. HELP shows what I can do."))
        return
    turn.call_feature(handler, turn.customer, turn.message, action, value)


def on_stale_choice(turn: Turn) -> None:
    previous = latest_conversation(turn.customer)
    job = db.session.scalar(sa.select(JobRequest).where(
        JobRequest.conversation_id == previous.id)) if previous else None
    if job is not None:
        turn.say(_("Your request %(reference)s has already been sent. Write NEW for a new "
                   "request.", reference=job.reference))
    else:
        turn.say(_("This request is no longer open. Tell me what needs doing to start a "
                   "new one."))


# --- the bot's own buttons, by action -------------------------------------------------------


def choose_resume(turn: Turn, value: str) -> None:
    resume(turn, restart=value == "restart")


def choose_trade(turn: Turn, value: str) -> None:
    trade = get_trade(value)
    if trade is None:  # "Something else"
        conversation = turn.current
        conversation.offered_trade_codes = []
        conversation.trade_code = None
        conversation.step = Step.TRADE
        turn.ask(_("Please describe in a few words what needs doing."))
        return
    set_trade(turn, trade)
    ask_next(turn)


def choose_timing(turn: Turn, value: str) -> None:
    if value in set(Timing):
        set_timing(turn, Timing(value))
    ask_next(turn)


def choose_trades(turn: Turn, value: str) -> None:
    if awaits_answer(turn):
        answer_combination(turn, value == "all")
    ask_next(turn)


def choose_place(turn: Turn, value: str) -> None:
    choose_town(turn, value)
    ask_next(turn)


def choose_photos(turn: Turn, value: str) -> None:
    turn.current.photos_answered = True
    ask_next(turn)


def choose_contact(turn: Turn, value: str) -> None:
    if value in set(ContactPreference):
        set_contact(turn, ContactPreference(value))
    ask_next(turn)


def choose_in_summary(turn: Turn, value: str) -> None:
    {"send": submit, "change": offer_change, "cancel": cancel}.get(value, ask_next)(turn)


def choose_change(turn: Turn, value: str) -> None:
    if value in CHANGE_WORDS:
        start_change(turn, value)
    else:
        ask_next(turn)


INTAKE_ACTIONS: dict[str, Callable[[Turn, str], None]] = {
    "resume": choose_resume,
    "trade": choose_trade,
    "timing": choose_timing,
    "trades": choose_trades,
    "place": choose_place,
    "photos": choose_photos,
    "contact": choose_contact,
    "summary": choose_in_summary,
    "change": choose_change,
}
