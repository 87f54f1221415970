"""A correction typed at the summary: "das Gewerk stimmt nicht, ich brauche jemanden für
die Satellitenschüssel", "der Ort ist falsch: 63065", "doch nicht dringend".

The field the customer names (or the new value they give) is changed, and the summary is
shown again; the words never land in the description. A field named as wrong without a
new value is asked for. Text that corrects nothing is more about the job: it is added to
the description (as written) and the summary shown again.
"""

from __future__ import annotations

import re

from marketplace.conversations import parsing
from marketplace.conversations.intake.asking import ask_trade
from marketplace.conversations.intake.combination import forget_combination
from marketplace.conversations.intake.edits import start_change
from marketplace.conversations.intake.facts import (
    note_source,
    set_timing,
    set_trade,
    take_postcode,
)
from marketplace.conversations.intake.places import read_town_reply
from marketplace.conversations.intake.turn import Turn
from marketplace.conversations.timing import find_timing_phrase
from marketplace.trades.detection import decide

# Folded words that name a field of the summary.
FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "trade": ("gewerk", "handwerk", "handwerker", "kategorie", "trade", "category",
              "falscher betrieb", "falsche firma", "wrong business"),
    "postcode": ("ort", "plz", "postleitzahl", "adresse", "wohnort", "place", "postcode",
                 "zip", "location", "address", "town"),
    "timing": ("zeit", "zeitpunkt", "wann", "termin", "timing", "when", "dringlichkeit"),
    "description": ("beschreibung", "description"),
}
# Folded words that say something shown is wrong.
WRONG_WORDS = ("stimmt nicht", "falsch", "nicht richtig", "passt nicht", "wrong",
               "not right", "incorrect", "doch nicht", "eigentlich", "actually", "instead",
               "sondern", "korrektur", "korrigieren", "aendern", "change", "isn't right",
               "is not right")
# A correction's own words, taken out before the rest is read for a trade.
META = re.compile(r"\b(das|der|die|the)?\s*(gewerk|handwerk|kategorie|trade|category)\s*"
                  r"(stimmt nicht|ist falsch|passt nicht|is wrong|isn't right)?[,.:;!]?",
                  re.IGNORECASE)


def named_field(text: str) -> str | None:
    squashed = f" {parsing.squash(text)} "
    for field, words in FIELD_WORDS.items():
        if any(f" {word} " in squashed for word in words):
            return field
    return None


def says_wrong(text: str) -> bool:
    squashed = f" {parsing.squash(text)} "
    return any(f" {word} " in squashed or f" {word}" in squashed for word in WRONG_WORDS)


def read_correction(turn: Turn, text: str) -> bool:
    """Change what the text corrects; True when it was a correction (handled here)."""
    conversation = turn.current
    field = named_field(text)
    changed = False
    postcode = parsing.find_postcode(text)
    if postcode and postcode != conversation.postcode:
        take_postcode(turn, postcode)
        note_source(turn, "place", postcode)
        changed = conversation.postcode == postcode
    elif field == "postcode" and not postcode:
        # "Der Ort ist falsch, es ist Offenbach am Main": the name comes last.
        name = re.split(r"[:,;]|\bist\b|\bis\b|\bin\b", text)[-1]
        if name.strip() and read_town_reply(turn, name):
            return True
    found = find_timing_phrase(text)
    if found:
        if found.timing != conversation.timing:
            set_timing(turn, found.timing)
        note_source(turn, "timing", found.phrase)
        changed = True
    if field == "trade" or (says_wrong(text) and not changed):
        rest = META.sub(" ", text)
        decision = decide(rest)
        if decision.trade is not None:
            if decision.trade.code != conversation.trade_code:
                set_trade(turn, decision.trade)
                note_source(turn, "trade", rest.strip(" ,.;:"))
                forget_combination(turn)
            changed = True
        elif field == "trade":
            conversation.changing = "trade"
            conversation.trade_code = None
            conversation.offered_trade_codes = [trade.code for trade in decision.offered]
            ask_trade(turn)
            mark_asked(turn)
            return True
    if changed:
        return True
    if field is not None and says_wrong(text):
        start_change(turn, field)
        mark_asked(turn)
        return True
    return False


def mark_asked(turn: Turn) -> None:
    turn.current.extra = {**turn.current.extra, "asked": True}
