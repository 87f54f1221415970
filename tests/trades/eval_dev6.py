"""Evaluation set for trade detection, sixth development batch: less common jobs
(Treppenlift, Hebeanlage, Taubenschutz, Schallschutz, Wintergarten, Sauna), formal
letters from property managers and businesses, and older people's wording; written in
session 3 and tuned against. Same format and labels as `eval_held_out.py`."""

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
    PARK,
    PFLA,
    REIN,
    ROHR,
    ROLL,
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
BRUNN = "brunnenbauer"
TANK = "tankschutz"

DEV6: list[tuple[str, tuple[str, ...]]] = [
    ("Sehr geehrte Damen und Herren, in unserer Wohnanlage (24 Einheiten) ist die "
     "Hebeanlage im Keller ausgefallen, das Abwasser staut sich bereits. Wir bitten um "
     "kurzfristige Hilfe.", (SHK, ROHR)),
    ("Sehr geehrte Damen und Herren, für unser Mehrfamilienhaus ist die jährliche "
     "Legionellenprüfung fällig, bitte senden Sie uns ein Angebot.", (SHK,)),
    ("Guten Tag, in unserem Büro ist die Teeküche seit heute ohne Wasser, der "
     "Eckventil unter der Spüle tropft und wir haben es zugedreht.", (SHK,)),
    ("Hallo, wir möchten unser Regenwasser in einer Zisterne sammeln und damit die "
     "Toiletten spülen, Neubau, wer plant das?", (SHK, GART)),
    ("Guten Tag, unser alter Öltank im Keller soll stillgelegt und entsorgt werden, "
     "wir heizen jetzt mit Wärmepumpe.", (TANK, SHK)),
    ("Hallo, unsere Brunnenpumpe im Garten läuft, fördert aber kein Wasser mehr.",
     (BRUNN, GART, SHK)),
    ("Sehr geehrte Damen und Herren, auf dem Flachdach unseres Gewerbegebäudes steht "
     "nach Regen das Wasser, die Dachabläufe scheinen verstopft.", (DACH, ROHR, KLEMP)),
    ("Hallo, auf unserem Dach nisten Tauben unter den Solarmodulen, alles ist voller "
     "Kot. Wer bringt ein Taubenschutzgitter an?", (DACH, ELEK, HAUS)),
    ("Guten Tag, wir möchten auf der Garage ein Gründach anlegen lassen, ca. 30 qm.",
     (DACH, GART)),
    ("Hallo, unser Schneefang ist abgebrochen und bei Tauwetter rutschen Dachlawinen "
     "auf den Gehweg.", (DACH, KLEMP)),
    ("Guten Tag, ich bin 78 und komme die Treppe nicht mehr hoch. Wer baut einen "
     "Treppenlift ein und was kostet das?", (HAUS, ELEK, METALL)),
    ("Hallo, wir möchten eine Alarmanlage und Außenkameras für unser Haus, mit App.",
     (IT, ELEK)),
    ("Guten Tag, unser Garagentorantrieb reagiert nicht mehr auf die Handsender, das "
     "Tor selbst ist in Ordnung.", (ELEK, FENST, METALL)),
    ("Hallo, bei uns im Flur ist der Lichtschalter aus der Wand gebrochen und hängt an "
     "den Drähten.", (ELEK,)),
    ("Sehr geehrte Damen und Herren, wir benötigen für unsere Arztpraxis die "
     "Prüfung der ortsveränderlichen Geräte.", (ELEK,)),
    ("Hallo, unsere Sauna im Keller heizt nicht mehr, der Ofen bleibt kalt, das "
     "Steuergerät zeigt nichts an.", (ELEK,)),
    ("Guten Tag, der Backofen und das Kochfeld sind beide gleichzeitig ausgefallen, "
     "die Uhr am Ofen geht aber noch.", (ELEK, EMB)),
    ("Hallo, wir hätten gern die Wohnung meiner Mutter nach ihrem Auszug ins Heim "
     "gestrichen, damit wir sie vermieten können.", (MALER,)),
    ("Guten Tag, an unserer Hauswand hat jemand Graffiti gesprüht, wir möchten es "
     "entfernen lassen, Klinkerfassade.", (GEB, MALER, MAUR)),
    ("Hallo, die Holzdecke im Wohnzimmer ist sehr dunkel, wir möchten sie weiß "
     "lasieren lassen.", (MALER,)),
    ("Hallo, die Fliesen am Pool sind teilweise abgefallen, das Becken ist leer.",
     (FLIES, GART)),
    ("Guten Tag, im Treppenhaus unseres Hauses sind mehrere Natursteinstufen "
     "gebrochen und wackeln.", (STEIN, MAUR, FLIES)),
    ("Hallo, unser Wintergarten ist undicht, bei Regen läuft Wasser an den Profilen "
     "innen runter.", (GLAS, METALL, DACH, FENST)),
    ("Hallo, wir möchten ein Vordach über der Haustür aus Glas und Edelstahl.",
     (METALL, GLAS)),
    ("Guten Tag, wir brauchen für unsere Kinder eine Treppenschutztür und ein Gitter "
     "am Fenster im Obergeschoss.", (METALL, TISCH, HAUS)),
    ("Hallo, wir möchten einen Türspion und eine Sicherheitskette an der "
     "Wohnungstür.", (METALL, HAUS, TISCH)),
    ("Sehr geehrte Damen und Herren, die Briefkastenanlage in unserem Mehrfamilienhaus "
     "ist defekt, mehrere Klappen schließen nicht.", (METALL, HAUS)),
    ("Guten Tag, die Trittschalldämmung zwischen unseren Wohnungen ist schlecht, die "
     "Nachbarn unten hören jeden Schritt. Was kann man tun?", (BODEN, DAEMM, PARK)),
    ("Hallo, im Homeoffice hallt es furchtbar, wir hätten gern eine Akustikdecke oder "
     "Akustikpaneele.", (STUCK, TISCH)),
    ("Hallo, die Treppe im Haus ist mit Teppich belegt, darunter ist Holz, wir möchten "
     "die Stufen renovieren lassen.", (TISCH, PARK, BODEN)),
    ("Guten Tag, unser Parkett hat im Eingang eine abgelaufene Stelle, kann man das "
     "ausbessern ohne alles zu schleifen?", (PARK,)),
    ("Hallo, wir möchten den Hang hinter unserem Haus mit Palisaden oder einer Mauer "
     "abfangen lassen, er rutscht ab.", (GART, MAUR, PFLA)),
    ("Guten Tag, unser Gartenteich ist undicht und die Folie muss erneuert werden, ca. "
     "15 qm.", (GART,)),
    ("Hallo, wir haben einen Maulwurf im Garten und der Rasen ist komplett kaputt, wer "
     "kann den Rasen neu anlegen?", (GART,)),
    ("Hallo, wir haben einen Balkon im 2. OG, der Belag ist kaputt und darunter ist der "
     "Beton feucht, der Nachbar unten hat Flecken an der Decke.", (FLIES, MAUR, SCHUTZ,
                                                                   DACH)),
    ("Guten Tag, an unserem Altbau sind die Gesimse an der Fassade brüchig, teilweise "
     "fallen Stücke herunter.", (STUCK, MAUR)),
    ("Hallo, wir möchten unsere Wohnung schalldämmen, die Wand zum Nachbarn ist sehr "
     "hellhörig.", (STUCK, DAEMM)),
    ("Guten Tag, im Keller ist eine Wand feucht und es riecht nach Schimmel, wir haben "
     "schon einen Luftentfeuchter, hilft nicht.", (SCHUTZ, TROCK)),
    ("Hallo, nach einem Brand in der Küche ist alles verrußt, wer macht Brandsanierung "
     "und Reinigung?", (REIN, GEB, MALER, TROCK)),
    ("Guten Tag, unsere Dachfenster bräuchten außen Hitzeschutz-Markisen, drei Stück.",
     (ROLL,)),
    ("Hallo, die Lamellen unserer Außenjalousie sind verbogen und sie fährt schief.",
     (ROLL,)),
    ("Sehr geehrte Damen und Herren, wir suchen für unser Bürogebäude einen "
     "Reinigungsdienst für die Glasfassade, zweimal jährlich.", (GEB, REIN)),
    ("Hallo, wir brauchen eine Grundreinigung für unsere Ferienwohnung vor der Saison, "
     "auch Polster und Teppiche.", (REIN,)),
    ("Guten Tag, wir ziehen mit unserer Firma um, 20 Arbeitsplätze, Server und Archiv.",
     (UMZ,)),
    ("Hallo, wir möchten in unserem Serverraum eine Klimatisierung, die Geräte werden "
     "zu heiß.", (KLIMA,)),
    ("Guten Tag, wir möchten unsere Kellerdecke von unten dämmen lassen, die Böden im "
     "Erdgeschoss sind immer kalt.", (DAEMM,)),
    ("Hallo, wir möchten unseren Dachstuhl verstärken lassen, weil wir eine "
     "Photovoltaikanlage planen und der Statiker Bedenken hat.", (ZIMM, DACH)),
    ("Hallo, die Sockelleisten lösen sich überall, und an der Küche fehlt ein Stück.",
     (BODEN, TISCH, HAUS)),
    ("Guten Tag, wir benötigen eine Dichtheitsprüfung unserer Abwasserleitung für die "
     "Gemeinde.", (ROHR,)),
    ("Hallo, im Bad ist der Abfluss der Badewanne undicht, unten beim Nachbarn tropft es "
     "an der Decke.", (SHK, ROHR)),
    ("Hallo, die Regenrinne an der Garage ist aus Kunststoff und gebrochen.",
     (DACH, KLEMP)),
    ("Hallo, unsere Dachgaube ist undicht, das Blech an der Seite ist lose.",
     (DACH, KLEMP, ZIMM)),
]
