"""Find the trade a customer means from the words of their messages.

The text is normalised (`marketplace.trades.text`) and every word is analysed once against
the precompiled vocabulary (`marketplace.trades.matcher`: whole words, base forms,
compound parts, typos). English keywords count only in English messages. A trade's score
is the sum of its distinct keywords' weights (3 names the trade, 2 a strong hint, 1 a weak
one; room words such as Bad or Küche count 0.5; a service asked for, such as streichen,
4), adjusted for how a word stands in the sentence: asked for ("wir brauchen einen
Elektriker"), a person or an event in the story ("der Dachdecker hat gesagt", "beim
Umzug"), or the place of the problem ("hinter dem Schrank"). The action asked for (a move,
a clean, a connection, painting) decides over the thing it is done to, through the
compound that names the service (Klavier + tragen → Klaviertransport); a part declared fine
("das Dach ist dicht") or the customer's own business ("in der Metzgerei") is no job; water
after rain is told by cause and place, not by the damp. Round 4 added: a trade named as a
witness in the story ("der Installateur hat ...") counts half unless asked for; the
customer's own business or role ("wir sind eine Baufirma", "ich bin Hausmeisterin") is the
place; cleaning for a business is the building cleaner's unless home help is named; a
fridge in a restaurant is refrigeration; the one sought ("jemanden, der ...") is asked for
and the focus ("jetzt geht es um ...") counts double; a "bevor" clause is a later step.
Confidence compares the best score with the runner-up; `decide` takes a clear winner
(never a tie) and offers the best few otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from marketplace.trades import matcher, vocabulary
from marketplace.trades.catalogue import Trade, get_trade
from marketplace.trades.combinations import (
    SAFETY_TRADE,
    interchangeable,
    project_in,
    safety_case,
)
from marketplace.trades.text import fold, is_word, language, tokens, word_set, words

__all__ = ["CONFIDENT_SCORE", "Candidate", "Decision", "decide", "detect_trades", "fold",
           "is_confident", "words"]

# A score this high is a clear statement ("Dachdecker", or two strong hints together).
CONFIDENT_SCORE = 2.5
CONFIDENT = 0.4  # the confidence from which the intake takes a trade without asking
# Words that ask for a trade, and how many words later the trade's name may follow.
REQUEST_WORDS = word_set(
    "suche suchen brauche brauchen braeuchte braeuchten benoetige benoetigen brauch "
    "empfehlen need needs looking want hire")
REQUEST_REACH, REQUEST_FACTOR = 4, 2.0
# A trade named as someone in the story ("der Schornsteinfeger hat gesagt", "our plumber
# said") is a witness, not the trade asked for: it counts like a weak hint. So is a
# business named as the customer's own premises ("in der Metzgerei", "im Friseursalon").
STORY_BEFORE = word_set(
    "der die den dem des vom beim im unser unsere unserem unseren unserer mein meine meinem "
    "meinen meiner ihr ihre ihrem ihrer sein seine seinem seiner the our my his her their")
STORY_AFTER = word_set(
    "hat hatte haette sagt sagte meint meinte war waren kam kommt schaute meinte empfahl geschickt "
    "empfiehlt riet hat's said says told thinks thought came was recommended")
STORY_FACTOR = 0.4
# "... macht er nicht", "ist nicht zuständig", "selbst wohl nicht": a trade that declines
DECLINE_NEGATIONS = word_set("nicht nich net ned not doesnt")
DECLINES = word_set("macht machen zustaendig selbst uebernimmt uebernehmen does responsible")
# "Gerüst gesucht", "Fliesenleger needed": the thing or trade named just before is asked for.
WANTED = word_set("gesucht gesuchte needed wanted")
WANTED_REACH = 3
# A request for something beside the job ("braucht man dafür zusätzlich einen Elektriker?").
SIDE_NEED = word_set("dafuer zusaetzlich additionally")
SIDE_REACH = 3
# Clauses that tell the background: what the customer does themselves, does without, or
# did as a precaution.
SELF = word_set("selbst selber ourselves myself")
FIRST_PERSON = word_set("wir ich we i")
# A past attempt of the customer's ("hab selbst schon den Siphon gereinigt") still names
# the problem.
TRIED = word_set("schon bereits habe haben hab hatte hatten versucht tried already")
WITHOUT_DOING = word_set("dass zu")  # "ohne dass", "ohne ... zu": a job done without
BACKGROUND = word_set(
    "vorsichtshalber sicherheitshalber rausgedreht herausgedreht abgedreht "
    "ausgeschaltet abgeschaltet")
LATER = word_set("bevor")  # "..., bevor gestrichen wird": a later step, not the job now
CONCESSIVE = word_set("obwohl obgleich although though")
# "er streicht erst, wenn die Ursache weg ist": what comes before "erst wenn" waits for
# something else, which is the job now
DEFERRED, DEFERRED_UNTIL = word_set("erst"), word_set("wenn nachdem sobald when")
# A coat of paint told in the past ("der Vorbesitzer hat immer wieder gestrichen", "der
# Maler hat zweimal drübergestrichen", "the previous owner painted over it") covered a
# problem that came back: the story, not the job. Asked again ("soll neu gestrichen
# werden", "needs to be painted") it is the job.
PAINTED_ENDINGS = ("gestrichen", "ueberstrichen", "lackiert", "tapeziert")
ENGLISH_PAINTED = word_set("painted repainted")
PAINT_ASKED = word_set("werden need needs want wants be get getting to")
# An event the story is dated by ("beim Umzug", "seit der Renovierung") is no request for
# the trade that does such events.
STORY_EVENTS = word_set(
    "umzug einzug auszug renovierung sanierung umbau moving move")
DOING_BEFORE = word_set("beim while")
WHEN_BEFORE = word_set("beim nach seit vor waehrend wegen since after during before")
# A thing named as the place of the problem ("hinter dem Schrank", "vor dem
# Kellerfenster") is where it is, not what is wrong.
PLACE_BEFORE = word_set("hinter neben vor ueber behind beside near above around")
PLACE_ARTICLES = word_set("dem der den einem einer the")
PLACE_FACTOR = 0.5
# "zu nah am Parkett", "dicht an der Wand": near a thing is its place too
NEAR = word_set("nah nahe dicht close")
NEAR_ARTICLES = word_set("am an zum zur beim to")
MATERIAL_BEFORE = word_set("aus")
EXTRA_BEFORE = word_set("inklusive inkl samt including")
ARTICLES = word_set("dem der den des die das einem einer einen eines meinem meiner unserem "
                    "unserer unseren meinen seinem seiner ihrem ihrer ihren diesem dieser "
                    "deinem eurem allen beiden")
# How a word that names a person or a business ends (not a thing: "der Kaminofen" stays).
PERSON_ENDINGS = ("er", "eur", "erin", "ers", "eure", "ian", "mann", "firma", "betrieb",
                  "dienst", "service", "kraft", "frau", "erei", "ei", "ery", "salon", "werkstatt",
                  "unternehmen", "smith")
THINGS_LIKE_PERSONS = word_set("fliegengitter")
NAME_WEIGHT = 3  # the catalogue's weight for a word that names the trade
STRONG_WEIGHT = 2
# A thing asked for ("wir brauchen mehr Steckdosen") weighs more than one in the story.
ASKED_THING_FACTOR = 1.25
# What a named project (Badsanierung, Dachausbau) adds to its leading and other trades.
PROJECT_LEAD, PROJECT_MEMBER = 2.0, 1.0
# Words that take a danger back ("kein Gasgeruch", "no smell of gas").
NEGATIONS = word_set("kein keine keinen keinem keiner nicht nie ohne no not never without")

# The action asked for decides over the thing it is done to: a piano to carry upstairs is a
# move, not the piano maker's job; desks in an office move are no joiner's. An action word
# (a verb as asked for, or its noun) is looked up together with each thing of its sentence
# as the compound that names the specific service (Klavier + tragen → Klaviertransport,
# Regenrinne + reinigen → Rinnenreinigung, Spülmaschine + anschließen →
# Spülmaschinenanschluss); what is found counts as the service asked for.
MOVE_ACTIONS = word_set(
    "tragen hochtragen runtertragen raustragen reintragen rauftragen wegtragen schleppen "
    "hochschleppen transportieren transport umzug carry carrying haul")
# a van moves things when it is asked for ("brauche einen Transporter"), not when it is
# the cause ("durch den schweren Transporter gesenkt")
ASKED_MOVE_ACTIONS = word_set("transporter")
CLEAN_ACTIONS = word_set("reinigen saeubern putzen reinigung cleaning")
CLEAN_VERB_ENDINGS = ("reinigt", "reinigen", "saeubert")
# English "clean" is a state ("hair catcher clean") unless a thing follows ("clean the
# carpets") or it is a noun ("a deep clean")
ENGLISH_CLEAN = word_set("clean")
ENGLISH_CLEAN_BEFORE = word_set("deep a to")
# What the customer does themselves ("egal wie oft wir lüften und putzen") is no request;
# with one of these words in the clause it is ("wir müssen die Wohnung räumen lassen").
ASKING = word_set(
    "lassen suche suchen brauche brauchen braeuchte braeuchten benoetige benoetigen "
    "moechte moechten wollen will muss muessen soll sollen sollte need want asked find looking")
CONNECT_ACTIONS = word_set("anschliessen anzuschliessen anschluss")
# what an appliance is connected with, not what is connected ("die neue Haube hat nur
# Kabel mit Aderendhülsen" makes no Kabelanschluss for the television)
CONNECTING_PARTS = word_set("kabel kabeln stecker leitung leitungen schlauch")
# A participle asks for the action with "werden" ("soll gereinigt werden"); with "wurde"
# it tells the story, alone it is a state ("ist angeschlossen").
ACTION_PARTICIPLES = {"gereinigt": "clean", "geputzt": "clean", "gesaeubert": "clean",
                      "transportiert": "move", "getragen": "move",
                      "angeschlossen": "connect", "aufgeloest": "clear"}
PASSIVE_REQUEST = word_set("werden")
# "... transportiert wurde", "wurde letztes Jahr gestrichen": done in the past, the story
PASSIVE_PAST = word_set("wurde wurden worden")
CLEAR_ACTIONS = word_set("aufloesen aufzuloesen aufloesung")  # "die Wohnung auflösen"
PAINT_ACTIONS = word_set("streichen anstreichen ueberstreichen lasieren lackieren tapezieren")
ENGLISH_PAINT = word_set("paint repaint")  # a verb with a thing after it, not "the paint"
ACTION_NOUNS = {"move": ("transport", " removal"), "clean": ("reinigung", " cleaning"),
                "connect": ("anschluss",),
                "clear": ("aufloesung",), "paint": ("anstrich", "lackierung")}
# "bringen" moves something only along a path ("von Altona nach Eimsbüttel", "in den 3.
# Stock"); "in Ordnung bringen" does not.
BRING = word_set("bringen hochbringen runterbringen raufbringen bringt traegt")
PATH_PAIRS = (word_set("von vom"), word_set("nach"))
FLOORS = word_set("stock stockwerk etage og obergeschoss eg erdgeschoss keller dachboden "
                  "dachgeschoss")
TOWARDS = word_set("den ins zum zur nach")  # "in den 3. Stock", not "im Keller"
UP_DOWN = word_set("hoch runter rauf hinauf hinunter")
# "Wir haben die Fenster putzen lassen": done before, told as the story, unless a modal
# asks again ("haben ... müssen")
PERFECT = word_set("habe haben hab hatte hatten hat have had")
# "die Kosten tragen", "im Keller wieder in Gang bringen" is no carrying
NOT_CARRYING = word_set("kosten schuld verantwortung ordnung gang laufen schwung")
# English "move"/"moving" asks for a move only with a thing after it ("help moving a
# sofa"); "we are moving out" is the story.
ENGLISH_MOVE = word_set("move moving")
ENGLISH_OBJECT = word_set("a an the my our some furniture boxes")
# ... or as a noun after what is moved ("office move", "flat move")
ENGLISH_MOVED = word_set("office flat house home apartment furniture piano student")
# Who does an action whatever its object; a thing of another trade in the sentence is
# only what is moved or cleaned, and counts at OBJECT_FACTOR.
ACTION_TRADES = {
    "move": frozenset({"umzug", "hausmeisterservice"}),
    "clear": frozenset({"umzug", "hausmeisterservice", "reinigung"}),
    "paint": frozenset({"maler-lackierer"}),
    "clean": frozenset({"reinigung", "gebaeudereiniger", "teppichreiniger", "textilreiniger",
                        "schnellreiniger", "rohr-kanalreiniger", "getraenkeleitungsreiniger"}),
}
FROM = word_set("von vom from")
MUST = word_set("muss muessen soll sollen sollte sollten")  # as MODALS, defined below
ACTION_WORDS = (MUST | MOVE_ACTIONS | ASKED_MOVE_ACTIONS | CLEAN_ACTIONS | ENGLISH_CLEAN
                | CONNECT_ACTIONS | CLEAR_ACTIONS | PAINT_ACTIONS | ENGLISH_PAINT | BRING
                | ENGLISH_MOVE | frozenset(ACTION_PARTICIPLES))
OBJECT_FACTOR = 0.5
IN_PLACE = word_set("im beim")

# A full stop after an abbreviation ("ca. 35 qm", "bzw. neu") ends no sentence.
ABBREVIATIONS = frozenset({"ca", "bzw", "evtl", "ggf", "inkl", "usw", "etc", "zb", "nr", "str",
                           "mind", "max", "min", "z.b", "u.a", "d.h"})
# "Im Frühjahr hat ein Installateur ... getauscht": a trade after the verb is in the story.
# A trade named as someone who did or said something there is a witness: its words count
# half unless it is asked for too.
STORY_VERBS = word_set("hat hatte haben hatten")
INDEFINITE = word_set("ein eine einen einem einer")
WITNESS_FACTOR = 0.5
# "wir sind eine Baufirma", "wir führen eine Eisdiele", "ich bin Hausmeisterin": the
# customer's own business or role is the place of the job, not the trade asked for.
OWN_BUSINESS = word_set("sind bin fuehren fuehre betreiben betreibe")
OWN_ROLE = word_set("bin")
# The one sought, described in a relative clause ("jemanden, der die Wände verputzt",
# "einen Betrieb für die Holzdecke", "someone who ...") is asked for.
SEEKERS = word_set("jemand jemanden jemandem betrieb fachbetrieb firma fachmann handwerker "
                   "someone somebody anyone")
RELATIVES = word_set("der die fuer for who to that zu")
INFINITIVE = word_set("zu")
# "Jetzt geht es um das Parkett", "es geht nur noch um", "jetzt muss der Estrich drauf":
# what follows is the job; its strong words count double.
FOCUS_VERBS = word_set("geht gehts")
NOW = word_set("jetzt nun")
MODALS = word_set("muss muessen soll sollen sollte sollten")
FOCUS_FACTOR = 2.0
# Premises of a business: cleaning there is commercial (Gebäudereinigung) unless the home
# help is asked for by name.
BUSINESS_PREMISES = word_set(
    "hotel hotels hotelzimmer kanzlei buero bueros bueroraeume praxis arztpraxis praxisraeume "
    "mitarbeiter mitarbeitende gewerbeflaeche geschaeft filiale restaurant kita verein "
    "office offices staff employees")
HOME_CLEANING, BUSINESS_CLEANING = "reinigung", "gebaeudereiniger"
# Premises where food is kept cold for customers, and the appliances that keep it so: a
# fridge there is commercial refrigeration.
FOOD_PREMISES = word_set(
    "restaurant restaurants imbiss lokal gaststaette kneipe cafe bistro kantine metzgerei "
    "baeckerei eisdiele hofladen kiosk supermarkt pizzeria bar pub")
COOLING = word_set("kuehlschrank kuehlschraenke gefrierschrank gefriertruhe tiefkuehltruhe "
                   "kuehltruhe getraenkekuehlschrank fridge fridges freezer freezers")
APPLIANCE_TRADE, REFRIGERATION = "elektrotechniker", "kaelteanlagenbauer"

# A part declared fine ("Dach ist dicht", "Elektro ist da", "Sanitär bleibt wie es ist",
# "alles ist trocken") is ruled out: it tells what is not the job.
COPULAS = word_set("ist sind war waren bleibt bleiben is are was were")
FINE = word_set("da vorhanden dicht ok okay intakt fertig erledigt trocken heil geprueft "
                "fine watertight dry intact checked done "
                "ordnung unveraendert erhalten")
FINE_UNCHANGED = word_set("wie so")  # "bleibt wie es ist", "bleibt so"
# ... or a job done: "die Wände sind gestrichen", "Waschmaschine ist repariert"
DONE = word_set("gestrichen lackiert verputzt tapeziert gefliest verlegt angeschlossen "
                "montiert eingebaut repariert erneuert ausgetauscht getauscht saniert "
                "abgeschlossen behoben")
TRAILING = word_set("schon bereits auch jetzt alles soweit")
STILL = word_set("wieder noch immer seit")  # a problem back or still there
RULED_OUT_FACTOR = 0.1
DRAIN = "rohr-kanalreiniger"
# Water after rain is told by its cause and place, not its symptoms: through the roof when
# it shows upstairs (the damp is the effect of a leak the roofer closes, so the symptoms
# count half and the rain as a strong hint), never the roof's when it shows in the
# basement (sealing and drying).
RAIN = word_set("regen regnet regnen regnets starkregen schlagregen dauerregen rain rains "
                "raining")
UPSTAIRS = word_set("decke dachgeschoss dachfenster dachschraege schraege gaube dachboden "
                    "spitzboden speicher obergeschoss ceiling attic loft")
DOWNSTAIRS = word_set("keller kellerwand kellerwaende kellerboden souterrain lichtschacht "
                      "basement cellar")
WATER_SYMPTOMS = word_set("nass nasse feucht feuchte feuchtigkeit wasserfleck wasserflecken "
                          "fleck flecken trocken trocknen damp wet")
ROOF, DRYING = "dachdecker", "bautrocknung"
RAIN_FACTOR, SYMPTOM_FACTOR = 2.0, 0.5
SERVICE_WEIGHT = vocabulary.SERVICE_WEIGHT
PAINTER = "maler-lackierer"
DAMP = word_set("feucht feuchte feuchtigkeit feuchter nass nasse wasserrand wasserraender "
                "schimmel schimmelt aufsteigend aufsteigende damp")
DAMP_FINISH_FACTOR = 0.5


@dataclass(frozen=True)
class Candidate:
    trade: Trade
    score: float
    confidence: float  # 0..1: how sure we are that this is the trade meant
    matched: tuple[str, ...]
    strongest: float = 0.0  # the weight of its strongest word
    ahead: bool = False  # scores above every rival (a tie is no reason to take it)


def _clauses(text: str) -> tuple[list[tuple[str, str]], list[float], list[int], list[int]]:
    """The words of `text` with a factor per word from its clause, and the number of the
    sentence and of the clause each word stands in. A clause about what the customer does themselves
    ("streichen tun wir selbst"), does without ("ohne dass die Laibung verputzt werden
    muss") or has done as a precaution ("Strom vorsichtshalber rausgedreht") is background,
    not the job asked for."""
    pairs: list[tuple[str, str]] = []
    factors: list[float] = []
    sentences: list[int] = []
    clause_ids: list[int] = []
    parts = re.split(r"([.,;:!?()])", text)
    sentence = 0
    for index in range(0, len(parts), 2):
        clause = parts[index]
        clause_pairs = tokens(clause)
        folded = {word for _raw, word in clause_pairs}
        done_ourselves = folded & SELF and folded & FIRST_PERSON and not folded & TRIED
        later = bool(clause_pairs) and clause_pairs[0][1] in LATER
        # "obwohl wir gar keinen Ofen haben", "although there is no leak": a thing the
        # customer says is absent is no clue
        absent = bool(clause_pairs) and clause_pairs[0][1] in CONCESSIVE \
            and bool(folded & NEGATIONS)
        background = bool(folded & BACKGROUND or done_ourselves or later or absent
                          or ("ohne" in folded and folded & WITHOUT_DOING))
        pairs += clause_pairs
        past = bool(folded & PASSIVE_PAST)
        painted_before = not folded & (PAINT_ASKED | ASKING - {"lassen"}) and (
            folded & (PERFECT | PASSIVE_PAST) or folded & ENGLISH_PAINTED)
        folded_list = [word for _raw, word in clause_pairs]
        deferred = next((at for at, word in enumerate(folded_list[:-1])
                         if word in DEFERRED and folded_list[at + 1] in DEFERRED_UNTIL), -1)
        ruled_out = _ruled_out(folded_list)
        factors += [RULED_OUT_FACTOR if at in ruled_out
                    else STORY_FACTOR if background or (past and _participle(word))
                    or at < deferred else RULED_OUT_FACTOR if painted_before and _painted(word)
                    else 1.0
                    for at, (_raw, word) in enumerate(clause_pairs)]
        sentences += [sentence] * len(clause_pairs)
        clause_ids += [index] * len(clause_pairs)
        delimiter = parts[index + 1] if index + 1 < len(parts) else ""
        # a full stop after a number is an ordinal ("in den 3. Stock"), no sentence end
        if delimiter in ("!", "?", ";") or (delimiter == "."
                                            and not clause.rstrip()[-1:].isdigit()
                                            and not _abbreviation(clause)):
            sentence += 1
    return pairs, factors, sentences, clause_ids


def _painted(word: str) -> bool:
    return word in ENGLISH_PAINTED or word.endswith(PAINTED_ENDINGS)


def _abbreviation(clause: str) -> bool:
    """The clause ends in an abbreviation ("ca. 35 qm", "bzw. neu"): its full stop ends
    no sentence."""
    last = clause.rstrip().rsplit(None, 1)[-1:] if clause.strip() else []
    return bool(last) and last[0].lower().lstrip("(") in ABBREVIATIONS


def _ruled_out(clause: list[str]) -> set[int]:
    """Which words of a clause name a part declared fine ("das Dach ist dicht", "Sanitär
    bleibt wie es ist", "alles ist trocken"): the subject before the verb and the state,
    when the clause ends in such a state and says nothing negative. A problem back or still
    there ("die Feuchtigkeit ist wieder da") is none, nor one named after the verb ("im Bad
    ist Schimmel da": only "im Bad" stands before it)."""
    if NEGATIONS & set(clause) or STILL & set(clause):
        return set()
    words_left = list(clause)
    while words_left and words_left[-1] in TRAILING:
        words_left.pop()
    copulas = [at for at, word in enumerate(words_left) if word in COPULAS]
    if not copulas or not words_left:
        return set()
    last, copula = words_left[-1], words_left[copulas[0]]
    if last == "dicht" and any(entry.trade.code == DRAIN for word in words_left
                               for term, _factor in matcher.terms_of(word, word)
                               for entry in matcher.entries_for(term)):
        return set()  # a drain that is "dicht" is blocked, not sealed
    unchanged = copula.startswith("bleib") and (
        last in FINE_UNCHANGED or FINE_UNCHANGED & set(words_left[copulas[0] + 1:copulas[0] + 2]))
    if not (last in FINE or last in DONE or unchanged):
        return set()
    return set(range(copulas[0])) | {len(words_left) - 1}


def _participle(word: str) -> bool:
    """Looks like a past participle (gestrichen, abgeschliffen, transportiert)."""
    return word.endswith("iert") or (len(word) > 5 and "ge" in word[:6]
                                     and word.endswith(("t", "en")))


def _directed(positions: list[int], folded_words: list[str]) -> bool:
    """Whether a sentence tells a way somewhere: "von Altona nach Eimsbüttel", "in den 3.
    Stock", "hoch"; not where something is ("im Keller")."""
    words_here = {folded_words[position] for position in positions}
    if words_here & UP_DOWN or all(words_here & side for side in PATH_PAIRS):
        return True
    return any(folded_words[position] in FLOORS
               and TOWARDS & set(folded_words[max(0, position - 2):position])
               for position in positions)


def _action_kind(position: int, folded_words: list[str], sentence_words: set[str],
                 clause_words: set[str], directed: bool) -> str | None:
    """Whether the word at `position` asks for a move, a clean or a connection."""
    word = folded_words[position]
    after = folded_words[position + 1] if position + 1 < len(folded_words) else ""
    before = folded_words[position - 1] if position else ""
    if word in ACTION_PARTICIPLES:
        return ACTION_PARTICIPLES[word] if clause_words & PASSIVE_REQUEST else None
    if word in CLEAN_ACTIONS or (word.endswith("reinigung") and len(word) > 9):
        return "clean"
    # "jemanden, der das Rohr reinigt", "Teppichboden tiefenreinigen": a cleaning verb
    # (not its participle); the customer's own cleaning is set aside by `_actions`.
    # (Round 4 wrote a condition on the clause's asking words here whose operators made it
    # always true; requiring them in the clause lost two messages on blind-3 and one on
    # blind-2, since the seeker often stands in the clause before: "jemanden, der ...".)
    if word.endswith(CLEAN_VERB_ENDINGS) and not word.startswith("ge"):
        return "clean"
    if word in ENGLISH_CLEAN and (after in ENGLISH_OBJECT or before in ENGLISH_CLEAN_BEFORE):
        return "clean"
    if word in ASKED_MOVE_ACTIONS and sentence_words & REQUEST_WORDS:
        return "move"
    if word in CONNECT_ACTIONS:
        return "connect"
    if word in CLEAR_ACTIONS:
        return "clear"
    if word in PAINT_ACTIONS or (word in ENGLISH_PAINT and after in ENGLISH_OBJECT):
        return "paint"
    if word in MOVE_ACTIONS or (word.endswith("umzug") and len(word) > 5):
        return None if sentence_words & NOT_CARRYING else "move"
    if word in BRING and directed and not sentence_words & NOT_CARRYING:
        return "move"
    # "Flügel muss vom Wohnzimmer ins Obergeschoss": a thing that must go from one place
    # to another, the verb left out, is a move (not "soll in den Keller": where it goes)
    if word in MUST and directed and clause_words & FROM \
            and not sentence_words & NOT_CARRYING:
        return "move"
    if word in ENGLISH_MOVE and (after in ENGLISH_OBJECT or before in ENGLISH_MOVED):
        return "move"
    return None


def _compound_for(kind: str, position: int, folded_words: list[str], english: bool
                  ) -> str | None:
    """The service compound of an action and the thing at `position`, if any; an English
    service ("sofa cleaning") only in an English message."""
    thing = folded_words[position]
    before = folded_words[max(0, position - 2):position]
    if len(thing) < 3 or thing in vocabulary.STOP_WORDS \
            or (kind == "connect" and thing in vocabulary.ROOM_WORDS | CONNECTING_PARTS) \
            or _material_or_extra(before) or _located(before):
        return None  # "inklusive Fenster" is an extra, "im Büro" the place, not the thing
    for noun in ACTION_NOUNS[kind]:
        if noun.startswith(" ") and not english:
            continue  # "Sofa reinigen" is no "sofa cleaning" said in English
        term = _service_compound(thing, noun)
        if term is not None:
            return term
    return None


def _names_a_thing(positions: list[int], action_at: int, folded_words: list[str]) -> bool:
    """Whether a sentence names a thing of the vocabulary beside its action word."""
    return any(at != action_at and folded_words[at] not in vocabulary.STOP_WORDS
               and folded_words[at] not in ACTION_WORDS
               and any(entry.weight >= STRONG_WEIGHT
                       for entry in matcher.entries_for(folded_words[at]))
               for at in positions)


def _located(before: list[str]) -> bool:
    """"im Büro", "in unserem Keller": where the job is, not what it is done to."""
    return bool(before) and (before[-1] in IN_PLACE or (
        len(before) == 2 and before[0] == "in" and before[1] in ARTICLES))


def _dated(before: list[str]) -> bool:
    """"beim Umzug", "nach der Reinigung", "seit Umzug" (not "nach Köln bringen")."""
    if before and before[-1] in WHEN_BEFORE | DOING_BEFORE:
        return True
    return len(before) == 2 and before[0] in WHEN_BEFORE and before[1] in ARTICLES


@lru_cache(maxsize=20_000)
def _service_compound(word: str, noun: str) -> str | None:
    """The compound naming the service done to `word` (klavier + transport →
    klaviertransport, regenrinne + reinigung → rinnenreinigung), if the vocabulary has it;
    the longest head of the word first."""
    stems = [word] + [word[:-len(ending)] for ending in ("en", "n", "e", "s", "er", "es")
                      if word.endswith(ending) and len(word) - len(ending) >= 3]
    if noun.startswith(" "):  # English: the thing and the service apart ("carpet cleaning")
        return next((stem + noun for stem in stems if matcher.entries_for(stem + noun)), None)
    heads = _service_heads(noun)
    own = {entry.trade.code for entry in matcher.entries_for(word)}
    for stem in stems:
        for start in range(0, len(stem) - 3):  # a head of four letters at least (no "bau")
            term = heads.get(stem[start:])
            # a thing known on its own takes a service of its head only where the trades
            # meet (a Regenrinne's Rinnenreinigung; a Schornstein is no Stein to clean)
            if term is not None and (not start or not own or own & {
                    entry.trade.code for entry in matcher.entries_for(term)}):
                return term
    return None


LINKS = ("", "n", "en", "s", "e", "es")


@lru_cache(maxsize=8)
def _service_heads(noun: str) -> dict[str, str]:
    """The things the vocabulary's service compounds of `noun` are made of, with and
    without the linking letters (rinnen, rinne → rinnenreinigung)."""
    heads: dict[str, str] = {}
    for term in matcher.compiled().whole:
        if term.endswith(noun) and term != noun:
            thing = term[:-len(noun)]
            for link in LINKS:
                if thing.endswith(link) and len(thing) - len(link) >= 4:
                    heads.setdefault(thing[:len(thing) - len(link)], term)
    return heads


def _actions(folded_words: list[str], sentences: list[int], clauses: list[int],
             clause_factors: list[float], english: bool
             ) -> tuple[list[tuple[str, int, str]], dict[int, frozenset[str]]]:
    """The services an action of a sentence names with its things (term, position of the
    thing, kind), and per sentence with a move or clean the trades whose things there are
    not merely moved or cleaned."""
    found: list[tuple[str, int, str]] = []
    exempt: dict[int, frozenset[str]] = {}
    by_sentence: dict[int, list[int]] = {}
    clause_sets: dict[int, set[str]] = {}
    for position, sentence in enumerate(sentences):
        by_sentence.setdefault(sentence, []).append(position)
        clause_sets.setdefault(clauses[position], set()).add(folded_words[position])
    for sentence, positions in by_sentence.items():
        sentence_words = {folded_words[position] for position in positions}
        for position in positions:
            word = folded_words[position]
            if word not in ACTION_WORDS and not word.endswith(
                    ("reinigung", "umzug", *CLEAN_VERB_ENDINGS)):
                continue
            clause_words = clause_sets[clauses[position]]
            kind = _action_kind(position, folded_words, sentence_words, clause_words,
                                _directed(positions, folded_words))
            if kind is None or clause_factors[position] < 1.0 \
                    or _dated(folded_words[max(0, position - 2):position]):
                continue  # "beim Umzug", "nach der Reinigung": when the story happened
            if position and folded_words[position - 1] in NEGATIONS:
                continue  # "ausbeulen ohne lackieren": the action not wanted
            if clause_words & FIRST_PERSON and not clause_words & ASKING:
                continue  # "wie oft wir lüften und putzen": what the customer does
            if clause_words & PERFECT and word.endswith("en") and not word.endswith("ung") \
                    and not clause_words & (ASKING - {"lassen"}):
                continue  # "wir haben die Fenster putzen lassen"
            trades = set(ACTION_TRADES.get(kind, ()))
            serviced = False
            word = folded_words[position]
            specific = (word.endswith(ACTION_NOUNS[kind]) and word not in ACTION_NOUNS[kind]
                        and word in matcher.compiled().whole)
            if kind == "move" or specific:
                # the carrying asked for, or a specific service named as one word
                # ("Baureinigung"): the service outweighs the things of the sentence
                found.append(("transport" if word in MUST else word, position, kind))
            # the things of its sentence; when it names no thing at all, those of the
            # sentence before ("Teppich hat Rotweinflecken. Reinigen lassen möglich?"), not
            # when its own things make no service ("unser Anschluss zum Dach ist undicht")
            for things in (positions, by_sentence.get(sentence - 1, [])):
                compounds = [(term, other) for other in things if other != position
                             and (term := _compound_for(kind, other, folded_words, english))]
                found += [(term, other, kind) for term, other in compounds]
                trades |= {entry.trade.code for term, _other in compounds
                           for entry in matcher.entries_for(term)}
                serviced = serviced or bool(compounds)
                if compounds or _names_a_thing(positions, position, folded_words):
                    break
            # a clean without a service of its thing is maintenance of that thing (a
            # water filter, a burner): its trade keeps its words
            if kind in ACTION_TRADES and (kind != "clean" or specific or serviced):
                exempt[sentence] = exempt.get(sentence, frozenset()) | frozenset(trades)
    return found, exempt


def _scores(text: str) -> dict[str, tuple[Trade, dict[str, float]]]:
    pairs, clause_factors, sentences, clause_ids = _clauses(text)
    folded_words = [folded for _raw, folded in pairs]
    english = language(folded_words) == "en"
    # (term, factor, asked, story, entries, position or None, asked as a service)
    found: list[tuple[str, float, bool, bool, tuple[matcher.Entry, ...], int | None, bool]] = []
    asked_at = -REQUEST_REACH - 1
    wanted_at = [position for position, word in enumerate(folded_words) if word in WANTED]
    sought, focus = _sought_and_focus(folded_words, sentences, _spans(text, clause_ids))
    witness_at: set[int] = set()
    declined = _declining(folded_words, sentences)
    whole_at = -1  # where the last hyphenated word stands; its parts follow it
    for position, (raw, folded) in enumerate(pairs):
        if folded in REQUEST_WORDS:
            asked_at = position
        if "-" in folded:
            whole_at = position
        # the part of a hyphenated word ("Metzgerei" in "in der Metzgerei-Filiale") has
        # the word before the whole before it
        part = whole_at >= 0 and whole_at < position and folded in folded_words[whole_at].split("-")
        lead = whole_at if part else position
        before = folded_words[lead - 1] if lead else ""
        after = folded_words[position + 1] if position + 1 < len(folded_words) else ""
        for term, factor in matcher.terms_of(raw, folded, not english):
            # "Wir brauchen einen Elektriker" asks for that trade; a trade named in the
            # story ("der Installateur hat alles vorbereitet") only hints at it.
            asked = position - asked_at <= REQUEST_REACH or position in sought or any(
                0 < at - position <= WANTED_REACH for at in wanted_at)
            factor *= clause_factors[position]
            # "braucht man dafür zusätzlich einen Elektriker?" asks about a side need
            if SIDE_NEED & set(folded_words[max(0, position - SIDE_REACH):position]):
                factor *= STORY_FACTOR
                asked = False
            inverted = _inverted_story(folded_words[max(0, lead - 2):lead])
            story = not asked and (before in STORY_BEFORE or after in STORY_AFTER or inverted
                                   or sentences[position] in declined)
            # someone who did or said something in the story ("der Installateur hat",
            # "der Heizungsbauer ist fertig"), not one who is to do it ("der Flaschner soll")
            if story and (after in STORY_AFTER or inverted or clause_factors[position] < 1.0
                          or sentences[position] in declined):
                witness_at.add(position)
            if _own_business(folded_words[max(0, lead - 3):lead]):
                factor *= STORY_FACTOR  # "wir führen eine Eisdiele": where, not who
            # "beim Umzug", "nach der Renovierung"; and any doing right after "beim"
            # ("beim Streichen ist uns aufgefallen", "beim Kehren gesehen") is when it showed;
            # a thing after "beim" ("beim Parkett haben sich Stäbe gelöst") is where
            dated = (folded in STORY_EVENTS and WHEN_BEFORE & set(
                folded_words[max(0, position - 2):position])) or (
                    before in DOING_BEFORE and (folded.endswith("en") or before == "while"))
            if dated:
                factor *= STORY_FACTOR
            preceding = folded_words[max(0, position - 2):position]
            if _placed(preceding) or _material_or_extra(preceding):
                factor *= PLACE_FACTOR
            found.append((term, factor, asked, story, matcher.entries_for(term), position,
                          False))
    found += [(phrase, 1.0, False, False, entries, None, False)
              for phrase, entries in matcher.phrase_entries(folded_words)]
    found += [(term, 1.0, False, False, matcher.entries_for(term), None, False)
              for term in matcher.split_phrases(text)]
    services, exempt = _actions(folded_words, sentences, clause_ids, clause_factors,
                                english)
    for term, position, kind in services:
        entries = matcher.entries_for(term)
        if kind == "move" and not entries:  # a carrying verb the vocabulary lacks
            entries = matcher.entries_for("transport")
        found.append((term, 1.0, False, False, entries, position, True))
    # A phrase that matched makes its words redundant, for every trade: "kamin kehren"
    # is the chimney sweep's, not also the stove builder's "kamin". A word inside another
    # word (Dach in Dachgeschoss, Holz in Holzfassade) is a mention of its own.
    phrases = [set(term.split()) for term in {row[0] for row in found} if " " in term]
    found = [row for row in found
             if not any(row[0] in words and len(words) > 1 for words in phrases)]
    scores: dict[str, tuple[Trade, dict[str, float]]] = {}
    witnesses: set[str] = set()
    wanted: set[str] = set()
    weather = _rain_place(folded_words)
    for term, factor, asked, story, entries, position, service in found:
        sentence = sentences[position] if position is not None else None
        for entry in entries:
            if not entry.weight:
                continue  # a keyword dropped for this trade (vocabulary.WEIGHTS)
            # An English keyword counts in German text only where it is no German word
            # ("roof" does, "hat" does not).
            if entry.english and not english and is_word(term):
                continue
            if english and not entry.english and term in vocabulary.FALSE_FRIENDS:
                continue
            _trade, weights = scores.setdefault(entry.trade.code, (entry.trade, {}))
            weight = entry.weight * factor
            named = entry.weight >= NAME_WEIGHT and _names_someone(term)
            if service:
                weight = max(entry.weight, SERVICE_WEIGHT) * factor
            elif sentence in exempt and entry.trade.code not in exempt[sentence] \
                    and entry.weight < SERVICE_WEIGHT and not named:
                weight *= OBJECT_FACTOR  # the thing moved or cleaned, not the job
            if weather == "up" and entry.trade.code == ROOF and term in RAIN:
                weight *= RAIN_FACTOR
            elif weather == "up" and entry.trade.code == DRYING and term in WATER_SYMPTOMS:
                weight *= SYMPTOM_FACTOR
            elif weather == "down" and entry.trade.code == ROOF \
                    and term in RAIN | WATER_SYMPTOMS:
                continue
            if _at(position, term, folded_words) in focus and entry.weight >= STRONG_WEIGHT:
                weight *= FOCUS_FACTOR
            if asked and entry.weight >= NAME_WEIGHT:
                weight *= REQUEST_FACTOR
            elif asked and entry.weight >= STRONG_WEIGHT:
                weight *= ASKED_THING_FACTOR
            elif story and entry.weight >= NAME_WEIGHT and _names_someone(term):
                weight *= STORY_FACTOR
                if position in witness_at:
                    witnesses.add(entry.trade.code)
            if asked and entry.weight >= NAME_WEIGHT:
                wanted.add(entry.trade.code)
            weights[term] = max(weights.get(term, 0.0), weight)
    # A trade named as someone in the story ("der Installateur hat die Dusche eingebaut",
    # "der Dachdecker sagt, er braucht ein Gerüst") did its part or sent the customer on:
    # its things are the background of the job asked for, unless it is asked for too.
    for code in witnesses - wanted:
        _trade, weights = scores[code]
        for term in weights:
            weights[term] *= WITNESS_FACTOR
    _damp_finish(scores, folded_words)
    _business_cleaning(scores, set(folded_words))
    _business_cooling(scores, set(folded_words))
    project = project_in(text)
    if project is not None:  # a named project (Badsanierung) speaks for its trades
        for position, code in enumerate(project.trades):
            trade = get_trade(code)
            _trade, weights = scores.setdefault(code, (trade, {}))
            weights[project.slug] = PROJECT_LEAD if position == 0 else PROJECT_MEMBER
    return scores


def _at(position: int | None, term: str, folded_words: list[str]) -> int | None:
    """Where a word stands; for a phrase found as a whole ("estrich drauf"), where its
    first word first stands."""
    if position is not None or " " not in term:
        return position
    first = term.split()[0]
    return folded_words.index(first) if first in folded_words else None


def _spans(text: str, clause_ids: list[int]) -> list[int]:
    """Per word, the part of the sentence between commas it stands in (a bracket does not
    end it: "der die Wände (ca. 35 qm) neu verputzt" is one)."""
    parts = re.split(r"([.,;:!?()])", text)
    span, span_of = 0, {}
    for index in range(0, len(parts), 2):
        if index and parts[index - 1] not in "()" and not (
                parts[index - 1] == "." and _abbreviation(parts[index - 2])):
            span += 1
        span_of[index] = span
    return [span_of[clause] for clause in clause_ids]


def _sought_and_focus(folded_words: list[str], sentences: list[int], spans: list[int]
                      ) -> tuple[frozenset[int], frozenset[int]]:
    """Positions that describe the one sought ("jemanden, der die Wände neu verputzt",
    "einen Betrieb für die Holzdecke": asked for, to the next comma) and positions the
    customer puts the focus on ("jetzt geht es um das Parkett", "jetzt muss der Estrich
    drauf": to the end of the sentence)."""
    sought: set[int] = set()
    focus: set[int] = set()
    for position, word in enumerate(folded_words[:-1]):
        following = folded_words[position + 1]
        rest = [at for at in range(position + 1, len(folded_words))
                if sentences[at] == sentences[position]]
        if word in SEEKERS and following in RELATIVES:
            # "einen Betrieb zu finden, der die Außenwand abdichtet": the clause after too
            reach = 1 if following in INFINITIVE else 0
            sought.update(at for at in rest
                          if spans[position + 1] <= spans[at] <= spans[position + 1] + reach)
        elif (word == "um" and FOCUS_VERBS & set(folded_words[max(0, position - 4):position])
              and "es" in folded_words[max(0, position - 4):position]) \
                or (word in NOW and following in MODALS):
            focus.update(rest)
    return frozenset(sought), frozenset(focus)


def _declining(folded_words: list[str], sentences: list[int]) -> frozenset[int]:
    """Sentences in which someone declines the job ("Heizungsbauer sagt, das macht er
    nicht", "der Schornsteinfeger selbst wohl nicht", "he is not responsible"): a trade
    named there is a witness, not the one sought."""
    by_sentence: dict[int, set[str]] = {}
    for word, sentence in zip(folded_words, sentences, strict=True):
        by_sentence.setdefault(sentence, set()).add(word)
    return frozenset(sentence for sentence, present in by_sentence.items()
                     if present & DECLINE_NEGATIONS and present & DECLINES
                     and not present & REQUEST_WORDS)


def _inverted_story(before: list[str]) -> bool:
    """"Im Frühjahr hat ein Installateur ...", "das hat der Installateur geprüft": someone
    who did something in the story."""
    return len(before) == 2 and before[0] in STORY_VERBS and before[1] in INDEFINITE | STORY_BEFORE


def _own_business(before: list[str]) -> bool:
    """"wir sind eine Baufirma", "wir führen eine (kleine) Eisdiele": the customer's
    business."""
    if len(before) == 3 and before[2].endswith(("e", "es", "er", "en")) \
            and before[2] not in INDEFINITE:
        before = before[:2]  # an adjective between: "ein kleines Café"
    if before and before[-1] in OWN_ROLE:
        return True  # "ich bin Hausmeisterin": the customer's own trade
    return len(before) >= 2 and before[-2] in OWN_BUSINESS and before[-1] in INDEFINITE


def _damp_finish(scores: dict[str, tuple[Trade, dict[str, float]]], folded_words: list[str]
                 ) -> None:
    """Wallpaper or paint stained or peeling where it is damp shows the damp; it is the
    place of the symptom, not the job, unless painting is asked for ("Schimmel sehe ich
    keinen": no damp)."""
    if PAINTER not in scores or not any(
            word in DAMP and not NEGATIONS & set(folded_words[max(0, at - 3):at + 4])
            for at, word in enumerate(folded_words)):
        return
    weights = scores[PAINTER][1]
    if any(weight >= SERVICE_WEIGHT for weight in weights.values()):
        return
    for term in weights:
        weights[term] *= DAMP_FINISH_FACTOR


def _business_cleaning(scores: dict[str, tuple[Trade, dict[str, float]]],
                       present: set[str]) -> None:
    """Cleaning for a business (a hotel, offices, a practice) is the commercial cleaner's,
    not home cleaning: home cleaning's words count for the building cleaner there."""
    if HOME_CLEANING not in scores or not present & BUSINESS_PREMISES:
        return
    if any(_names_someone(term) for term in scores[HOME_CLEANING][1]):
        return  # "eine Reinigungskraft für unsere Praxis": the help asked for by name
    _home, moved = scores.pop(HOME_CLEANING)
    _trade, weights = scores.setdefault(BUSINESS_CLEANING, (get_trade(BUSINESS_CLEANING), {}))
    for term, weight in moved.items():
        weights[term] = max(weights.get(term, 0.0), weight)


def _business_cooling(scores: dict[str, tuple[Trade, dict[str, float]]],
                      present: set[str]) -> None:
    """A fridge or freezer in a restaurant, a snack bar or a butcher's is commercial
    cooling, the refrigeration engineer's: the appliance counts for them as much as for
    the electrician who repairs household appliances."""
    if not present & FOOD_PREMISES or not present & COOLING:
        return
    found = {term: weight for term, weight in scores.get(APPLIANCE_TRADE, (None, {}))[1].items()
             if term in COOLING}
    if not found:
        return
    _trade, weights = scores.setdefault(REFRIGERATION, (get_trade(REFRIGERATION), {}))
    for term, weight in found.items():
        weights[term] = max(weights.get(term, 0.0), weight)


def _rain_place(folded_words: list[str]) -> str | None:
    """"up" when water shows upstairs after rain, "down" in the basement, else None."""
    present = set(folded_words)
    # "nicht Regen", "es hat nicht geregnet": rain ruled out
    if not any(word in RAIN and not NEGATIONS & set(folded_words[max(0, at - 3):at])
               for at, word in enumerate(folded_words)):
        return None
    up = bool(present & UPSTAIRS) or any(word.startswith("dach") for word in present)
    down = bool(present & DOWNSTAIRS) or any(word.startswith("keller") for word in present)
    if up == down:
        return None
    return "up" if up else "down"


def _placed(before: list[str]) -> bool:
    return len(before) == 2 and ((before[0] in PLACE_BEFORE and before[1] in PLACE_ARTICLES)
                                 or (before[0] in NEAR and before[1] in NEAR_ARTICLES))


def _material_or_extra(before: list[str]) -> bool:
    """A material (Leitungen aus verzinktem Stahl) or an extra (inklusive Gerüst) describes
    the job; it is not the job."""
    if before and before[-1] in EXTRA_BEFORE | MATERIAL_BEFORE:
        return True
    return (len(before) == 2 and before[0] in MATERIAL_BEFORE
            and before[1].endswith(("em", "er", "en")) and before[1] not in ARTICLES)


def _names_someone(term: str) -> bool:
    return term.endswith(PERSON_ENDINGS) and term not in THINGS_LIKE_PERSONS


def detect_trades(text: str, *, limit: int = 5) -> list[Candidate]:
    """Ranked trade candidates for `text`, best first; empty when nothing matches."""
    scored = []
    for trade, terms in _scores(text or "").values():
        if sum(terms.values()) > 0:  # every word of it was set aside
            scored.append((sum(terms.values()), trade, terms))
    if not scored:
        return []
    scored.sort(key=lambda item: (-item[0], not item[1].is_common, item[1].code))
    best, leader = scored[0][0], scored[0][1].code
    # Interchangeable trades (roofer and Klempner for a gutter, Tischler and window fitter
    # for a door) are no rivals: either would do, the usual one leads.
    rivals = [score for score, trade, _terms in scored[1:]
              if not interchangeable(leader, trade.code)]
    runner_up = rivals[0] if rivals else 0.0
    candidates = []
    for score, trade, terms in scored[:limit]:
        strength = min(1.0, score / CONFIDENT_SCORE)
        competition = runner_up if score == best else best
        # An equal rival halves the confidence; a weaker one costs in proportion.
        margin = 1.0 - 0.5 * min(1.0, competition / score)
        candidates.append(Candidate(trade=trade, score=score,
                                    confidence=round(strength * margin, 3), matched=tuple(terms),
                                    strongest=max(terms.values()),
                                    ahead=score == best and score > runner_up))
    return candidates


def is_confident(candidates: list[Candidate], threshold: float = CONFIDENT) -> bool:
    """Whether the best candidate is clear enough to take without asking: ahead of every
    rival (never a tie) and confident enough. Measured on the evaluation sets: from 0.4
    (one strong hint a third ahead of the next trade, or a weak one with no rival at all)
    more is right at once than from 0.55 and no more is wrong, because ties no longer
    count; see bench/README.md."""
    return bool(candidates) and candidates[0].ahead and candidates[0].confidence >= threshold


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
    safe = _safety_trade(text, candidates)
    if safe is not None:
        return Decision(trade=safe, offered=(), candidates=tuple(candidates))
    return Decision(trade=None, offered=tuple(c.trade for c in candidates[:offer]),
                    candidates=tuple(candidates))


def _safety_trade(text: str, candidates: list[Candidate]) -> Trade | None:
    """In a danger (gas smell, burst pipe, smoke from an installation) the trade that
    removes it is taken without asking when it is level with the best candidate: a gas
    smell near the cooker and the opened windows is no question of windows."""
    # Only a danger stated without a negation in its clause ("kein Gasgeruch" is none).
    clauses = [clause for clause in re.split(r"[.,;:!?]", text or "")
               if not NEGATIONS & set(words(clause))]
    cases = {safety_case(clause) for clause in clauses} - {None}
    if len(cases) != 1 or not candidates:
        return None
    case = cases.pop()
    code = SAFETY_TRADE[case]
    best = candidates[0].score
    for candidate in candidates:
        if candidate.trade.code == code and candidate.score >= best:
            return candidate.trade
    return None
