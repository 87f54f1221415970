"""Find the trade a customer means from the words of their messages.

Matching works on a folded form of the text (lower case, umlauts written out, ß as ss)
so that "Küche", "Kueche" and "KÜCHE" are one word. A keyword matches
- a phrase (several words): the same words in a row;
- "rollladen*": any word that starts with it (Rollladengurt);
- "*dach": any word that ends with it (Flachdach, Garagendach);
- "=treppe": only that very word, even when it is long;
- a word of 5 or more letters: any word that contains it, which catches German compounds
  ("heizung" in "Heizungsausfall", "fliesen" in "Badfliesen");
- a shorter word: only the same word ("bad", "wc", "tür").
Each keyword counts once per trade; the trade's score is the sum of its keyword weights.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from marketplace.trades.catalogue import Trade, all_trades

WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e",
                      "’": "'", "`": "'"})
# A score this high is a clear statement ("Dachdecker", or two strong hints together).
CONFIDENT_SCORE = 2.5


def fold(text: str) -> str:
    return text.lower().translate(FOLD)


def words(text: str) -> list[str]:
    """Folded words; hyphenated words count whole and by their parts."""
    found = []
    for token in WORD.findall(fold(text)):
        found.append(token)
        if "-" in token:
            found.extend(part for part in token.split("-") if part)
    return found


@dataclass(frozen=True)
class Candidate:
    trade: Trade
    score: float
    confidence: float  # 0..1: how sure we are that this is the trade meant
    matched: tuple[str, ...]


@dataclass(frozen=True)
class _Keyword:
    text: str
    weight: int
    kind: str  # phrase, prefix, contains, exact

    def matches(self, tokens: list[str], joined: str) -> bool:
        if self.kind == "phrase":
            return f" {self.text} " in joined
        if self.kind == "prefix":
            return any(token.startswith(self.text) for token in tokens)
        if self.kind == "suffix":
            return any(token.endswith(self.text) and token != self.text for token in tokens)
        if self.kind == "contains":
            return any(self.text in token for token in tokens)
        return self.text in tokens


def _compile(term: str, weight: int) -> _Keyword:
    folded = fold(term).strip()
    if folded.endswith("*"):
        return _Keyword(folded[:-1], weight, "prefix")
    if folded.startswith("*"):
        return _Keyword(folded[1:], weight, "suffix")
    if folded.startswith("="):
        return _Keyword(folded[1:], weight, "exact")
    if " " in folded:
        return _Keyword(" ".join(WORD.findall(folded)), weight, "phrase")
    if len(folded) >= 5:
        return _Keyword(folded, weight, "contains")
    return _Keyword(folded, weight, "exact")


@lru_cache(maxsize=1)
def _index() -> tuple[tuple[Trade, tuple[_Keyword, ...]], ...]:
    return tuple(
        (trade, tuple(_compile(term, weight) for term, weight in trade.keywords))
        for trade in all_trades()
    )


def detect_trades(text: str, *, limit: int = 5) -> list[Candidate]:
    """Ranked trade candidates for `text`, best first; empty when nothing matches."""
    tokens = words(text)
    if not tokens:
        return []
    joined = f" {' '.join(tokens)} "
    scored: list[tuple[float, Trade, tuple[str, ...]]] = []
    for trade, keywords in _index():
        matched = [keyword for keyword in keywords if keyword.matches(tokens, joined)]
        if not matched:
            continue
        # A longer keyword that matched makes its shorter parts redundant ("dachrinne"
        # already counts; "rinne" inside it should not count again).
        single = [keyword.text for keyword in matched if keyword.kind != "phrase"]
        kept = [keyword for keyword in matched
                if keyword.kind == "phrase"
                or not any(keyword.text != other and keyword.text in other for other in single)]
        score = float(sum(keyword.weight for keyword in kept))
        scored.append((score, trade, tuple(keyword.text for keyword in kept)))
    if not scored:
        return []
    scored.sort(key=lambda item: (-item[0], not item[1].is_common, item[1].code))
    best = scored[0][0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    candidates = []
    for score, trade, matched in scored[:limit]:
        strength = min(1.0, score / CONFIDENT_SCORE)
        competition = runner_up if score == best else best
        # An equal rival halves the confidence; a weaker one costs in proportion.
        margin = 1.0 - 0.5 * min(1.0, competition / score)
        candidates.append(Candidate(trade=trade, score=score,
                                    confidence=round(strength * margin, 3), matched=matched))
    return candidates


def is_confident(candidates: list[Candidate], threshold: float = 0.55) -> bool:
    """Whether the best candidate is clear enough to take without asking."""
    return bool(candidates) and candidates[0].confidence >= threshold


@dataclass(frozen=True)
class Decision:
    """What the intake does with a text: take one trade, or offer a few to choose from."""

    trade: Trade | None
    offered: tuple[Trade, ...]
    candidates: tuple[Candidate, ...]


def decide(text: str, *, offer: int = 3) -> Decision:
    candidates = detect_trades(text)
    if is_confident(candidates):
        return Decision(trade=candidates[0].trade, offered=(), candidates=tuple(candidates))
    return Decision(trade=None, offered=tuple(c.trade for c in candidates[:offer]),
                    candidates=tuple(candidates))
