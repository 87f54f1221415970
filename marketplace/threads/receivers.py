"""The customer's side of the job conversation, as the bot hands it over (see wiring.py):
the thread buttons and the message router.

- "thread:reply:<lead>" sits under every business message: the customer's next messages go
  to that business's thread for half an hour.
- "thread:pick:<lead>" answers "which business is your message for?": the messages that
  waited for the answer are filed there.

A button of a closed lead, of another customer's lead, or of an unknown one gets a plain
answer; nothing is filed and no business is bothered.
"""

from __future__ import annotations

from flask_babel import gettext as _

from marketplace.channels.models import Customer, Message
from marketplace.quotes.models import Lead
from marketplace.threads import incoming, routing

CHOICE_PREFIX = "thread"


def route_customer_message(customer: Customer, message: Message) -> bool:
    """Registered with the bot's message routers: True when a thread took the message."""
    return routing.route_message(customer, message)


def handle_thread_choice(customer: Customer, message: Message | None, action: str,
                         object_id: str) -> None:
    """Registered for buttons "thread:<action>:<lead id>" (inside the bot's unit of work)."""
    lead = routing.customer_lead(customer, object_id)
    if lead is None or action not in ("reply", "pick"):
        incoming.say(customer, None, _("Sorry, this button no longer works. Just write your "
                                       "message, or write STATUS to see your requests."))
        return
    if not incoming.is_open(lead):
        routing.take_waiting(customer)  # they were meant for this business: none goes on
        incoming.tell_closed(customer, lead)
        return
    waiting = routing.take_waiting(customer)
    routing.focus(customer, lead)
    if waiting:
        # The customer named the business their waiting words are for (a reply button
        # tapped after "which business?" names it as well as the pick does).
        incoming.take_many(customer, waiting, lead)
    else:
        # A reply button, or a pick with nothing waiting (tapped twice): the focus is set.
        _invite(customer, lead)


def _invite(customer: Customer, lead: Lead) -> None:
    incoming.say(customer, lead, _("Write your message to %(business)s now (request "
                                   "%(reference)s).", business=lead.tenant.name,
                                   reference=lead.job_request.reference))
