"""Evaluation set for trade detection, eighth development batch: written last in
session 3 as a mixed sample (every style, every common trade) to read the state of the
detection on unseen text once more before the session ended. Same format and labels as
`eval_held_out.py`."""

from tests.trades.eval_labels import (
    BODEN,
    DACH,
    DAEMM,
    ELEK,
    FENST,
    FLIES,
    GART,
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
    STUCK,
    TISCH,
    TROCK,
    UMZ,
    ZIMM,
)

EMB = "elektromaschinenbauer"

DEV8: list[tuple[str, tuple[str, ...]]] = [
    ("Hallo, ich wohne im dritten Stock und seit heute früh kommt aus keinem Hahn mehr "
     "warmes Wasser, kaltes geht. Die Nachbarn haben warmes Wasser.", (SHK,)),
    ("Guten Tag, wir wollen in unserer Küche die Spüle an eine andere Wand versetzen, "
     "dafür müssen Wasser und Abfluss verlegt werden.", (SHK,)),
    ("Moin, beim Duschen läuft das Wasser nicht mehr ab und aus dem Waschbecken kommt "
     "ein Gluckern, beides im gleichen Bad.", (ROHR, SHK)),
    ("Hallo, unser Heizkörper im Wohnzimmer hat unten eine nasse Stelle am Ventil und "
     "auf dem Parkett ist schon ein Fleck.", (SHK,)),
    ("Servus, unsa Dachrinna is voller Laub und s'Wasser rinnt über d'Hauswand obe.",
     (DACH, KLEMP, HAUS)),
    ("Hallo, bei uns hat der Sturm ein paar Dachziegel verschoben, man sieht vom Garten "
     "aus Lücken, innen ist noch alles trocken.", (DACH,)),
    ("Guten Tag, unser Carportdach aus Wellplatten ist undicht und ein paar Platten "
     "sind gebrochen.", (DACH, ZIMM)),
    ("Hi, the skylight in our bathroom leaks when it rains heavily, water runs down the "
     "tiles.", (DACH, FENST)),
    ("Hallo, wenn ich die Kaffeemaschine und den Toaster gleichzeitig anmache, ist in "
     "der Küche alles aus. Das nervt.", (ELEK,)),
    ("Guten Tag, wir möchten in jedem Zimmer Netzwerkdosen und Steckdosen nachrüsten "
     "lassen, Altbau, Wände sind aus Ziegel.", (ELEK, IT)),
    ("Hallo, an der Haustür geht das Licht nicht mehr an, der Bewegungsmelder blinkt "
     "nur rot.", (ELEK,)),
    ("Hi, the oven door glass shattered while baking, is it safe to replace it?",
     (ELEK, EMB, GLAS)),
    ("Hallo, im Treppenhaus unseres Mehrfamilienhauses blättert die Farbe von den "
     "Wänden und am Geländer ist der Lack ab.", (MALER,)),
    ("Guten Tag, wir wollen unser Wohnzimmer mit einer Tapete mit Muster tapezieren "
     "lassen, eine Wand, 4 Meter.", (MALER,)),
    ("Hallo, ich hätte gerne einen Kostenvoranschlag für das Lackieren von 12 "
     "Holzfenstern von außen.", (MALER, TISCH)),
    ("Hallo, in der Dusche ist eine Fliese gesprungen und das Wasser läuft dahinter, "
     "der Nachbar unten hat schon einen Fleck.", (FLIES, SHK)),
    ("Guten Tag, wir möchten auf unserem Balkon neue Fliesen, frostsicher, ca 6 qm.",
     (FLIES,)),
    ("Hallo, unsere Fenster im Erdgeschoss sind alt und unsicher, wir möchten neue mit "
     "abschließbaren Griffen und Pilzkopfverriegelung.", (FENST, TISCH)),
    ("Guten Tag, die Glasscheibe in unserer Duschabtrennung ist geplatzt, überall "
     "Scherben.", (GLAS,)),
    ("Hallo, unsere Innentüren sind alt und dunkel, wir möchten neue weiße Türen mit "
     "Zargen, 7 Stück.", (TISCH, FENST)),
    ("Guten Tag, an unserem Esstisch aus Eiche ist die Platte gerissen, kann ein "
     "Schreiner das reparieren?", (TISCH,)),
    ("Hallo, der PVC-Boden in der Küche ist an mehreren Stellen eingerissen, wir "
     "möchten Vinyl.", (BODEN,)),
    ("Hi, our wooden floor has a dark water stain near the window and some boards are "
     "cupped.", (PARK, BODEN)),
    ("Hallo, hinter dem Haus wächst die Hecke in den Weg und der Rasen ist ein Acker, "
     "wer macht das einmal ordentlich?", (GART,)),
    ("Guten Tag, wir haben einen kranken Baum, eine Kastanie, die Äste fallen schon "
     "ab. Muss die gefällt werden?", (GART,)),
    ("Hallo, wir möchten den Weg zur Haustür neu pflastern lassen, ca 15 qm, und eine "
     "Stufe anpassen.", (PFLA,)),
    ("Guten Tag, an unserer Garage ist die Wand hinten gerissen und das Fundament "
     "scheint abgesackt zu sein.", (MAUR,)),
    ("Hallo, im Keller möchten wir eine Wand einziehen, gemauert, damit wir einen "
     "Vorratsraum haben.", (MAUR, STUCK)),
    ("Hallo, im Wohnzimmer ist die Decke voller feiner Risse und an einer Stelle hat "
     "sich der Putz gelöst.", (STUCK, MALER)),
    ("Hallo, in der Küche hinter den Schränken ist Schimmel an der Wand, wir haben es "
     "beim Umbau entdeckt.", (SCHUTZ, MALER)),
    ("Guten Tag, unser Keller ist nach einem Rohrbruch nass, der Estrich muss "
     "getrocknet werden.", (TROCK,)),
    ("Hallo, der Rollladen im Bad geht nicht mehr hoch, der Gurt ist aufgerollt und "
     "bewegt sich nicht.", (ROLL,)),
    ("Guten Tag, wir möchten an unseren Dachfenstern elektrische Rollläden nachrüsten.",
     (ROLL, DACH)),
    ("Hallo, wir haben uns ausgesperrt, die Tür ist zu und der Schlüssel steckt innen, "
     "bitte schnell!", (METALL,)),
    ("Guten Tag, wir möchten einen Zaun aus Edelstahl mit Tor an der Straßenseite, "
     "ca 15 m.", (METALL,)),
    ("Hallo, unser Schornstein ist oben am Kopf rissig und es bröckeln Steine ab.",
     (MAUR, SCHORN, DACH)),
    ("Guten Tag, wir möchten einen Kaminofen einbauen lassen, der Schornstein ist "
     "vorhanden, wer macht beides?", (OFEN, SCHORN)),
    ("Hallo, wir suchen jemanden für eine Grundreinigung nach dem Auszug der Mieter, "
     "3 Zimmer, Küche, Bad.", (REIN,)),
    ("Guten Tag, wir ziehen ins Ausland und müssen die Wohnung komplett räumen, ein "
     "Teil geht ins Lager.", (UMZ,)),
    ("Hallo, unsere Klimaanlage im Dachgeschoss riecht muffig und tropft.", (KLIMA,)),
    ("Guten Tag, wir möchten unsere Fassade dämmen und neu verputzen lassen, "
     "Einfamilienhaus.", (DAEMM, STUCK)),
    ("Hallo, das Holz an unserer Pergola ist morsch, die Pfosten wackeln.",
     (ZIMM, TISCH, GART)),
    ("Guten Tag, ich suche jemanden, der mein Sofa neu polstert, ein Erbstück.",
     (RAUM,)),
    ("Hallo, ich bräuchte Hilfe beim Aufbau von zwei Schränken und einem Bett.",
     (HAUS, TISCH, UMZ)),
    ("Hallo, wir haben im Bad einen Wasserschaden, die Fliesen sind locker und die "
     "Wand dahinter ist nass, wir vermuten die Leitung.", (SHK, TROCK, FLIES)),
    ("Dachfenster tropft, Rollo außen kaputt", (DACH, ROLL, FENST)),
    ("Herd zeigt Fehler, Kochfeld geht nicht", (ELEK, EMB)),
    ("Tapete löst sich an der Decke", (MALER,)),
    ("Haustür schließt nicht mehr", (TISCH, FENST, METALL)),
    ("Waschbecken abgebrochen, Wasser abgedreht", (SHK,)),
    ("Hi, the grout in our shower is black and crumbling.", (FLIES,)),
    ("Hi, we need someone to clear our gutters and fix a downpipe.", (DACH, KLEMP)),
    ("Hi, a pipe under our kitchen sink is leaking.", (SHK,)),
    ("Hi, there's condensation and mould on all our windows every morning.",
     (SCHUTZ, FENST)),
    ("Hi, we want our kitchen cabinets painted white.", (MALER, TISCH)),
]
