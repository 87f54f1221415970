"""Evaluation set for trade detection, held out: written before the detection was rebuilt
and never used for tuning keywords or weights. Same style and labels as `eval_tuning.py`,
on average longer (a story first, the problem somewhere in the middle)."""

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

HELD_OUT: list[tuple[str, tuple[str, ...]]] = [
    ("Hallo, wir sind letzten Monat in eine Doppelhaushälfte gezogen und haben jetzt "
     "gemerkt dass es im Obergeschoss bei Regen an der Wand zum Nachbarn reinläuft. Oben "
     "am Dach ist da so ein Blechstreifen, der sieht lose aus.", (DACH, KLEMP)),
    ("Guten Abend, mein Vater (82) wohnt noch alleine und hat seit dem Wochenende keine "
     "Heizung mehr. Die Therme im Bad blinkt rot. Er friert und will nicht ins Heim. "
     "Wer kann morgen früh kommen?", (SHK,)),
    ("Hi, I've been trying to find someone for weeks. The grout in our shower has turned "
     "black and some tiles sound hollow when you tap them. Our German isn't great, sorry.",
     (FLIES,)),
    ("Also wir haben heute früh gemerkt dass es im Hauswirtschaftsraum nach Gas riecht, "
     "nicht stark aber doch deutlich. Mein Mann sagt das bildet man sich ein.", (SHK,)),
    ("Moin! Unser Abwasser im Erdgeschoss läuft seit gestern nicht mehr ab, weder "
     "Toilette noch Dusche. Oben geht alles. Riecht auch schon unangenehm im Flur.",
     (ROHR, SHK)),
    ("Liebes Team, ich bin Lehrerin und habe nur nachmittags Zeit. In meiner Wohnung "
     "müssten zwei Zimmer gestrichen werden, eins davon hat eine Tapete die sich an den "
     "Nähten löst.", (MALER,)),
    ("Hallo, ich schreib mal hier rein: bei uns ist die Elektrik im Keller uralt, "
     "Porzellansicherungen und Stoffkabel. Wir wollen dort eine Werkstatt einrichten und "
     "brauchen Starkstrom.", (ELEK,)),
    ("Also das Problem ist folgendes, wenn wir duschen dann kommt im Keller an der Decke "
     "Wasser raus. Nicht viel aber man sieht schon Flecken und es tropft ab und zu.",
     (SHK, TROCK)),
    ("Hey, bei uns auf dem Balkon hat sich das Geländer gelockert, man kann es richtig "
     "hin und her bewegen. Wir haben zwei kleine Kinder, das ist mir zu gefährlich.",
     (METALL,)),
    ("Good morning, we're renting a flat in Mainz. The front door lock is very stiff "
     "and today the key broke off inside. We can still get in through the back.",
     (METALL,)),
    ("Guten Tag, bei uns im Vorgarten ist der Plattenweg total zugewachsen und die "
     "Platten sind schief, teilweise stolpert man. Wir würden ihn gern neu machen lassen, "
     "ca 12 Meter.", (PFLA, GART)),
    ("Hallo, ich suche jemanden, der die Fenster in unserem Büro putzt. Ca. 40 Fenster, "
     "zweimal im Jahr, Erdgeschoss und erster Stock.", (GEB, REIN)),
    ("Seit ein paar Tagen knallt es in den Heizungsrohren, wenn die Heizung morgens "
     "anspringt, so um 6 Uhr. Die Kinder wachen davon auf.", (SHK,)),
    ("hallo, unser rolladen im wohnzimmer ist mit lautem knall runtergekracht und geht "
     "jetzt gar nicht mehr hoch, gurt ist noch ganz", (ROLL,)),
    ("Wir planen unser kleines Bad im Obergeschoss zu erneuern. Badewanne raus, Dusche "
     "rein, neues WC und Waschtisch, und natürlich neue Fliesen an Wand und Boden.",
     (SHK, FLIES)),
    ("Servus, mir ham im Keller a Problem mit da Feuchtigkeit, d'Wänd san nass bis auf "
     "an Meter Höhe und es schimmelt hinter de Regale.", (SCHUTZ, TROCK, MAUR)),
    ("I live on the ground floor and since last week there's a strange buzzing sound "
     "coming from the fuse box, and the kitchen lights dim when the fridge starts.",
     (ELEK,)),
    ("Hallo, ich hätte gerne ein Angebot für Laminat in Wohnzimmer und Flur, zusammen "
     "etwa 42 qm, inklusive Sockelleisten. Der alte Teppich muss vorher raus.", (BODEN,)),
    ("Ich hab da ne Frage, unsere Dachrinne ist an einer Stelle durchgerostet und "
     "tropft genau auf die Haustür. Kann man die flicken oder muss die neu?", (KLEMP,
     DACH)),
    ("Hallo, die Fugen zwischen den Steinen an unserer Klinkerfassade bröseln raus, "
     "man kann sie mit dem Finger rauskratzen. Haus ist aus den 60ern.", (MAUR, STUCK)),
    ("Nach einem Wasserschaden von oben (Nachbar) ist unsere Küchendecke durchnässt "
     "und hängt etwas durch. Die Versicherung will einen Bericht und eine "
     "Trocknung.", (TROCK, STUCK)),
    ("Hi, we moved into an old house and the wooden floors are really worn, scratched "
     "and grey. We'd love to have them sanded and oiled before we move furniture in.",
     (PARK,)),
    ("Schönen guten Tag, wir möchten in unserem Einfamilienhaus eine Klimaanlage für "
     "Schlafzimmer und Büro. Beides im Dachgeschoss, Außengerät könnte auf die Garage.",
     (KLIMA,)),
    ("Hallo, der Kachelofen in unserem Wohnzimmer hat Risse in den Fugen und es kommt "
     "Rauch raus wenn wir einheizen. Schornsteinfeger war schon da.", (OFEN,)),
    ("Unsere Hausverwaltung sucht einen Hausmeisterdienst für eine Wohnanlage mit 24 "
     "Wohnungen: Treppenhaus, Mülltonnen, Winterdienst, Kleinreparaturen.", (HAUS, GEB)),
    ("Hallo, ich brauche Hilfe mit meiner Haustür. Die ist aus Holz, hat sich verzogen "
     "und schließt unten nicht mehr dicht, es zieht richtig rein.", (TISCH, FENST)),
    ("Ich möchte meine Garage zum Fitnessraum umbauen. Dafür brauche ich Dämmung, Strom "
     "und einen vernünftigen Boden. Womit fange ich an?", (ELEK, DAEMM, BODEN, ESTR,
     MAUR, HAUS)),
    ("Heute Nacht hat der Sturm einen großen Ast auf unser Gartenhaus geworfen, das Dach "
     "ist eingedrückt und die Tür klemmt.", (ZIMM, DACH, GART)),
    ("Hallo, der Warmwasserspeicher im Keller tropft aus dem Sicherheitsventil, "
     "ständig. Es steht schon ein Eimer drunter.", (SHK,)),
    ("Wir haben im Flur einen langen Riss in der Decke entdeckt, der geht quer durch "
     "und wird breiter. Müssen wir uns Sorgen machen?", (STUCK, MAUR, MALER)),
    ("Moin, ich bin Vermieter einer kleinen Wohnung und der Mieter ist ausgezogen. "
     "Bevor der nächste kommt müsste die Wohnung gereinigt, gestrichen und das Bad "
     "kontrolliert werden.", (MALER, REIN, HAUS)),
    ("Can someone please help us? Our kitchen drain has been gurgling for days and now "
     "dirty water comes up in the sink when the dishwasher pumps out.", (ROHR, SHK)),
    ("Wir haben eine Mietwohnung im 4. Stock, der Aufzug ist seit zwei Wochen kaputt "
     "und wir ziehen am 15. um. Wer macht Umzüge ohne Aufzug?", (UMZ,)),
    ("Die Zimmertür vom Kinderzimmer geht nicht mehr zu, die Klinke hängt runter und "
     "der Schnapper kommt nicht raus.", (TISCH, HAUS, METALL)),
    ("Hallo! Wir haben im Garten einen alten Brunnen, die Pumpe zieht keine Luft mehr "
     "bzw. fördert kein Wasser. Brunnen ist ca 8 m tief.", (SHK, GART)),
    ("Bei uns ist die Fensterbank im Wohnzimmer (Marmor) gebrochen, weil jemand "
     "draufgestiegen ist. Können Sie eine neue zuschneiden?", (STEIN,)),
    ("Also unser Schlafzimmer ist nach Westen raus und wird im Sommer brutal warm. "
     "Wir hätten gern außen was vor den Fenstern, Raffstores oder Rollläden.", (ROLL,)),
    ("Hallo Leute, am Fahrradständer hat jemand mein Hinterrad plattgemacht, die Felge "
     "ist ein Achter und der Mantel aufgerissen.", (RAD,)),
    ("Guten Tag, wir hätten gerne ein Angebot für einen neuen Zaun zum Nachbarn, ca 25 "
     "Meter, Holz oder Metall, und ein kleines Gartentor.", (METALL, GART, ZIMM)),
    ("My wife and I are from India and just bought an apartment in Eschborn. The "
     "previous owner left the walls in terrible shape, holes everywhere, we need a "
     "painter and maybe someone to fill the holes.", (MALER, STUCK, HAUS)),
    ("Unsere Kellertreppe (Holz) ist ziemlich morsch und eine Stufe ist schon "
     "gebrochen, wir brauchen eine neue Treppe, gerne wieder Holz.", (TISCH, ZIMM)),
    ("Guten Tag! Die Spülmaschine ist neu, aber es gibt keinen passenden Anschluss "
     "unter der Spüle. Kann jemand einen Geräteanschluss setzen?", (SHK,)),
    ("Hi, bei mir ist über Nacht das Wasser aus dem Aquarium ausgelaufen, der Boden im "
     "Wohnzimmer (Parkett) ist aufgequollen.", (PARK, TROCK)),
    ("Ich brauche jemanden, der den Dachboden ausräumt, da liegt der ganze Krempel "
     "vom Vorbesitzer, und den Sperrmüll mitnimmt.", (UMZ, HAUS)),
    ("Hallo, bei uns hat der Blitz eingeschlagen, seitdem gehen Fernseher, Router und "
     "ein paar Steckdosen nicht mehr.", (ELEK, IT)),
    ("Grüezi, bi üs isch d'Heizig usgstige und mir händ kei warms Wasser meh", (SHK,)),
    ("Im Badezimmer bröckelt die Silikonfuge an der Wanne und dahinter ist es schon "
     "schwarz, ich glaube das Wasser läuft hinter die Fliesen.", (FLIES, SHK, HAUS)),
    ("Hallo, können Sie auch Dachfenster einbauen? Wir wollen den Spitzboden heller "
     "machen, zwei Fenster je 78x118.", (DACH, ZIMM)),
    ("Ich hab beim Bohren eine Wasserleitung getroffen!! Wasser spritzt aus der Wand, "
     "habe ein Handtuch draufgedrückt.", (SHK,)),
    ("Guten Tag, wir suchen für unsere Praxis eine regelmäßige Reinigung, 3x die Woche "
     "abends, ca 180 qm.", (GEB, REIN)),
    ("Hallo, unser Estrich im Keller ist an einigen Stellen hohl und gerissen, wir "
     "wollen dort einen Hobbyraum machen mit Vinylboden.", (ESTR, BODEN)),
    ("There's a constant dripping sound inside the wall behind our toilet, and the water "
     "meter keeps turning even when nothing is running.", (SHK,)),
    ("Bei der Hausübergabe ist uns aufgefallen, dass im Dachgeschoss die Dämmung "
     "fehlt bzw. nur Reste drin sind. Wir wollen das vor dem Winter machen.", (DAEMM,
     ZIMM, DACH)),
    ("Servus, unser Holzzaun ist morsch und ein Pfosten ist abgebrochen, der Zaun "
     "hängt schief. Ca. 15 m.", (ZIMM, GART, TISCH, METALL)),
    ("hi, kann mir jemand ne lampe an die decke machen? kabel schaut raus aber ich "
     "trau mich nicht, bin mieterin", (ELEK, HAUS)),
    ("Hallo, wir haben ein Fachwerkhaus und in der Fassade sind die Gefache rissig und "
     "der Lehmputz fällt raus.", (STUCK, ZIMM, MAUR)),
    ("Hallo, wir sind eine WG und die Spülmaschine hat ausgelaufen, jetzt ist das "
     "Laminat in der Küche gewellt, Vermieter zahlt.", (BODEN,)),
    ("Nach dem Sturm ist unser Trampolin in den Zaun geflogen und eine Terrassen-"
     "Glasscheibe ist kaputt.", (GLAS,)),
    ("Moin! Wir suchen jemanden für eine Wandverkleidung aus Holz im Wohnzimmer, "
     "Akustikpaneele, und ein Sideboard nach Maß.", (TISCH,)),
    ("Guten Tag, in meinem Schlafzimmer ist ein Fenster so undicht dass die "
     "Gardinen bei Wind wehen. Kunststofffenster, 20 Jahre alt.", (FENST, GLAS, TISCH)),
    ("Hallo, die Waschtischarmatur im Gäste-WC wackelt und tropft, außerdem ist der "
     "Abfluss vom Waschbecken sehr langsam.", (SHK, ROHR)),
    ("Unser Nachbar hat uns gesagt, dass bei uns Ziegel am Ortgang lose sind und "
     "runterfallen könnten. Von unten sieht man es kaum.", (DACH,)),
    ("Wir suchen jemanden der eine Sichtschutzwand aus Gabionen an der Grundstücks-"
     "grenze setzt, ca 10 Meter lang.", (GART, MAUR, METALL, PFLA)),
    ("Hallo, bitte um Hilfe: meine Mikrowelle hat gefunkt und jetzt riecht die Küche "
     "verbrannt, die Steckdose ist schwarz.", (ELEK,)),
    ("Good afternoon, our landlord asked us to find a company to clean the carpets and "
     "the oven before we move out at the end of the month.", (REIN,)),
    ("Hallo, ich habe einen alten Dielenboden unter dem Teppich entdeckt und würde "
     "den gern wieder schön machen lassen, ca 25 qm.", (PARK,)),
    ("Hallo, wir hätten gern eine Photovoltaikanlage mit Batteriespeicher, das Dach "
     "wurde letztes Jahr neu gedeckt.", (ELEK,)),
    ("Wir brauchen jemand, der uns einen Kellerabgang von außen baut, also Treppe "
     "mit Stützmauern aus Beton.", (MAUR,)),
    ("Hi zusammen, bei mir tropft seit gestern Wasser aus der Deckenlampe im Flur! "
     "Über mir wohnt jemand, der ist nicht da.", (SHK, ELEK)),
    ("Unser Parkett im Schlafzimmer hat nach dem Umzug tiefe Kratzer, vom Schrank. "
     "Kann man das ausbessern ohne alles abzuschleifen?", (PARK,)),
    ("Hallo, bei uns pfeift die Heizung in der Nacht, das Geräusch kommt aus den "
     "Rohren im Schlafzimmer.", (SHK,)),
    ("ich wohne im erdgeschoss, bei regen kommt unter der terrassentür wasser rein, "
     "der boden davor ist schon fleckig", (FENST, TISCH, FLIES, SCHUTZ, GLAS)),
    ("Wir suchen einen Fachbetrieb für die Fassadendämmung (WDVS) an unserem "
     "Einfamilienhaus, ca 200 qm Fassadenfläche.", (DAEMM, STUCK)),
    ("Der Abwasserkanal vor unserem Haus stinkt seit Tagen, im Keller riecht es auch "
     "schon faulig.", (ROHR,)),
    ("Hi, I work from home and my internet connection keeps dropping. The router is in "
     "the hallway and I'd like a proper network cable to my office.", (IT, ELEK)),
    ("Guten Tag, bei unserem Altbau platzt im Treppenhaus die Farbe von der Wand, "
     "darunter ist der Putz sandig.", (MALER, STUCK)),
    ("Liebe Leute, wir haben seit 3 Tagen keinen Strom in der Garage und im Garten, "
     "die Sicherung fliegt sofort wieder raus.", (ELEK,)),
    ("Ich möchte gerne meinen Balkon mit Holzfliesen oder WPC belegen lassen, ca 8 qm, "
     "darunter ist Beton.", (BODEN, ZIMM, TISCH, FLIES)),
    ("Hallo, unser Lichtschacht vorm Kellerfenster läuft bei Regen voll, der Ablauf "
     "ist wohl verstopft.", (ROHR,)),
    ("Grüß Gott, mia brauchad an Spengler, d'Rinna am Dach is lack und tropft", (KLEMP,
     DACH)),
    ("Bei uns hat der Frost die Außenwasserleitung im Garten gesprengt, da kommt jetzt "
     "Wasser aus der Wand.", (SHK,)),
    ("Hallo, mein Kleiderschrank ist beim Umzug kaputtgegangen, die Seitenwand ist "
     "gebrochen. Ist ein Massivholzschrank, lohnt sich die Reparatur?", (TISCH,)),
    ("Ich habe eine Mietwohnung und in der Küche löst sich die Arbeitsplatte an der "
     "Spüle auf, das Holz ist aufgequollen.", (TISCH,)),
    ("Wir haben vor, das Dach zu erneuern und gleich neue Rinnen, Fallrohre und "
     "Schneefanggitter montieren zu lassen.", (DACH, KLEMP)),
    ("Hi, we bought a house with a wood-burning stove but we're not sure it's safe. "
     "The glass is cracked and the door doesn't close properly.", (OFEN,)),
    ("Guten Abend, an unserer Haustür ist die Glasscheibe von innen gesprungen, "
     "Einbrecher wollten wohl rein. Die Polizei war schon da.", (GLAS,)),
    ("Hallo, ich habe im Bad Wandfliesen mit Rissen und möchte nur einzelne tauschen, "
     "ich habe noch ein paar Ersatzfliesen.", (FLIES,)),
    ("Mir ist der Spiegelschrank im Bad runtergefallen, Dübel haben nicht gehalten. "
     "Kann jemand den wieder aufhängen, richtig fest?", (HAUS,)),
    ("Hallo, in unserer Dusche kommt unten am Rand Wasser unter der Glastür durch, "
     "die Dichtung ist kaputt.", (GLAS, SHK, HAUS)),
    ("Wir haben im Sommer Wespen in der Dachverkleidung gehabt und jetzt sehen wir "
     "dass die Holzverkleidung am Dachüberstand verfault ist.", (ZIMM, DACH, TISCH)),
    ("Bei uns muss der Schornstein saniert werden, der Schornsteinfeger sagt er ist "
     "versottet, wir heizen mit Gas.", (SCHORN, SHK, MAUR)),
    ("Unser Teppich im Treppenhaus ist durchgelaufen, wir möchten neuen verlegen "
     "lassen, 14 Stufen plus Podest.", (BODEN, RAUM)),
    ("Hallo, ich suche jemand für Gartenarbeit: Laub wegmachen, Beete umgraben, "
     "Rosen schneiden. Einmalig im Herbst.", (GART,)),
    ("Hallo, die Klimaanlage in unserem Laden tropft innen Wasser auf die Ware, das "
     "Gerät ist an der Wand über der Tür.", (KLIMA,)),
    ("Es geht um einen Wasserschaden in der Küche: unter der Spülmaschine war "
     "alles nass, jetzt riecht es muffig unter dem Küchensockel.", (TROCK, SHK)),
    ("Hallo, bei uns ist die Zuleitung zur Außenlampe am Hauseingang abgerissen, die "
     "Kabel hängen raus.", (ELEK,)),
    ("Ich möchte einen Wasseranschluss im Garten, also einen frostsicheren Außenhahn "
     "an der Hauswand.", (SHK,)),
    ("Our upstairs neighbor's washing machine flooded and now our bathroom ceiling is "
     "bulging and the paint is peeling off.", (TROCK, STUCK, MALER)),
    ("Wir suchen eine Firma, die unseren alten Teppichboden im Wohnzimmer rausreißt "
     "und Parkett verlegt, ca 35 qm.", (PARK, BODEN)),
    ("Seit der Renovierung nebenan haben wir einen Riss in der Wand zum Nachbarn, "
     "durch den man fast durchgucken kann.", (MAUR, STUCK)),
    ("Hallo, mein Gartenwasserhahn tropft, und die Pumpe der Zisterne läuft ständig "
     "an und aus.", (SHK, GART)),
    ("Moin, bei uns hat der Marder im Dach gewütet, Dämmung zerfetzt und Kabel "
     "angeknabbert. Wer macht sowas wieder heile?", (DACH, DAEMM, ZIMM, ELEK)),
    ("Hallo, Fensterbretter innen erneuern, 7 Stück, gerne Holz oder Stein.", (TISCH,
     STEIN)),
    ("Guten Tag, wir brauchen ein Gerüst für Fassadenarbeiten, ca. 9 m hoch, eine "
     "Hausseite.", (MALER, STUCK)),
    ("Unser Sohn hat mit dem Fußball die Deckenleuchte im Kinderzimmer zerschossen, "
     "Glas ist ab und es flackert.", (ELEK,)),
    ("Hallo, wie teuer wäre es, die Heizkörper im ganzen Haus neu lackieren zu "
     "lassen? Es sind 11 Stück, teilweise mit Rost.", (MALER,)),
    ("Dachfenster im Bad lässt sich nicht mehr schließen, der Griff ist abgebrochen "
     "und es regnet leicht rein.", (DACH, FENST)),
]
