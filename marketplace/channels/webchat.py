"""The web chat on the platform's own site: a channel whose "provider" is our page.

Outbound messages are delivered by the page polling for them, so sending only marks them
sent; inbound messages arrive through the chat's JSON endpoints, not through a webhook.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from marketplace.channels.base import (
    ChannelError,
    ChannelName,
    Outbound,
    OutboundMedia,
    ParsedBatch,
    Recipient,
    SendResult,
)

COOKIE_NAME = "mp_chat"
COOKIE_MAX_AGE = 90 * 24 * 3600  # a customer waits days for quotes; the chat must survive


def session_id_for(cookie_token: str) -> str:
    """The customer id stored for a browser token: a hash, so a leaked table opens no chat."""
    return "w" + hashlib.sha256(cookie_token.encode()).hexdigest()[:40]


class WebChatAdapter:
    name = ChannelName.WEBCHAT
    signature_header = None
    # Sending only marks the row; the page shows it once, however often that happens.
    idempotent_send = True

    def __init__(self, config: Mapping[str, Any]) -> None:
        self.config = config

    def verify(self, headers: Mapping[str, str], raw_body: bytes) -> bool:
        return False  # there is no web chat webhook

    def parse(self, payload: Any) -> ParsedBatch:
        raise ChannelError("no_webhook", "the web chat has no webhook", retryable=False)

    def send(self, recipient: Recipient, outbound: Outbound, *, as_template: bool = False,
             media: OutboundMedia | None = None) -> SendResult:
        return SendResult(provider_message_id=None)

    def answer_callback(self, callback_id: str) -> None:
        """Buttons in the page need no acknowledgement."""

    def open_media(self, provider_media_id: str | None, url: str | None):
        raise ChannelError("no_download", "web chat files are uploaded directly",
                           retryable=False)
