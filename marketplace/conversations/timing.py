"""When the customer wants the work done, read only from phrases that say so.

A story mentions times too ("heute Morgen ist es passiert", "am letzten Wochenende"), and
those say when the damage happened, not when a business should come. So only explicit
wishes count ("dringend", "diese Woche", "no rush"), and a negation in front of one turns
it around: "nicht dringend" and "eher nicht so dringend" mean there is time. Pure functions.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from marketplace.jobs.models import Timing
from marketplace.trades.detection import fold

# Folded phrases (lower case, umlauts written out), German and English, matched as whole
# words in a row (token by token, never inside another word).
TIMING_PHRASES: dict[Timing, tuple[str, ...]] = {
    Timing.URGENT: (
        "dringend", "dringende", "dringender", "dringendst", "sehr dringend", "eilig", "eilt",
        "notfall", "sofort kommen", "bitte sofort", "sofort jemand", "sofort hilfe",
        "so schnell wie moeglich", "so schnell es geht", "schnellstmoeglich",
        "moeglichst schnell", "moeglichst bald", "schnelle hilfe", "schnell jemand",
        "noch heute", "heute noch", "bis morgen", "spaetestens morgen", "morgen frueh kommen",
        "asap", "urgent", "urgently", "emergency", "as soon as possible", "right away",
        "immediately", "today if possible", "by tomorrow", "still today",
    ),
    Timing.WITHIN_WEEK: (
        "diese woche", "naechste woche", "kommende woche", "in einer woche",
        "innerhalb einer woche", "in den naechsten tagen", "in ein paar tagen",
        "paar tagen", "dieses wochenende", "naechstes wochenende", "kommendes wochenende",
        "this week", "next week", "within a week", "in a week", "few days", "this weekend",
        "next weekend", "in the next days",
    ),
    Timing.WITHIN_MONTH: (
        "diesen monat", "naechsten monat", "kommenden monat", "in einem monat",
        "paar wochen", "innerhalb eines monats", "in 2 wochen", "in zwei wochen",
        "in 3 wochen", "in drei wochen", "this month", "next month", "within a month",
        "in a month", "few weeks", "couple of weeks",
    ),
    Timing.FLEXIBLE: (
        "egal wann", "zeitlich egal", "flexibel", "keine eile", "eilt nicht", "hat zeit",
        "irgendwann", "wann es passt", "wann es ihnen passt", "no rush", "no hurry",
        "whenever", "any time", "anytime", "when it suits", "flexible", "not urgent",
        "not in a hurry", "in no hurry",
    ),
}
# Words that are a timing wish only when they stand alone as a clause ("60311, sofort",
# "morgen?"), never inside a story ("heute Morgen ist es passiert", "ging sofort aus").
ALONE: dict[str, Timing] = {"sofort": Timing.URGENT, "heute": Timing.URGENT,
                            "morgen": Timing.URGENT, "schnell": Timing.URGENT,
                            "today": Timing.URGENT, "tomorrow": Timing.URGENT,
                            "now": Timing.URGENT, "egal": Timing.FLEXIBLE}
# Words that, just before an urgency word, turn it into "there is time".
NEGATORS = {"nicht", "kein", "keine", "keinen", "nichts", "not", "no", "never", "isnt",
            "isn't", "arent", "aren't", "nie"}
# How many words before a phrase a negator may stand ("eher nicht so dringend").
NEGATION_REACH = 3
# Words, and the punctuation that ends a clause (a negation does not reach past it).
TOKEN = re.compile(r"[a-z0-9']+|[,.;:!?]")
CLAUSE_END = set(",.;:!?")


@dataclass(frozen=True)
class TimingFound:
    timing: Timing
    phrase: str  # the customer's words it was read from, as written


def _original_words(text: str) -> list[str]:
    """The words as written; folding keeps word boundaries, so they pair with the tokens."""
    return re.findall(r"[\w']+|[,.;:!?]", text or "")


def _phrases_by_first_word() -> dict[str, list[tuple[int, list[str], Timing]]]:
    """Each phrase under its first word, with its place in TIMING_PHRASES (the order in
    which a scan of every phrase over the text found them)."""
    by_first: dict[str, list[tuple[int, list[str], Timing]]] = {}
    order = 0
    for timing, phrases in TIMING_PHRASES.items():
        for phrase in phrases:
            words = phrase.split()
            by_first.setdefault(words[0], []).append((order, words, timing))
            order += 1
    return by_first


# Looked up per word of the text instead of trying every phrase at every word: the bot
# reads a message's timing several times (reading, readiness, parsing), and the full scan
# was the largest single function in a worker's CPU profile (bench/README.md, "Messages
# end to end").
_BY_FIRST_WORD = _phrases_by_first_word()


@functools.lru_cache(maxsize=2048)
def find_timing_phrase(text: str) -> TimingFound | None:
    """The first explicit timing wish in `text`, negations understood; None if none.

    Cached: a pure function of the text, read several times per message."""
    tokens = TOKEN.findall(fold(text or ""))
    originals = _original_words(text)
    found_at: list[tuple[int, int, int, Timing]] = []
    for index, token in enumerate(tokens):
        for order, words, timing in _BY_FIRST_WORD.get(token, ()):
            if tokens[index:index + len(words)] == words:
                found_at.append((order, index, len(words), timing))
    # In the order the full scan found them (phrase by phrase), for the stable sort below.
    matches = [(index, length, timing) for _order, index, length, timing in sorted(found_at)]
    for index, token in enumerate(tokens):
        alone = ((index == 0 or tokens[index - 1] in CLAUSE_END)
                 and (index == len(tokens) - 1 or tokens[index + 1] in CLAUSE_END))
        if alone and token in ALONE:
            matches.append((index, 1, ALONE[token]))
    if not matches:
        return None
    # Earliest first, at one position the longest phrase; a plain wish ("nächsten Monat")
    # beats a negated one before it ("nicht dringend, nächsten Monat reicht").
    matches.sort(key=lambda match: (match[0], -match[1]))
    found: list[tuple[bool, TimingFound]] = []
    for index, length, timing in matches:
        before = tokens[max(0, index - NEGATION_REACH):index]
        if any(word in CLAUSE_END for word in before):
            before = before[max(i for i, word in enumerate(before) if word in CLAUSE_END) + 1:]
        negated = timing != Timing.FLEXIBLE and any(word in NEGATORS for word in before)
        if negated and timing != Timing.URGENT:
            continue  # "nicht diese Woche" says when not; ask instead of guessing
        start = max(0, index - NEGATION_REACH) if negated else index
        while negated and tokens[start] not in NEGATORS:
            start += 1
        words_as_written = " ".join(originals[start:index + length]) if len(
            originals) == len(tokens) else " ".join(tokens[start:index + length])
        found.append((negated, TimingFound(Timing.FLEXIBLE if negated else timing,
                                           words_as_written)))
    plain = [item for negated, item in found if not negated]
    return (plain or [item for _negated, item in found] or [None])[0]


def find_timing(text: str) -> Timing | None:
    found = find_timing_phrase(text)
    return found.timing if found else None
