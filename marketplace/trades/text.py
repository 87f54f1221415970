"""Normalised German (and English) text for trade detection.

- `fold`: lower case, umlauts written out (ä → ae), ß → ss, so "Küche", "Kueche" and
  "KÜCHE" are one word.
- `words`: the folded words of a text; hyphenated words count whole and by their parts.
- `tokens`: each word as written (lower case, umlauts kept, for the dictionary) and folded.
- `lemma` and `is_word`: simplemma's German dictionary ("Dächer" → "dach", "tropfte" →
  "tropfen"; "Gastronomie" is a word, "tronomie" is not), in its low-memory form: the
  same answers for about 87 MiB less per process (measured: 91 instead of 178 MiB after
  loading), at about 16 instead of 1.5 µs per uncached lookup, which the per-word caches
  here absorb (a message of new words still takes well under 5 ms; bench/README.md). The
  dictionary loads on first use (about a second) and lookups are cached.
- `language`: "en" when English function words outnumber German ones, otherwise "de".
"""

from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_RAW_WORD = re.compile(r"[a-zäöüß0-9]+(?:-[a-zäöüß0-9]+)*")
FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e",
                      "’": "'", "`": "'"})
_UNFOLD = (("ae", "ä"), ("oe", "ö"), ("ue", "ü"))



def word_set(text: str) -> frozenset[str]:
    """A set of words written as one string, for short readable lists."""
    return frozenset(text.split())


_GERMAN_FUNCTION_WORDS = word_set(
    "der die das und ist nicht ich wir mit bei ein eine einen auf im es sie mein meine "
    "unser unsere unserem seit kein keine hat haben wird sind zu von den dem fuer auch "
    "noch aber oder schon wenn dass kann muss bitte hallo ist nach beim vom zum zur "
    "geht gibt mir uns ihr man sich wie was")
_ENGLISH_FUNCTION_WORDS = word_set(
    "the and is not i we with our my a an it of to on there has have can someone please "
    "from for this that are be was since into when but or just need get you your me us "
    "they their been would could what which keeps after before")


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


def tokens(text: str) -> list[tuple[str, str]]:
    """(as written in lower case, folded) per word; hyphenated words also by their parts."""
    found = []
    for raw in _RAW_WORD.findall(text.lower().replace("’", "'")):
        found.append((raw, raw.translate(FOLD)))
        if "-" in raw:
            found.extend((part, part.translate(FOLD)) for part in raw.split("-") if part)
    return found


# Also dialect articles and pronouns ("mir hän a Garagetor, glaub i"): half a vote each.
_AMBIGUOUS_ENGLISH = word_set("a i")


def language(folded_words: list[str]) -> str:
    german = sum(word in _GERMAN_FUNCTION_WORDS for word in folded_words)
    english = sum((0.5 if word in _AMBIGUOUS_ENGLISH else 1.0)
                  for word in folded_words if word in _ENGLISH_FUNCTION_WORDS)
    return "en" if english > german else "de"


@lru_cache(maxsize=50_000)
def lemma(raw: str) -> str:
    """The folded German base form of a word as written ("dächer" → "dach")."""
    import simplemma

    return fold(simplemma.lemmatize(raw, lang="de", low_memory=True))


@lru_cache(maxsize=50_000)
def is_word(folded: str) -> bool:
    """Whether a folded string is a German word (umlauts guessed back for the lookup)."""
    import simplemma

    candidates = {folded}
    unfolded = folded
    for pair, umlaut in _UNFOLD:
        unfolded = unfolded.replace(pair, umlaut)
    candidates.add(unfolded)
    return any(simplemma.is_known(form, lang="de", low_memory=True) or
               simplemma.is_known(form.capitalize(), lang="de", low_memory=True)
               for form in candidates)
