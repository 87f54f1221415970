"""Dangers a customer may describe: gas, a burst pipe, smoke or sparks from an installation.

These come before any intake question: the customer first hears what to do to be safe,
then the request goes on (marked urgent). What counts as a danger is the trades
feature's knowledge (`trades.combinations.safety_case`); the chat adds one thing: a
negated mention ("kein Gasgeruch", "riecht nicht nach Gas", "no smell of gas") is no
alarm, while a negation elsewhere in the sentence ("der Strom geht nicht und es riecht
nach Gas") does not hide one. Pure functions.
"""

from __future__ import annotations

import re
from enum import StrEnum

from marketplace.trades import combinations


class Hazard(StrEnum):
    GAS = combinations.SAFETY_GAS
    WATER = combinations.SAFETY_WATER  # a burst pipe, water pouring out
    ELECTRIC = combinations.SAFETY_ELECTRIC  # smoke, sparks or burning from an installation


# A negation and the word right after it: "keinen Gasgeruch", "nicht nach", "no smell".
NEGATED_WORD = re.compile(r"\b(kein|keine|keinen|keiner|nicht|no|not|ohne|without)\s+\S+",
                          re.IGNORECASE)


# Longer ways of telling of a gas smell seen in chats, which the trades' patterns leave
# out ("riecht es seit heute Morgen stark nach Gas", "der Geruch nach Gas"): a missed gas
# smell is worse than one warning too many.
MORE_GAS = re.compile(r"\briech\w*(\s+\S+){0,8}\s+nach\s+gas\b|\bgeruch\s+(nach|von)\s+gas\b",
                      re.IGNORECASE)


def find_hazard(text: str) -> Hazard | None:
    """The danger the text describes, or None."""
    cleaned = NEGATED_WORD.sub(" ", text or "")
    case = combinations.safety_case(cleaned)
    if case is None and MORE_GAS.search(cleaned):
        case = combinations.SAFETY_GAS
    return Hazard(case) if case else None


def trade_for(hazard: Hazard) -> str:
    """The trade that repairs what caused the danger."""
    return combinations.SAFETY_TRADE[hazard.value]
