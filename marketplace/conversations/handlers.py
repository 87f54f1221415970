"""Buttons and chat commands that belong to the features above conversations.

Quotes, consent and privacy sit above conversations, so the bot may not import them; yet
their buttons ("quote:accept:17", "consent:agree:…", "privacy:erase:…") and the privacy
commands (WIDERRUF, MEINE DATEN, LÖSCHEN) arrive in the chat. Those features' functions are
registered here by `marketplace/wiring.py`, and the bot calls them inside the unit of work
of the message.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from marketplace.channels.models import Customer, Message
from marketplace.db import db
from marketplace.jobs.models import JobRequest

# (customer, message, action, object id) -> None, for a button "<prefix>:<action>:<id>".
ChoiceHandler = Callable[[Customer, Message | None, str, str], Any]
# (customer, message) -> anything; the feature answers the customer itself.
CommandHandler = Callable[[Customer, Message | None], Any]

# (customer, message) -> True when the feature took the message (answered it itself).
MessageRouter = Callable[[Customer, Message], bool]

CHOICE_HANDLERS: dict[str, ChoiceHandler] = {}
COMMAND_HANDLERS: dict[str, CommandHandler] = {}
# (order, name, router, whether it only ever takes messages of a customer with a job request)
MESSAGE_ROUTERS: list[tuple[int, str, MessageRouter, bool]] = []


def register_choice_handler(prefix: str, handler: ChoiceHandler) -> None:
    """Buttons whose id starts with "<prefix>:" go to `handler`. Registering again replaces."""
    CHOICE_HANDLERS[prefix] = handler


def register_command(name: str, handler: CommandHandler) -> None:
    """The command `name` (as `parsing.command_of` names it) goes to `handler`."""
    COMMAND_HANDLERS[name] = handler


def choice_handler(prefix: str) -> ChoiceHandler | None:
    return CHOICE_HANDLERS.get(prefix)


def command_handler(name: str) -> CommandHandler | None:
    return COMMAND_HANDLERS.get(name)


def register_message_router(name: str, router: MessageRouter, *, order: int,
                            needs_job: bool = False) -> None:
    """Offer every customer message that is not a command or a button to `router` before
    the intake reads it (lowest order first); the first router that returns True keeps
    the message. A business's job conversation takes the customer's replies this way.
    `needs_job`: the router only takes messages of customers with a job request, so it is
    not asked for the others (most messages: new customers). Registering the same name
    again replaces it."""
    MESSAGE_ROUTERS[:] = [entry for entry in MESSAGE_ROUTERS if entry[1] != name]
    MESSAGE_ROUTERS.append((order, name, router, needs_job))
    MESSAGE_ROUTERS.sort(key=lambda entry: (entry[0], entry[1]))


def route_elsewhere(customer: Customer, message: Message) -> bool:
    """Whether a registered feature took this message (one look-up answers for all the
    routers that need a job request)."""
    has_job: bool | None = None
    for _order, _name, router, needs_job in MESSAGE_ROUTERS:
        if needs_job:
            if has_job is None:
                has_job = has_job_request(customer)
            if not has_job:
                continue
        if router(customer, message):
            return True
    return False


def has_job_request(customer: Customer) -> bool:
    return bool(db.session.scalar(sa.select(sa.exists().where(
        JobRequest.customer_id == customer.id))))
