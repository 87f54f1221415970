"""Evaluation set for trade detection, eleventh development batch: the style the final
acceptance set is described in (long German stories with function words, compounds,
typos and dialect, several problems in one message, expats' English, short chat
messages), written at the end of session 3 and tuned against. Same format and labels as
`eval_held_out.py`."""

from tests.trades.eval_labels import (
    BODEN,
    DACH,
    ELEK,
    FENST,
    FLIES,
    GART,
    GLAS,
    HAUS,
    KLEMP,
    MALER,
    MAUR,
    METALL,
    OFEN,
    PARK,
    PFLA,
    REIN,
    ROHR,
    ROLL,
    SCHORN,
    SCHUTZ,
    SHK,
    STUCK,
    TISCH,
    TROCK,
    UMZ,
    ZIMM,
)

EMB = "elektromaschinenbauer"

DEV11: list[tuple[str, tuple[str, ...]]] = [
    ("Hallo, also bei uns ist es so, dass wir seit ca. einer Woche immer wieder kein "
     "warmes Wasser haben, mal geht es, mal nicht, und die Heizung macht dabei so ein "
     "komisches Brummen. Der Kessel ist von 2009.", (SHK,)),
    ("Guten Abend, ich weiß nicht, ob ich hier richtig bin, aber bei uns im Bad ist "
     "seit dem Wochenende die Wand neben der Dusche nass und die Fliesen fallen fast "
     "ab. Vielleicht ist eine Leitung kaputt?", (SHK, FLIES, TROCK)),
    ("Hallo, wir haben da ein Problem mit unserer Küche: Der Abfluss von der Spüle ist "
     "dicht und gleichzeitig funktioniert die Steckdose neben dem Herd nicht mehr.",
     (ROHR, SHK, ELEK)),
    ("Moin, bei uns im Haus ist das Dach an der Gaube undicht und bei Regen läuft "
     "Wasser an der Innenwand runter, die Tapete hat schon Blasen geworfen.",
     (DACH, KLEMP, ZIMM)),
    ("Hallo ihr, unser Vermieter kümmert sich um nix. Jetzt ist auch noch die "
     "Badezimmertür kaputt, die Klinke ist abgefallen und die Tür geht nicht mehr zu.",
     (TISCH, HAUS, METALL)),
    ("Sehr geehrte Damen und Herren, hiermit bitte ich um ein Angebot für die "
     "Erneuerung der Elektroinstallation in unserer Eigentumswohnung, Baujahr 1961, "
     "3 Zimmer, Küche, Bad.", (ELEK,)),
    ("Hallo, meine Eltern haben ein altes Haus mit Kohleofen und Nachtspeicheröfen, "
     "jetzt wollen sie endlich eine richtige Heizung. Was gibt es da für "
     "Möglichkeiten?", (SHK,)),
    ("Guten Tag, wir haben das Problem, dass unser Keller bei jedem stärkeren Regen "
     "nass wird, das Wasser kommt durch die Wand unten rein. Abdichtung?",
     (SCHUTZ, MAUR, TROCK)),
    ("Hallo, bei uns ist die Rollade im Wohnzimmer ganz unten und der Gurt ist "
     "gerissen, und in der Küche fliegt die Sicherung wenn der Wasserkocher läuft.",
     (ROLL, ELEK)),
    ("Moin, wir bräuchten jemanden der uns die Hecke schneidet und den Rasen mäht, "
     "außerdem müsste die Regenrinne sauber gemacht werden, Laub.", (GART, HAUS)),
    ("Grüß Gott, mir ham im Keller an Schimmel an da Wand und des riecht so moderig, "
     "wos kann ma do macha?", (SCHUTZ, TROCK)),
    ("Servus, unser Kaminofn raucht und der Kaminkehrer sagt, da Zug is z'schwach, "
     "wer kann des richtn?", (OFEN, SCHORN)),
    ("Hallo, unser Parkett im Wohnzimmer ist total abgenutzt, vor allem vor dem Sofa, "
     "und in der Küche sind zwei Fliesen gesprungen.", (PARK, FLIES)),
    ("Hallo, unsere Dachrinne tropft an der Verbindung und das Fallrohr ist unten "
     "abgebrochen, zusätzlich sind am Vordach zwei Platten kaputt.",
     (DACH, KLEMP)),
    ("Hallo, wir wollen die Wohnung streichen und die Türen neu lackieren lassen, "
     "außerdem soll im Flur neuer Boden rein.", (MALER, BODEN)),
    ("Guten Tag, im Wohnzimmer sind die Fenster so alt, dass sich der Kitt löst und "
     "die Scheiben wackeln. Kann man die noch retten?", (GLAS, FENST, TISCH, MALER)),
    ("Hallo zusammen, wir haben eine kleine Wohnung gekauft, in der seit 20 Jahren "
     "nichts gemacht wurde. Elektrik, Bad, Böden, alles alt. Wo fangen wir an?",
     (ELEK, SHK, BODEN, MALER)),
    ("Hallo, bei uns ist die Haustür nach einem Einbruchsversuch beschädigt, der Rahmen "
     "ist gesplittert und das Schloss dreht nur noch durch.", (METALL, TISCH, FENST)),
    ("Hallo, unser Garten hat einen Hang und die Mauer unten bröckelt und kippt schon "
     "nach vorn, dahinter drückt die Erde.", (MAUR, GART)),
    ("Hallo, unsere Terrasse aus Holz ist glitschig und grau, ein paar Bretter sind "
     "morsch, wir möchten sie erneuern oder abschleifen und ölen.",
     (ZIMM, TISCH, MALER, GART)),
    ("hi, unser klo spült nicht mehr richtig und es läuft ständig wasser nach",
     (SHK,)),
    ("heizung gluckert, oben kalt unten warm", (SHK,)),
    ("Stromausfall nur bei uns, FI lässt sich nicht einschalten", (ELEK,)),
    ("dachziegel kaputt nach hagel, regnet rein", (DACH,)),
    ("Wand im Kinderzimmer streichen + Loch zuspachteln", (MALER, STUCK)),
    ("Fugen im Bad schimmelig", (FLIES, SCHUTZ)),
    ("Fenster im Bad lässt sich nicht schließen", (FENST, TISCH)),
    ("Kellertreppe aus Holz morsch", (TISCH, ZIMM)),
    ("Laminat im Flur hat sich gehoben", (BODEN,)),
    ("Hecke zum Nachbarn zu hoch", (GART,)),
    ("Pflastersteine in der Einfahrt wackeln", (PFLA,)),
    ("Riss über der Tür, wird größer", (MAUR, STUCK)),
    ("Keller riecht muffig, Wände feucht", (SCHUTZ, TROCK)),
    ("Rollo im Schlafzimmer hängt", (ROLL,)),
    ("Schlüssel weg, Tür zu", (METALL,)),
    ("Schornstein fegen lassen", (SCHORN,)),
    ("Putzhilfe für 2 Std die Woche", (REIN,)),
    ("Umzug am 1., 2 Zimmer, 4. Stock", (UMZ,)),
    ("Hi, the heating in our flat is on full but the radiators are barely warm, and "
     "the hot water is lukewarm too.", (SHK,)),
    ("Hi, our ceiling light keeps flickering and now the switch makes a crackling "
     "noise.", (ELEK,)),
    ("Hello, the roof above our top floor flat leaks every time it rains, the landlord "
     "says we should find someone.", (DACH,)),
    ("Hi, the bathroom sink is blocked and smells, and the tap drips.", (ROHR, SHK)),
    ("Hi, the walls in our kids' room need painting and there's a big hole from a "
     "door handle.", (MALER, STUCK)),
    ("Hi, could someone replace two broken floor tiles in our kitchen?", (FLIES,)),
    ("Hello, our patio door glass shattered, it's double glazing.", (GLAS,)),
    ("Hi, we need a locksmith, the key broke in the lock.", (METALL,)),
    ("Hi, mould in the bathroom ceiling and around the window.", (SCHUTZ, MALER)),
    ("Hi, our basement got flooded and we need it dried.", (TROCK,)),
    ("Hi, our garden fence blew over in the storm.", (GART, ZIMM, METALL)),
    ("Hi, the electric shutters won't go up anymore.", (ROLL, ELEK)),
]
