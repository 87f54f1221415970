"""A second held-out set, written after the last change to the vocabulary and weights and
never used for tuning: the estimate for text nobody has tuned on. Same style and labels
as `eval_tuning.py`."""

from tests.trades.eval_labels import (
    BODEN,
    DACH,
    DAEMM,
    ELEK,
    FENST,
    FLIES,
    GART,
    GEB,
    GLAS,
    HAUS,
    IT,
    KLEMP,
    KLIMA,
    MALER,
    MAUR,
    METALL,
    OFEN,
    PFLA,
    RAD,
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

HELD_OUT_LATE: list[tuple[str, tuple[str, ...]]] = [
    ("Hallo, wir haben gestern beim Ausräumen des Kellers gesehen, dass an der "
     "Heizungsleitung eine grüne Stelle ist und es darunter feucht ist. Tropft ganz "
     "langsam.", (SHK,)),
    ("Guten Tag, ich bin 71 und kann die Gardinen nicht mehr selbst abnehmen und "
     "aufhängen, außerdem müssten die Fenster geputzt werden.", (REIN, GEB, HAUS)),
    ("Moin, bei uns in der Dachgeschosswohnung ist nach dem letzten Sturm ein nasser "
     "Fleck an der Schräge, direkt unter dem Dachfenster.", (DACH,)),
    ("Hi, we just moved in and the previous tenants took all the ceiling lights with "
     "them, so there are just wires hanging out of the ceiling in every room.", (ELEK,)),
    ("Hallo, die Wand in unserem Bad hinter dem Waschbecken ist aufgequollen und wenn "
     "man drückt gibt sie nach, ich vermute ein Leck in der Leitung.", (SHK, TROCK)),
    ("Guten Abend, die Außentreppe zu unserem Hauseingang ist total rutschig, die "
     "Fliesen sind glatt und teilweise locker, da muss was anderes drauf.", (FLIES,
     STEIN, PFLA)),
    ("Hallo, wir möchten in unserem Haus alle Heizkörper gegen neue tauschen lassen, "
     "es sind 9 Stück, die alten sind Rippenheizkörper.", (SHK,)),
    ("Bitte um Hilfe, unsere Spülmaschine zieht kein Wasser mehr und es zeigt E15, "
     "ich glaube unten steht Wasser in der Wanne.", (SHK, HAUS)),
    ("Hallo, unser Gartentor aus Holz schließt nicht mehr, es hängt durch und der "
     "Riegel passt nicht mehr. Kann man das richten?", (ZIMM, TISCH, METALL, GART)),
    ("Guten Tag, bei uns im Mehrfamilienhaus ist die Eingangstür kaputt, sie fällt "
     "nicht mehr ins Schloss und der Türschließer ölt.", (METALL, FENST, TISCH, HAUS)),
    ("Hallo, wir suchen jemanden, der in unserem Wohnzimmer eine Wand mit "
     "Steinoptik-Paneelen verkleidet, ca. 4 Meter.", (TISCH, STUCK, HAUS)),
    ("Hallo, unser Keller hat keine richtige Lüftung, es riecht muffig und an der "
     "Decke bildet sich Kondenswasser. Was kann man tun?", (SCHUTZ, TROCK, ELEK)),
    ("hey, bei mir ist die dunstabzugshaube von der wand gefallen, hängt nur noch am "
     "kabel, bitte wer kann das heute noch machen", (ELEK, HAUS, TISCH)),
    ("Moin, wir möchten einen Kaminofen anschließen lassen, der Schornstein hat einen "
     "zweiten Zug. Muss der Schornsteinfeger abnehmen?", (OFEN, SCHORN)),
    ("Hallo, unsere Balkonplatte ist an der Unterseite abgeplatzt, man sieht schon "
     "rostige Eisen. Haus von 1972.", (MAUR,)),
    ("Guten Tag, der Rasen hinterm Haus ist nur noch Moos und Unkraut, wir hätten gern "
     "neuen Rollrasen und eine Bewässerung.", (GART,)),
    ("Hi, the hot water in our flat takes ages to come through and then it's only "
     "warm for a few minutes. Shower is basically unusable.", (SHK,)),
    ("Hallo, ich möchte meine Küchenfronten neu lackieren oder folieren lassen, die "
     "Küche ist sonst noch gut.", (MALER, TISCH)),
    ("Liebe Leute, unsere Terrassentür aus Kunststoff hat einen Sprung in der "
     "Scheibe, von innen. Ist Dreifachverglasung.", (GLAS,)),
    ("Hallo, bei uns im Treppenhaus riecht es seit gestern verbrannt, wir haben "
     "festgestellt dass der Lichtautomat ganz heiß ist.", (ELEK,)),
    ("Guten Tag, ich bin Eigentümerin einer vermieteten Wohnung, die Mieter melden "
     "dass die Badewanne nicht abläuft und gluckert.", (ROHR, SHK)),
    ("Hallo zusammen, wir wollen im Garten ein Fundament für ein Gartenhaus gießen "
     "lassen, 3 x 4 Meter.", (MAUR,)),
    ("Hallo, die Holzverkleidung an unserem Giebel ist grau und stellenweise morsch, "
     "die müsste erneuert werden.", (ZIMM, TISCH, DACH)),
    ("Hallo, unsere Kinder haben die Tapete im Kinderzimmer angemalt und teilweise "
     "abgerissen, wir brauchen neue Tapete.", (MALER,)),
    ("Servus, i hob a Problem mit meim Kachelofen, der zieht ned gscheit und "
     "d'Kacheln san locker.", (OFEN, SCHORN)),
    ("Hallo, wir bräuchten jemanden, der unsere Wohnung nach dem Auszug besenrein "
     "macht und den Sperrmüll entsorgt.", (REIN, UMZ, HAUS)),
    ("Hi, we're looking for someone to put up a fence between our garden and the "
     "neighbours', around 12 metres, wooden panels.", (ZIMM, GART, TISCH, METALL)),
    ("Hallo, bei uns kommt bei Starkregen Wasser durch die Kellerfenster, die "
     "Lichtschächte laufen voll.", (ROHR, SCHUTZ, FENST, MAUR)),
    ("Guten Tag, wir haben in der Küche einen Hängeschrank, der sich von der Wand "
     "löst, die Dübel sind rausgerissen.", (HAUS, TISCH)),
    ("Hallo, ich brauche eine neue Tür für mein Badezimmer, die alte ist unten "
     "aufgequollen. Maße 73,5 x 198.", (TISCH, FENST)),
    ("Moin, die Markise über unserer Terrasse ist beim Sturm abgerissen, der Stoff "
     "ist zerfetzt und ein Arm verbogen.", (ROLL,)),
    ("Hallo, in meinem Schlafzimmer ist die Heizung immer kalt, in den anderen "
     "Zimmern geht sie. Das Ventil habe ich schon gängig gemacht.", (SHK,)),
    ("Guten Tag, wir möchten unseren Dachboden begehbar machen und brauchen dafür "
     "eine neue Bodentreppe und Dämmung.", (TISCH, ZIMM, DAEMM)),
    ("Hi, I accidentally drilled into a cable in the wall while hanging a picture and "
     "now half the flat has no power.", (ELEK,)),
    ("Hallo, ich suche einen Fachmann, der mein altes Ledersofa neu aufpolstert, die "
     "Sitzfläche ist durch.", (RAUM,)),
    ("Hallo, unsere Regenwassertonne ist übergelaufen und jetzt ist die Wand an der "
     "Garage unten nass und der Putz platzt ab.", (STUCK, MAUR, SCHUTZ)),
    ("Guten Tag, ich brauche eine neue Steckdose für die Waschmaschine im Keller, "
     "aktuell läuft sie über ein Verlängerungskabel.", (ELEK,)),
    ("Hallo, wir haben einen Wasserschaden durch die Spülmaschine gehabt, das "
     "Laminat muss raus und der Estrich getrocknet werden.", (TROCK, BODEN)),
    ("Hallo, bei uns geht die Klingel nicht, wenn man drückt passiert nichts, "
     "Batterie hat sie keine.", (ELEK,)),
    ("Hallo, unsere Dachrinne ist beim letzten Schnee abgerissen und hängt jetzt vor "
     "dem Küchenfenster.", (DACH, KLEMP)),
    ("Guten Tag, der Fußboden in unserem Flur ist aus alten Fliesen, die wollen wir "
     "nicht rausreißen, sondern mit Vinyl überdecken.", (BODEN,)),
    ("Hallo, unser Sohn hat im Bad die Armatur abgerissen, jetzt spritzt es aus der "
     "Wand, Hauptwasser ist zu.", (SHK,)),
    ("Hi, our building has no intercom and the delivery guys can never get in, can "
     "someone install a doorbell with a speaker for our flat?", (ELEK,)),
    ("Moin, das Pflaster auf unserem Hof ist an mehreren Stellen abgesackt, da steht "
     "jetzt immer Wasser.", (PFLA,)),
    ("Hallo, wir wollen den Wintergarten neu abdichten lassen, an den Glasdach-"
     "Profilen tropft es bei Regen durch.", (GLAS, METALL, DACH)),
    ("Guten Tag, wir planen einen Pool im Garten, etwa 6 x 3 m, und brauchen jemanden "
     "für den Aushub und die Technik.", (GART, MAUR, SHK)),
    ("Hallo, ich suche einen Elektriker, der unseren alten Sicherungskasten auf "
     "Automaten umbaut.", (ELEK,)),
    ("Hallo, der Wasserhahn im Garten lässt sich nicht mehr zudrehen, es läuft die "
     "ganze Zeit.", (SHK,)),
    ("Hallo, bei uns ist das Fenster im Bad undicht, Kondenswasser läuft runter und "
     "die Fensterbank ist schon schwarz.", (FENST, TISCH, SCHUTZ, GLAS)),
    ("Hi, my bicycle was stolen but they left the lock and broke the back wheel, "
     "I'd like to get the wheel rebuilt.", (RAD,)),
    ("Hallo, unsere Klimaanlage macht komische Geräusche und riecht muffig, wenn sie "
     "angeht, Wartung war nie.", (KLIMA,)),
    ("Guten Tag, ich benötige ein Angebot für die Reinigung von Teppichen und "
     "Polstermöbeln in unserem Büro.", (REIN, GEB, "teppichreiniger")),
    ("Moin, die Schornsteinabdeckung ist bei uns lose und klappert bei Wind, die "
     "Bleche sind verbogen.", (KLEMP, DACH, SCHORN)),
    ("Hallo, mein Fernseher hat kein Bild mehr über Satellit, nur noch Streaming "
     "geht, die Schüssel sieht okay aus.", (IT,)),
    ("Hallo, wir möchten die Treppe im Haus mit Teppich belegen lassen, 16 Stufen, "
     "gerade Treppe.", (BODEN, RAUM)),
    ("Guten Tag, unsere Hauswand hat einen Riss vom Fenster bis zum Boden, außen "
     "sieht man ihn im Putz.", (MAUR, STUCK)),
    ("Hallo, ich möchte in meinem Bad die alte Wanne gegen eine Dusche tauschen, "
     "Anschlüsse sind vorhanden.", (SHK,)),
    ("Hallo, unser Rolltor an der Garage ist elektrisch und reagiert nicht mehr auf "
     "die Fernbedienung, manuell geht es schwer.", (METALL, ROLL, ELEK, FENST)),
    ("Hallo, bei uns muss ein Baum in der Nähe der Stromleitung gefällt werden, "
     "Fichte, ca 15 m.", (GART,)),
    ("Guten Tag, wir möchten unsere Holzterrasse streichen bzw. ölen lassen, ca 40 qm, "
     "das Holz ist grau geworden.", (MALER, ZIMM)),
    ("Hallo, in unserer Dusche sind die Fugen ausgewaschen und eine Fliese ist "
     "gesprungen, dahinter ist es feucht.", (FLIES, SHK)),
    ("Hallo, unsere Heizung verliert ständig Druck und wir müssen alle paar Tage "
     "nachfüllen.", (SHK,)),
]
