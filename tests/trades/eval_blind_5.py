"""The fifth blind evaluation set for trade detection: 448 texts by a writer who never saw
the detection's code, its word lists or any other set (only the trade codes and names),
modelled on the acceptance set's description: German texts about a problem at home in
forum, blog and advice-column voice, median 26 words, about 15 % rarer trades. Measured as
written and never looked at (right at once / offered / wrong / none): main at the start of
the session (d67d6fd) 78.8 / 8.0 / 12.9 / 0.2 %, after round 4 (f1fe903) 80.8 / 7.8 / 11.2 /
0.2 %, after round 5 (65bcab6) 81.7 / 7.4 / 10.7 / 0.2 %. Not tuned on: it is the figure for
unseen text. Whoever tunes against it must write a new blind set first."""

BLIND_5: list[tuple[str, tuple[str, ...]]] = [
    ('Seit gestern Abend bleiben alle Heizkörper kalt, die Therme im Flur zeigt F28 an und'
     ' blinkt. Hab schon Reset gedrückt, geht kurz an und dann wieder aus. Gasthermen-'
     'Wartung war letztes Jahr. Wer kommt da am Wochenende?',
     ('installateur-heizungsbauer',)),
    ('Bei uns im Altbau gluckert der Heizkörper im Wohnzimmer ständig und wird oben nur '
     'lauwarm. Entlüftet hab ich schon zweimal, dann wars kurz besser. Muss da Wasser '
     'nachgefüllt werden oder ist die Pumpe hin?',
     ('installateur-heizungsbauer',)),
    ('Kein warmes Wasser mehr in der ganzen Wohnung, nur kalt. Der Durchlauferhitzer macht'
     ' klick aber heizt nicht. Vermieter sagt ich soll selber einen Handwerker holen und '
     'die Rechnung schicken. Elektriker oder Sanitär??',
     ('elektrotechniker', 'installateur-heizungsbauer')),
    ('hallo zusammen, unsere ölheizung (bj 1994) macht morgens so ein lautes brummen und '
     'es stinkt im keller leicht nach öl. lohnt sich da noch reparieren oder gleich was '
     'neues? wer berät da neutral?',
     ('installateur-heizungsbauer',)),
    ('Wir überlegen, im Reihenhaus von Gas auf Wärmepumpe umzusteigen. Der Energieberater '
     'war schon da, jetzt brauchen wir jemanden, der das tatsächlich einbaut und die alten'
     ' Heizkörper prüft. Wie findet man da jemanden, der nicht erst in einem Jahr Zeit '
     'hat?',
     ('installateur-heizungsbauer',)),
    ('Thermostatkopf am Heizkörper im Kinderzimmer lässt sich drehen wie er will, der wird'
     ' immer voll heiß. Stift klemmt glaub ich. Hab mit WD40 probiert, nix. Kann man das '
     'Ventil tauschen ohne das ganze Wasser abzulassen?',
     ('installateur-heizungsbauer',)),
    ('Fußbodenheizung im Bad wird nicht mehr warm seit wir im Sommer die Fliesen im Flur '
     'neu gemacht haben. Der Fliesenleger sagt er hat nichts angefasst. Am Verteiler '
     'drehen bringt nichts. Wen soll ich da holen?',
     ('installateur-heizungsbauer',)),
    ('Der Druck an der Heizung fällt jede Woche auf unter 1 bar, ich füll nach und nach '
     'ein paar Tagen ist er wieder unten. Nirgends sieht man Wasser. Wo kann das hin '
     'verschwinden?',
     ('installateur-heizungsbauer',)),
    ('Moin, in unserm Plattenbau sind die Heizkörper in der Küche seit Oktober kalt, im '
     'Rest der Wohnung geht es. Hausmeister war da und hat entlüftet, ändert nix. Wer ist '
     'eigentlich dafür zuständig, der Vermieter oder ich?',
     ('installateur-heizungsbauer',)),
    ('Warmwasser braucht ewig bis es am Waschbecken im OG ankommt, so 2 Minuten laufen '
     'lassen. Im EG sofort warm. Kann man da eine Zirkulationsleitung nachrüsten im '
     'Bestand oder ist das Quatsch?',
     ('installateur-heizungsbauer',)),
    ('Unser Boiler im Keller tropft unten am Sicherheitsventil, so ne Pfütze jeden Tag. '
     'Ist das normal beim Aufheizen oder muss der Boiler raus?',
     ('installateur-heizungsbauer',)),
    ('Die Heizung läuft eigentlich, aber die Wohnung wird einfach nicht über 18 Grad warm.'
     ' Neubau, Einzug vor 6 Monaten, Fußbodenheizung. Bauträger reagiert nicht. Kann ein '
     'Fachbetrieb den hydraulischen Abgleich prüfen?',
     ('installateur-heizungsbauer',)),
    ('Im Bad hängt ein alter Handtuchheizkörper der rostet unten durch und ist häßlich. '
     'Will den gegen einen neuen tauschen, gleiche Anschlüsse. Kann ich das selber oder '
     'sollte das ein Installateur machen?',
     ('installateur-heizungsbauer',)),
    ('Unsere Gastherme geht nachts immer wieder auf Störung, meistens wenn es draußen '
     'stürmt. Der Kaminkehrer meinte letztes Mal es liegt nicht am Abgas. Was könnte das '
     'sein und wer schaut sich das an?',
     ('installateur-heizungsbauer',)),
    ('Heizungsrohr im Keller ist an einer Muffe undicht, es tropft langsam in einen Eimer '
     'den ich drunter gestellt hab. Altes Haus vom Opa, alles noch verschraubt. Wie '
     'dringend ist das?',
     ('installateur-heizungsbauer',)),
    ('Nachtspeicheröfen in der Mietwohnung werden nicht mehr richtig warm, einer bleibt '
     'komplett kalt. Hab gelesen die sind evtl. asbestbelastet. Darf ich da einfach '
     'jemanden ranlassen?',
     ('elektrotechniker',)),
    ('Wir haben eine Solaranlage für Warmwasser auf dem Dach, die Pumpe läuft aber der '
     'Speicher wird im Sommer kaum warm. Glaube das Solarfluid ist alt. Wer macht sowas?',
     ('installateur-heizungsbauer',)),
    ('Pelletheizung im Bauernhaus zündet nicht mehr, zeigt Fehler Zündung. Die Schnecke '
     'fördert aber noch. Kundendienst vom Hersteller hat 3 Wochen Wartezeit. Gibt es freie'
     ' Heizungsbauer die sowas auch machen?',
     ('installateur-heizungsbauer',)),
    ('Heizkörper im Schlafzimmer soll weg und ein flacherer an die andere Wand, wegen '
     'Schrank. Rohre müssten verlängert werden. Ist das viel Aufwand in einem Haus aus den'
     ' 70ern?',
     ('installateur-heizungsbauer',)),
    ('Mir ist beim Streichen der Heizkörper im Flur das Ventil abgebrochen, jetzt sifft es'
     ' ganz leicht raus, hab Handtuch drum. Bitte schnell, wer macht sowas am Samstag?',
     ('installateur-heizungsbauer',)),
    ('Die Wasserleitung in der Küche klopft jedes Mal laut wenn man den Hahn zudreht, so '
     'ein Schlag durch die ganze Wand. Nachbarn beschweren sich schon. Was ist das?',
     ('installateur-heizungsbauer',)),
    ('Unter der Spüle ist der Schrankboden aufgequollen, da tropft irgendwo ein Anschluss.'
     ' Eckventil oder Siphon, kann ich nicht genau sehen. Bin Mieterin, soll ich erst den '
     'Vermieter anrufen?',
     ('installateur-heizungsbauer',)),
    ('WC Spülung läuft ständig nach, man hört es die ganze Nacht leise rauschen. Ist so '
     'ein Unterputz-Spülkasten, Geberit glaub ich. Die Platte hab ich schon abgemacht aber'
     ' weiter trau ich mich nicht.',
     ('installateur-heizungsbauer',)),
    ('Beim Nachbarn unter uns ist an der Decke ein Wasserfleck der größer wird, er meint '
     'es kommt aus unserem Bad. Bei uns sieht man nix. Wer kann sowas orten ohne gleich '
     'alles aufzustemmen?',
     ('installateur-heizungsbauer',)),
    ('Wasserrohrbruch im Keller!! Haupthahn ist zu, aber es steht 5 cm Wasser drin. Was '
     'zuerst, Installateur oder jemand der trocknet?',
     ('installateur-heizungsbauer',)),
    ('Nach dem Rohrbruch im Januar ist die Leitung repariert, aber die Wand im Flur ist '
     'immer noch nass und riecht muffig. Versicherung zahlt die Trocknung. Wer stellt da '
     'diese Trocknungsgeräte auf?',
     ('bautrocknung',)),
    ('Die Wasserhähne im Bad sind total verkalkt und der Einhebelmischer tropft. Würde '
     'gern gleich neue Armaturen, Waschtisch und Dusche. Macht das ein Klempner oder '
     'braucht man da nen Sanitärbetrieb?',
     ('installateur-heizungsbauer',)),
    ('Unser Wasserzähler ist abgelaufen und die Stadtwerke wollen dass wir einen neuen '
     'einbauen lassen. Wer darf das machen und was kostet das ungefähr?',
     ('installateur-heizungsbauer',)),
    ('Hab heute gesehen das die Kellerwand unten ganz nass ist, direkt wo die '
     'Wasserleitung reinkommt. Ist das von außen Grundwasser oder ist die Hauseinführung '
     'undicht?',
     ('installateur-heizungsbauer',)),
    ('Der Abfluss in der Dusche läuft immer langsamer ab, man steht nach 5 Minuten im '
     'Wasser. Haare hab ich rausgefischt, Rohrfrei hat auch nix gebracht. Ich will keine '
     'Chemie mehr reinkippen.',
     ('rohr-kanalreiniger', 'installateur-heizungsbauer')),
    ('Küchenspüle verstopft, Wasser steht bis oben und riecht. Pömpel hilft nicht. Ist ein'
     ' Mehrfamilienhaus, die Nachbarin unten hat das gleiche. Liegt das dann an der '
     'Hauptleitung?',
     ('rohr-kanalreiniger',)),
    ('Im Keller kommt bei starkem Regen Wasser aus dem Bodenablauf hoch. Haus ist von '
     '1958. Eine Rückstauklappe gibt es nicht. Wer kann die Leitung mal mit Kamera '
     'anschauen?',
     ('rohr-kanalreiniger',)),
    ('Toilette ist verstopft, die Kinder haben glaub ich ein Spielzeugauto runtergespült. '
     'Saugglocke hab ich versucht, es läuft nur ganz langsam ab. Hilfe!',
     ('rohr-kanalreiniger', 'installateur-heizungsbauer')),
    ('es gluckert im waschbecken immer wenn die spülmaschine abpumpt und riecht dann nach '
     'kanal. ist das eine verstopfung oder fehlt da ne belüftung?',
     ('installateur-heizungsbauer', 'rohr-kanalreiniger')),
    ('Wir haben ein altes Haus gekauft und wollen vor dem Einzug wissen in welchem Zustand'
     ' die Abwasserrohre bis zum Kanal sind. Bei Besichtigung roch es im Garten etwas. '
     'Kamerabefahrung, wer bietet sowas an?',
     ('rohr-kanalreiniger',)),
    ('Fettabscheider hab ich keinen, aber die Küchenleitung setzt sich alle paar Monate '
     'zu. Der Vermieter sagt ich koche zu fettig, ha. Kann man das Rohr professionell '
     'spülen lassen?',
     ('rohr-kanalreiniger',)),
    ('Bei uns im Hof ist der Regenwasserablauf dicht, das Wasser steht nach jedem Schauer '
     'als See vor der Garage. Wurzeln vom Nachbarbaum vermute ich.',
     ('rohr-kanalreiniger',)),
    ('Sicherung fliegt raus sobald ich Wasserkocher und Toaster gleichzeitig anmache. Ist '
     'eine Altbauwohnung, noch die alten Schraubsicherungen. Ist das gefährlich? Vermieter'
     ' meint das war schon immer so.',
     ('elektrotechniker',)),
    ('Der FI springt seit dem Gewitter jeden Abend raus, mal nach 10 min, mal nach 2 '
     'Stunden. Hab alle Geräte ausgesteckt, passiert trotzdem. Wen ruft man da?',
     ('elektrotechniker',)),
    ('Steckdose im Bad ist schwarz verschmort und riecht nach Plastik. Hab die Sicherung '
     'rausgemacht. Darf man als Mieter sowas selbst austauschen oder lieber nicht?',
     ('elektrotechniker',)),
    ('Wir wollen in der Küche die Herdanschlussdose versetzen lassen weil die neue Küche '
     'anders steht. Der Küchenmonteur sagt das darf er nicht. Wer macht das?',
     ('elektrotechniker',)),
    ('Licht im Treppenhaus flackert seit Wochen und geht manchmal ganz aus. Wir sind eine '
     'kleine WEG mit 4 Parteien und haben keinen Hausmeister. Wer kümmert sich um sowas?',
     ('elektrotechniker', 'hausmeisterservice')),
    ('Hallo, wir wollen eine Wallbox in die Garage, Abstand zum Zählerschrank ca 15 m. '
     'Netzbetreiber muss glaub ich informiert werden. Wer macht das komplett inkl. '
     'Anmeldung?',
     ('elektrotechniker',)),
    ('In unserem Bauernhaus sind noch Stoffkabel in der Wand, teilweise nur zwei Adern '
     'ohne Schutzleiter. Kann man das nach und nach erneuern oder muss alles auf einmal '
     'raus?',
     ('elektrotechniker',)),
    ('Ich hab eine neue Deckenlampe gekauft aber aus der Decke kommen 3 Kabel in komischen'
     ' Farben, rot grau schwarz. Bevor ich was falsch mach: Macht sowas ein Elektriker für'
     ' ne einzelne Lampe oder is das zu klein?',
     ('elektrotechniker', 'hausmeisterservice')),
    ('Der Zählerschrank ist uralt, der Netzbetreiber will für die PV-Anlage einen neuen. '
     'Solarfirma macht nur das Dach. Wer macht den Schrank?',
     ('elektrotechniker',)),
    ('Im Garten gehen die Steckdosen an der Terrasse nicht mehr, seit der Gärtner die '
     'Hecke neu gesetzt hat. Vielleicht hat er das Kabel erwischt. Wer sucht sowas?',
     ('elektrotechniker',)),
    ('Klingel geht nicht mehr, weder unten noch oben an der Wohnungstür. Batterien gibts '
     'keine, ist fest verdrahtet mit Trafo glaub ich. Kleinkram, aber nervig weil Pakete '
     'nicht ankommen.',
     ('elektrotechniker', 'hausmeisterservice')),
    ('Ich will in jedem Zimmer Netzwerkdosen, LAN statt WLAN, weil ich im Homeoffice bin. '
     'Leerrohre sind im Neubau vorhanden. Elektriker oder IT-Firma?',
     ('informationstechniker', 'elektrotechniker')),
    ('Beim Einschalten vom Licht im Flur gibts manchmal einen kleinen Funken im Schalter '
     'und es knistert. Altbau Berlin, Vermieterin ist 85 und nicht erreichbar. Was tun?',
     ('elektrotechniker',)),
    ('Nach dem Sturm letzte Nacht liegen drei Dachziegel im Vorgarten und auf dem Speicher'
     ' sieht man Tageslicht. Regen ist für morgen angesagt. Wer kommt so kurzfristig?',
     ('dachdecker',)),
    ('Bei starkem Regen tropft es im Dachgeschoss am Dachfenster rein, immer in der oberen'
     ' Ecke. Das Fenster ist 20 Jahre alt. Liegt das am Fenster selbst oder an der '
     'Eindeckung drumherum?',
     ('dachdecker',)),
    ('Dachrinne hängt auf der Hofseite durch und das Wasser läuft vorne über statt ins '
     'Fallrohr. Der Spengler hat vor Jahren die Rinne gemacht, gibts aber nicht mehr. Wer '
     'macht das jetzt?',
     ('klempner', 'dachdecker')),
    ('Fallrohr ist unten abgerissen, vermutlich vom Rasenmäher des Nachbarn, und das '
     'Regenwasser läuft direkt an die Hauswand. Ist nur ein Stück Zinkrohr. Lohnt sich da '
     'überhaupt ein Handwerker?',
     ('klempner', 'dachdecker')),
    ('Auf unserem Flachdach über der Garage steht nach Regen immer das Wasser und jetzt '
     'ist in der Garage an der Decke ein feuchter Fleck. Bitumenbahnen sind vielleicht 25 '
     'Jahre alt.',
     ('dachdecker',)),
    ('Unser Reihenhaus hat Eternitplatten auf dem Dach, wahrscheinlich mit Asbest. Wir '
     'wollen neu eindecken und gleich dämmen. Wer darf die alten Platten überhaupt '
     'runternehmen?',
     ('dachdecker',)),
    ('Das Moos auf dem Dach wird immer mehr, die Ziegel sehen grün aus. Lohnt sich eine '
     'Dachreinigung oder macht man damit mehr kaputt? Hab Angebote von Drückerkolonnen an '
     'der Haustür bekommen, denen trau ich nicht.',
     ('dachdecker',)),
    ('Die Verblechung am Kamin oben auf dem Dach ist lose und klappert bei Wind. Spengler '
     'oder Dachdecker, wer ist da zuständig bei uns in Bayern?',
     ('klempner', 'dachdecker')),
    ('Wir möchten ein zusätzliches Dachfenster ins Kinderzimmer unterm Dach einbauen '
     'lassen. Braucht man da eine Genehmigung und wer macht das, Dachdecker oder Zimmerer?',
     ('dachdecker', 'zimmerer')),
    ('Über dem Erker ist das Zinkblech undicht, da läuft Wasser hinter die Fassade. Der '
     'Maler hat das beim Streichen gesehen und meinte, das muss erst ein Flaschner richten'
     ' bevor er weiter macht.',
     ('klempner',)),
    ('Unsere Gartenlaube hat Dachpappe und die ist rissig, es regnet rein. Ist nur ne '
     'kleine Laube im Kleingarten, ca 12 qm. Macht sowas ein Dachdecker überhaupt oder ist'
     ' das zu klein?',
     ('dachdecker',)),
    ('Marder hat die Dämmung unterm Dach zerfetzt, überall Wolle auf dem Boden und es wird'
     ' oben kalt. Kammerjäger war schon da, der Marder ist weg. Jetzt muss die Dämmung '
     'erneuert werden.',
     ('isolierer', 'dachdecker', 'zimmerer')),
    ('Schneefanggitter fehlt bei uns über dem Eingang und letzten Winter ist eine '
     'Dachlawine direkt vor die Haustür. Kann man das nachrüsten?',
     ('dachdecker',)),
    ('Dachstuhl im alten Bauernhaus hängt in der Mitte durch, ein Balken hat einen Riss. '
     'Das Dach ist noch dicht. Ist das gefährlich und wer schaut sich sowas an?',
     ('zimmerer',)),
    ('Das Holz an der Dachuntersicht (Traufe) ist morsch und die Farbe blättert ab. Ein '
     'paar Bretter müssen wohl ersetzt werden, dann streichen. Wer macht beides?',
     ('zimmerer', 'maler-lackierer', 'dachdecker')),
    ('Im Schlafzimmer hinterm Kleiderschrank ist die ganze Wand schwarz vor Schimmel. '
     'Außenwand, Nordseite. Wir lüften 3x am Tag. Vermieter sagt Lüftungsverhalten. Wer '
     'kann unabhängig feststellen woher das kommt?',
     ('holz-bautenschutz',)),
    ('Keller ist feucht, die Wände unten haben weiße Ausblühungen und der Putz bröselt. '
     'Haus Baujahr 1936. Wir wollen da nen Hobbyraum machen. Was muss da gemacht werden, '
     'abdichten von innen oder außen?',
     ('holz-bautenschutz', 'maurer-betonbauer')),
    ('Im Bad bildet sich immer wieder Schimmel in den Silikonfugen der Dusche und an der '
     'Decke. Kein Fenster, nur Lüfter. Abwaschen hilft immer nur kurz.',
     ('fliesenleger', 'maler-lackierer', 'holz-bautenschutz')),
    ('nach dem wasserschaden vom nachbarn oben ist bei uns die decke im flur feucht und da'
     ' kommen jetzt so graue punkte. versicherung vom nachbarn ist informiert. wer '
     'trocknet das und wer macht danach die decke?',
     ('bautrocknung',)),
    ('Es riecht im Erdgeschoss muffig, unter dem Laminat ist der Estrich feucht, hat der '
     'Gutachter gemessen. Ursache war eine undichte Leitung, die ist repariert. Jetzt muss'
     ' der Estrich trocken werden. Dämmschichttrocknung oder raus?',
     ('bautrocknung',)),
    ('In der Ecke vom Kinderzimmer an der Decke wächst Schimmel, etwa handtellergroß. Ich '
     'hab mit Alkohol abgewischt, kommt wieder. Soll ich das einfach mit '
     'Schimmelschutzfarbe überstreichen lassen?',
     ('holz-bautenschutz', 'maler-lackierer')),
    ('Im Fachwerkhaus sind unten die Schwellen faul und da krabbeln kleine Käfer raus, '
     'Holzwurm vermutlich. Was kann man da machen bevor das ganze Haus absackt?',
     ('zimmerer', 'holz-bautenschutz')),
    ('Unsere Kellerwände sind von außen nie abgedichtet worden, Bruchstein. Jetzt wollen '
     'wir aufgraben und eine richtige Abdichtung machen lassen. Welches Gewerk übernimmt '
     'das?',
     ('holz-bautenschutz', 'maurer-betonbauer')),
    ('Im Dachboden haben wir weißen watteartigen Belag auf einem Balken entdeckt und es '
     'riecht nach Pilz. Ein Bekannter sagt das könnte Hausschwamm sein. Panik, was machen '
     'wir jetzt?',
     ('holz-bautenschutz',)),
    ('Balkontür schließt nicht mehr richtig, man muss sie mit Kraft zudrücken und unten '
     'zieht es. Kunststofftür, ca. 15 Jahre. Kann man das nachstellen lassen oder braucht '
     'es eine neue?',
     ('tischler', 'einbau-baufertigteile')),
    ('Fensterscheibe im Wohnzimmer hat einen Riss von einem Steinschlag beim Rasenmähen. '
     'Doppelverglasung. Wer tauscht nur die Scheibe und nicht das ganze Fenster?',
     ('glaser',)),
    ('Unsere alten Holzfenster im Altbau sind undicht, es pfeift durch. Wir wollen sie '
     'eigentlich erhalten wegen Denkmalschutz. Kann ein Schreiner die aufarbeiten und neu '
     'abdichten?',
     ('tischler',)),
    ('Wir wollen in der Eigentumswohnung alle Fenster tauschen, 7 Stück, Kunststoff '
     'dreifach verglast. Muss die WEG zustimmen? Und wer baut sowas ein, Fensterbauer '
     'gibts ja hier nicht im Ort.',
     ('einbau-baufertigteile', 'tischler', 'glaser')),
    ('Die Haustür vom Reihenhaus schleift unten am Boden und geht nur schwer zu seit dem '
     'Winter. Holztür, vielleicht hat sie sich verzogen. Tischler oder Schlosser?',
     ('tischler',)),
    ('Innentür vom Bad schließt nicht mehr, die Falle rastet nicht ein. Mieter, möchte '
     'nicht selbst rumschrauben. Hausmeister haben wir keinen. Wer macht so kleine Sachen?',
     ('hausmeisterservice', 'tischler')),
    ('Ich hätte gern eine neue Zimmertür mit Zarge, die alte ist kaputt weil unser Hund '
     'sie zerkratzt und angenagt hat. Standardmaß 86 x 198. Einbau lassen, weil die Wand '
     'schief ist.',
     ('einbau-baufertigteile', 'tischler')),
    ('Beschlag vom Kippfenster in der Küche ist gebrochen, das Fenster hängt jetzt nur '
     'noch an einem Scharnier und kippt raus. Gefährlich mit Kindern. Wer repariert sowas '
     'schnell?',
     ('tischler', 'einbau-baufertigteile', 'glaser')),
    ('Fenster beschlagen zwischen den Scheiben, also innen im Glas, und man kriegt es '
     'nicht weg. Heißt das die Isolierverglasung ist kaputt?',
     ('glaser',)),
    ('Hab mich ausgesperrt, Schlüssel steckt innen. Tür ist nur zugefallen, nicht '
     'abgeschlossen. Es ist 23 Uhr. Schlüsseldienste im Internet sind alle so teuer und '
     'unseriös. Wer macht das fair?',
     ('metallbauer',)),
    ('Schlüssel ist im Schloss der Haustür abgebrochen, die Hälfte steckt noch drin. Tür '
     'ist offen, also kein Notfall, aber ich kann nicht mehr abschließen.',
     ('metallbauer',)),
    ('Ich will nach einem Einbruch in der Nachbarschaft unsere Wohnungstür sicherer '
     'machen, Querriegel oder zumindest neuen Zylinder mit Sicherungskarte. Wer berät da '
     'und baut ein?',
     ('metallbauer',)),
    ('Der Briefkasten an unserem MFH wurde aufgebrochen und das Schloss ist kaputt. Wir '
     'sind Eigentümer und der Verwalter sagt das müssen wir selbst organisieren. Wer '
     'tauscht so ein Briefkastenschloss?',
     ('metallbauer', 'hausmeisterservice')),
    ('Mein Ex hat noch einen Schlüssel und ich will einfach das Schloss wechseln, also den'
     ' Zylinder. Mietwohnung. Darf ich das und wer macht sowas?',
     ('metallbauer',)),
    ('Das Hoftor aus Eisen hängt schief und schleift, Scharnier ist verrostet und ein '
     'Stück abgebrochen. Müsste wahrscheinlich geschweißt werden.',
     ('metallbauer',)),
    ('Balkongeländer aus Stahl ist am Fuß durchgerostet und wackelt. Ich trau mich nicht '
     'mehr dranzulehnen. Plattenbau, Genossenschaft reagiert nicht.',
     ('metallbauer',)),
    ('Wir brauchen für die Kellertreppe außen ein Geländer, weil Schwiegermutter einzieht '
     'und unsicher auf den Beinen ist. Edelstahl wäre schön. Wer baut sowas nach Maß?',
     ('metallbauer',)),
    ('Laminat im Wohnzimmer hat sich an den Stößen hochgewölbt, nachdem die Blumenvase '
     'umgekippt ist. Ca 3 Dielen betroffen. Kann man nur die austauschen?',
     ('bodenleger', 'parkettleger')),
    ('Wir haben unter dem Teppich im Altbau Dielen gefunden und wollen die abschleifen und'
     ' ölen lassen. Manche sind lose und quietschen. Parkettleger oder Tischler?',
     ('parkettleger', 'tischler')),
    ('Das Eichenparkett hat tiefe Kratzer vom Hund und ist stellenweise grau. Lohnt sich '
     'abschleifen und neu versiegeln nach 30 Jahren oder ist die Nutzschicht zu dünn?',
     ('parkettleger',)),
    ('Hi, wir wollen Vinylboden in der ganzen Wohnung verlegen lassen, ca 75 qm, alter '
     'Teppich muss raus. Der Boden darunter ist Estrich, etwas uneben. Wer macht das?',
     ('bodenleger',)),
    ('Im Neubau ist nach zwei Jahren der Estrich im Flur gerissen und die Fliesen darauf '
     'haben jetzt auch einen Riss quer durch. Fliesenleger sagt liegt am Estrich.',
     ('estrichleger', 'fliesenleger')),
    ('Der Teppichboden im Schlafzimmer hat Flecken und ist abgetreten, soll raus und neuer'
     ' rein. Mietwohnung, Vermieter zahlt. Ich soll Angebote einholen.',
     ('bodenleger',)),
    ('Für den Anbau brauchen wir Estrich, ca 40 qm mit Fußbodenheizung, Heizungsbauer legt'
     ' die Rohre nächste Woche. Wer macht den Estrich danach zeitnah?',
     ('estrichleger',)),
    ('Der Holzboden in der Küche knarzt an einer Stelle so laut dass man nachts die ganze '
     'Familie weckt. Altbau, Dielen auf Balken. Kann man das beheben ohne alles '
     'rauszureißen?',
     ('parkettleger', 'tischler', 'zimmerer')),
    ('Wir ziehen aus und laut Mietvertrag müssen wir Schönheitsreparaturen machen. 3 '
     'Zimmer, Wände weiß streichen, Decken auch. Keine Zeit wegen Job. Was nimmt ein Maler'
     ' dafür ungefähr?',
     ('maler-lackierer',)),
    ('Im Altbau sind über den Türen lange Risse im Putz, die werden immer breiter. Der '
     'Maler hat sie schon 2x zugespachtelt, kommen immer wieder. Ist das was statisches?',
     ('stuckateur', 'maurer-betonbauer')),
    ('Die Raufasertapete im Flur löst sich an den Nähten und hat Nikotinflecken vom '
     'Vormieter. Abreißen, glatt spachteln und neu streichen wäre der Plan. Selbst machen '
     'oder Maler?',
     ('maler-lackierer',)),
    ('An der Stuckdecke im Wohnzimmer ist ein Stück von der Rosette runtergefallen, direkt'
     ' neben den Esstisch. Gründerzeithaus. Kann man sowas originalgetreu nachmachen?',
     ('stuckateur',)),
    ('Fassade unseres Einfamilienhauses ist grau und hat grüne Algen an der Wetterseite. '
     'Wir wollen reinigen und neu streichen lassen. Brauchen wir dann ein Gerüst extra?',
     ('maler-lackierer',)),
    ('Nach dem Elektriker sind überall Schlitze in den Wänden, die er nur grob zugegipst '
     'hat. Jetzt soll jemand das verputzen und dann tapezieren. Wer macht das ordentlich?',
     ('stuckateur', 'maler-lackierer')),
    ('Wir wollen im Wohnzimmer eine Wand in Kalkputz oder Tadelakt-Optik, also so richtig '
     'schön strukturiert. Welcher Handwerker kann sowas, Maler oder Stuckateur?',
     ('stuckateur', 'maler-lackierer')),
    ('Putz an der Hauswand bröckelt unten am Sockel ab, so 30 cm hoch, man sieht schon die'
     ' Ziegel. Spritzwasser vermutlich. Wer bessert sowas aus?',
     ('stuckateur', 'maurer-betonbauer')),
    ('Unsere Holzfenster außen brauchen dringend einen neuen Anstrich, die Farbe blättert '
     'und das Holz wird schon grau. 12 Fenster, teils im 1. OG.',
     ('maler-lackierer',)),
    ('Hab die Decke im Bad gestrichen, jetzt blättert die Farbe in großen Fetzen ab. '
     'Vielleicht falsche Farbe auf Latex? Ich krieg das nicht hin, brauch jemanden der das'
     ' richtig macht.',
     ('maler-lackierer',)),
    ('Treppenhausgeländer aus Holz und die Stufen sind abgetreten und fleckig. Lackieren '
     'lassen oder abschleifen? Mehrfamilienhaus, die Eigentümer streiten schon seit '
     'Monaten drüber.',
     ('maler-lackierer', 'tischler')),
    ('Im Bad sind ein paar Fliesen hohl und eine ist gesprungen. Die Fugen sind auch grau '
     'und bröselig. Altes Bad von 1985. Kann man nur einzelne Fliesen tauschen, ersatz '
     'gibts ja nicht mehr?',
     ('fliesenleger',)),
    ('Wir wollen die Badewanne raus und eine bodengleiche Dusche rein, Oma kommt nicht '
     'mehr über den Wannenrand. Wer koordiniert das, Fliesenleger, Installateur?',
     ('installateur-heizungsbauer', 'fliesenleger')),
    ('Die Silikonfuge zwischen Wanne und Wand ist schwarz und löst sich ab, ich glaub da '
     'läuft Wasser dahinter. Wer macht das neu, lohnt sich kaum für nen Handwerker oder?',
     ('fliesenleger', 'hausmeisterservice')),
    ('Küchenrückwand: die alten braunen Fliesen sollen weg oder überfliest werden. Geht '
     'Fliese auf Fliese oder muss alles abgeschlagen werden?',
     ('fliesenleger',)),
    ('Auf der Terrasse lösen sich die Fliesen, die klingen hohl und zwei sind schon '
     'gebrochen. Frost vermutlich. Hab gelesen das muss man alles neu machen mit '
     'Drainagematte.',
     ('fliesenleger',)),
    ('Mir ist eine Flasche Olivenöl auf die Bodenfliese gefallen, jetzt ist ein Riss drin.'
     ' Nur eine Fliese. Fliesen hab ich noch welche im Keller vom Bau. Wer tauscht sowas '
     'einzeln aus?',
     ('fliesenleger',)),
    ('Unser Kaminofen qualmt beim Anheizen immer ins Wohnzimmer zurück, erst wenn er '
     'richtig brennt zieht er. Bezirksschornsteinfeger kommt erst im Herbst. Kann der '
     'früher kommen?',
     ('schornsteinfeger',)),
    ('Wir möchten im Wohnzimmer einen Kaminofen aufstellen, Schornstein ist vorhanden aber'
     ' wurde seit 20 Jahren nicht genutzt. Wer prüft zuerst ob der Schornstein geht?',
     ('schornsteinfeger',)),
    ('Der Kaminkehrer war da und hat bemängelt, dass unser alter Ofen die Grenzwerte nicht'
     ' mehr schafft und bis Ende des Jahres raus muss. Wer baut einen neuen ein und '
     'schließt ihn an?',
     ('ofen-luftheizungsbauer',)),
    ('Kachelofen bei der Oma, der Hafner der ihn gesetzt hat ist längst in Rente. Jetzt '
     'sind Risse in den Kacheln und es kommt Rauch raus. Gibts sowas noch, Ofenbauer?',
     ('ofen-luftheizungsbauer',)),
    ('Schornsteinkopf auf dem Dach ist bröckelig, es liegen Steinbrocken in der Dachrinne.'
     ' Der Schornsteinfeger hat gesagt wir sollen das richten lassen. Maurer oder '
     'Dachdecker?',
     ('maurer-betonbauer', 'dachdecker')),
    ('Bei uns riecht es im Treppenhaus manchmal nach Abgas, vor allem wenn die Gastherme '
     'vom Nachbarn läuft. Wer misst das nach? Wir haben Angst wegen CO.',
     ('schornsteinfeger', 'installateur-heizungsbauer')),
    ('Grundofen im Neubau geplant, also so ein gemauerter Speicherofen. Wer plant und baut'
     ' sowas, ist das Ofenbauer oder Maurer?',
     ('ofen-luftheizungsbauer',)),
    ('Unser Garten ist total verwildert seit Opa im Heim ist, Hecke 3 m hoch, Rasen '
     'kniehoch und Brombeeren überall. Haus soll verkauft werden. Wer räumt das ordentlich'
     ' auf?',
     ('garten',)),
    ('Eine große Fichte steht direkt am Haus und wir haben Angst, dass sie beim nächsten '
     'Sturm aufs Dach fällt. Die Gemeinde sagt wir dürfen fällen. Wer macht sowas mit '
     'Kletterausrüstung?',
     ('garten',)),
    ('Wir hätten gern die Einfahrt neu gepflastert, jetzt ist es Schotter und bei Regen '
     'matschig. Ca 60 qm, mit Randsteinen. Galabau oder Pflasterer?',
     ('strassenbauer', 'garten')),
    ('Die Terrassenplatten haben sich abgesenkt und es steht Wasser drauf, teils sind '
     'Stolperkanten. Neu verlegen mit Gefälle vom Haus weg, Reihenhaus-Terrasse ca 20 qm.',
     ('garten', 'strassenbauer')),
    ('Hecke schneiden, Laub wegmachen und Rasen vertikutieren, das schaffen wir nicht '
     'mehr. Rentnerehepaar, kleines Grundstück in der Siedlung. Gibt es jemanden der das '
     'regelmäßig macht?',
     ('garten', 'hausmeisterservice')),
    ('Bei uns im Rasen sind überall Maulwurfshügel und das Grundstück ist uneben. Wollen '
     'einen Rollrasen mit Bewässerung. Wer legt das an?',
     ('garten',)),
    ('Die Wurzeln von Nachbars Walnussbaum heben unser Pflaster an der Garagenzufahrt '
     'hoch. Nachbar stellt sich quer. Wer könnte wenigstens das Pflaster wieder richten?',
     ('strassenbauer', 'garten')),
    ('Gartenteich ist undicht, Folie hat ein Loch, Fische sitzen schon im Eimer. Wer baut '
     'sowas neu auf?',
     ('garten',)),
    ('Zaun zum Nachbarn ist umgekippt, Holzpfosten unten abgefault. Neuen '
     'Doppelstabmattenzaun setzen lassen, ca. 25 m. Wer macht das?',
     ('garten', 'metallbauer')),
    ('Unsere Hofeinfahrt ist asphaltiert und hat Schlaglöcher und Risse, im Winter friert '
     'es auf. Muss das komplett neu oder kann man das flicken?',
     ('asphaltierer', 'strassenbauer')),
    ('Neue Spülmaschine gekauft, der Händler liefert nur bis vor die Tür. Der Anschluss '
     'ist da, aber der Abwasserschlauch passt nicht an den Siphon. Wer schließt sowas an?',
     ('installateur-heizungsbauer', 'hausmeisterservice')),
    ('Wir haben einen neuen Induktionsherd, der braucht Starkstrom und die alte Dose ist '
     'nicht passend verdrahtet. Der Elektromarkt will 200 Euro für den Anschluss, geht das'
     ' günstiger?',
     ('elektrotechniker',)),
    ('Waschmaschine soll in den Keller, da gibts aber keinen Wasserhahn und keinen Abfluss'
     ' in der Nähe, nur die Heizung. Kann man das nachrüsten?',
     ('installateur-heizungsbauer',)),
    ('Dunstabzugshaube soll nach draußen abluften statt Umluft, Außenwand ist 36 cm Beton.'
     ' Da muss ein Kernloch gebohrt werden, 150 mm. Wer hat so einen Bohrer?',
     ('betonbohrer-schneider',)),
    ('Klimaanlage fürs Dachgeschoss, Split-Gerät. Im Sommer hat es oben 32 Grad. Die '
     'mobilen Dinger aus dem Baumarkt bringen nix. Wer installiert sowas, und braucht man '
     'die Zustimmung der Eigentümerversammlung?',
     ('kaelteanlagenbauer',)),
    ('Unsere Klimaanlage kühlt nicht mehr, pustet nur noch lauwarm. Ist 6 Jahre alt. Ich '
     'vermute das Kältemittel fehlt. Wer darf sowas nachfüllen?',
     ('kaelteanlagenbauer',)),
    ('Wir ziehen in 4 Wochen von Köln nach Leipzig, 3-Zimmer Wohnung, 4. Stock ohne '
     'Aufzug. Brauchen Umzugsfirma mit Möbelabbau. Wie früh muss man sowas anfragen?',
     ('umzug',)),
    ('Oma zieht ins Pflegeheim und die Wohnung muss leer geräumt werden, alles, auch '
     'Keller und Dachboden. Wir wohnen 500 km weit weg. Wer macht sowas komplett '
     'besenrein?',
     ('umzug', 'hausmeisterservice')),
    ('Ich brauche nur jemanden der mir ein Klavier vom 2. OG ins Erdgeschoss trägt, im '
     'gleichen Haus. Die normalen Umzugsfirmen sagen Klavier nur mit Spezialisten.',
     ('umzug',)),
    ('Kleiner Umzug, nur ein paar Möbel und 20 Kisten, innerhalb von Hamburg. Selbst nen '
     'Transporter mieten und Freunde fragen oder lohnt sich ein kleiner Umzugsservice?',
     ('umzug',)),
    ('Nach der Renovierung ist überall Baustaub, auf jedem Schrank, in den Fensterrahmen, '
     'Boden voll Farbspritzer. Wir ziehen Freitag ein. Wer macht eine Grundreinigung?',
     ('reinigung', 'gebaeudereiniger')),
    ('Ich suche jemand der alle zwei Wochen bei mir putzt, 2-Zimmer-Wohnung, Bad, Küche, '
     'Staubsaugen. Am liebsten angemeldet, keine Schwarzarbeit.',
     ('reinigung',)),
    ('Die Fenster im Wintergarten sind so dreckig, außen kommt man nicht ran, Glasdach '
     'auch. Gibt es Fensterputzer die so was auch bei Privatleuten machen?',
     ('gebaeudereiniger', 'reinigung')),
    ('Der Teppich im Wohnzimmer hat Rotweinflecken und riecht nach Hund. Waschsauger '
     'geliehen, hat nicht viel gebracht. Lohnt sich eine professionelle Reinigung bei '
     'einem Orientteppich?',
     ('teppichreiniger',)),
    ('Das Treppenhaus in unserem 6-Parteien-Haus wird nicht mehr geputzt, seit die alte '
     'Mieterin ausgezogen ist, die das gemacht hat. Wer macht sowas regelmäßig?',
     ('gebaeudereiniger', 'hausmeisterservice')),
    ('Messie-Wohnung vom verstorbenen Onkel, es stinkt und ist total vermüllt. Erst '
     'entrümpeln, dann reinigen. Gibt es Firmen die beides machen?',
     ('reinigung', 'gebaeudereiniger', 'umzug')),
    ('Also letzte Woche war der Schornsteinfeger zum Messen da und hat nebenbei gesagt, '
     'dass unser Heizkessel ziemlich verrußt ist und die Abgaswerte grenzwertig. Er selbst'
     ' darf da nix machen sagt er. Wen brauch ich jetzt für die Wartung?',
     ('installateur-heizungsbauer',)),
    ('Wir haben das Bad vor zwei Jahren vom Fliesenleger machen lassen und jetzt kommt '
     'unten an der Duschtasse Wasser raus, die Silikonfuge ist aber ok. Ich glaube es ist '
     'der Ablauf selbst, nicht die Fliesen.',
     ('installateur-heizungsbauer',)),
    ('Maler war da zum Streichen und hat gesagt unsere Steckdosenabdeckungen sind locker '
     'und eine Dose steckt gar nicht mehr richtig in der Wand, die hängt nur an den '
     'Kabeln. Er wollte sie nicht anfassen.',
     ('elektrotechniker',)),
    ('Grüß Gott, bei uns tropft der Wasserhahn in der Kuchl seit Wochen, mei, is nur a '
     'bissl, aber die Wasserrechnung. Der Spengler vom Dorf hat zu. Wer macht so kleine '
     'Sachen noch?',
     ('installateur-heizungsbauer', 'hausmeisterservice')),
    ('Servus, im Bad san die Plättli a teilweis locker und de Fugn grau. Mia wolln eh '
     'renoviern. Wer macht des gscheit, a Plattenleger?',
     ('fliesenleger',)),
    ('hallo bin neu in der wohnung und da is ne Deckenlampe die hängt nur an den drähten '
     'von der decke, voll gefährlich. vormieter hat die einfach so gelassen. wen muss ich '
     'anrufen, vermieter meldet sich net',
     ('elektrotechniker',)),
    ("Hi, I just moved into a flat in Munich and the heating in the bedroom doesn't work, "
     'radiator stays cold. My landlord only speaks German. Who do I call, a Heizungsbauer?',
     ('installateur-heizungsbauer',)),
    ('Our Altbau apartment has a broken window in the kitchen, one pane cracked after a '
     'storm. Hausverwaltung says tenant should organise it. Need a Glaser who speaks '
     'English if possible.',
     ('glaser',)),
    ('Meine Nachbarin hat mir ihren Installateur empfohlen, der war auch da wegen der '
     'Heizung, aber der hat gesagt das Problem mit den nassen Stellen an der Außenwand '
     'liegt nicht an den Rohren, sondern der Putz außen hat Risse und da zieht Regen rein.',
     ('stuckateur', 'maler-lackierer')),
    ('Vor drei Jahren haben wir das Dach neu machen lassen. Jetzt im Winter hängen '
     'Eiszapfen an der Rinne und Wasser läuft hinter die Rinne an der Fassade runter. Der '
     'Dachdecker sagt das sei das Rinneneisen, das ist nicht seins, das war der Flaschner.',
     ('klempner',)),
    ('Heizung im Bad wird nicht warm, Rest schon. Ich glaube es ist das Ventil, weil wenn '
     'ich mit dem Hammer vorsichtig dran klopfe geht es manchmal. Will aber nix kaputt '
     'machen, Mietwohnung.',
     ('installateur-heizungsbauer',)),
    ('Wir haben ein altes Haus im Schwarzwald geerbt, da ist ein riesiger Öltank im '
     'Keller, 10.000 Liter, seit Jahren leer. Der muss raus oder stillgelegt werden. Wer '
     'macht sowas?',
     ('tankschutz',)),
    ('Unser Heizöltank muss laut Schreiben vom Landratsamt geprüft werden, Innenhülle und '
     'Leckanzeige. Der Öllieferant meinte, dafür gibt es spezielle Tankschutzfirmen.',
     ('tankschutz',)),
    ('Wasser im Keller kommt bei uns nicht vom Rohr, sondern von unten durch den Boden, '
     'immer im Frühjahr wenn der Grundwasserspiegel steigt. Wer dichtet sowas ab?',
     ('holz-bautenschutz', 'maurer-betonbauer')),
    ('Wir wollen zwischen Küche und Wohnzimmer die Wand rausnehmen, aber ich glaube die '
     'ist tragend. Statiker wäre klar, aber wer bricht das dann raus und setzt nen Träger?',
     ('maurer-betonbauer',)),
    ('Kellerfenster ist total verrottet und wir wollen ein größeres Fenster, also die '
     'Öffnung vergrößern. Betonwand. Wer schneidet das raus?',
     ('betonbohrer-schneider', 'maurer-betonbauer')),
    ('Für den Trockner im Keller brauch ich ein Loch nach draußen für den Abluftschlauch, '
     'ca 10 cm, die Wand ist aber 40 cm Stahlbeton und meine Schlagbohrmaschine kommt da '
     'nicht durch.',
     ('betonbohrer-schneider',)),
    ('Die Gartenmauer aus Naturstein ist teilweise eingestürzt nach dem Regen, Steine '
     'liegen im Beet. Ist eine alte Trockenmauer, vielleicht 80 cm hoch. Wer baut sowas '
     'wieder auf?',
     ('garten', 'maurer-betonbauer', 'steinmetz')),
    ('Die Klinkerfassade von unserem Haus in Ostfriesland hat ausgewaschene Fugen, teils '
     'fehlen die ganz. Regen zieht rein. Neu verfugen lassen, wer macht sowas?',
     ('fuger', 'maurer-betonbauer')),
    ('Die Garage ist an einer Ecke abgesackt und die Wand hat einen diagonalen Riss bis '
     'oben, da passt ein Finger rein. Fertiggarage aus Beton? Nein, gemauert.',
     ('maurer-betonbauer',)),
    ('Unsere Treppe vor dem Haus, also die Eingangsstufen aus Beton, sind abgeplatzt und '
     'bröckeln. Man sieht schon Eisen rausgucken. Wer repariert das?',
     ('maurer-betonbauer',)),
    ('Die Marmorfensterbank im Wohnzimmer hat einen Sprung und eine Ecke ist abgeplatzt, '
     'weil beim Umzug was draufgefallen ist. Kann man das kleben oder braucht man eine '
     'neue?',
     ('steinmetz',)),
    ('Wir möchten eine neue Küchenarbeitsplatte aus Granit, die alte ist Pressspan und '
     'aufgequollen an der Spüle. Küchenstudio will ne ganze neue Küche verkaufen. Wer '
     'macht nur die Platte?',
     ('steinmetz',)),
    ('Die Sandsteintreppe im Hauseingang vom Jugendstilhaus ist stark ausgetreten und an '
     'den Kanten weggebröselt. Denkmalamt will dass es restauriert und nicht ersetzt wird.',
     ('steinmetz',)),
    ('Wir möchten den alten Terrazzoboden im Flur unseres Altbaus erhalten, der hat aber '
     'Risse und ist stumpf. Kann man sowas schleifen und ausbessern?',
     ('betonstein-terrazzohersteller',)),
    ('Unser Brunnen im Garten fördert nur noch Sand und Schlamm. Der wurde von meinem '
     'Vater in den 70ern gebohrt, ca 12 m tief. Neu bohren oder spülen?',
     ('brunnenbauer',)),
    ('Wir möchten einen Gartenbrunnen bohren lassen zum Rasensprengen, Grundwasser liegt '
     'hier in Brandenburg bei 5-6 m. Wer macht sowas und muss man das anmelden?',
     ('brunnenbauer',)),
    ('Rollladen im Wohnzimmer klemmt auf halber Höhe, der Gurt ist ausgefranst und ich hab'
     ' Angst das er reißt. Bin Mieterin. Wer repariert Rollläden?',
     ('rollladen-sonnenschutztechniker',)),
    ('Unsere elektrischen Rollos gehen nicht mehr runter, der Motor brummt nur. Alle '
     'anderen gehen. Elektriker oder Rollladenbauer?',
     ('rollladen-sonnenschutztechniker', 'elektrotechniker')),
    ('Markise über der Terrasse fährt nicht mehr ein, das Tuch hängt durch und hat '
     'Stockflecken. Vielleicht neues Tuch und Motor checken. Wer macht Markisen?',
     ('rollladen-sonnenschutztechniker',)),
    ('Wir brauchen Insektenschutz und außenliegenden Sonnenschutz für die Dachfenster, im '
     'Sommer wird es oben unerträglich. Wer misst sowas auf und montiert es?',
     ('rollladen-sonnenschutztechniker',)),
    ('Der alte Küchenschrank von meiner Urgroßmutter, Weichholz, hat eine kaputte Tür und '
     'die Schubladen klemmen. Möchte ihn restaurieren lassen, nicht wegwerfen.',
     ('tischler',)),
    ('Wir bräuchten einen Einbauschrank unter die Dachschräge, Maßanfertigung, weil es da '
     'nix Passendes zu kaufen gibt. Schreiner aus der Region gesucht.',
     ('tischler',)),
    ('Die Holztreppe im Haus knarrt und eine Stufe ist gebrochen, man tritt da schon ganz '
     'vorsichtig. Altbau, Wangentreppe aus Kiefer. Wer macht so was?',
     ('tischler', 'zimmerer')),
    ('Der Bezug vom Sofa ist am Rand aufgerissen und die Polsterung ist durchgesessen. Ist'
     ' ein schönes altes Sofa aus den 60ern. Neu beziehen lassen, wer macht sowas noch?',
     ('raumausstatter',)),
    ('Wir suchen jemanden, der uns Vorhänge nach Maß näht und gleich die Gardinenstangen '
     'montiert, große Altbaufenster 3,20 m hoch.',
     ('raumausstatter', 'dekorationsnaeher')),
    ('Die Standuhr vom Großvater ist stehen geblieben und schlägt nicht mehr. Pendel '
     'schwingt, aber nach ein paar Minuten ist Schluss. Gibt es noch Uhrmacher die ins '
     'Haus kommen?',
     ('uhrmacher',)),
    ('Unser Klavier ist seit dem Umzug völlig verstimmt, und eine Taste bleibt hängen. Die'
     ' Kinder sollen wieder Unterricht nehmen. Wer kommt zum Stimmen?',
     ('klavierstimmer', 'klavier-cembalobauer')),
    ('Auf dem Dachboden von Opa eine alte Geige gefunden, der Steg ist umgefallen und ein '
     'Riss in der Decke. Lohnt sich die Reparatur? Hab keine Ahnung von Geigen.',
     ('geigenbauer',)),
    ('Mein Fahrrad hat einen Platten und die Gangschaltung springt. Ich bin gehbehindert '
     'und kann es nicht zum Laden bringen. Gibt es mobile Fahrradwerkstätten?',
     ('zweiradmechaniker',)),
    ('Die Glasplatte vom Couchtisch ist gesprungen, als der Kater drauf gesprungen ist. '
     '120x60, 8 mm. Wer schneidet sowas nach Maß?',
     ('glaser',)),
    ('Im Bad möchte ich einen großen Spiegel über die ganze Wand, nach Maß mit '
     'Ausschnitten für die Steckdosen. Glaser oder Badausstatter?',
     ('glaser',)),
    ('Duschabtrennung aus Glas ist beim Putzen einfach zersprungen, überall Krümel. Wie '
     'kann das passieren? Wer baut eine neue ein?',
     ('glaser',)),
    ('Für unseren Laden im Erdgeschoss, wir wohnen auch drüber, brauchen wir ein neues '
     'Schild über der Tür, beleuchtet. Das alte ist vergilbt und die Röhre flackert.',
     ('schilder-lichtreklamehersteller',)),
    ('Das Hausnummernschild und das Klingelschild aus Messing sind ganz verwittert, ich '
     'hätte gern gravierte neue, passend zum Altbau.',
     ('graveur', 'schilder-lichtreklamehersteller')),
    ('Die Tischdecke von meiner Mutter, handbestickt, hat ein Brandloch von einer Kerze. '
     'Gibt es jemanden der das unsichtbar stopfen kann?',
     ('kunststopfer',)),
    ('Motten haben ein Loch in meinen guten Wollmantel gefressen, direkt vorne. '
     'Kunststopfen, gibt es das überhaupt noch?',
     ('kunststopfer',)),
    ('Die Gardinen im Wohnzimmer sind zu lang, die schleifen am Boden. Kürzen lassen, ca '
     '15 cm, 4 Schals. Macht das eine Änderungsschneiderei?',
     ('aenderungsschneider', 'raumausstatter', 'dekorationsnaeher')),
    ('Lampenschirm der alten Stehlampe ist vergilbt und eingerissen, ist eine besondere '
     'Form, sechseckig. Kann man so einen nachbauen lassen?',
     ('lampenschirmhersteller',)),
    ('Der große Korbsessel im Wintergarten hat sich aufgelöst, das Geflecht ist an '
     'mehreren Stellen gebrochen. Rattan. Lohnt sich das zu reparieren?',
     ('korb-flechtwerkgestalter',)),
    ('Heizung aus, Display dunkel, Sicherung ist drin. Was nun?',
     ('installateur-heizungsbauer',)),
    ('Toilette läuft über wenn man spült. Dringend!',
     ('rohr-kanalreiniger', 'installateur-heizungsbauer')),
    ('Halbe Wohnung ohne Strom, andere Hälfte geht. Sicherungen sehen ok aus.',
     ('elektrotechniker',)),
    ('Dach undicht, Wasserfleck an der Decke im Kinderzimmer wird größer.',
     ('dachdecker',)),
    ('Haustürschloss klemmt, Schlüssel lässt sich kaum noch drehen. Graphit hab ich schon '
     'probiert.',
     ('metallbauer',)),
    ('Wer kann mir eine Wand tapezieren? Nur ein Zimmer, ca. 14 qm, Mustertapete.',
     ('maler-lackierer',)),
    ('Waschbecken im Gäste-WC ist von der Wand abgerissen, hängt nur noch am Rohr. Ich hab'
     ' mich dran abgestützt weil mir schwindlig war, jetzt ist es lose und es tropft aus '
     'der Wand. Wasser abgedreht.',
     ('installateur-heizungsbauer',)),
    ('Ich wohne seit 15 Jahren in einer Genossenschaftswohnung in Rostock und jetzt, wo '
     'ich älter werde, komme ich kaum noch in die Badewanne. Die Genossenschaft sagt ich '
     'darf umbauen, muss aber selbst zahlen und einen Betrieb suchen. Es soll eine Dusche '
     'werden, ebenerdig, mit Haltegriff. Ich weiß gar nicht wo anfangen, wer macht sowas '
     'komplett aus einer Hand?',
     ('installateur-heizungsbauer', 'fliesenleger')),
    ('Die Situation ist so: wir haben im Herbst ein Reihenmittelhaus von 1972 gekauft, der'
     ' Vorbesitzer hat viel selbst gemacht. Jetzt stellen wir fest, dass im Keller an '
     'mehreren Stellen Steckdosen ohne Schutzleiter sind und im Sicherungskasten kein FI '
     'vorhanden ist. Außerdem hat er Verlängerungskabel in die Wand gelegt (!). Wir wollen'
     ' das einmal komplett prüfen und in Ordnung bringen lassen, bevor was passiert.',
     ('elektrotechniker',)),
    ('Nach einem Starkregen stand bei uns das Wasser 20 cm hoch im Souterrain, Teppich, '
     'Möbel, alles nass. Feuerwehr hat abgepumpt. Die Wände sind jetzt bis 50 cm hoch '
     'durchfeuchtet und der Estrich darunter auch. Die Hausratversicherung fragt nach '
     'einem Angebot für die technische Trocknung. An wen wende ich mich?',
     ('bautrocknung',)),
    ('Bei uns im Dorf gibts keinen Installateur mehr, der nächste is 40 km weg und hat '
     'keine Zeit. Unser Warmwasserspeicher macht seit Tagen nur noch lauwarm Wasser, '
     'Elektroboiler 80 l. Kann man da einfach den Heizstab tauschen?',
     ('installateur-heizungsbauer', 'elektrotechniker')),
    ('Unsre Küchenarmatur wackelt und unten im Unterschrank ists feucht. Habs '
     'festgeschraubt, wackelt wieder. Will eh ne neue mit Brause. Mietwohnung, darf ich '
     'das tauschen lassen?',
     ('installateur-heizungsbauer',)),
    ('Wasserflecken an der Wohnzimmerdecke, genau unter dem Bad von oben, aber die Wohnung'
     ' oben steht leer und ist abgeschlossen. Hausverwaltung erreicht man nie. Was kann '
     'ich tun?',
     ('installateur-heizungsbauer',)),
    ('Es riecht im Badezimmer permanent nach Abwasser, obwohl alles sauber ist. Vor allem '
     'aus dem Bodenablauf. Ich glaub der Siphon ist ausgetrocknet, aber Wasser reinkippen '
     'hilft nur einen Tag.',
     ('installateur-heizungsbauer', 'rohr-kanalreiniger')),
    ('Hauptleitung zum Kanal ist verstopft, im Keller kommt alles aus der Bodenablauf '
     'hoch, auch Klopapier. Eklig. Wochenende natürlich.',
     ('rohr-kanalreiniger',)),
    ('Dusche läuft nicht ab seit der Nachbar über uns seine Badewanne abgelassen hat – bei'
     ' uns kam es sogar in der Wanne hoch. Fallrohr verstopft?',
     ('rohr-kanalreiniger',)),
    ('Seit wir eine neue LED-Lampe im Wohnzimmer haben, flackert die beim Dimmen. Muss der'
     ' Dimmer getauscht werden? Ich trau mich da nicht ran.',
     ('elektrotechniker',)),
    ('Wir brauchen eine Außensteckdose auf dem Balkon für die Lichterkette und nen Grill. '
     'Balkon gehört zur Eigentumswohnung, Leitung müsste durch die Wand.',
     ('elektrotechniker',)),
    ('Rauchmelder piept alle 40 Sekunden, obwohl ich die Batterie getauscht habe. Hängt an'
     ' der Decke im Flur, 3,50 m hoch Altbau, ich komm nicht ran. Wer macht sowas, '
     'Hausmeister?',
     ('hausmeisterservice', 'elektrotechniker')),
    ('Die Gegensprechanlage knistert nur noch, man versteht den Besucher nicht und der '
     'Türöffner summt nicht mehr. 12 Parteien, Anlage von 1990.',
     ('elektrotechniker', 'informationstechniker')),
    ('Ich möchte eine Photovoltaik-Balkonanlage anbringen, 800 W. Die Steckdose auf dem '
     'Balkon ist alt. Braucht man da einen Elektriker für eine Wieland-Dose oder reicht '
     'Schuko?',
     ('elektrotechniker',)),
    ('Kein Fernsehempfang mehr seit die Satellitenschüssel beim Sturm verdreht wurde. '
     'Sitzt auf dem Dach, ich kann da nicht hoch.',
     ('informationstechniker', 'elektrotechniker')),
    ('WLAN erreicht das Obergeschoss und den Garten nicht, wir haben schon Repeater '
     'probiert. Jemand sagt man bräuchte Access Points mit Kabel. Wer plant und '
     'installiert sowas in einem Einfamilienhaus?',
     ('informationstechniker',)),
    ('Dachboden ist ungedämmt und im Winter ist es in den Zimmern drunter eiskalt. Wir '
     'wollen die oberste Geschossdecke dämmen lassen, begehbar soll es bleiben. Gibt es '
     'dafür Förderung und wer macht das?',
     ('isolierer', 'zimmerer')),
    ('Die Heizungsrohre im unbeheizten Keller sind nicht isoliert, der Energieberater hat '
     'das bemängelt. Vorschrift sagt man muss das nachrüsten. Kleiner Auftrag, wer nimmt '
     'den an?',
     ('isolierer', 'installateur-heizungsbauer')),
    ('Unsere Nachbarn hört man durch die Wand, jedes Wort, jedes Husten. Doppelhaushälfte,'
     ' Neubau von 2019. Kann man nachträglich Schallschutz an der Trennwand machen?',
     ('isolierer', 'stuckateur')),
    ('Wir wollen die Fassade dämmen lassen, WDVS, Haus von 1965. Der Maler hat gesagt er '
     'macht das auch. Ist das sinnvoll oder eher Stuckateur?',
     ('stuckateur', 'maler-lackierer', 'isolierer')),
    ('Carport aus Holz, ein Pfosten ist unten verfault und das Dach hängt schon auf der '
     'Seite. Ersetzen lassen bevor der Schnee kommt.',
     ('zimmerer',)),
    ('Wir würden gern eine überdachte Terrasse aus Holz bauen lassen, 4x3 m, am Haus '
     'angeschlossen, mit Glasdach. Zimmerer oder so ne Terrassendach-Firma?',
     ('zimmerer', 'metallbauer', 'glaser')),
    ('Der Holzbalkon am Bauernhaus ist morsch, einige Bretter haben Löcher und das '
     'Geländer wackelt. Seit Jahren nicht gestrichen. Abreißen und neu?',
     ('zimmerer',)),
    ('Für die Fassadenarbeiten brauchen wir nur ein Gerüst, die Arbeiten machen wir mit '
     'Familie selbst. Haus zweistöckig, drei Seiten. Wer vermietet und stellt Gerüste auf?',
     ('geruestbauer',)),
    ('Der Maler will nicht ohne Gerüst an die Giebelseite, 9 m hoch. Wir sollen das Gerüst'
     ' selbst organisieren. Wer macht das hier in der Gegend Kassel?',
     ('geruestbauer',)),
    ('Die Haustür geht von außen nicht mehr auf, innen mit der Klinke schon. '
     'Mehrfachverriegelung, ich glaub ein Bolzen hängt. Schlüsseldienst oder Tischler?',
     ('metallbauer', 'tischler')),
    ('Der Garagentorantrieb brummt, aber das Tor bewegt sich nicht. Sektionaltor, 10 '
     'Jahre. Die Feder sieht gebrochen aus, die ist oben im Kasten. Nicht selbst anfassen '
     'hab ich gelesen.',
     ('metallbauer', 'einbau-baufertigteile')),
    ('Kellertür aus Stahl rostet unten durch und schließt nicht mehr richtig. Neue Tür '
     'rein, Standardmaß? Der Hausmeister meinte das ist kein Job für ihn.',
     ('metallbauer', 'einbau-baufertigteile')),
    ('Die Dichtungen an allen Fenstern sind porös und es zieht. Ich hab gelesen man kann '
     'nur die Dichtungen tauschen lassen, das wäre viel billiger als neue Fenster.',
     ('tischler', 'einbau-baufertigteile')),
    ('Unser Dachfenster lässt sich nicht mehr schließen, der Griff ist abgebrochen und es '
     'regnet rein. Velux, ca. 2005. Dachdecker oder Fensterbauer?',
     ('dachdecker', 'einbau-baufertigteile')),
    ('Im Keller riecht es modrig und in den Ecken bildet sich weißer Flaum auf den Wänden,'
     ' die alten Kartons sind schimmelig. Lüften im Sommer macht es angeblich schlimmer. '
     'Hilfe, was jetzt?',
     ('holz-bautenschutz', 'bautrocknung')),
    ('Nach Jahren ohne Lüftungsanlage haben wir jetzt im Neubau ständig beschlagene '
     'Fenster und erste Stockflecken hinterm Sofa. Kann man eine dezentrale Lüftung '
     'nachrüsten?',
     ('installateur-heizungsbauer', 'elektrotechniker')),
    ('Unter der Tapete im Schlafzimmer ist beim Abziehen schwarzer Schimmel aufgetaucht, '
     'großflächig, ca. 2 qm. Nicht selbst wegmachen hab ich gelesen. Wer saniert sowas '
     'fachgerecht?',
     ('holz-bautenschutz',)),
    ('Die Holzverkleidung an der Giebelseite ist grau, an manchen Stellen morsch und es '
     'sind kleine Bohrlöcher drin. Holzwurm? Oder einfach verwittert? Wer kann das '
     'beurteilen und behandeln?',
     ('holz-bautenschutz', 'zimmerer')),
    ('Hab nen Riss in der Betondecke der Tiefgarage bei uns in der Wohnanlage, da tropft '
     'es durch auf die Autos, weiße Tropfsteine bilden sich. Die Hausverwaltung weiß '
     'Bescheid, passiert aber nix.',
     ('maurer-betonbauer', 'holz-bautenschutz')),
    ('Wir möchten eine Trennwand aus Trockenbau in das große Kinderzimmer ziehen, damit '
     'jedes Kind ein eigenes Zimmer hat. Mit Tür. Wer macht Trockenbau?',
     ('stuckateur',)),
    ('Abgehängte Decke im Flur, Gipskarton, hat einen Wasserschaden-Fleck und hängt etwas '
     'durch. Die Ursache oben ist behoben. Nur die Decke muss neu.',
     ('stuckateur', 'maler-lackierer')),
    ('Die Lackierung der Heizkörper ist vergilbt und blättert, ich will sie weiß lackieren'
     ' lassen. Muss man die dafür abbauen?',
     ('maler-lackierer',)),
    ('Die Holzhaustür ist außen verwittert und die Lasur ist weg. Ein Freund meint, '
     'abschleifen und neu lasieren reicht. Zeit hab ich keine.',
     ('maler-lackierer', 'tischler')),
    ('Im Hausflur vom Mehrfamilienhaus ist die Wand voll Kritzeleien und Schuhabdrücken. '
     'Die Eigentümer haben beschlossen neu streichen zu lassen, ich soll 3 Angebote holen.',
     ('maler-lackierer',)),
    ('Kein Schimmel, sondern Nikotin: Wir haben eine Wohnung gekauft, der Vorbesitzer war '
     'Kettenraucher, alles ist gelb, auch die Decken und Türen. Riecht auch. Was kann ein '
     'Maler da überhaupt machen?',
     ('maler-lackierer',)),
    ('Zwei Fliesen in der Dusche sind gesprungen und man sieht dahinter, dass die Wand '
     'nass ist. Mist. Ich vermute das Wasser läuft schon länger hinter die Fliesen. Was '
     'zuerst?',
     ('fliesenleger', 'installateur-heizungsbauer')),
    ('Im Partykeller haben wir eine alte Zapfanlage übernommen, das Bier schmeckt komisch '
     'und schäumt nur. Die Leitungen wurden wohl ewig nicht gereinigt. Wer macht sowas für'
     ' Privatleute?',
     ('getraenkeleitungsreiniger',)),
    ('Unsere Gitarre (Westerngitarre, Erbstück) hat einen Riss im Korpus und der Steg hebt'
     ' sich ab. Sohn will darauf lernen. Wo kann man sowas reparieren lassen?',
     ('zupfinstrumentenmacher',)),
    ('Beim Aufräumen das alte Akkordeon vom Vater gefunden, manche Töne kommen gar nicht '
     'mehr und der Balg hat Löcher. Lohnt sich das?',
     ('handzuginstrumentenmacher',)),
    ('Die Trompete meiner Tochter ist runtergefallen, jetzt hat sie eine Delle und ein '
     'Ventil hakt. Musikschule sagt ab zum Fachmann.',
     ('metallblasinstrumentenmacher',)),
    ('Klarinette vom Sohn, die Polster klappen nicht mehr richtig zu, es quietscht. Wer '
     'repariert Holzblasinstrumente in der Nähe von Freiburg?',
     ('holzblasinstrumentenmacher',)),
    ('Das Fell an der Snare ist gerissen und der Kessel hat Risse, altes Schlagzeug aus '
     'dem Keller. Kann man sowas restaurieren?',
     ('schlagzeugmacher',)),
    ('Der Goldrahmen von einem Familienbild ist an den Ecken abgeplatzt, man sieht das '
     'Holz und den Gips. Wer kann das wieder vergolden?',
     ('vergolder',)),
    ('Das Silberbesteck von der Oma ist angelaufen und ein paar Gabeln sind verbogen. '
     'Polieren und richten lassen, wer macht sowas, Goldschmied?',
     ('gold-silberschmied',)),
    ('Die Absätze meiner Lieblingsstiefel sind schief abgelaufen und die Sohle löst sich '
     'vorne. Wo gibts noch nen Schuster?',
     ('schuhreparatur', 'schuhmacher')),
    ('Der Ledersessel hat einen Riss in der Armlehne, da hat die Katze gekratzt. Echtes '
     'Leder. Polsterer oder Sattler?',
     ('raumausstatter', 'sattler-feintaeschner')),
    ('Alle Küchenmesser sind stumpf, auch die guten japanischen. Ich trau mich nicht mit '
     'dem Schleifstein. Gibt es einen Schleifservice?',
     ('schneidwerkzeugmechaniker',)),
    ('Unser Aufsitzmäher springt nicht mehr an, Batterie ist neu. Werkstatt für '
     'Gartengeräte gesucht die auch abholt.',
     ('land-baumaschinenmechatroniker',)),
    ('Wir suchen jemanden, der uns ein Sonnensegel für den Innenhof nach Maß fertigt, '
     'dreieckig, ca. 5 m Seitenlänge, mit Ösen.',
     ('segelmacher', 'rollladen-sonnenschutztechniker')),
    ('Der Pelzmantel meiner Mutter ist an der Naht aufgegangen und hat kahle Stellen. Gibt'
     ' es noch Kürschner, die sowas umarbeiten?',
     ('kuerschner',)),
    ('Die Bleiglasfenster im Treppenhaus unseres alten Hauses haben gebrochene Scheibchen '
     'und die Bleiruten sind verbogen. Wer restauriert so was?',
     ('glaser', 'glasveredler')),
    ('Die geschnitzte Holzfigur vom Hausaltar im Herrgottswinkel hat eine abgebrochene '
     'Hand. Ist ein Erbstück aus dem Allgäu. Wer schnitzt so was nach?',
     ('holzbildhauer',)),
    ('Am alten Stuhl vom Urgroßvater ist ein gedrechseltes Stuhlbein gebrochen, die '
     'anderen sind noch ok. Kann man ein gleiches Bein nachdrechseln lassen?',
     ('drechsler', 'tischler')),
    ('Das Harmonium aus der Dorfkapelle steht jetzt bei uns im Wohnzimmer und manche Töne '
     'pfeifen oder fehlen. Gibt es noch jemanden der Harmoniums repariert?',
     ('orgel-harmoniumbauer',)),
    ('Die verchromten Wasserhähne und der Duschkopf aus den 30er Jahren sollen bleiben, '
     'aber das Chrom ist abgeplatzt. Neu verchromen lassen?',
     ('galvaniseur',)),
    ('Die Messing-Türklinken vom Altbau sind ganz dunkel und fleckig, ich hätte gern, dass'
     ' sie wieder glänzen. Gibt es dafür Fachleute zum Polieren?',
     ('metallschleifer-polierer',)),
    ('Die Kuckucksuhr kuckuckt nicht mehr, die Uhr geht aber. Ist ein Andenken aus dem '
     'Schwarzwald-Urlaub meiner Eltern.',
     ('uhrmacher',)),
    ('Die alte Tagesdecke aus Omas Aussteuer ist an mehreren Stellen eingerissen, '
     'handgewebt. Ich hätte gern, dass jemand das fachgerecht ausbessert.',
     ('textilgestalter', 'kunststopfer')),
    ('Ich möchte unsere Wohnzimmervorhänge reinigen lassen, schwere Samtvorhänge, passen '
     'nicht in die Waschmaschine. Abnehmen und wieder aufhängen wäre toll.',
     ('textilreiniger', 'raumausstatter')),
    ('Unser Ledersofa und die Couchkissen riechen nach Rauch, Vormieter hat geraucht. '
     'Polster reinigen lassen, wer kommt ins Haus?',
     ('teppichreiniger', 'reinigung')),
    ('Die Pumpe vom Hausbrunnen ist hinüber, Motor brummt und läuft nicht an. Ist eine '
     'alte Tauchpumpe. Wer tauscht sowas?',
     ('brunnenbauer', 'installateur-heizungsbauer')),
    ('Der Elektromotor von der alten Werkbank-Bandsäge in der Garage qualmt. Neu wickeln '
     'lassen oder wegwerfen? Hab gehört es gibt noch Elektromaschinenbauer.',
     ('elektromaschinenbauer',)),
    ('Bei uns wird das Gästezimmer zum Arbeitszimmer, wir brauchen ein paar Regale an die '
     'Wand, eine Lampe aufhängen, Gardinenstange dran. Für jemanden mit Werkzeug ein '
     'halber Tag. Wer macht sowas?',
     ('hausmeisterservice',)),
    ('Ich brauche jemanden, der mir die Ikea-Küche aufbaut und die Hängeschränke an die '
     'Wand bringt, Wasser und Strom sind schon da. Wer macht Möbelmontage?',
     ('hausmeisterservice', 'tischler', 'einbau-baufertigteile')),
    ('Bin 82 und allein im Haus. Laub auf dem Gehweg, Glühbirne im Flur kaputt, Dachrinnen'
     ' mal sauber machen. Nix großes aber ich kann nicht mehr auf die Leiter. Gibt es '
     'Leute die das alles zusammen machen?',
     ('hausmeisterservice',)),
    ('Die Dachrinnen müssen dringend gereinigt werden, es wachsen schon kleine Birken '
     'drin. Haus ist zweistöckig. Reinigung reicht erstmal, die Rinnen selbst sind ok.',
     ('dachdecker', 'klempner', 'hausmeisterservice')),
    ('Bei jedem Regen plätschert es an einer Stelle aus der Rinne, da ist wohl eine Naht '
     'undicht. Titanzink, an einem Altbau in Stuttgart. Flaschner gesucht.',
     ('klempner',)),
    ('Unsere Attika auf dem Flachdach hat eine Blechabdeckung, die sich bei Wind hebt und '
     'scheppert. Die Schrauben sind rausgerostet.',
     ('klempner', 'dachdecker')),
    ('Wir wollen die Gauben-Verkleidung in Zink machen lassen statt Schiefer, weil es '
     'nicht mehr dicht ist. Wer macht Gaubenverkleidungen?',
     ('klempner', 'dachdecker')),
    ('Beim Gewitter hat der Blitz in die Antenne eingeschlagen, seither geht das halbe '
     'Haus nicht mehr, auch die Heizung nicht. Sicherungen sind drin. Versicherung schon '
     'informiert.',
     ('elektrotechniker',)),
    ('Im Neubau fehlt bei uns der Blitzschutz und der Versicherungsmakler rät dazu. Wer '
     'montiert eine Blitzschutzanlage bei einem Einfamilienhaus?',
     ('elektrotechniker',)),
    ('Die Steckdose in der Küche hat Wackelkontakt, Toaster geht an und aus. Hab schon '
     'Verlängerung probiert, liegt an der Dose. Mietwohnung Neubau, 2 Jahre alt, '
     'Gewährleistung?',
     ('elektrotechniker',)),
    ('Sicherungskasten brummt laut und wird warm, besonders wenn die Waschmaschine läuft. '
     'Ist das ein Brandrisiko? Eigentumswohnung, Baujahr 1968.',
     ('elektrotechniker',)),
    ('Heizkosten explodieren und die Wärmepumpe läuft den ganzen Tag, auch wenn es draußen'
     ' 10 Grad hat. Installiert letztes Jahr. Ich vermute falsche Einstellung, der '
     'Installateur hat keine Zeit.',
     ('installateur-heizungsbauer',)),
    ('Gasgeruch in der Küche, ganz leicht, vor allem am Herd. Gas ist abgedreht und '
     'Fenster auf. Wer kommt jetzt, Stadtwerke oder Installateur?',
     ('installateur-heizungsbauer',)),
    ('Der Gasherd zündet nur noch auf zwei Flammen, bei den anderen klickt es nur. Ist das'
     ' Sache vom Gasinstallateur?',
     ('installateur-heizungsbauer',)),
    ('Ich will das Gästebad im Keller nutzen, aber das Klo liegt unter der Kanalhöhe. Eine'
     ' Hebeanlage wäre nötig sagt man mir. Wer plant und baut sowas ein?',
     ('installateur-heizungsbauer',)),
    ('Unsere Regenwasserzisterne im Garten ist voll Schlamm und die Pumpe saugt nur noch '
     'Dreck. Reinigen lassen, ca 6000 l.',
     ('rohr-kanalreiniger',)),
    ('Kanalanschluss: Die Gemeinde fordert von allen Hausbesitzern eine Dichtheitsprüfung '
     'der Grundleitungen bis Jahresende. Wer macht sowas und was kostet es?',
     ('rohr-kanalreiniger',)),
    ('Die Abflussrohre im Keller sind aus Guss und an einer Stelle durchgerostet, es '
     'tropft und stinkt. Ein Stück austauschen, wer macht das?',
     ('installateur-heizungsbauer',)),
    ('Wir haben eine Kleinkläranlage auf dem Land und die muss abgefahren und gewartet '
     'werden. Die letzte Firma gibt es nicht mehr.',
     ('rohr-kanalreiniger',)),
    ('Zwei alte Obstbäume im Garten sollen geschnitten werden, die haben seit 10 Jahren '
     'keinen Schnitt gesehen. Apfel und Birne, Streuobst, sehr hoch.',
     ('garten',)),
    ('Der Bambus vom Nachbarn wuchert zu uns rüber, die Ausläufer kommen schon unter der '
     'Terrasse durch. Wer kann eine Rhizomsperre setzen?',
     ('garten',)),
    ('Wir hätten gern eine Hangbefestigung im Garten, der Hang rutscht bei Regen ab und '
     'die Erde landet auf der Terrasse. Gabionen oder L-Steine?',
     ('garten', 'maurer-betonbauer')),
    ('Laubbläser ausleihen oder jemanden beauftragen? Das Grundstück hat 15 große Eichen '
     'und im Herbst ist alles voll. Kompostieren können wir nicht so viel.',
     ('garten',)),
    ('Ein Baumstumpf von der gefällten Tanne steht noch mitten im Rasen, der soll raus, '
     'auch die Wurzeln. Stubbenfräse, wer hat sowas?',
     ('garten',)),
    ('Wir sind im Sommer in eine Altbauwohnung in Leipzig gezogen, Gasetagenheizung, und '
     'jetzt zum ersten Mal richtig kalt draußen. Die Therme springt an, läuft zehn '
     'Minuten, dann geht sie aus und zeigt ein Flammensymbol mit Kreuz. Der Vermieter '
     'sagt, die sei letztes Jahr gewartet worden. Kann man da selber was machen oder muss '
     'ein Fachmann ran?',
     ('installateur-heizungsbauer',)),
    ('Mein Schwiegervater hat in seinem Reihenhaus vor 30 Jahren die Heizung selber '
     'eingebaut, jetzt ist er gestorben und wir haben das Haus übernommen. Niemand weiß '
     'wie die Anlage funktioniert, es gibt keine Unterlagen, und der Kessel macht '
     'Geräusche wie ein Dampfer. Wir möchten jemanden, der sich das einmal in Ruhe '
     'anschaut und ehrlich sagt, ob man die noch einen Winter laufen lassen kann.',
     ('installateur-heizungsbauer',)),
    ('Ich hatte letzte Woche einen Elektriker wegen der Küchenlampe da, und der hat beim '
     'Rausgehen gesagt, dass unser Warmwasserspeicher im Bad komisch klingt und wir das '
     'mal checken lassen sollen. Seit gestern kommt tatsächlich nur noch rostbraunes '
     'Wasser wenn ich warm aufdrehe. Kalt ist klar.',
     ('installateur-heizungsbauer',)),
    ('Die Fußbodenheizung im Wohnzimmer ist seit Jahren nicht richtig gleichmäßig warm, an'
     ' manchen Stellen eiskalt. Ein Bekannter meint, die Rohre sind verschlammt und man '
     'kann die spülen lassen. Stimmt das, und wer bietet sowas an? Haus ist von 1985, '
     'damals hat man noch diese Kunststoffrohre ohne Sauerstoffsperre verlegt, glaube ich.',
     ('installateur-heizungsbauer',)),
    ('Wir haben unser Bauernhaus in Niederbayern geerbt, da ist noch eine alte Holz-'
     'Zentralheizung drin, Scheitholzkessel, und seit dem Frühjahr raucht es aus der Tür '
     'raus beim Nachlegen. Der Kaminkehrer meint, der Kamin zieht gut, es liegt am Kessel.'
     ' Lohnt sich da eine Reparatur oder ist das Ding eh Schrott?',
     ('installateur-heizungsbauer', 'ofen-luftheizungsbauer')),
    ('Morgens um 6 hab ich gemerkt dass im Flur der Teppich nass ist, Wasser kam unter der'
     ' Wand vom Bad durch. Haupthahn zugedreht. Jetzt ist Ruhe, aber ich weiß nicht wo es '
     'herkommt, keine sichtbaren Rohre. Mieter in einem Mehrfamilienhaus, Hausverwaltung '
     'hat heute zu. Was mach ich jetzt als erstes?',
     ('installateur-heizungsbauer',)),
    ('Beim Nachbarn hat es durchgeregnet und sein Dachdecker war da. Der hat sich auch '
     'unser Dach angeschaut, weil wir ein Doppelhaus sind, und meinte, bei uns sei nur die'
     ' Rinne kaputt, Dach ist ok. Aber wir haben innen einen feuchten Fleck an der Decke '
     'im Schlafzimmer. Kann das von der Rinne kommen?',
     ('klempner', 'dachdecker')),
    ('Also wir haben letztes Jahr die Küche neu gemacht und der Küchenbauer hat die '
     'Spülmaschine angeschlossen. Seitdem riecht es unter der Spüle immer etwas muffig und'
     ' jetzt ist der Boden vom Unterschrank nass. Der Küchenbauer sagt, er war es nicht, '
     'der Anschluss am Siphon ist alt. Wer kommt jetzt?',
     ('installateur-heizungsbauer',)),
    ('Unsere Eigentümergemeinschaft streitet seit Monaten darüber, ob die Balkone saniert '
     'werden. Bei mir im 2. OG bröckelt an der Unterseite vom Balkon über mir der Beton '
     'ab, es fallen Stücke auf meinen Tisch und man sieht die Eisen. Ich will, dass das '
     'endlich jemand anschaut.',
     ('maurer-betonbauer',)),
    ('Seit wir im Schlafzimmer die neuen Fenster haben, sind morgens die Scheiben unten '
     'nass, und jetzt kommt in der Ecke am Fenster schwarzer Schimmel. Der Fensterbauer '
     'sagt, wir lüften falsch. Wir lüften aber dreimal am Tag stoß. Ich würde gern wissen,'
     ' ob jemand Unabhängiges sich das anschauen und den Schimmel fachgerecht beseitigen '
     'kann.',
     ('holz-bautenschutz',)),
    ('Im Hochparterre riecht es seit dem Winter muffig und unten an den Wänden im Flur ist'
     ' der Putz abgeplatzt, Salz kommt raus. Haus ist ein Gründerzeitbau ohne '
     'Sperrschicht. Vermieter hat schon zweimal überstreichen lassen, bringt natürlich '
     'nix. Wie nennt sich sowas, aufsteigende Feuchte? Wer macht da was Richtiges?',
     ('holz-bautenschutz',)),
    ('Kurz gesagt: Waschmaschine ausgelaufen, Laminat im Bad und Flur aufgequollen, '
     'darunter ist der Estrich nass. Die Hausratversicherung zahlt, aber ich muss selbst '
     'jemanden finden der das Trocknet und dann einen der neuen Boden legt. Reihenfolge?',
     ('bautrocknung',)),
    ('Hallo, ich bin 74 und wohne allein im Haus. Seit ein paar Tagen ist die Haustür so '
     'schwer, der Schlüssel geht rein, aber ich kriege ihn nicht mehr gedreht. Heute Abend'
     ' hat mir der Nachbar geholfen, reinzukommen. Ich habe Angst, dass ich morgen draußen'
     ' stehe. Wen kann ich anrufen, der nicht gleich 300 Euro will?',
     ('metallbauer',)),
    ('Unsere Tochter hat sich im Bad eingeschlossen und der Schlüssel dreht nicht mehr '
     'zurück, sie ist 5 und weint. Das ist so ein einfaches Buntbartschloss, aber es '
     'klemmt. Wie kriegen wir das auf ohne die Tür kaputt zu machen? Oder wen rufen?',
     ('metallbauer',)),
    ('Nach 25 Jahren wollen wir die alten Holzfenster im Reihenhaus ersetzen. Der Schwager'
     ' arbeitet bei einer Fensterfirma, aber der ist am anderen Ende von Deutschland. Wir '
     'wollen hier vor Ort jemanden, der aufmisst, liefert und einbaut, und auch die '
     'Fensterbänke innen macht. Am liebsten Holz-Alu.',
     ('einbau-baufertigteile', 'tischler')),
    ('Wir haben in der Wohnung so ein altes Kastenfenster, innen und außen je ein Flügel. '
     'Der äußere Flügel lässt sich nicht mehr öffnen, weil er verzogen ist, und die '
     'Kittfalze sind rausgebröselt, eine Scheibe wackelt. Ich will das gerne erhalten, '
     'weil es im Altbau einfach schön aussieht.',
     ('tischler', 'glaser')),
    ('Ich muss beim Auszug die Wohnung besenrein und mit weißen Wänden übergeben. Die '
     'Kinder haben im Kinderzimmer mit Filzstift an die Wand gemalt und es sind '
     'Dübellöcher überall. Welche Handwerker brauche ich, reicht ein Maler oder muss noch '
     'jemand zum Putzen kommen?',
     ('maler-lackierer',)),
    ('Mein Mann hat angefangen die alte Tapete im Wohnzimmer abzureißen und jetzt kommt '
     'der Putz an großen Stellen mit runter. Darunter ist teilweise Lehm, teilweise '
     'Holzlatten. Wir sind überfordert. Das Haus ist von 1910. Wer kann das wieder '
     'verputzen?',
     ('stuckateur',)),
    ('Im Treppenhaus von unserem Dreifamilienhaus sind die Wände seit Jahrzehnten nicht '
     'gestrichen, da ist noch Ölfarbe unten dran und oben Leimfarbe die abfärbt. Wir '
     'wollen es endlich schön machen. Braucht man dafür einen Spezialisten wegen der alten'
     ' Farben?',
     ('maler-lackierer',)),
    ('Wir haben im Bad neue Fliesen vom Baumarkt gekauft und wollten es selbst machen, '
     'aber die Wand ist total krumm und die erste Reihe sitzt schon schief. Jetzt suchen '
     'wir doch einen Profi, der das übernimmt, auch wenn die Fliesen schon da sind. Nimmt '
     'man sowas an?',
     ('fliesenleger',)),
    ('Auf dem Balkon der Eigentumswohnung sind die Fliesen lose und darunter läuft Wasser '
     'in die Dämmung, beim Nachbarn unten tropft es an der Decke. Die Verwaltung meint, '
     'das sei Sondereigentum, ich soll mich selbst kümmern. Was muss da gemacht werden?',
     ('fliesenleger', 'dachdecker')),
    ('Wir haben einen offenen Kamin im Wohnzimmer, der schon ewig nicht genutzt wurde. Wir'
     ' möchten einen Heizeinsatz reinbauen lassen, damit er effizienter wird und nicht so '
     'rußt. Ist das Sache vom Ofenbauer, und muss der Schornsteinfeger vorher kommen?',
     ('ofen-luftheizungsbauer',)),
    ('Bei uns kommt bei Sturm immer so ein Heulen aus dem Schornstein und manchmal fällt '
     'Ruß in den Ofen, obwohl wir gar nicht heizen. Der Schornstein hat oben keine Haube. '
     'Kann man da eine Abdeckung draufsetzen lassen?',
     ('schornsteinfeger', 'dachdecker')),
    ('Unsere Hecke zur Straße ist ein Thuja-Monster, 4 m hoch und unten kahl, Gemeinde hat'
     ' geschrieben, dass sie den Gehweg verdeckt. Wir wollen sie komplett roden und eine '
     'neue pflanzen lassen, gerne heimisch, Hainbuche oder so.',
     ('garten',)),
    ('Vor dem Haus ist die Zufahrt aus Verbundpflaster und an einer Stelle ist alles '
     'abgesackt, richtig eine Mulde, da bleibt das Wasser stehen. Ich glaube, darunter ist'
     ' die Abwasserleitung kaputt. Was zuerst, Kamera oder Pflasterer?',
     ('rohr-kanalreiniger', 'strassenbauer')),
    ('Wir möchten im Garten eine Fläche für ein Gartenhaus vorbereiten, also Fundament aus'
     ' Beton, ca. 3x4 m. Das Gartenhaus selbst bauen wir auf. Wer macht so ein kleines '
     'Fundament?',
     ('maurer-betonbauer', 'garten')),
    ('Unsere Nachbarin hat uns ihren Umzugshelfer empfohlen, der hat aber jetzt abgesagt. '
     'Wir müssen am 30. aus der Wohnung in Nürnberg raus, 2 Zimmer, Altbau 3. Stock, und '
     'in ein Reihenhaus 10 km weiter. Küche muss ab- und aufgebaut werden.',
     ('umzug',)),
    ('Nach dem Tod meines Vaters steht sein Gartenhäuschen in der Kleingartenanlage voller'
     ' Gerümpel, alte Farbeimer, kaputte Möbel, ein Kühlschrank. Der Verein will das bis '
     'Monatsende leer. Wer holt sowas ab und entsorgt es?',
     ('umzug', 'hausmeisterservice')),
    ('Ich habe eine kleine Ferienwohnung an der Ostsee und brauche jemanden, der nach '
     'jedem Gast die Wohnung putzt und die Betten frisch bezieht. Ich wohne selbst in '
     'Dortmund.',
     ('reinigung',)),
    ('Nach dem Schwelbrand in der Küche ist alles voll Ruß, Wände, Decke, Schränke, und es'
     ' stinkt nach Rauch. Feuerwehr war da, Küche ist halbwegs ok. Wer macht so eine '
     'Brandreinigung?',
     ('gebaeudereiniger',)),
    ('heizung macht seit gestern so ein pfeifen, hohes piepen, vor allem nachts wenn sie '
     'runterfaehrt. thermostate hab ich schon alle auf und zu gedreht. kann das die pumpe '
     'sein? wohnen in ner eigentumswohnung, jede wohnung hat eigene gastherme',
     ('installateur-heizungsbauer',)),
    ('Heizkoerper im Gaestezimmer ist undicht am Ventil, da bildet sich eine kleine '
     'Rostspur und der Boden drunter ist feucht. Laminat wird schon dunkel. Wie schnell '
     'muss das gemacht werden?',
     ('installateur-heizungsbauer',)),
    ('Wir wollen im Altbau die alten Rippenheizkoerper durch moderne ersetzen lassen, aber'
     ' ich hab gehört die alten heizen eigentlich besser als gedacht. Was meint ihr, lohnt'
     ' das, und wer berät dazu?',
     ('installateur-heizungsbauer',)),
    ('Die Wärmepumpe draußen ist total laut, der Nachbar beschwert sich, besonders nachts.'
     ' Sie brummt und vibriert. Eingebaut vor einem Jahr, Firma insolvent. Wer kümmert '
     'sich jetzt um Wartung und Geräusche?',
     ('installateur-heizungsbauer', 'kaelteanlagenbauer')),
    ('Der Wasserdruck in der Dusche ist plötzlich ganz schwach, im Waschbecken normal. '
     'Duschkopf entkalkt, bringt nix. Ich glaub es ist die Thermostatarmatur.',
     ('installateur-heizungsbauer',)),
    ('Wasserfilter nach dem Hauswasserzähler ist total braun und der Druckminderer pfeift.'
     ' Haus Bj. 1990. Muss man das warten lassen?',
     ('installateur-heizungsbauer',)),
    ('Aussenwasserhahn im Garten ist im Winter geplatzt weil ich vergessen hab ihn '
     'abzustellen. Jetzt spritzt es in der Wand wenn ich aufdrehe. Ärgerlich. Wer macht '
     'das?',
     ('installateur-heizungsbauer',)),
    ('Das Klo wackelt beim Draufsetzen und unten am Boden ist die Silikonfuge schwarz, es '
     'riecht auch leicht. Standklo, Altbau. Ich befürchte, dass da was undicht ist.',
     ('installateur-heizungsbauer',)),
    ('Wir wollen ein Gäste-WC im Flur unter der Treppe einbauen, Wasser und Abwasser '
     'liegen in der Küche nebenan. Geht sowas, und welche Handwerker braucht man alles?',
     ('installateur-heizungsbauer',)),
    ('Urinstein im Klo, der Abfluss wird immer enger und es spült schlecht. Mit Essig und '
     'Cola hab ich schon alles versucht. Kann man das fräsen lassen?',
     ('rohr-kanalreiniger', 'installateur-heizungsbauer')),
    ('Waschbecken im Bad läuft ganz langsam ab und gurgelt. Haben den Siphon schon '
     'abgeschraubt und sauber gemacht, da war nix drin. Also tiefer im Rohr.',
     ('rohr-kanalreiniger', 'installateur-heizungsbauer')),
    ('Regenfallrohr ist unten im Boden verstopft, das Wasser sprudelt oben aus dem '
     'Standrohr raus und läuft an die Hauswand. Die Leitung geht unterirdisch in den '
     'Kanal.',
     ('rohr-kanalreiniger',)),
    ('Bei mir in der Wohnung gehen ständig die Sicherungen raus, vor allem im Bad, seit '
     'der Vermieter das Bad renoviert hat. Der Elektriker vom Vermieter kommt nicht '
     'wieder. Was kann ich machen?',
     ('elektrotechniker',)),
    ('Wir möchten in der Küche unter den Hängeschränken LED-Leisten haben, mit Schalter an'
     ' der Wand, nicht mit Stecker. Muss da ein Elektriker ran?',
     ('elektrotechniker',)),
    ('Wenn ich den Föhn in der Steckdose im Bad benutze, kribbelt es leicht an den '
     'Fingern, wenn ich den Wasserhahn anfasse. Ist das gefaehrlich?',
     ('elektrotechniker',)),
    ('Mein Haus hat noch den alten Zählerschrank mit Drehsicherungen, und der '
     'Netzbetreiber will auf Smart Meter umstellen, passt aber nicht rein. Wer baut den '
     'Zählerplatz um?',
     ('elektrotechniker',)),
    ('Das Außenlicht an der Haustür mit Bewegungsmelder geht nicht mehr aus, brennt Tag '
     'und Nacht. Leuchte ist neu, Melder alt. Strom abstellen und tauschen?',
     ('elektrotechniker', 'hausmeisterservice')),
    ('Smart Home nachrüsten: Rollläden, Licht und Heizung per App, Altbau. Welche Firma '
     'macht sowas, Elektriker oder IT?',
     ('elektrotechniker', 'informationstechniker')),
    ('Ziegel auf dem Dach verrutscht, man sieht vom Garten aus eine Lücke oben am First. '
     'Noch tropft nix. Dachdecker für eine Kleinigkeit zu kriegen ist ja fast unmöglich.',
     ('dachdecker',)),
    ('Die Firstziegel sind nur in Mörtel gelegt und der Mörtel bröselt raus, einige Ziegel'
     ' wackeln. Haus von 1960. Muss man den ganzen First neu machen?',
     ('dachdecker',)),
    ('Unser Schieferdach hat einige zerbrochene Platten und ein Loch an der Kehle, bei '
     'Regen ist der Dachboden nass. Gibt es hier im Siegerland noch Schieferdecker?',
     ('dachdecker',)),
    ('Auf dem Garagendach wächst schon Gras und Moos, die Folie ist brüchig. Wir überlegen'
     ' eine Dachbegrünung, aber erstmal muss es dicht sein.',
     ('dachdecker',)),
    ('Wir haben im Dachgeschoss Holzwolleplatten und es ist im Sommer unerträglich heiß. '
     'Von innen dämmen oder von außen? Dachdecker sagt außen, Trockenbauer sagt innen. Wem'
     ' glauben?',
     ('dachdecker', 'zimmerer', 'isolierer')),
    ('Überall an den Wänden im Bad und in der Küche schwarze Punkte, besonders hinter den '
     'Schränken. Wir haben ein Baby und machen uns Sorgen. Lüften tun wir viel.',
     ('holz-bautenschutz', 'maler-lackierer')),
    ('Kellerwand innen nass, außen ist die Terrasse dran gebaut. Ich vermute, dass das '
     'Regenwasser von der Terrasse an die Wand läuft. Wer findet die Ursache?',
     ('holz-bautenschutz', 'maurer-betonbauer')),
    ('Nach dem Hochwasser ist unser Keller zwar leer gepumpt, aber die Wände sind nass bis'
     ' zur Decke. Welche Firma stellt Trockner auf und misst die Feuchte?',
     ('bautrocknung',)),
    ('Zieht durch die Terassentür wie Hechtsuppe, unten ist die Dichtung zerfetzt und die '
     'Tür hängt. Holztür, Altbau Hamburg.',
     ('tischler',)),
    ('Eine Scheibe der Haustür ist eingeschlagen worden, vermutlich Einbruchsversuch, '
     'Polizei war schon da. Provisorisch mit Pappe zu. Ornamentglas, gibt es das noch?',
     ('glaser',)),
    ('Wir möchten eine Katzenklappe in die Terrassentür einbauen lassen, das ist '
     'Isolierglas. Geht sowas?',
     ('glaser',)),
    ('Das Fenster im Treppenhaus lässt sich nicht mehr öffnen, der Griff dreht durch. Im '
     'Sommer wird es da unerträglich heiß. Wer ist zuständig? Wir sind Eigentümer in einer'
     ' WEG.',
     ('tischler', 'einbau-baufertigteile', 'hausmeisterservice')),
    ('Der Schließzylinder von der Kellertür hakt, man muss ewig rumfummeln. Ich will einen'
     ' neuen mit gleichschließendem Schlüssel wie die Haustür.',
     ('metallbauer',)),
    ('Tresor im Arbeitszimmer, Zahlencode vergessen, Notschlüssel weg. Ist einbetoniert. '
     'Gibt es Leute, die sowas öffnen ohne Zerstören?',
     ('metallbauer',)),
    ('Wohnungstür zugefallen, Schlüssel in der Wohnung, Baby schläft drin. Bitte '
     'schnell!!!',
     ('metallbauer',)),
    ('Parkett im Wohnzimmer hat nach dem Wasserschaden von der Heizung Schüsselung, also '
     'die Stäbe wölben sich an den Rändern. Trocknet das von alleine wieder?',
     ('parkettleger', 'bautrocknung')),
    ('Die Korkplatten im Flur lösen sich an den Rändern, sind aus den 80ern. Wir wollen '
     'stattdessen was Pflegeleichtes, vielleicht Designboden. Wer macht das?',
     ('bodenleger',)),
    ('Ich will im Gäste-WC einen neuen Bodenbelag, Vinyl zum Klicken. Muss ich dafür das '
     'Klo abbauen lassen? Wer macht beides?',
     ('bodenleger', 'installateur-heizungsbauer')),
    ('Schimmel unter dem PVC-Boden in der Küche entdeckt, als wir den Kühlschrank verrückt'
     ' haben. Boden riecht. Was alles muss raus?',
     ('holz-bautenschutz', 'bodenleger')),
    ('Wir haben Fußbodenheizung und wollen Parkett darauf legen lassen, nicht nur '
     'schwimmend. Welches Holz geht und wer macht das?',
     ('parkettleger',)),
    ('Zwischen Küche und Flur ist eine Stufe von 3 cm, der Estrich im Flur ist niedriger. '
     'Wir wollen das ausgleichen für den Rollator der Mutter. Ausgleichsmasse oder neuer '
     'Estrich?',
     ('estrichleger', 'bodenleger')),
    ('Im Keller ist der Boden nur Erde bzw. alte Ziegel, und wir möchten eine Betonplatte '
     'reinmachen lassen, ca 25 qm. Wer macht das?',
     ('maurer-betonbauer', 'estrichleger')),
    ('Nach dem Abhängen von Bildern sind große Löcher in der Wand, Putz ausgebrochen. '
     'Vermieter will Reparatur vor Auszug. Maler oder Putzer?',
     ('maler-lackierer', 'stuckateur')),
    ('Die Wohnzimmerwand soll eine Akzentfarbe kriegen, dunkelgrün, und die Decke weiß. '
     'Ich hab zwei linke Hände. Ein Maler für einen Tag?',
     ('maler-lackierer',)),
    ('Unsere Fassade hat überall Haarrisse und an einer Stelle löst sich der Putz '
     'großflächig, klingt hohl beim Klopfen. Einfamilienhaus Bj 1978.',
     ('stuckateur', 'maler-lackierer')),
    ('Unser Holzzaun und das Gartenhaus müssten dringend gestrichen werden, die alte Lasur'
     ' ist abgeblättert. Macht das ein Maler oder eher Gärtner?',
     ('maler-lackierer',)),
    ('Die Fugen zwischen den Bodenfliesen in der Küche sind dunkel und bröckeln, eine '
     'Fliese wackelt. Neu verfugen statt neu fliesen?',
     ('fliesenleger',)),
    ('Im Bad an der Wand hinter dem Klo sind die Fliesen nass und eine ist abgefallen, '
     'dahinter sieht man die Wand schwarz. Ich glaube es kommt vom Spülkasten.',
     ('installateur-heizungsbauer', 'fliesenleger')),
    ('Die Plättli in der Küche sind aus den 70ern, braun mit Blümchen, wir wollen neue. '
     'Fliesenleger gesucht im Raum Lörrach, gerne auch mit Küchenrückwand.',
     ('fliesenleger',)),
    ('Der Schornsteinfeger hat Brandschau gemacht und gemeint, unser Abgasrohr vom '
     'Kaminofen zum Schornstein ist nicht mehr dicht und korrodiert. Wer tauscht das '
     'Ofenrohr?',
     ('ofen-luftheizungsbauer',)),
    ('Wir wollen den alten Schornstein, der nicht mehr genutzt wird, abreißen lassen, weil'
     ' er durch alle Etagen Platz wegnimmt. Geht das und wer macht sowas?',
     ('maurer-betonbauer',)),
    ('Im Schornstein muss ein Edelstahlrohr eingezogen werden, weil wir eine '
     'Brennwerttherme bekommen. Macht das der Heizungsbauer oder braucht man noch wen?',
     ('installateur-heizungsbauer',)),
    ('Leserfrage: Wir wohnen seit 12 Jahren in einer Dachgeschosswohnung in einem '
     'Mehrfamilienhaus. Seit dem letzten Sturm hören wir bei Wind ein Klappern über dem '
     'Schlafzimmer und nach starkem Regen riecht es im Abstellraum modrig. Der Vermieter '
     'sagt, das Dach sei erst 2010 gemacht worden. Wir wollen nicht, dass das Holz fault, '
     'bevor jemand kommt. Wer sollte sich das anschauen?',
     ('dachdecker',)),
    ('Ich (w, 34) habe mir eine kleine Eigentumswohnung im Plattenbau in Halle gekauft und'
     ' will das Bad komplett machen lassen, weil da noch diese Plastikwände drin sind aus '
     'DDR-Zeiten. Ein Freund meinte, bei Plattenbauten sind die Bäder oft fertige Zellen '
     'und man kann nicht einfach alles rausreißen. Stimmt das? Wer macht sowas, und wie '
     'lange bin ich ohne Bad?',
     ('installateur-heizungsbauer', 'fliesenleger')),
    ('Meine Eltern wohnen in einem alten Bauernhaus in der Eifel. Im Stall, der jetzt '
     'Werkstatt ist, haben sie noch einen alten Wasserbrunnen mit Handschwengel, der läuft'
     ' seit Jahren nicht mehr. Mein Vater würde den gern wieder in Betrieb nehmen, zum '
     'Gießen. Ich weiß nicht mal, wie tief der ist. Wen fragt man da?',
     ('brunnenbauer',)),
    ('Hallo Forum, folgendes Problem: Seit zwei Wochen läuft unser Kühlschrank im Keller '
     'nicht mehr, und auch die Gefriertruhe daneben war aus. Hab dann gesehen, dass die '
     'Steckdose tot ist, aber die Sicherung ist nicht raus. Die anderen Steckdosen im '
     'Keller gehen. Kann eine einzelne Steckdose einfach kaputt gehen? Hab mich nicht '
     'getraut, sie aufzuschrauben.',
     ('elektrotechniker',)),
    ('Wir haben ein Haus von 1962 gekauft. Bei der Besichtigung war alles frisch '
     'gestrichen, jetzt nach dem ersten Winter kommen in den Außenecken im Erdgeschoss '
     'überall graue Flecken durch. Der Maler, der vorher gestrichen hat, ist ein Bekannter'
     ' des Verkäufers. Wir wollen, dass jemand Neutrales Feuchte misst und sagt, ob das '
     'Wärmebrücken sind oder Feuchtigkeit von außen.',
     ('holz-bautenschutz',)),
    ('Unser Vermieter hat im Sommer neue Fenster einbauen lassen, und seitdem geht das '
     'Küchenfenster nur noch auf Kipp, nicht mehr richtig auf. Der Fensterbauer kommt '
     'nicht mehr, obwohl mehrmals angerufen. Der Vermieter sagt, ich soll selbst jemanden '
     'holen, er zahlt. Wer stellt sowas ein, ist das eine große Sache?',
     ('einbau-baufertigteile', 'tischler')),
    ('Liebe Ratgeber-Redaktion, in unserem Garten steht eine über 100 Jahre alte Linde, '
     'die wir sehr lieben. Jetzt ist ein großer Ast abgebrochen und auf den Zaun gefallen,'
     ' und wir haben gesehen, dass der Stamm innen hohl ist. Wir wollen den Baum möglichst'
     ' erhalten. Gibt es Fachleute, die prüfen, ob er noch standsicher ist, und ihn '
     'pflegen?',
     ('garten',)),
    ('Wir haben geerbt und wollen das Haus meiner Tante verkaufen. Im Keller steht ein '
     'alter Kohleofen, im Wohnzimmer ein Kachelofen, den wir behalten wollen, und im Bad '
     'ein Gasboiler. Der Makler sagt, der Kachelofen muss vor dem Verkauf geprüft werden, '
     'sonst gibt es Ärger. Wer macht so eine Prüfung?',
     ('schornsteinfeger',)),
    ('Seit Wochen liegt in unserem Treppenhaus ein Geruch nach Abwasser, mal stärker, mal '
     'schwächer. Die anderen Mieter merken es auch. Der Hausmeister hat die Bodenabläufe '
     'im Keller mit Wasser gefüllt, das hat nichts gebracht. Er meint, vielleicht ist ein '
     'Lüftungsrohr auf dem Dach verstopft oder eine Leitung im Keller gerissen. Wer findet'
     ' sowas?',
     ('rohr-kanalreiniger', 'installateur-heizungsbauer')),
    ('Es geht um unseren Balkon in einer Wohnanlage in Mainz. Die Markise ist vom '
     'Vorbesitzer, Kurbelbetrieb, und der Stoff ist zerrissen, außerdem ist ein Arm '
     'verbogen, seit sie bei Sturm draußen war. Die WEG erlaubt nur die gleiche Farbe. '
     'Reparieren lassen oder neu, und wer macht das hier?',
     ('rollladen-sonnenschutztechniker',)),
    ('Wir bauen gerade ein altes Fachwerkhaus aus. Die Gefache sollen mit Lehm neu '
     'ausgefacht werden und innen Lehmputz bekommen. Die Zimmerei hat die Balken schon '
     'gerichtet. Jetzt suchen wir jemanden, der mit Lehm arbeiten kann, die meisten Maurer'
     ' winken ab.',
     ('stuckateur', 'maurer-betonbauer')),
    ('Hallo zusammen, ich hab im Keller die Leitungen aus Blei gefunden, die Wasserleitung'
     ' vom Hausanschluss her. Ich habe kleine Kinder und will das Trinkwasser sicher '
     'haben. Wie dringend ist das und was kostet der Austausch bei einem Haus von 1928 '
     'ungefähr?',
     ('installateur-heizungsbauer',)),
    ('Ich weiß nicht, ob ich hier richtig bin. Unser Nachbar hat bei uns auf der '
     'Grundstücksgrenze eine Mauer gebaut und dabei unseren Zaun und ein Stück Pflaster '
     'beschädigt, die Versicherung zahlt. Ich brauche jemanden, der die Randsteine und das'
     ' Pflaster auf ca 5 m wieder richtet.',
     ('strassenbauer', 'garten')),
    ('Servus mitnand, bei uns im Haus in Tirol, äh, Oberbayern mein ich, is der Hafnerofen'
     ' in der Stubn, der is scho über 80 Jahr alt. Jetzt raucht er bei der Tür raus und a '
     "Kachel is locker. Gibt's no Hafner, de so was richten?",
     ('ofen-luftheizungsbauer',)),
    ('Moin, wir sind neu in Kiel und haben eine Altbauwohnung mit Dielenboden gemietet. '
     'Die Dielen sind schön, aber die Fugen so breit, dass es im Winter von unten aus dem '
     'Keller kalt hochzieht. Gibt es Leute, die die Fugen schließen, ohne alles '
     'abzuschleifen?',
     ('parkettleger', 'tischler')),
    ('Ich ärgere mich: Der Fliesenleger hat unser Bad fertig gemacht, aber er hat die '
     'Steckdose neben dem Spiegel einfach überfliest, man sieht nur noch die Kabel in '
     'einem Loch. Er sagt, das muss der Elektriker machen. Wer setzt da jetzt die Dose '
     'wieder rein?',
     ('elektrotechniker',)),
    ("My German isn't great. In our rented house in Frankfurt the toilet upstairs keeps "
     'running and now water comes out at the bottom near the floor. Landlord said we '
     'should call a Sanitär company ourselves. Is this urgent?',
     ('installateur-heizungsbauer',)),
    ('We bought an old Bauernhaus near Lake Constance. The wooden beams in the attic have '
     'small holes and fine dust under them. Somebody said Holzwurm. Who can check and '
     'treat this in Germany?',
     ('holz-bautenschutz',)),
    ('Wir haben vor, unseren Dachboden auszubauen, ca 40 qm, Kniestock 80 cm. Dämmung '
     'zwischen den Sparren, Gipskarton, ein Gaubenfenster. Wer fängt an und wer '
     'koordiniert? Bauamt hat schon ok gegeben.',
     ('zimmerer', 'dachdecker')),
    ('Seit die Straße vor unserem Haus neu gemacht wurde, haben wir einen Riss in der '
     'Kellerwand, der vorher nicht da war. Die Baufirma streitet ab. Wir bräuchten erstmal'
     ' jemanden, der den Riss anschaut und verpresst, dass kein Wasser reinkommt.',
     ('maurer-betonbauer', 'holz-bautenschutz')),
    ('In der Küche ist an der Decke eine Beule in der Tapete und jetzt ist da ein brauner '
     'Rand drum. Über uns ist das Bad der Nachbarn. Nachbarin meint, bei ihr ist alles '
     'trocken. Ich bin Mieterin, wen soll ich zuerst informieren und wer sucht das Leck?',
     ('installateur-heizungsbauer',)),
    ('Also ich hab da ein Problem mit meiner Heizung, die ist so eine '
     'Fernwärmeübergabestation im Keller, und seit der Umstellung im Sommer wird das '
     'Warmwasser nicht mehr richtig heiß, nur so 40 Grad. Stadtwerke sagen, bis zur '
     'Übergabe ist alles ok, ab dann ist es meine Sache.',
     ('installateur-heizungsbauer',)),
    ('Im Hinterhof der Wohnanlage ist der Müllplatz völlig verdreckt und die Hecken '
     'wuchern über den Gehweg. Der Hausmeister ist in Rente und die Verwaltung sucht '
     'Ersatz. Wer macht sowas regelmäßig, also Grünpflege plus Müllplatz?',
     ('hausmeisterservice', 'garten')),
    ('Wir haben einen schönen alten Schrank aus Eiche gekauft, 2,40 m hoch, und kriegen '
     'ihn nicht die Treppe hoch ins Schlafzimmer. Man müsste ihn zerlegen, aber wir wissen'
     ' nicht, wie. Wer kann den zerlegen, transportieren und oben wieder aufbauen?',
     ('umzug', 'tischler')),
    ('Unsere Tochter zieht in ein WG-Zimmer in Berlin und wir bringen ihre Sachen aus '
     'München hoch. Ein halbes Zimmer, Schreibtisch, Bett, Kisten. Lohnt sich eine '
     'Beiladung bei einer Spedition oder gleich einen Umzugsservice?',
     ('umzug',)),
    ('Wir haben einen älteren Hund und zwei Katzen und die Polstermöbel und Teppiche im '
     'ganzen Haus riechen entsprechend. Jemand der einmal alles gründlich reinigt, auch '
     'das Sofa?',
     ('teppichreiniger', 'reinigung')),
    ('Bei uns im Keller in der Waschküche ist eine alte Wäscheschleuder und ein großer '
     'Kessel eingemauert, der soll raus. Das Mauerwerk drumrum ist marode. Abbrechen und '
     'die Wand neu aufmauern, wer macht sowas?',
     ('maurer-betonbauer',)),
    ('Die Kellertreppe außen ist aus Beton und hat jetzt breite Risse, Wasser läuft in den'
     ' Keller bei Regen. Dazu fehlt ein Stück Geländer. Ich glaub da braucht man zwei '
     'verschiedene Leute?',
     ('maurer-betonbauer', 'metallbauer')),
    ('Unser Wintergarten ist undicht, an der Verbindung zwischen Glasdach und Hauswand '
     'läuft bei Starkregen Wasser rein. Die Firma, die den gebaut hat, gibt es nicht mehr.'
     ' Alu-Konstruktion mit Glas.',
     ('glaser', 'metallbauer', 'klempner')),
    ('Die Wände im Keller bestehen aus Bruchstein und der Fugenmörtel rieselt überall '
     'raus. Man kann mit dem Finger reinbohren. Neu verfugen, aber richtig mit Kalk, nicht'
     ' mit Zement.',
     ('fuger', 'maurer-betonbauer')),
    ('Wir haben oben im Haus einen Wasserschaden, weil im Winter eine Leitung im '
     'ungeheizten Dachboden eingefroren und geplatzt ist. Die Leitung ist repariert, jetzt'
     ' ist die Dämmung unterm Dach klatschnass und die Decke vom Schlafzimmer feucht. Wer '
     'trocknet sowas?',
     ('bautrocknung',)),
    ('Seit Jahren tropft aus dem Überlaufrohr vom Dachboden-Ausdehnungsgefäß Wasser in die'
     ' Dachrinne, ganz alte offene Heizungsanlage. Der Heizungsbauer, den wir hatten, ist '
     'in Rente gegangen. Ich hab keine Ahnung was das ist und ob das gefährlich ist.',
     ('installateur-heizungsbauer',)),
    ('Kurze Frage: Unser Kater hat die Tapete im Flur auf einem Meter zerfetzt. Haben noch'
     ' eine Rolle übrig. Lohnt es, einen Maler nur für eine Bahn zu holen, oder machen die'
     ' das überhaupt?',
     ('maler-lackierer',)),
    ('Unser Gartentor aus Holz lässt sich nicht mehr schließen, es ist verzogen und die '
     'Pfosten stehen schief. Das Schloss ist auch hinüber. Wer baut ein neues Tor, lieber '
     'aus Metall?',
     ('metallbauer',)),
    ('Hey, mein Rennrad braucht nen Service vorm Frühling, Kette quietscht, Bremsen '
     'schleifen und das Innenlager knackt. Gibts Werkstätten die sowas am gleichen Tag '
     'machen?',
     ('zweiradmechaniker',)),
    ('Mein Ehering ist zu eng geworden, ich krieg ihn fast nicht mehr runter. Weiten '
     'lassen, geht das bei Weißgold?',
     ('gold-silberschmied',)),
    ('Die alten Fotoalben und ein Familienbibel sind aus dem Leim gegangen, die Seiten '
     'fallen raus, der Rücken ist kaputt. Wer kann sowas neu binden?',
     ('buchbinder',)),
    ('Am Porzellanservice von Oma ist der Goldrand an vielen Tassen abgewaschen. Kann man '
     'das neu bemalen lassen oder ist das Quatsch?',
     ('glas-porzellanmaler',)),
    ('Der Regenschirm ist ein teures Erbstück mit Holzgriff, zwei Streben sind gebrochen. '
     'Gibt es überhaupt noch Schirmmacher, die reparieren?',
     ('schirmmacher',)),
    ('Für unser Hochbeet und die Terrasse möchten wir einen Holzweg aus alten '
     'Eichenbohlen, und das Hochbeet selbst aus Holz gebaut. Gartenbau oder Zimmerer?',
     ('garten', 'zimmerer')),
    ('Ich will keinen Notdienst für 400 Euro, aber die Heizung ist seit Freitag aus und es'
     ' hat 14 Grad in der Wohnung. Brenner startet nicht, Störungslampe rot. Kann Montag '
     'früh jemand kommen?',
     ('installateur-heizungsbauer',)),
    ('Zwei Sachen: die Dusche tropft nach und im Flur geht eine Steckdose nicht. Kann ich '
     'das in einem Termin machen lassen oder braucht es zwei Handwerker?',
     ('installateur-heizungsbauer', 'elektrotechniker', 'hausmeisterservice')),
    ('Wir wollen keine Chemie und keinen Kompletttausch: das Holzfenster im Bad hat unten '
     'am Rahmen eine faule Stelle, sonst ist es gut. Kann man nur das Stück ersetzen?',
     ('tischler',)),
    ('Unser Dachdecker hat die Ziegel erneuert und ist weg, aber jetzt fehlt die '
     'Verkleidung am Ortgang und die Rinne hat er auch nicht wieder richtig angeschlossen,'
     ' es tropft daneben. Er geht nicht mehr ans Telefon.',
     ('klempner', 'dachdecker')),
    ('Hab gestern beim Bohren fürs Regal eine Wasserleitung angebohrt, Wasser spritzt aus '
     'dem Loch. Haupthahn zu. Jetzt bin ich ohne Wasser und fühl mich wie ein Idiot. Wer '
     'kommt heute noch?',
     ('installateur-heizungsbauer',)),
    ('Beim Bohren Stromleitung getroffen, hat geknallt und die Sicherung ist raus, geht '
     'auch nicht mehr rein. Bohrer ist schwarz. Mir gehts gut. Was nun?',
     ('elektrotechniker',)),
    ('Wohnung im 5. OG, der Aufzug ist kaputt, das betrifft zwar nicht nur mich, aber die '
     'Hausverwaltung macht nichts. Ach, und im Bad läuft das Wasser nicht ab, aber das ist'
     ' meine eigene Baustelle, Rohrreiniger hat nicht geholfen.',
     ('rohr-kanalreiniger', 'installateur-heizungsbauer')),
    ('Ich glaub es ist die Dichtung: Der Wasserhahn im Bad tropft auch wenn er ganz zu '
     'ist, und unten am Hebel kommt auch was raus. Einhandmischer, Grohe.',
     ('installateur-heizungsbauer',)),
    ('Nachbar hat mit dem Bagger unseren Gartenzaun und den Wasserhahn am Gartenhaus '
     'mitgenommen, die Leitung im Boden ist abgerissen, es sprudelt. Versicherung läuft. '
     'Erstmal muss das Wasser aus.',
     ('installateur-heizungsbauer',)),
    ('Gestern ist mir aufgefallen das die Wand im Flur am Boden ganz dunkel ist und die '
     'Fußleiste sich löst. Dahinter ist das Bad. Vieleicht kommt das von der Dusche. Lohnt'
     ' sich das aufmachen?',
     ('installateur-heizungsbauer', 'fliesenleger')),
    ('Die Leuchtstoffröhren im Keller gehen nicht mehr, auch neue Röhren und Starter '
     'nicht. Wohl das Vorschaltgerät. Wäre eh Zeit für LED, wer baut das um?',
     ('elektrotechniker',)),
    ('Seit die Nachbarn ihre Garage gebaut haben, steht bei uns das Regenwasser im Garten '
     'an der Grenze. Der Rasen ist ein Sumpf. Drainage legen lassen?',
     ('garten',)),
    ('Im Frühjahr wollen wir den Vorgarten neu machen lassen, Kies weg, Staudenbeet, '
     'kleiner Baum. Wir selber haben keinen grünen Daumen. Wer plant und pflanzt?',
     ('garten',)),
    ('Die Kiefern auf unserem Grundstück werfen so viel ab, dass Dach und Rinne ständig '
     'voll sind. Ein paar Äste über dem Dach müssten weg, Baumkletterer gesucht.',
     ('garten',)),
    ('Unsere Pflasterfugen in der Einfahrt wachsen ständig voll Unkraut. Abflämmen, '
     'auskratzen, neu verfugen mit so Fugenmörtel, damit Ruhe ist. Wer bietet das an?',
     ('garten', 'strassenbauer')),
    ('wir sind nur mieter aber die haustür vom mehrfamilienhaus schließt nicht mehr von '
     'selbst, der türschließer oben ist kaputt und öl läuft raus. jeder kann rein. wer '
     'repariert das, hausverwaltung reagiert nicht',
     ('metallbauer', 'hausmeisterservice')),
    ('Das Schloss am Fenstergriff im Kinderzimmer ist kaputt, der Schlüssel fehlt und der '
     'Griff lässt sich nicht drehen. Kann man nur den Griff tauschen?',
     ('hausmeisterservice', 'tischler', 'einbau-baufertigteile')),
    ('Beim Möbelrücken haben wir die Wand im Wohnzimmer beschädigt, ein großes Stück Putz '
     'ist raus, ca. 30 x 30 cm. Mietwohnung, bevor der Vermieter es sieht, wer macht das '
     'unauffällig schön?',
     ('maler-lackierer', 'stuckateur')),
    ('Die Farbe an der Decke im Altbau-Schlafzimmer rieselt, so kleine Flocken auf dem '
     'Bett. Leimfarbe vermutlich. Einfach drüberstreichen geht nicht hab ich gelesen.',
     ('maler-lackierer',)),
    ('Wir möchten im Flur einen Teil der Wand mit Holz vertäfeln lassen, Eiche, ca. 1,20 m'
     ' hoch. Schreiner?',
     ('tischler',)),
    ('Die Fensterbänke außen sind aus Blech und eine ist lose, klappert bei Wind und Regen'
     ' läuft drunter in die Wand.',
     ('klempner', 'einbau-baufertigteile')),
    ('Nach einem Rohrbruch in der Küchenwand wurde die Leitung vom Installateur repariert,'
     ' aber jetzt sind drei Fliesen weg und ein Loch in der Wand. Fliesen hab ich noch.',
     ('fliesenleger',)),
    ('Der Ofen in der Gartenlaube, ein kleiner Holzofen, soll vom Schornsteinfeger '
     'abgenommen werden. Das Rohr geht aber durch die Holzwand raus. Muss das anders '
     'gemacht werden?',
     ('schornsteinfeger',)),
    ('Suche jemanden, der meinen Kamin jedes Jahr kehrt, der alte Kaminkehrer ist '
     'weggezogen und ich hab gehört man kann den frei wählen?',
     ('schornsteinfeger',)),
    ('Im Reihenhaus hat die Dunstabzugshaube einen Fettfilter, der tropft, und die Küche '
     'riecht nach altem Fett. Ich hätte gern die ganze Küche mal gründlich professionell '
     'gereinigt, inkl. Schränke.',
     ('reinigung',)),
    ('Unsere Wohnung war 6 Monate untervermietet und ist jetzt in einem schlimmen Zustand,'
     ' Backofen verkrustet, Kalk in Dusche, Fenster schmierig. Wir brauchen eine '
     'gründliche Endreinigung vor Rückgabe.',
     ('reinigung', 'gebaeudereiniger')),
    ('Wir müssen innerhalb von Mannheim umziehen und haben ein Aquarium mit 400 l, plus '
     'Klavier. Umzugsfirma, die sowas kann?',
     ('umzug',)),
    ('Die alte Einbauküche muss raus und soll entsorgt werden, neue kommt nächste Woche. '
     'Wer baut ab und nimmt alles mit?',
     ('umzug', 'hausmeisterservice', 'tischler')),
    ('Kondenswasser tropft vom Klimagerät im Schlafzimmer an der Wand runter, Schlauch '
     'verstopft vielleicht. Tapete ist schon nass.',
     ('kaelteanlagenbauer',)),
    ('Im Keller steht noch ein alter Gefrierschrank, der aber fest verbaut ist als '
     'Kühlzelle, selbstgebaut vom Vorbesitzer, der brummt und kühlt nicht mehr. Wer '
     'repariert Kühlanlagen im Privathaus?',
     ('kaelteanlagenbauer',)),
]
