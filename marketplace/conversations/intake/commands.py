"""Commands that work at any time (HILFE, ABBRECHEN, STATUS, NEU, STOP, START, language),
and the ones other features answer (WIDERRUF, MEINE DATEN, LÖSCHEN; see `handlers`)."""

from __future__ import annotations

from collections.abc import Callable

from flask_babel import force_locale
from flask_babel import gettext as _

from marketplace.channels import preferences as channels_preferences
from marketplace.conversations import handlers
from marketplace.conversations.intake.asking import ask_next, ask_trade, short_summary
from marketplace.conversations.intake.turn import Turn
from marketplace.conversations.intake.wording import job_status_text
from marketplace.conversations.models import ConversationStatus
from marketplace.conversations.queries import privacy_url
from marketplace.jobs import services as job_services
from marketplace.trades.catalogue import get_trade


def on_command(turn: Turn, command: str) -> None:
    handler = handlers.command_handler(command)
    if handler is not None:
        turn.call_feature(handler, turn.customer, turn.message)
    elif command in COMMANDS:
        COMMANDS[command](turn)
    else:
        # A command whose feature is not wired in (yet): the privacy page still helps.
        turn.say(_("Sorry, I can't do that in the chat right now. Please use the contact "
                   "on our privacy page: %(url)s", url=privacy_url()),
                 purpose="privacy")


def command_help(turn: Turn) -> None:
    turn.say(_("I turn your messages into a request for quotes from checked craft "
               "businesses near you. You can write at any time:\n"
               "• NEW – start a new request\n• STATUS – your requests and where they "
               "stand\n• CANCEL – cancel the request you are writing\n"
               "• STOP – no more messages; START – messages again\n"
               "• WITHDRAW – withdraw a consent\n• MY DATA – get your data\n"
               "• DELETE – delete your data\n(German works too: NEU, ABBRECHEN, "
               "WIDERRUF, MEINE DATEN, LÖSCHEN.)\nPrivacy: %(url)s", url=privacy_url()))


def cancel(turn: Turn) -> None:
    if turn.conversation is not None and turn.conversation.has_content:
        turn.close(ConversationStatus.CANCELLED)
        turn.say(_("Cancelled – nothing was sent to any business. Just write again "
                   "whenever you need help."))
    else:
        if turn.conversation is not None:
            turn.close(ConversationStatus.CANCELLED)
        turn.say(_("There is no request in progress to cancel. Write STATUS to see your "
                   "requests."))


def command_status(turn: Turn) -> None:
    jobs = job_services.jobs_of_customer(turn.customer)
    lines = []
    for job in jobs:
        trade = get_trade(job.trade_code)
        lines.append(f"• {job.reference} – {trade.label(turn.language) if trade else ''}, "
                     f"{job.postcode}: {job_status_text(job)}")
    if turn.conversation is not None and turn.conversation.has_content:
        lines.append(_("You are also writing a request (%(summary)s).",
                       summary=short_summary(turn)))
    if not lines:
        turn.say(_("You have no requests yet. Tell me what needs doing to start one."))
        return
    turn.say(_("Your requests:") + "\n" + "\n".join(lines))


def command_new(turn: Turn) -> None:
    if turn.conversation is not None:
        turn.close(ConversationStatus.ABANDONED if turn.conversation.has_content
                   else ConversationStatus.CANCELLED)
    turn.start_conversation()
    ask_trade(turn)


def command_stop(turn: Turn) -> None:
    channels_preferences.record_opt_out(turn.customer, message=turn.message)
    turn.say(_("You will receive no more messages from us. Write START if you change your "
               "mind."), purpose="opt_out_confirmation")


def command_start(turn: Turn) -> None:
    channels_preferences.record_opt_in(turn.customer, message=turn.message)
    turn.prefix.append(_("Welcome back! You will receive messages from us again."))
    if turn.conversation is not None:
        ask_next(turn)
    else:
        turn.say(turn.prefix.pop() + " " + _("Tell me what needs doing whenever you like."))


def command_language(turn: Turn, language: str) -> None:
    turn.set_language(language)
    with force_locale(language):
        turn.prefix.append(_("OK, I'll write in English.") if language == "en"
                           else _("OK, I'll write in German."))
        if turn.conversation is not None:
            ask_next(turn)
        else:
            turn.say(turn.prefix.pop())


# The bot's own commands, by the name `parsing.command_of` gives them.
COMMANDS: dict[str, Callable[[Turn], None]] = {
    "help": command_help,
    "cancel": cancel,
    "status": command_status,
    "new": command_new,
    "stop": command_stop,
    "start": command_start,
    "english": lambda turn: command_language(turn, "en"),
    "german": lambda turn: command_language(turn, "de"),
}
