"""How long a business's message may be, and how a long one is split for the channel.

Each messenger caps one text message (WhatsApp and Telegram 4096 characters, Messenger
2000, our web chat 4000). A longer message is not cut off: it goes out in parts, each
ending at a paragraph, line, sentence or word boundary, so no part stops mid-word.
A message longer than MAX_MESSAGE_CHARS is refused with that limit named.
"""

from __future__ import annotations

import re

from marketplace.channels import messenger, telegram, whatsapp
from marketplace.channels import webchat_messages as webchat
from marketplace.channels.base import ChannelName

# The longest message a business may write at once (the form's maxlength, the API's
# limit); up to a few parts on every channel.
MAX_MESSAGE_CHARS = 8000

CHANNEL_TEXT_LIMITS = {
    ChannelName.WHATSAPP: whatsapp.MAX_TEXT,
    ChannelName.MESSENGER: messenger.MAX_TEXT,
    ChannelName.TELEGRAM: telegram.MAX_TEXT,
    ChannelName.WEBCHAT: webchat.MAX_TEXT,
}
# Where a part may end, best first: a paragraph, a line, a sentence, a word.
_BOUNDARIES = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?…])\s+"),
               re.compile(r"\s+"))


def channel_limit(channel: str) -> int:
    return CHANNEL_TEXT_LIMITS.get(ChannelName(channel), min(CHANNEL_TEXT_LIMITS.values()))


def split_text(text: str, limit: int) -> list[str]:
    """`text` in parts of at most `limit` characters, split at the best boundary that
    leaves a part at least half full (so a stray early full stop does not make a tiny
    part); a single word longer than `limit` is the only thing ever cut."""
    if limit <= 0:
        raise ValueError("limit must be positive")
    parts: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = _cut_at(rest, limit)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts


def _cut_at(text: str, limit: int) -> int:
    window = text[:limit + 1]
    for boundary in _BOUNDARIES:
        ends = [match.start() for match in boundary.finditer(window)
                if limit // 2 <= match.start() <= limit]
        if ends:
            return ends[-1]
    return limit
