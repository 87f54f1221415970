"""Hide the contact details a customer typed into free text before a business reads it.

Customers write "ruft mich an unter 0171 2345678" or "Hauptstraße 12" into the job
description and their thread messages. A business may see those only after the customer
agreed to share contact details with it (consent.ledger.visible_text_for decides); until
then everything a business sees of the customer's words goes through
`mask_contact_details`. The rules lean towards hiding: a house number mistaken for a
measurement is worse for the customer than a measurement hidden by mistake, but prices,
dates, years, postcodes and measurements stay readable because the business needs them
to quote.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from flask_babel import gettext as _

from marketplace.hooks import Slot

# Whether a business may read a customer's contact details is the consent ledger's answer
# (`consent.ledger.visible_text_for`), and consent sits above jobs and quotes: wiring plugs
# it in here, so quotes' pages, e-mails and API can ask without importing consent.
visible_text_slot = Slot(
    "jobs.masking.visible_text_slot",
    "visible_text_slot(tenant, job_request, text) -> the text as that business may read it")

# ------------------------------------------------------------------ e-mail addresses

_EMAIL = re.compile(
    r"[\w.%+-]+"
    r"\s?(?:@|\((?:at|ät)\)|\[(?:at|ät)\]|\{at\})\s?"
    r"[\w-]+(?:(?:\.|\s?[(\[](?:dot|punkt)[)\]]\s?)[\w-]+)+",
    re.IGNORECASE)

# ------------------------------------------------------------------ phone numbers

# A number starting with a country code (+49, 0049) or a national 0 + area code,
# followed by digit groups separated by a space, a slash or a hyphen. Dots are left out on
# purpose: "01.03.2024" is a date, not a phone number.
_PHONE = re.compile(
    r"(?<![\w+.,/-])"
    r"(?:"
    r"(?:\+|00)[1-9]\d{0,2}(?:\s?\(0\))?"
    r"|\(0[1-9]\d{0,4}\)"
    r"|0[1-9]\d{0,4}"
    r")"
    r"(?:(?:\s?[/-]\s?|\s)\(?\d+\)?|\d+)*"
    r"(?![\d,.]\d)")
# A number named as one ("Tel. 2345678", "Handy: 171 234 56 78") counts even without a
# leading zero.
_PHONE_AFTER_WORD = re.compile(
    r"(?P<word>\b(?:Tel(?:efon)?(?:nummer|nr)?|Rufnummer|Handy(?:nummer)?|Mobil(?:nummer)?"
    r"|Festnetz|Fon|Phone|WhatsApp|Telegram|Signal)\b\.?\s*(?:Nr\.?\s*)?[:=]?\s*)"
    r"(?P<number>\+?\(?\d[\d\s/()-]{4,}\d)",
    re.IGNORECASE)
_MIN_PHONE_DIGITS = 7
_MAX_PHONE_DIGITS = 16

# ------------------------------------------------------------------ street + house number

_STREET_SUFFIX = r"(?:straße|strasse|str\.?|weg|gasse|platz|allee|ring|damm|ufer|chaussee)"
# A house number: 12, 3a, 5 b, 12-14, 7/1; never a decimal ("3,5 m").
# The whole number, never its first digits: "10 €" must not leave "1" as a house number.
_HOUSE_NUMBER = r"\d{1,4}(?!\d)(?![,.]\d)"
_HOUSE_NUMBER_TAIL = r"(?:\s?[a-zA-Z](?![\wäöüßÄÖÜ²³]))?(?:\s?[-–/]\s?\d{1,4}[a-zA-Z]?(?!\w))?"
# After a number these make it a measurement, a time or an amount, not a house number.
_NOT_HOUSE = (r"(?!\s*(?:m²|m2|m³|qm|cm|mm|km|m|l|kg|t|x|h|min|°|%|€|Euro|EUR|Uhr|Stück|Stk"
              r"|Stunden?|Std|Tage?n?|Wochen?|Monate?n?|Jahre?n?|mal|Mal|Personen|Zimmer"
              r"|Räume|Fenster|Türen|Fliesen|Meter|Quadratmeter|Grad)(?![a-zäöüß]))")
_LETTER = r"[A-Za-zÄÖÜäöüß]"
_WORD = r"[A-Za-zÄÖÜäöüß][\wÄÖÜäöüß-]*"

# "Hauptstraße 12", "Goethe-Str. 3", "lindenweg 4"
_COMPOUND_STREET = re.compile(
    rf"(?<![\wÄÖÜäöüß-]){_LETTER}[\wÄÖÜäöüß-]*?{_STREET_SUFFIX}\s*"
    rf"{_HOUSE_NUMBER}{_NOT_HOUSE}{_HOUSE_NUMBER_TAIL}",
    re.IGNORECASE)
# "Berliner Str. 5", "Frankfurter Allee 12", "Alte Gasse 3"
_SEPARATE_STREET = re.compile(
    rf"(?<![\wÄÖÜäöüß-])(?:[A-ZÄÖÜ][\wÄÖÜäöüß-]*\s+){{1,2}}"
    rf"(?:Straße|Strasse|Str\.?|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer|Chaussee)\s*"
    rf"{_HOUSE_NUMBER}{_NOT_HOUSE}{_HOUSE_NUMBER_TAIL}")
# "Am Weinberg 3a", "An der Kirche 5", "Im Winkel 7", "Zum Sportplatz 2". The words alone
# say little ("Im Bad 12 Fliesen"), so the number must end the address: a comma, the end of
# the sentence, a postcode or "in <town>" follows.
_WHEN_WORDS = (r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"
               r"|Wochenende|Januar|Februar|März|April|Mai|Juni|Juli|August|September"
               r"|Oktober|November|Dezember|Anfang|Ende|Morgen|Vormittag|Nachmittag|Abend"
               r"|Erdgeschoss|Obergeschoss|Dachgeschoss|Keller|OG|EG|DG|UG)\b")
_PREFIX_STREET = re.compile(
    rf"(?<![\wÄÖÜäöüß-])(?:Am|Im|Zum|Zur|Beim|(?:An|Auf|In|Hinter|Unter|Vor|Bei)"
    rf"\s+(?:der|den|dem))\s+(?!{_WHEN_WORDS}){_WORD}(?:\s+{_WORD})?\s+"
    rf"{_HOUSE_NUMBER}{_HOUSE_NUMBER_TAIL}"
    rf"(?=\s*(?:$|[,;)\n]|\.(?!\d)|\d{{5}}(?!\d)|in\b|bei\b|\())",
    re.IGNORECASE)


def _phone_placeholder() -> str:
    return _("[phone number hidden]")


def _email_placeholder() -> str:
    return _("[e-mail address hidden]")


def _address_placeholder() -> str:
    return _("[address hidden]")


def _digits(text: str) -> int:
    return sum(character.isdigit() for character in text)


def _mask_phone(match: re.Match[str]) -> str:
    number = match.group(0)
    # "(0)" after the country code is not a digit the caller dials.
    count = _digits(number.replace("(0)", ""))
    if _MIN_PHONE_DIGITS <= count <= _MAX_PHONE_DIGITS:
        return _phone_placeholder()
    return number


def _mask_named_phone(match: re.Match[str]) -> str:
    if _digits(match.group("number")) < 5:
        return match.group(0)
    return match.group("word") + _phone_placeholder()


PHONE = "phone"
EMAIL = "email"
ADDRESS = "address"


def mask_contact_details(text: str | None, *, keep: Collection[str] = ()) -> str:
    """`text` with phone numbers, e-mail addresses and street + house number replaced by a
    placeholder in the active language; the kinds in `keep` ("phone", "email", "address")
    stay readable. Idempotent: masking masked text changes nothing."""
    if not text:
        return text or ""
    masked = text
    if EMAIL not in keep:
        masked = _EMAIL.sub(lambda _match: _email_placeholder(), masked)
    if PHONE not in keep:
        masked = _PHONE_AFTER_WORD.sub(_mask_named_phone, masked)
        masked = _PHONE.sub(_mask_phone, masked)
    if ADDRESS not in keep:
        for pattern in (_PREFIX_STREET, _SEPARATE_STREET, _COMPOUND_STREET):
            masked = pattern.sub(lambda _match: _address_placeholder(), masked)
    return masked


def street_address(text: str | None) -> str | None:
    """The first street + house number in `text`, or None (the crew's directions link, shown
    only once the customer agreed to share their details with the business)."""
    for pattern in (_PREFIX_STREET, _SEPARATE_STREET, _COMPOUND_STREET):
        match = pattern.search(text or "")
        if match is not None:
            return match.group(0).strip()
    return None


def contains_contact_details(text: str | None) -> bool:
    """Whether masking would change `text` (a hint for pages: "details hidden")."""
    return bool(text) and mask_contact_details(text) != text


def text_for_business(tenant: object, job_request: object, text: str | None) -> str:
    """The customer's words as this business may read them now. Without the consent
    ledger plugged in (a wiring mistake) the text stays masked: hiding is the safe side."""
    if visible_text_slot.is_plugged:
        return visible_text_slot(tenant, job_request, text)
    return mask_contact_details(text)
