"""Core words for the rarer crafts: what people bring to such a business and ask it to do.

Written per trade from its scope (the objects it works on, the service verbs with their
object, the faults people describe), not from any one message, because a customer who needs
a watchmaker or a bookbinder rarely names the trade: they name the thing (a pocket watch, a
family bible) and what is wrong with it. Merged into the matcher by `vocabulary.EXTRA`.
Weights as in the catalogue: "strong" 2 (points at the trade), "weak" 1 (needs company).
"""

from __future__ import annotations

CRAFTS: dict[str, tuple[str, str]] = {
    "uhrmacher": (
        "taschenuhr, taschenuhren, uhrwerk, uhrenbatterie, uhrglas, zifferblatt, unruh, "
        "automatikuhr, quarzuhr, chronograph, herrenuhr, damenuhr, wecker, kaminuhr, "
        "tischuhr, uhren, uhrarmband, pocket watch, wristwatch, watch battery",
        "tickt, aufziehen, aufgezogen, zeiger, geht nach, geht vor, bleibt stehen"),
    "buchbinder": (
        "buchruecken, einband, buchdeckel, neu binden, binden lassen, neu gebunden, bibel, "
        "familienbibel, gesangbuch, fotoalbum, abschlussarbeit, bachelorarbeit, "
        "masterarbeit, dissertation, buecher restaurieren, book spine, rebind, rebinding",
        "buch, buecher, seiten, lose seiten, fadenheftung"),
    "sattler-feintaeschner": (
        "ledersitz, ledersitze, autositz, autositze, sitzbezug, sitzbezuege, autosattler, "
        "cabrioverdeck, verdeck, motorradsitz, sitzbank, handtasche, ledertaschen, henkel, "
        "taschenhenkel, lederriemen, ledergurt, reitsattel, zaumzeug, lederhalfter, "
        "leather seats, car seats, handbag",
        "oldtimer, naht, neu beziehen"),
    "getraenkeleitungsreiniger": (
        "zapfanlage, zapfanlagen, zapfhahn, zapfkopf, bierleitung, bierleitungen, "
        "schankanlage, getraenkeleitungen, leitungsreinigung, beer lines, draught system",
        "kneipe, bier schmeckt, schankraum"),
    "schneidwerkzeugmechaniker": (
        "messer, kuechenmesser, messerset, kochmesser, scheren, schere, friseurschere, "
        "gartenschere, klinge, klingen, messer schaerfen, schaerfen lassen, knives, knife, "
        "scissors, sharpen, sharpening",
        "stumpf, schleifen lassen, blunt"),
    "tankschutz": (
        "oeltank, oeltanks, heizoeltank, heizoeltanks, tankanlage, tankstilllegung, "
        "tank stilllegen, tankentsorgung, tank entsorgen, tankreinigung, tank zerlegen, "
        "erdtank, batterietank, kunststofftank, tankraum, leckanzeige, auffangwanne, "
        "oil tank removal",
        "heizoel, oelreste, restoel, tank"),
    "textilreiniger": (
        "daunenjacke, wintermantel, anzug, abendkleid, brautkleid, hochzeitskleid, "
        "sakko, kleidung, kleidungsstuecke, lederjacke, wildleder, daunendecke, bettdecke, "
        "federbett, kopfkissen, vorhaenge reinigen, gardinen reinigen, chemisch reinigen, "
        "dry clean",
        "kragen, jacke, kleid, mantel"),
    "teppichreiniger": (
        "perserteppich, orientteppich, teppichwaesche, teppich waschen, polster reinigen, "
        "sofa reinigen, couch reinigen, matratze reinigen, matratzenreinigung, hundeurin, "
        "katzenurin, rug, rugs, carpet stain",
        "reingemacht, urin, tierhaare, tiefenreinigung"),
    "metallschleifer-polierer": (
        "messing, angelaufen, aufpolieren, hochglanzpolieren, silberbesteck, "
        "edelstahl polieren, patina, oxidiert, tarnished, brass",
        "aufarbeiten, aufgearbeitet"),
    "fuger": (
        "klinkerfugen, fugen auskratzen, auskratzen, ausfugen, neu ausfugen, hydrophobieren, "
        "hydrophobierung, verblendmauerwerk, "
        "verblender, fassadenfugen, fugenmoertel, repoint",
        "ausgewaschen, broeseln, broeselt, klinker, klinkerfassade, klinkerhaus, "
        "klinkerwand, wetterseite"),
    "augenoptiker": (
        "brillengestell, brillenglaeser, gleitsichtbrille, lesebrille, "
        "sonnenbrille, sehtest, sehstaerke, nasenpad, nasenpads, eyeglasses, frames",
        "buegel, gestell, zerkratzt"),
    "hoerakustiker": (
        "hoerhilfe, hoertest, schwerhoerig, otoplastik, ohrpassstueck, hoergeraetebatterie, "
        "im-ohr-geraet, hearing test",
        "hoert kaum, hoert schlecht, pfeift"),
    "konditor": (
        "geburtstagstorte, motivtorte, tortenstuecke, petit fours, pralinen, cupcakes",
        "backt, backen"),
    "dekorationsnaeher": (
        "vorhaenge naehen, vorhang naehen, gardinen, vorhaenge, vorhang, raffrollo, "
        "deckenschiene, gardinenschiene, kissenbezuege, curtains, drapes",
        "naehen lassen, naehen"),
    "schuhmacher": (
        "schuh, schuhsohle, absatz, absaetze, neu besohlen, besohlen, stiefelschaft, "
        "reissverschluss am stiefel, shoe repair, resole",
        "schuhe, stiefel, leder"),
    "geigenbauer": (
        "bratsche, kontrabass, geigensaite, griffbrett, stimmstock",
        "saite, saiten"),
    "klavierstimmer": (
        "konzertfluegel, klavierstimmung, klavier stimmen, verstimmt",
        ""),
    "zahntechniker": (
        "prothese, zahnprothese, gebiss, teilprothese, aufbissschiene, knirscherschiene",
        ""),
    "schirmmacher": (
        "schirm reparieren, schirm kaputt",
        ""),
    "gold-silberschmied": (
        "ehering, eheringe, verlobungsring, halskette, armband, "
        "ohrringe, schmuck, ring weiten, ring enger, wedding ring",
        "gold, silber"),
    "kuerschner": (
        "pelzmantel, pelzjacke, pelzkragen, nerz",
        "pelz"),
    "aenderungsschneider": (
        "reissverschluss, saum, enger machen, weiter machen, hose kuerzen, "
        "aermel, aendern lassen, abnaeher, alterations",
        "naehen, zu lang, zu weit"),
    "buegelanstalt": (
        "hemden buegeln, buegeln lassen, buegelwaesche, waesche buegeln",
        "hemden, buegeln"),
    "orthopaedieschuhmacher": (
        "einlagen, schuheinlagen, orthopaedische einlagen, massschuhe, schuherhoehung",
        "fussschmerzen, plattfuss"),
    "graveur": (
        "gravieren lassen, gravur anbringen, namensschild, tuerschild, klingelschild, "
        "pokal, pokale, engraved",
        ""),
    "glas-porzellanmaler": (
        "geschirr bemalen, porzellan bemalen, tassen bemalen",
        ""),
}

# Jobs of the common trades that the per-trade word lists missed, by the same rule (objects,
# services with their object, faults), and regional words (Kölsch, Platt) for the roof.
MORE: dict[str, tuple[str, str]] = {
    "dachdecker": (
        "daach, daachpfanne, daachpannen, dack, dackpannen, dachrinnenreinigung, "
        "dachrinne reinigen, dachrinnen reinigen",
        "pfanne, pfannen, pannen, verrutscht"),
    "klempner": ("dachrinnenreinigung, rinnenreinigung, dachrinne reinigen", ""),
    "hausmeisterservice": ("dachrinnenreinigung, rinnenreinigung", ""),
    "gebaeudereiniger": (
        "dachrinnenreinigung, buerogebaeude, bueroraeume, bueroflaechen, gewerbeflaechen, "
        "gewerbeobjekt, praxisraeume, reinigungsdienst, bauendreinigung, baureinigung, "
        "bauschlussreinigung, baustaub",
        "etagen, farbspritzer, silikonreste"),
    "reinigung": (
        "sauber gemacht, bettwaesche wechseln, gaestewechsel",
        "gereinigt, reinigt, bettwaesche, ferienwohnung, einmal in der woche, jede woche, "
        "woechentlich"),
    "installateur-heizungsbauer": (
        "zapfstelle, aussenzapfstelle, frostschaden, leitung geplatzt, rohr geplatzt",
        "eingefroren, geplatzt"),
    "maurer-betonbauer": ("aufmauern, aufgemauert, neu aufmauern, hochmauern", ""),
    "stuckateur": ("wand einziehen, zwischenwand, trennwand, raumteiler", ""),
    "bodenleger": ("mit teppich belegt, mit teppich belegen, teppich belegen", ""),
    "raumausstatter": ("mit teppich belegt, mit teppich belegen, teppich belegen", ""),
    "einbau-baufertigteile": (
        "schallschutzfenster, aussenfensterbank, alu-fensterbank, fensterbank aussen", ""),
    "tischler": ("schallschutzfenster", ""),
    "bautrocknung": ("dry the floor, dry out, dried out, drying out, drying company", ""),
    "schornsteinfeger": ("mandatory inspection, chimney inspection", "inspection"),
    "steinmetz": ("fensterbank aus granit, aus naturstein", ""),
}

