"""The fourth blind evaluation set for trade detection: 403 texts by a writer who never saw
the detection's code, its word lists or any other set (only the trade codes and names),
modelled on the acceptance set's description: German texts about a problem at home in
forum, blog and advice-column voice, median 26 words, about 15 % rarer trades. Measured as
written, never looked at, on three versions (right at once / offered / wrong / none):
main at the start of the session (d67d6fd) 79.2 / 8.4 / 11.9 / 0.5 %, after round 3
80.1 / 8.7 / 10.7 / 0.5 %, after round 4 (a83d966) 81.1 / 7.9 / 10.4 / 0.5 %. Then tuned on
(round 5). Whoever tunes next must write a new blind set first."""

BLIND_4: list[tuple[str, tuple[str, ...]]] = [
    ('Seit gestern Abend bleibt bei uns alles kalt, die Gastherme zeigt Störung F28 und '
     'nach dem Reset geht sie nach zwei Minuten wieder aus. Wir haben ein Baby im Haus, '
     'wer kann heute noch kommen?',
     ('installateur-heizungsbauer',)),
    ('Heizkörper im Wohnzimmer wird nur unten warm, oben eiskalt. Hab schon entlüftet, kam'
     ' auch Luft raus, aber nach 2 Tagen wieder das gleiche. Liegt das am Druck?',
     ('installateur-heizungsbauer',)),
    ('Hallo, bei uns im Altbau (Baujahr 1928) gluckert die Heizung nachts so laut dass man'
     ' nicht schlafen kann. Der Vermieter sagt das ist normal. Ist das wirklich normal '
     'oder muss da mal einer ran?',
     ('installateur-heizungsbauer',)),
    ('kein warmes wasser mehr seit heute morgen, heizung läuft aber ganz normal. '
     'Durchlauferhitzer in der Küche macht keinen Mucks mehr, Sicherung ist drin',
     ('installateur-heizungsbauer', 'elektrotechniker')),
    ('Unser Ölkessel ist jetzt 31 Jahre alt und der Schornsteinfeger hat beim letzten '
     'Messen schon die Stirn gerunzelt. Wir überlegen auf Wärmepumpe umzusteigen, Haus ist'
     ' von 1978 und teilweise gedämmt. Macht das überhaupt Sinn und wer plant sowas?',
     ('installateur-heizungsbauer',)),
    ('Der Druck an der Heizung fällt ständig ab, muss jede Woche Wasser nachfüllen. '
     'Sichtbar tropft nix. Wo kann das Wasser hin??',
     ('installateur-heizungsbauer',)),
    ("Mei, bei uns im Haus hat d'Heizung scho wieder ausg'setzt, der Brenner springt an "
     'und geht glei wieder aus. Des is jetz des dritte Mal in dem Winter. Kennt wer an '
     'guadn Heizungsbauer im Landkreis?',
     ('installateur-heizungsbauer',)),
    ('Thermostatkopf am Heizkörper im Bad abgebrochen beim Putzen, jetzt läuft der '
     'Heizkörper dauerhaft auf voll. Kann man das Ventil einfach tauschen ohne Wasser '
     'abzulassen?',
     ('installateur-heizungsbauer',)),
    ('Wir sind im Sommer in ein Reihenhaus gezogen und jetzt beim ersten Heizen merken '
     'wir, dass die Zimmer oben nie über 17 Grad kommen, unten ist es dagegen viel zu '
     'warm. Jemand meinte was von hydraulischem Abgleich. Wer macht das?',
     ('installateur-heizungsbauer',)),
    ('Fußbodenheizung im Flur bleibt kalt, alle anderen Kreise gehen. Am Verteiler im '
     'Schrank hab ich rumgedreht, hat nichts gebracht. Stellmotor kaputt?',
     ('installateur-heizungsbauer',)),
    ('Warmwasser braucht bei uns ewig bis es an der Dusche ankommt, bestimmt 2 Minuten. '
     'Das nervt und kostet Wasser. Kann man da eine Zirkulation nachrüsten?',
     ('installateur-heizungsbauer',)),
    ('Our boiler makes a loud banging noise every time the heating starts, landlord doesnt'
     ' answer. Is this dangerous? We live in Frankfurt and dont speak much German yet.',
     ('installateur-heizungsbauer',)),
    ('Wärmepumpe im Garten brummt seit ein paar Tagen viel lauter als sonst und die '
     'Nachbarn beschweren sich schon. Heizleistung ist auch schlechter geworden. Wer '
     'repariert so was eigentlich, der Heizungsbauer oder ein Kältetechniker?',
     ('installateur-heizungsbauer', 'kaelteanlagenbauer')),
    ('Frage: unser Warmwasserspeicher im Keller tropft unten am Anschluss, da steht schon '
     'ne kleine Pfütze. Speicher ist ca. 20 Jahre alt. Reparieren oder gleich neu?',
     ('installateur-heizungsbauer',)),
    ('Wir wollen im Bad einen Handtuchheizkörper statt dem alten Rippenheizkörper. Geht '
     'das ohne die Wand aufzustemmen? Die Anschlüsse kommen aus dem Boden.',
     ('installateur-heizungsbauer',)),
    ('Heizung geht nicht mehr an, Display dunkel. Mein Mann hat schon die Sicherung '
     'kontrolliert, die ist ok. Brennwertgerät von 2009.',
     ('installateur-heizungsbauer',)),
    ('Hallo! Wir haben eine Gasetagenheizung in der Mietwohnung und es riecht in der Küche'
     ' leicht nach Gas wenn die Therme anspringt. Hausverwaltung erst Montag erreichbar. '
     'Was soll ich tun?',
     ('installateur-heizungsbauer',)),
    ('Heizkörper im Kinderzimmer ist undicht am Ventil, es tropft langsam auf das Laminat.'
     ' Hab ne Schüssel drunter gestellt. Dringend!',
     ('installateur-heizungsbauer',)),
    ('seit dem Stromausfall letzte Woche funktioniert die Heizungspumpe nicht mehr '
     'richtig, man hört sie summen aber die Heizkörper bleiben lauwarm',
     ('installateur-heizungsbauer',)),
    ('Meine Schwiegermutter (84) wohnt allein im eigenen Häuschen und hat noch eine alte '
     'Nachtspeicherheizung. Die Teile werden nur noch halb warm und im Wohnzimmer riecht '
     'es manchmal verbrannt. Wir wollen das nicht riskieren. Wer schaut sich sowas an?',
     ('elektrotechniker',)),
    ('Im Winter friert bei uns immer die Wasserleitung in der Garage ein, letztes Jahr ist'
     ' sie sogar geplatzt. Jetzt wollen wir das vernünftig lösen, Begleitheizung oder '
     'anders verlegen?',
     ('installateur-heizungsbauer',)),
    ('Dusche wird mal heiß mal kalt, total unberechenbar, meine Tochter hat sich gestern '
     'fast verbrüht. Thermostat Armatur ist erst 3 Jahre alt.',
     ('installateur-heizungsbauer',)),
    ('Hallo in die Runde, bei uns wurde vor zwei Jahren eine Solarthermie aufs Dach '
     'gesetzt und seit dem Sommer zeigt die Steuerung nur noch Fehler, die Pumpe läuft '
     'nicht. Die Firma von damals gibt es nicht mehr. Wer kennt sich damit aus?',
     ('installateur-heizungsbauer',)),
    ('Der Heizungsmonteur hat letzte Woche die Wartung gemacht und seitdem knackt die '
     'Heizung in allen Räumen. Vorher war alles ruhig. Darf ich den nochmal kommen lassen '
     'oder lieber jemand anderes fragen?',
     ('installateur-heizungsbauer',)),
    ('Wir haben einen Pelletkessel und die Förderschnecke blockiert dauernd. Die Pellets '
     'sind neu geliefert. Kann das an der Qualität liegen oder ist da was kaputt?',
     ('installateur-heizungsbauer',)),
    ('Heizung läuft aber Wohnung wird nicht warm, schon seit Tagen',
     ('installateur-heizungsbauer',)),
    ('Ich habe im Keller eine alte Gastherme gefunden die anscheinend noch am Netz hängt, '
     'die Vorbesitzer haben irgendwann auf Fernwärme umgestellt. Muss die raus und wer '
     'darf die abklemmen?',
     ('installateur-heizungsbauer',)),
    ('Moin, Heizkörper im Schlafzimmer ist undicht geworden, hatte schon den Klempner hier'
     ' aber der meinte, das Ding ist durchgerostet und muss komplett getauscht werden. '
     'Wollte mal eine zweite Meinung, kostet ja nicht wenig.',
     ('installateur-heizungsbauer',)),
    ('Bei uns kommt aus dem Warmwasserhahn nur noch so ein Rinnsal, kalt läuft normal. '
     'Perlator schon sauber gemacht. Verkalkt?',
     ('installateur-heizungsbauer',)),
    ('Unsere Heizung springt nachts um 3 an und heizt wie verrückt, tagsüber dann kaum. '
     'Ich glaube die Uhr in der Regelung ist verstellt aber ich blick durch das Menü nicht'
     ' durch, Anleitung ist weg.',
     ('installateur-heizungsbauer',)),
    ('Wir möchten im Neubau eine Klimaanlage fürs Dachgeschoss nachrüsten, im Sommer hat '
     'es da oben 31 Grad. Split-Gerät mit zwei Innengeräten. Wer darf sowas installieren '
     'wegen Kältemittel?',
     ('kaelteanlagenbauer',)),
    ('Hey Leute, unser Boiler im Bad (Elektro, 80 Liter) heizt nicht mehr. Kontrolllampe '
     'geht an, aber Wasser bleibt kalt. Heizstab hinüber? Bin Mieter, Vermieter ist im '
     'Urlaub.',
     ('installateur-heizungsbauer', 'elektrotechniker')),
    ('Zimmer im Anbau hat gar keine Heizung und wir wollen dort ein Büro einrichten. '
     'Lieber an die Zentralheizung anschließen oder Infrarotplatte? Anbau ist ca. 12 qm.',
     ('installateur-heizungsbauer', 'elektrotechniker')),
    ('Heizkörper klopfen wie wild sobald die Heizung morgens anläuft, so ein metallisches '
     'Hämmern. Wohnen im 4. Stock. Woran kann das liegen?',
     ('installateur-heizungsbauer',)),
    ('ich brauche dringend jemanden für die heizung, die geht seid samstag nicht, wir '
     'frieren, habe schon zwei firmen angerufen keiner hat zeit',
     ('installateur-heizungsbauer',)),
    ('Gasanbieter hat uns mitgeteilt, dass unsere Therme laut Feuerstättenschau nicht mehr'
     ' zulässig ist und bis Jahresende getauscht werden muss. Können wir einfach eine neue'
     ' Gastherme reinsetzen oder müssen wir wegen dem Heizungsgesetz was anderes nehmen?',
     ('installateur-heizungsbauer',)),
    ('Die Abdeckung vom Heizkörper im Flur ist verrostet und der Lack blättert ab, '
     'funktioniert aber einwandfrei. Kann man den streichen lassen ohne ihn abzubauen?',
     ('maler-lackierer',)),
    ('Heizungsrohre im Keller sind komplett ungedämmt, der Energieberater hat gesagt das '
     'müssen wir nachholen. Sind so 25 Meter Rohr. Machen das Heizungsbauer oder gibt es '
     'da extra Firmen?',
     ('isolierer', 'installateur-heizungsbauer')),
    ('Wasser im Bad ist seit paar Tagen bräunlich wenn man morgens aufdreht, nach einer '
     'Minute wird es klar. Haus ist alt, verzinkte Leitungen. Muss ich mir Sorgen machen?',
     ('installateur-heizungsbauer',)),
    ('Wasserenthärtungsanlage im Keller piept ständig und zeigt Salzmangel obwohl der '
     'Behälter voll ist. Sonst alles normal.',
     ('installateur-heizungsbauer',)),
    ('Servus, bei uns im Haus is im Keller der Ausdehnungsgefäß oder wie des heißt '
     "undicht, zumindest tropft's da drunter. Druck geht runter. Wer kimmt da am "
     'schnellsten?',
     ('installateur-heizungsbauer',)),
    ('Lüftungsanlage mit Wärmerückgewinnung im Einfamilienhaus pfeift und riecht muffig. '
     'Filter haben wir gewechselt. Die Kanäle wurden seit dem Bau vor 9 Jahren nie '
     'gereinigt.',
     ('installateur-heizungsbauer',)),
    ('Können Heizkörper einfach versetzt werden? Wir wollen das Wohnzimmer umbauen und der'
     ' Heizkörper ist genau da, wo die Couch hinsoll.',
     ('installateur-heizungsbauer',)),
    ('Gas-Kombitherme: Heizung funktioniert, aber Warmwasser kommt nur lauwarm. Wenn ich '
     'an der Therme die Temperatur hochdrehe ändert sich nix. 12 Jahre alt, Vaillant.',
     ('installateur-heizungsbauer',)),
    ('Hat jemand Erfahrung mit einem Kaminofen mit Wassertasche? Wir würden ihn gern an '
     'unsere bestehende Heizung anbinden, damit der Pufferspeicher mitgeheizt wird.',
     ('installateur-heizungsbauer', 'ofen-luftheizungsbauer')),
    ('Unter der Spüle ist alles nass, der Unterschrank ist schon aufgequollen. Das Wasser '
     'kommt irgendwo vom Eckventil. Hab den Haupthahn zugedreht, jetzt haben wir gar kein '
     'Wasser.',
     ('installateur-heizungsbauer',)),
    ('Klospülung läuft die ganze Zeit nach, man hört es nachts rauschen. Der Spülkasten '
     'ist in der Wand eingebaut, komm da nicht ran.',
     ('installateur-heizungsbauer',)),
    ('Wasserhahn in der Küche tropft, auch wenn man ihn fest zudreht. Einhebelmischer, '
     'schon älter. Das Geräusch nachts macht mich wahnsinnig und die Wasserrechnung ist '
     'auch nicht ohne. Lohnt sich reparieren noch?',
     ('installateur-heizungsbauer', 'hausmeisterservice')),
    ('Die Nachbarin von unten hat geklingelt, bei ihr kommt Wasser durch die Decke im Bad.'
     ' Bei uns ist aber nichts zu sehen, kein nasser Boden, gar nix. Jetzt will sie dass '
     'ich das regel. Wer findet so ein Leck ohne alles aufzureißen?',
     ('installateur-heizungsbauer',)),
    ('Nach dem Rohrbruch im Januar ist der Estrich im Flur immer noch feucht, der '
     'Parkettleger weigert sich, neu zu verlegen bevor das trocken ist. Versicherung '
     'zahlt. Wer stellt da Trockner auf?',
     ('bautrocknung',)),
    ('Wasserzähler dreht sich obwohl alle Hähne zu sind. Keine feuchten Stellen zu sehen. '
     'Das Haus ist von 1962.',
     ('installateur-heizungsbauer',)),
    ('Silikonfuge an der Badewanne ist schwarz und an einer Stelle rissig, ich fürchte es '
     'läuft Wasser dahinter. Nachbar unten hat noch nix gemerkt. Fuge neu machen lassen, '
     'wer macht das am besten?',
     ('fliesenleger', 'hausmeisterservice')),
    ('Bei uns ist am Wochenende der Schlauch der Waschmaschine geplatzt, das ganze Bad und'
     ' der Flur standen unter Wasser. Wir haben alles aufgewischt aber jetzt riecht es '
     'muffig und die Sockelleisten lösen sich. Brauchen wir einen Trocknungsservice?',
     ('bautrocknung',)),
    ('Aus der Wand hinter dem Waschbecken kommt an der Stelle, wo das Rohr reingeht, immer'
     ' wieder Wasser raus und die Tapete ist schon ganz wellig. Mietwohnung im 2. OG.',
     ('installateur-heizungsbauer',)),
    ('Duschtasse undicht?? Beim Duschen läuft unten Wasser aus der Fuge zwischen Wanne und'
     ' Fliesen raus und im Keller darunter ist ein Fleck an der Decke.',
     ('installateur-heizungsbauer', 'fliesenleger')),
    ('Hallo, ich bin im 3. Stock Altbau und nach starkem Regen tropft es bei mir aus der '
     'Deckenlampe im Flur. Über mir ist nur noch der Dachboden. Ich hab sofort die '
     'Sicherung raus. Was jetzt zuerst, Elektriker oder Dachdecker?',
     ('dachdecker',)),
    ('Der Außenwasserhahn an der Hauswand ist im Winter offensichtlich eingefroren, jetzt '
     'wo es wärmer ist spritzt es aus der Wand. Absperrventil im Keller ist zu.',
     ('installateur-heizungsbauer',)),
    ('Toilette wackelt und am Boden um das Klo rum ist es immer feucht. Riecht auch '
     'unangenehm. Stand-WC, Fliesenboden. Ich hab erst gedacht es sind die Jungs die '
     'danebenpinkeln, aber es ist auch feucht wenn keiner da war.',
     ('installateur-heizungsbauer',)),
    ('Unsere Spülmaschine hat ausgelaufen und das Wasser ist unter die Einbauküche '
     'gelaufen, Laminat hat sich aufgestellt. Küche müsste wohl raus damit alles trocknen '
     'kann. Mit wem fang ich an?',
     ('bautrocknung',)),
    ('Hab beim Bohren im Bad eine Wasserleitung getroffen. Wasser spritzt raus, Haupthahn '
     'ist zu. Bitte wer kann heute noch?',
     ('installateur-heizungsbauer',)),
    ('Mischbatterie an der Badewanne macht beim Umschalten auf Dusche so ein Pfeifen und '
     'tropft aus dem Brausekopf weiter. Ist Dichtung oder ganze Armatur?',
     ('installateur-heizungsbauer',)),
    ('Wir haben im Keller eine Leitung, die ständig schwitzt und tropft, vor allem im '
     'Sommer. Ist wohl die Kaltwasserleitung. Kann man die dämmen?',
     ('installateur-heizungsbauer', 'isolierer')),
    ('Eckventil unter dem Waschbecken lässt sich nicht mehr zudrehen, ist total '
     'festgegammelt. Will einen neuen Wasserhahn montieren, aber so geht das nicht.',
     ('installateur-heizungsbauer',)),
    ('Wir bekommen ständig Wasser in den Keller wenn es stark regnet, immer an der '
     'gleichen Stelle wo die Außenwand auf den Boden trifft. Haus Baujahr 1955, Keller '
     'gemauert, keine Abdichtung außen soweit ich weiß.',
     ('holz-bautenschutz', 'maurer-betonbauer')),
    ('Bei mir tropft es im Bad von der Decke. Über mir wohnt keiner mehr, Wohnung steht '
     'leer. Hausverwaltung meint ich soll selbst einen Installateur holen und die Rechnung'
     ' einreichen. Hab jetzt Schiss dass was Großes kaputt ist.',
     ('installateur-heizungsbauer',)),
    ('Spülkasten vom Klo füllt sich nicht mehr richtig, es dauert ewig und manchmal gar '
     'nicht. Aufputz Spülkasten, uralt.',
     ('installateur-heizungsbauer', 'hausmeisterservice')),
    ('Guten Tag, ich schreibe für meinen Vater. In seinem Keller steht seit dem Unwetter '
     '10 cm Wasser, die Feuerwehr hat abgepumpt, aber die Wände sind bis 50 cm hoch nass '
     'und die Heizung steht auch dort. Was sollten wir als erstes machen?',
     ('bautrocknung',)),
    ('Wasserdruck im ganzen Haus ist plötzlich deutlich schwächer. Druckminderer hinter '
     'der Wasseruhr? Kann man den selbst einstellen oder lieber Fachmann?',
     ('installateur-heizungsbauer',)),
    ('Gartenschlauch-Anschluss am Haus undicht und das Wasser läuft an der Fassade runter '
     'in den Lichtschacht, im Keller ist die Wand dahinter schon dunkel. Zudrehen kann ich'
     ' den nur im Keller, dann haben wir aber im Garten kein Wasser',
     ('installateur-heizungsbauer',)),
    ('Wir haben beim Renovieren bemerkt dass die Bleirohre im Haus noch drin sind. 1938er '
     'Haus. Müssen die raus? Wir haben ein kleines Kind.',
     ('installateur-heizungsbauer',)),
    ('Abfluss von der Dusche läuft total langsam ab, man steht nach 5 Minuten im Wasser. '
     'Haare hab ich rausgeholt, Rohrfrei auch schon zweimal. Bringt nix',
     ('rohr-kanalreiniger', 'installateur-heizungsbauer')),
    ('Küchenspüle verstopft, Pümpel hilft nicht, Siphon hab ich abgeschraubt und sauber '
     'gemacht. Es liegt also weiter hinten in der Wand. Was kostet so eine Rohrreinigung '
     'ungefähr?',
     ('rohr-kanalreiniger',)),
    ('Klo ist verstopft!!! Kind hat wohl ein Spielzeug runtergespült. Pümpel bringt '
     'nichts. Wir haben nur das eine WC.',
     ('rohr-kanalreiniger', 'installateur-heizungsbauer')),
    ('Im Keller kommt aus dem Bodenablauf Wasser hoch wenn oben jemand die Waschmaschine '
     'laufen lässt. Es stinkt auch nach Kanal. Ist das die Hauptleitung?',
     ('rohr-kanalreiniger',)),
    ('Bei Starkregen drückt es bei uns das Wasser aus der Toilette im Keller hoch. Wir '
     'haben gehört man braucht eine Rückstauklappe. Gibt es sowas nachträglich?',
     ('installateur-heizungsbauer', 'rohr-kanalreiniger')),
    ('Es stinkt seit Wochen im Bad nach Abwasser, vor allem morgens. Alles geputzt, '
     'Siphons voll Wasser. Woher kommt das?',
     ('installateur-heizungsbauer', 'rohr-kanalreiniger')),
    ('In unserem Garten senkt sich der Rasen an einer Stelle immer mehr ab, genau da wo '
     'die Abwasserleitung zur Straße geht. Der Nachbar meint, da sind Wurzeln von der '
     'Birke im Kanalrohr. Wer kann das mit der Kamera anschauen?',
     ('rohr-kanalreiniger',)),
    ('Unsere Grube (wir haben noch keinen Kanalanschluss) muss abgepumpt werden und '
     'irgendwie läuft sie schneller voll als früher.',
     ('rohr-kanalreiniger',)),
    ('Waschbecken im Gäste-WC gluckert und das Wasser läuft nur so halb ab. Es ist nicht '
     'komplett zu aber fast.',
     ('rohr-kanalreiniger', 'installateur-heizungsbauer')),
    ('Der Abfluss von der Waschmaschine läuft über, jedes Mal beim Abpumpen gibt es eine '
     'Überschwemmung in der Waschküche. Schlauch ist richtig drin.',
     ('rohr-kanalreiniger', 'installateur-heizungsbauer')),
    ('Mehrfamilienhaus, 8 Parteien, im Erdgeschoss kommt bei einem Mieter immer wieder '
     'Abwasser aus der Dusche hoch. Als Verwalterin brauche ich eine Firma, die den Strang'
     ' einmal komplett durchspült und dokumentiert.',
     ('rohr-kanalreiniger',)),
    ('Hallo, Regenwasser läuft bei uns nicht mehr ab, das Fallrohr läuft oben über und '
     'unten am Boden kommt nichts an. Ist wohl irgendwo im Boden verstopft, wo es in den '
     'Kanal geht.',
     ('rohr-kanalreiniger',)),
    ('Badewanne läuft nicht ab, steht nach dem Baden stundenlang Wasser drin. Mit Natron '
     'und Essig probiert, da blubbert es bloß. Bin Mieterin und hab keine Lust auf Stress '
     'mit dem Vermieter wenn ich selbst rumschraube.',
     ('rohr-kanalreiniger', 'installateur-heizungsbauer')),
    ('Vor dem Haus im Hof ist ein Gully und der ist komplett mit Laub und Schlamm zu, bei '
     'Regen steht der ganze Hof unter Wasser.',
     ('rohr-kanalreiniger',)),
    ('Bin gerade in eine Altbauwohnung gezogen, die Toilette verstopft ungefähr jede '
     'Woche, obwohl wir wirklich nichts Falsches reinwerfen. Vormieterin hatte das '
     'angeblich auch. Liegt das an den alten Rohren?',
     ('rohr-kanalreiniger',)),
    ('Hebeanlage im Keller springt nicht mehr an, Alarm piept, Wasser steigt im Schacht. '
     'Wir können oben kaum noch was benutzen.',
     ('installateur-heizungsbauer',)),
    ('Der Ablauf auf unserem Balkon ist verstopft und bei Regen steht das Wasser auf dem '
     'Balkon fast bis zur Schwelle der Balkontür.',
     ('rohr-kanalreiniger', 'hausmeisterservice')),
    ('Wasserschaden im Dachgeschoss, die Rigipsdecke ist durchnässt und hängt durch. '
     'Ursache (Dachfenster) ist inzwischen vom Dachdecker repariert. Jetzt muss die Decke '
     'getrocknet und neu gemacht werden.',
     ('bautrocknung', 'stuckateur')),
    ('Sicherung fliegt immer raus sobald ich Wasserkocher und Mikrowelle gleichzeitig '
     'anmache. Ist das normal in einer Altbauwohnung oder ist da was nicht in Ordnung?',
     ('elektrotechniker',)),
    ('FI-Schalter löst bei uns nachts einfach so aus, dann ist der Kühlschrank morgens '
     'warm. Passiert seit dem letzten Gewitter ungefähr zweimal die Woche.',
     ('elektrotechniker',)),
    ('Die Steckdose in der Küche neben dem Herd ist schwarz verschmort und hat geknistert.'
     ' Hab sie nicht mehr benutzt. Wie schlimm ist das?',
     ('elektrotechniker',)),
    ('Wir kaufen demnächst ein E-Auto und wollen eine Wallbox in der Garage. Der '
     'Zählerkasten ist im Keller auf der anderen Seite vom Haus. Wie aufwendig ist das?',
     ('elektrotechniker',)),
    ('Licht im Treppenhaus flackert seit Tagen und manchmal geht es gar nicht an. Die '
     'Hausverwaltung reagiert nicht. Darf ich als Mieter selbst einen Elektriker '
     'beauftragen?',
     ('elektrotechniker',)),
    ('Hallo, wir haben ein Haus von 1958 gekauft und im Keller ist noch ein '
     'Sicherungskasten mit diesen alten Schraubsicherungen. Die Leitungen sind teilweise '
     'nur zweiadrig. Sollten wir das vor dem Einzug komplett erneuern lassen?',
     ('elektrotechniker',)),
    ('Türklingel geht nicht mehr. Batterien? Nein, ist eine alte mit Trafo. Ich hab keine '
     'Ahnung wo der Trafo überhaupt sitzt.',
     ('elektrotechniker',)),
    ('In zwei Zimmern geht gar kein Strom mehr, Sicherung lässt sich nicht wieder '
     'reindrücken, fliegt sofort raus. Alle Geräte sind ausgesteckt.',
     ('elektrotechniker',)),
    ('Möchte eine Deckenlampe im Wohnzimmer aufhängen, aber aus der Decke kommen drei '
     'Kabel ohne Farbe, schwarz, schwarz und grau. Trau mich nicht ran. Macht das ein '
     'Elektriker oder auch ein Hausmeisterservice?',
     ('elektrotechniker', 'hausmeisterservice')),
    ('Bei uns im Bad gibt es keine Steckdose am Spiegel, nur eine oben an der Lampe. Kann '
     'man nachträglich eine setzen lassen, die Wand ist gefliest?',
     ('elektrotechniker',)),
    ('Balkonkraftwerk gekauft, 800 Watt. Laut Netzbetreiber darf ich es anmelden, aber '
     'unsere Steckdose auf dem Balkon ist keine Außensteckdose und der Zähler ist noch so '
     'ein alter mit Drehscheibe. Brauche ich einen Elektriker?',
     ('elektrotechniker',)),
    ('Wir haben eine PV-Anlage seit 2019 und der Wechselrichter zeigt seit einer Woche '
     'Fehler und speist nichts mehr ein. Die Installationsfirma ist pleite.',
     ('elektrotechniker',)),
    ('Steckdosen im Kinderzimmer sind lose und wackeln in der Wand, man sieht schon die '
     'Kabel wenn man den Stecker zieht',
     ('elektrotechniker',)),
    ('Außenbeleuchtung mit Bewegungsmelder geht nicht mehr aus, brennt die ganze Nacht. '
     'Melder schon getauscht, hat nix gebracht. Der Nachbar hat sich schon beschwert weil '
     'es ihm ins Schlafzimmer leuchtet.',
     ('elektrotechniker',)),
    ('Ich möchte in meiner Küche einen Induktionskochfeld anschließen lassen, bisher war '
     'ein Gasherd da. Ist überhaupt ein Starkstromanschluss vorhanden? Wie finde ich das '
     'raus?',
     ('elektrotechniker',)),
    ('Die Gegensprechanlage funktioniert nur noch einseitig, ich höre die Leute unten, '
     'aber die hören mich nicht. Türöffner geht. 6-Parteien-Haus.',
     ('elektrotechniker',)),
    ('Wenn ich den Staubsauger einstecke, fängt im ganzen Flur das Licht an zu flackern. '
     'Ist das gefährlich? Wohne in einem Haus von 1960, da ist wohl seit damals nichts '
     'gemacht worden, die Schalter sind noch so Drehschalter.',
     ('elektrotechniker',)),
    ('Wir wollen unsere Rauchmelder durch vernetzte Funkmelder ersetzen, insgesamt 9 Stück'
     ' in 3 Etagen. Kann das ein Hausmeisterdienst oder muss ein Elektriker?',
     ('elektrotechniker', 'hausmeisterservice')),
    ('Sat-Schüssel auf dem Dach hat sich beim Sturm verdreht, seitdem kein Empfang mehr '
     'auf allen Fernsehern im Haus.',
     ('informationstechniker', 'elektrotechniker')),
    ('Das WLAN kommt im Obergeschoss nicht an, Repeater bringen nix wegen Stahlbetondecke.'
     ' Wir würden gern LAN-Kabel in jedes Zimmer legen lassen. Wer macht sowas ordentlich?',
     ('informationstechniker', 'elektrotechniker')),
    ('hab heute einen leichten Schlag bekommen als ich den Lichtschalter im Bad angefasst '
     'habe, hatte nasse Hände. Seitdem trau ich mich nicht mehr. Mietwohnung, Vermieter '
     'nicht erreichbar',
     ('elektrotechniker',)),
    ('Zählerschrank muss erneuert werden laut Netzbetreiber, weil wir eine Wärmepumpe '
     'bekommen. Der Heizungsbauer kümmert sich um die Pumpe, aber den Zählerschrank macht '
     'er nicht.',
     ('elektrotechniker',)),
    ('Moin! In unserem Gartenhaus soll Strom rein, ca. 25 m vom Haus weg. Kabel durch den '
     'Rasen verlegen, eine Steckdose und eine Lampe. Was braucht man da?',
     ('elektrotechniker',)),
    ('Elektrische Rollläden: einer fährt nicht mehr hoch, der Motor brummt nur. Die '
     'anderen gehen alle. Schalter oder Motor?',
     ('rollladen-sonnenschutztechniker', 'elektrotechniker')),
    ('Es riecht seit gestern im Flur nach verbranntem Plastik, ganz schwach. Am '
     'Verteilerkasten ist es am stärksten. Strom geht überall. Sofort jemanden holen?',
     ('elektrotechniker',)),
    ('Unsere Dunstabzugshaube muss neu angeschlossen werden, die alte hatte einen Stecker,'
     ' die neue hat nur Kabel mit Aderendhülsen.',
     ('elektrotechniker',)),
    ('Wir brauchen einen E-Check für unsere vermietete Wohnung, der Versicherer will das. '
     'Wie oft muss man das eigentlich machen?',
     ('elektrotechniker',)),
    ('Nach dem Blitzeinschlag in der Nachbarschaft sind bei uns der Router, der Fernseher '
     'und die Heizungssteuerung kaputt. Kann man sowas in Zukunft verhindern? '
     'Überspannungsschutz?',
     ('elektrotechniker',)),
    ('Dimmer im Esszimmer summt laut seit wir LED Birnen reingedreht haben und die Lampen '
     'flimmern. Passt der Dimmer nicht?',
     ('elektrotechniker',)),
    ('Der Herd ist neu, der alte Herdanschluss ist aber irgendwie nur dreiadrig, der '
     'Verkäufer hat gesagt das geht nicht und wir brauchen einen Fachmann.',
     ('elektrotechniker',)),
    ('Ich bin Vermieter einer kleinen Wohnung und die Mieterin beschwert sich, dass im Bad'
     ' der Lüfter nicht mehr läuft. Ist ein Unterputzlüfter mit Nachlauf.',
     ('elektrotechniker',)),
    ('Computer im Homeoffice geht ständig aus und das Netzteil klickt, Daten sind wichtig,'
     ' hab leider kein Backup. Gibt es jemand der auch nach Hause kommt?',
     ('informationstechniker',)),
    ('Wir wollen eine Alarmanlage mit Kameras am Haus, nachdem bei den Nachbarn '
     'eingebrochen wurde. Wer montiert sowas, Elektriker oder Sicherheitsfirma?',
     ('elektrotechniker', 'informationstechniker')),
    ('Dachziegel verrutscht nach dem Sturm, man sieht von unten eine Lücke. Es hat noch '
     'nicht reingeregnet, aber nächste Woche soll es viel regnen.',
     ('dachdecker',)),
    ('Hi, bei uns kommt bei starkem Regen Wasser im Dachgeschoss an der Dachschräge rein, '
     'genau neben dem Kamin. Der Schornsteinfeger war letzte Woche da und hat gemeint die '
     'Blechverwahrung am Kamin ist hin. Muss das der Dachdecker machen oder der Spengler?',
     ('dachdecker', 'klempner')),
    ('Dachrinne hängt durch und läuft bei Regen vorne über, das Wasser klatscht direkt an '
     'die Hauswand. Halterungen sind verrostet.',
     ('klempner', 'dachdecker')),
    ('Wir haben ein Flachdach auf der Garage, Bitumenbahnen, bestimmt 30 Jahre alt. Es '
     'bilden sich Pfützen und in der Garage tropft es an zwei Stellen.',
     ('dachdecker',)),
    ("Dachkändel isch voll mit Laub un läuft über, i kumm mit der Leiter net nauf, s'Haus "
     'isch zu hoch. Wer macht des sauber?',
     ('dachdecker', 'klempner', 'hausmeisterservice')),
    ('Unser Dach ist noch mit Eternitplatten gedeckt, Baujahr 1974. Wir wollen neu decken '
     'und gleich dämmen. Welche Gewerke braucht man dafür, nur Dachdecker oder auch '
     'Zimmermann?',
     ('dachdecker',)),
    ('Dachfenster undicht, bei Schlagregen läuft es innen am Rahmen runter. Velux, ca. 20 '
     'Jahre alt. Dichtung tauschen oder gleich neues Fenster?',
     ('dachdecker',)),
    ('Auf unserem Dach wächst richtig viel Moos, die Ziegel sind ganz grün. Schadet das '
     'dem Dach? Wer reinigt sowas, ich will da nicht selbst rauf.',
     ('dachdecker',)),
    ('Bei uns ist der Sturm über das Vordach gegangen und jetzt fehlen mehrere Schindeln, '
     'man sieht die Bretter darunter.',
     ('dachdecker',)),
    ('Im Schlafzimmer unterm Dach ist im Winter immer eine feuchte Stelle an der Decke, im'
     ' Sommer ist sie weg. Der Maler hat zweimal drübergestrichen, kommt immer wieder. Ich'
     ' vermute dass es vom Dach kommt.',
     ('dachdecker',)),
    ('Fallrohr vom Dach ist unten abgebrochen, ein Auto ist beim Rangieren dagegen '
     'gefahren. Regenwasser läuft jetzt direkt an den Keller.',
     ('klempner', 'dachdecker')),
    ('Hallo Leute, wir haben einen alten Bauernhof geerbt, die Scheune hat ein undichtes '
     'Dach und der Dachstuhl sieht an einigen Stellen morsch aus. Bevor wir neu decken '
     'muss wohl jemand die Balken prüfen.',
     ('zimmerer',)),
    ('Schneefanggitter auf unserem Dach ist teilweise abgerissen, im letzten Winter ist '
     'eine Dachlawine direkt vor der Haustür runter. Das muss vor dem nächsten Winter '
     'gemacht werden.',
     ('dachdecker',)),
    ('Zinkblech an der Attika vom Flachdach hat sich gelöst und klappert bei Wind '
     'fürchterlich, man kann nachts kaum schlafen. Ich hab Angst, dass es beim nächsten '
     'Sturm ganz abreißt und unten jemanden trifft',
     ('klempner', 'dachdecker')),
    ('Wir wohnen in einem Reihenmittelhaus und beim Nachbarn wird gerade das Dach neu '
     'gemacht. Der Dachdecker meint, an der Grenze zu uns sind auch kaputte Ziegel und wir'
     ' sollten das gleich mitmachen lassen. Stimmt das oder will der nur Geschäft machen?',
     ('dachdecker',)),
    ('Dachboden soll ausgebaut werden, dafür brauchen wir eine Dämmung zwischen den '
     'Sparren und eine Gaube. Statiker ist schon beauftragt. Wer macht die Gaube?',
     ('zimmerer', 'dachdecker')),
    ('Die Regenrinne an unserer Garage ist aus Kunststoff und an der Verbindung gerissen, '
     'es tropft bei jedem Regen auf den Eingang.',
     ('klempner', 'dachdecker', 'hausmeisterservice')),
    ('Nach dem Hagel letzte Woche sind an unserem Wintergarten zwei Scheiben im Dach '
     'gesprungen und es läuft rein.',
     ('glaser',)),
    ('Nach Regen haben wir an der Decke im Wohnzimmer im Erdgeschoss einen braunen Rand, '
     'darüber ist der Balkon vom Obergeschoss. Maler hat gesagt er streicht erst wenn die '
     'Ursache weg ist. Ich tippe auf die Balkonabdichtung.',
     ('dachdecker', 'fliesenleger')),
    ('Unsere Dachrinnen sind alle voll Laub, jedes Jahr dasselbe. Gibt es jemanden der das'
     ' jährlich macht? Haus ist ein Bungalow, nicht so hoch.',
     ('hausmeisterservice', 'dachdecker', 'klempner')),
    ('Hallo zusammen, wir wohnen seit einem Jahr in einer Erdgeschosswohnung und jetzt im '
     'Herbst kommt hinter dem Kleiderschrank an der Außenwand schwarzer Schimmel. Wir '
     'lüften dreimal am Tag stoßweise, Luftfeuchte liegt bei 55 %. Der Vermieter sagt wir '
     'heizen falsch. Wer kann das mal neutral anschauen und den Schimmel fachgerecht '
     'entfernen?',
     ('holz-bautenschutz', 'maler-lackierer')),
    ('Kellerwände sind feucht bis ca. 80 cm Höhe, Putz bröselt ab und es bilden sich weiße'
     ' Salzausblühungen. Haus aus den 30ern. Horizontalsperre nachträglich? Was kostet '
     'sowas?',
     ('holz-bautenschutz', 'maurer-betonbauer')),
    ('In der Ecke vom Badezimmer über der Dusche ist die Decke schwarz gepunktet, kommt '
     'nach dem Wegputzen immer wieder. Bad hat kein Fenster, nur so einen Lüfter der '
     'gefühlt nix tut.',
     ('elektrotechniker', 'maler-lackierer', 'holz-bautenschutz')),
    ('Wir haben ein altes Fachwerkhaus und an der Wetterseite sind einige Balken unten '
     'total morsch, man kann mit dem Schraubenzieher reinstechen. Der Putz drumherum ist '
     'auch schon rissig.',
     ('zimmerer', 'holz-bautenschutz')),
    ('Schimmel an den Fensterlaibungen in allen Zimmern, seit die neuen Kunststofffenster '
     'drin sind. Vorher hatten wir das nie. Jetzt streitet sich der Fensterbauer mit dem '
     'Vermieter wer schuld ist und wir sitzen mit dem Schimmel da.',
     ('holz-bautenschutz', 'maler-lackierer')),
    ('Im Keller riecht es modrig, an der Wand hinter den Regalen haben wir großflächig '
     'Schimmel gefunden. Wir wollen den Keller als Hobbyraum nutzen. Muss das ein '
     'Fachbetrieb machen oder reicht Schimmelspray?',
     ('holz-bautenschutz',)),
    ('Die Außenwand vom Wohnzimmer ist im Winter innen richtig kalt und feucht, die Tapete'
     ' löst sich an den Ecken. Haus von 1965, keine Dämmung. Wir überlegen Innendämmung.',
     ('isolierer', 'stuckateur')),
    ('Im Dachstuhl haben wir kleine Löcher im Holz und feines Mehl darunter gefunden. '
     'Holzwurm? Ist das gefährlich für die Statik?',
     ('holz-bautenschutz', 'zimmerer')),
    ('Nach einem Rohrbruch in der Wand hat sich im Flur Schimmel hinter der Tapete '
     'gebildet. Das Rohr ist repariert. Jetzt muss die Wand saniert werden, aber richtig, '
     'damit es nicht wieder kommt.',
     ('holz-bautenschutz', 'bautrocknung')),
    ('Hallo, unsere Souterrainwohnung hat an einer Wand immer einen Wasserrand, so wie '
     'Feuchtigkeit von unten, ca. 30 cm hoch. Die Tapete hat gelbe Ränder. Was kann man da'
     ' tun, wir sind nur Mieter.',
     ('holz-bautenschutz',)),
    ('Bei meiner Oma riecht die ganze Wohnung nach Schimmel, wir haben hinter dem Sofa und'
     ' unter der Matratze was gefunden. Sie lüftet nie weil ihr kalt ist. Wir wollen das '
     'jetzt gründlich machen lassen.',
     ('holz-bautenschutz', 'reinigung')),
    ('Die Holzbalkendecke im Altbau ist unter dem Bad an einem Balkenkopf feucht und wohl '
     'angefault, das hat der Gutachter beim Kauf gesagt. Wer tauscht oder verstärkt so '
     'einen Balken?',
     ('zimmerer',)),
    ('Fenster im Schlafzimmer schließt nicht mehr richtig, man muss richtig dagegen '
     'drücken und es zieht. Kunststofffenster, ca. 15 Jahre alt. Kann man das einstellen?',
     ('einbau-baufertigteile', 'tischler')),
    ('Scheibe im Küchenfenster hat einen Sprung, der wird immer länger. Doppelverglasung. '
     'Muss das ganze Fenster raus oder nur die Scheibe?',
     ('glaser',)),
    ('Einbrecher haben versucht die Terrassentür aufzuhebeln, Rahmen ist beschädigt und '
     'sie schließt nicht mehr. Polizei war da. Wer kann das schnell sichern und '
     'reparieren?',
     ('tischler', 'einbau-baufertigteile', 'metallbauer')),
    ('Unsere alten Holzfenster von 1910 wollen wir unbedingt erhalten, der Lack ist ab und'
     ' das Holz unten teilweise grau und rissig. Kitt fällt raus. Gibt es noch Leute die '
     'sowas aufarbeiten?',
     ('tischler', 'maler-lackierer', 'glaser')),
    ('Die Haustür schleift unten am Boden und lässt sich nur mit Gewalt schließen, seit es'
     ' draußen so feucht ist. Holztür.',
     ('tischler',)),
    ('Wir wollen die alten Fenster im ganzen Haus tauschen lassen, 14 Stück, Kunststoff '
     'mit 3-fach Verglasung. Wer baut sowas ein und worauf muss ich beim Angebot achten?',
     ('einbau-baufertigteile', 'tischler')),
    ('Innentür zum Bad geht nicht mehr zu, die Falle rastet nicht ein. Tür hängt wohl '
     'etwas. Ist bestimmt nur eine Kleinigkeit aber ich krieg es nicht hin.',
     ('tischler', 'hausmeisterservice')),
    ('Griff vom Balkonfenster abgebrochen, Fenster steht jetzt auf Kipp und lässt sich '
     'nicht mehr schließen. Es wird nachts kalt!',
     ('einbau-baufertigteile', 'tischler', 'hausmeisterservice')),
    ('Isolierglasscheibe ist von innen beschlagen, zwischen den Scheiben, geht nicht weg. '
     'Das Fenster ist im Wohnzimmer, 1,80 breit. Fensterrahmen ist Holz und noch gut, ich '
     'möchte nicht das ganze Fenster rausreißen lassen.',
     ('glaser',)),
    ('Hey, ein Fußball hat unser Kellerfenster zerschlagen, einfach Glas ohne Rahmen '
     'drumrum, also alter Holzrahmen. Das Loch ist jetzt mit Pappe zu.',
     ('glaser',)),
    ('Wir möchten einen Durchgang zwischen Küche und Wohnzimmer und dort eine '
     'Glasschiebetür. Die Wand ist nicht tragend laut Statiker. Wer macht den Durchbruch '
     'und wer die Tür?',
     ('maurer-betonbauer',)),
    ('Dachbodentreppe klemmt und die Feder ist ausgeleiert, man muss sie mit beiden Händen'
     ' hochdrücken. Neue Bodentreppe einbauen?',
     ('einbau-baufertigteile', 'tischler')),
    ('Hallo, wir haben einen Altbau mit Kastenfenstern und im Winter ziehts wie '
     'Hechtsuppe. Wir wollen sie nicht rausreißen (Denkmalschutz). Kann man die abdichten '
     'lassen?',
     ('tischler',)),
    ('Die Balkontür klemmt im Sommer, im Winter geht sie leicht, und die Dichtung ist an '
     'einer Ecke rausgerutscht. Ich bin mit meinem Latein am Ende.',
     ('einbau-baufertigteile', 'tischler')),
    ('Haustür neu gewünscht, die alte Alutür von 1985 ist undicht und unsicher. Worauf '
     'achten, RC2? Wer baut ein?',
     ('einbau-baufertigteile', 'tischler', 'metallbauer')),
    ('Hab mich ausgesperrt, Schlüssel steckt innen, Tür nur zugezogen. Wohne im 1. OG. '
     'Bitte kein Abzocker-Schlüsseldienst, wer ist seriös?',
     ('metallbauer',)),
    ('Schlüssel ist im Schloss abgebrochen, die Hälfte steckt noch drin. Haustür, ich '
     'komme aber über die Terrasse rein. Mit der Pinzette hab ichs versucht, hab ihn nur '
     'noch tiefer reingeschoben. Ist also kein Notfall, aber sollte diese Woche noch '
     'passieren.',
     ('metallbauer',)),
    ('Wir sind gerade eingezogen und wollen die Schließzylinder an Haustür und Keller '
     'tauschen, man weiß ja nie wer noch Schlüssel hat. Am liebsten alle gleichschließend.',
     ('metallbauer', 'hausmeisterservice')),
    ('Das Garagentor lässt sich nicht mehr öffnen, der Antrieb brummt nur und die Feder '
     'seitlich sieht gebrochen aus. Auto steht drin und ich muss morgen zur Arbeit.',
     ('metallbauer', 'einbau-baufertigteile')),
    ('Unser Gartentor aus Schmiedeeisen hängt schief und schleift am Pflaster, außerdem '
     'ist die eine Angel durchgerostet. Das Tor ist noch vom Opa und soll bleiben, also '
     'bitte kein neues Tor aus dem Baumarkt.',
     ('metallbauer',)),
    ('Das Balkongeländer wackelt an einer Stelle ziemlich bedenklich, die Befestigung an '
     'der Betonplatte ist angerostet. Wir haben kleine Kinder.',
     ('metallbauer',)),
    ('Schloss an der Wohnungstür hakt total, Schlüssel lässt sich nur mit viel Gefummel '
     'drehen. Graphitspray hab ich schon probiert.',
     ('metallbauer', 'hausmeisterservice')),
    ('Kann man an einem alten Holzfenster im EG nachträglich abschließbare Griffe und '
     'Pilzkopfverriegelung einbauen? Wir hatten letztes Jahr einen Einbruchsversuch.',
     ('tischler', 'einbau-baufertigteile')),
    ('Tresor im Schlafzimmer geht nicht mehr auf, Zahlenschloss, Batterie gewechselt, nix.'
     ' Drinnen sind Papiere die ich brauche.',
     ('metallbauer',)),
    ('Briefkastenanlage an unserem Mehrfamilienhaus ist verrostet und zwei Schlösser sind '
     'kaputt. Neue Anlage für 6 Parteien, freistehend.',
     ('metallbauer',)),
    ('Wir hätten gern ein Treppengeländer für die Außentreppe zum Eingang, 5 Stufen, meine'
     ' Mutter kommt nicht mehr gut hoch. Edelstahl.',
     ('metallbauer',)),
    ('Wir haben in unserem Haus unter dem alten Teppich wunderschönes Eichenparkett '
     'gefunden, allerdings mit Kleberesten, ein paar losen Stäben und dunklen Flecken. '
     'Kann man das abschleifen und wieder schön machen oder ist das zu kaputt?',
     ('parkettleger',)),
    ('Laminat im Wohnzimmer wölbt sich an den Stößen hoch, vor allem am Fenster. Wurde vor'
     ' 2 Jahren vom Vormieter verlegt. Alles raus und neu?',
     ('bodenleger',)),
    ('Dielenboden im Altbau knarzt fürchterlich bei jedem Schritt, besonders im '
     'Schlafzimmer. Die Nachbarn unten beschweren sich schon. Gibt es da eine Lösung ohne '
     'alles rauszureißen?',
     ('parkettleger', 'tischler', 'zimmerer')),
    ('Wir wollen in der ganzen Wohnung (75 qm) Vinyl zum Klicken verlegen lassen, die '
     'alten Fliesen sollen drunter bleiben. Geht das und was kostet das ungefähr mit '
     'Verlegen?',
     ('bodenleger',)),
    ('Im Keller ist der Estrich an mehreren Stellen gerissen und hohl, wenn man drauf '
     'klopft klingt es hohl. Wir wollen dort einen Fitnessraum machen.',
     ('estrichleger',)),
    ('Die Treppe aus Buche im Haus ist total abgelaufen, Lack runter, in der Mitte richtig'
     ' grau. Abschleifen und neu versiegeln, wer macht sowas?',
     ('parkettleger', 'tischler')),
    ('Hund hat das Parkett im Flur total zerkratzt 🙈 Nur die eine Fläche ca. 12 qm. Kann '
     'man nur den Flur schleifen oder sieht man dann den Übergang?',
     ('parkettleger',)),
    ('Teppichboden im Kinderzimmer ist durch, wollen was neues, am liebsten wieder '
     'Teppich, weil es oben so hellhörig ist.',
     ('bodenleger', 'raumausstatter')),
    ('Bei uns in der Neubauwohnung ist der Boden im Bad nicht eben, der Fliesenleger sagt,'
     ' der Estrich wurde falsch gemacht und er kann so nicht fliesen. Jetzt stehen wir da.',
     ('estrichleger',)),
    ('PVC Boden in der Küche hat Blasen und an der Tür reißt er ein. Drunter sind '
     'Holzdielen. Mietwohnung, Vermieter bezahlt, ich soll mir jemanden suchen.',
     ('bodenleger',)),
    ('Fußbodenleisten haben sich im ganzen Wohnzimmer gelöst, der Handwerker vom Vermieter'
     ' hat die nur geklebt. Mein Mann hat zwei linke Hände.',
     ('hausmeisterservice', 'bodenleger')),
    ('Korkboden im Arbeitszimmer ist an einigen Stellen aufgeplatzt, man bekommt ihn nicht'
     ' mehr. Ersetzen gegen Parkett? Der Bürostuhl hat da wohl über die Jahre ganze Arbeit'
     ' geleistet. Raum ist ca. 14 qm.',
     ('parkettleger', 'bodenleger')),
    ('Unser Haus ist von 1972 und die Fassade hat viele feine Risse und der Putz klingt an'
     ' manchen Stellen hohl. Außerdem ist sie an der Wetterseite grünlich. Neu verputzen '
     'oder reicht Streichen?',
     ('stuckateur', 'maler-lackierer')),
    ('Wir ziehen Ende des Monats aus und müssen laut Vertrag die Wände weiß streichen, 3 '
     'Zimmer, Küche, Flur. Ich schaff das zeitlich nicht neben der Arbeit. Wer macht sowas'
     ' kurzfristig?',
     ('maler-lackierer',)),
    ('Risse in der Wand über der Türzarge, geht schräg nach oben, ca. 40 cm lang. Ist vor '
     'einem halben Jahr entstanden nachdem nebenan gebaut wurde. Muss ich mir Sorgen '
     'machen?',
     ('maurer-betonbauer', 'stuckateur')),
    ('Die Raufasertapete in der ganzen Wohnung ist x-mal überstrichen und fängt an sich zu'
     ' lösen. Alles runter, glatt spachteln und streichen. Was kostet Q3?',
     ('maler-lackierer', 'stuckateur')),
    ('Nach dem Abnehmen von Fliesenspiegel in der Küche sieht die Wand furchtbar aus, Putz'
     ' ist mit abgekommen. Muss neu verputzt werden bevor ich streichen kann.',
     ('stuckateur', 'maler-lackierer')),
    ('Altbauwohnung in Leipzig, die Stuckdecke im Wohnzimmer hat Risse und an einer Ecke '
     'ist ein Stück der Rosette abgebrochen. Kann man das restaurieren lassen?',
     ('stuckateur',)),
    ('Nikotin an allen Wänden und Decken nach dem Tod meines Onkels, der hat 40 Jahre in '
     'der Wohnung geraucht. Gelb bis braun. Einfach überstreichen reicht wohl nicht?',
     ('maler-lackierer',)),
    ('wir möchten eine Trennwand im großen Kinderzimmer einziehen damit jedes Kind sein '
     'eigenes Zimmer hat. Leichtbauwand mit Tür. Wer macht Trockenbau?',
     ('stuckateur', 'hausmeisterservice')),
    ('Holzverkleidung am Giebel verwittert, Farbe blättert großflächig ab. Ist ziemlich '
     'hoch, 2. OG. Braucht man dafür ein Gerüst?',
     ('maler-lackierer',)),
    ('Unsere Kinder haben mit Edding die Wand im Flur bemalt 😅 Überstreichen bringt nix, '
     'scheint durch. Hilfe',
     ('maler-lackierer',)),
    ('Nach dem Einbau der neuen Fenster sind die Laibungen innen ganz kaputt, Putz '
     'abgeschlagen, man sieht Bauschaum. Der Fensterbauer sagt Putz macht er nicht.',
     ('stuckateur', 'maler-lackierer')),
    ('Fassade an unserem Klinkerhaus hat überall bröckelnde Fugen, bei Regen wird die Wand'
     ' innen feucht. Das Haus ist von 1959.',
     ('fuger', 'maurer-betonbauer')),
    ('Ich möchte unser Treppenhaus (Einfamilienhaus, über 3 Etagen offen) streichen '
     'lassen, ist aber sehr hoch, ca. 7 Meter. Wer hat das passende Gerüst?',
     ('maler-lackierer',)),
    ('Die Fliesen im Bad sind an der Wand hohl, eine ist schon runtergefallen und dahinter'
     ' sieht es feucht aus. Dusche ist direkt daneben.',
     ('fliesenleger',)),
    ('In der Küche sind zwei Bodenfliesen gesprungen, weil mir die gusseiserne Pfanne '
     'runtergefallen ist. Ich habe noch ein paar Ersatzfliesen im Keller. Lohnt sich das '
     'für einen Fliesenleger überhaupt?',
     ('fliesenleger',)),
    ('Terrasse gefliest, Fliesen lösen sich und darunter sammelt sich Wasser, im Winter '
     'sind schon welche abgeplatzt. Komplett neu machen?',
     ('fliesenleger',)),
    ('Die Fugen in der Dusche sind schwarz und bröseln raus. Ausfugen lassen oder neu '
     'fliesen? Hab schon mit Schimmelentferner und Zahnbürste geschrubbt, nach zwei Wochen'
     ' sieht es wieder genauso aus. Fliesen selbst sind noch schön.',
     ('fliesenleger',)),
    ('Ich will die alten 70er-Jahre Fliesen in Kacheloptik braun in der Küche weghaben, '
     'aber nicht abschlagen. Kann man über Fliesen fliesen?',
     ('fliesenleger',)),
    ('Wir möchten unser Bad komplett sanieren: Badewanne raus, bodengleiche Dusche rein, '
     'neue Fliesen, WC wandhängend. Das Bad ist ca. 7 qm. Wer koordiniert so was, oder '
     'muss ich alle Handwerker selbst suchen?',
     ('installateur-heizungsbauer', 'fliesenleger')),
    ('Meine Mutter kommt nicht mehr in die Badewanne rein. Wir würden gern die Wanne durch'
     ' eine ebenerdige Dusche ersetzen, möglichst schnell und ohne dass das ganze Bad neu '
     'gemacht werden muss. Pflegekasse zahlt was dazu.',
     ('installateur-heizungsbauer', 'fliesenleger')),
    ('Gäste WC ist aus den 80ern, rosa Keramik. Möchte neues WC, Waschbecken, Fliesen. '
     'Klein, 2 qm. Wie lange dauert sowas?',
     ('installateur-heizungsbauer', 'fliesenleger')),
    ('Wir renovieren gerade ein altes Haus. Im Obergeschoss soll ein zusätzliches Bad '
     'entstehen wo vorher ein Abstellraum war. Es gibt dort noch keine Wasseranschlüsse, '
     'Abwasser müsste durch den Boden. Mit welchem Handwerker fängt man so ein Projekt an?',
     ('installateur-heizungsbauer',)),
    ('Emaille der Badewanne ist an mehreren Stellen abgeplatzt, rostet schon. Kann man die'
     ' neu beschichten lassen oder muss sie raus? Die Fliesen sind noch gut und ich will '
     'nicht alles aufhauen.',
     ('installateur-heizungsbauer',)),
    ('Duschwand aus Glas hat einen Riss bekommen, rahmenlos, 8 mm. Original gibt es nicht '
     'mehr. Jemand der sowas nach Maß macht?',
     ('glaser',)),
    ('Waschtisch neu, der alte Unterschrank ist aufgequollen. Suche jemanden der '
     'Waschtisch montiert und anschließt, Material hab ich schon gekauft.',
     ('installateur-heizungsbauer', 'hausmeisterservice')),
    ('Hallo, wir haben im Bad einen Spiegelschrank gekauft, der soll an die geflieste Wand'
     ' und hat Beleuchtung mit Anschluss. Bohren in Fliesen trau ich mir nicht zu.',
     ('hausmeisterservice', 'elektrotechniker')),
    ('Kann man eine Badewanne gegen eine Dusche tauschen, ohne dass die Fliesen drumherum '
     'kaputt gehen? Bad ist erst 8 Jahre alt und schön, wir wollen nur keine Wanne mehr.',
     ('installateur-heizungsbauer', 'fliesenleger')),
    ('Wir haben einen alten Terrazzoboden im Hausflur (Gründerzeit) mit Rissen und '
     "stumpfen Stellen, ein Stück ist ausgebrochen. Gibt's jemanden der das wieder "
     'herrichten kann?',
     ('betonstein-terrazzohersteller', 'steinmetz')),
    ('Wir haben seit letztem Winter einen Kaminofen im Wohnzimmer und jetzt zieht er '
     'plötzlich schlecht, beim Anheizen kommt Rauch ins Zimmer sobald man die Tür '
     'aufmacht. Holz ist trocken, gemessen 14 %. Kann der Schornstein verstopft sein? Die '
     'letzte Kehrung war im Frühjahr.',
     ('schornsteinfeger',)),
    ('Unser Kachelofen von den Großeltern hat Risse in den Fugen und beim Heizen riecht es'
     ' nach Rauch in der Stube. Den wollen wir unbedingt erhalten, der heizt das ganze '
     'Haus. Wer kann den überholen?',
     ('ofen-luftheizungsbauer',)),
    ('Möchten einen Kaminofen nachrüsten, es gibt einen alten Schornstein im Haus, der '
     'seit 30 Jahren nicht genutzt wird. Wer prüft ob der noch geht und wer baut den Ofen '
     'dann ein?',
     ('schornsteinfeger', 'ofen-luftheizungsbauer')),
    ('Schornsteinfeger hat bei der Feuerstättenschau gesagt, unser offener Kamin erfüllt '
     'die Vorgaben nicht mehr und wir dürfen ihn nicht mehr benutzen. Kann man da einen '
     'Heizeinsatz reinsetzen lassen?',
     ('ofen-luftheizungsbauer',)),
    ('Es riecht bei Westwind in der Dachwohnung nach Ruß und Rauch, obwohl wir gar keinen '
     'Ofen haben. Der Kamin vom Nachbarhaus ist direkt daneben. Wer ist dafür zuständig?',
     ('schornsteinfeger',)),
    ('Die Schamottsteine in unserem Kaminofen sind gebrochen und die Glasscheibe ist total'
     ' verrußt und hat einen Sprung. Ofen ist 10 Jahre alt.',
     ('ofen-luftheizungsbauer',)),
    ('Schornsteinkopf auf dem Dach bröckelt, es liegen schon Steine in der Rinne. Der '
     'Schornsteinfeger hat es bei der Kehrung bemängelt und gesagt wir sollen das machen '
     'lassen.',
     ('maurer-betonbauer', 'dachdecker')),
    ('Ich hätte gerne einen grundofen gemauert im neuen Haus, so richtig mit Sitzbank. Wer'
     ' baut sowas heute noch? Wir sind in Niederbayern.',
     ('ofen-luftheizungsbauer',)),
    ('Wir wollen unseren alten Schornstein mit einem Edelstahlrohr sanieren lassen, weil '
     'die neue Brennwerttherme das braucht. Heizungsbauer sagt, das macht er nicht.',
     ('schornsteinfeger', 'ofen-luftheizungsbauer')),
    ('Hecke ist total verwildert, ca. 30 Meter Thuja, teilweise 4 Meter hoch. Die muss '
     'dringend runtergeschnitten werden, ich schaff das körperlich nicht mehr.',
     ('garten',)),
    ('Wir haben eine große Fichte direkt am Haus, ca. 20 m hoch, und bei jedem Sturm haben'
     ' wir Angst, dass sie aufs Dach fällt. Darf man die einfach fällen lassen? Wer macht '
     'sowas?',
     ('garten',)),
    ('Unser Rasen ist nur noch Moos und Klee, wir hätten gern, dass das mal jemand '
     'komplett neu anlegt. Ca. 200 qm Garten, Reihenhaus.',
     ('garten',)),
    ('Haben ein Haus gekauft mit total verwildertem Garten, Brombeeren überall, Müll vom '
     'Vorbesitzer, ein eingestürzter Schuppen. Brauchen jemand der das einmal freimacht '
     'und entsorgt.',
     ('garten',)),
    ('Unsere Einfahrt ist mit Betonpflaster belegt und durch Wurzeln ganz wellig geworden,'
     ' einige Steine sind gebrochen. Neu pflastern lassen, ca. 50 qm.',
     ('strassenbauer', 'garten')),
    ('Moin, Gartenteich undicht, die Folie hat vermutlich ein Loch, Wasserspiegel sinkt '
     'jede Woche um 10 cm. Fische sind drin, wir brauchen jemand der den Teich neu macht.',
     ('garten',)),
    ('Die Hangmauer in unserem Garten aus Natursteinen kippt langsam nach vorne, unten '
     'steht die Terrasse. Das sieht nicht mehr sicher aus.',
     ('maurer-betonbauer', 'garten')),
    ('Wir würden gern einen Holzzaun zum Nachbarn setzen lassen, 25 Meter, mit Pfosten in '
     'Beton. Der alte Maschendrahtzaun ist total verbogen und die Hunde vom Nachbarn '
     'kommen ständig rüber in unsere Beete.',
     ('garten',)),
    ('Hilfe, unser Brunnen im Garten liefert keinen Tropfen mehr. Pumpe läuft, zieht aber '
     'nur Luft. Der Brunnen ist ca. 8 Meter tief gebohrt, 15 Jahre alt.',
     ('brunnenbauer',)),
    ('Wir wollen den Garten bewässern ohne Leitungswasser und überlegen einen Brunnen '
     'bohren zu lassen. Wie tief muss man da und braucht man eine Genehmigung?',
     ('brunnenbauer',)),
    ('Terrasse aus Holzdielen ist nach 12 Jahren stellenweise morsch, eine Diele ist schon'
     ' durchgebrochen. Neue Terrasse aus WPC oder wieder Holz?',
     ('garten', 'zimmerer', 'tischler')),
    ('Neue Spülmaschine gekauft, die alte war eine Standgerät, die neue ist '
     'vollintegriert. Jemand muss die Front anpassen, einbauen und anschließen. Der '
     'Elektromarkt liefert nur.',
     ('tischler', 'installateur-heizungsbauer', 'hausmeisterservice')),
    ('Waschmaschine steht im Keller und soll in die Wohnung ins Bad, da gibt es aber '
     'keinen Wasseranschluss und keinen Abfluss dafür. Kann man das nachrüsten?',
     ('installateur-heizungsbauer',)),
    ('Ich brauche jemand, der meinen neuen Elektroherd anschließt, der alte war fest '
     'verkabelt. Am besten noch diese Woche.',
     ('elektrotechniker',)),
    ('Kühlschrank mit Wasseranschluss für Eiswürfel, Side by Side, braucht einen '
     'Wasseranschluss in der Küche, der ist aber auf der anderen Seite an der Spüle. Wer '
     'verlegt so eine Leitung?',
     ('installateur-heizungsbauer',)),
    ('Neue Küche aus dem Möbelhaus, Aufbau machen die, aber Wasser und Strom anschließen '
     'nicht. Spüle, Geschirrspüler, Herd, Backofen. Wer macht das alles in einem Termin?',
     ('installateur-heizungsbauer', 'elektrotechniker')),
    ('Trockner mit Abluft soll in den Keller, dafür braucht es ein Loch durch die '
     'Außenwand, ca. 10 cm, Beton 30 cm dick.',
     ('betonbohrer-schneider',)),
    ('Wir wollen einen Wasserfilter/Umkehrosmose unter der Spüle installieren lassen, mit '
     'extra Hahn. Das Gerät haben wir schon online bestellt, aber in der Anleitung steht '
     'Einbau nur durch Fachbetrieb wegen Garantie.',
     ('installateur-heizungsbauer',)),
    ('Ziehen im März von Köln nach Hamburg, 3-Zimmer-Wohnung, 4. Stock ohne Aufzug. '
     'Klavier ist auch dabei. Brauchen Umzugsfirma, die auch Küche ab- und aufbaut.',
     ('umzug',)),
    ('Meine Mutter zieht ins Pflegeheim, die Wohnung muss leer geräumt werden, vieles soll'
     ' weg, ein paar Möbel zu uns. Wer macht so eine Haushaltsauflösung mit Transport?',
     ('umzug', 'hausmeisterservice')),
    ('Wir brauchen nur ein paar Leute und einen Transporter, um ein Sofa, eine '
     'Waschmaschine und einen Schrank von der alten in die neue Wohnung zu bringen, 3 km. '
     'Lohnt sich da eine Firma?',
     ('umzug',)),
    ('Studentin, ziehe innerhalb Berlins um, nur ein Zimmer, Bett, Schreibtisch und 15 '
     'Kisten. Kann mir jemand empfehlen wie man sowas günstig machen lässt?',
     ('umzug',)),
    ('Flügel muss vom Wohnzimmer ins Obergeschoss, über eine enge Wendeltreppe geht das '
     'nicht, wahrscheinlich nur übers Fenster mit Kran.',
     ('umzug',)),
    ('Endreinigung nach Auszug, Vermieter will besenrein plus Fenster geputzt. Küche ist '
     'fettig. 85 qm. Suche jemanden für nächsten Samstag.',
     ('reinigung', 'gebaeudereiniger')),
    ('Hätte gerne jemanden, der alle 2 Wochen bei uns putzt, 4-köpfige Familie, 120 qm '
     'Haus. Angemeldet, nicht schwarz.',
     ('reinigung',)),
    ('Baustaub überall nach der Renovierung, die Handwerker sind weg aber alles ist mit '
     'einer feinen Staubschicht bedeckt, auch in den Schränken. Bauendreinigung gesucht.',
     ('gebaeudereiniger', 'reinigung')),
    ('Fenster putzen lassen, Einfamilienhaus mit vielen großen Scheiben und einem '
     'Wintergarten. Ich komm an die oberen nicht ran.',
     ('gebaeudereiniger', 'reinigung')),
    ('Unser Teppich im Wohnzimmer hat Rotweinflecken und der Hund war auch drauf, riecht. '
     'Großer Wollteppich, 3x4 m. Wer reinigt das gründlich?',
     ('teppichreiniger',)),
    ('Hausverwaltung sucht neue Firma für die Treppenhausreinigung in einem '
     'Mehrfamilienhaus mit 12 Parteien, wöchentlich. Die bisherige Firma kommt '
     'unregelmäßig und die Bewohner beschweren sich über Dreck in den Ecken und '
     'verschmierte Glastüren.',
     ('gebaeudereiniger',)),
    ('Die Solarmodule auf unserem Dach sind total verdreckt, Vogelkot und Staub, Ertrag '
     'ist spürbar gesunken. Wer reinigt PV-Anlagen?',
     ('gebaeudereiniger',)),
    ('Messie-Wohnung meines Bruders muss geräumt und grundgereinigt werden, es ist '
     'wirklich schlimm, mit Ungeziefer. Ich schaffe das emotional nicht selbst.',
     ('gebaeudereiniger', 'reinigung')),
    ('Polstergarnitur und Matratzen reinigen lassen wegen Hausstauballergie meines Sohnes,'
     ' geht das bei uns zu Hause?',
     ('teppichreiniger', 'reinigung')),
    ('Wir haben von meiner Oma eine alte Standuhr geerbt, die seit dem Transport nicht '
     'mehr läuft. Das Pendel schwingt ein paar Minuten und bleibt dann stehen. Schlagwerk '
     'geht auch nicht. Gibt es noch jemanden der sowas ins Haus kommt und repariert?',
     ('uhrmacher',)),
    ('Unser Klavier ist total verstimmt, seit 5 Jahren nicht gestimmt, und eine Taste '
     'bleibt hängen. Meine Tochter fängt jetzt mit Unterricht an.',
     ('klavierstimmer', 'klavier-cembalobauer')),
    ('Die Sitzfläche von unserem Ohrensessel ist durchgesessen, Federn drücken durch und '
     'der Stoff ist verschlissen. Erbstück, soll neu gepolstert und bezogen werden.',
     ('raumausstatter',)),
    ('Ledersofa hat an der Armlehne einen Riss und die Farbe ist an den Sitzflächen '
     'abgerieben, Katze war auch dran. Reparieren lassen oder wegwerfen?',
     ('raumausstatter', 'sattler-feintaeschner')),
    ('Wir suchen jemanden der uns Vorhänge nach Maß näht für ein Altbauwohnzimmer mit 3,60'
     ' m Deckenhöhe, inklusive Montage der Schienen.',
     ('raumausstatter', 'dekorationsnaeher')),
    ('Mein Fahrrad hat einen Platten und die Gangschaltung springt, ich komm damit nicht '
     'mehr zur Arbeit. Gibt es mobile Fahrradwerkstätten die nach Hause kommen?',
     ('zweiradmechaniker',)),
    ('E-Bike zeigt Fehlercode und der Motor unterstützt nicht mehr. Händler wo ich es '
     'gekauft hab hat zu gemacht.',
     ('zweiradmechaniker',)),
    ('Der Gurt vom Rollladen im Schlafzimmer ist gerissen, Rollladen ist unten und es ist '
     'dauerhaft dunkel. Der Kasten ist innen über dem Fenster.',
     ('rollladen-sonnenschutztechniker', 'hausmeisterservice')),
    ('Markise auf der Terrasse fährt nicht mehr ein, Motor klickt nur. Jetzt ist sie halb '
     'draußen und morgen soll Sturm kommen!!',
     ('rollladen-sonnenschutztechniker',)),
    ('Wir hätten gern Außenjalousien an der Südseite nachgerüstet, im Sommer wird es '
     'unerträglich heiß. 5 Fenster, Neubau von 2015.',
     ('rollladen-sonnenschutztechniker',)),
    ('Rollo klemmt, Lamellen schief, lässt sich nur noch halb runterlassen. Alter '
     'Holzrolladen. Hab oben den Kasten aufgemacht, da ist irgendwas verkantet, aber ich '
     'trau mich nicht, dran rumzuziehen, bevor alles runterkracht.',
     ('rollladen-sonnenschutztechniker',)),
    ('Die Sandsteintreppe vor unserem Haus (7 Stufen, Gründerzeit) ist an den Kanten '
     'abgebrochen und eine Stufe ist gerissen. Wir wollen sie erhalten und nicht durch '
     'Beton ersetzen.',
     ('steinmetz',)),
    ('Marmor-Fensterbank im Wohnzimmer ist gebrochen, als wir einen schweren Blumentopf '
     'drauf gestellt haben. Wer schneidet sowas passend nach?',
     ('steinmetz',)),
    ('Küchenarbeitsplatte aus Granit hat einen Riss am Ausschnitt vom Kochfeld. Kann man '
     'den kleben oder muss eine neue her?',
     ('steinmetz',)),
    ('Glasplatte vom Esstisch ist kaputt, 160x90, mit abgerundeten Ecken und geschliffener'
     ' Kante. Das Gestell ist noch gut.',
     ('glaser',)),
    ('Spiegel für das Badezimmer nach Maß, mit Ausschnitt für die Steckdose, 2 m breit. '
     'Der alte ist an der Kante blind geworden und hat schwarze Flecken. Am liebsten mit '
     'Montage, die Wand ist gefliest.',
     ('glaser',)),
    ('Bleiglasfenster im Treppenhaus unseres alten Hauses hat einige gesprungene Felder '
     'und das Blei hat sich gewölbt. Wer restauriert das?',
     ('glaser',)),
    ('Wir suchen jemand der uns in die Glastür zum Wohnzimmer ein Muster oder unseren '
     'Familiennamen sandstrahlt bzw. mattiert.',
     ('glasveredler',)),
    ('Alter Eichenschrank aus den 1920ern, eine Tür hängt schief, das Schloss ist kaputt '
     'und oben fehlt ein Stück Zierleiste. Möchte ihn restaurieren lassen.',
     ('tischler',)),
    ('Esstischstühle wackeln alle, die Verleimung hat sich gelöst. 6 Stück, Buche massiv. '
     'Mit Holzleim selbst probiert, hält zwei Wochen und dann wackeln sie wieder. Sind '
     'eigentlich sehr bequem, daher wollen wir sie behalten.',
     ('tischler',)),
    ('Wir brauchen einen Einbauschrank in die Dachschräge im Kinderzimmer, nach Maß. '
     'Fertigschränke passen nicht. Der Raum ist nur 9 qm und unsere Tochter hat einfach '
     'keinen Platz für ihre Klamotten.',
     ('tischler',)),
    ('Korbstuhl von der Oma ist an der Sitzfläche durchgebrochen, das Geflecht ist '
     'aufgerissen. Gibt es noch Korbflechter?',
     ('korb-flechtwerkgestalter',)),
    ('Wiener Geflecht an unseren Thonet-Stühlen ist durchgesessen, 4 Stühle. Wer flicht '
     'das neu? Haben sie auf dem Flohmarkt gekauft und wussten nicht, dass das so '
     'empfindlich ist. Die Gestelle sind top.',
     ('korb-flechtwerkgestalter', 'raumausstatter')),
    ('Unser altes Holzfass im Garten (Regentonne) leckt überall zwischen den Dauben und '
     'die Reifen sind lose. Kann man das wieder dicht machen lassen?',
     ('boettcher',)),
    ('Goldener Bilderrahmen (Stuckrahmen) vom Urgroßvater, die Vergoldung ist an mehreren '
     'Stellen abgeplatzt und eine Ecke fehlt.',
     ('vergolder',)),
    ('Die Holzskulptur von meinem Opa hat einen Riss bekommen und die Nase ist '
     'abgebrochen, sie stand zu nah an der Heizung. Wer kann sowas reparieren?',
     ('holzbildhauer',)),
    ('Lampenschirm von der Stehlampe, Stoff, vergilbt und eingerissen. Die Form ist '
     'speziell, gibt es nicht mehr zu kaufen. Neu beziehen lassen?',
     ('lampenschirmhersteller',)),
    ('Wir möchten für unseren kleinen Hofladen ein beleuchtetes Schild an der Hauswand, '
     'ca. 1,5 m breit. Wer macht sowas?',
     ('schilder-lichtreklamehersteller',)),
    ('Hausnummer und Namensschild aus Edelstahl mit Gravur für die Briefkastenanlage, 6 '
     'Stück. Die alten Plastikschilder sind ausgeblichen und der Postbote findet die Namen'
     ' nicht mehr.',
     ('graveur', 'schilder-lichtreklamehersteller')),
    ('Unten im Keller steht unser alter Öltank, 5000 Liter, der soll gereinigt und geprüft'
     ' werden, vielleicht auch stillgelegt weil wir auf Wärmepumpe umsteigen.',
     ('tankschutz',)),
    ('Wir haben eine kleine Zapfanlage im Partykeller und das Bier schmeckt komisch. Der '
     'Schlauch wurde wohl nie gereinigt. Wer macht das?',
     ('getraenkeleitungsreiniger',)),
    ('Aufsitzmäher springt nicht mehr an, hat den ganzen Winter in der Garage gestanden. '
     'Batterie ist neu. Der Mähwerksantrieb rattert auch komisch.',
     ('land-baumaschinenmechatroniker',)),
    ('Unsere Kinder haben auf Omas Akkordeon rumgedrückt und jetzt gehen einige Tasten '
     'nicht mehr und der Balg hat ein Loch. Hängt viel dran emotional.',
     ('handzuginstrumentenmacher',)),
    ('Geige meiner Tochter: Steg umgefallen, eine Saite gerissen und jetzt klappert was '
     'innen. Ist eine Leihgeige von der Musikschule.',
     ('geigenbauer',)),
    ('Die Westerngitarre hat einen Riss in der Decke bekommen, wahrscheinlich wegen der '
     'trockenen Heizungsluft im Winter. Sie hing an der Wand direkt über dem Heizkörper, '
     'ich weiß, blöde Idee. Ist das noch zu retten?',
     ('zupfinstrumentenmacher',)),
    ('Kuckucksuhr im Flur läuft wieder viel zu schnell und der Kuckuck kommt nicht mehr '
     'raus. Schwarzwälder Original von 1965.',
     ('uhrmacher',)),
    ('Alte Küchenmesser und die Gartenschere sind total stumpf, wer schleift sowas noch '
     'richtig? Nicht diese Ziehschärfer. Früher kam mal ein Scherenschleifer durch die '
     "Straße, aber das gibt's hier nicht mehr.",
     ('schneidwerkzeugmechaniker',)),
    ('Messingtürgriffe und Beschläge an den alten Zimmertüren sind ganz dunkel und '
     'fleckig, sollen wieder glänzen. 12 Türen.',
     ('metallschleifer-polierer',)),
    ('Die Bettwäsche und Tischdecken meiner Oma sind mit Monogramm bestickt und einige '
     'Stickereien sind aufgegangen. Ich würde sie gern weiter benutzen und nicht nur im '
     'Schrank liegen lassen. Kann man das nachsticken lassen?',
     ('textilgestalter',)),
    ('Unser Dachboden ist nicht gedämmt und im Sommer wird es oben unerträglich. Wir '
     'wollen die oberste Geschossdecke dämmen lassen, begehbar.',
     ('isolierer', 'zimmerer')),
    ('Trittschall ist in unserer Wohnung schlimm, die Nachbarn oben laufen wie Elefanten. '
     'Kann man die Decke von unten abhängen und dämmen lassen?',
     ('stuckateur', 'isolierer')),
    ('Haus soll eine neue Fassadendämmung bekommen (WDVS), 180 qm Fassade. Wer macht '
     'sowas, Maler oder Stuckateur? Der Energieberater hat uns den Sanierungsfahrplan '
     'gemacht, aber Handwerker müssen wir selbst finden.',
     ('stuckateur', 'maler-lackierer')),
    ('Für die Sanierung der Fassade brauchen wir ein Gerüst rund ums Haus, Einfamilienhaus'
     ' mit 2 Geschossen und Giebel. Die Malerfirma stellt kein eigenes.',
     ('geruestbauer',)),
    ('Garage aus Beton hat Risse in der Bodenplatte und an der Rückwand, da drückt Wasser '
     'rein. Garage ist Fertiggarage, ca. 25 Jahre alt.',
     ('maurer-betonbauer',)),
    ('Wir wollen eine Wand zwischen Küche und Esszimmer rausnehmen lassen, die ist aber '
     'tragend. Statiker sagt Stahlträger. Wer macht das?',
     ('maurer-betonbauer',)),
    ('Für die neue Dunstabzugshaube brauchen wir ein Loch durch die Stahlbetonwand, 15 cm '
     'Durchmesser. Mit normaler Bohrmaschine keine Chance.',
     ('betonbohrer-schneider',)),
    ('Wir wollen einen Carport aus Holz neben das Haus bauen lassen, 3x6 Meter, Flachdach.'
     ' Fundamente würde mein Schwager machen, der ist Maurer, aber die Holzkonstruktion '
     'trauen wir uns nicht zu.',
     ('zimmerer',)),
    ('Holztreppe ins Obergeschoss knarzt bei jeder Stufe und das Geländer wackelt. Ist '
     'eine Wangentreppe aus Kiefer.',
     ('tischler', 'zimmerer')),
    ('Die Hofeinfahrt ist asphaltiert und hat große Schlaglöcher bekommen, an einer Stelle'
     ' ist alles aufgebrochen. Ca. 80 qm.',
     ('asphaltierer', 'strassenbauer')),
    ('Wir wollen im Garten eine Terrasse aus Natursteinplatten anlegen lassen, ca. 30 qm, '
     'mit Unterbau. Im Moment ist da nur Rasen und bei Regen matschen die Kinder alles ins'
     ' Wohnzimmer.',
     ('garten', 'strassenbauer')),
    ('Kellerabgang außen: die Betontreppe bröckelt, Stufen sind ausgebrochen und das '
     'Wasser steht unten vor der Kellertür. Muss neu gemacht werden.',
     ('maurer-betonbauer',)),
    ('Die Sandsteinfassade an unserem Jugendstilhaus ist verwittert, einige Verzierungen '
     'an den Fenstern sind abgebrochen und Stücke fallen runter.',
     ('steinmetz',)),
    ('Alte Bücher aus dem Nachlass, Familienbibel von 1870, Einband löst sich und Seiten '
     'fallen raus. Gibt es noch jemand der das restauriert?',
     ('buchbinder',)),
    ('Das Silberbesteck von meiner Oma ist verbogen und ein Löffel ist gebrochen. Kann man'
     ' das reparieren lassen?',
     ('gold-silberschmied',)),
    ('Also folgendes: wir haben letzten Herbst das Bad von einem Fliesenleger neu machen '
     'lassen, alles schick, und seit ein paar Wochen haben wir im Wohnzimmer darunter '
     'einen nassen Fleck an der Decke der immer größer wird. Der Fliesenleger sagt von ihm'
     ' kommt das nicht, die Fugen sind dicht. Kann es die Leitung vom Installateur sein '
     'der damals die Dusche angeschlossen hat? Wen ruf ich jetzt als erstes an?',
     ('installateur-heizungsbauer',)),
    ('Seit dem großen Unwetter im Juli haben wir nach jedem stärkeren Regen Wasser an der '
     'Wand im Kinderzimmer im Obergeschoss, so ein dunkler Streifen von der Decke runter. '
     'Der Maler vom Vermieter war schon zweimal da und hat Sperrgrund drüber gestrichen. '
     'Ich glaube ehrlich gesagt nicht dass das ein Malerproblem ist, über dem Zimmer ist '
     'direkt das Dach mit der Gaube.',
     ('dachdecker',)),
    ('Hallo, kurze Vorgeschichte: Haus 1982 gekauft, seit dem Kauf nichts an der Elektrik '
     'gemacht. Jetzt wollen wir die Küche neu machen und der Küchenplaner hat gesagt die '
     'Leitungen reichen nicht für Induktion, Backofen und Geschirrspüler gleichzeitig. '
     'Außerdem fliegt jetzt schon manchmal die Sicherung. Ich hab keine Ahnung wie viel '
     'Arbeit das ist. Müssen dafür alle Wände aufgestemmt werden?',
     ('elektrotechniker',)),
    ('Meine Frau und ich (beide Mitte 70) wohnen seit 40 Jahren im eigenen Haus. Jetzt ist'
     ' uns im Winter die Heizung ausgefallen, ein Monteur hat sie wieder zum Laufen '
     'gebracht, meinte aber, der Kessel ist am Ende und Ersatzteile gibt es nicht mehr. '
     'Wir wissen nicht ob sich in unserem Alter noch eine Wärmepumpe lohnt oder ob man '
     'nochmal Gas nimmt. Wer berät da ehrlich?',
     ('installateur-heizungsbauer',)),
    ('Wir haben beim Kauf unseres Hauses übersehen dass der Keller im Frühjahr immer '
     'feucht wird. Der Vorbesitzer hat anscheinend einfach immer wieder frisch gestrichen.'
     ' Jetzt blüht die Farbe auf, es riecht muffig und in einer Ecke wächst weißer Flaum. '
     'Wir hätten gerne jemand der die Ursache findet und das richtig abdichtet, innen oder'
     ' außen, egal, Hauptsache trocken.',
     ('holz-bautenschutz', 'maurer-betonbauer')),
    ('Ich wohne zur Miete im Dachgeschoss eines Mehrfamilienhauses. Seit zwei Wochen '
     'riecht es im Bad nach Kanal, vor allem wenn unten jemand duscht, und der Abfluss vom'
     ' Waschbecken blubbert dann. Der Hausmeister war da, hat einen Rohrreiniger '
     'reingekippt und gesagt das wird schon. Wird es aber nicht. Ich glaube das ist die '
     'Entlüftung auf dem Dach oder der Strang.',
     ('installateur-heizungsbauer', 'rohr-kanalreiniger')),
    ('Unser Sohn hat beim Fußballspielen im Garten die Scheibe von der Terrassentür '
     'erwischt, die ist jetzt komplett gesprungen aber noch drin. Das ist so ein großes '
     'Element mit 3-fach Glas, Kunststoffrahmen, das Fenster selbst ist in Ordnung. Die '
     'Haftpflicht zahlt. Wir brauchen nur jemand der die Scheibe tauscht, möglichst bevor '
     'es richtig kalt wird.',
     ('glaser',)),
    ('Bin gerade ziemlich verzweifelt. Wir haben im Oktober eine neue Gastherme bekommen, '
     'seitdem ist zweimal die Woche Störung und kein warmes Wasser, die Firma die sie '
     'eingebaut hat kommt immer erst nach Tagen und sagt dann es ist alles in Ordnung. '
     'Kann ich einfach eine andere Firma holen oder verliere ich dann die Gewährleistung?',
     ('installateur-heizungsbauer',)),
    ('Bei uns im Reihenhaus hat die Vorbesitzerin einen Laminat im Bad verlegt (warum auch'
     ' immer) und der ist an der Dusche schon schwarz und aufgequollen. Wir wollen da '
     'Fliesen drauf, der Boden darunter muss wahrscheinlich auch gemacht werden. Eilt '
     'nicht, soll aber bis Sommer fertig sein.',
     ('fliesenleger',)),
    ('Guten Abend, ich hoffe ich bin hier richtig. Wir haben seit Jahren ein Problem mit '
     'kalten Füßen im Erdgeschoss, der Boden ist eiskalt, unter dem Wohnzimmer ist ein '
     'unbeheizter Keller. Ein Bekannter meinte man kann die Kellerdecke von unten dämmen, '
     'das soll gar nicht so teuer sein. Macht sowas ein normaler Handwerker, oder gibts da'
     ' Spezialisten?',
     ('isolierer',)),
    ('Nachdem bei uns in der Straße die Kanalisation erneuert wurde, hat die Stadt uns '
     'geschrieben, dass unser Hausanschluss auch geprüft werden soll, Dichtheitsprüfung '
     'oder so. Was heißt das genau und wer macht das?',
     ('rohr-kanalreiniger',)),
    ('Wir haben im Flur eine Deckenlampe, die seit einiger Zeit nur noch flackert. Mein '
     'Mann hat die Birne gewechselt, dann den Schalter, dann wieder die Birne. Jetzt geht '
     'sie gar nicht mehr und im Schalter hat es kurz geknallt. Ich will dass das jetzt '
     'endlich jemand macht, der Ahnung hat.',
     ('elektrotechniker',)),
    ('In der Erdgeschosswohnung die ich vermiete, hat die Mieterin gemeldet dass die '
     'Wohnungstür nicht mehr richtig schließt und der Schlüssel sich nur noch mit Kraft '
     'drehen lässt. Ich wohne 300 km weit weg und kenne niemanden vor Ort. Gibt es da '
     'einen Service der sowas zuverlässig erledigt?',
     ('metallbauer', 'hausmeisterservice')),
    ('Wir hatten vor drei Wochen Besuch vom Schornsteinfeger, der hat gesagt unser '
     'Schornstein ist innen versottet und wir sollen das sanieren lassen, bevor wir den '
     'Ofen wieder benutzen. Was heißt versottet und wer macht sowas? Der Schornsteinfeger '
     'selbst wohl nicht.',
     ('ofen-luftheizungsbauer', 'maurer-betonbauer')),
    ('Mir ist heute beim Aufhängen eines Regals aufgefallen, dass die Wand im Wohnzimmer '
     'innen ganz hohl klingt und der Putz großflächig locker ist, beim Bohren ist ein '
     'handtellergroßes Stück rausgefallen. Das Haus ist ein Altbau von 1905. Müssen wir '
     'jetzt die ganze Wand neu verputzen lassen?',
     ('stuckateur',)),
    ('Hallo. Mein Vermieter hat mir gesagt ich solle mich selbst um einen Handwerker '
     'kümmern, weil im Bad die Abdeckung vom Lüfter runtergefallen ist und die Fliese '
     'darüber einen Riss hat. Kostet er mir? Eigentlich wollte ich nur wissen wer die '
     'Fliese tauscht.',
     ('fliesenleger',)),
    ('Vor zwei Jahren haben wir einen Pool im Garten bauen lassen und jetzt ist die '
     'Terrasse drumherum abgesackt, die Platten sind schief und Stolperfallen. Der '
     'Poolbauer sagt das ist nicht seine Baustelle. Wer richtet die Platten neu?',
     ('garten', 'strassenbauer')),
    ('Mein Freund hat im Bad die Armatur selbst getauscht (YouTube...) und jetzt tropft es'
     ' aus dem Anschluss an der Wand, wenn man das Wasser anhat. Er sagt es ist nur ein '
     'bisschen, ich will da jetzt einen Profi dran bevor der ganze Schrank nass ist.',
     ('installateur-heizungsbauer',)),
    ('Wir wohnen in einer Genossenschaftswohnung und die Genossenschaft lässt gerade die '
     'Fassade dämmen. Seitdem sind unsere Rollläden nicht mehr zu bedienen, der Gurt läuft'
     ' schief und der Kasten klemmt. Die Baufirma verweist auf die Genossenschaft und '
     'umgekehrt.',
     ('rollladen-sonnenschutztechniker',)),
    ('Ich bin Amerikanerin und wohne erst seit kurzem hier, sorry für mein Deutsch. In der'
     ' Wohnung ist so ein alter Ofen mit Kacheln im Wohnzimmer und der Vermieter sagt ich '
     'darf ihn benutzen. Aber ich weiß nicht ob er sicher ist, er wurde lange nicht '
     'benutzt. Wer kann ihn prüfen?',
     ('schornsteinfeger', 'ofen-luftheizungsbauer')),
    ('Unser Haus steht am Hang und seit letztem Jahr bilden sich in der Außenwand vom '
     'Anbau Risse, die man von innen und außen sieht, zum Teil kann man einen Finger '
     'reinlegen. Die Türen im Anbau klemmen auch. Ich habe die Befürchtung dass da was mit'
     ' dem Fundament ist.',
     ('maurer-betonbauer',)),
    ('Hallo zusammen! Der Wasserhahn im Garten tropft, die Dachrinne hängt, die Gartentür '
     'quietscht und im Keller ist eine Lampe kaputt. Alles Kleinkram, aber ich schaffe es '
     'einfach nicht. Gibt es Leute die sowas alles an einem Tag erledigen?',
     ('hausmeisterservice',)),
    ('Wir sind Eigentümergemeinschaft (4 Wohnungen) und bei uns ist das Treppenhaus seit '
     '20 Jahren nicht gestrichen worden, die Wände sind grau, die Geländer rostig und das '
     'Holz an den Handläufen abgegriffen. Suchen Angebot für alles zusammen.',
     ('maler-lackierer',)),
    ('Meine Nachbarin hat mir ihren Handwerker empfohlen, einen Zimmermann, weil bei uns '
     'die Holzdecke im Wintergarten Wasserflecken hat. Der hat sich das angeschaut und '
     'meinte, das Holz ist okay, aber die Verglasung oben ist undicht an den Dichtungen '
     'und dafür ist er nicht der Richtige.',
     ('glaser',)),
    ('wir haben seit letzer woche kein warmwasser mehr nur noch kalt, heizung geht aber '
     'alles normal, haben einen speicher im keller mit so einer pumpe die surrt die ganze '
     'zeit. vermieter sagt nächste woche kommt wer. ist das normal das man so lange warten'
     ' muss??',
     ('installateur-heizungsbauer',)),
    ('Unsere Haustür ist aus Holz, ca. 1960, wunderschöne Schnitzereien, aber der Lack ist'
     ' komplett runter und das Holz unten ist schon grau und rissig. Wir wollen sie auf '
     'keinen Fall austauschen, sondern aufarbeiten lassen. Eventuell auch eine bessere '
     'Dichtung einbauen.',
     ('tischler', 'maler-lackierer')),
    ('Nach dem Rückbau eines alten Kachelofens ist im Fußboden ein großes Loch, die Dielen'
     ' fehlen auf etwa einem Quadratmeter und an der Wand ist ein Abdruck mit abgeplatztem'
     ' Putz. Wir wollen die Stelle wieder schließen, damit man nichts mehr sieht.',
     ('tischler', 'stuckateur', 'parkettleger')),
    ('Grüß Gott, bei uns im Bauernhaus ist im Stall der Boden (Beton) total kaputt, da '
     'soll eine Werkstatt rein. Es müsste ein neuer Estrich oder eine Betonplatte rein, '
     'ca. 60 qm. Wer macht so was im Altbestand?',
     ('estrichleger', 'maurer-betonbauer')),
    ('Wir haben bei der Hausbesichtigung gesehen, dass die Wasserleitungen an der Decke im'
     ' Keller grünlich-blau angelaufen sind und teilweise weiße Krusten haben. Der Makler '
     'sagt das ist nur Optik. Sollten wir vor dem Kauf nochmal einen Fachmann draufschauen'
     ' lassen?',
     ('installateur-heizungsbauer',)),
    ('Es zieht im Wohnzimmer extrem durch die Fensterbank, man spürt richtig Wind an der '
     'Hand unter dem Fensterbrett. Von außen sieht man, dass die Fuge zwischen Fenster und'
     ' Mauerwerk offen ist. Die Fenster sind von 1995.',
     ('einbau-baufertigteile', 'tischler')),
    ('Hallo ihr Lieben, ich muss mal was loswerden und brauch eure Hilfe. Wir wohnen seit '
     'Mai in unserem ersten eigenen Haus (Bj. 1968, Doppelhaushälfte) und jetzt im '
     'November merken wir, dass die Heizkörper im Obergeschoss einfach nicht richtig warm '
     'werden, obwohl der Kessel auf 70 Grad läuft. Entlüftet haben wir, Wasser nachgefüllt'
     ' auch. Die Nachbarn mit dem gleichen Haus haben das Problem nicht. Was könnte das '
     'sein und wen holt man da?',
     ('installateur-heizungsbauer',)),
    ('Servus miteinand, bei uns im Haus (Oberbayern, Bj 1975) is im Winter immer des Eck '
     'im Schlafzimmer feucht und jetzt schimmelts a no. Mei Mo sagt des is vom Dach weil '
     "da oben d'Ziegel alt san, i moan aber des is a Kältebrücke weil des is genau wo der "
     "Balkon anfängt. Wer ko des g'scheit beurteilen und beheben?",
     ('holz-bautenschutz', 'maler-lackierer')),
    ('Ich hab ne Frage zur Dachrinne: bei uns tropft es bei Regen genau über der Haustür '
     'durch die Rinne durch, da ist so eine Naht die aufgegangen ist, glaube ich. Es ist '
     'eine Zinkrinne, bestimmt 30 Jahre alt. Kann man sowas löten lassen oder muss die '
     'ganze Rinne neu? Haus ist zweigeschossig, also ohne Leiter kommt man nicht ran.',
     ('klempner', 'dachdecker')),
    ('moin leude, hab da mal ne frage. bei mir in der wohnung (altbau hamburg) springt '
     'immer der fi raus wenn ich die waschmaschine anmache, aber nur beim schleudern. '
     'waschmaschine ist neu, bei der alten wars genauso. vermieter meint ist meine '
     'maschine schuld. steckdose ist im bad und sieht schon älter aus. wer hat recht?',
     ('elektrotechniker',)),
    ('Liebe Leserfrage-Redaktion, wir haben ein Einfamilienhaus aus den 50er Jahren geerbt'
     ' und wollen es bewohnbar machen. Die Bodendielen im Obergeschoss sind unter dem '
     'Linoleum noch gut erhalten, nur an manchen Stellen haben die Vorbesitzer '
     'Teppichkleber draufgeschmiert. Lohnt es sich, die Dielen aufarbeiten zu lassen, oder'
     ' ist ein neuer Boden am Ende günstiger?',
     ('parkettleger', 'tischler')),
    ('Folgendes Problem: Ich habe eine kleine Eigentumswohnung vermietet. Die Mieterin '
     'ruft an, aus dem Wasserhahn im Bad kommt braunes Wasser und der Spülkasten läuft '
     'ständig. Gleichzeitig sagt sie, dass die Heizung im Schlafzimmer nicht warm wird. '
     'Ich bin beruflich viel unterwegs und brauche jemanden, der alles auf einmal '
     'anschaut, kann mir jemand einen Betrieb empfehlen der Sanitär und Heizung macht?',
     ('installateur-heizungsbauer',)),
    ('Wir haben einen alten Gewölbekeller unter unserem Haus, der Boden ist aus '
     'gestampftem Lehm und an den Wänden bröseln die Fugen raus. Wir würden den Keller '
     'gern als Weinkeller nutzen und die Fugen zwischen den Backsteinen wieder richtig '
     'verfugen lassen, damit nichts mehr rausrieselt, aber nichts zuputzen, das Mauerwerk '
     'soll man sehen.',
     ('fuger', 'maurer-betonbauer')),
    ('Hilfe!! Ich bin alleinerziehend mit 2 Kindern und seit 3 Tagen geht unsere Toilette '
     'nicht mehr richtig ab, das Wasser steigt fast bis zum Rand und läuft dann ganz '
     'langsam weg. Ich hab den Pümpel von der Nachbarin ausgeliehen, bringt nichts. Über '
     'mir wohnt ne Familie bei der alles normal ist. Die Hausverwaltung geht nicht ans '
     'Telefon. Kann ich selber jemanden rufen?',
     ('rohr-kanalreiniger', 'installateur-heizungsbauer')),
    ('Bei uns kommt aus den Steckdosen im Keller kein Strom mehr, seit dem das Wasser dort'
     ' stand (Starkregen letzte Woche). Die Sicherung für den Keller fliegt sofort raus. '
     'Der Keller ist inzwischen ausgepumpt, aber die Wände sind nass. Kann ich den Strom '
     'einfach wieder anmachen wenn es trocken ist?',
     ('elektrotechniker',)),
    ('Meine Schwiegereltern haben im Wohnzimmer einen großen Holz-Einbauschrank aus den '
     '70ern, Eiche rustikal. Eine der Schiebetüren ist aus der Führung gesprungen und '
     'jetzt klemmt alles, außerdem ist bei einer Schublade der Boden durchgebrochen. Sie '
     'wollen keinen neuen Schrank, der alte passt genau in die Nische.',
     ('tischler',)),
    ('Wir wollen unser Wohnzimmer komplett renovieren. Die alte Holzdecke (Paneele, '
     'dunkel) soll raus, dann Decke verputzen, Wände neu tapezieren oder streichen und '
     'neuer Boden. Welche Reihenfolge ist sinnvoll und welche Handwerker brauche ich? Die '
     'Decke ist das Dringendste, weil uns die Paneele erdrücken.',
     ('stuckateur', 'maler-lackierer', 'hausmeisterservice')),
    ('Hallo, ich bin Ende 20 und habe gerade meine erste Wohnung gekauft. Die Elektrik ist'
     ' alt, im Bad gibt es keinen FI und die Steckdosen in der Küche haben keine Erdung, '
     'das hat mir ein Freund gesagt, der Elektriker ist, der aber zu weit weg wohnt. Ist '
     'das illegal und muss ich das sofort machen lassen?',
     ('elektrotechniker',)),
    ('Vor dem Haus ist eine Natursteinmauer aus Granit, ca. 1 m hoch, an der Straße. Durch'
     ' den Frost sind oben einige Steine locker und ein paar liegen schon auf dem Gehweg. '
     'Wir haben Angst, dass jemand stolpert und wir haften.',
     ('maurer-betonbauer', 'steinmetz', 'garten')),
    ('Ich wohne in einem Altbau mit Holzfenstern und bei mir im Schlafzimmer kommt im '
     'Winter das Kondenswasser an den Scheiben runter und der Rahmen unten fängt schon an '
     'zu faulen. Der Vermieter sagt lüften, ich lüfte aber eh schon dreimal am Tag. Muss '
     'das Fenster getauscht werden?',
     ('tischler', 'einbau-baufertigteile')),
    ('Wir brauchen einen Fliesenleger für unsere Küche, aber ehrlich gesagt ist das nicht '
     'das einzige Problem: hinter den alten Fliesen kam beim Abschlagen ein Wasserrohr zum'
     ' Vorschein, das total korrodiert aussieht und an einer Stelle feucht ist. Ich denke,'
     ' das muss vorher jemand tauschen, bevor neue Fliesen draufkommen?',
     ('installateur-heizungsbauer',)),
    ('Mein Vater (86) hat in seinem Haus noch einen alten Sicherungskasten und die '
     'Beleuchtung im Treppenhaus geht nur noch, wenn man den Schalter zweimal drückt. Er '
     'will keinen Aufwand, aber ich hab Angst dass da mal was brennt. Gibt es Elektriker '
     'die auch mal kleine Aufträge annehmen und sich das Ganze anschauen?',
     ('elektrotechniker',)),
    ('Bei Wind heult es bei uns im Dachgeschoss richtig, und man spürt Zugluft an der '
     'Abseite. Dachboden ist ausgebaut, aber irgendwie schlecht gemacht vom Vorbesitzer, '
     'an der Dämmung sieht man Lücken wenn man die Klappe aufmacht. Wer bessert so was '
     'aus? Dachdecker, Zimmerer oder Trockenbauer?',
     ('dachdecker', 'zimmerer', 'isolierer')),
    ('Unser Vermieter lässt seit Monaten das Badfenster nicht reparieren, das schon beim '
     'Einzug kaputt war: Kippfunktion geht nicht, Griff lose, es schließt nicht dicht. '
     'Jetzt hat er gesagt, ich darf es auf seine Kosten machen lassen. An wen wende ich '
     'mich da am besten?',
     ('einbau-baufertigteile', 'tischler')),
    ('Beim Anstreichen des Gartenzauns habe ich gesehen, dass die Pfosten unten total '
     'morsch sind, drei davon kann man schon mit der Hand bewegen. Der Zaun ist aus Holz, '
     '40 Meter lang. Pfosten tauschen oder gleich neu? Und wer macht sowas, eher Gärtner '
     'oder Zimmermann?',
     ('garten', 'zimmerer')),
    ('Ich habe seit dem Einzug in meine neue Wohnung ein Problem mit der Dusche: das '
     'Wasser wird erst nach mehreren Minuten warm und dann auch nur kurz richtig heiß, '
     'dann wieder lauwarm. Es ist ein elektrischer Durchlauferhitzer unter dem '
     'Waschbecken, sieht nicht mehr neu aus. Ist der hinüber?',
     ('installateur-heizungsbauer', 'elektrotechniker')),
    ('Wir möchten unserem Sohn zur Einschulung ein Hochbett in sein Zimmer bauen lassen, '
     'das genau in die Nische passt, mit Schreibtisch drunter. Die Fertigbetten sind alle '
     'zu groß oder zu wackelig. Macht sowas ein Schreiner oder ist das zu teuer?',
     ('tischler',)),
    ('Die Fassade an der Westseite ist an einigen Stellen abgeplatzt, man sieht die '
     'Ziegel, und unter dem Fensterbrett läuft das Wasser rein. Wir wollen nicht gleich '
     'die ganze Fassade machen, aber die Stellen sollten ausgebessert werden bevor es '
     'Frost gibt.',
     ('stuckateur', 'maurer-betonbauer')),
    ('Wir haben einen kleinen Hund, und der ist unter den Zaun zum Nachbarn durch, weil '
     'sich da der Boden abgesenkt hat. Der Nachbar sagt, das Problem ist unsere Drainage, '
     'die ist wohl verstopft, weil sich da bei Regen alles sammelt. Wer kann die Drainage '
     'spülen?',
     ('rohr-kanalreiniger',)),
    ('Guten Tag, ich schreibe im Namen meiner Mutter. Im Wohnzimmer ihrer Wohnung löst '
     'sich die Tapete an der Außenwand, dahinter ist der Putz feucht und bröckelt. Die '
     'Außenwand grenzt an den Laubengang. Der Vermieter hat einen Maler geschickt, der '
     'einfach neu tapeziert hat, nach 4 Wochen war es wieder so. Was raten Sie?',
     ('holz-bautenschutz', 'maurer-betonbauer')),
    ('I bin neu hier und hab glei a Frog: bei uns im Haus is da Wasserdruck in da Früh so '
     "schwach, dass d'Dusch nur tröpfelt, am Abend gehts. Mia hängen an einer "
     'Hauswasseranlage mit eigenem Brunnen. Kann des an da Pumpn liegn?',
     ('brunnenbauer', 'installateur-heizungsbauer')),
    ('Hallo, ich will mein Badezimmer renovieren aber nur kosmetisch, also keine neuen '
     'Leitungen. Die Fliesen sollen bleiben, aber gestrichen werden, die Fugen erneuert, '
     'Silikon neu und ein neuer Spiegel. Gibt es Handwerker die so kleine Sachen gebündelt'
     ' machen?',
     ('hausmeisterservice', 'fliesenleger', 'maler-lackierer')),
    ('Nach dem Sturm gestern ist bei uns ein großer Ast von der Eiche des Nachbarn auf '
     'unser Carport gefallen, das Dach ist eingedrückt und eine Stütze ist gebrochen. Der '
     'Ast liegt noch drauf. Zuerst muss wohl der Ast weg und dann das Carport repariert '
     'werden.',
     ('garten', 'zimmerer')),
    ('Wir haben eine alte Villa gekauft, in der noch ein Lastenaufzug und eine Gussheizung'
     ' mit riesigen Rippenheizkörpern drin sind. Die Heizkörper sind wunderschön, aber '
     'manche sind undicht zwischen den Gliedern. Gibt es jemand der alte Gussheizkörper '
     'abdichtet und wieder aufbaut?',
     ('installateur-heizungsbauer',)),
    ('bei uns im bad kommt von der decke putz runter, immer kleine stücke, besonders nach '
     'dem duschen. oben drüber ist der dachboden. es ist kein wasser zu sehen aber die '
     'decke ist irgendwie fleckig. was soll ich machen',
     ('stuckateur', 'maler-lackierer')),
    ('Kurze Frage an die Profis: Mein Keller hat ein Fenster mit Lichtschacht, und bei '
     'Starkregen läuft der Lichtschacht voll und das Wasser drückt durchs Kellerfenster '
     'rein. Der Ablauf im Lichtschacht ist wohl zu. Wer macht sowas, und kann man den '
     'Lichtschacht abdecken?',
     ('rohr-kanalreiniger', 'hausmeisterservice')),
    ('Ich muss etwas ausholen. Letzten Winter ist bei uns die Heizung dreimal ausgefallen,'
     ' jedes Mal kam ein anderer Monteur vom Notdienst, hat irgendwas resettet und eine '
     'saftige Rechnung dagelassen. Jetzt im Oktober das gleiche Spiel, Fehlermeldung '
     'Zündung, nach dem Entstören läuft sie ein paar Stunden. Die Anlage ist eine '
     'Gastherme von 2006 im Dachgeschoss. Ich will endlich jemanden, der die Ursache '
     'findet statt nur zu resetten, und ich würde auch über einen Wartungsvertrag '
     'nachdenken. Wie findet man einen Betrieb, der nicht nur Notdienst-Abzocke macht?',
     ('installateur-heizungsbauer',)),
    ('Heizkoerper im Bad wird nicht warm, die anderen schon. Thermostat hab ich schon '
     'abgeschraubt und den Stift bewegt, der klemmt nicht. Entlueften hab ich auch '
     'gemacht, da kam nur Wasser. Wohnung ist im Erdgeschoss, Haus hat Zentralheizung. '
     'Woran kann das noch liegen?',
     ('installateur-heizungsbauer',)),
    ('Hi, we just moved into an apartment in Munich and the bathroom sink drains super '
     'slow and smells really bad. Tried baking soda and vinegar, didnt help. '
     'Hausverwaltung said we should call a Rohrreinigung ourselves, is that normal in '
     'Germany and who pays?',
     ('rohr-kanalreiniger', 'installateur-heizungsbauer')),
    ('Unsere Kueche ist aus den 90ern und die Arbeitsplatte ist an der Spuele '
     'aufgequollen, weil da jahrelang Wasser reingelaufen ist. Der Rest der Kueche ist '
     'noch gut. Kann man nur die Arbeitsplatte tauschen lassen? Die Spuele und das '
     'Kochfeld muessten dann natuerlich auch wieder rein.',
     ('tischler',)),
    ('Seit wir den Dachboden ausgebaut haben (nicht selbst, eine Firma), ist es im Winter '
     'oben zwar warm, aber an der Dachschräge bilden sich dunkle Flecken und es riecht '
     'muffig. Die Firma hat auf Anrufe nicht mehr reagiert. Ein Bekannter vermutet, dass '
     'die Dampfbremse falsch eingebaut ist. Wer kann das prüfen und in Ordnung bringen, '
     'ohne dass wir gleich alles rausreißen müssen?',
     ('zimmerer', 'dachdecker', 'isolierer')),
    ('Grüezi, ich wohne in Konstanz und bei uns im Bad sind die Plättli an der Wand hinter'
     ' der Badewanne hohl und teilweise gesprungen, dahinter ist es nass. Der Hauswart '
     'meinte, man sollte das nicht nur neu plätteln, sondern zuerst schauen warum es nass '
     'ist.',
     ('installateur-heizungsbauer', 'fliesenleger')),
    ('Zwei Probleme auf einmal: erstens läuft die Waschmaschine nicht mehr ab, zweitens '
     'hat es dabei die Sicherung rausgehauen und jetzt geht im ganzen Bad kein Licht mehr.'
     ' Die Waschmaschine ist 12 Jahre alt, die wird wohl eh ersetzt. Aber das Licht '
     'brauche ich dringend, kleine Kinder im Haus.',
     ('elektrotechniker',)),
    ('wir wohnen in nem alten haus und es zieht überall, an den fenstern, unter der '
     'haustür, aus den steckdosen an der außenwand. heizkosten sind der wahnsinn. bevor '
     'wir jetzt irgendwas machen, würd ich gern wissen wo genau die wärme verloren geht, '
     'gibts da sowas wie eine messung mit wärmebildkamera und wer macht dann die '
     'abdichtung?',
     ('isolierer',)),
    ('Der Heizungsbauer war da um die neue Wärmepumpe zu planen und meinte nebenbei, dass '
     'unser Elektro-Hausanschluss zu klein ist und wir einen neuen Zählerplatz brauchen, '
     'und außerdem müssten zwei Heizkörper größer werden. Er macht die Heizkörper, aber '
     'für den Zählerschrank sollen wir selbst jemanden suchen.',
     ('elektrotechniker',)),
    ('Nachdem unser Nachbar seinen Anbau direkt an unsere Grenze gebaut hat, läuft bei '
     'Regen das Wasser von seinem Dach auf unser Garagendach und von da in unsere Garage. '
     'Sein Fallrohr endet einfach auf halber Höhe. Rechtlich klären wir das noch, aber wir'
     ' brauchen erst mal jemand der unsere Rinne an der Garage verlängert und anschließt.',
     ('klempner', 'dachdecker')),
    ('Hallo liebes Forum, ich (w, 34) bin totale Heimwerker-Niete. In meiner Mietwohnung '
     'möchte ich Gardinenstangen anbringen, ein Regal aufhängen, eine Lampe im Flur '
     'montieren und den neuen Kleiderschrank aufbauen lassen. Es ist Beton, mein '
     'Akkuschrauber kapituliert. Wen frage ich für so ein Sammelsurium?',
     ('hausmeisterservice',)),
    ('Die Bodenfliesen im Flur klingen hohl und zwei haben schon einen Riss. Das Haus ist '
     '6 Jahre alt, Fußbodenheizung. Der Bauträger sagt, das sind Setzungen und normal. Ich'
     ' glaube eher der Estrich wurde zu früh belegt. Wer kann das begutachten und '
     'reparieren?',
     ('fliesenleger', 'estrichleger')),
    ('Dachkandel undicht, Fallrohr verstopft und das Wasser läuft an der Hausecke runter. '
     'Spengler gesucht im Raum Augsburg, möglichst vor dem Winter.',
     ('klempner',)),
    ('Unsere Eltern wollen aus dem Haus in eine kleinere Wohnung ziehen und das Haus '
     'verkaufen. Vorher sollen noch Schönheitsreparaturen gemacht werden: Wände streichen,'
     ' ein paar Türen einstellen, Silikonfugen erneuern, Rasen mähen. Außerdem der Umzug '
     'selbst. Gibt es Firmen, die so ein Rundum-Paket anbieten?',
     ('umzug', 'hausmeisterservice')),
    ('Es tropft im Keller aus der Decke, genau unter dem Hauswirtschaftsraum mit '
     'Waschmaschine und Heizung. Das Wasser ist warm. Wir haben keine Ahnung, wo es '
     'herkommt, der Boden im HWR ist trocken.',
     ('installateur-heizungsbauer',)),
    ('Unser Keller ist tiefer als die Kanalisation und wir haben eine Pumpe für die Dusche'
     ' im Keller. Die Pumpe läuft jetzt ständig an, auch wenn keiner duscht, alle paar '
     'Minuten. Strom kostet ja auch.',
     ('installateur-heizungsbauer',)),
    ('Holzbalkon im ersten Stock, Baujahr 1990, die Bretter sind teilweise so weich, dass '
     'man fast durchtritt, und die Balken darunter sehen schwarz aus. Wir benutzen ihn '
     'nicht mehr. Sanieren oder abreißen und neu?',
     ('zimmerer',)),
    ('Ich bin ratlos: seit dem Einbau der neuen Fenster beschlagen bei uns jeden Morgen '
     'die Scheiben und in den Ecken der Laibungen bildet sich schwarzer Belag. Der '
     'Fensterbauer sagt, wir sollen eine Lüftungsanlage einbauen, der Vermieter sagt, wir '
     'sollen mehr lüften. Kann man in die Fenster nicht so Lüftungsschlitze einbauen '
     'lassen?',
     ('einbau-baufertigteile', 'tischler')),
    ('Sehr geehrte Damen und Herren, ich bin 79 Jahre und kann keine Leiter mehr steigen. '
     'In meiner Wohnung sind in der Küche und im Flur die Leuchtstoffröhren kaputt und im '
     'Bad flackert die Lampe über dem Spiegel. Mein Sohn wohnt weit weg. Kommt für so '
     'etwas ein Elektriker oder ein Hausmeisterdienst?',
     ('elektrotechniker', 'hausmeisterservice')),
    ('Jetzt hab ich den Salat: wollte die alte Tapete im Schlafzimmer abziehen, und dabei '
     'ist großflächig der Putz mit runter gekommen, man sieht teilweise die Steine. Der '
     'Vermieter weiß noch nichts. Ich brauche schnell jemanden, der das wieder verputzt, '
     'bevor ich es beichte.',
     ('stuckateur',)),
    ('Hi, we have a small house near Stuttgart and water is coming into our basement '
     'through the wall every time it rains heavily. The previous owner painted over it. A '
     'neighbor told us we need a Kellerabdichtung. Who does this kind of work?',
     ('holz-bautenschutz', 'maurer-betonbauer')),
    ('Ich suche einen Ofenbauer oder so. Wir haben in der Küche noch einen alten Holzherd,'
     ' den die Oma benutzt hat, und der soll wieder funktionieren, weil wir bei '
     'Stromausfall eine Kochmöglichkeit haben wollen. Die Platte ist verzogen und die '
     'Ofentür schließt nicht mehr.',
     ('ofen-luftheizungsbauer',)),
    ('Beim Rasenmähen habe ich gesehen, dass die Kellerwand von außen einen langen Riss '
     'hat, durch den bei Regen Wasser reinläuft. Innen ist an der Stelle alles feucht. '
     'Kann man so einen Riss von innen verpressen oder muss man außen aufgraben?',
     ('holz-bautenschutz', 'maurer-betonbauer')),
    ('Badezimmerlüfter ist laut wie ein Flugzeug und jetzt hat er auch noch angefangen '
     'nach verbranntem Staub zu stinken. Sofort abstellen? Hab die Sicherung mal '
     'rausgenommen, aber dann geht auch das Licht im Bad nicht.',
     ('elektrotechniker',)),
    ('Wir haben ein altes Siedlungshaus und im Garten einen gemauerten Brunnen mit '
     'Handpumpe, der seit Jahren nicht mehr genutzt wird. Die Kinder sollen da spielen '
     'können, daher muss entweder jemand den Brunnen wieder fit machen oder ihn sicher '
     'verschließen. Wer kennt sich mit alten Brunnen aus?',
     ('brunnenbauer',)),
    ('Unser Wasserhahn in der Küche hat so einen Brausekopf zum Herausziehen, der Schlauch'
     ' ist innen gerissen und jetzt ist der Unterschrank nass, sobald man den Hahn '
     'aufdreht.',
     ('installateur-heizungsbauer',)),
    ('Dachfenster kaputt, Scheibe gesprungen, regnet rein. Wer hilft schnell?',
     ('dachdecker', 'glaser')),
    ('Suche Schlüsseldienst, bin ausgesperrt, Baby ist noch drin!!',
     ('metallbauer',)),
    ('Klavier stimmen lassen in Dresden, was kostet das ungefähr?',
     ('klavierstimmer', 'klavier-cembalobauer')),
]
