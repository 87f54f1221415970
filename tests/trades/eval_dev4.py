"""Evaluation set for trade detection, fourth development batch: long German stories as
people post them in forums and neighbourhood groups (greetings, background, the problem
somewhere in the middle, a question at the end), written in session 3 and tuned against.
Same format and labels as `eval_held_out.py`."""

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

DEV4: list[tuple[str, tuple[str, ...]]] = [
    ("Hallo in die Runde, wir sind vor zwei Monaten in unser erstes eigenes Haus "
     "gezogen und langsam zeigen sich die Baustellen. Aktuell nervt am meisten, dass "
     "das warme Wasser in der Küche ewig braucht, bis es kommt, fast zwei Minuten. Im "
     "Bad geht es schneller. Kann man da was machen?", (SHK,)),
    ("Guten Morgen zusammen, ich bin etwas verzweifelt. Bei uns im Mehrfamilienhaus ist "
     "seit Freitag die Heizung in allen Wohnungen aus, die Hausverwaltung ist im "
     "Urlaub und der Hausmeister sagt, er hat keinen Schlüssel zum Heizungsraum.",
     (SHK,)),
    ("Hallo, kurze Frage in die Gruppe: Unser Gästeklo riecht seit ein paar Tagen "
     "fürchterlich nach Kanal, obwohl alles sauber ist. Die Toilette wird selten "
     "benutzt. Liegt das am Siphon oder ist da was kaputt?", (ROHR, SHK)),
    ("Hallo Nachbarn, kennt jemand eine gute Firma? Bei uns ist die Toilette im "
     "Erdgeschoss jetzt das dritte Mal in diesem Monat verstopft, der Pömpel hilft "
     "nur kurz, und der Vermieter meint, das sei unser Problem.", (ROHR, SHK)),
    ("Hallo zusammen! Wir haben ein Haus von 1960 und wollen endlich die Heizung "
     "erneuern. Aktuell Gas-Kessel im Keller, Heizkörper überall. Lohnt sich eine "
     "Wärmepumpe oder lieber wieder Gas? Wer berät ehrlich?", (SHK,)),
    ("Moin, ich hab hier ein Problem mit dem Dach: beim letzten Sturm hat es einen "
     "Teil vom First abgedeckt, von unten sieht man die Folie flattern. Wir wohnen im "
     "Dachgeschoss und haben Angst vor dem nächsten Regen.", (DACH,)),
    ("Hallo liebe Leute, ich wohne zur Miete und bei mir tropft es seit dem Wochenende "
     "an der Dachschräge im Schlafzimmer, erst dachte ich Kondenswasser, aber es wird "
     "mehr wenn es regnet. Vermieter ist informiert, braucht aber Angebote.", (DACH,)),
    ("Hallo, unser Nachbar hat uns darauf aufmerksam gemacht, dass unsere Dachrinne "
     "zur Straße hin komplett schief hängt und das Wasser bei Regen direkt auf den "
     "Gehweg platscht. Wer macht sowas?", (DACH, KLEMP)),
    ("Guten Abend, gestern Abend ist bei uns plötzlich im halben Haus das Licht "
     "ausgegangen, Küche, Wohnzimmer und Flur. Im Sicherungskasten war eine Sicherung "
     "unten, die geht aber sofort wieder raus. Der Rest funktioniert.", (ELEK,)),
    ("Hallo, wir bauen gerade unser Dachgeschoss aus und brauchen jemanden, der uns "
     "die Elektrik macht: Steckdosen, Licht, Netzwerk, alles neu. Rigips ist noch "
     "nicht drauf.", (ELEK, IT)),
    ("Hallo in die Runde, hat jemand Erfahrung mit Balkonkraftwerken? Wir möchten eins "
     "anschließen lassen, aber der Vermieter will einen Nachweis vom Fachmann, dass "
     "die Steckdose geeignet ist.", (ELEK,)),
    ("Hallo, bei uns in der Küche geht seit gestern die Dunstabzugshaube nicht mehr, "
     "Licht geht noch, aber der Lüfter nicht. Ist eine Einbauhaube.", (ELEK, EMB)),
    ("Guten Tag, ich bin Rentnerin und meine Waschmaschine ist ausgelaufen, der "
     "Schlauch hinten ist gerissen. Die Maschine selbst geht noch. Wer kann einen "
     "neuen Schlauch anbringen?", (SHK, ELEK, HAUS, EMB)),
    ("Hallo ihr Lieben, wir wollen unsere Wohnung vor dem Einzug komplett streichen "
     "lassen, alles weiß, Decken und Wände, drei Zimmer und Flur, Küche und Bad nicht. "
     "Hat jemand einen Tipp oder kann uns jemand ein Angebot machen?", (MALER,)),
    ("Hallo, unsere Nachbarn haben uns die Fassade mit Graffiti beschmiert, an der "
     "Garagenwand und am Tor. Kann man das entfernen oder muss man drüberstreichen?",
     (MALER, GEB)),
    ("Guten Tag, im Bad hat sich über der Dusche die Farbe an der Decke gelöst, da "
     "hängen richtige Fetzen runter. Schimmel sehe ich keinen.", (MALER,)),
    ("Hallo! Ich suche jemanden, der bei uns im Bad die Fliesen an der Wand ersetzt, "
     "einige sind gerissen und ich hätte gern gleich ein modernes Format, ca 15 qm "
     "Wandfläche.", (FLIES,)),
    ("Hallo zusammen, die Fliesen auf unserem Balkon lösen sich und darunter sammelt "
     "sich Wasser, im Winter frieren sie dann hoch. Muss das komplett neu?",
     (FLIES, MAUR)),
    ("Hallo, unsere Haustür aus Holz ist über 30 Jahre alt und inzwischen ziemlich "
     "verzogen, sie schließt nur noch mit Gewalt und es zieht. Reparieren oder neu?",
     (TISCH, FENST)),
    ("Guten Tag, wir haben in der Wohnung diese alten Kastenfenster, sehr schön, aber "
     "die Innenflügel klemmen und die Scheiben klappern. Gibt es noch jemanden, der "
     "sowas aufarbeitet?", (TISCH, FENST, GLAS)),
    ("Hallo, unser Sohn hat mit dem Fußball die Scheibe der Garagentür erwischt, jetzt "
     "ist ein großes Loch drin, Einfachglas, ca. 40 x 60 cm.", (GLAS,)),
    ("Hallo, wir haben eine alte Holztreppe, die wir gerne aufarbeiten lassen möchten, "
     "also abschleifen und neu lackieren, 14 Stufen.", (TISCH, MALER, PARK)),
    ("Guten Tag, in unserer Küche hat sich die Arbeitsplatte an der Spüle aufgelöst, "
     "das Holz ist aufgequollen. Wir würden gern nur die Platte tauschen.",
     (TISCH, HAUS)),
    ("Hallo zusammen, wir wollen in unserem Altbau die alten Dielen freilegen, im "
     "Moment liegt da PVC drauf. Wer kann das rausnehmen und die Dielen aufarbeiten?",
     (PARK, BODEN)),
    ("Hallo, wir bräuchten jemanden, der uns in drei Zimmern Klickvinyl verlegt, die "
     "Sockelleisten müssen auch neu, ca. 55 qm.", (BODEN,)),
    ("Hallo, nach dem Wasserschaden im Winter muss jetzt im Erdgeschoss der Estrich "
     "teilweise raus und neu, ca. 12 qm, darauf kommen dann Fliesen.", (ESTR, FLIES)),
    ("Hallo, wir haben einen großen Garten, den wir allein nicht mehr schaffen, vor "
     "allem die Hecken und das Laub im Herbst. Wer übernimmt das regelmäßig?",
     (GART, HAUS)),
    ("Hallo, hinter unserem Haus steht eine riesige Pappel, die bei jedem Sturm Äste "
     "verliert, einer ist schon aufs Dach vom Nachbarn gefallen. Die muss weg.",
     (GART,)),
    ("Guten Tag, wir möchten unsere Garageneinfahrt neu machen lassen, aktuell "
     "Betonplatten, die überall gebrochen sind, am liebsten Pflaster.", (PFLA,)),
    ("Hallo, wir haben in unserem Keller einen Raum, in den wir ein Fenster einbauen "
     "möchten, die Wand ist aus Beton und es gibt bisher keine Öffnung.",
     (MAUR, FENST)),
    ("Hallo, bei uns im Haus zieht sich ein Riss durch die Wand im Treppenhaus, vom "
     "Erdgeschoss bis in den ersten Stock. Der ist in einem Jahr deutlich breiter "
     "geworden.", (MAUR, STUCK)),
    ("Hallo zusammen, bei uns im Altbau fällt im Schlafzimmer der Putz von der Decke, "
     "anfangs nur Krümel, jetzt schon handgroße Stücke.", (STUCK,)),
    ("Guten Tag, wir wollen unser großes Wohnzimmer teilen und brauchen eine "
     "Leichtbauwand mit Tür, ca. 4 m lang.", (STUCK, TISCH)),
    ("Hallo, in unserem Keller blüht es weiß aus den Wänden und es riecht modrig, "
     "unser Keller ist eigentlich nur Lager, aber die Sachen werden schimmelig.",
     (SCHUTZ, TROCK, MAUR)),
    ("Hallo ihr, wir haben seit dem Winter Schimmel in der Fensterlaibung im "
     "Kinderzimmer, schwarze Punkte, immer wieder. Lüften tun wir dreimal am Tag.",
     (SCHUTZ, MALER)),
    ("Guten Abend, unser Keller ist bei dem Unwetter vollgelaufen, die Feuerwehr hat "
     "abgepumpt, aber jetzt ist alles nass. Wer hat Trocknungsgeräte?", (TROCK,)),
    ("Hallo, unser Rollladen im Wohnzimmer ist heute runtergefallen und hängt schief "
     "im Fenster, man kann ihn weder hoch noch runter machen.", (ROLL,)),
    ("Hallo, hat jemand eine Empfehlung für Insektenschutz? Wir möchten an der "
     "Terrassentür eine Schiebeanlage und an den Fenstern Rahmen, nach Maß.",
     (ROLL, FENST)),
    ("Hallo, bei uns ist gestern eingebrochen worden, die Terrassentür wurde "
     "aufgehebelt, das Schloss ist kaputt und der Rahmen beschädigt. Wer kommt schnell?",
     (METALL, FENST, TISCH, GLAS)),
    ("Hallo, wir möchten an unserer Außentreppe ein Geländer anbringen lassen, weil "
     "meine Mutter im Winter fast gestürzt wäre, 6 Stufen.", (METALL,)),
    ("Hallo, wir haben einen Kaminofen, der seit ein paar Tagen beim Anheizen qualmt "
     "und die Scheibe sofort schwarz wird. Muss der Schornsteinfeger kommen oder ein "
     "Ofenbauer?", (OFEN, SCHORN)),
    ("Hallo, ich suche eine zuverlässige Reinigungskraft für meine Wohnung, alle zwei "
     "Wochen, ca. 3 Stunden, Bad, Küche, Böden.", (REIN,)),
    ("Guten Tag, wir vermieten eine Ferienwohnung und suchen jemanden für die "
     "Endreinigung nach jedem Gast, inklusive Bettwäsche wechseln.", (REIN,)),
    ("Hallo, wir ziehen im Herbst aus unserer 4-Zimmer-Wohnung in ein Haus im Nachbarort "
     "und suchen Leute, die beim Tragen helfen, mit LKW.", (UMZ,)),
    ("Hallo, die Wohnung meiner verstorbenen Tante muss geräumt werden, viele Möbel, "
     "Bücher, Kleidung. Wer macht Haushaltsauflösungen?", (UMZ, HAUS)),
    ("Hallo, die Klimaanlage in unserem Schlafzimmer macht seit dem Sommer ein "
     "klackerndes Geräusch und kühlt kaum noch.", (KLIMA,)),
    ("Hallo, wir haben kein Kabelfernsehen mehr und möchten eine Satellitenschüssel "
     "aufs Dach setzen lassen, für zwei Fernseher.", (IT,)),
    ("Hallo, wir möchten unseren Dachboden dämmen, bisher liegt nur Glaswolle zwischen "
     "den Balken, total zusammengefallen.", (DAEMM, ZIMM, DACH)),
    ("Hallo, wir haben in unserem Fachwerkhaus einige Balken, die außen ganz grau und "
     "rissig sind, eins ist unten schon weich.", (ZIMM, SCHUTZ)),
    ("Guten Tag, wir möchten einen Carport mit Geräteraum bauen lassen, das Fundament "
     "gibt es schon.", (ZIMM,)),
    ("Hallo, wir suchen jemanden, der unser altes Sofa neu aufpolstert, das Gestell ist "
     "gut, aber Polster und Stoff sind durch.", (RAUM,)),
    ("Hallo, ich bin nicht handwerklich begabt und brauche jemanden für ein paar Sachen: "
     "Bilder aufhängen, Regal montieren, Duschvorhangstange anbringen.", (HAUS,)),
    ("Hallo, bei uns ist die Wand hinter der Waschmaschine nass und unten schimmelt "
     "es schon, ich vermute ein Leck am Wasseranschluss.", (SHK, SCHUTZ, TROCK)),
    ("Hallo, unser Badezimmer ist aus den 70ern, grüne Fliesen, grüne Wanne. Wir wollen "
     "alles neu, mit Dusche statt Wanne. Wer macht das komplett?", (SHK, FLIES)),
    ("Hallo, die Regenrinne ist voll, das Fallrohr verstopft und bei Regen läuft das "
     "Wasser über die Kante an der Fassade runter.", (DACH, KLEMP, ROHR)),
    ("Hallo, bei uns ist der Strom komplett weg, nur in unserem Haus, und aus dem "
     "Zählerschrank kommt ein komischer Geruch.", (ELEK,)),
    ("Grias di, bei uns is a Ast vom Nachbarbaam aufs Dach gfalln und hod a poar "
     "Ziegl kaputt gmacht.", (DACH, GART)),
    ("Servus, i bräuchat an Maler, d'Stubn und d'Kuchl soin frisch gweißelt werdn.",
     (MALER,)),
    ("Moin, bi uns is de Rinne an't Dack los, dat Water löppt de Wand dal.",
     (DACH, KLEMP)),
    ("Hallo, ich habe mir die Tür ausgesperrt, Schlüssel steckt innen, Baby schläft "
     "drin, BITTE SCHNELL", (METALL,)),
    ("Heizung gluckert und wird oben nicht warm", (SHK,)),
    ("Licht im Bad flackert seit gestern", (ELEK,)),
    ("Fenster im Bad undicht, Wasser auf der Fensterbank", (FENST, TISCH)),
    ("Terrasse aus Holz morsch, Bretter brechen", (ZIMM, TISCH)),
    ("Garagentor klemmt, geht nur halb auf", (FENST, METALL)),
    ("Dusche läuft nicht ab, steht Wasser", (ROHR, SHK)),
    ("neuer Teppich fürs Kinderzimmer, 12 qm", (BODEN, RAUM)),
    ("Putz an der Fassade bröckelt", (STUCK, MAUR)),
    ("Waschbecken hat einen Sprung", (SHK,)),
    ("Briefkasten und Klingel erneuern", (ELEK, METALL, HAUS)),
]
