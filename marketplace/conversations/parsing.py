"""Reading customers' words: commands, postcodes, timing, yes/no, language. Pure functions."""

from __future__ import annotations

import re
import unicodedata

from marketplace.conversations import timing
from marketplace.jobs.models import ContactPreference, Timing
from marketplace.trades.detection import fold, words

# Whole-message commands (folded: lower case, umlauts written out), German and English.
COMMANDS = {
    "hilfe": "help", "help": "help", "?": "help",
    "abbrechen": "cancel", "cancel": "cancel", "abbruch": "cancel",
    "status": "status",
    "neu": "new", "new": "new", "neue anfrage": "new", "new request": "new",
    "stop": "stop", "stopp": "stop", "unsubscribe": "stop", "abmelden": "stop",
    "start": "start",
    "widerruf": "withdraw", "widerrufen": "withdraw", "withdraw": "withdraw",
    "meine daten": "export", "my data": "export", "daten": "export",
    "loeschen": "erase", "delete": "erase", "delete my data": "erase",
    "daten loeschen": "erase", "meine daten loeschen": "erase",
    "english": "english", "englisch": "english", "auf englisch": "english",
    "in english": "english", "deutsch": "german", "german": "german", "auf deutsch": "german",
    "in german": "german",
}
POSTCODE = re.compile(r"(?<![\d.,])(\d{5})(?![\d.,]*\d)")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
PHONE = re.compile(r"(?:\+|00)?\d[\d /().-]{6,}\d")

YES = {"ja", "jo", "jep", "jawohl", "yes", "yeah", "yep", "y", "ok", "okay", "passt", "genau",
       "richtig", "stimmt", "correct", "sure", "klar", "gerne", "bitte", "senden", "send",
       "abschicken", "absenden", "weiter", "continue", "fortsetzen"}
NO = {"nein", "no", "nope", "ne", "noe", "nee", "keine", "keins", "none", "nicht", "not",
      "no photos", "keine fotos", "keine bilder", "ohne", "without"}
DONE = {"fertig", "done", "das wars", "das war's", "that's all", "thats all", "that is all",
        "finished", "weiter", "next", "erledigt", "alle", "all sent", "alles"}
GREETINGS = {"hallo", "hi", "hey", "moin", "servus", "guten tag", "guten morgen", "guten abend",
             "hello", "good morning", "good evening", "gruess gott", "gruezi", "tag", "huhu",
             "hallo zusammen", "hello there", "hallo ihr", "na", "salut", "ciao", "danke",
             "thanks", "thank you", "vielen dank", "merci", "dankeschoen"}
THANKS = {"danke", "thanks", "thank you", "vielen dank", "dankeschoen", "danke schoen", "thx",
          "merci", "super danke", "ok danke", "perfekt danke", "top"}
POSITIVE_EMOJI = {"👍", "👌", "✅", "🙂", "😊", "👍🏻", "👍🏼", "👍🏽", "👍🏾", "👍🏿", "🙏"}

ENGLISH_MARKERS = {"the", "is", "my", "our", "i", "we", "need", "please", "hello", "hi",
                   "and", "with", "for", "a", "it", "leaking", "broken", "someone", "help",
                   "can", "you", "have", "has", "in", "to", "of", "new", "house", "flat",
                   "kitchen", "bathroom", "roof", "thanks", "looking", "want", "would", "like",
                   "next", "week", "yes", "no", "urgent", "this", "there", "some", "an",
                   "doesn't", "don't", "won't", "isn't", "not", "working"}
GERMAN_MARKERS = {"der", "die", "das", "ist", "mein", "meine", "unser", "unsere", "ich", "wir",
                  "bitte", "hallo", "und", "mit", "fuer", "ein", "eine", "es", "brauche",
                  "brauchen", "suche", "nicht", "kaputt", "danke", "haben", "hat", "im", "zu",
                  "von", "neue", "neuen", "haus", "wohnung", "kueche", "bad", "dach", "ja",
                  "nein", "dringend", "woche", "moechte", "wuerde", "gerne", "wasser", "geht",
                  "auf", "bei", "den", "dem", "sich", "sind", "auch", "noch", "schon"}


def squash(text: str) -> str:
    """Folded text with punctuation and extra spaces removed, for whole-message matches."""
    folded = fold(text or "")
    folded = re.sub(r"[^\w\s?']", " ", folded)
    return " ".join(folded.split())


def command_of(text: str) -> str | None:
    """The command a whole message is, or None ("Stop" inside a sentence is no command)."""
    stripped = (text or "").strip()
    if stripped == "?":
        return "help"
    # Telegram's commands ("/start", "/help@SomeBot") count like the plain words.
    bot_command = re.fullmatch(r"/(\w+)(?:@\w+)?", stripped)
    squashed = squash(bot_command.group(1) if bot_command else stripped)
    return COMMANDS.get(squashed)


def find_postcode(text: str) -> str | None:
    """The first five-digit number that stands alone (not part of a phone number)."""
    for match in POSTCODE.finditer(text or ""):
        start, end = match.span()
        before = text[max(0, start - 2):start]
        after = text[end:end + 1]
        # "+49 69 12345" or "0171 12345": the digits belong to a phone number.
        if before.endswith("+") or re.fullmatch(r"\d[ /-]", before) or (after and after.isdigit()):
            continue
        return match.group(1)
    return None


def find_timing(text: str) -> Timing | None:
    """An explicit timing wish, negations understood (see `conversations.timing`)."""
    return timing.find_timing(text)


def find_email(text: str) -> str | None:
    match = EMAIL.search(text or "")
    return match.group(0) if match else None


def find_phone(text: str) -> str | None:
    match = PHONE.search(text or "")
    if not match:
        return None
    digits = re.sub(r"\D", "", match.group(0))
    if not 7 <= len(digits) <= 15:
        return None
    prefix = "+" if match.group(0).startswith("+") else ""
    return prefix + digits if prefix else match.group(0).strip()


def contact_preference_of(text: str) -> ContactPreference | None:
    squashed = squash(text)
    tokens = set(squashed.split())
    if tokens & {"anruf", "anrufen", "telefon", "telefonisch", "phone", "call", "ring", "handy"}:
        return ContactPreference.PHONE
    if tokens & {"email", "mail", "e", "e-mail"} and ("mail" in squashed):
        return ContactPreference.EMAIL
    if tokens & {"chat", "whatsapp", "hier", "here", "messenger", "telegram", "nachricht"}:
        return ContactPreference.CHAT
    return None


def is_yes(text: str) -> bool:
    squashed = squash(text)
    return squashed in YES or (text or "").strip() in POSITIVE_EMOJI


def is_no(text: str) -> bool:
    return squash(text) in NO


def is_done(text: str) -> bool:
    return squash(text) in DONE


def is_greeting_only(text: str) -> bool:
    squashed = squash(text)
    return bool(squashed) and (squashed in GREETINGS or all(
        token in GREETINGS for token in squashed.split()))


def is_thanks(text: str) -> bool:
    return squash(text) in THANKS


def is_emoji_only(text: str) -> bool:
    """Only pictographs, symbols, punctuation and spaces: nothing to read."""
    stripped = (text or "").strip()
    if not stripped:
        return False
    for char in stripped:
        if char.isspace() or char in "\u200d\ufe0f":
            continue
        category = unicodedata.category(char)
        if category.startswith(("L", "N")):
            return False
    return True


def detect_language(text: str) -> str | None:
    """'en' or 'de' when the words say so clearly, else None (keep the current language)."""
    tokens = words(text)
    if len(tokens) < 2:
        return None
    english = sum(1 for token in tokens if token in ENGLISH_MARKERS)
    german = sum(1 for token in tokens if token in GERMAN_MARKERS)
    if any(ch in (text or "") for ch in "äöüÄÖÜß"):
        german += 2
    if english >= 2 and english > german:
        return "en"
    if german >= 2 and german > english:
        return "de"
    return None


def meaningful_words(text: str) -> list[str]:
    """Words that say something about the job (not greetings, numbers or filler)."""
    filler = GREETINGS | YES | NO | {"bitte", "please", "und", "and"}
    return [token for token in words(text) if token not in filler and not token.isdigit()]


def without_postcode(text: str) -> str:
    """The text minus its postcode, for reading the rest (the stored words keep it)."""
    postcode = find_postcode(text)
    return " ".join(text.replace(postcode, " ").split()) if postcode else text


# Small words that say nothing about the job on their own.
FILLER = {"bitte", "please", "und", "and", "in", "im", "bei", "am", "an", "at", "near", "the",
          "a", "der", "die", "das", "es", "ist", "is", "it"}


def words_about_the_job(text: str) -> list[str]:
    """The words of a message that are not a greeting, the postcode, a timing wish or
    filler: whether the message describes the job (the stored words keep all of it)."""
    rest = without_postcode(text)
    found = timing.find_timing_phrase(rest)
    if found:
        rest = rest.replace(found.phrase, " ")
    return [word for word in meaningful_words(rest) if word not in FILLER]
