"""Evaluation set for trade detection, development: written in session 3 to find missing
words and phrasings by class (each trade's faults told in many ways, dialect, typos,
English), and tuned against. Same format and labels as `eval_held_out.py`."""

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

DEV: list[tuple[str, tuple[str, ...]]] = [
    ("Heizung bleibt kalt obwohl das Thermostat auf 5 steht, Nachbarn haben warm", (SHK,)),
    ("bei uns kommt aus dem Hahn nur braunes Wasser seit heute früh", (SHK,)),
    ("Moin, unser Heizungskeller ist voll Wasser, da leckt irgendwas am Ausdehnungsgefäß",
     (SHK,)),
    ("Die Toilette wackelt und unten am Sockel kommt Wasser raus wenn man spült", (SHK,)),
    ("Hallo, wir wollen ein Waschbecken im Gästeklo nachrüsten lassen, Wasser ist in der "
     "Wand nebenan.", (SHK,)),
    ("Heizungswartung fällig, Gasbrennwertgerät, letzte Wartung 2021", (SHK,)),
    ("Griaß eich, unsa Bodler im Bad is hi, kimmt koa warms Wasser mehr", (SHK,)),
    ("Hi, there's water dripping from the ceiling under our upstairs bathroom every time "
     "someone showers.", (SHK, FLIES)),
    ("Our boiler is making a loud banging noise and the pressure gauge keeps going into "
     "the red.", (SHK,)),
    ("Hallo, der Druck von der Heizung fällt ständig ab, ich muss jede Woche Wasser "
     "nachfüllen, irgendwo muss ein Leck sein.", (SHK,)),
    ("Spüle in der Küche tropft unten am Siphon, Eimer steht drunter", (SHK, ROHR)),
    ("Gäste-WC verstopft, Wasser steigt bis zum Rand", (ROHR, SHK)),
    ("Es stinkt aus allen Abflüssen im Erdgeschoss nach Kloake", (ROHR, SHK)),
    ("The toilet won't flush properly and the water level in the bowl rises slowly",
     (ROHR, SHK)),
    ("Hallo, der Ablauf vom Balkon ist dicht, das Wasser steht 3 cm hoch.", (ROHR, DACH,
     KLEMP, HAUS)),
    ("Dach undicht!!! Es tropft ins Schlafzimmer, Eimer stehen schon", (DACH,)),
    ("Hallo, bei uns hat der Wind ein paar Dachpfannen runtergeholt, die liegen im "
     "Garten.", (DACH,)),
    ("Wir möchten auf unser Garagendach eine neue Abdichtung, das alte ist rissig.",
     (DACH,)),
    ("Kann man Dachziegel einzeln tauschen? Zwei sind gesprungen, ich sehe das vom "
     "Fenster aus.", (DACH,)),
    ("Hello, water is coming through the ceiling in the top floor bedroom after heavy "
     "rain, we think it's the roof.", (DACH,)),
    ("Regenrinne hängt durch, die Halterungen sind verbogen", (DACH, KLEMP)),
    ("Moos auf dem Dach entfernen und Dach reinigen lassen, Einfamilienhaus", (DACH, GEB)),
    ("Strom weg in der Küche und im Bad, rest geht", (ELEK,)),
    ("Es riecht verbrannt aus dem Sicherungskasten und er ist warm", (ELEK,)),
    ("Hallo, wir brauchen mehr Steckdosen in der Küche, nur 2 über der Arbeitsplatte.",
     (ELEK,)),
    ("Lampe im Treppenhaus geht nicht mehr, Birne ist neu", (ELEK, HAUS)),
    ("Hi, the fuse keeps blowing whenever we use the kettle and the toaster together.",
     (ELEK,)),
    ("Wir brauchen einen Zählerschrank-Umbau, der Netzbetreiber will den neuen Zähler "
     "nicht sonst einbauen.", (ELEK,)),
    ("Hallo, ich hätte gern Außensteckdosen und eine Beleuchtung für die Einfahrt mit "
     "Bewegungsmelder.", (ELEK,)),
    ("Unser Herd ist neu und muss angeschlossen werden, die Dose ist schon da", (ELEK,)),
    ("Die Spülmaschine zeigt E24 und das Wasser bleibt unten drin stehen", (ELEK, EMB,
     SHK, ROHR)),
    ("Hallo, unser Gefrierschrank piept und wird nicht mehr kalt, die Sachen tauen auf.",
     (ELEK, EMB, KLIMA)),
    ("Wände und Decken in 4 Zimmern weiß streichen, Möbel sind draußen", (MALER,)),
    ("Hallo, wir möchten unser Treppenhaus im Einfamilienhaus neu machen lassen, "
     "Wände und das Holzgeländer lackieren.", (MALER,)),
    ("Hi, we need a painter for our hallway and stairwell, the walls are very scuffed.",
     (MALER,)),
    ("Unsere Fensterläden aus Holz müssten neu gestrichen werden, sind ca. 12 Stück",
     (MALER, TISCH)),
    ("Raufaser runter, glatt spachteln und streichen, Wohnzimmer 25 qm", (MALER, STUCK)),
    ("Die Badfliesen sind alt und hässlich, kann man die überkleben oder streichen oder "
     "müssen neue rein?", (FLIES, MALER)),
    ("Fliesen im Bad komplett erneuern, Boden und Wände bis 1,20 m", (FLIES,)),
    ("Hi, a few tiles fell off the wall behind our kitchen sink, need them put back and "
     "grouted.", (FLIES,)),
    ("Hallo, der Fliesenboden auf der Terrasse hebt sich an mehreren Stellen und klingt "
     "hohl.", (FLIES,)),
    ("Fensterdichtungen alle porös, es zieht wie Hechtsuppe", (FENST, TISCH)),
    ("Hallo, die Haustür geht schwer zu und der Schlüssel dreht sich nur mit Kraft, "
     "vielleicht hat sie sich gesenkt.", (FENST, TISCH, METALL)),
    ("Wir hätten gerne ein Angebot für 5 neue Fenster mit Dreifachverglasung und "
     "Rollläden.", (FENST, ROLL, GLAS, TISCH)),
    ("Hi, our sliding patio door came off its track and now we can't close it at all.",
     (FENST, TISCH)),
    ("Kippfenster im Bad lässt sich nicht mehr kippen, Griff dreht leer", (FENST, TISCH)),
    ("Scheibe im Küchenfenster hat einen Riss quer durch", (GLAS,)),
    ("Hallo, im Treppenhaus ist eine Glasscheibe in der Tür zerbrochen, Kinder haben "
     "Fußball gespielt.", (GLAS,)),
    ("Spiegel für das Bad nach Maß, 160 x 80, mit Ausschnitt für die Steckdose",
     (GLAS,)),
    ("Hallo, wir möchten ein Bett für unser Kinderzimmer nach Maß bauen lassen, "
     "Hochbett mit Schrank darunter.", (TISCH,)),
    ("Die Arbeitsplatte in der Küche ist am Spülbecken aufgequollen und muss getauscht "
     "werden", (TISCH, HAUS)),
    ("Schiebetürenschrank in der Nische, 2,40 breit, bis unter die Decke", (TISCH,)),
    ("Hi, the kitchen cupboard doors are hanging crooked and one hinge is broken.",
     (TISCH, HAUS)),
    ("Hallo, wir wollen Laminat im Schlafzimmer verlegen lassen, 18 qm, Laminat ist "
     "gekauft.", (BODEN,)),
    ("Vinylboden löst sich an den Stößen und die Fugen gehen auf", (BODEN,)),
    ("Hi, could someone lay new carpet in our two bedrooms and on the stairs?",
     (BODEN, RAUM)),
    ("Altes Parkett aus den 60ern, Fischgrät, soll wieder schön werden", (PARK,)),
    ("Hallo, der Estrich im Keller hat Risse und ist stellenweise hohl, darauf soll "
     "Fliesen.", (ESTR, FLIES)),
    ("Rasen ist voller Moos und gelb, bitte vertikutieren und nachsäen", (GART,)),
    ("Hallo, die Hecke zum Nachbarn muss dringend geschnitten werden, er droht mit dem "
     "Anwalt.", (GART,)),
    ("Hi, we have a big tree in the back garden that is leaning towards the house "
     "after the storm.", (GART,)),
    ("Gartenpflege für ältere Dame gesucht, Unkraut jäten und Beete sauber halten",
     (GART, HAUS)),
    ("Wir möchten einen Teich anlegen lassen mit Bachlauf", (GART,)),
    ("Wurzeln vom Baum haben die Terrassenplatten hochgedrückt", (GART, PFLA)),
    ("Hallo, unser Hof ist gepflastert und zwischen den Steinen wächst Gras, die Steine "
     "sind auch teilweise locker.", (PFLA, GART)),
    ("Hi, we'd like our driveway re-paved, it's cracked and has potholes.", (PFLA,)),
    ("Neue Einfahrt pflastern lassen, 60 qm, mit Unterbau", (PFLA,)),
    ("Hallo, wir brauchen jemanden, der uns eine Öffnung in die Wand macht für einen "
     "Durchgang, Altbau.", (MAUR,)),
    ("Risse in der Fassade, ziehen sich vom Fenster schräg nach unten", (MAUR, STUCK)),
    ("Mauer am Grundstück ist schief und droht umzufallen", (MAUR, GART)),
    ("Hallo, unsere Kellertreppe aus Beton ist an den Kanten abgebrochen", (MAUR,)),
    ("Putz im Treppenhaus hat Löcher und Risse, vor dem Streichen ausbessern", (STUCK,
     MALER)),
    ("Hallo, wir wollen den Dachboden ausbauen und brauchen jemanden für Rigips und "
     "Spachteln.", (STUCK, ZIMM)),
    ("Decke im Bad abhängen und Spots rein", (STUCK, ELEK)),
    ("Hi, there are huge cracks in the walls after the building next door was "
     "demolished.", (MAUR, STUCK)),
    ("Schimmel im Schlafzimmer an der Außenwand hinter dem Bett", (SCHUTZ, MALER, TROCK)),
    ("Hallo, im Keller ist die Wand unten immer nass und der Putz fällt ab.", (SCHUTZ,
     STUCK, MAUR, TROCK)),
    ("Hi, our bathroom ceiling has black spots that come back no matter how often we "
     "clean them.", (SCHUTZ, MALER)),
    ("Wasserschaden: Waschmaschinenschlauch geplatzt, Küche stand unter Wasser, Boden "
     "nass", (TROCK, SHK, BODEN)),
    ("Rollladen klemmt auf halber Höhe, Gurt lässt sich nicht ziehen", (ROLL,)),
    ("Die Jalousien im Büro hängen schief und eine lässt sich nicht mehr drehen",
     (ROLL,)),
    ("Hallo, wir möchten unsere Rollläden auf Motor umrüsten lassen, 8 Stück", (ROLL,
     ELEK)),
    ("Hi, the awning fabric is torn and faded, can it be replaced?", (ROLL, RAUM)),
    ("Tür ins Schloss gefallen, Schlüssel liegt drin, Herd an!!", (METALL,)),
    ("Zylinder tauschen, Haustür und Kellertür, gleichschließend", (METALL,)),
    ("Hallo, wir brauchen ein Gitter vor dem Kellerfenster, da wurde eingebrochen.",
     (METALL,)),
    ("Hi, the railing on our balcony is wobbly and rusty, I'm worried the kids could fall.",
     (METALL,)),
    ("Kaminkehrer gesucht, wir haben einen neuen Ofen und brauchen die Abnahme",
     (SCHORN,)),
    ("Hallo, unser Kachelofen heizt nicht mehr richtig und die Kacheln haben Risse.",
     (OFEN,)),
    ("Hi, we'd like to have a log burner installed in our living room, there is an old "
     "chimney.", (OFEN, SCHORN)),
    ("Putzfrau für 2 Stunden die Woche gesucht, 3 Zimmer Wohnung", (REIN,)),
    ("Hallo, wir brauchen eine Endreinigung für unsere Mietwohnung, Übergabe ist am "
     "Freitag.", (REIN,)),
    ("Teppiche und Sofa reinigen lassen, Hund hat Flecken gemacht", (REIN, GEB)),
    ("Hi, we need someone to clean the windows of our three-storey house, inside and "
     "out.", (REIN, GEB)),
    ("Umzug von 4-Zimmer Wohnung in Haus, 30 km, Küche muss ab- und aufgebaut werden",
     (UMZ, TISCH)),
    ("Hallo, wir suchen Hilfe beim Umzug am Wochenende, nur tragen, Transporter haben "
     "wir.", (UMZ,)),
    ("Hi, I'm moving flats within Frankfurt and need a small removal van with two "
     "helpers.", (UMZ,)),
    ("Keller entrümpeln, viel Sperrmüll und alte Möbel", (UMZ, HAUS)),
    ("Klimagerät im Serverraum fällt aus, Raum wird zu warm", (KLIMA,)),
    ("Hallo, wir möchten eine Klimaanlage für das Dachgeschoss, zwei Innengeräte.",
     (KLIMA,)),
    ("Sat-Schüssel ausrichten, Bild friert immer ein", (IT,)),
    ("WLAN reicht nicht bis in den Garten, brauchen Access Point außen", (IT, ELEK)),
    ("Hallo, wir brauchen ein Gerüst für den Dachdecker, zwei Seiten vom Haus.",
     (GERUEST,)),
    ("Dämmung zwischen den Sparren fehlt teilweise, im Sommer unerträglich heiß oben",
     (DAEMM, ZIMM, DACH)),
    ("Grabstein reinigen und Schrift nachziehen", (STEIN,)),
    ("Hallo, wir hätten gerne eine Überdachung für die Terrasse aus Holz, 5 x 3 m.",
     (ZIMM, TISCH, METALL)),
    ("Dachbalken im Speicher hat einen Riss, Statiker meint muss verstärkt werden",
     (ZIMM, DACH)),
    ("Couch neu polstern, Leder ist rissig", (RAUM,)),
    ("Hallo, ich bräuchte jemanden der mir Bilder aufhängt, eine Lampe anschließt und "
     "ein Regal an die Wand dübelt.", (HAUS, ELEK)),
    ("Hi, looking for a handyman to fix a few small things around the flat: a dripping "
     "tap, a loose door handle and a shelf.", (HAUS, SHK, TISCH)),
    ("Bad sanieren, Wanne raus, Dusche rein, neue Fliesen, ca. 6 qm", (SHK, FLIES)),
    ("Hallo, unser Dachgeschoss soll ausgebaut werden, mit Dämmung, Trockenbau und "
     "zwei Dachfenstern.", (ZIMM, STUCK, DAEMM, DACH)),
    ("Küche kommt nächste Woche, wer baut auf und schließt Wasser und Strom an?",
     (TISCH, SHK, ELEK, HAUS)),
    ("Dachrinne erneuern und gleichzeitig das Dach prüfen, paar Ziegel locker",
     (DACH, KLEMP)),
    ("Moin moin, bi uns is de Heizung kaputt, dat is ganz schön kolt in't Huus",
     (SHK,)),
    ("Grüezi, bi üs tropft de Wasserhahne i de Chuchi sit Täg", (SHK,)),
    ("Hallo, dr Abfluss vo dr Dusch lauft nüt ab", (ROHR, SHK)),
    ("Wasserhan tropft, dichtung kaput", (SHK,)),
    ("Elektricker gesucht für Steckdose wechseln", (ELEK,)),
    ("rolladen kaput gurt gerisen", (ROLL,)),
    ("Schimel im bad an der deke", (SCHUTZ, MALER)),
    ("Fließen im Bad sind gerissen, 3 Stück", (FLIES,)),
    ("Hallo, hab ne frage, mach ihr auch dachrinnen sauber? unsere is voll mit laub",
     (DACH, KLEMP, HAUS, GART)),
    ("heizung aus, wasser kalt, kinder frieren, bitte schnell!!!", (SHK,)),
    ("Kann wer ne Lampe aufhängen? Kabel guckt aus der Decke", (ELEK, HAUS)),
    ("brauch jemand für rasen mähen diese woche", (GART,)),
    ("Hi! Shower drain super slow, hair catcher clean, still slow", (ROHR, SHK)),
    ("pls help, front door lock jammed, can't get in", (METALL,)),
    ("Need someone to paint 2 rooms next week", (MALER,)),
    ("Fenster im Wohnzimmer lässt sich nicht mehr öffnen, Griff geht nicht", (FENST,
     TISCH)),
    ("Wir haben seit gestern kein Internet und kein Telefon, Router leuchtet rot",
     (IT,)),
    ("Hallo! Letzte Woche hatten wir einen Sturm und seitdem ist unsere Markise kaputt, "
     "außerdem sind zwei Ziegel vom Dach gefallen. Können Sie beides machen?",
     (ROLL, DACH)),
    ("Guten Tag, unser Vermieter hat uns gesagt, wir sollen selbst einen Maler suchen. "
     "Es geht um die Küche, die Wand hinterm Herd ist fettig und gelb.", (MALER,)),
    ("Hallo, ich habe eine Eigentumswohnung geerbt, die seit Jahren leer steht. Strom "
     "ist abgestellt, Wasser auch, die Heizung ist eine alte Gasetagenheizung. Ich "
     "möchte erstmal wissen ob die Heizung noch läuft.", (SHK,)),
    ("Wir haben im Keller einen Raum, der als Gästezimmer genutzt werden soll, der "
     "Boden ist kalt und feucht, an den Wänden ist es muffig. Was empfehlen Sie?",
     (SCHUTZ, TROCK, MAUR)),
    ("Hallo, in meiner Mietwohnung ist seit Wochen der Rolladen im Schlafzimmer defekt "
     "und der Vermieter reagiert nicht. Kann ich selbst jemanden beauftragen?",
     (ROLL,)),
    ("Hi, our landlord said we can get the bathroom sealant redone ourselves, it's all "
     "moldy around the bath and the shower.", (FLIES, SHK, SCHUTZ, HAUS)),
    ("Guten Abend, mein Kellerfenster ist eingeschlagen worden, ich brauche ein neues "
     "Glas oder ein neues Fenster.", (GLAS, FENST)),
    ("Hallo, unsere Nachbarn haben einen Wasserschaden gemeldet, der Installateur meinte "
     "das Leck ist bei uns in der Wand. Die Wand muss geöffnet werden.", (SHK, TROCK)),
]
