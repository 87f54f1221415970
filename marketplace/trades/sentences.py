"""How each word of a message stands in its sentence, for trade detection.

Split from `marketplace.trades.detection` (which scores the words): the message is cut
into sentences and clauses, and each word gets what its place says about it. A clause of
background (what the customer does themselves, does without, did as a precaution, a later
step, a thing said to be absent) or a part declared fine ("das Dach ist dicht") lowers its
words; a word may be asked for ("wir brauchen einen Elektriker", the one sought in
"jemanden, der ..."), in focus ("jetzt geht es um ..."), in the story (a witness, an
event the story is dated by, a trade that declines), the place of the problem ("hinter
dem Schrank"), a material or an extra, or the customer's own business. Water after rain
is placed upstairs or in the basement (`_rain_place`). The word lists and factors of
these rules live here with them.
"""

from __future__ import annotations

import re

from marketplace.trades import matcher
from marketplace.trades.text import tokens, word_set

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
# What the customer does themselves ("egal wie oft wir lüften und putzen") is no request;
# with one of these words in the clause it is ("wir müssen die Wohnung räumen lassen").
ASKING = word_set(
    "lassen suche suchen brauche brauchen braeuchte braeuchten benoetige benoetigen "
    "moechte moechten wollen will muss muessen soll sollen sollte need want asked find looking")
# "... transportiert wurde", "wurde letztes Jahr gestrichen": done in the past, the story
PASSIVE_PAST = word_set("wurde wurden worden")
# "Wir haben die Fenster putzen lassen": done before, told as the story, unless a modal
# asks again ("haben ... müssen")
PERFECT = word_set("habe haben hab hatte hatten hat have had")

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
