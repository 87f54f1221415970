"""Evaluation set for trade detection, second development batch: long stories with the
problem somewhere in the middle, several problems at once, people who describe symptoms
without naming any part, and expats' English; written in session 3 and tuned against.
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
    STEIN,
    STUCK,
    TISCH,
    TROCK,
    UMZ,
    ZIMM,
)

EMB = "elektromaschinenbauer"

DEV2: list[tuple[str, tuple[str, ...]]] = [
    ("Hallo zusammen, ich weiß nicht genau an wen ich mich wenden soll. Seit ein paar "
     "Tagen hören wir im Schlafzimmer ein Rauschen in der Wand, als ob Wasser läuft, "
     "obwohl niemand was aufgedreht hat. Die Wasseruhr dreht sich auch nachts.", (SHK,)),
    ("Guten Tag, wir sind eine junge Familie und haben ein Reihenhaus von 1972 gekauft. "
     "Jetzt im Winter merken wir, dass zwei Heizkörper oben gar nicht warm werden und "
     "es gluckert ständig in den Leitungen.", (SHK,)),
    ("Hallo, meine Mutter (86) wohnt allein und kommt nicht mehr in die Badewanne. Wir "
     "möchten ihr eine ebenerdige Dusche einbauen lassen, möglichst schnell und ohne "
     "großen Umbau. Das Bad ist klein, ca. 4 qm.", (SHK, FLIES)),
    ("Hi everyone, newbie in Germany here. Our apartment's hot water is only lukewarm "
     "since Monday and the little screen on the heater in the kitchen shows an error. "
     "Landlord is not answering.", (SHK,)),
    ("Liebe Handwerker, bei uns ist folgendes passiert: Beim Bohren für ein Regal hat "
     "mein Mann eine Wasserleitung getroffen. Wir haben das Wasser abgestellt, aber die "
     "Wand ist nass und wir haben kein Wasser mehr.", (SHK, TROCK)),
    ("Servus, unser Abfluss im Keller gluckert und stinkt, und wenn die Waschmaschine "
     "abpumpt läuft es oben aus dem Bodenablauf raus. Des ging jahrelang gut.",
     (ROHR, SHK)),
    ("Hallo, wir wohnen im Erdgeschoss eines Mehrfamilienhauses und bei uns drückt "
     "immer wieder Abwasser aus der Dusche hoch, wenn oben jemand badet. Eklig!",
     (ROHR, SHK)),
    ("Guten Abend. Mir ist heute aufgefallen, dass an der Decke im Wohnzimmer ein "
     "feuchter Fleck ist, genau unter dem Bad. Er ist ungefähr handgroß und fühlt sich "
     "weich an. Oben wohnen wir selbst.", (SHK, TROCK)),
    ("Hallo, nach den Unwettern letzte Woche haben wir festgestellt, dass bei uns im "
     "Dachgeschoss Wasser an der Wand runterläuft, und zwar dort wo der Kamin durchs "
     "Dach geht. Die Tapete löst sich schon.", (DACH, KLEMP, SCHORN)),
    ("Moin, wir haben ein altes Bauernhaus mit Reetdach, an einer Stelle ist das Reet "
     "ziemlich dünn geworden und Vögel haben Löcher reingemacht.", (DACH,)),
    ("Hi, we rent a house with a flat roof extension and after every rain there's a "
     "puddle on the roof that doesn't drain, and now a stain in the kitchen ceiling.",
     (DACH,)),
    ("Hallo, ich wollte fragen ob Sie auch kleinere Arbeiten machen. Bei uns sind am "
     "Ortgang ein paar Ziegel lose und die Regenrinne hat ein Loch, da tropft es "
     "direkt vor die Haustür.", (DACH, KLEMP)),
    ("Guten Tag, wir planen eine Photovoltaikanlage und der Gutachter sagt, unser Dach "
     "sollte vorher neu eingedeckt werden. Wer macht beides oder arbeitet zusammen?",
     (DACH, ELEK)),
    ("Hallo, seit wir die neue Waschmaschine haben fliegt ständig die Sicherung, aber "
     "nur wenn gleichzeitig der Wasserkocher läuft. Ist die Leitung zu schwach?",
     (ELEK,)),
    ("Hallo! Wir haben ein altes Haus gekauft und in manchen Räumen gibt es nur eine "
     "Steckdose und die Lichtschalter sind noch diese alten Drehschalter. Wir wollen "
     "das modernisieren, bevor wir renovieren.", (ELEK,)),
    ("Hey, mir ist heute die Deckenlampe im Flur beim Einschalten mit einem Knall "
     "kaputtgegangen und seitdem ist der ganze Flur ohne Strom. Sicherung ist drin.",
     (ELEK,)),
    ("Hi, I just bought an induction hob and the shop said it needs a special "
     "connection, our kitchen only has a normal socket behind the old cooker.",
     (ELEK,)),
    ("Guten Tag, wir brauchen für unsere Praxis eine Überprüfung der elektrischen "
     "Anlage nach DGUV V3, die Versicherung verlangt das.", (ELEK,)),
    ("Hallo, unsere Türklingel klingelt manchmal von alleine, auch nachts um 3. Das "
     "ist gruselig und nervt. Mehrfamilienhaus, alte Anlage.", (ELEK,)),
    ("Hallo, meine Mikrowelle funkt innen und der Backofen darunter geht seit gestern "
     "nicht mehr, Einbaugeräte von Neff.", (ELEK, EMB)),
    ("Hallo, ich ziehe in 3 Wochen in eine neue Wohnung und möchte vorher alle Räume "
     "streichen lassen, die Vormieter haben bunte Wände hinterlassen, rot, grün und "
     "lila. Ca. 60 qm Wohnfläche.", (MALER,)),
    ("Guten Tag, an unserem Haus blättert an der Fassade die Farbe großflächig ab, vor "
     "allem an der Westseite. Vielleicht muss auch was am Putz gemacht werden.",
     (MALER, STUCK)),
    ("Hi, our front door is wooden and the varnish is completely worn off, looks grey "
     "and cracked. Can someone sand and varnish it?", (MALER, TISCH)),
    ("Hallo, bei uns hat sich im Kinderzimmer die Tapete an mehreren Stellen gelöst "
     "und wirft Blasen, dahinter ist die Wand aber trocken.", (MALER,)),
    ("Hallo, ich hätte gerne ein Angebot fürs Lackieren von Türen und Zargen, 8 "
     "Zimmertüren, weiß, derzeit Eiche furniert.", (MALER, TISCH)),
    ("Guten Tag, im Bad sind bei uns die Fliesenfugen an der Dusche bröselig geworden "
     "und an einer Stelle fehlt ein Stück Fliese. Ich habe Angst, dass Wasser "
     "dahinter läuft.", (FLIES,)),
    ("Hallo, wir möchten im Flur und in der Küche alte Fliesen raus und neue rein, "
     "insgesamt ca 22 qm, Untergrund Estrich.", (FLIES,)),
    ("Hi, the tiles around our bathtub are coming loose and there's a gap between the "
     "tub and the wall where water gets in.", (FLIES, SHK)),
    ("Hallo, bei uns ist an einem Fenster im Schlafzimmer die Scheibe von innen "
     "dauerhaft beschlagen, zwischen den Scheiben ist Feuchtigkeit. Kann man nur das "
     "Glas tauschen?", (GLAS, FENST)),
    ("Guten Tag, wir möchten unsere alten Holzfenster aus den 80ern durch neue "
     "Kunststofffenster ersetzen, 11 Stück, teilweise mit Rollladen.", (FENST, TISCH, ROLL)),
    ("Hallo, unsere Balkontür ist nach dem Sturm verzogen und schließt nicht mehr dicht, "
     "man sieht einen Spalt und es zieht.", (FENST, TISCH)),
    ("Hi, the handle on our bedroom window broke off and now the window is stuck in "
     "the tilted position.", (FENST, TISCH)),
    ("Hallo, unser Keller hat sehr alte Holzfenster, die morsch sind und bei Regen "
     "kommt Wasser rein. Neue Kellerfenster bitte.", (FENST, TISCH)),
    ("Hallo, wir bräuchten für unsere Dachschräge im Kinderzimmer einen Schrank nach "
     "Maß mit Schiebetüren, die Schräge fängt bei 1 m an.", (TISCH,)),
    ("Guten Tag, an unserer Holztreppe sind mehrere Stufen lose und eine ist gebrochen, "
     "die Treppe ist ca 40 Jahre alt.", (TISCH,)),
    ("Hi, we need a carpenter to build a bench and some shelves in our hallway, "
     "custom-made.", (TISCH,)),
    ("Hallo, die Küchenschubladen laufen nicht mehr, eine ist rausgefallen und die "
     "Schiene ist verbogen.", (TISCH, HAUS)),
    ("Hallo, wir haben im Wohnzimmer Teppichboden und der ist nach 15 Jahren durch, "
     "wir hätten gern Parkett oder einen hochwertigen Vinylboden, 35 qm.",
     (BODEN, PARK)),
    ("Guten Tag, unser Laminat im Flur hat sich an den Kanten aufgestellt, weil der "
     "Hund immer mit nassen Pfoten reinkommt.", (BODEN,)),
    ("Hallo, wir haben Dielen im Altbau die knarren und an einigen Stellen sind Lücken "
     "von einem halben Zentimeter. Abschleifen und versiegeln wäre toll.", (PARK,)),
    ("Hi, we'd like to level the floor in our old flat before putting down new laminate, "
     "it slopes quite a bit toward the window.", (ESTR, BODEN)),
    ("Hallo, ich suche einen Gärtner, der einmal im Monat kommt und den Garten in "
     "Schuss hält, Rasen, Hecke, Unkraut. Ca 500 qm.", (GART,)),
    ("Guten Tag, auf unserem Grundstück steht eine alte Birke, die eine Seite ist "
     "trocken und die Äste brechen schon ab. Die muss wohl weg.", (GART,)),
    ("Hi, the hedge along the street is so overgrown the pavement is blocked and the "
     "city sent us a letter.", (GART,)),
    ("Hallo, wir möchten hinterm Haus eine Terrasse mit Natursteinplatten und einen "
     "kleinen Weg zum Gartenhaus anlegen lassen.", (PFLA, GART)),
    ("Hallo, die Einfahrt zu unserer Garage ist asphaltiert und hat große Risse und "
     "Löcher, da wächst schon Gras raus.", (PFLA,)),
    ("Guten Tag, wir wollen im Keller eine nichttragende Wand entfernen lassen, um "
     "einen größeren Raum zu bekommen. Die Wand ist gemauert.", (MAUR,)),
    ("Hallo, an unserem Haus aus Klinker sind einige Steine locker und die Fugen "
     "ausgewaschen, an einer Stelle kommt Feuchtigkeit rein.", (MAUR,)),
    ("Hallo, wir möchten ein Fundament für eine Fertiggarage und einen kleinen "
     "Geräteschuppen.", (MAUR,)),
    ("Hallo, in unserem Altbau ist an der Decke im Flur großflächig der Putz "
     "abgeplatzt, man sieht die Holzlatten darunter.", (STUCK,)),
    ("Hi, we'd like to split one large room into two with a partition wall and a door, "
     "it's a rented flat so it should be removable.", (STUCK, TISCH)),
    ("Hallo, die Wände im Wohnzimmer sind sehr uneben und rau, wir möchten sie glatt "
     "haben, bevor wir tapezieren.", (STUCK, MALER)),
    ("Guten Tag, im Keller unseres Hauses riecht es muffig und an der Außenwand "
     "bilden sich weiße Ausblühungen, außerdem ist der Boden feucht.", (SCHUTZ, TROCK)),
    ("Hallo, im Bad unter dem Fenster ist in der Ecke immer schwarzer Belag, egal wie "
     "oft wir lüften und putzen.", (SCHUTZ, MALER)),
    ("Hi, after the flood in our basement the walls are still wet two weeks later, do "
     "we need professional drying equipment?", (TROCK,)),
    ("Hallo, bei uns ist ein Heizungsrohr im Estrich undicht, der Boden im Wohnzimmer "
     "ist nass. Versicherung sagt, wir sollen eine Firma zur Leckortung beauftragen.",
     (TROCK, SHK)),
    ("Hallo, unsere Rollläden im Erdgeschoss lassen sich nur noch sehr schwer "
     "hochziehen, und einer bleibt ganz unten hängen.", (ROLL,)),
    ("Guten Tag, wir wollen unsere Terrasse beschatten, am liebsten mit einer "
     "elektrischen Markise, 5 Meter breit.", (ROLL,)),
    ("Hi, the electric shutter in the living room makes a clicking noise and only goes "
     "down, not up.", (ROLL, ELEK)),
    ("Hallo, heute Morgen ist mir beim Abschließen der Schlüssel abgebrochen, ein Teil "
     "steckt noch im Schloss und ich kann nicht mehr zuschließen.", (METALL,)),
    ("Guten Tag, wir möchten an unserer Kellertreppe außen ein Geländer und an der "
     "Hauswand einen Handlauf anbringen lassen.", (METALL,)),
    ("Hi, someone tried to break into our flat, the door frame is splintered and the "
     "lock doesn't work properly anymore.", (METALL, TISCH, FENST)),
    ("Hallo, unser Gartentor aus Metall schleift auf dem Boden und das Schloss hakt.",
     (METALL,)),
    ("Hallo, wir haben ein Haus mit Kamin gekauft und der Vorbesitzer hat ihn lange "
     "nicht benutzt. Bevor wir im Winter einheizen, soll jemand alles prüfen.",
     (SCHORN, OFEN)),
    ("Guten Tag, unser Kaminofen hat einen Riss in der Brennkammer und die Dichtung an "
     "der Tür ist hin.", (OFEN,)),
    ("Hallo, ich suche jemanden, der unsere Wohnung einmal gründlich putzt, bevor meine "
     "Eltern zu Besuch kommen, Küche, Bad, Fenster, 80 qm.", (REIN,)),
    ("Hi, we need our office carpets deep cleaned, about 200 square metres, ideally on "
     "a weekend.", (REIN, GEB)),
    ("Hallo, unsere Hausverwaltung sucht einen neuen Dienstleister für die "
     "Treppenhausreinigung und den Winterdienst.", (GEB, HAUS, REIN)),
    ("Guten Tag, wir ziehen Ende Juni von Mainz nach Frankfurt, 4 Zimmer, 2. Stock, und "
     "bräuchten ein Umzugsunternehmen inklusive Küchenabbau.", (UMZ,)),
    ("Hallo, ich habe eine Einzimmerwohnung und ziehe zu meinem Freund, es sind nur ein "
     "paar Möbel und Kartons, brauche jemanden mit Auto.", (UMZ,)),
    ("Hi, we are moving back to the UK and need someone to pack our household and "
     "organise transport.", (UMZ,)),
    ("Hallo, unser Klimagerät im Wohnzimmer läuft, aber es kommt keine kalte Luft mehr "
     "raus und draußen tropft es.", (KLIMA,)),
    ("Hallo, unser Fernseher hat seit dem Gewitter kein Signal mehr, die Schüssel auf "
     "dem Dach sieht aber okay aus.", (IT,)),
    ("Guten Tag, wir möchten unser Haus mit Netzwerkkabeln ausstatten, in jedes Zimmer "
     "eine Dose, und einen Netzwerkschrank im Keller.", (IT, ELEK)),
    ("Hallo, im Winter ist unser Dachgeschoss eiskalt und im Sommer heiß, wir denken "
     "über eine Dämmung des Daches nach.", (DAEMM, DACH, ZIMM)),
    ("Hallo, wir haben einen Altbau mit Holzbalkendecke und einer der Balken hängt "
     "durch, der Boden oben ist schief.", (ZIMM,)),
    ("Guten Tag, unser Gartenhaus aus Holz ist 20 Jahre alt, das Dach ist undicht und "
     "die Bretter unten sind morsch.", (ZIMM, DACH, TISCH)),
    ("Hallo, wir möchten unsere Eckbank neu beziehen lassen, der Stoff ist abgenutzt.",
     (RAUM,)),
    ("Hi, we'd like new curtains and a curtain rail for our living room, three windows.",
     (RAUM,)),
    ("Hallo, wir haben eine Marmortreppe im Eingangsbereich, mehrere Stufen haben "
     "Abplatzungen an den Kanten.", (STEIN,)),
    ("Hallo, ich bräuchte Hilfe im Haushalt: Lampen aufhängen, Gardinenstangen "
     "anbringen und ein paar Möbel zusammenbauen.", (HAUS, ELEK)),
    ("Hi, we need a handyman for a few jobs: fix a wobbly toilet seat, put up a mirror "
     "and seal around the kitchen sink.", (HAUS, SHK)),
    ("Guten Tag, bei uns ist letzte Nacht ein Baum auf die Garage gefallen, das Dach "
     "ist kaputt und der Baum liegt noch drauf.", (GART, DACH, ZIMM)),
    ("Hallo, im Bad läuft das Wasser aus der Dusche nicht mehr ab und die Fugen am "
     "Boden der Dusche sind auch schwarz. Kann man beides machen?", (ROHR, SHK, FLIES)),
    ("Hallo, unsere Heizung springt nicht an und gleichzeitig ist im Heizungsraum "
     "die Sicherung für die Heizung rausgeflogen. Elektrik oder Heizung?", (SHK, ELEK)),
    ("Hallo, wir renovieren: Tapeten ab, Wände spachteln, streichen, und im Flur "
     "neues Laminat. Wer kann das alles?", (MALER, BODEN, STUCK)),
    ("Moin, dat Wasser kümmt nich warm ut de Leitung, und de Heizung is ok. Wat kann "
     "dat sien?", (SHK,)),
    ("Hallo, mei Kellerabgang is voll Wasser, da Gulli is vastopft vom Laub.",
     (ROHR,)),
    ("Grüß Gott, mia brauchad an, der unsan Zaun richt, de Latten san morsch und a paar "
     "Pfosten wackeln.", (ZIMM, GART, TISCH, METALL)),
    ("Hallo, ick hab ne Frage: Meene Klospülung läuft die janze Zeit, wat kostet det?",
     (SHK,)),
    ("Heizung macht Geräusche wie ein Wasserfall, Entlüften hilft nur kurz", (SHK,)),
    ("bad renovieren lassen, angebot bitte, fotos kann ich schicken", (SHK, FLIES)),
    ("Dachfenster undicht, tropft bei Regen", (DACH, FENST)),
    ("Steckdose locker, hängt aus der Wand", (ELEK,)),
    ("Hecke schneiden + Rasen mähen, diese Woche noch", (GART,)),
    ("Tür klemmt, geht nur schwer auf", (TISCH, FENST)),
    ("Küche streichen, 15qm, weiß", (MALER,)),
    ("wohnung putzen nach auszug, 2 zimmer", (REIN,)),
    ("Schlüsseldienst!!! Ausgesperrt", (METALL,)),
    ("Abfluss Waschbecken verstopft", (ROHR, SHK)),
    ("Boiler tropft, steht Wasser drunter", (SHK,)),
    ("Lampe flackert, Schalter knackt", (ELEK,)),
    ("Silikon in der Dusche erneuern", (FLIES, HAUS, SHK)),
    ("Regenrinne sauber machen, Bungalow", (DACH, KLEMP, HAUS, GART)),
    ("Laminat verlegen 40qm, Material vorhanden", (BODEN,)),
    ("Jalousie Motor defekt", (ROLL,)),
    ("Hi, fridge leaking water on the floor", (ELEK, EMB)),
    ("Hi, need a plumber asap, pipe under sink leaking", (SHK,)),
    ("Hello, looking for someone to fix damp in my bathroom wall", (SCHUTZ, TROCK)),
    ("Electrician needed, half the sockets dead", (ELEK,)),
    ("Need help moving a sofa and a bed to the 4th floor", (UMZ,)),
    ("Can someone fix our garden fence, two panels blown down", (GART, ZIMM, TISCH,
     METALL)),
]
