"""A message in the customer's own words: start, continue or resume a request, or point the
customer to a finished one."""

from __future__ import annotations

from datetime import timedelta

from flask import current_app
from flask_babel import gettext as _
from flask_babel import pgettext

from marketplace import clock
from marketplace.channels.base import Choice, MessageKind
from marketplace.conversations import parsing
from marketplace.conversations.intake.asking import (
    ENOUGH_DESCRIPTION_WORDS,
    ask_next,
    short_summary,
)
from marketplace.conversations.intake.reading import ATTACHABLE_KINDS, absorb
from marketplace.conversations.intake.safety_first import mark_urgent, warn_if_dangerous
from marketplace.conversations.intake.turn import Turn
from marketplace.conversations.models import Step
from marketplace.conversations.queries import privacy_url
from marketplace.conversations.safety import find_hazard
from marketplace.trades.detection import detect_trades

# After this long without a word the customer is asked whether to continue or start over.
RESUME_AFTER = timedelta(days=2)


def on_message(turn: Turn) -> None:
    # Safety before anything else, the greeting and any question included.
    hazard = warn_if_dangerous(turn) if any(
        message.kind == MessageKind.TEXT for message in turn.messages) else None
    if turn.conversation is None:
        previous = turn.latest_conversation
        if previous is None:
            turn.start_conversation()
            turn.prefix.append(greeting())
        elif starts_new_request(turn):
            turn.start_conversation()
            if parsing.is_greeting_only(turn.text):
                turn.prefix.append(_("Hello again! 👋"))
        else:
            answer_idle(turn)
            return
    elif should_ask_to_resume(turn) and hazard is None:
        ask_to_resume(turn)
        return
    if hazard is not None:
        mark_urgent(turn, hazard)
    for message in turn.messages:
        absorb(turn, message)
    ask_next(turn)


def starts_new_request(turn: Turn) -> bool:
    """After a finished request: does this message begin another one?"""
    text = turn.text
    if turn.message.kind in ATTACHABLE_KINDS | {MessageKind.LOCATION}:
        return True
    if turn.message.kind != MessageKind.TEXT or parsing.is_thanks(text):
        return False
    if parsing.is_emoji_only(text):
        return False
    if detect_trades(text) or parsing.find_postcode(text) or find_hazard(text):
        return True
    # A hello or a question while a job is running is most likely about that job.
    return turn.open_job() is None and bool(
        parsing.is_greeting_only(text)
        or len(parsing.meaningful_words(text)) >= ENOUGH_DESCRIPTION_WORDS)


def answer_idle(turn: Turn) -> None:
    """A "thanks", 👍 or question after a finished request: no new request, a pointer."""
    job = turn.open_job() or turn.latest_job()
    if job is None:
        turn.say(_("Hello! Tell me what needs doing and I'll find businesses nearby. "
                   "HELP shows what I can do."))
    elif parsing.is_thanks(turn.text) or parsing.is_emoji_only(turn.text):
        turn.say(_("You're welcome! Write STATUS to see where your request "
                   "%(reference)s stands, or NEW for a new request.",
                   reference=job.reference))
    else:
        turn.say(_("Is this about your request %(reference)s? Write STATUS to see where it "
                   "stands. For something new, write NEW.", reference=job.reference))


def greeting() -> str:
    return _("Hello! 👋 I'm the automated assistant of %(site)s (a bot, not a person). "
             "I'll help you get quotes from checked craft businesses near you.\n"
             "Privacy: %(url)s\nWrite STOP at any time and you'll get no more messages.",
             site=current_app.config.get("SITE_NAME", "Handwerk direkt"), url=privacy_url())


def should_ask_to_resume(turn: Turn) -> bool:
    conversation = turn.conversation
    return bool(conversation and conversation.step != Step.RESUME
                and conversation.has_content and conversation.last_activity_at
                and clock.now() - conversation.last_activity_at >= RESUME_AFTER)


def ask_to_resume(turn: Turn) -> None:
    conversation = turn.current
    conversation.extra = {**conversation.extra, "step_before_resume": conversation.step}
    conversation.step = Step.RESUME
    conversation.pending_message_id = turn.message.id
    turn.say(_("Welcome back! Shall we continue your request (%(summary)s) or start a new "
               "one?", summary=short_summary(turn)),
             choices=(Choice("intake:resume:continue", pgettext("chat button", "Continue")),
                      Choice("intake:resume:restart", pgettext("chat button", "Start new"))))
