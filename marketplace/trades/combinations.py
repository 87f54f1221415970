"""Trades that belong together, trades that stand in for each other, and safety cases.

Three kinds of knowledge a dispatcher has and the keyword matcher does not:

- A *project* needs several trades: a bathroom renovation is tiles, water and power; a new
  roof with gutters is the roofer plus the Klempner for the sheet metal. `project_in(text)`
  finds such a project in a message, `usual_combination(slug)` names its trades (the first
  one leads).
- A *related* trade commonly does the work when the asked-for trade has nobody free:
  plumbers (Installateur/Sanitär) do whole bathrooms including the tiles, roofers fit
  gutters, a Tischler fits windows. `related_trades(slug)` lists them, best first.
- A *safety case* (gas smell, burst pipe, smoke or sparks) needs advice before any
  question. `safety_case(text)` names the case and `SAFETY_TRADE` the trade to send.

All slugs are trade codes of `marketplace.trades.catalogue`; a test checks every one.
Words are matched on the folded text of `marketplace.trades.detection` (lower case,
umlauts written out), as whole words or word beginnings, so "Badsanierung" and
"Badrenovierung" are found but "Badeente" is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from marketplace.trades.text import fold


@dataclass(frozen=True)
class Project:
    slug: str
    label_de: str
    label_en: str
    trades: tuple[str, ...]  # the usual combination; the first trade leads
    # Folded regular expressions that name the project (German and English).
    patterns: tuple[str, ...]

    def label(self, language: str) -> str:
        return self.label_en if language == "en" else self.label_de


PLUMBER = "installateur-heizungsbauer"
ELECTRICIAN = "elektrotechniker"

PROJECTS: tuple[Project, ...] = (
    Project("badsanierung", "Badsanierung", "Bathroom renovation",
            ("installateur-heizungsbauer", "fliesenleger", "elektrotechniker"),
            (r"bad(ezimmer)?(sanierung|renovierung|umbau|modernisierung)",
             r"(bad|badezimmer|baeder)\w* (komplett |ganz |neu )*(sanieren|renovieren|"
             r"modernisieren|umbauen|erneuern|neu machen|machen lassen)",
             r"(neues|komplettes) (bad|badezimmer)\b",
             r"komplettbad", r"barrierefreies bad", r"altersgerechtes bad",
             r"(bathroom|ensuite|en-suite) (renovation|refurb\w*|remodel\w*|refit)",
             r"(renovate|redo|refit|remodel) (the |our |my |a )?(bathroom|ensuite)",
             r"new bathroom")),
    Project("dach-mit-rinne", "Dach mit Dachrinne", "Roof with gutters",
            ("dachdecker", "klempner"),
            (r"dach\w* (und|mit|inkl\w*|samt|plus) (den |der |die |neuen? )?"
             r"(dach|regen)?rinnen?",
             r"(dach|regen)rinnen?\w* (und|mit|samt) (das |dem )?dach\b",
             r"roof (and|with|including) (the )?gutters?",
             r"gutters? (and|with) (the )?roof")),
    Project("kuechenmontage", "Küche einbauen", "Kitchen fitting",
            ("tischler", "installateur-heizungsbauer", "elektrotechniker"),
            (r"kueche\w* (einbauen|montieren|aufbauen|anschliessen)",
             r"kuechen(montage|einbau|aufbau)",
             r"neue (einbau)?kueche",
             r"(fit|install) (a |the |our |my )?(new )?kitchen",
             r"kitchen (fitting|installation|refit)")),
    Project("dachausbau", "Dachausbau", "Loft conversion",
            ("zimmerer", "stuckateur", "isolierer", "elektrotechniker"),
            (r"dach(geschoss|boden)?(ausbau|ausbauen)",
             r"dach(boden|geschoss)\w* (ausbauen|zum wohnraum)",
             r"loft conversion", r"convert (the |our )?(loft|attic)")),
    Project("heizungstausch", "Heizungstausch", "Heating replacement",
            ("installateur-heizungsbauer", "elektrotechniker", "schornsteinfeger"),
            (r"heizungs?(tausch|wechsel|erneuerung|modernisierung)",
             r"(neue|andere) heizung\b",
             r"(heizung|therme|kessel|oelheizung|gasheizung)\w* (tauschen|austauschen|"
             r"erneuern|ersetzen|raus)",
             r"(replace|swap) (the |our |my )?(boiler|heating)",
             r"new (boiler|heating system)")),
    Project("wohnungsrenovierung", "Wohnung renovieren", "Flat renovation",
            ("maler-lackierer", "bodenleger", "stuckateur"),
            (r"(wohnung|haus)\w* (komplett |ganz )?(renovieren|sanieren|kernsanieren)",
             r"(wohnungs|haus|kern)(renovierung|sanierung)",
             r"(renovate|refurbish) (the |our |my )?(whole )?(flat|apartment|house)")),
    Project("bodenaufbau", "Neuer Boden mit Estrich", "New floor with screed",
            ("estrichleger", "bodenleger"),
            (r"estrich\w* (und|mit|samt|plus) (neue[nrm]? )?(boden|belag|parkett|laminat|vinyl)",
             r"(boden|parkett|laminat|vinyl)\w* (und|mit|samt) (neue[nmr]? )?estrich",
             r"screed (and|with) (new )?(floor|flooring)")),
)

_BY_SLUG = {project.slug: project for project in PROJECTS}

# When the asked-for trade has nobody: who commonly does that work too, best first.
RELATED: dict[str, tuple[str, ...]] = {
    "fliesenleger": (PLUMBER, "hausmeisterservice"),
    PLUMBER: ("klempner", "hausmeisterservice"),
    "klempner": (PLUMBER, "dachdecker"),
    "dachdecker": ("zimmerer", "klempner"),
    "zimmerer": ("dachdecker", "tischler"),
    ELECTRICIAN: ("informationstechniker", "hausmeisterservice"),
    "informationstechniker": (ELECTRICIAN,),
    "maler-lackierer": ("stuckateur", "raumausstatter", "hausmeisterservice"),
    "stuckateur": ("maler-lackierer", "maurer-betonbauer"),
    "maurer-betonbauer": ("stuckateur", "betonbohrer-schneider"),
    "bodenleger": ("parkettleger", "raumausstatter", "tischler"),
    "parkettleger": ("bodenleger", "tischler"),
    "raumausstatter": ("bodenleger", "maler-lackierer"),
    "estrichleger": ("bodenleger", "maurer-betonbauer"),
    "tischler": ("einbau-baufertigteile", "zimmerer", "hausmeisterservice"),
    "einbau-baufertigteile": ("tischler", "glaser"),
    "glaser": ("tischler", "einbau-baufertigteile", "metallbauer"),
    "metallbauer": ("einbau-baufertigteile", "tischler"),
    "rollladen-sonnenschutztechniker": ("einbau-baufertigteile", "tischler", "metallbauer"),
    "rohr-kanalreiniger": (PLUMBER,),
    "kaelteanlagenbauer": (PLUMBER, ELECTRICIAN),
    "ofen-luftheizungsbauer": (PLUMBER, "schornsteinfeger"),
    "schornsteinfeger": ("ofen-luftheizungsbauer",),
    "isolierer": ("stuckateur", "zimmerer", "dachdecker"),
    "bautrocknung": ("holz-bautenschutz", "maurer-betonbauer"),
    "holz-bautenschutz": ("bautrocknung", "maurer-betonbauer"),
    "strassenbauer": ("garten", "maurer-betonbauer"),
    "garten": ("hausmeisterservice", "strassenbauer"),
    "gebaeudereiniger": ("reinigung", "teppichreiniger"),
    "reinigung": ("gebaeudereiniger",),
    "teppichreiniger": ("reinigung", "gebaeudereiniger"),
    "hausmeisterservice": ("tischler", "maler-lackierer"),
    "betonbohrer-schneider": ("maurer-betonbauer",),
    "steinmetz": ("fliesenleger", "maurer-betonbauer"),
    "geruestbauer": ("dachdecker", "maler-lackierer"),
    "fuger": ("maurer-betonbauer", "stuckateur"),
    "kabelverleger": (ELECTRICIAN,),
    "elektromaschinenbauer": (ELECTRICIAN,),
    "aenderungsschneider": ("massschneider",),
    "massschneider": ("aenderungsschneider",),
    "schuhreparatur": ("schuhmacher",),
    "schuhmacher": ("schuhreparatur",),
    "umzug": ("hausmeisterservice",),
}

# Trades so close that either would do when both fit a message equally: the detection
# takes the usual one instead of asking. (Drains and plumbing are not such a pair: a drain
# cleaner's machines are not a plumber's, and the customer knows which one they mean.)
INTERCHANGEABLE: frozenset[frozenset[str]] = frozenset(frozenset(pair) for pair in (
    ("dachdecker", "klempner"), ("tischler", "einbau-baufertigteile"),
    ("glaser", "einbau-baufertigteile"), ("maler-lackierer", "stuckateur"),
    ("bodenleger", "parkettleger"), ("reinigung", "gebaeudereiniger"),
    ("installateur-heizungsbauer", "klempner"), ("zimmerer", "dachdecker"),
    ("tischler", "zimmerer"), ("bautrocknung", "holz-bautenschutz"),
    ("hausmeisterservice", "tischler"), ("elektrotechniker", "informationstechniker"),
    ("maurer-betonbauer", "stuckateur"), ("dekorationsnaeher", "raumausstatter"),
    ("textilreiniger", "schnellreiniger"), ("teppichreiniger", "reinigung"),
    ("elektrotechniker", "rollladen-sonnenschutztechniker"),
    ("klavierstimmer", "klavier-cembalobauer"),
))

# --- safety ------------------------------------------------------------------------------

SAFETY_GAS = "gas"
SAFETY_WATER = "water"
SAFETY_ELECTRIC = "electric"

# Which trade a safety case goes to once the person is safe.
SAFETY_TRADE: dict[str, str] = {
    SAFETY_GAS: PLUMBER,
    SAFETY_WATER: PLUMBER,
    SAFETY_ELECTRIC: ELECTRICIAN,
}

_SAFETY_PATTERNS: tuple[tuple[str, str], ...] = (
    (SAFETY_GAS, r"gas\w*geruch|riecht\w* (\w+ ){0,4}(nach |wie )gas\b|gas (\w+ ){0,3}riecht"
                 r"|nach gas (riechen|riecht|stinkt|stinken)|gas\w* (\w+ ){0,2}(tritt|stroemt) aus"
                 r"|gasleck|gas leck|gasaustritt|gas\w* zischt"
                 r"|smell\w* (\w+ ){0,3}(of )?gas\b|gas (smell|leak)|leaking gas"),
    (SAFETY_WATER, r"rohr\w*(bruch|geplatzt|gebrochen|geborsten)"
                   r"|(rohr|leitung|wasserleitung|wasserrohr)\w* (\w+ ){0,3}"
                   r"(geplatzt|gebrochen|geborsten|platzt)"
                   r"|wasser (\w+ ){0,3}(spritzt|sprudelt|schiesst|laeuft ueberall)"
                   r"|(burst|broken|split) (water )?(pipe|main)|pipe (has )?burst"
                   r"|water (is )?(pouring|gushing|spraying)"),
    (SAFETY_ELECTRIC, r"(steckdose|sicherungskasten|verteiler|zaehlerkasten|kabel|schalter|"
                      r"leitung|lampe|herd|geraet)\w* (\w+ ){0,4}(raucht|qualmt|kokelt|brennt|"
                      r"funkt|funken|schmort|sprueht funken)"
                      r"|(rauch|qualm|funken|brandgeruch|schmorgeruch|kokelt|verschmort)"
                      r"\w* (\w+ ){0,4}(aus|an|in|hinter) (der |dem |den )?(steckdose|"
                      r"sicherungskasten|verteiler|zaehler|kabel|schalter|lampe|leitung)"
                      r"|(aus|in|an|hinter) (der |dem |den )?(steckdose|sicherungskasten|"
                      r"verteiler|schalter|lampe|leitung)\w* (\w+ ){0,3}(rauch|qualm|funken)"
                      r"|schmorgeruch|verschmort"
                      r"|smoke (\w+ ){0,3}(from|out of) (the |a )?(socket|outlet|"
                      r"fuse ?box|switch|wire|wiring|plug)"
                      r"|(socket|outlet|fuse ?box|switch|plug|wiring) (\w+ ){0,3}"
                      r"(sparking|sparks|smoking|burning)"
                      r"|sparks? (\w+ ){0,3}(from|out of) (the |a )?(socket|outlet|plug|wall)"),
)


@lru_cache(maxsize=1)
def _safety_matchers() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((case, re.compile(rf"\b(?:{pattern})")) for case, pattern in _SAFETY_PATTERNS)


@lru_cache(maxsize=1)
def _project_matchers() -> tuple[tuple[Project, re.Pattern[str]], ...]:
    return tuple((project, re.compile(r"\b(?:" + "|".join(project.patterns) + ")"))
                 for project in PROJECTS)


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s-]", " ", fold(text or "")).split())


def safety_case(text: str) -> str | None:
    """'gas', 'water' or 'electric' when the text reports a danger; None otherwise."""
    normal = _normal(text)
    for case, matcher in _safety_matchers():
        if matcher.search(normal):
            return case
    return None


def is_safety_case(text: str) -> bool:
    return safety_case(text) is not None


def project_in(text: str) -> Project | None:
    """The multi-trade project a message describes, if any (first match wins)."""
    normal = _normal(text)
    for project, matcher in _project_matchers():
        if matcher.search(normal):
            return project
    return None


def get_project(slug: str) -> Project | None:
    return _BY_SLUG.get(slug)


def usual_combination(slug: str) -> list[str]:
    """The trades that usually belong together, the leading trade first.

    `slug` is a project slug ("badsanierung") or a trade code. For a trade code the
    answer is the first project that trade leads or takes part in, with that trade
    first; a trade that takes part in no project stands alone: [slug].
    """
    project = _BY_SLUG.get(slug)
    if project is not None:
        return list(project.trades)
    for project in PROJECTS:
        if slug in project.trades:
            return [slug] + [code for code in project.trades if code != slug]
    return [slug]


def combination_for(text: str, trade_code: str | None = None) -> list[str]:
    """The trades a message needs: the project's combination when it names one (with
    the detected trade moved first when it is part of it), otherwise just the trade."""
    project = project_in(text)
    if project is None:
        return [trade_code] if trade_code else []
    trades = list(project.trades)
    if trade_code in trades:
        trades.remove(trade_code)
        trades.insert(0, trade_code)
    return trades


def interchangeable(one: str, other: str) -> bool:
    """Whether either of two trades would do where both fit equally."""
    return frozenset((one, other)) in INTERCHANGEABLE


def related_trades(slug: str) -> list[str]:
    """Trades that commonly do this trade's work too, best first (never `slug` itself)."""
    return [code for code in RELATED.get(slug, ()) if code != slug]
