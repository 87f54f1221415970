"""Where the job is, by the name of a town: "offenbach", "Offenbach am Main", "Frankfurt".

The GeoNames place names (`geo.places`) answer. One town of that name is taken at once
(its central postcode, shown so the customer can correct it); several are offered as up
to three buttons; a name nobody knows gets an explanation of what the bot can read,
never the bare postcode question again.
"""

from __future__ import annotations

import re

from flask_babel import gettext as _
from flask_babel import pgettext

from marketplace.channels.base import Choice
from marketplace.conversations import parsing
from marketplace.conversations.intake.facts import note_source, take_postcode
from marketplace.conversations.intake.turn import Turn
from marketplace.conversations.intake.wording import short
from marketplace.geo import places as geo_places
from marketplace.trades.detection import detect_trades

MAX_TOWNS_OFFERED = 3
# What people put around a town's name when asked where ("in Offenbach", "wir wohnen in").
LEAD_WORDS = re.compile(
    r"^\s*((ich|wir)\s+(wohne|wohnen|bin|sind)\s+)?(in|im|aus|bei|nach|nahe|near|at|"
    r"we\s+live\s+in|i\s+live\s+in|it'?s\s+in|the\s+job\s+is\s+in|der\s+ort\s+ist|"
    r"ort:?|place:?)?\s+", re.IGNORECASE)
# A town named inside a longer message: "… in Offenbach am Main, …" (capitalised words).
# Not after "aus" or "bei": "aus Eiche", "bei Regen" are a material and the weather.
NAMED_IN_TEXT = re.compile(
    r"\b(?:[Ii]n|[Nn]ahe|[Nn]ear)\s+((?:[A-ZÄÖÜ][\w.-]+)(?:\s+(?:am|an der|im|in der|bei|"
    r"ob der|vor der|[A-ZÄÖÜ][\w.-]+)){0,3})")
# Everyday words that are also the name of some village ("in Schwarz lackiert", "in Stein
# gemeißelt"): inside a longer message they are not read as the place.
EVERYDAY_WORDS = {"schwarz", "stein", "eiche", "regen", "wald", "berg", "linden", "au",
                  "weiler", "kirchen", "brunn", "hausen", "weiss", "rot", "ordnung"}
# Longest reply still read as nothing but a town's name, and as an unknown one.
MAX_NAME_WORDS = 5
MAX_UNKNOWN_NAME_WORDS = 3


def town_query(text: str) -> str:
    """The name in a short reply, without the words around it."""
    name = LEAD_WORDS.sub(" ", f" {text.strip()} ")
    return re.sub(r"[.!?,;]+\s*$", "", name).strip()


def looks_like_a_name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= MAX_NAME_WORDS and not re.search(r"\d", text)


def read_town_reply(turn: Turn, text: str) -> bool:
    """The answer to "where?" as a town's name; True when the message was taken as one
    (a town set, choices offered, or the name explained as unknown)."""
    query = town_query(text)
    if not looks_like_a_name(query):
        return False
    towns = geo_places.find_towns(query, limit=MAX_TOWNS_OFFERED)
    if not towns and (len(query.split()) > MAX_UNKNOWN_NAME_WORDS or detect_trades(query)):
        return False  # more about the job ("die Fliesen sind auch kaputt"), not a place
    exact = [town for town in towns if town.exact]
    if len(exact) == 1 or len(towns) == 1:
        take_town(turn, (exact or towns)[0], query)
    elif towns:
        offer_towns(turn, query, towns)
    else:
        explain_unknown(turn, query)
    return True


def read_town_in_text(turn: Turn, text: str) -> None:
    """A town named in a longer message ("Wir wohnen in Offenbach am Main"), taken only when
    the name means exactly one town; otherwise the bot asks later."""
    for match in NAMED_IN_TEXT.finditer(text):
        words = match.group(1).split()
        # "in Offenbach am Main Sachsenhausen": try the longest name first.
        for end in range(len(words), 0, -1):
            query = " ".join(words[:end])
            if geo_places.place_key(query) in EVERYDAY_WORDS:
                continue
            exact = [town for town in geo_places.find_towns(query) if town.exact]
            if len(exact) == 1:
                take_town(turn, exact[0], query)
                return


def take_town(turn: Turn, town: geo_places.Town, query: str) -> None:
    take_postcode(turn, town.postcode)
    if turn.current.postcode == town.postcode:
        note_source(turn, "place", query)
        if town.postcode_count > 1:
            turn.prefix.append(_("%(town)s has several postcodes; I've taken %(postcode)s. "
                                 "If yours is another one, just send it.",
                                 town=town.label, postcode=town.postcode))


def town_line(town: geo_places.Town) -> str:
    where = ", ".join(part for part in (town.district, town.state) if part)
    return f"• {town.label} ({town.postcode}{', ' + where if where else ''})"


def offer_towns(turn: Turn, query: str, towns: list[geo_places.Town]) -> None:
    distinct_names = len({town.label for town in towns}) == len(towns)
    # A district's button keeps its city ("Sachsenhausen (Frankfurt am Main)"): cut short it
    # would not say which one; a messenger whose buttons are shorter lists the choices.
    choices = tuple(
        Choice(f"intake:place:{town.postcode}",
               (town.label if town.city else short(town.label)) if distinct_names
               else short(f"{town.postcode} {town.label}"))
        for town in towns)
    lines = [_("There are several places called „%(name)s“. Which one is it? (Or send "
               "the postcode.)", name=query), *(town_line(town) for town in towns)]
    turn.ask("\n".join(lines), choices=choices,
             choices_label=pgettext("chat button", "Choose"))
    turn.current.extra = {**turn.current.extra, "asked": True}


def explain_unknown(turn: Turn, query: str) -> None:
    if geo_places.place_name_count() == 0:
        text = _("I can't look up place names yet, sorry. Please send the postcode "
                 "(5 digits) or share your location 📍.")
    else:
        text = _("I don't know a place called „%(name)s“. Please check the spelling, or "
                 "send the postcode (5 digits) or share your location 📍.", name=query)
    turn.ask(text)
    turn.current.extra = {**turn.current.extra, "asked": True}


def choose_town(turn: Turn, postcode: str) -> None:
    """A town's button: its postcode."""
    if parsing.find_postcode(postcode) == postcode:
        take_postcode(turn, postcode)
