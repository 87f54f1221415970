"""Evaluation set for trade detection, tenth development batch: the usual mix of requests
(heating and water most often, then power, roof, painting, floors, windows), long and
short, written at the end of session 3 and tuned against. Same format and labels as
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
    PARK,
    REIN,
    ROHR,
    ROLL,
    SCHUTZ,
    SHK,
    STUCK,
    TISCH,
    TROCK,
    UMZ,
    ZIMM,
)

EMB = "elektromaschinenbauer"

DEV10: list[tuple[str, tuple[str, ...]]] = [
    ("Guten Morgen, unsere Gasheizung ist heute Nacht ausgegangen und springt nicht "
     "mehr an, auf dem Display blinkt ein Schraubenschlüssel. Wir haben zwei kleine "
     "Kinder.", (SHK,)),
    ("Hallo, im Bad tropft es aus dem Anschluss unter dem Waschtisch, ich habe einen "
     "Eimer drunter gestellt, aber es wird mehr.", (SHK,)),
    ("Hallo, unser Wasserzähler im Keller ist undicht, da kommt an der Verschraubung "
     "Wasser raus.", (SHK,)),
    ("Unser Boiler im Bad braucht ewig, bis das Wasser warm ist, und dann reicht es "
     "kaum für eine Dusche.", (SHK, ELEK)),
    ("Hallo, wir möchten einen zweiten Heizkörper im Wohnzimmer nachrüsten lassen, es "
     "wird einfach nicht warm genug.", (SHK,)),
    ("Guten Tag, wir möchten in unserem Bad die alte Badewanne gegen eine neue tauschen, "
     "Fliesen sollen möglichst bleiben.", (SHK,)),
    ("Die Toilette im Gäste-WC zieht nicht mehr richtig ab, das Wasser steigt erst "
     "hoch und läuft dann ganz langsam weg.", (ROHR, SHK)),
    ("Hallo, aus dem Gully im Hof kommt ein fürchterlicher Gestank und bei Regen "
     "läuft er über.", (ROHR,)),
    ("Hallo, bei uns geht in der Küche und im Esszimmer seit gestern kein Licht mehr, "
     "die Steckdosen gehen aber.", (ELEK,)),
    ("Guten Tag, wir brauchen einen neuen Zählerschrank, der Netzbetreiber hat "
     "geschrieben, dass der alte nicht mehr zulässig ist.", (ELEK,)),
    ("Hi, the power keeps cutting out in our bedroom when the heater is on, the rest "
     "of the flat is fine.", (ELEK,)),
    ("Hallo, unser Herd hat einen Kurzschluss, es hat geknallt und seitdem ist die "
     "Sicherung draußen.", (ELEK, EMB)),
    ("Hallo, bei uns hat es durch das Dach geregnet, in der Ecke vom Schlafzimmer ist "
     "die Decke nass und die Tapete wellt sich.", (DACH,)),
    ("Guten Tag, wir möchten unser Dach neu eindecken lassen und gleichzeitig dämmen, "
     "Satteldach, ca 160 qm.", (DACH,)),
    ("Hallo, an unserem Haus fehlen nach dem Sturm ein paar Firstziegel und eine "
     "Dachrinne ist verbogen.", (DACH, KLEMP)),
    ("Guten Tag, die Wände in unserem Wohnzimmer haben Risse und die Farbe ist "
     "vergilbt, wir möchten alles schön machen lassen, 30 qm.", (MALER, STUCK)),
    ("Hallo, wir möchten unser Haus außen neu streichen lassen, die Fassade ist grau "
     "und fleckig.", (MALER,)),
    ("Hallo, unsere Holzverkleidung am Balkon braucht einen neuen Anstrich, ca 20 qm.",
     (MALER,)),
    ("Hallo, wir haben im Flur Fliesen, die an zwei Stellen hohl klingen und eine hat "
     "einen Riss.", (FLIES,)),
    ("Hallo, wir möchten im Wohnzimmer Vinyl verlegen lassen, Fußbodenheizung ist "
     "vorhanden, 28 qm.", (BODEN,)),
    ("Guten Tag, unser Parkett hat an der Balkontür einen Wasserschaden, die Stäbe sind "
     "schwarz und lose.", (PARK, TROCK)),
    ("Hallo, unsere Fenster im Schlafzimmer schließen nicht mehr dicht, es pfeift, "
     "wenn Wind ist.", (FENST, TISCH)),
    ("Hallo, bei unserer Haustür ist die Glasscheibe gesprungen, wahrscheinlich vom "
     "Frost.", (GLAS,)),
    ("Hallo, die Tür zum Kinderzimmer lässt sich nicht mehr schließen, die Klinke "
     "hängt und das Schloss rastet nicht ein.", (TISCH, HAUS, METALL)),
    ("Hallo, wir suchen einen Schreiner für eine Küche nach Maß, offene Küche mit "
     "Insel.", (TISCH,)),
    ("Hallo, im Keller ist eine Wand feucht und der Putz bröckelt ab, es riecht muffig.",
     (SCHUTZ, TROCK, STUCK, MAUR)),
    ("Hallo, unser Rollladen in der Küche geht nur noch halb hoch, dann ist Schluss.",
     (ROLL,)),
    ("Hallo, mein Schlüssel ist abgebrochen, das Stück steckt im Schloss der "
     "Wohnungstür.", (METALL,)),
    ("Guten Tag, wir möchten unsere Hecke und zwei Obstbäume schneiden lassen.",
     (GART,)),
    ("Hallo, wir suchen eine Reinigungskraft für unsere Praxis, drei Mal pro Woche.",
     (REIN,)),
    ("Hallo, wir ziehen innerhalb der Stadt um und brauchen Hilfe beim Möbeltragen, "
     "Samstag.", (UMZ,)),
    ("Hallo, im Garten ist unser Holzschuppen zusammengebrochen, das Dach liegt drin.",
     (ZIMM, GART)),
    ("Hallo, die Decke im Bad hat Risse und bröckelt, vermutlich wegen Feuchtigkeit.",
     (STUCK, SCHUTZ, MALER)),
    ("Hallo, wir haben einen Riss quer über die Garagendecke, Beton, ca. 3 m lang.",
     (MAUR,)),
    ("Heizung aus, Wasser kalt, bitte heute", (SHK,)),
    ("Wasserhahn wackelt und tropft", (SHK,)),
    ("Sicherung raus, geht nicht mehr rein", (ELEK,)),
    ("Ziegel locker nach Sturm", (DACH,)),
    ("Decke streichen, Wohnzimmer", (MALER,)),
    ("Dusche undicht, Wasser läuft in die Wand", (SHK, FLIES)),
    ("Fenster klemmt, lässt sich nicht öffnen", (FENST, TISCH)),
    ("Laminat aufgequollen nach Wasserschaden", (BODEN, TROCK)),
    ("Hi, our boiler pressure keeps dropping and the heating goes off.", (SHK,)),
    ("Hi, water is dripping from the light fitting in our hallway.", (SHK, ELEK)),
    ("Hi, we need a new front door, the old one is warped and doesn't lock.",
     (FENST, TISCH)),
    ("Hi, could someone repaint our living room and fill a few cracks?",
     (MALER, STUCK)),
]
