"""The platform's Telegram bot, taking a business user's one-time link code.

A user creates the code on the dashboard (accounts.notification_settings) and sends
"/start <code>" (what Telegram's t.me/<bot>?start=<code> link sends) or the bare code to the
bot. The message arrives like any customer's; this router, registered with the conversation
(wiring.py), takes it before the intake would greet a "new customer", links the chat and
answers. It lives in threads because it speaks to the chat through channels and serves the
notices of business_alerts; it writes nothing of its own.
"""

from __future__ import annotations

import re

from flask_babel import force_locale, ngettext
from flask_babel import gettext as _

from marketplace.accounts import notification_settings
from marketplace.channels import outbound as channels_outbound
from marketplace.channels.base import ChannelName, MessageKind, Outbound, Purpose
from marketplace.channels.models import Customer, Message

# "/start K7QM-4TZX" or "/start@HandwerkBot K7QM4TZX" (a bare "/start" is the bot's hello
# and reaches the intake as a command, never this router).
START_WITH_CODE = re.compile(r"/start(?:@\w+)?\s+(\S{1,64})", re.IGNORECASE)


def code_in(text: str) -> str | None:
    text = (text or "").strip()
    match = START_WITH_CODE.fullmatch(text)
    if match:
        return match.group(1)
    return text if notification_settings.looks_like_code(text) else None


def take_link_code(customer: Customer, message: Message) -> bool:
    """Message router: a link code sent to the bot links that chat (or is refused plainly)."""
    if customer.channel != ChannelName.TELEGRAM or message.kind != MessageKind.TEXT:
        return False
    code = code_in(message.text)
    if code is None:
        return False
    user = notification_settings.link_chat(code, customer.external_id)
    with force_locale(user.preferred_language if user is not None else customer.language):
        if user is not None:
            text = _("Linked: you will receive notifications about new requests and messages "
                     "here. To stop them, unlink Telegram in the dashboard under "
                     "Notifications.")
        else:
            minutes = int(notification_settings.CODE_LIFETIME.total_seconds() // 60)
            text = ngettext("This code is not valid (any more). A code works once, for "
                            "%(num)d minute. Please create a new one in the dashboard under "
                            "Notifications.",
                            "This code is not valid (any more). A code works once, for "
                            "%(num)d minutes. Please create a new one in the dashboard under "
                            "Notifications.", minutes)
    channels_outbound.queue_outbound(customer, Outbound(text=text),
                                     purpose=Purpose.SERVICE_REPLY)
    return True
