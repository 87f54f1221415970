"""Which keywords a message contains: the precompiled vocabulary and the word analysis.

Every keyword of the catalogue (plus `vocabulary.EXTRA`) is compiled once into lookup
tables keyed by its folded form and its base form. A word of a message is then analysed
once (cached) in this order, the first step that finds something wins:

1. a stop word or an everyday compound (`vocabulary.NEUTRAL`) → nothing;
2. the word, its base form (simplemma: "Dächer" → dach) or the word without an ending
   (Fliesen → fliese, tiles → tile) is a keyword;
3. the catalogue's prefix and suffix keywords ("rollladen*", "*dach");
4. compound parts: keywords inside the word at a plausible boundary, longest first
   (Glasfächer → glas + faecher, Gasgeruch → gas + geruch). A short keyword (3-4 letters)
   needs a real word beside it (so Gastronomie is no gas, Traktor no Tor); a longer one
   needs at least three letters with a vowel before it and no bare verb prefix (so
   geschlossen is no Schloss and Pflicht no Licht);
5. a typo: a word of 7 letters or more that is no German word and is one edit away from a
   keyword (Heitzung → heizung, Instalateur → installateur) (rapidfuzz).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from marketplace.trades import vocabulary
from marketplace.trades.catalogue import Trade, all_trades
from marketplace.trades.text import WORD, fold, is_word, lemma, word_set

ENDINGS = ("ern", "ens", "nen", "es", "en", "er", "se", "s", "e", "n",  # German
           "ing", "ed")  # English: leaking, cracked
LINKS = ("es", "en", "s", "n", "e")  # Fugen-s and friends between compound parts
VERB_PREFIXES = word_set(
    "ge be ver zer ent er emp miss ab an auf aus ein vor nach zu um durch ueber unter "
    "wieder hinter weg her hin mit los fest zurueck dar da in bei runter rein raus rauf "
    "drauf ran hoch vorbei herunter heraus hinein")
MODIFIER = 0.5  # weight factor of a compound part before the head
SHORT = 5  # keywords shorter than this need a real word beside them inside a compound
TYPO_MIN = 7
TYPO_FIRST = 8  # from this length a typo is tried before compound parts


@dataclass(frozen=True)
class Entry:
    """One keyword of one trade."""

    trade: Trade
    term: str
    weight: float
    english: bool


@dataclass(frozen=True)
class Vocabulary:
    whole: dict[str, tuple[Entry, ...]]  # whole words (and base forms of keywords)
    parts: frozenset[str]  # keywords that may stand inside a compound
    prefixes: tuple[tuple[str, tuple[Entry, ...]], ...]
    suffixes: tuple[tuple[str, tuple[Entry, ...]], ...]
    phrases: dict[str, tuple[tuple[str, tuple[Entry, ...]], ...]]  # first word → phrases
    typo_targets: tuple[str, ...]
    prefix_set: frozenset[str]
    suffix_set: frozenset[str]
    prefix_sizes: tuple[int, ...]
    suffix_sizes: tuple[int, ...]


def _keyword_rows() -> list[tuple[Trade, str, int]]:
    rows = []
    for trade in all_trades():
        for term, weight in trade.keywords + vocabulary.EXTRA.get(trade.code, ()):
            term = fold(term).strip()
            weight = vocabulary.WEIGHTS.get((trade.code, term.strip("*=")), weight)
            if weight:
                rows.append((trade, term, weight))
    return rows


def _entry(trade: Trade, term: str, weight: int) -> Entry:
    english = (term in vocabulary.ENGLISH_TERMS
               or (trade.code, term) in vocabulary.ENGLISH_FOR_TRADE)
    if term in vocabulary.ROOM_WORDS:
        weight = min(weight, vocabulary.ROOM_WEIGHT)
    return Entry(trade=trade, term=term, weight=weight, english=english)


@lru_cache(maxsize=1)
def compiled() -> Vocabulary:
    whole: dict[str, dict[tuple[str, str], Entry]] = {}
    prefixes: dict[str, dict[str, Entry]] = {}
    suffixes: dict[str, dict[str, Entry]] = {}
    phrases: dict[str, dict[str, dict[str, Entry]]] = {}
    parts: set[str] = set()

    def keep(table: dict, key: str, entry: Entry) -> None:
        slot = table.setdefault(key, {})
        known = slot.get(entry.trade.code)
        if known is None or known.weight < entry.weight:  # a trade keeps its strongest
            slot[entry.trade.code] = entry
        if (entry.trade.code, key) in vocabulary.WEIGHTS:  # unless told otherwise
            # (on the entry kept: an English form stored under the same key, "granite"
            # under "granit", must not take the German word's place)
            slot[entry.trade.code] = replace(
                slot[entry.trade.code], weight=vocabulary.WEIGHTS[(entry.trade.code, key)])

    rows = _keyword_rows()
    owners: dict[str, set[str]] = {}
    for trade, raw, _weight in rows:
        owners.setdefault(raw.strip("*="), set()).add(trade.code)
    for trade, raw, weight in rows:
        if raw.endswith("*"):
            term = raw[:-1]
            keep(prefixes, term, _entry(trade, term, weight))
            keep(whole, term, _entry(trade, term, weight))
            continue
        if raw.startswith("*"):
            term = raw[1:]
            keep(suffixes, term, _entry(trade, term, weight))
            continue
        exact = raw.startswith("=")
        term = raw.lstrip("=")
        if term in vocabulary.STOP_WORDS:
            continue
        entry = _entry(trade, term, weight)
        if " " in term:
            words = " ".join(WORD.findall(term))
            phrases.setdefault(words.split()[0], {}).setdefault(words, {})[trade.code] = entry
            continue
        keep(whole, term, entry)
        base = lemma(term)
        # The base form stands for the keyword unless it is another trade's own word
        # (Putz → putzen is the cleaner's, not the plasterer's).
        if base != term and _same_word(term, base) and base not in vocabulary.STOP_WORDS \
                and owners.get(base, {trade.code}) <= {trade.code}:
            keep(whole, base, entry)
        if not exact and len(term) >= 3 and term not in vocabulary.WHOLE_ONLY \
                and "-" not in term:
            parts.add(term)
    # A phrase makes its words redundant (detection), so it weighs at least as much as its
    # strongest word for the same trade: "streichen lassen" is no weaker than "streichen".
    for group in phrases.values():
        for phrase, slot in group.items():
            for code, entry in list(slot.items()):
                strongest = max((known.weight for word in phrase.split()
                                 for known in whole.get(word, {}).values()
                                 if known.trade.code == code), default=0)
                if strongest > entry.weight:
                    slot[code] = replace(entry, weight=strongest)
    return Vocabulary(
        whole={key: tuple(slot.values()) for key, slot in whole.items()},
        parts=frozenset(parts),
        prefixes=tuple((key, tuple(slot.values())) for key, slot in prefixes.items()),
        suffixes=tuple((key, tuple(slot.values())) for key, slot in suffixes.items()),
        phrases={first: tuple((words, tuple(slot.values())) for words, slot in group.items())
                 for first, group in phrases.items()},
        typo_targets=tuple(sorted(key for key in whole if len(key) >= TYPO_MIN - 1
                                  and "-" not in key)),
        prefix_set=frozenset(prefixes),
        suffix_set=frozenset(suffixes),
        prefix_sizes=tuple(sorted({len(key) for key in prefixes})),
        suffix_sizes=tuple(sorted({len(key) for key in suffixes})),
    )


def _same_word(term: str, base: str) -> bool:
    """Whether a keyword's base form is an inflection of it (tropft → tropfen), not
    another word that happens to share a form (weiss → wissen, schloss → schliessen)."""
    common = 0
    for left, right in zip(term, base, strict=False):
        if left != right:
            break
        common += 1
    return len(base) >= 3 and common >= min(len(term), len(base)) - 2


def _has_vowel(text: str) -> bool:
    return any(letter in "aeiouy" for letter in text)


def _known(text: str, vocab: Vocabulary) -> bool:
    """A real word (or a keyword), also after dropping a linking element at either end."""
    forms = [text] + [text[len(link):] for link in LINKS if text.startswith(link)] \
        + [text[:-len(link)] for link in LINKS if text.endswith(link)]
    return any(len(form) >= 3 and (form in vocab.whole or form in vocabulary.NEUTRAL
                                   or is_word(form)) for form in forms)


def _boundary_ok(token: str, start: int, end: int, vocab: Vocabulary) -> bool:
    left, right = token[:start], token[end:]
    short = end - start < SHORT
    if not left and right in ENDINGS and end - start < 4:
        return False  # "loose" is no "loo" + ending
    if left:
        if left in VERB_PREFIXES or left in vocabulary.STOP_WORDS \
                or (left.endswith("ge") and left[:-2] in VERB_PREFIXES):
            return False  # abgetragen is no Tragen, ausgeputzt no Putz
        if short and not _known(left, vocab):
            return False
        if not short and (len(left) < 3 or not _has_vowel(left)):
            return False
    if right and right not in ENDINGS:
        if short and not _known(right, vocab):
            return False
        if not short and (len(right) < 3 or not _has_vowel(right)):
            return False
    return True


def _compound_parts(token: str, vocab: Vocabulary) -> list[tuple[str, float]]:
    """Keywords inside a compound, left to right; the head (the last part) names the
    thing, the parts before it only qualify it and count half (a Gartenmauer is a wall)."""
    spans = []
    length = len(token)
    for start in range(length - 2):
        for end in range(length, start + 2, -1):
            part = token[start:end]
            if part == token:
                continue
            if part in vocabulary.NEUTRAL:
                spans.append((end - start, start, end, ""))
            elif part in vocab.parts and _boundary_ok(token, start, end, vocab) \
                    and not (end == length and _inflected_adjective(token, end - start)):
                spans.append((end - start, start, end, part))
    taken: list[tuple[int, int, str]] = []
    for _size, start, end, part in sorted(spans, key=lambda span: (-span[0], span[1])):
        if any(start < other_end and other_start < end for other_start, other_end, _part in taken):
            continue
        taken.append((start, end, part))
    taken.sort()
    found = [(part, 1.0 if end == length or token[end:] in ENDINGS
              or part in vocabulary.STONES else MODIFIER)
             for _start, end, part in taken if part]
    if len(found) > 1 and found[-1][1] == 1.0 and found[-1][0] in vocabulary.GENERIC_HEADS:
        # A generic head (Fliesenboden, Putzschaden) says little; its modifier names the
        # material or the thing, so the two swap weights.
        found = [(part, 1.0) for part, _factor in found[:-1]] + [(found[-1][0], MODIFIER)]
    return found


def _typo(token: str, vocab: Vocabulary) -> str | None:
    if len(token) < TYPO_MIN or is_word(token):
        return None
    best = process.extractOne(token, vocab.typo_targets, scorer=Levenshtein.distance,
                              score_cutoff=1)
    return best[0] if best else None


@lru_cache(maxsize=50_000)
def terms_of(raw: str, folded: str, german: bool = True) -> tuple[tuple[str, float], ...]:
    """The keywords one word stands for, each with a weight factor (see the module
    docstring for the order). `german=False` for English text, where a word unknown in
    German is no German typo and no compound ("looking" holds no "loo")."""
    vocab = compiled()
    if folded in vocabulary.STOP_WORDS or folded in vocabulary.NEUTRAL or len(folded) < 2:
        return ()
    if folded in vocab.whole:
        return ((folded, 1.0),)
    base = lemma(raw) if len(raw) > 3 else folded
    if base in vocabulary.NEUTRAL:
        return ()
    if base != folded and base in vocab.whole and base not in vocabulary.STOP_WORDS:
        return ((base, 1.0),)
    for ending in ENDINGS:
        stem = folded[:-len(ending)]
        if folded.endswith(ending) and len(stem) >= 4 and stem in vocab.whole \
                and stem not in vocabulary.STOP_WORDS:
            return ((stem, 1.0),)
    found = [folded[:size] for size in vocab.prefix_sizes
             if size < len(folded) and folded[:size] in vocab.prefix_set]
    found += [folded[-size:] for size in vocab.suffix_sizes
              if size < len(folded) and folded[-size:] in vocab.suffix_set
              and not _inflected_adjective(folded, size)]
    if found:
        return tuple((term, 1.0) for term in found)
    if not german or folded in vocabulary.ROOM_WORDS:
        return ()  # a room (Treppenhaus, Wohnzimmer) is no compound of keywords
    # A long unknown word one letter from a long keyword is that keyword misspelt
    # (Wasserhan), not a compound with a meaningless rest (wasser + han).
    corrected = _typo(folded, vocab) if len(folded) >= TYPO_FIRST else None
    if corrected and len(corrected) >= TYPO_FIRST:
        return ((corrected, 1.0),)
    parts = _compound_parts(folded, vocab)
    if parts:
        return tuple(parts)
    corrected = _typo(folded, vocab)
    return ((corrected, 1.0),) if corrected else ()


def _inflected_adjective(token: str, size: int) -> bool:
    """"normaler", "optimalen": an adjective in -al with its ending, not a compound whose
    last part ("maler") runs across the ending."""
    for ending in ("er", "en", "es", "em", "e"):
        stem = token[:-len(ending)]
        if token.endswith(ending) and size > len(ending) and stem.endswith("al") \
                and len(stem) >= 5 and is_word(stem):
            return True
    return False


def entries_for(term: str) -> tuple[Entry, ...]:
    vocab = compiled()
    if " " in term:  # a phrase ("carpet cleaning")
        return next((entries for phrase, entries in vocab.phrases.get(term.split()[0], ())
                     if phrase == term), ())
    found = vocab.whole.get(term, ())
    for prefix, entries in vocab.prefixes:
        if prefix == term:
            found = found + entries
    for suffix, entries in vocab.suffixes:
        if suffix == term:
            found = found + entries
    return found


def phrase_entries(folded_words: list[str]) -> list[tuple[str, tuple[Entry, ...]]]:
    """Multi-word keywords found in a row of folded words."""
    vocab = compiled()
    # with a hyphenated word's parts ("walk in freezer") and without them ("walk-in freezer")
    whole_words, skip = [], 0
    for word in folded_words:
        if skip:
            skip -= 1
            continue
        whole_words.append(word)
        if "-" in word:
            skip = len([part for part in word.split("-") if part])
    joined = f" {' '.join(folded_words)} | {' '.join(whole_words)} "
    found = []
    for word in set(folded_words):
        for phrase, entries in vocab.phrases.get(word, ()):
            if f" {phrase} " in joined:
                found.append((phrase, entries))
    return found


@lru_cache(maxsize=1)
def _split_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), term) for pattern, term in vocabulary.SPLIT_PHRASES)


def split_phrases(text: str) -> list[str]:
    """Keywords a clause means with its words apart ("die Wand ... soll raus")."""
    folded = fold(text)
    return [term for pattern, term in _split_patterns() if pattern.search(folded)]
