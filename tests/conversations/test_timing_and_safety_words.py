"""Reading timing wishes and dangers from how people write (pure functions)."""

from __future__ import annotations

import pytest

from marketplace.conversations.safety import find_hazard
from marketplace.conversations.timing import find_timing

STORY = [
    "Heute Morgen ist es passiert, da war das Wasser im Keller",
    "Am letzten Wochenende hat der Sturm die Ziegel runtergeweht",
    "Die Heizung ist gestern sofort ausgegangen",
    "Last weekend the fence blew over",
    "Seit heute tropft es",
]
WISHES = [
    ("nicht dringend", "flexible"),
    ("Es ist eher nicht so dringend.", "flexible"),
    ("no rush, whenever suits", "flexible"),
    ("isn't urgent", "flexible"),
    ("Das ist nicht dringend, nächsten Monat reicht", "month"),
    ("Bitte so schnell wie möglich!", "urgent"),
    ("Dach undicht, 60311, sofort", "urgent"),
    ("nächste Woche wäre gut", "week"),
    ("Wir brauchen dringend Hilfe", "urgent"),
]


@pytest.mark.parametrize("text", STORY)
def test_story_words_are_no_timing_wish(text):
    assert find_timing(text) is None


@pytest.mark.parametrize(("text", "timing"), WISHES)
def test_explicit_wishes_with_negation(text, timing):
    assert find_timing(text) == timing


@pytest.mark.parametrize(("text", "hazard"), [
    ("Hilfe, bei uns im Keller riecht es seit heute Morgen stark nach Gas", "gas"),
    ("Der Strom geht nicht und es riecht nach Gas", "gas"),
    ("Rohrbruch in der Küche, Wasser überall", "water"),
    ("Aus dem Sicherungskasten sprühen Funken!", "electric"),
    ("I can smell gas in the hallway", "gas"),
    ("Wir haben keinen Gasgeruch, aber die Gastherme geht nicht an", None),
    ("Es riecht nicht nach Gas, nur nach Abfluss", None),
])
def test_dangers_and_their_negation(text, hazard):
    assert find_hazard(text) == hazard
