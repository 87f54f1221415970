"""Dangers a customer may describe: gas, a burst pipe, smoke or sparks from an installation.

These come before any intake question: the customer first hears what to do to be safe,
then the request goes on (marked urgent). Reading is on folded text (lower case, umlauts
written out); a negation right in front ("kein Gasgeruch", "no smell of gas") cancels it.
Pure functions.
"""

from __future__ import annotations

import re
from enum import StrEnum

from marketplace.trades.detection import fold


class Hazard(StrEnum):
    GAS = "gas"
    WATER = "water"  # a burst pipe, water pouring out
    ELECTRIC = "electric"  # smoke, sparks or burning smell from an installation


_INSTALLATION = (r"(steckdose|sicherung|verteiler|kabel|leitung|schalter|stecker|lampe|"
                 r"herd|geraet|zaehlerschrank|socket|outlet|fuse|wire|wiring|switch|plug|"
                 r"breaker|panel)\w*")
_SMOKE = r"(raucht|rauch|qualm\w*|schmort|schmor\w*|kokelt|smok\w*|funken|sparks?|sparking)"

PATTERNS: dict[Hazard, tuple[str, ...]] = {
    Hazard.GAS: (
        r"\bgas\w*geruch", r"\briech\w*(\s+\w+){0,6}\s+nach\s+gas\b",
        r"\bnach\s+gas\s+(riech|stink)\w*", r"\bgas\s*(leck|austritt|tritt aus|stroemt)",
        r"\bgasleitung\w*\s+(ist\s+)?(undicht|kaputt|beschaedigt)",
        r"\bsmell\w*(\s+\w+){0,2}\s+(of\s+)?gas\b", r"\bgas\s+(leak|smell)\w*",
        r"\bleak\w*\s+gas\b",
    ),
    Hazard.WATER: (
        r"rohrbruch", r"\b(rohr|leitung|wasserleitung|schlauch)\w*\s+(ist\s+)?geplatzt",
        r"\bgeplatzt\w*\s+(wasser)?(rohr|leitung)", r"\bburst\s+(water\s+)?pipe",
        r"\bpipe\w*\s+(has\s+|have\s+)?burst", r"\bwasser\s+(spritzt|schiesst|stroemt)",
        r"\bwater\s+(is\s+)?(pouring|gushing|spraying)",
    ),
    Hazard.ELECTRIC: (
        rf"\b{_INSTALLATION}(\s+\w+){{0,4}}\s+{_SMOKE}\b",
        rf"\b{_SMOKE}(\s+\w+){{0,4}}\s+(aus\s+(der|dem)\s+|from\s+(the\s+)?)?{_INSTALLATION}",
        r"\bbrandgeruch|\bschmorgeruch|\bburning\s+smell|\bsmell\w*\s+of\s+burning",
        r"\bfunken\s+(spruehen|fliegen|schlagen)|\bspruehen\s+funken",
    ),
}
NEGATED = re.compile(r"\b(kein|keine|keinen|nicht|no|not|without|ohne)\s*$")
_COMPILED = {hazard: tuple(re.compile(pattern) for pattern in patterns)
             for hazard, patterns in PATTERNS.items()}


def find_hazard(text: str) -> Hazard | None:
    """The danger the text describes (gas before water before electricity), or None."""
    folded = " ".join(re.sub(r"[^\w\s]", " ", fold(text or "")).split())
    for hazard, patterns in _COMPILED.items():
        for pattern in patterns:
            for match in pattern.finditer(folded):
                if not NEGATED.search(folded[:match.start()]):
                    return hazard
    return None
