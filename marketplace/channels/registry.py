"""Which channels are on (by their secrets) and the adapter that speaks each one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import current_app

from marketplace.channels.base import ChannelName

# A channel is on only when every one of its secrets is set; web chat is always on.
REQUIRED_SETTINGS: dict[ChannelName, tuple[str, ...]] = {
    ChannelName.WHATSAPP: ("WHATSAPP_PHONE_NUMBER_ID", "WHATSAPP_ACCESS_TOKEN",
                           "WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN"),
    ChannelName.MESSENGER: ("MESSENGER_PAGE_ID", "MESSENGER_PAGE_ACCESS_TOKEN",
                            "MESSENGER_APP_SECRET", "MESSENGER_VERIFY_TOKEN"),
    ChannelName.TELEGRAM: ("TELEGRAM_BOT_TOKEN", "TELEGRAM_SECRET_TOKEN"),
    ChannelName.WEBCHAT: (),
}

# Channels where the provider allows free-form messages only for 24 h after the customer's
# last message (WhatsApp customer-service window, Messenger standard messaging window).
WINDOWED_CHANNELS = frozenset({ChannelName.WHATSAPP, ChannelName.MESSENGER})


def is_enabled(channel: str, config: Mapping[str, Any] | None = None) -> bool:
    config = current_app.config if config is None else config
    try:
        required = REQUIRED_SETTINGS[ChannelName(channel)]
    except ValueError:
        return False
    return all(config.get(name) for name in required)


def enabled_channels(config: Mapping[str, Any] | None = None) -> list[ChannelName]:
    return [channel for channel in ChannelName if is_enabled(channel, config)]


def get_adapter(channel: str, config: Mapping[str, Any] | None = None):
    """The adapter for an enabled channel, or None when the channel is off."""
    config = current_app.config if config is None else config
    if not is_enabled(channel, config):
        return None
    name = ChannelName(channel)
    if name is ChannelName.WHATSAPP:
        from marketplace.channels.whatsapp import WhatsAppAdapter

        return WhatsAppAdapter(config)
    if name is ChannelName.MESSENGER:
        from marketplace.channels.messenger import MessengerAdapter

        return MessengerAdapter(config)
    if name is ChannelName.TELEGRAM:
        from marketplace.channels.telegram import TelegramAdapter

        return TelegramAdapter(config)
    from marketplace.channels.webchat import WebChatAdapter

    return WebChatAdapter(config)


def approved_templates(config: Mapping[str, Any] | None = None) -> frozenset[str]:
    """Names of WhatsApp templates Meta approved, from WHATSAPP_APPROVED_TEMPLATES.

    Accepts a comma-separated string (environment) or any iterable (config override).
    """
    config = current_app.config if config is None else config
    value = config.get("WHATSAPP_APPROVED_TEMPLATES") or ()
    if isinstance(value, str):
        value = value.split(",")
    return frozenset(name.strip() for name in value if name and name.strip())
