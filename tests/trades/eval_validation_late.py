"""Evaluation set for trade detection, late validation: written in session 3 after the
first round of tuning and never looked at message by message afterwards (only its rates
were read), so it shows what the later changes are worth on unseen text. Same format and
labels as `eval_validation.py`."""

from tests.trades.eval_labels import (
    BODEN,
    DACH,
    DAEMM,
    ELEK,
    ESTR,
    FENST,
    FLIES,
    GART,
    GEB,
    GERUEST,
    GLAS,
    HAUS,
    IT,
    KLEMP,
    KLIMA,
    MALER,
    MAUR,
    METALL,
    OFEN,
    PARK,
    PFLA,
    RAUM,
    REIN,
    ROHR,
    ROLL,
    SCHORN,
    SCHUTZ,
    SHK,
    STEIN,
    STUCK,
    TISCH,
    TROCK,
    UMZ,
    ZIMM,
)

EMB = "elektromaschinenbauer"

VALIDATION_LATE: list[tuple[str, tuple[str, ...]]] = [
    ("Hallo liebes Team, ich wende mich an Sie, weil bei uns seit drei Tagen die Heizung "
     "im ganzen Haus nur noch sporadisch anspringt. Morgens ist es eiskalt, abends geht "
     "sie dann plötzlich wieder. Unser Kessel ist ein Buderus, ca. 15 Jahre.", (SHK,)),
    ("wasser läuft aus der wand unterm waschbecken, hab alles zugedreht was ich finde",
     (SHK,)),
    ("Morgen! Bei uns im Bad tropft der Duschkopf die ganze Zeit, auch wenn der Hebel zu "
     "ist. Nervt total, vor allem nachts.", (SHK,)),
    ("Hi, we just moved to Darmstadt and the heating in our flat doesn't work at all. "
     "The landlord is on holiday. The thermostat shows 17 degrees but nothing happens.",
     (SHK,)),
    ("Hallo, wir brauchen einen neuen Heizkörper im Kinderzimmer, der alte ist zu klein "
     "und rostet an den Ecken.", (SHK,)),
    ("Guten Tag, unser Klo ist beim Spülen immer wieder übergelaufen, jetzt haben wir den "
     "Salat im Bad. Pümpeln bringt nichts.", (ROHR, SHK)),
    ("Seid wir eingezogen sind riecht es im Badezimmer nach Abwasser, besonders wenn "
     "es warm ist. Der Ablauf in der Dusche vielleicht?", (ROHR, SHK)),
    ("Im Garten hinterm Haus ist ein Schacht, da staut sich das Wasser bis oben hin, "
     "das Regenwasser vom Dach kommt nicht mehr weg.", (ROHR,)),
    ("Hallo, wir haben einen Neubau und wollen eine Regenwasserzisterne mit Pumpe für "
     "Toilette und Garten. Wer plant und baut sowas ein?", (SHK, GART)),
    ("Good evening, our kitchen tap is wobbly and leaking at the base whenever we turn "
     "it on. Probably needs replacing.", (SHK,)),
    ("Servus, d'Heizung spinnt, mal warm mal kalt, und im Keller tropft's beim Kessel.",
     (SHK,)),
    ("Hallo, unser Dach muss neu gemacht werden, die Ziegel sind porös und an einigen "
     "Stellen gebrochen. Haus Baujahr 1958, Satteldach, ca 140 qm Dachfläche.", (DACH,)),
    ("Nach dem Hagel gestern haben wir Löcher in den Lichtkuppeln auf dem Flachdach "
     "vom Anbau, es regnet durch.", (DACH, GLAS)),
    ("Bei Sturm klappert bei uns oben irgendwas am Dach, ich glaub ein Blech am "
     "Schornstein hat sich gelöst.", (DACH, KLEMP)),
    ("Hi, some roof tiles have slipped and there's a gap, we can see daylight from the "
     "attic. Can someone come before the next storm?", (DACH,)),
    ("Dachrinnen reinigen und prüfen, Reihenhaus, 2 Seiten", (DACH, KLEMP, HAUS)),
    ("Moin, bei uns tropft bei Starkregen Wasser durch die Gaube rein, das Holz innen "
     "ist schon dunkel.", (DACH, ZIMM)),
    ("Hallo, in der Küche ist beim Kochen plötzlich alles dunkel geworden, die Sicherung "
     "geht nicht mehr rein. Herd und Licht sind auf dem gleichen Kreis glaube ich.",
     (ELEK,)),
    ("Wir möchten im Garten Strom haben, für Beleuchtung und eine Steckdose an der "
     "Terrasse. Kabel müsste ca 20 Meter unter den Rasen.", (ELEK,)),
    ("Hallo, ich habe eine alte Wohnung gekauft und möchte gerne Kosten für eine neue "
     "Elektroinstallation erfahren, 3 Zimmer, 78 qm.", (ELEK,)),
    ("Hey, bei mir hat's beim Einstecken vom Föhn einen Knall gegeben und jetzt ist die "
     "Steckdose schwarz und im Bad geht kein Strom.", (ELEK,)),
    ("Hello, the lights in our hallway keep flickering and sometimes go off completely. "
     "Changing the bulbs didn't help.", (ELEK,)),
    ("Hallo, wir suchen jemanden für die Installation einer Ladestation für unser "
     "Elektroauto in der Tiefgarage, Eigentümergemeinschaft hat zugestimmt.", (ELEK,)),
    ("Guten Tag, der Durchlauferhitzer in der Küche schaltet sich ständig ab und das "
     "Wasser wird nur lauwarm.", (SHK, ELEK)),
    ("Mein Trockner heizt nicht mehr, die Trommel dreht sich aber. Lohnt sich eine "
     "Reparatur, Gerät ist 7 Jahre alt?", (ELEK, EMB)),
    ("Hi, our washing machine won't spin and leaves the clothes soaking wet. It's a "
     "Miele, about 10 years old.", (ELEK, EMB)),
    ("Hallo, die Wohnung muss nach dem Auszug der Mieter renoviert werden: Wände "
     "spachteln und streichen, Türen lackieren, ca 65 qm.", (MALER,)),
    ("Wir brauchen jemanden, der unsere Holzfassade und den Zaun lasiert, das Holz ist "
     "schon ganz grau geworden.", (MALER,)),
    ("Hallo, ich möchte ein Zimmer mit einer Mustertapete tapezieren lassen und die "
     "anderen Wände in Grau, wer hat kurzfristig Zeit?", (MALER,)),
    ("Hi there, looking for a painter for the exterior of our house, some wooden window "
     "frames are peeling as well.", (MALER,)),
    ("Schimmelflecken hinter dem Schrank weg machen und neu streichen, bitte", (MALER,
     SCHUTZ)),
    ("Guten Tag, wir möchten unsere Terrasse neu belegen lassen, mit Feinsteinzeugplatten "
     "auf Stelzlagern, ca 35 qm.", (FLIES, GART, PFLA)),
    ("In der Dusche sind ein paar Fliesen gerissen und ich glaube dahinter kommt Wasser "
     "in die Wand.", (FLIES, SHK)),
    ("hallo, wir brauchen neue fliessen im flur ca 10qm, die alten sind hässlich braun",
     (FLIES,)),
    ("Hi, we'd like to retile our bathroom walls, around 20 square metres, and replace "
     "the old bath with a walk-in shower.", (FLIES, SHK)),
    ("Guten Tag, wir haben Holzfenster von 1992, die klemmen und lassen sich schwer "
     "öffnen, zwei sind undicht. Reparieren oder tauschen?", (FENST, TISCH)),
    ("Unsere Wohnungseingangstür schließt nicht mehr von allein und knallt immer, der "
     "Türschließer tropft Öl.", (METALL, TISCH, HAUS, FENST)),
    ("Hallo, an unserem Kunststofffenster im Wohnzimmer ist der Griff abgebrochen, das "
     "Fenster steht jetzt auf Kipp und geht nicht mehr zu.", (FENST, TISCH)),
    ("Hi, our patio door is really hard to slide open, it scrapes along the bottom and "
     "the lock doesn't catch.", (FENST, TISCH)),
    ("Wir suchen eine Fachfirma für den Einbau von 6 neuen Dachfenstern, die alten sind "
     "undicht und zugig.", (DACH, FENST)),
    ("Hallo, wir möchten eine Treppe aus Holz zum Dachboden, aktuell gibt es nur eine "
     "Leiter. Geschosshöhe 2,60 m.", (TISCH, ZIMM)),
    ("Die Tür vom Bad lässt sich nicht mehr zumachen, sie ist aufgequollen nach einem "
     "Wasserschaden und reibt oben.", (TISCH, HAUS)),
    ("Hi, looking for someone to build a custom bookshelf wall in our living room, "
     "floor to ceiling, about 4 metres wide.", (TISCH,)),
    ("Servus, mei Küchenschrank is von da Wand gfalln, Dübel san ausgrissn, brauch wen "
     "der des gscheit macht.", (TISCH, HAUS)),
    ("Hallo, unser Parkett hat Wasserflecken und ist an einigen Stellen gequollen, "
     "da ist mal die Vase umgefallen.", (PARK, BODEN)),
    ("Wir ziehen in eine Altbauwohnung und möchten den PVC-Boden im Flur und der Küche "
     "entfernen und Vinyl verlegen lassen.", (BODEN,)),
    ("Hallo, der Teppich in unserem Treppenhaus ist total abgenutzt und soll ersetzt "
     "werden, 3 Etagen.", (BODEN, RAUM)),
    ("Hi, we have a big dip in the floor in the kitchen, under the vinyl, you can feel "
     "it when you walk. Maybe the subfloor?", (BODEN, ESTR)),
    ("Hallo, unser Garten ist total zugewachsen, wir suchen jemanden der einmal "
     "grundlegend aufräumt, Sträucher zurückschneidet und den Rasen wieder hinkriegt.",
     (GART,)),
    ("Moin, wir haben zwei große Fichten im Garten, die weg sollen, eine steht nah am "
     "Haus.", (GART,)),
    ("Wer kann unseren Vorgarten pflegeleicht gestalten, mit Kies und ein paar Pflanzen, "
     "ca 40 qm?", (GART,)),
    ("Hello, we need someone to cut the grass and trim the hedges every other week from "
     "April to October.", (GART, HAUS)),
    ("Hallo, wir möchten einen Zaun zum Nachbarn, Doppelstabmatten, 25 m, mit Tor.",
     (METALL, GART)),
    ("Der Weg zur Haustür ist total krumm und die Platten wackeln, alte Waschbetonplatten, "
     "die sollen raus und neu gepflastert werden.", (PFLA, GART)),
    ("Hallo, wir wollen eine Wand im Keller durchbrechen lassen für eine Tür, Wand ist "
     "aus Kalksandstein, 24 cm.", (MAUR,)),
    ("Unser Schornstein oben auf dem Dach bröckelt, die Steine sind lose und der Kopf "
     "müsste neu gemauert werden.", (MAUR, DACH, SCHORN)),
    ("Hi, there's a crack running diagonally from the corner of our window up to the "
     "ceiling, it's getting wider.", (MAUR, STUCK)),
    ("Hallo, im Flur soll eine Trockenbauwand mit Tür eingezogen werden, damit wir ein "
     "zusätzliches Zimmer haben.", (STUCK,)),
    ("Die Decke im Wohnzimmer hat Risse und der Putz hängt schon durch, Altbau mit "
     "Schilfrohr-Decke.", (STUCK,)),
    ("Guten Tag, an der Hauswand unten sind überall Abplatzungen im Putz, die Wand ist "
     "feucht bis ca 50 cm hoch.", (STUCK, SCHUTZ, MAUR)),
    ("Hallo, wir haben im Kinderzimmer am Fenster Schimmel, schwarze Punkte an der "
     "Laibung und an der Silikonfuge.", (SCHUTZ, MALER)),
    ("Im Keller steht nach dem Gewitter Wasser, ca. 5 cm, und die Wände sind nass. "
     "Haben Sie Trockner?", (TROCK,)),
    ("Hi, our downstairs bathroom has a musty smell and the paint is bubbling near the "
     "floor, the wall feels damp.", (SCHUTZ, TROCK)),
    ("Hallo, bei uns ist die Spülmaschine ausgelaufen und das Wasser ist unter die "
     "Küche gelaufen, der Boden ist aufgequollen, Versicherung ist informiert.",
     (TROCK, BODEN)),
    ("Rolladen im Schlafzimmer lässt sich nur noch halb hochziehen, dann hängt er, ich "
     "trau mich nicht fester zu ziehen.", (ROLL,)),
    ("Hallo, wir hätten gerne für unsere Dachfenster Verdunkelungsrollos und außen "
     "Hitzeschutz.", (ROLL,)),
    ("Hi, one slat of our external roller shutter is broken and it gets stuck when "
     "closing.", (ROLL,)),
    ("Unsere Markise fährt nicht mehr ein, der Motor macht nur ein Klickgeräusch.",
     (ROLL, ELEK)),
    ("Hallo, ich habe mich ausgesperrt, der Schlüssel ist in der Wohnung, die Tür ist "
     "nur zugezogen, nicht abgeschlossen.", (METALL,)),
    ("Wir brauchen ein neues Treppengeländer aus Edelstahl für den Innenbereich, 12 "
     "Stufen, gewendelt.", (METALL, TISCH)),
    ("Hallo, unser Briefkasten ist aufgebrochen worden, das Schloss muss getauscht "
     "werden.", (METALL, HAUS)),
    ("Hi, we'd like a new gate for our driveway, ideally electric, about 4 metres wide.",
     (METALL,)),
    ("Hallo, unser Kamin zieht seit dem Winter schlecht, es kommt Rauch zurück ins "
     "Zimmer. Muss der gekehrt werden?", (SCHORN, OFEN)),
    ("Wir möchten einen Pelletofen einbauen lassen, mit Anschluss an den vorhandenen "
     "Schornstein.", (OFEN, SCHORN, SHK)),
    ("Hallo, die Scheibe von unserem Kaminofen ist gesprungen, bekommt man die als "
     "Ersatzteil?", (OFEN, GLAS)),
    ("Hallo, wir suchen eine zuverlässige Putzhilfe, einmal pro Woche 3 Stunden, "
     "Wohnung in Sachsenhausen.", (REIN,)),
    ("Grundreinigung nach Umbau, 120 qm Einfamilienhaus, inklusive Fenster", (REIN,
     GEB)),
    ("Hi, looking for a cleaner for our Airbnb flat, turnover cleaning after each "
     "guest.", (REIN,)),
    ("Hallo, unsere Praxis sucht eine Reinigungsfirma, täglich nach 18 Uhr, 5 Räume.",
     (GEB, REIN)),
    ("Guten Tag, wir ziehen innerhalb von Offenbach um, 2 Zimmer, 2. OG, Aufzug "
     "vorhanden, und bräuchten Hilfe beim Tragen und einen LKW.", (UMZ,)),
    ("Seniorenumzug: meine Oma zieht ins betreute Wohnen, es muss viel aussortiert und "
     "der Rest transportiert werden.", (UMZ,)),
    ("Hi, we're relocating from London to Frankfurt and need a company to unload and "
     "assemble our furniture at the new flat.", (UMZ, HAUS)),
    ("Hallo, die Klimaanlage im Büro tropft und riecht muffig, wir brauchen eine "
     "Wartung.", (KLIMA,)),
    ("Hi, we'd like to install air conditioning in two bedrooms of our top floor flat, "
     "it gets unbearably hot.", (KLIMA,)),
    ("Unser Internet im Obergeschoss ist sehr schlecht, wir möchten ein LAN-Kabel vom "
     "Keller hochziehen lassen.", (IT, ELEK)),
    ("Hallo, ich brauche ein Gerüst für die Fassade, ca. 150 qm, für 4 Wochen.",
     (GERUEST,)),
    ("Wir wollen die Kellerdecke dämmen lassen, damit es im Erdgeschoss wärmer wird, "
     "ca 80 qm.", (DAEMM,)),
    ("Hallo, wir möchten eine neue Küchenarbeitsplatte aus Granit, die alte ist aus "
     "Holz und aufgequollen.", (STEIN, TISCH)),
    ("Hallo, wir möchten einen Carport aus Holz bauen lassen, Doppelcarport mit "
     "Flachdach.", (ZIMM,)),
    ("Die Balken von unserem Fachwerkhaus sind außen an einigen Stellen morsch, was "
     "kann man da machen?", (ZIMM, SCHUTZ)),
    ("Hallo, unser Sofa ist durchgesessen und der Stoff zerrissen, neu beziehen "
     "möglich?", (RAUM,)),
    ("Bei uns ist die Garagentür verbogen und geht nicht mehr auf, so ein Schwingtor.",
     (FENST, METALL)),
    ("Hallo, unsere Spüle in der Küche ist verstopft, das Wasser steht und geht nur "
     "langsam runter, riecht auch schon.", (ROHR, SHK)),
    ("Wir hätten gerne einen Kostenvoranschlag für ein neues Badezimmer, alles raus, "
     "neue Fliesen, neue Dusche und WC, ca 7 qm.", (SHK, FLIES)),
    ("Hallo, mein Vater hat im Badezimmer Angst zu fallen, wir bräuchten Haltegriffe "
     "an der Wand und an der Toilette.", (SHK, HAUS)),
    ("Moin, nachdem der Dachdecker da war, ist bei uns die Decke im Schlafzimmer "
     "feucht geworden, da kommt wohl noch immer Wasser rein.", (DACH,)),
    ("Hello, our bathroom extractor fan has stopped working and the room gets really "
     "steamy.", (ELEK,)),
    ("Hallo, die Fugen zwischen den Pflastersteinen in der Einfahrt sind ausgewaschen "
     "und Unkraut wächst, neu verfugen bitte.", (PFLA, GART)),
    ("Unser Warmwasser riecht nach faulen Eiern, nur das warme, das kalte nicht.",
     (SHK,)),
]
