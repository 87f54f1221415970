"""One inbound message, handed to the part of the bot that answers its kind."""

from __future__ import annotations

from flask_babel import force_locale

from marketplace.channels.base import MessageKind
from marketplace.channels.models import Customer, Message
from marketplace.conversations import handlers, parsing
from marketplace.conversations.intake.buttons import on_choice
from marketplace.conversations.intake.commands import on_command
from marketplace.conversations.intake.edits import on_edit
from marketplace.conversations.intake.messages import on_message
from marketplace.conversations.intake.turn import Turn

# Kinds in which the customer's language shows.
WORDED_KINDS = {MessageKind.TEXT, MessageKind.IMAGE, MessageKind.VIDEO, MessageKind.DOCUMENT,
                MessageKind.EDIT}
# Kinds that need no answer and do not count as activity.
SILENT_KINDS = {MessageKind.REACTION, MessageKind.REVOKE, MessageKind.SYSTEM,
                MessageKind.UNSUPPORTED}


def run_all(customer: Customer, messages: list[Message]) -> None:
    """Answer messages that came together (no commit here): the customer's own words and
    photos in a row are one turn with one answer; a command, a button or an edit among
    them is answered on its own, in order."""
    together: list[Message] = []
    for message in messages:
        if joins_a_turn(message) and not handlers.route_elsewhere(customer, message):
            together.append(message)
            continue
        if together:
            run_together(customer, together)
            together = []
        if not joins_a_turn(message):
            run(customer, message)
    if together:
        run_together(customer, together)


def joins_a_turn(message: Message) -> bool:
    """The customer's own words or media: no command, button, edit or silent kind."""
    if message.kind == MessageKind.TEXT:
        return parsing.command_of(message.text or "") is None
    return message.kind not in SILENT_KINDS | {MessageKind.CHOICE, MessageKind.EDIT}


def run_together(customer: Customer, messages: list[Message]) -> None:
    """One turn for several messages: read them all, then answer once."""
    turn = Turn(customer, messages[0], together=messages)
    detected = parsing.detect_language(turn.text)
    if detected and detected != turn.language:
        turn.set_language(detected)
    with force_locale(turn.language):
        on_message(turn)
    turn.touch()


def run(customer: Customer, message: Message) -> None:
    """Answer one inbound message (no commit here)."""
    turn = Turn(customer, message)
    kind = message.kind
    command = parsing.command_of(turn.text) if kind == MessageKind.TEXT else None
    if command is None and kind in WORDED_KINDS:
        detected = parsing.detect_language(turn.text)
        if detected and detected != turn.language:
            turn.set_language(detected)
    with force_locale(turn.language):
        if kind == MessageKind.CHOICE:
            on_choice(turn, str(message.payload.get("choice_id") or ""))
        elif command == "start" and not customer.has_opted_out:
            # Telegram opens every chat with /start: that is a hello, not an opt-in.
            on_message(turn)
        elif command is not None:
            on_command(turn, command)
        elif kind == MessageKind.EDIT:
            on_edit(turn)
        elif kind in SILENT_KINDS or handlers.route_elsewhere(customer, message):
            return
        else:
            on_message(turn)
    turn.touch()
