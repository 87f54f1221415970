"""Answer now, or wait for the customer's next message: what the bot can act on.

Issue 13 wants "Hallo" · "Dach undicht" · "60311" answered once, issue 16 every answer
within a second. Decided: a turn the bot can act on is answered at once. The pause
(`INTAKE_BURST_SECONDS`, at most `services.BURST_LONGEST_WAIT` after the first waiting
message) holds only while the waiting messages carry nothing to act on:

- a greeting alone, "moment", "one sec", a thumbs-up, an empty message;
- photos, videos and documents (an album arrives as one message per file; one thanks for
  all of them reads better than one per file);
- a fragment without a trade, a place, a timing wish, a danger, a sentence's worth of words
  (`LONG_ENOUGH_TO_READ`), or (while a question is open) an answer to it ("ich hätte da
  mal eine Frage").

Everything else is acted on at once: a command, a button, a location, a voice message, an
edit, and any text with something the bot reads. Messages that arrive while the answer is
being computed are still read with it: the turn reads every waiting message under the
customer's row lock.
"""

from __future__ import annotations

from collections.abc import Iterable

from marketplace.channels.base import MessageKind
from marketplace.channels.models import Customer, Message
from marketplace.conversations import parsing
from marketplace.conversations.queries import active_conversation
from marketplace.conversations.safety import find_hazard
from marketplace.conversations.timing import find_timing_phrase
from marketplace.trades.detection import detect_trades

# Words (stop words included) of a text with no trade, place or timing in it that the bot
# reads as a description all the same: a sentence, not an opener ("ich hätte da mal eine
# Frage" has six).
LONG_ENOUGH_TO_READ = 8
# Kinds that may be followed by more of the same within a second (an album).
COMES_IN_GROUPS = frozenset({MessageKind.IMAGE, MessageKind.VIDEO, MessageKind.DOCUMENT,
                             MessageKind.STICKER})
# Kinds that carry nothing to answer and do not hold a turn open.
SILENT = frozenset({MessageKind.REACTION, MessageKind.REVOKE, MessageKind.SYSTEM})
# Whole messages (squashed) that only say "wait, more is coming".
STILL_TYPING = frozenset({
    "moment", "einen moment", "moment bitte", "augenblick", "einen augenblick", "sekunde",
    "eine sekunde", "sek", "kurz", "gleich", "warte", "wart mal", "mom", "momentchen",
    "one sec", "one second", "a sec", "a second", "sec", "wait", "hold on", "just a moment",
    "one moment", "a moment", "brb", "hmm", "hm", "aeh", "aehm",
})


def can_act_on(customer: Customer, messages: Iterable[Message]) -> bool:
    """Whether the bot should answer these waiting messages now (see the module)."""
    texts = []
    for message in messages:
        if message.kind in SILENT or message.kind in COMES_IN_GROUPS:
            continue
        if message.kind != MessageKind.TEXT:
            return True  # a button, a location, a voice message, an edit, a contact card
        text = (message.text or "").strip()
        if parsing.command_of(text) is not None:
            return True
        if text and not says_nothing_yet(text):
            texts.append(text)
    if not texts:
        return False
    together = "\n".join(texts)
    if (parsing.find_postcode(together) or find_timing_phrase(together)
            or find_hazard(together) or detect_trades(together)
            or len(parsing.words_about_the_job(together)) >= LONG_ENOUGH_TO_READ):
        return True
    # A short reply ("ja", "Offenbach", "per Telefon") answers the question asked last.
    return active_conversation(customer) is not None


def brings_nothing_new(messages: Iterable[Message]) -> bool:
    """Only greetings, "moment", emojis or silent kinds: nothing the bot has not heard."""
    return all(message.kind in SILENT or (message.kind == MessageKind.TEXT and (
        not (message.text or "").strip() or says_nothing_yet(message.text)))
        for message in messages)


def says_nothing_yet(text: str) -> bool:
    """A greeting, "moment", an emoji: nothing to act on in this message alone."""
    return (parsing.is_greeting_only(text) or parsing.is_emoji_only(text)
            or parsing.squash(text).rstrip("?. ") in STILL_TYPING)
