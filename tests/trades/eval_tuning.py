"""Evaluation set for trade detection, the part the keywords were tuned on.

Written for this project in the way people describe a problem at home when they write to
a stranger: long stories, greetings, times of day, function words (hat, weg, Uhr),
compounds, typos, dialect, several problems at once, English from people who moved here.
Each row: (message, every trade a dispatcher would accept). The held-out part lives in
`eval_held_out.py` and was not used for tuning.
"""

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
    KFZ,
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
    SCHUH,
    SCHUTZ,
    SHK,
    STEIN,
    STUCK,
    TISCH,
    TROCK,
    UHR,
    UMZ,
    ZIMM,
)

TUNING: list[tuple[str, tuple[str, ...]]] = [
    # --- roof, gutter ---------------------------------------------------------------------
    ("Guten Tag, seit dem Unwetter letzte Woche tropft es bei uns von der Decke in die "
     "Küche und ins WC, ich vermute das kommt vom Dach, da fehlen glaube ich ein paar "
     "Ziegel. Können Sie sich das anschauen?", (DACH,)),
    ("Hallo zusammen, bei meiner Mutter hat der Sturm gestern gegen 22 Uhr einige "
     "Dachpfannen weggeweht, jetzt liegt alles im Garten. Sie ist 84 und allein.", (DACH,)),
    ("Unsere Regenrinne läuft bei jedem Schauer über und das Wasser klatscht an die "
     "Hauswand, ich glaub die ist voller Laub und hängt auch schief", (DACH, KLEMP)),
    ("Moin, Flachdach auf der Garage ist undicht, Bitumenbahnen haben Blasen, wer macht "
     "sowas in der Gegend?", (DACH,)),
    ("hi we rent a house in Bad Homburg and there is water coming through the ceiling of "
     "the top floor bedroom whenever it rains hard, landlord says find someone", (DACH,)),
    ("Dachfenster im Kinderzimmer undicht, bei Schlagregen läuft's an der Laibung runter. "
     "Ist ein altes Velux von 1998", (DACH,)),
    ("Servus, bei uns im Speicher sieht man Licht durchs Dach, da is wohl a Ziegel "
     "verrutscht. Bittschön wer kann vorbeischaun", (DACH,)),
    ("Wir haben ein Haus gekauft Bj 1962 und möchten das Dach neu eindecken lassen und "
     "gleich dämmen, Fläche ca 140 qm", (DACH, DAEMM, ZIMM)),
    ("Die Kehle am Dach zwischen Haupthaus und Anbau ist undicht, nach starkem Regen "
     "haben wir nasse Flecken an der Schlafzimmerdecke", (DACH, KLEMP)),
    ("Schornsteinkopf bröckelt und die Einfassung ausm Blech hat sich gelöst, "
     "der Schornsteinfeger meinte wir sollen das machen lassen bevor der Winter kommt",
     (DACH, KLEMP, MAUR)),
    ("Das Fallrohr von der Dachrinne ist unten abgebrochen, das Wasser läuft direkt in "
     "den Keller-Lichtschacht", (KLEMP, DACH)),
    ("gutter on the back of the house is hanging loose and drips onto the patio door, "
     "can someone reattach it?", (DACH, KLEMP)),
    ("Bei uns regnets rein!!! oben im Dachgeschoss, Eimer steht schon drunter", (DACH,)),
    ("Hallo, wir suchen jemanden der unser Carport-Dach erneuert, die Wellplatten sind "
     "spröde und teilweise gebrochen", (DACH, ZIMM)),
    ("Kann jemand Moos vom Dach entfernen und die Dachrinnen reinigen? Haus ist "
     "zweistöckig", (DACH, GEB)),
    ("unser Schieferdach hat an der Wetterseite ein paar lose Platten, die klappern bei "
     "Wind, ich hab Angst die fallen jemandem auf den Kopf", (DACH,)),
    # --- plumbing, heating, gas ------------------------------------------------------------
    ("Hilfe, seit heute Morgen riecht es im Keller stark nach Gas, in der Nähe der "
     "Gastherme. Was soll ich tun?", (SHK,)),
    ("Unsere Gastherme geht ständig auf Störung, Display zeigt F.28, der Vermieter ist im "
     "Urlaub und wir haben seit zwei Tagen kein warmes Wasser", (SHK,)),
    ("Der Durchlauferhitzer in der Küche macht nur noch lauwarmes Wasser, Modell von "
     "Stiebel Eltron, ca 15 Jahre alt", (SHK, ELEK)),
    ("Hallo, bei mir im Bad tropft der Wasserhahn am Waschbecken seit Wochen, jetzt "
     "auch die Dusche. Bin Mieterin, Hausverwaltung reagiert nicht.", (SHK,)),
    ("Guten Abend, die Heizkörper im Wohnzimmer werden oben nicht warm und gluckern, "
     "entlüften hab ich schon probiert, hat nix gebracht", (SHK,)),
    ("Rohrbruch im Keller!!! Wasser spritzt aus der Leitung, Haupthahn ist zu, was jetzt",
     (SHK,)),
    ("Wir wollen unsere alte Ölheizung loswerden und auf Wärmepumpe umsteigen, Haus "
     "Baujahr 1985, 160 qm, brauchen Beratung und Angebot", (SHK,)),
    ("Moin, bräuchte nen Klempner, Klospülung läuft die ganze Zeit nach und das WC "
     "wackelt", (SHK, KLEMP)),
    ("the boiler in our flat keeps losing pressure, I top it up every two days and the "
     "radiators are only lukewarm. We just moved here from Dublin", (SHK,)),
    ("Die Fußbodenheizung im Bad wird nicht mehr warm, Rest der Wohnung geht", (SHK,)),
    ("Unter der Spüle ist alles nass, ich glaube der Siphon oder der Eckventil ist "
     "undicht, unten im Schrank steht das Wasser", (SHK,)),
    ("Hab seit gestern Abend kein Warmwasser mehr, Therme zeigt kein Fehler an aber die "
     "Flamme geht nicht an", (SHK,)),
    ("Hallo, mein Boiler im Gäste-WC tropft unten raus und die Sicherung fliegt "
     "manchmal raus", (SHK, ELEK)),
    ("Wasserzähler im Keller muss getauscht werden und gleich das Absperrventil, das "
     "lässt sich nicht mehr zudrehen", (SHK,)),
    ("Die Heizung springt morgens nicht an, erst wenn man sie aus und wieder an macht. "
     "Ist eine Vaillant ecoTEC", (SHK,)),
    ("Badewanne raus, bodengleiche Dusche rein, meine Frau kommt nicht mehr über den "
     "Wannenrand. Fliesen müssten dann auch teilweise neu", (SHK, FLIES)),
    ("our kitchen tap is leaking from the base and the water pressure in the shower is "
     "really weak, need a plumber", (SHK,)),
    ("Es riecht im ganzen Treppenhaus nach Gas, die Nachbarn sind nicht da", (SHK,)),
    ("Gastherme Wartung, letzte war 2021 glaub ich, und der Schornsteinfeger hat "
     "angemerkt dass die Abgaswerte grenzwertig sind", (SHK, SCHORN)),
    ("Hallo! Im Heizungsraum tropft es aus dem Ausdehnungsgefäß, Druck fällt ständig",
     (SHK,)),
    ("Wasserleitung in der Außenwand ist im Frost geplatzt, Wand ist nass", (SHK, TROCK)),
    ("Die Toilette im Obergeschoss ist locker und da kommt bei jeder Spülung Wasser "
     "unten raus", (SHK,)),
    ("Wir brauchen eine neue Armatur für die Küche und der Geschirrspüler soll "
     "angeschlossen werden", (SHK,)),
    ("Enthärtungsanlage einbauen lassen, unser Wasser ist extrem kalkig, alles setzt "
     "sich zu", (SHK,)),
    # --- drains ---------------------------------------------------------------------------
    ("Abfluss in der Küche ist komplett verstopft, Wasser steht in der Spüle, "
     "Rohrreiniger aus dem Baumarkt hat nicht geholfen", (ROHR, SHK)),
    ("Im Keller kommt aus dem Bodenablauf Wasser hoch und es stinkt nach Abwasser",
     (ROHR, SHK)),
    ("toilet is blocked and the water rises to the rim when flushing, we tried a plunger",
     (ROHR, SHK)),
    ("Dusche läuft total langsam ab und es gluckert im Waschbecken nebenan", (ROHR, SHK)),
    ("Kanal vom Haus zur Straße ist wohl durch Wurzeln zu, der Hof steht unter Wasser "
     "wenns regnet", (ROHR,)),
    # --- electrical -----------------------------------------------------------------------
    ("Seit gestern fliegt bei uns immer der FI raus sobald jemand den Wasserkocher "
     "anmacht, in der Küche ist dann alles dunkel", (ELEK,)),
    ("Guten Tag, ich möchte eine Wallbox in der Garage installieren lassen, Zählerschrank "
     "ist noch alt mit Schraubsicherungen", (ELEK,)),
    ("Die Steckdose im Flur ist ganz schwarz verkokelt und riecht verschmort, ich hab "
     "die Sicherung rausgedreht", (ELEK,)),
    ("Hallo, in unserer Altbauwohnung soll die komplette Elektrik erneuert werden, 3 "
     "Zimmer, Küche, Bad, Baujahr 1956", (ELEK,)),
    ("the lights in our hallway flicker and sometimes the whole circuit trips, the "
     "landlord told us to get an electrician", (ELEK,)),
    ("Brauche zusätzliche Steckdosen im Arbeitszimmer und einen Netzwerkanschluss, "
     "ungefähr 6 Stück", (ELEK, IT)),
    ("Herd anschließen, neuer Induktionsherd, Anschlussdose ist da aber nur 2 Phasen",
     (ELEK,)),
    ("Klingel geht nicht mehr und die Sprechanlage brummt nur, Mehrfamilienhaus mit 6 "
     "Parteien", (ELEK,)),
    ("Wir überlegen eine PV-Anlage aufs Dach mit Speicher, Südausrichtung, ca 10 kWp",
     (ELEK,)),
    ("Außenbeleuchtung am Haus mit Bewegungsmelder montieren, Kabel liegt schon", (ELEK,)),
    ("In der Küche funkt es aus dem Lichtschalter wenn man ihn betätigt!!", (ELEK,)),
    ("Stromausfall nur in zwei Zimmern, Sicherungen sind alle drin, Nachbarn haben "
     "Strom", (ELEK,)),
    # --- painting -------------------------------------------------------------------------
    ("Wir ziehen Ende des Monats aus und müssen die Wohnung streichen, 3 Zimmer, ca 75 "
     "qm, Decken und Wände weiß", (MALER,)),
    ("Hallo, suche Weißbinder für Treppenhaus in einem Mehrfamilienhaus in Frankfurt "
     "Bornheim, 4 Etagen", (MALER,)),
    ("Die Fassade von unserem Reihenhaus blättert ab und ist grünlich, sollte mal "
     "gestrichen werden", (MALER, STUCK, GEB)),
    ("Tapeten runter, Wände spachteln und neu tapezieren im Schlafzimmer, ungefähr 18 "
     "qm", (MALER,)),
    ("we need the living room and two bedrooms painted before our baby arrives, walls "
     "are currently dark green", (MALER,)),
    ("Haustür aus Holz ist total verwittert, müsste abgeschliffen und lackiert werden",
     (MALER, TISCH)),
    ("Nach dem Wasserschaden sind an der Decke gelbe Ränder, die müssten "
     "überstrichen werden, Schaden selbst ist behoben", (MALER,)),
    ("Holzfenster außen neu lackieren lassen, 8 Fenster, der Lack ist rissig", (MALER,
     TISCH)),
    ("Gartenzaun und Geländer aus Metall rostig, abschleifen und streichen", (MALER,
     METALL)),
    ("Raufaser im Flur und Wohnzimmer neu, die alte ist vergilbt vom Rauchen des "
     "Vormieters", (MALER,)),
    # --- tiles ----------------------------------------------------------------------------
    ("Im Bad sind mehrere Fliesen gesprungen und die Fugen in der Dusche sind schwarz, "
     "kann man die erneuern?", (FLIES,)),
    ("Küchenrückwand soll gefliest werden, ca 3 Meter lang, Fliesen sind schon gekauft",
     (FLIES,)),
    ("Terrasse neu fliesen, Feinsteinzeug 60x60, ungefähr 25 qm, alter Belag muss runter",
     (FLIES, PFLA)),
    ("hi, some of the tiles around our bathtub have come loose and there is a gap where "
     "water gets behind, regrouting needed", (FLIES,)),
    ("Silikonfugen in Bad und Küche sind schimmlig und müssten raus und neu gemacht "
     "werden", (FLIES, HAUS)),
    # --- carpentry, doors, windows --------------------------------------------------------
    ("Die Wohnungstür schließt nicht mehr richtig, schleift unten am Boden und das "
     "Schloss hakt", (TISCH, METALL, FENST)),
    ("Wir suchen einen Schreiner für einen Einbauschrank unter der Dachschräge, ca. 3 "
     "Meter breit", (TISCH,)),
    ("Unsere Holztreppe knarzt fürchterlich bei jeder Stufe, kann man das beheben?",
     (TISCH,)),
    ("Küche aufbauen, wir haben eine gebrauchte Küche gekauft, 4 Meter Zeile plus "
     "Hochschränke", (TISCH, HAUS)),
    ("Die Schiebetür vom Kleiderschrank ist aus der Schiene gesprungen", (TISCH, HAUS)),
    ("Zwei Innentüren sollen ersetzt werden, Zargen bleiben drin", (TISCH, FENST)),
    ("we'd like built-in shelves on both sides of the fireplace, solid wood if possible",
     (TISCH,)),
    ("Fensterflügel im Bad lässt sich nicht mehr kippen, der Griff dreht durch", (TISCH,
     FENST, GLAS)),
    ("Hallo, wir möchten unsere alten Holzfenster gegen Kunststofffenster tauschen "
     "lassen, Einfamilienhaus, 11 Fenster", (FENST, TISCH, GLAS)),
    # --- glass ----------------------------------------------------------------------------
    ("Beim Rasenmähen ist ein Stein gegen das Wohnzimmerfenster geflogen, die Scheibe hat "
     "jetzt einen Sprung quer durch", (GLAS,)),
    ("Im Wohnzimmerschrank ist eine Glasfachboden gebrochen, brauche zwei neue "
     "Glasfächer nach Maß", (GLAS,)),
    ("Isolierglas im Schlafzimmer ist von innen beschlagen, zwischen den Scheiben, "
     "das geht nicht weg", (GLAS,)),
    ("Duschwand aus Glas nach Maß für eine Nische, 90 cm breit", (GLAS,)),
    ("the glass in our patio door cracked when it slammed shut in the wind", (GLAS,)),
    # --- masonry, plaster, drywall --------------------------------------------------------
    ("Wir wollen zwischen Küche und Wohnzimmer einen Wanddurchbruch machen, ist "
     "vermutlich eine tragende Wand", (MAUR,)),
    ("Im Keller ist die Wand feucht und der Putz fällt ab, Haus von 1930", (MAUR,
     SCHUTZ, STUCK, TROCK)),
    ("An der Hausecke ist ein Riss in der Außenwand, der wird jedes Jahr länger",
     (MAUR,)),
    ("Trockenbauwand einziehen um aus einem großen Zimmer zwei Kinderzimmer zu machen",
     (STUCK,)),
    ("Die Decke im Flur soll abgehängt werden, damit wir Spots einbauen können",
     (STUCK, ELEK)),
    ("Beim Dübeln ist ein großes Stück Putz aus der Wand gebrochen, mehrere "
     "Putzschichten, Loch ist faustgroß", (STUCK, MALER, HAUS)),
    ("Gartenmauer aus Naturstein ist teilweise eingestürzt nach dem Frost", (MAUR,
     STEIN, GART)),
    ("Außenputz hat Risse und an einer Stelle Beulen, müsste ausgebessert werden",
     (STUCK,)),
    ("we want to knock through the wall between the kitchen and dining room in our "
     "semi-detached house", (MAUR,)),
    # --- flooring -------------------------------------------------------------------------
    ("Laminat im Wohnzimmer hat sich nach dem Wasserschaden aufgewölbt, ca 30 qm müssen "
     "raus und neu", (BODEN,)),
    ("Altes Eichenparkett abschleifen und neu versiegeln, ca 45 qm", (PARK,)),
    ("Teppich in den Kinderzimmern raus und Vinyl rein, beide Räume zusammen 28 qm",
     (BODEN,)),
    ("Der Estrich im Anbau ist uneben, bevor Fliesen drauf kommen muss ausgeglichen "
     "werden", (ESTR,)),
    ("Dielenboden im Altbau knarrt und hat breite Fugen, kann man den aufarbeiten?",
     (PARK,)),
    ("hi, we'd like new flooring in the hallway and kitchen, thinking of vinyl planks",
     (BODEN,)),
    # --- carpentry outside, metal, locks --------------------------------------------------
    ("Wir möchten eine Terrassenüberdachung aus Holz, 5 x 3,5 m, an der Hauswand",
     (ZIMM,)),
    ("Dachstuhl vom Gartenhaus ist morsch, ein Balken durchgebrochen", (ZIMM,)),
    ("Habe mich ausgesperrt, Schlüssel steckt innen, Tür ist nur zugefallen", (METALL,)),
    ("Treppengeländer aus Edelstahl für die Außentreppe, 6 Stufen", (METALL,)),
    ("Das Hoftor aus Eisen hängt durch und schleift über den Boden, kann man das "
     "richten oder schweißen?", (METALL,)),
    ("Schließzylinder an der Haustür tauschen, Schlüssel wurde geklaut", (METALL,
     TISCH)),
    # --- shutters, blinds -----------------------------------------------------------------
    ("Rollladengurt im Schlafzimmer ist gerissen, Rollo hängt jetzt halb unten",
     (ROLL,)),
    ("Markise fährt nicht mehr ein, Motor brummt nur, wir haben die Fernbedienung schon "
     "neu programmiert", (ROLL,)),
    ("the electric shutter in the kids room is stuck halfway and makes a clicking noise",
     (ROLL,)),
    ("Fliegengitter für 5 Fenster und die Terrassentür nach Maß", (ROLL,)),
    # --- gardens, paving, outdoor ---------------------------------------------------------
    ("Hecke schneiden, ca 25 Meter Thuja, 2 Meter hoch, und Grünschnitt mitnehmen",
     (GART,)),
    ("Einfahrt neu pflastern, die alten Verbundsteine sind abgesackt und wackeln, ca 60 "
     "qm", (PFLA,)),
    ("Baum im Vorgarten muss weg, eine Birke ca 12 m, steht nah am Haus", (GART,)),
    ("can anyone mow our lawn every two weeks over the summer and trim the hedges?",
     (GART,)),
    ("Der Weg zur Haustür ist uneben, die Platten haben sich durch Wurzeln gehoben",
     (PFLA, GART)),
    ("Garten neu anlegen nach dem Hausbau, Rasen, Beete, kleiner Weg", (GART,)),
    # --- damp, mould ----------------------------------------------------------------------
    ("Im Schlafzimmer hinter dem Schrank wächst Schimmel an der Außenwand, schwarze "
     "Flecken bis zur Decke", (SCHUTZ, MALER, TROCK)),
    ("Nach dem Rohrbruch muss der Estrich getrocknet werden, Versicherung zahlt",
     (TROCK,)),
    ("Keller ist bei Starkregen immer feucht, die Wände sind unten nass, möchten von "
     "außen abdichten lassen", (SCHUTZ, MAUR)),
    ("there's black mould in the corner of our bedroom ceiling and it keeps coming back "
     "after we clean it", (SCHUTZ, MALER, TROCK)),
    # --- cleaning, moving, handyman -------------------------------------------------------
    ("Suche jemanden der einmal die Woche unsere Wohnung putzt, 90 qm, 2 Kinder, Katze",
     (REIN,)),
    ("Fenster putzen im ganzen Haus, Einfamilienhaus mit Wintergarten", (GEB, REIN)),
    ("Endreinigung nach Auszug, Übergabe ist am Freitag um 10 Uhr", (REIN, GEB)),
    ("Umzug von Offenbach nach Darmstadt, 3 Zimmer Wohnung, 2. OG ohne Aufzug", (UMZ,)),
    ("Hallo, können Sie mir ein paar IKEA Schränke aufbauen und Lampen anbringen? "
     "Bin grad neu eingezogen", (HAUS, ELEK)),
    ("Keller entrümpeln, alles muss weg, viel Sperrmüll", (UMZ, HAUS)),
    ("I need someone to hang some shelves, mount a TV on the wall and fix a wobbly door "
     "handle", (HAUS,)),
    # --- chimney, stoves, air conditioning, IT -------------------------------------------
    ("Kaminofen soll eingebaut werden im Wohnzimmer, Schornstein ist vorhanden aber "
     "seit Jahren nicht benutzt", (OFEN, SCHORN)),
    ("Unsere Klimaanlage im Büro kühlt nicht mehr, läuft aber", (KLIMA,)),
    ("Satellitenempfang ist weg seit dem Sturm, die Schüssel auf dem Dach hat sich "
     "verdreht", (IT,)),
    ("Kein WLAN im Obergeschoss, Router steht im Keller, brauchen Netzwerkkabel oder "
     "Mesh", (IT, ELEK)),
    ("we'd like a split air conditioner in the attic bedroom, it's unbearable in summer",
     (KLIMA,)),
    ("Der Schornstein zieht schlecht, Rauch kommt zurück in den Raum wenn wir den Ofen "
     "anmachen", (SCHORN, OFEN)),
    # --- other trades -----------------------------------------------------------------------
    ("Am Fahrrad meiner Tochter ist die Felge verbogen und zwei Speichen sind gebrochen",
     (RAD,)),
    ("E-Bike Akku lädt nicht mehr und die Schaltung springt", (RAD,)),
    ("Die Standuhr von meinem Opa geht nicht mehr, Pendel schwingt aber sie bleibt "
     "stehen", (UHR,)),
    ("Meine Lieblingsstiefel brauchen neue Absätze und die Sohle löst sich", (SCHUH,)),
    ("Auto macht beim Bremsen komische Geräusche, TÜV ist im März fällig", (KFZ,)),
    # --- function words and traps ----------------------------------------------------------
    ("Mein Mann hat gestern versucht den Abfluss selbst frei zu machen, jetzt ist das "
     "Rohr unterm Waschbecken undicht", (SHK, ROHR)),
    ("Das Wasser ist weg, also läuft ab, aber aus dem Überlauf der Badewanne kommt ein "
     "fauliger Geruch", (ROHR, SHK)),
    ("Gestern um 18 Uhr ist die Sicherung rausgeflogen und seitdem geht in der Küche nix",
     (ELEK,)),
    ("Die Firma hat beschlossen nicht zu kommen, das Fenster im Treppenhaus bleibt also "
     "kaputt und geschlossen kriegen wir es auch nicht", (FENST, TISCH, GLAS)),
    ("Das ist Pflicht laut Mietvertrag: Heizung einmal im Jahr warten lassen, bitte um "
     "einen Termin", (SHK,)),
    ("Aus Gründen der Sicherheit wollen wir das Geländer am Balkon erhöhen lassen",
     (METALL,)),
    ("Im Wintergarten ist eine Scheibe undicht, es läuft Wasser an der Innenseite runter",
     (GLAS, METALL, TISCH)),
    ("Der Bildschirm von unserem Smart-TV flackert und die Antennendose in der Wand ist "
     "lose", (IT, ELEK)),
    ("Der Grundwasserspiegel ist hoch hier und jetzt kommt Wasser durch die Kellerwand",
     (SCHUTZ, MAUR, TROCK)),
    ("Hat jemand Zeit? Ich brauch nur kurz einen Dachdecker der schaut ob nach dem "
     "Hagel was kaputt ist", (DACH,)),
    ("Weg von der Ölheizung, hin zur Pelletheizung, wer macht sowas?", (SHK, OFEN)),
    ("Es ist schlicht unmöglich die Haustür abzuschließen, der Schlüssel geht nicht "
     "rum", (METALL, TISCH)),
    ("Das Licht im Bad geht nur noch manchmal an, obwohl die Birne neu ist", (ELEK,)),
    ("Hat der Vermieter recht dass ich die Silikonfuge in der Dusche selbst bezahlen "
     "muss? Egal, ich brauch jemanden der die erneuert", (FLIES, HAUS, SHK)),
    # --- dialect, typos, chat style --------------------------------------------------------
    ("hallo bei uns is die heitzung kaputt seit fr, es is arschkalt im haus, kinder sind "
     "krank, bitte schnell", (SHK,)),
    ("Gudde, isch bräucht en Elektrikär, die Steckdos in de Kisch is hie", (ELEK,)),
    ("Grüß Gott, d'Dachrinna isch verstopft und s'Wasser lauft über, kennt do jemand "
     "vorbeikomma", (DACH, KLEMP)),
    ("moin, dusch abfluss verstopt, wasser steht knöchelhoch, haare hab ich schon "
     "rausgeholt", (ROHR, SHK)),
    ("Brauche dringent einen Instalateur, Wasserhan in der Kueche laeuft nicht mehr zu",
     (SHK,)),
    ("fliesn im flur sind hohl, klingt beim drauftreten und 2 sind gebrochn", (FLIES,)),
    ("Hallo, Rolladen klemt im Wohnzimer, geht nur noch halb hoch", (ROLL,)),
    ("Hey, bei mir in der Wohnung ist die Decke im Bad am abbröckeln, lauter kleine "
     "Farbblasen und Putzbröckchen in der Wanne", (MALER, STUCK, TROCK, SCHUTZ)),
    ("Mahlzeit, unser Garagentor (Sektionaltor) geht nicht mehr auf, Motor läuft aber "
     "das Tor bewegt sich nicht", (METALL, FENST, ELEK)),
    ("Servus mitanand, die Terrassenplatten san locker und wackeln, do muss ma wos "
     "machn", (PFLA, FLIES, GART)),
    # --- English from expats --------------------------------------------------------------
    ("Hi there, we're an American family living in Wiesbaden. The hot water heater in "
     "the basement is making banging noises and the water is only lukewarm.", (SHK,)),
    ("Hello, our washing machine drain backs up into the kitchen sink every time it "
     "runs. Is that a plumber thing?", (ROHR, SHK)),
    ("There's a damp patch on the living room ceiling right under the upstairs "
     "bathroom, it's getting bigger", (SHK, TROCK)),
    ("Looking for someone to replace the rotten wooden window sills on the outside of "
     "our house", (TISCH, MAUR, STEIN)),
    ("I'd like to get a quote for rewiring our kitchen and adding under-cabinet "
     "lighting", (ELEK,)),
    ("Can someone fix the handle on our uPVC front door? It won't lock anymore", (FENST,
     METALL, TISCH)),
    ("Hi! My landlord asked me to find a chimney sweep for the annual inspection",
     (SCHORN,)),
    ("We need a few rooms skimmed and painted in our old flat in Sachsenhausen, the "
     "plaster is really uneven", (STUCK, MALER)),
    ("help, there's a smell of gas near the cooker and I've opened the windows",
     (SHK,)),
    ("Water is pouring out from under the bath and through the ceiling downstairs!!!",
     (SHK,)),
    # --- several problems in one message ---------------------------------------------------
    ("Hallo, wir haben eine Altbauwohnung gekauft. Das Bad soll komplett saniert werden "
     "(Fliesen, neue Dusche, WC), außerdem alle Wände streichen. Wer kann was?",
     (SHK, FLIES, MALER)),
    ("1. Wasserhahn tropft 2. Steckdose im Bad locker 3. Tür quietscht. Eher "
     "Kleinigkeiten, kein Stress", (HAUS, SHK, ELEK)),
    ("Unser Keller hat nach dem Starkregen unter Wasser gestanden, jetzt muss alles "
     "getrocknet werden und die Heizung springt auch nicht mehr an", (TROCK, SHK)),
    ("Ich bräuchte jemand für die Dachrinne und gleich noch die Fassade streichen, ist "
     "ein Reihenendhaus", (DACH, MALER, KLEMP)),
    ("Wir renovieren gerade: neuer Boden (Laminat) im Wohnzimmer, Decke streichen, und "
     "vielleicht ein paar neue Steckdosen", (BODEN, MALER, ELEK)),
    ("Küche neu: alte raus, neue Einbauküche aufbauen, Spüle und Herd anschließen",
     (TISCH, SHK, ELEK)),
    # --- longer narratives ----------------------------------------------------------------
    ("Guten Tag, ich wende mich an Sie weil ich langsam verzweifle. Wir wohnen seit drei "
     "Jahren in einem Reihenhaus und seit letztem Winter haben wir im Schlafzimmer an der "
     "Außenwand immer wieder feuchte Stellen. Der Vermieter hat einmal drübergestrichen, "
     "das hat aber nichts gebracht. Jetzt kommt es wieder und riecht muffig.",
     (SCHUTZ, TROCK, MALER)),
    ("Hallo, kurz zu mir: 78 Jahre, Witwe, lebe allein in meinem Haus. Seit ein paar "
     "Tagen läuft die Toilettenspülung ständig und nachts höre ich es rauschen. Mein "
     "Sohn wohnt weit weg und kann nicht helfen. Wäre nett wenn jemand kommt.", (SHK,)),
    ("Moin moin, also folgendes: gestern Abend so gegen halb zehn hat es laut geknallt "
     "und seitdem ist im halben Haus der Strom weg. Im Sicherungskasten ist ein Schalter "
     "unten und lässt sich nicht mehr hochmachen. Es riecht leicht verbrannt.", (ELEK,)),
    ("Liebe Handwerker, wir haben im Frühjahr ein altes Fachwerkhaus gekauft und wollen "
     "Schritt für Schritt sanieren. Als erstes müssen die Gefache neu ausgemauert und "
     "verputzt werden, einige Balken sind auch morsch.", (ZIMM, MAUR, STUCK)),
    ("Hi everyone, I'm from Spain and don't speak much German yet. The radiator in my "
     "bedroom is completely cold while the others work. The caretaker of our building "
     "is on holiday. Could a heating person come and look?", (SHK,)),
    ("Also, bei uns im Haus ist es so dass im Sommer die Dachwohnung unerträglich heiß "
     "wird. Wir überlegen ob Dämmung der Dachschrägen oder eine Klimaanlage mehr bringt. "
     "Wer kann da beraten?", (DAEMM, KLIMA, DACH, ZIMM)),
    ("Hallo, unsere Tochter hat beim Spielen einen Ball gegen die Glastür im "
     "Wohnzimmer geschossen. Die Scheibe ist nicht rausgefallen, hat aber einen "
     "großen Riss. Ist Sicherheitsglas glaube ich.", (GLAS,)),
    ("Guten Morgen, ich melde mich wegen unserer Terrasse. Die Holzdielen sind an "
     "vielen Stellen morsch und teilweise schon durchgebrochen, man kann nicht mehr "
     "drauf laufen. Wir hätten gern eine neue, gerne wieder aus Holz, ca. 20 qm.",
     (ZIMM, TISCH, GART)),
    ("Nabend, bei uns ist seit heute Mittag das Wasser im ganzen Haus braun, kam "
     "einfach so. Nachbarn haben das nicht. Ist das ein Fall für den Installateur?",
     (SHK,)),
    ("Wir möchten gerne unser Dachgeschoss ausbauen. Im Moment ist da nur ein "
     "kalter Speicher mit Holzboden. Geplant sind zwei Zimmer und ein kleines Duschbad.",
     (ZIMM, STUCK, DAEMM, DACH)),
    ("Hallo zusammen, der Sockel von unserem Haus ist ringsum abgeplatzt, sieht aus als "
     "ob Feuchtigkeit drin ist, die Farbe blättert und der Putz bröselt", (STUCK,
     SCHUTZ, MALER)),
    ("Hallo, ich hab eine etwas ungewöhnliche Frage. Unser Kellerfenster ist so alt "
     "dass die Scheibe nur noch mit Kitt hält und der Rahmen vergammelt ist. Lohnt "
     "sich Reparieren oder lieber neu?", (GLAS, FENST, TISCH)),
    ("Im Neubau (Einzug vor 4 Monaten) haben sich im Flur Risse im Estrich gebildet und "
     "jetzt springen die Fliesen darauf", (ESTR, FLIES)),
    ("Uns ist beim Umzug die Arbeitsplatte aus Granit gebrochen, da war ein Loch für "
     "das Kochfeld ausgeschnitten", (STEIN, TISCH)),
    ("An der Garage ist das Blechdach durchgerostet und hat Löcher, regnet rein", (DACH,
     KLEMP, METALL)),
    ("Die Lüftung im innenliegenden Bad geht nicht mehr, der Ventilator brummt aber "
     "dreht nicht", (ELEK, SHK)),
    ("Gegensprechanlage mit Video für unser Zweifamilienhaus, die alte ist von 1990",
     (ELEK,)),
    ("Meine Waschmaschine läuft aus, aber nur beim Abpumpen, ich glaub der Schlauch "
     "oder der Anschluss am Abfluss", (SHK, ROHR)),
    ("Treppenhausreinigung für ein Mehrfamilienhaus, 8 Parteien, wöchentlich",
     (GEB, REIN)),
    ("Kannst du mir nen guten Maler empfehlen? Muss 2 Zimmer machen lassen", (MALER,)),
    ("Hallo, meine Nachbarin hat gesagt Sie vermitteln Handwerker. Bei mir klemmt die "
     "Balkontür, man kriegt sie nur mit Gewalt auf", (TISCH, FENST)),
    ("Bitte um Angebot: Gartenzaun 30 m, Doppelstabmatten grün, inkl. Tor", (METALL,
     GART)),
    ("Die Gasheizung soll gegen eine Wärmepumpe getauscht werden, brauchen auch neue "
     "Heizkörper im OG", (SHK,)),
    ("Hallo, bei meiner Oma ist die Duschtasse gerissen und es läuft in die Wand", (SHK,
     TROCK)),
    ("Kamin kehren lassen, wir haben das Haus neu und wissen nicht wann zuletzt", (SCHORN,)),
    ("Pool im Garten verliert Wasser, Folie hat wohl ein Loch", (GART, SHK)),
    ("Ich suche einen Fliesenleger für Bad und Gäste-WC, Neubau, Material ist da",
     (FLIES,)),
    ("Mein Sofa ist durchgesessen, kann man das neu polstern und beziehen?", (RAUM,)),
    ("Gardinenstangen anbringen und Vorhänge kürzen, 6 Fenster", (RAUM, HAUS)),
    ("Kellertreppe aus Beton ist an den Kanten abgebrochen, gefährlich", (MAUR, STEIN)),
    ("Brauche neue Dachrinnen und Fallrohre aus Zink für ein Einfamilienhaus", (KLEMP,
     DACH)),
    ("Der Balkon hat Risse im Belag und unten drunter tropft es beim Nachbarn",
     (FLIES, SCHUTZ, DACH, MAUR)),
    ("Hallo, wir haben Holzwürmer im Dachstuhl entdeckt, kleine Löcher und Holzmehl",
     (SCHUTZ, ZIMM)),
    ("Unsere Sat-Anlage zeigt 'kein Signal' seit Tagen, Kabel ist ok", (IT,)),
    ("Trinkwasser-Leitungen aus Blei im Altbau austauschen lassen", (SHK,)),
    ("Die Sockelleisten im ganzen Haus sind lose und fallen ab", (BODEN, TISCH, HAUS)),
    ("Decke im Wohnzimmer hat Risse im Stuck, altes Haus, Stuck soll erhalten bleiben",
     (STUCK,)),
    ("Kleine Terrassentreppe aus Beton gießen lassen, 3 Stufen", (MAUR,)),
    ("Leitungswasser schmeckt metallisch, könnte das an den Rohren liegen?", (SHK,)),
    ("ich brauch einen der mir die dusche abdichtet, da ist silikon ab und fliesen auch "
     "lose", (FLIES, SHK, HAUS)),
    ("Wir suchen einen Gärtner für die Pflege der Außenanlage unserer Wohnanlage",
     (GART,)),
    ("Dachboden dämmen, oberste Geschossdecke, ca 80 qm, begehbar soll es bleiben",
     (DAEMM, ZIMM, DACH)),
    ("Heizöltank im Keller soll raus, wir haben jetzt Gas", (SHK,)),
    ("Bad im Erdgeschoss hat keine Lüftung und Kondenswasser an der Decke, Schimmel "
     "beginnt", (SCHUTZ, MALER, ELEK, TROCK, SHK)),
    ("Bitte eine Außensteckdose am Carport und Licht in der Gartenhütte", (ELEK,)),
    ("Schiebetür zur Terrasse geht sehr schwer, Rollen sind wohl kaputt", (FENST, TISCH,
     GLAS, METALL)),
    ("Eingangstreppe vorm Haus, die Natursteinplatten sind locker", (STEIN, PFLA,
     MAUR, FLIES)),
    ("Unsere Katze hat das Fliegengitter zerrissen, kann man nur das Netz tauschen?",
     (ROLL,)),
    ("Unser Heizkörper im Bad ist undicht am Ventil, es bildet sich eine Pfütze",
     (SHK,)),
    ("can somebody install a ceiling lamp and a dimmer switch in my living room",
     (ELEK, HAUS)),
    ("mein toilettenspülkasten ist kaputt, drücker klemmt und läuft ständig", (SHK,)),
    ("Hallo, die Auffahrt aus Asphalt hat Schlaglöcher und Risse, ca 40 qm", (PFLA,)),
    ("Fenster im Altbau ziehen wie Hechtsuppe, neue Dichtungen oder neue Fenster?",
     (FENST, TISCH, GLAS)),
    # --- second batch: longer stories, written after the first rebuild -----------------
    ("Hallo, ich weiß nicht genau wen ich fragen soll. Bei uns im Bad hat sich über der "
     "Dusche die Decke verfärbt, gelblich-braun, und jetzt blättert da auch die Farbe ab. "
     "Darüber ist nur noch der Dachboden.", (DACH, MALER, TROCK, SHK)),
    ("Guten Tag, unsere Heizungsanlage ist 28 Jahre alt und der Schornsteinfeger hat "
     "gesagt die muss bis nächstes Jahr raus. Wir wissen nicht ob Gas-Brennwert oder "
     "Wärmepumpe, bitte um Beratung.", (SHK,)),
    ("Hi, I'm renting a flat in Frankfurt Nordend. The toilet doesn't flush properly "
     "anymore, you have to hold the button down for ages, and it sometimes keeps running "
     "all night.", (SHK,)),
    ("Moin, wir haben auf dem Grundstück einen alten Baum, der halb auf das Nachbardach "
     "hängt. Der Nachbar hat sich beschwert, jetzt muss der gekürzt oder gefällt werden.",
     (GART,)),
    ("Hallo, in unserer Küche funktioniert seit gestern der Herd nicht mehr und auch die "
     "Steckdosen an der Arbeitsplatte sind tot. Im Sicherungskasten ist alles oben.",
     (ELEK,)),
    ("Servus, bei uns ist der Kellerabgang außen total verdreckt und der Gully unten "
     "ist zu, bei Regen steht das Wasser bis zur Kellertür.", (ROHR,)),
    ("Liebe Grüße aus Hanau. Wir suchen einen Handwerker, der unsere alte Holztreppe "
     "abschleift und neu lackiert. 14 Stufen, Eiche, teilweise ausgetreten.", (TISCH,
     PARK, MALER)),
    ("Hallo! Meine Tochter hat sich im Bad eingeschlossen und jetzt geht das Schloss "
     "nicht mehr auf, der Schlüssel dreht durch. Sie ist 6 und weint.", (METALL, TISCH)),
    ("We're an expat couple in Bad Vilbel. The shower screen came off its hinges "
     "yesterday and the glass shattered in the tray. Luckily nobody was hurt.", (GLAS,)),
    ("Guten Abend, an der Ecke vom Wohnzimmer kommt Feuchtigkeit durch die Wand, die "
     "Tapete löst sich und es riecht muffig. Draußen ist da die Regenrinne.", (SCHUTZ,
     TROCK, MALER, DACH, KLEMP)),
    ("Hallo zusammen, wir wollen unsere Garage verputzen und streichen lassen, die ist "
     "noch roher Kalksandstein. Innen und außen.", (STUCK, MALER)),
    ("Unser Wasserdruck in der ganzen Wohnung ist seit ein paar Tagen total schwach, "
     "nur kaltes Wasser, warmes ist normal. Vermieter sagt wir sollen uns kümmern.",
     (SHK,)),
    ("Morgen! Bei uns wackelt das Waschbecken im Bad und unten am Abfluss tropft es, "
     "wenn man Wasser laufen lässt. Mieter, Altbau, 2. OG.", (SHK, ROHR)),
    ("Hallo, wir haben einen Neubau und möchten im Garten eine Terrasse aus "
     "Betonplatten, ca. 30 qm, mit Unterbau. Erde ist schon abgetragen.", (PFLA, GART)),
    ("Guten Tag, ich bin Hausverwalter. In einem unserer Objekte ist die "
     "Treppenhausbeleuchtung ausgefallen, kompletter Stromkreis, 4 Etagen.", (ELEK,)),
    ("Hallo, wir hätten gern die Decken in drei Zimmern abgehängt und mit Rigips "
     "verkleidet, dann gespachtelt und gestrichen.", (STUCK, MALER)),
    ("Mir is der Schlüssel vom Briefkasten abgebrochen, steckt noch halb drin. Geht "
     "des zum richten?", (METALL,)),
    ("hallo kann jemand mir helfen, mein fenster im schlafzimmer geht nicht mehr zu, "
     "der griff lässt sich nicht drehen und es zieht kalt rein", (FENST, TISCH, GLAS)),
    ("Good evening, we've noticed a crack running across our bathroom floor tiles and "
     "now one of them wobbles. The house is a new build from 2019.", (FLIES, ESTR)),
    ("Hallo, unser Dach hat im Bereich der Gaube eine undichte Stelle, bei Starkregen "
     "läuft Wasser innen an der Gaubenwand herunter.", (DACH, ZIMM, KLEMP)),
    ("Moin, der Kaminofen qualmt beim Anheizen ins Wohnzimmer, der Rauchmelder geht "
     "jedes Mal los. Kamin wurde im Herbst gekehrt.", (OFEN, SCHORN)),
    ("Hallo, ich ziehe nächsten Monat aus meiner 2-Zimmer-Wohnung aus und brauche "
     "jemanden, der die Wände weiß streicht und die Dübellöcher zuspachtelt.", (MALER,)),
    ("Guten Morgen, seit gestern kommt aus dem Heizkörper im Kinderzimmer ein "
     "zischendes Geräusch und am Ventil ist es feucht.", (SHK,)),
    ("Hallo, unser Parkett im Flur hat sich an einer Stelle angehoben, da war wohl "
     "Wasser drunter. Die Stelle ist ca. 1 qm.", (PARK, BODEN, TROCK)),
    ("Wir sind gerade eingezogen und die Küche hat keinen Anschluss für den "
     "Geschirrspüler, außerdem fehlt ein Starkstromanschluss für den Herd.", (SHK, ELEK)),
    ("hi our internet router is in the basement and upstairs there's no signal at all, "
     "we'd like cables pulled to the first floor", (IT, ELEK)),
    ("Hallo, mein Auto springt nicht an und die Batterie ist neu. Steht in der Garage "
     "in Offenbach.", (KFZ,)),
    ("Bei uns im Keller ist seit dem Wochenende die Wand nass und es tropft aus einem "
     "Rohr, das durch die Wand geht. Hausanschluss vielleicht?", (SHK,)),
    ("Hallo, die Terrassentür schließt nicht mehr dicht, unten ist die Dichtung "
     "rausgerissen und bei Regen kommt Wasser rein.", (FENST, TISCH, GLAS)),
    ("Guten Tag, ich suche einen Fachmann für eine neue Haustür mit Seitenteil, "
     "Aluminium oder Kunststoff, Einbau inklusive.", (FENST, TISCH, METALL)),
    ("Wir haben Mäuse oder Marder im Zwischenboden gehört und jetzt ist die Dämmung "
     "unterm Dach teilweise rausgezogen.", (DAEMM, DACH, ZIMM)),
    ("Hallo, ich brauche für mein Schlafzimmer Verdunkelungsrollos und für die "
     "Küche eine Jalousie, alles nach Maß.", (ROLL, RAUM)),
    ("Hello, I'm Polish and my German is bad. Our balcony door handle broke off and now "
     "the door won't open from outside.", (FENST, TISCH, METALL)),
    ("Moin, unser Schuppen aus Holz steht schief und das Dach ist undicht, kann man "
     "den retten oder lieber abreißen und neu?", (ZIMM, DACH)),
    ("Hallo zusammen, bei uns blüht der Putz an der Außenwand aus, weiße Salzränder "
     "und dahinter feucht. Haus Baujahr 1910.", (SCHUTZ, STUCK, MAUR, TROCK)),
    ("Guten Abend, ich möchte eine kleine Steckdosenleiste fest installieren lassen "
     "und im Flur einen zweiten Lichtschalter.", (ELEK,)),
    ("Hallo, unser Wasserhahn in der Küche ist abgebrochen, Wasser ist abgedreht, wir "
     "brauchen eine neue Armatur, gerne heute noch.", (SHK,)),
    ("Servus, mei Dachrinna is voller Laub und Moos und beim Regen schwappt's über. "
     "I kimm do nimmer nauf, i bin 79.", (DACH, KLEMP, GEB)),
    ("Wir haben einen Riss in der Badewanne (Acryl), ca. 10 cm, direkt am Abfluss. "
     "Kann man das reparieren oder muss die Wanne raus?", (SHK,)),
    ("Hallo, bitte um Angebot für das Streichen der Holzverkleidung an unserem "
     "Gartenhaus und den Fensterläden.", (MALER,)),
    ("Hallo, bei meiner Mutter ist die Heizung aus und das Display zeigt Wassermangel, "
     "sie weiß nicht wie man nachfüllt.", (SHK,)),
    ("Hi there, the extractor fan in our bathroom is really loud and doesn't seem to "
     "suck anything anymore.", (ELEK, SHK)),
    ("Hallo, unser Sohn ist aus Versehen gegen die Glasvitrine gelaufen, eine "
     "Seitenscheibe ist raus. Brauchen Ersatzglas nach Maß.", (GLAS,)),
    ("Guten Tag, ich habe beim Renovieren alte Fliesen abgeschlagen und jetzt ist die "
     "Wand darunter voller Löcher. Wer kann die Wand wieder glatt machen?", (STUCK,
     FLIES, MALER)),
    ("Hallo, ich suche einen Zimmermann für einen Carport aus Holz, Einzelcarport mit "
     "Flachdach, Bausatz ist vorhanden.", (ZIMM,)),
    ("Hallo, die Zufahrt zu unserer Garage ist aus Pflaster und hat sich durch den "
     "schweren Transporter gesenkt, bildet sich eine Pfütze.", (PFLA,)),
    ("Moin, die Waschmaschine pumpt nicht mehr ab und aus dem Abfluss im Keller kommt "
     "Wasser hoch, riecht auch schlecht.", (ROHR, SHK)),
    ("Hallo, in meiner Wohnung ist die Tapete im Schlafzimmer voller Schimmelflecken "
     "hinter dem Bett, Vermieter sagt falsches Lüften.", (SCHUTZ, MALER, TROCK)),
    ("Hallo, wir brauchen einen Elektriker für die Abnahme und den Anschluss unserer "
     "neuen Wärmepumpe, der Installateur hat alles vorbereitet.", (ELEK,)),
    ("Guten Tag, unsere Fassade ist von der Wetterseite grün und schwarz, wir möchten "
     "sie reinigen lassen, aber nicht streichen.", (GEB, MALER)),
    ("Hallo, ich hab das Problem dass mein Kühlschrank ständig die Sicherung "
     "rausschmeißt, aber nur an dieser einen Steckdose.", (ELEK,)),
    ("hallo ich brauche jemand zum laminat verlegen in 2 zimmer, ca 35qm, material "
     "hab ich gekauft, trittschall auch", (BODEN,)),
    ("Hallo, bei uns klemmt der Rollladen im Wohnzimmer, der Motor läuft aber der "
     "Panzer bewegt sich nicht.", (ROLL,)),
    ("Guten Tag, ich bräuchte einen Maurer, der im Garten eine kleine Mauer aus "
     "Klinkern setzt, etwa 6 Meter lang und 80 cm hoch.", (MAUR,)),
    ("Hi, my electric bike got a flat tyre and the back brake is rubbing, any bike "
     "repair shop that can pick it up?", (RAD,)),
    ("Bei uns ist das Wasser im Gäste-WC ständig am Laufen, der Spülkasten ist in der "
     "Wand eingebaut, Drückerplatte schon abgenommen.", (SHK,)),
    ("Hallo, unser Dachboden soll gedämmt werden, damit es oben im Winter nicht so "
     "kalt ist. Zwischensparrendämmung?", (DAEMM, DACH, ZIMM)),
    ("Morgen, wir haben ein Wespennest unter dem Dachvorsprung, aber das eigentliche "
     "Problem ist dass dort das Holz morsch ist und Stücke abfallen.", (ZIMM, DACH,
     TISCH)),
    ("Hallo, die Fugen auf unserer Terrasse (Natursteinplatten) sind ausgewaschen und "
     "es wächst überall Unkraut raus.", (PFLA, GART, FLIES, STEIN)),
    ("Hallo, der Rauchmelder im Flur piept alle paar Minuten und wir kommen nicht an "
     "die Decke ran, 3,5 m Altbau.", (ELEK, HAUS)),
    # --- third batch: everyday objects and stories, written to find missing vocabulary -
    ("Hallo, bei uns hängt die Dunstabzugshaube schief und der Lüfter macht Krach, "
     "außerdem geht das Licht darin nicht mehr.", (ELEK, HAUS)),
    ("Guten Tag, unser Kinderzimmer hat einen Wasserfleck an der Decke, darüber ist "
     "das Bad der Nachbarn. Der Fleck wird größer.", (SHK, TROCK)),
    ("Wir haben einen Altbau gekauft und die Holzdielen sind unter drei Schichten "
     "Teppich und PVC versteckt, das soll alles raus und die Dielen aufgearbeitet "
     "werden.", (PARK, BODEN)),
    ("Hallo, ich brauche neue Silikonfugen in der Küche an der Arbeitsplatte und am "
     "Spülbecken, die alten sind schwarz.", (HAUS, FLIES, TISCH)),
    ("Hilfe, der Keller steht 10 cm unter Wasser, die Pumpe im Pumpensumpf läuft "
     "nicht mehr an!", (SHK, TROCK)),
    ("hallo, ich hab ein loch in der rigipswand im flur, ungefähr so groß wie eine "
     "faust, türklinke ist reingeknallt", (STUCK, HAUS, MALER)),
    ("Guten Tag, wir möchten eine Katzenklappe in unsere Terrassentür einbauen lassen, "
     "die Tür hat Isolierglas.", (GLAS, TISCH, FENST)),
    ("Die Fensterbänke außen sind aus Alu und lose, bei Wind klappern sie.", (METALL,
     FENST, HAUS)),
    ("Hi, there's a leak under our kitchen sink, the cabinet floor is soaked and "
     "starting to swell.", (SHK,)),
    ("Hallo, wir brauchen jemanden, der unsere Garageneinfahrt mit einer Rinne "
     "versieht, das Regenwasser läuft immer in die Garage.", (PFLA, ROHR)),
    ("Bei uns kommt aus der Wand im Bad ein Kabel raus, da war mal eine Lampe über "
     "dem Spiegel, jetzt hätten wir gerne wieder eine.", (ELEK,)),
    ("Moin, unser Gartenteich verliert Wasser und die Folie hat Risse, außerdem ist "
     "die Pumpe kaputt.", (GART,)),
    ("Hallo, unsere Heizung läuft im Sommer ständig, obwohl alle Thermostate auf "
     "null stehen, der Raum wird trotzdem warm.", (SHK,)),
    ("Hallo, unsere Toilette ist immer wieder verstopft, mittlerweile jede Woche, "
     "der Vermieter meint wir sind selbst schuld.", (ROHR, SHK)),
    ("Können Sie auch Treppenlifte einbauen? Meine Mutter schafft die Treppe nicht "
     "mehr.", (HAUS, ELEK, METALL)),
    ("Hallo, bei uns ist eine Dachlatte gebrochen und ein paar Ziegel sind "
     "abgerutscht, man sieht es vom Garten aus.", (DACH,)),
    ("Guten Abend, ich brauche einen Elektriker der mir drei Deckenlampen anschließt "
     "und eine Steckdose versetzt.", (ELEK,)),
    ("Hallo, wir suchen einen Schreiner, der uns einen Schreibtisch in eine Nische "
     "einbaut, 1,60 m breit.", (TISCH,)),
    ("Hallo, bei uns hat jemand die Haustür aufgebrochen, Schloss und Rahmen sind "
     "kaputt, wir brauchen schnell eine Notsicherung.", (METALL, TISCH, FENST)),
    ("Hi, could someone come and bleed our radiators and check the boiler before "
     "winter? Our landlord is slow to respond.", (SHK,)),
    ("Hallo, wir haben ein altes Bauernhaus und möchten die Außenfassade mit "
     "Kalkputz neu verputzen lassen.", (STUCK,)),
    ("Unser Balkongeländer ist aus Holz und völlig verrottet, wir hätten gern eins "
     "aus Metall.", (METALL, ZIMM)),
    ("Hallo, unsere Dusche hat keinen Druck mehr, der Duschkopf ist neu, es kommt "
     "trotzdem nur ein Rinnsal.", (SHK,)),
    ("Guten Tag, ich möchte meinen alten Nachtspeicherofen entfernen und durch "
     "eine Infrarotheizung ersetzen lassen.", (ELEK, SHK)),
    ("Morgen, bei uns im Treppenhaus sind die Stufen aus Terrazzo teilweise "
     "abgeplatzt, kann man das ausbessern?", (STEIN, FLIES, MAUR,
                                                 "betonstein-terrazzohersteller")),
    ("Hallo, in der Küche löst sich die Tapete hinter dem Herd, da ist alles fettig "
     "und gelb.", (MALER,)),
    ("Servus, mia bräucht'n jemand für'n Zaun, der oide is hi, Holzlatten, a 20 "
     "Meter.", (ZIMM, GART, METALL, TISCH)),
    ("Hallo, unsere Kellertür aus Stahl ist verrostet und lässt sich kaum noch "
     "öffnen.", (METALL,)),
    ("The hallway light switch sparks when you flip it and there's a burning smell. "
     "We've turned off the fuse.", (ELEK,)),
    ("Hallo, unser Spülbecken in der Küche läuft nicht ab, Wasser steht seit "
     "gestern, Pömpel hilft nicht.", (ROHR, SHK)),
    ("Guten Tag, wir brauchen ein Geländer für unsere Innentreppe, am liebsten "
     "Holz mit Edelstahl.", (METALL, TISCH)),
    ("Ich habe im Schlafzimmer eine Dachschräge, da soll ein Schrank nach Maß rein "
     "mit Schiebetüren.", (TISCH,)),
    ("Hallo, wir haben eine Zisterne im Garten und die Pumpe saugt nicht mehr an, "
     "der Garten vertrocknet.", (GART, SHK)),
    ("Hallo, bei uns fällt ständig der Strom in der ganzen Wohnung aus, immer "
     "wenn es regnet.", (ELEK,)),
    ("Hallo, die Holzfassade an unserem Haus ist vergraut und teilweise gerissen, "
     "die müsste geschliffen und gestrichen werden.", (MALER, ZIMM)),
    ("Guten Abend, nach dem Sturm liegt unser Zaun flach und die Mülltonnenbox "
     "ist auch umgekippt.", (GART, METALL, ZIMM, HAUS)),
    ("Hallo, das Wasser aus unserem Duschablauf kommt zurück hoch wenn nebenan die "
     "Waschmaschine abpumpt.", (ROHR, SHK)),
    ("Hi, we'd like to replace the carpet in three bedrooms with laminate, around 45 "
     "square metres in total.", (BODEN,)),
    ("Hallo, bei uns muss der Öltank gereinigt werden, letzte Reinigung vor 10 "
     "Jahren.", (SHK, "tankschutz")),
    ("Guten Tag, ich möchte meine Wohnung neu tapezieren lassen, Vliestapete, 3 "
     "Räume, und Lackierarbeiten an den Türen.", (MALER,)),
    ("Hallo, die Fliesen auf dem Balkon sind vom Frost hochgekommen und zerbrochen, "
     "darunter ist es nass.", (FLIES, SCHUTZ)),
    ("Hallo, mein Briefkasten an der Hauswand ist abgerissen, die Dübel sind "
     "ausgebrochen.", (HAUS, METALL)),
    ("Bei uns knistert es im Lichtschalter im Bad und manchmal flackert das Licht "
     "dabei.", (ELEK,)),
    ("Hallo, wir brauchen eine Grundreinigung nach einer Renovierung, Baustaub "
     "überall, 120 qm.", (REIN, GEB)),
    ("Hallo, die Decke in unserem Altbau hängt durch und es rieselt Putz runter, "
     "da ist Schilfrohr drunter zu sehen.", (STUCK, ZIMM)),
]
