"""Evaluation set for trade detection, validation: written in session 3 before any tuning in
that session and before looking at the detection's misses, so its first figure is an honest
measure on text nobody tuned against. Same format and labels as `eval_held_out.py`
(every acceptable trade per message). Styles mixed on purpose: long stories with the
problem in the middle, several problems in one message, compounds, typos, dialect, English
from expats, and short chat messages. Appliance repairs (no craft of their own) accept the
electrician and the electric machine builder."""

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

VALIDATION: list[tuple[str, tuple[str, ...]]] = [
    # Heating, water, gas
    ("Guten Morgen, bei uns im Haus ist seit Samstag das warme Wasser weg, die Heizkörper "
     "sind auch nur noch lauwarm. Am Display von der Therme steht F28, ich hab schon "
     "zweimal resettet aber es kommt immer wieder.", (SHK,)),
    ("heizung macht komische klopfgeräusche nachts, so als ob jemand mit nem hammer "
     "gegen die rohre haut. vermieter reagiert nicht", (SHK,)),
    ("Hallo zusammen, ich habe eine Frage: Unser Spülkasten läuft ständig nach, man hört "
     "es die ganze Nacht plätschern. Das Wasser rinnt innen in die Schüssel. Lohnt sich "
     "da eine Reparatur oder gleich ein neuer?", (SHK,)),
    ("Wasserhahn in der Küche tropft seit Wochen, jetzt auch unten am Schrank nass",
     (SHK,)),
    ("Hi there, the boiler in our rented flat keeps losing pressure, I have to top it up "
     "every two days. The landlord said to find someone and send him the bill.", (SHK,)),
    ("Hallo, wir möchten unsere alte Ölheizung loswerden und auf eine Wärmepumpe "
     "umsteigen. Haus Baujahr 1985, 140 qm, Fußbodenheizung nur im Bad. Wer berät uns "
     "und macht ein Angebot?", (SHK,)),
    ("Moin, in der Dusche kommt nur noch ein dünner Strahl raus und das Wasser wird "
     "abwechselnd heiß und kalt. Duschkopf hab ich schon entkalkt.", (SHK,)),
    ("Es richt im Flur komisch nach Gas, ich hab den Haupthahn zugedreht, was soll ich "
     "jetzt machen???", (SHK,)),
    ("Servus, bei uns is im Keller a Rohr platzt, des Wasser spritzt überall hin, mir "
     "ham des Wasser abgstellt. Wer kann heit no kemma?", (SHK,)),
    ("Guten Tag, wir bauen das Gäste-WC um und brauchen jemanden, der das Waschbecken "
     "versetzt und ein Hänge-WC mit Vorwandelement einbaut.", (SHK,)),
    ("Unsere Fußbodenheizung im Wohnzimmer wird nicht mehr richtig warm, die anderen "
     "Räume schon. Am Verteiler im Flur hab ich nichts verstellt.", (SHK,)),
    ("The radiators upstairs are cold at the top and warm at the bottom, I think they "
     "need bleeding but I don't have the key and don't know how.", (SHK,)),
    ("Hallo, mein Boiler unter der Spüle macht kein warmes Wasser mehr, das Lämpchen "
     "leuchtet aber. Ist ein 5 Liter Untertischgerät.", (SHK, ELEK)),
    ("Grüß Gott, bei meiner Mutter ist die Gastherme 25 Jahre alt und der "
     "Schornsteinfeger hat gesagt die Abgaswerte passen nicht mehr. Sie braucht eine "
     "neue, möglichst bald vor dem Winter.", (SHK,)),
    ("wc spülung kaputt, drücker hängt, läuft dauernd", (SHK,)),
    ("Hallo, unter der Badewanne muss irgendwo was undicht sein, bei den Nachbarn unten "
     "hat sich ein Wasserfleck an der Decke gebildet. Die Wanne ist eingefliest.",
     (SHK, FLIES)),
    ("Wir würden gerne im Bad die Badewanne rausnehmen und eine bodengleiche Dusche "
     "einbauen lassen, meine Frau kommt nicht mehr über den Rand.", (SHK, FLIES)),
    ("Hey, unser Warmwasserspeicher im Keller leckt unten, da steht schon eine kleine "
     "Pfütze. Ist ein Viessmann von 2004.", (SHK,)),
    ("I smell gas in the kitchen near the cooker, not strong but it's there since this "
     "morning. What do I do?", (SHK,)),
    ("Hallo, Heizung geht nicht, Anzeige zeigt Wassermangel. Wie fülle ich nach oder "
     "kann jemand kommen?", (SHK,)),
    # Drains
    ("Abfluss in der Dusche läuft super langsam ab, Haare hab ich schon rausgeholt, "
     "hilft nix. Riecht auch modrig.", (ROHR, SHK)),
    ("Hallo, bei uns im Keller drückt bei starkem Regen Wasser aus dem Bodenablauf "
     "hoch, es stinkt nach Kanal. Haben wir eine Rückstauklappe? Keine Ahnung.",
     (ROHR, SHK)),
    ("toilette verstopft, pömpel hilft nicht, bitte heute noch", (ROHR, SHK)),
    ("Guten Tag, wir möchten unsere Grundleitung mit einer Kamera befahren lassen, "
     "bevor wir das Haus kaufen. Baujahr 1962, Tonrohre.", (ROHR,)),
    ("Our kitchen sink is blocked and the water comes back up in the other basin when "
     "I run the dishwasher. Drain cleaner didn't help.", (ROHR, SHK)),
    ("Moin, im Hof ist der Gully verstopft, bei Regen steht da alles unter Wasser bis "
     "zur Garage.", (ROHR,)),
    # Roof and gutters
    ("Hallo, nach dem Sturm letzte Nacht fehlen bei uns auf dem Dach mindestens fünf "
     "Ziegel, man sieht die Folie darunter. Es soll morgen wieder regnen, kann "
     "jemand wenigstens provisorisch abdecken?", (DACH,)),
    ("Im Dachgeschoss haben wir einen braunen Fleck an der Schräge der bei jedem Regen "
     "größer wird. Mein Mann glaubt es ist das Dachfenster.", (DACH,)),
    ("Regenrinne läuft über, ist voll mit Laub, 2 Stockwerke hoch, wir haben keine so "
     "lange Leiter", (DACH, KLEMP, HAUS, GART)),
    ("Hi, there's a leak around our chimney where it goes through the roof, water "
     "stains on the bedroom ceiling after heavy rain.", (DACH, KLEMP)),
    ("Hallo, unser Flachdach auf der Garage ist undicht, die Dachpappe hat Blasen und "
     "ist an den Rändern aufgerissen.", (DACH,)),
    ("Wir haben ein altes Haus gekauft, das Dach ist von 1950, Eternit-Platten, Moos "
     "überall. Wir möchten es neu eindecken und dabei dämmen lassen.", (DACH, ZIMM)),
    ("Das Fallrohr an der Hausecke ist unten abgebrochen, das Regenwasser läuft direkt "
     "an die Hauswand.", (KLEMP, DACH)),
    ("Servus, bei uns hot da Wind de Blechverwahrung am Kamin aufgrissn, des klappert "
     "de ganze Nacht.", (KLEMP, DACH)),
    # Electrics
    ("Guten Abend, seit heute Nachmittag fliegt bei uns ständig der FI raus, immer wenn "
     "die Waschmaschine schleudert. Ohne Waschmaschine hält er.", (ELEK,)),
    ("Hallo, in der Küche funktionieren zwei Steckdosen nicht mehr und das Licht im Flur "
     "flackert. Sicherungen sind alle drin.", (ELEK,)),
    ("Wir haben ein Einfamilienhaus von 1968 gekauft, die Elektrik ist noch komplett "
     "original, zweiadrige Leitungen ohne Schutzleiter. Wir möchten alles neu machen "
     "lassen, bevor wir einziehen und streichen.", (ELEK,)),
    ("Hi, can someone hang three ceiling lamps and a chandelier for us? We have the "
     "lamps already, just need them wired up.", (ELEK,)),
    ("Hallo, bei uns riecht die Steckdose im Wohnzimmer verschmort und die Abdeckung "
     "ist schon braun. Ich trau mich nicht mehr da was einzustecken.", (ELEK,)),
    ("Wallbox für den neuen Stromer in der Garage, 11 kW, Zählerschrank ist im Keller "
     "direkt darunter", (ELEK,)),
    ("Hallo, wir würden gerne eine PV-Anlage mit Speicher aufs Dach bauen, ca 10 kWp. "
     "Wer macht das komplett inklusive Anmeldung?", (ELEK, DACH)),
    ("Bei uns ist der Strom im halben Haus weg, der Schalter im Kasten lässt sich nicht "
     "mehr hochdrücken, springt sofort wieder runter", (ELEK,)),
    ("Grüß Gott, i bräucht an Elektriker, de Außenlampe an da Garage geht nimma und da "
     "Bewegungsmelder spinnt.", (ELEK,)),
    ("Hallo, der Rauchmelder im Flur piept alle paar Minuten, wir haben die Batterie "
     "gewechselt, er piept trotzdem. Hängt sehr hoch.", (ELEK, HAUS)),
    ("Unsere Klingel und die Gegensprechanlage im Mehrfamilienhaus gehen seit dem "
     "Gewitter nicht mehr.", (ELEK,)),
    ("Hello, we need a few extra sockets in the home office, there is only one on each "
     "wall and we have extension leads everywhere.", (ELEK,)),
    ("Hallo, wir brauchen einen Starkstromanschluss für den neuen Herd, bisher war ein "
     "Gasherd in der Küche.", (ELEK,)),
    ("Lichtschalter im Schlafzimmer knistert und wird warm wenn man ihn drückt", (ELEK,)),
    # Appliances (no craft of their own)
    ("Unsere Waschmaschine (Bosch, 6 Jahre) zeigt Fehler E18 und pumpt nicht mehr ab, "
     "Flusensieb ist sauber. Reparieren Sie sowas?", (ELEK, EMB, SHK)),
    ("Kühlschrank kühlt nicht mehr richtig, das Gefrierfach ist vereist und unten "
     "steht Wasser", (ELEK, EMB, KLIMA)),
    ("Hi, our oven stopped heating, the light and the fan work but it stays cold. It's "
     "a built-in Siemens.", (ELEK, EMB)),
    ("Der Geschirrspüler macht nicht mehr sauber und bleibt mitten im Programm stehen, "
     "ist noch gar nicht so alt.", (ELEK, EMB, SHK)),
    # Painting and wallpaper
    ("Hallo, wir ziehen Ende des Monats aus und müssen laut Mietvertrag alle Wände weiß "
     "streichen, 3 Zimmer Küche Bad, ca. 75 qm. Im Wohnzimmer ist eine Wand dunkelblau.",
     (MALER,)),
    ("Moin, unser Treppenhaus im Mehrfamilienhaus sieht furchtbar aus, Kratzer und "
     "Flecken überall. Die Eigentümergemeinschaft will es neu machen lassen.", (MALER,)),
    ("Die Fassade von unserem Haus ist grau und an der Wetterseite grünlich, wir hätten "
     "sie gern neu gestrichen, vorher vielleicht gereinigt.", (MALER, GEB)),
    ("Hi, we'd like to have our living room and hallway painted, the walls have some "
     "small holes from picture hooks that need filling first.", (MALER,)),
    ("Hallo, die alte Tapete im Schlafzimmer soll runter und neu tapeziert werden, am "
     "liebsten Vlies, überstreichbar. Ca 14 qm Grundfläche.", (MALER,)),
    ("Unsere Holzfenster außen blättern ab, die Farbe ist an vielen Stellen weg. Können "
     "Sie die abschleifen und neu lackieren?", (MALER, TISCH)),
    ("Heizkörper lackieren lassen, 6 Stück, sind vergilbt", (MALER,)),
    ("Nach dem Wasserschaden ist die Decke im Flur gelb verfärbt, trocken ist sie schon "
     "laut Gutachter. Jetzt muss nur noch gestrichen werden.", (MALER,)),
    # Tiling
    ("Hallo, im Bad sind mehrere Fliesen an der Wand hohl und eine ist schon "
     "runtergefallen. Dahinter bröselt der Kleber.", (FLIES,)),
    ("Wir möchten die Küche neu fliesen lassen, Boden ca 12 qm, die alten Fliesen "
     "sollen raus. Großformat 60x60.", (FLIES,)),
    ("Fugen in der Dusche sind schwarz und teilweise ausgebrochen, bitte neu verfugen "
     "und silikon neu", (FLIES,)),
    ("Hello, one of the floor tiles in our kitchen cracked when I dropped a pan on it. "
     "We still have two spare tiles from the previous owner.", (FLIES,)),
    ("Hallo, unser Balkon soll neue Fliesen bekommen, die alten sind gerissen und "
     "teilweise lose, Wasser läuft drunter.", (FLIES, MAUR)),
    ("Fliesenspiegel in der Küche erneuern, ca 4 Meter lang", (FLIES,)),
    # Windows and doors
    ("Unsere Fenster sind noch von 1980, einfach verglast mit Holzrahmen, es zieht "
     "überall. Wir möchten alle 9 Fenster gegen Kunststoff tauschen lassen.",
     (FENST, TISCH, GLAS)),
    ("Hallo, unsere Balkontür schließt nicht mehr richtig, man muss sich dagegen werfen "
     "damit der Griff runtergeht. Im Winter zieht es kalt rein.", (FENST, TISCH)),
    ("Haustür klemmt unten am Boden seit es so feucht ist, geht nur mit Gewalt auf",
     (TISCH, FENST)),
    ("Hi, the window in our kid's room won't close properly anymore, the handle turns "
     "but the window doesn't lock. It's a tilt and turn window.", (FENST, TISCH)),
    ("Guten Tag, wir brauchen für unser Haus eine neue Haustür mit besserer "
     "Einbruchsicherung, die alte ist aus Holz und verzogen.", (FENST, TISCH, METALL)),
    ("Hallo, an unserem Dachfenster ist die Scheibe innen beschlagen zwischen den "
     "Gläsern, sieht man gar nicht mehr durch.", (GLAS, DACH, FENST)),
    ("In der Terrassentür ist heute ein Stein vom Rasenmäher reingeflogen, jetzt hat "
     "die Scheibe ein Loch mit Rissen drumrum", (GLAS,)),
    ("Moin, wir hätten gerne Insektenschutz an allen Fenstern, am besten Plissee an der "
     "Terrassentür.", (ROLL, FENST, TISCH)),
    # Carpentry
    ("Wir suchen einen Schreiner, der uns unter der Dachschräge einen Einbauschrank "
     "nach Maß baut, ca. 3 Meter breit.", (TISCH,)),
    ("Hallo, die Treppe bei uns im Haus knarzt bei jeder Stufe furchtbar, ist eine "
     "Holztreppe von 1975. Kann man das beheben?", (TISCH,)),
    ("Zimmertür schleift am Boden, seit wir den neuen Teppich haben, die müsste "
     "gekürzt werden", (TISCH, HAUS)),
    ("Hello, we bought a kitchen from IKEA and need someone to assemble and install it, "
     "including cutting the worktop for the sink.", (TISCH, HAUS, SHK)),
    ("Hallo, unser Gartentor aus Holz ist morsch und fällt auseinander, die Pfosten "
     "wackeln.", (TISCH, ZIMM, GART, METALL)),
    ("Die Küchenschranktür hängt schief, Scharnier ist ausgerissen aus der Spanplatte",
     (TISCH, HAUS)),
    ("Guten Tag, wir möchten eine Holzterrasse bauen lassen, ca 25 qm, auf "
     "Unterkonstruktion, Bangkirai oder WPC.", (ZIMM, TISCH, GART)),
    # Flooring
    ("Hallo, wir möchten in der ganzen Wohnung neuen Boden, im Moment liegt alter "
     "Teppich, der soll raus und dafür Vinyl oder Laminat rein, ca 80 qm.", (BODEN, PARK)),
    ("Unser Parkett im Wohnzimmer ist total zerkratzt vom Hund, kann man das abschleifen "
     "und neu versiegeln?", (PARK,)),
    ("Laminat hat sich gewölbt nach dem die Spülmaschine ausgelaufen ist, an den Fugen "
     "steht es hoch", (BODEN, TROCK)),
    ("Hi, the floorboards in our old flat have big gaps and some of them creak and move "
     "when you walk. Could someone fix them or put a new floor down?",
     (PARK, BODEN, TISCH, ZIMM)),
    ("Moin, Estrich im Anbau soll gegossen werden, ca 30 qm, Fußbodenheizung ist schon "
     "verlegt.", (ESTR,)),
    ("Hallo, wir brauchen neuen Teppichboden im Kinderzimmer und im Büro, zusammen "
     "ungefähr 28 Quadratmeter.", (BODEN, RAUM)),
    ("Die Dielen im Altbau sollen geschliffen und geölt werden, 3 Zimmer", (PARK, BODEN)),
    # Garden
    ("Hallo, unsere Hecke ist völlig verwildert, ca. 30 Meter Thuja, 2,5 m hoch. Wir "
     "schaffen das nicht mehr selbst, bitte einmal richtig zurückschneiden und das "
     "Schnittgut mitnehmen.", (GART,)),
    ("Wir haben einen großen Walnussbaum, der über das Nachbargrundstück ragt, ein paar "
     "Äste müssen ab, der Nachbar beschwert sich.", (GART,)),
    ("Rasen mähen und vertikutieren, 400 qm, regelmäßig alle 2 Wochen im Sommer",
     (GART, HAUS)),
    ("Hi, our garden has been neglected for years, it's all weeds and brambles. We'd "
     "like it cleared and a simple lawn put down.", (GART,)),
    ("Hallo, wir wollen den Garten neu anlegen lassen, mit Beeten, Rasen und einem "
     "kleinen Weg aus Natursteinen. Grundstück 250 qm.", (GART, PFLA)),
    ("Moin, Baumstumpf im Vorgarten soll raus, ca 60 cm Durchmesser, Fräse?", (GART,)),
    ("Grüß Gott, bei uns im Garten ist die Bewässerung kaputt, die Sprenger kommen "
     "nimmer raus und am Ventil tropft es.", (GART, SHK)),
    ("Laub aus dem Garten und Hof wegmachen, ist ein riesiger Haufen von der Eiche",
     (GART, HAUS)),
    # Paving, masonry, plaster, drywall
    ("Hallo, unsere Garageneinfahrt ist gepflastert und hat sich an einigen Stellen "
     "gesenkt, außerdem wächst überall Unkraut in den Fugen.", (PFLA, GART)),
    ("Wir möchten zwischen Küche und Wohnzimmer eine Wand rausnehmen lassen, ich weiß "
     "nicht ob die tragend ist. Wer kann das anschauen und machen?", (MAUR,)),
    ("Hallo, in unserer Garage ist ein langer Riss quer durch die Wand, von oben bis "
     "unten, ca 1 cm breit.", (MAUR,)),
    ("Grüß Gott, mir brauchn a kloane Mauer im Garten, so 60 cm hoch, damit da Hang ned "
     "runterrutscht.", (MAUR, GART)),
    ("Hallo, der Außenputz an unserem Haus hat überall Risse und an der Ecke platzt er "
     "großflächig ab, man sieht die Steine.", (STUCK, MAUR)),
    ("Wir möchten im Dachboden mit Rigips zwei Zimmer abtrennen lassen, Ständerwerk und "
     "Dämmung, ca 20 qm Wandfläche.", (STUCK, ZIMM, DAEMM)),
    ("Hi, there's a big crack in the plaster on our living room ceiling and small bits "
     "keep falling down. It's an old building.", (STUCK, MALER)),
    ("Beim Lampe aufhängen ist ein großes Stück Putz aus der Decke gebrochen, das Loch "
     "muss zugemacht werden", (STUCK, MALER, HAUS)),
    ("Hallo, wir brauchen eine abgehängte Decke im Bad damit wir Spots einbauen können.",
     (STUCK, ELEK)),
    # Damp and mould
    ("Hallo, in der Ecke vom Schlafzimmer hinter dem Schrank ist alles schwarz vor "
     "Schimmel, und die Wand fühlt sich feucht an. Wir lüften eigentlich regelmäßig.",
     (SCHUTZ, TROCK, MALER)),
    ("Unser Keller ist feucht, an den Wänden blüht weißes Salz aus und der Putz "
     "bröckelt. Das Haus ist von 1930.", (SCHUTZ, MAUR, TROCK)),
    ("Hi, our basement flat smells musty and there are dark patches on the walls near "
     "the floor. We think it's rising damp.", (SCHUTZ, TROCK)),
    ("Nach dem Hochwasser steht im Keller noch 10 cm Wasser, wir brauchen jemanden zum "
     "Abpumpen und Trocknen.", (TROCK,)),
    ("Wasserschaden im Bad vom Nachbarn, unsere Wand ist nass, Versicherung will eine "
     "Leckortung und Trocknung", (TROCK, SHK)),
    ("Schimmel im Bad an der Decke, immer wieder, trotz Anti-Schimmel-Farbe", (SCHUTZ,
     MALER, TROCK)),
    # Shutters and awnings
    ("Hallo, der Rollladen im Wohnzimmer ist runtergerauscht und geht nicht mehr hoch, "
     "ich glaub der Gurt ist gerissen.", (ROLL,)),
    ("Moin, unsere elektrischen Rollos fahren nur noch bis zur Hälfte und bleiben "
     "stehen, Motor brummt.", (ROLL, ELEK)),
    ("Rollade klemmt, Lamellen schief", (ROLL,)),
    ("Hi, we'd like an electric awning for our terrace, about 4 metres wide, with a "
     "wind sensor.", (ROLL,)),
    ("Guten Tag, wir möchten an den Südfenstern außen Raffstores nachrüsten lassen, "
     "insgesamt 5 Fenster.", (ROLL,)),
    # Locks and metal
    ("Hab mich ausgesperrt, Schlüssel steckt innen, bitte dringend jemand", (METALL,)),
    ("Hallo, wir hätten gerne ein Geländer an der Außentreppe, 5 Stufen, meine "
     "Schwiegermutter braucht was zum Festhalten. Verzinkt oder Edelstahl.", (METALL,)),
    ("Der Schlüssel ist im Schloss der Kellertür abgebrochen, das Stück steckt noch drin.",
     (METALL,)),
    ("Hello, we'd like to change the lock cylinder on our front door, we lost a key and "
     "don't know who has it.", (METALL,)),
    ("Das elektrische Hoftor bleibt auf halber Strecke stehen und piept", (METALL,
     ELEK)),
    ("Hallo, am Balkongeländer rostet es überall, das Blech unten ist schon "
     "durchgerostet. Schweißen oder neu?", (METALL,)),
    # Chimney and stoves
    ("Guten Tag, wir haben ein Haus gekauft mit offenem Kamin, den wir wieder nutzen "
     "wollen. Wer kann prüfen ob der Schornstein in Ordnung ist und ihn kehren?",
     (SCHORN, OFEN)),
    ("Hallo, unser Kaminofen zieht nicht richtig, beim Anheizen kommt Rauch ins "
     "Wohnzimmer. Die Scheibe ist auch immer schwarz.", (OFEN, SCHORN)),
    ("Wir möchten einen Schwedenofen im Wohnzimmer aufstellen lassen, einen Schornstein "
     "haben wir schon.", (OFEN, SCHORN)),
    ("hi, we're renting and the landlord says the chimney sweep has to come every year, "
     "who do we call?", (SCHORN,)),
    # Cleaning
    ("Guten Tag, wir suchen eine Reinigungskraft für unser Büro, 3 mal die Woche abends, "
     "ca 150 qm, Küche und Sanitär inklusive.", (GEB, REIN)),
    ("Hallo, nach der Renovierung ist überall Staub und Farbe, wir brauchen eine "
     "Baureinigung bevor die Möbel kommen.", (REIN, GEB)),
    ("Fenster putzen lassen, Einfamilienhaus, 14 Fenster und ein Wintergarten",
     (REIN, GEB)),
    ("Hi, we need an end-of-tenancy deep clean for a 3 bedroom flat including oven and "
     "bathroom limescale.", (REIN, GEB)),
    ("Hallo, mein Vater ist verstorben und die Wohnung ist total vermüllt, wir brauchen "
     "jemanden für Entrümpelung und Reinigung.", (REIN, UMZ, HAUS)),
    ("Treppenhausreinigung für ein 6-Parteien-Haus gesucht, wöchentlich", (GEB, REIN,
     HAUS)),
    # Moving
    ("Hallo, wir ziehen im März von Frankfurt nach Hamburg, 3-Zimmer-Wohnung, 3. Stock "
     "ohne Aufzug. Bitte um ein Angebot mit Ein- und Auspacken.", (UMZ,)),
    ("Brauche 2 Leute und einen Transporter, Klavier muss vom EG in den 2. Stock",
     (UMZ,)),
    ("Hi, moving out of my flat next month, need someone to take the furniture to a "
     "storage unit, it's about 20 boxes, a bed, sofa and a wardrobe.", (UMZ,)),
    ("Möbel vom Büro abbauen, transportieren und im neuen Büro wieder aufbauen, 12 "
     "Arbeitsplätze", (UMZ, TISCH)),
    ("Halteverbotszone und Möbelpacker für Samstag gesucht, kleine Wohnung", (UMZ,)),
    # Other
    ("Hallo, unsere Klimaanlage im Schlafzimmer kühlt nicht mehr, das Außengerät läuft "
     "aber es kommt nur warme Luft. Ich glaube es fehlt Kältemittel.", (KLIMA,)),
    ("Satellitenschüssel nach Sturm verdreht, kein Empfang mehr auf allen Programmen",
     (IT, ELEK)),
    ("Hallo, wir brauchen ein Gerüst an der Giebelseite für ca. 3 Wochen, der "
     "Dachdecker hat gesagt wir sollen das selbst organisieren.", (GERUEST,)),
    ("Wir möchten den Dachboden dämmen lassen, oberste Geschossdecke, ca 60 qm, es ist "
     "im Winter so kalt oben.", (DAEMM, ZIMM, DACH)),
    ("Hallo, der Grabstein meiner Eltern ist umgekippt und die Inschrift soll ergänzt "
     "werden.", (STEIN,)),
    ("Hi, our wifi doesn't reach the upstairs rooms and we'd like network cables run to "
     "the bedrooms and the office.", (IT, ELEK)),
    ("Vorhänge und Gardinen für das ganze Haus, mit Maß nehmen und Aufhängen",
     (RAUM,)),
    ("Hallo, in unserem Haus ist ein Marderproblem, das Tier läuft nachts auf dem "
     "Dachboden rum und hat schon die Dämmung zerlegt.", (DACH, DAEMM, ZIMM)),
]
