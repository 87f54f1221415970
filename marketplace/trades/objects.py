"""Core objects of every trade: what people bring to it, what they ask of it, how they say so.

Written per trade from the trade's scope (Berufsbild), not from any one message: the things
it makes or mends (a violin's bridge and sound post, a trumpet's bell and valves, a fur
coat, binoculars), the service asked with its object (Jeans kürzen, Passbilder, Auto
verschrotten) and the faults people describe. It covers the rarer crafts above all,
because a customer who needs a furrier or a precision optician names the thing, rarely
the trade. Merged into the matcher by `vocabulary.EXTRA` like `crafts.CRAFTS`, with the
catalogue's weights: "strong" 2 (points at the trade), "weak" 1 (needs company).

MORE_OBJECTS and ENGLISH_OBJECTS are appended to OBJECTS per trade by
`vocabulary._objects()`; this module is only data (the Swabian spellings are made in
`vocabulary.swabian`). OBJECT_WEIGHTS corrects a keyword's weight for one trade where a
word of another trade's scope is a different thing there (the violin's Steg is no jetty).
"""

from __future__ import annotations

OBJECTS: dict[str, tuple[str, str]] = {
    # --- the common trades: faults and dialect they lacked ---
    "installateur-heizungsbauer": (
        "rinnt raus, tropft unten, siphon undicht, abfluss undicht, abflussrohr undicht",
        "rinnts, rinnt's"),
    "elektrotechniker": (
        "elektrische fussbodenheizung, elektrische heizung, elektroheizung, "
        "infrarotheizung, infrarotpaneel, nachtspeicherofen, nachtspeicherheizung, heizmatte, "
        "heizmatten, heizstab, wiederanschluss, elektrische trennung, abklemmen, anklemmen, "
        "electric underfloor heating, storage heater", ""),
    "hausmeisterservice": (
        "kleine dinge, kleinkram, allerlei, verschiedene kleinigkeiten, mehrere kleinigkeiten, "
        "alles erledigt, to-do-liste, bilder aufhaengen, lampen aufhaengen, lampen anbringen, "
        "odd jobs", ""),
    "holz-bautenschutz": (
        "pilzbefall, hausschwamm, braunfaeule, holzschaedlinge, holzmehl, bohrmehl, "
        "ausflugloecher, hausbock, nagekaefer, holzschutz, dry rot, woodworm, "
        "sanierungskonzept, ursache der feuchtigkeit, ursache misst, ursache messen, "
        "feuchtemessung, feuchtigkeitsmessung, feuchteursache, salzbelastung, pilz, befall",
        ""),
    # --- musical instruments ---
    "geigenbauer": (
        "geige, geigen, violine, violinen, bratsche, viola, cello, celli, violoncello, "
        "kontrabass, streichinstrument, streichinstrumente, geigensteg, stimmstock, "
        "griffbrett, saitenhalter, feinstimmer, geigenkasten, geigerin, geiger, cellist, "
        "cellistin, violin bridge, sound post, soundpost, fingerboard, viola, double bass",
        "saiten, wirbel, steg verschoben, steg umgefallen, stimme umgefallen, saite"),
    "bogenmacher": (
        "geigenbogen, cellobogen, bratschenbogen, bogen neu behaaren, behaaren, behaarung, "
        "rosshaar, bogenhaare, bow rehair, rehair, rehairing",
        "bogen, frosch"),
    "zupfinstrumentenmacher": (
        "gitarre, gitarren, e-gitarre, westerngitarre, konzertgitarre, akustikgitarre, "
        "bassgitarre, e-bass, laute, mandoline, ukulele, zither, harfe, banjo, gitarrenhals, "
        "bundstaebchen, buende, saitenlage, sattel der gitarre, tonabnehmer, "
        "guitar, guitars, ukulele, mandolin, harp, banjo, frets, fret",
        "hals verzogen, schnarrt, saiten"),
    "metallblasinstrumentenmacher": (
        "trompete, trompeten, posaune, posaunen, tuba, tenorhorn, bariton, euphonium, "
        "fluegelhorn, waldhorn, horn, saxophon, saxofon, blechblasinstrument, "
        "blechblasinstrumente, schallbecher, "
        "posaunenzug, mundstueck steckt, blaskapelle, blasorchester, "
        "trumpet, trombone, tuba, french horn, saxophone, valves, brass instrument",
        "mundstueck"),
    "holzblasinstrumentenmacher": (
        "klarinette, klarinetten, oboe, fagott, querfloete, floete, blockfloete, piccolo, "
        "piccoloflöte, holzblasinstrument, holzblasinstrumente, klappenpolster, "
        "rohrblatt, blattschraube, "
        "clarinet, oboe, bassoon, flute, recorder, pads, key pads",
        "toene"),
    "handzuginstrumentenmacher": (
        "akkordeon, akkordeons, ziehharmonika, harmonika, quetschkommode, bandoneon, "
        "steirische, mundharmonika, balg, stimmzungen, accordion, concertina",
        "balg undicht"),
    "klavier-cembalobauer": (
        "konzertfluegel, stutzfluegel, cembalo, spinett, klaviermechanik, "
        "hammerkoepfe, hammerfilz, klaviertasten, tasten haengen, resonanzboden, "
        "klavierlack, harpsichord, grand piano",
        "tasten, taste klemmt, klavier, piano"),
    "klavierstimmer": (
        "klavier, klaviere, piano, pianos, klavier "
        "verstimmt, klingt schief, piano tuning, out of tune",
        "gestimmt"),
    "orgel-harmoniumbauer": (
        "orgel, orgeln, kirchenorgel, pfeifenorgel, harmonium, orgelpfeifen, orgelpfeife, "
        "spieltisch, windlade, organ, church organ, pipe organ",
        "kantor, kirchengemeinde"),
    "schlagzeugmacher": (
        "schlagzeug, trommel, trommeln, pauke, pauken, snare, trommelfell, "
        "cajon, djembe, drums, drum kit, snare drum, drumhead",
        "fell"),
    "metall-glockengiesser": (
        "glocke, glocken, kirchenglocke, kirchenglocken, glockenguss, bronzeguss, "
        "kloeppel, glockenstuhl, church bell, bell casting",
        "bronze"),
    # --- fashion, leather, textiles ---
    "kuerschner": (
        "fell, felle, pelz, pelze, pelzmantel, pelzjacke, nerz, nerzmantel, fuchspelz, felle, "
        "pelzkragen, lammfell, kaninchenfell, pelzmuetze, pelzbesatz, pelz umarbeiten, "
        "fur coat, mink",
        "umarbeiten, umgearbeitet"),
    "aenderungsschneider": (
        "kuerzen lassen, hose kuerzen, jeans kuerzen, aermel kuerzen, saum, "
        "saeume, umnaehen, enger machen, einnaehen, abnaeher, "
        "reissverschluss, reissverschluss einnaehen, reissverschluss tauschen, "
        "durchgescheuert, hosenbein, hosenbeine, "
        "anpassen lassen, "
        "jeans, hose, hosen, sakko, taille, "
        "hem, hemmed, take in, shorten, shortened, zip, zipper, trousers",
        "kuerzen, flicken, naht, genaeht, naehen, anpassen, knopf, knoepfe, futter"),
    "massschneider": (
        "massanzug, mass anfertigen, nach mass geschneidert, schneidern, geschneidert, "
        "massgeschneidert, brautkleid naehen, trachtenanzug, dirndl, lederhose, "
        "lederhosn, tracht, trachten, trachtensachen, bespoke, tailor-made",
        "anzug, kleid, stoff"),
    "modist": (
        "hut, huete, hutmacher, damenhut, herrenhut, filzhut, strohhut, fascinator, "
        "kopfbedeckung, hutband, hat, hats, millinery",
        "krempe"),
    "sattler-feintaeschner": (
        "lederhose, lederhosn, hosentraeger, leder, ledertasche, aktentasche, portemonnaie, "
        "geldboerse, guertel, ledergurt, koffer, rucksack, hundehalsband, hundeleine, "
        "pferdegeschirr, sattel, motorradkombi, lederkombi, saddle, leather bag, suitcase",
        "leder, riemen"),
    "handschuhmacher": ("handschuh, lederhandschuhe, massanfertigung handschuhe", ""),
    "textilreiniger": (
        "in die reinigung, reinigung bringen, chemische reinigung, "
        "fleck am revers, revers, hemden, krawatte, dry cleaning, stain on",
        ""),
    "schnellreiniger": ("anzug reinigen, hemden reinigen, bis morgen gereinigt, "
                        "expressreinigung, express-reinigung", "express"),
    "kunststopfer": ("mottenloecher, mottenfrass, loch im pullover, loch im sakko, "
                     "brandloch, zigarettenloch, loch im stoff, unsichtbar stopfen, stopfen",
                     "motten"),
    "buegelanstalt": ("hemden buegeln, buegeln, buegelwaesche, gebuegelt, "
                      "hemdenservice", "hemden, hemd"),
    "dekorationsnaeher": ("vorhaenge naehen, gardinen kuerzen, vorhaenge kuerzen, "
                          "kissenbezuege, kissenhuellen, tischdecke naehen", ""),
    "textilgestalter": ("weben, webstuhl, weberei, gewebt, sticken, stickerei, gestickt, "
                        "besticken, monogramm, klöppeln, kloeppeln, filzen, "
                        "embroidery, embroidered, weaving", ""),
    "theaterkostuemnaeher": ("kostueme, kostuemen, buehnenkostueme, faschingskostuem, "
                             "karnevalskostuem, historisches kostuem, costumes", ""),
    "plisseebrenner": ("plisseerock, plissiert, plisseefalten, pleats, pleated", ""),
    "stoffmaler": ("seidenmalerei, stoff bemalen, textil bemalen, bemalte stoffe", ""),
    "textil-handdrucker": ("blaudruck, stoffdruck von hand, handbedruckt, modeldruck", ""),
    "fleckteppichhersteller": ("flickenteppiche, fleckerlteppich, fleckerlteppiche", ""),
    "appreteur-dekateur": ("stoff dekatieren, dekatieren, appretur, stoffveredelung", ""),
    "gerber": ("fell gerben, felle gerben, gerben, gegerbt, rehfell, hirschfell, "
               "wildfell", "haut, haeute"),
    "schuhreparatur": ("absaetze, schuhe besohlen, besohlen, neu besohlen, "
                       "schnellschuster, schuster, schusterei", "sohle"),
    "schuhmacher": ("massschuhe, schuhe nach mass, lederschuhe, besohlen, neu besohlen, "
                    "wanderschuhe, schnuerschuhe, schuster, schusterei", ""),
    "orthopaedieschuhmacher": ("einlagen, schuheinlagen, orthopaedische einlagen, "
                               "massschuhe, schuherhoehung, diabetikerschuhe, "
                               "diabetikerschuh, schuhzurichtung", "fussfehlstellung"),
    "holzschuhmacher": ("holzschuh, klompen, clogs", ""),
    # --- health trades ---
    "orthopaedietechniker": (
        "orthese, orthesen, knieorthese, prothese, prothesen, beinprothese, "
        "unterschenkelprothese, armprothese, prothesenschaft, schaft drueckt, stuetzkorsett, "
        "korsett, bandage, bandagen, kompressionsstruempfe, "
        "sanitaetshaus, orthosis, orthoses, prosthesis, prosthetic, brace, wheelchair",
        "rezept, krankenkasse, kreuzband, rollstuhl, rollator"),
    "augenoptiker": ("brillenglaeser, brillengestell, buegel der brille, "
                     "sonnenbrille, kontaktlinse, sehtest, gleitsichtbrille, lesebrille",
                     ""),
    "hoerakustiker": ("hoertest, im-ohr, hinter-dem-ohr, hoergeraetebatterie, "
                      "gehoerschutz, hoere schlecht, schwerhoerig", ""),
    "zahntechniker": ("zahnprothese, teilprothese, vollprothese, gebiss, zahnspange, "
                      "aufbissschiene, knirscherschiene, dritte zaehne, zahnbruecke, "
                      "implantat, veneers", "zahnarzt"),
    "kosmetiker": ("brautmakeup, braut-make-up, makeup, make-up, wimpern, "
                   "wimpernverlaengerung, augenbrauen, waxing, haarentfernung, manikuere, "
                   "pedikuere, fusspflege, gesichtsbehandlung, hautpflege, nagelstudio, "
                   "bridal make-up, bridal makeup, manicure, pedicure",
                   "braut, trauzeugin, hochzeit"),
    "maskenbildner": ("schminken, geschminkt, spezialeffekte, "
                      "wunden schminken, narben, kunstblut, perruecke, perruecken, "
                      "glatze, filmdreh, kurzfilm, buehne, theaterstueck, "
                      "brautmakeup, special effects make-up, sfx", "braut"),
    "friseur": ("hochsteckfrisur, brautfrisur, haare schneiden, haare faerben, "
                "strähnen, straehnen, dauerwelle, hochstecken, frisuren, "
                "haircut, updo, hair colour", "haare"),
    # --- optics, precision, metal ---
    "feinoptiker": (
        "fernglas, ferngläser, fernglaeser, feldstecher, fernrohr, teleskop, mikroskop, "
        "prisma, prismen, zielfernrohr, "
        "spektiv, lupe, binoculars, telescope, microscope, lens, lenses, prism, prisms",
        "doppelt sehen, sieht man doppelt, beschlagen innen"),
    "feinwerkmechaniker": ("ersatzteil anfertigen, einzelteil, zahnrad, zahnraeder, "
                           "drehen und fraesen, praezisionsteil, "
                           "spindel, gewinde nachschneiden", ""),
    "chirurgiemechaniker": (
        "chirurgische scheren, pinzetten, skalpell, op-besteck, op-instrumente, "
        "praxisinstrumente, instrumente schleifen, instrumente schaerfen, chirurgisch, "
        "chirurgischen, zahnarztinstrumente, dental instruments", ""),
    "schneidwerkzeugmechaniker": ("messer schleifen, scheren schleifen", ""),
    "metallsaegen-schaerfer": (
        "saegeblatt, saegeblaetter, kreissaegeblatt, kreissaegeblaetter, bandsaegeblatt, "
        "saegekette, kettensaegenkette, hartmetall, saege schaerfen, kettensaege schaerfen, "
        "saw blade, saw blades, chainsaw chain",
        "saege"),
    "gold-silberschmied": (
        "ring, ehering, eheringe, trauring, trauringe, verlobungsring, goldkette, "
        "silberkette, kette geloetet, goldschmied, goldschmiedin, silberschmied, "
        "schmuck, armreif, ohrringe, brosche, ring weiten, ring enger, "
        "ring kleiner, ring groesser, "
        "ring resizing, wedding ring, necklace, bracelet, earrings",
        "kette"),
    "edelsteinschleifer": ("edelstein, edelsteine, stein neu fassen, stein neu schleifen, "
                           "saphir, rubin, smaragd, amethyst, facetten, "
                           "gemstone", "zerkratzt"),
    "graveur": ("gravur, gravieren, graviert, eingraviert, gravieren lassen, namen eingravieren, "
                "engraving, engraved, engrave", ""),
    "galvaniseur": ("verchromen, verchromt, verchromung, vernickeln, vernickelt, versilbern, "
                    "versilbert, vergolden lassen, verzinken, verkupfern, chrom abgeplatzt, "
                    "rechromen, chrome plating, re-chrome", "chrom"),
    "metallschleifer-polierer": ("polieren, poliert, aufpolieren, hochglanz, angelaufen, "
                                 "messingleuchter, kupferkessel, polishing", ""),
    "metallbildner": ("skulptur, skulpturen, metallskulptur, kunstschmied, kunstschmiede, "
                      "schmiedekunst, geschmiedet, ziseliert, treibarbeit, metallkunst, "
                      "kunstobjekt, wetterhahn, sculpture", ""),
    "metallbauer": ("schwingtor, garagentorfeder, torfeder, automatiktuer, "
                    "automatische schiebetuer, karusselltuer, briefkastenanlage, "
                    "briefkasten, vordach aus stahl, stahltreppe, wendeltreppe aus stahl, "
                    "sicherheitsschloss, panzerriegel, tuerschliesser, tuerantrieb, "
                    "tresor, tresoroeffnung, geldschrank, zahlenschloss, "
                    ""
                    "garage door spring", "feder"),
    "behaelter-apparatebauer": (
        "edelstahltank, edelstahltanks, gaertank, gärtank, lagertank, druckbehaelter, "
        "braukessel, sudkessel, kuehlmantel, "
        "apparatebau, silo, stainless steel tank, pressure vessel",
        "edelstahl, schweissnaht, behaelter"),
    "drahtgestellbauer": ("drahtgestell, drahtgestelle, drahtfiguren, aus draht, "
                          "dekofiguren, drahtkorb, "
                          "drahtbiegen, gebogener draht", ""),
    "buechsenmacher": ("flinte, buechse, jagdgewehr, zielfernrohr montieren, "
                       "waffenpflege, luftgewehr, revolver", ""),
    # --- glass, ceramics, stone ---
    "glasblaeser": ("laborkuehler, glaskuehler, destillationsapparatur, glasapparat, "
                    "glasapparate, laborglas, glaskolben, "
                    "schliffe, glasgeraete, reagenzglas, glasfiguren, glas blasen, "
                    "mundgeblasen, sonderanfertigung aus glas, laboratory glassware",
                    "labor"),
    "glasveredler": ("glasgravur, glas gravieren, gravierte glaeser, weinglas, weinglaeser, "
                     "sektglas, kristallglas, bleikristall, satiniert, "
                     "glasschliff, glaeser gravieren, engraved glass", ""),
    "glas-porzellanmaler": ("porzellan, meissen, meissner, zwiebelmuster, "
                            "porzellanmalerei, tassen, teller, kaffeeservice, "
                            "zuckerdose, sammeltasse, porcelain", "henkel"),
    "keramiker": ("keramik, toepfer, toepferei, getoepfert, steingut, vase, "
                  "blumentopf aus ton, kacheln brennen, fliesen bemalen, ceramic, "
                  "pottery", "glasur, brennofen"),
    "betonstein-terrazzohersteller": (
        "terrazzo, terrazzo*, terrazzoboden, terrazzostufen, terrazzotreppe, terrazzofliesen, "
        "betonwerkstein, kunststein, zementfliesen, "
        "betonfertigteile, terrazzo floor, cast stone",
        "schleifen"),
    "steinmetz": ("grabstein, grabsteine, grabmal, grabplatte, inschrift, natursteinstufen, "
                  "eingangsstufen, sandstein, steinfigur, brunnen aus stein", ""),
    # --- wood ---
    "drechsler": ("gedrechselt, drechseln, drechselarbeit, treppenstaebe, spindel, "
                  "kerzenleuchter aus holz, holzschale, holzschalen, "
                  "woodturning", "stuhlbein, stuhlbeine, tischbein, tischbeine"),
    "holzbildhauer": ("holzfigur, holzfiguren, schnitzen, geschnitzt, schnitzerei, "
                      "krippenfiguren, madonna, heiligenfigur, holzskulptur, "
                      "woodcarving, carved", ""),
    "korb-flechtwerkgestalter": (
        "korb, koerbe, weidenkorb, waeschekorb, rattan, peddigrohr, wiener geflecht, "
        "geflecht, sitzgeflecht, stuhlgeflecht, korbstuhl, korbsessel, "
        "geflochten, bugholz, wicker, cane, caning, basket",
        "weide, schaukelstuhl"),
    "boettcher": ("fass, faesser, holzfass, weinfass, barrique, barriquefass, "
                  "barriquefaesser, eichenfass, fassreifen, regentonne aus holz, "
                  "barrel, cask, casks", ""),
    "weinkuefer": ("weinkeller, kellerei, weinbau, weingut, keltern, "
                   "kellerwirtschaft, weinhandel, winery", "wein"),
    "holzleitermacher": ("holzleitern, bockleiter aus holz, obstleiter", ""),
    "holzschindelmacher": ("schindeln, schindeldach, schindelfassade, holzschindel", ""),
    "modellbauer": ("modellbau, architekturmodell, im massstab, massstabsmodell, miniatur, "
                    "nachbildung, "
                    "modelleisenbahn, modellbahn, diorama, prototyp, "
                    "scale model, miniature", ""),
    "vergolder": ("vergoldet, vergolden, blattgold, goldrahmen, bilderrahmen, "
                  "stuckrahmen, spiegelrahmen, rahmen vergoldet, versilbern, "
                  "gilded, gold leaf, picture frame", "gold abgeblaettert"),
    "zimmerer": ("hochsitz, jagdkanzel, holzpavillon, blockhaus, blockhuette, holzhaus, "
                 "holzrahmenbau, dachbalken, deckenbalken, pfosten, pfetten, sparren, "
                 "holzkonstruktion, holzfassade, holzverschalung, laerche", ""),
    "tischler": ("holzdecke, holzverkleidung, paneele, wandverkleidung aus holz, "
                 "einbaumoebel, massivholz, kommode, sideboard, regal nach mass", ""),
    # --- print, paper, signs ---
    "drucker": ("drucken lassen, druckerei, bilderbuch, "
                "kinderbuch, buchdruck, offsetdruck, flyer, plakate, broschuere, "
                "broschueren, visitenkarten, einladungskarten, briefpapier, "
                "printing, print run, printed, leaflets, brochures", "verlag"),
    "siebdrucker": ("siebdruck, t-shirts bedrucken, shirts bedrucken, bedruckt, "
                    "trikots, vereinstrikots, textildruck, screen print, screen printing", ""),
    "flexograf": ("flexodruck, etiketten, verpackungsdruck", ""),
    "steindrucker": ("lithographie, lithografien, steindruck", ""),
    "buchbinder": ("buchbinderei, bibliothek, einbaende, neu einbinden, einbinden, "
                   "lederband, restaurierung der buecher", ""),
    "schilder-lichtreklamehersteller": (
        "schild, schilder, firmenschild, ladenschild, leuchtschild, leuchtreklame, "
        "leuchtbuchstaben, werbeschild, werbetafel, beschriftung, folienbeschriftung, "
        "schaufensterbeschriftung, autobeschriftung, hausnummer, logo, neonschild, "
        "sign, shop sign, illuminated sign, lettering",
        "beleuchtet"),
    "fotograf": ("fotografieren, passbild, passbilder, passfoto, "
                 "passfotos, bewerbungsfoto, bewerbungsfotos, hochzeitsfotos, "
                 "hochzeitsfotograf, fotoshooting, shooting, portraits, portrait, "
                 "familienfotos, produktfotos, passport photos, headshots, fotografin, fotografen, "
                 "fotos machen, fotos macht, fotos gemacht werden, reportage, hochzeitsreportage",
                 "trauung, sektempfang"),
    # --- theatre and film ---
    "theater-ausstattungsmaler": ("kulissen, kulisse, buehnenbild, buehnenbilder, "
                                  "hintergrund malen, theatermalerei, "
                                  "backdrop, scenery, stage set", "buehne, theater"),
    "theaterplastiker": ("buehnenplastiken, figuren aus styropor, grossfiguren, "
                         "pappmache, karnevalswagen, props sculpture", ""),
    "requisiteur": ("requisiten besorgen, filmrequisiten, theaterrequisiten, "
                    "requisitenbau, props", ""),
    # --- food ---
    "baecker": ("brezeln, laugengebaeck, backwaren, sauerteig", ""),
    "konditor": ("torten, motivtorte, geburtstagstorte, petit fours, pralinen, "
                 "cupcakes, tortenbestellung", ""),
    "fleischer": ("spanferkel, grillfleisch, wurstplatte, aufschnitt, partyservice", ""),
    "brauer-maelzer": ("bier hausbrauerei, malz, hopfen, sudhaus, "
                       "craft beer, brewing", ""),
    "mueller": ("mahlen, getreide mahlen, muehle, schrot, mill, milling", ""),
    "speiseeishersteller": ("eiscreme, speiseeis herstellen, softeis, eissorten", ""),
    "wachszieher": ("kerzen, kerze, taufkerze, hochzeitskerze, osterkerze, kerzen "
                    "ziehen, bienenwachs, candles, candle", ""),
    # --- vehicles, machines ---
    "fahrzeugverwerter": ("verschrotten, verschrottung, autoverschrottung, schrottauto, "
                          "altauto, altfahrzeug, abmelden und entsorgen, auto entsorgen, "
                          "verwertungsnachweis, ausschlachten, scrapping, "
                          "end-of-life vehicle", "schrott, nicht mehr fahrbereit"),
    "zweiradmechaniker": ("motorrad, motorraeder, moped, mofa, vespa, lenker, "
                          "motorcycle, motorbike, scooter", "blinker"),
    "land-baumaschinenmechatroniker": ("rasentraktor, aufsitzmaeher, minibagger, radlader, "
                                       "maehdrescher, hydraulik", ""),
    "elektromaschinenbauer": ("motor neu wickeln, wickeln, gewickelt, neu gewickelt, "
                              "wicklung, pumpenmotor, "
                              "drehstrommotor, elektromotoren, rewind", ""),
    "kfz-techniker": ("oelwechsel, zahnriemen, kupplung, getriebe, "
                      "auspuff, batterie auto, klimaanlage auto", "scheinwerfer"),
    "karosseriebauer": ("delle, dellen, ausbeulen, beule, beulen, kotfluegel, stossstange, "
                        "autotuer, hagelschaden am auto, smart repair, dent", ""),
    "reifen-vulkaniseur": ("vulkanisiert, reifen, reifenwechsel, winterreifen, sommerreifen, "
                           "reifen vulkanisieren, tyres, tires", ""),
    "boots-schiffbauer": ("bootsrumpf, osmose, antifouling, bootsdeck, "
                          "jolle, kajuetboot, hull", ""),
    "segelmacher": ("segel, segeltuch, grosssegel, vorsegel, fock, genua, spinnaker, "
                    "persenning, bootsplane, segelverein, segel gerissen, "
                    "sail, sails, sailcloth, boat cover", ""),
    "seiler": ("seil, seile, tau, taue, schaukelseil, kletterseil, hanfseil, tauwerk, "
               "festmacher, seilerei, rope, ropes",
               "ausgefranst, muerbe"),
    # --- building: rare ---
    "geruestbauer": ("geruest stellen, geruest aufbauen, geruest aufstellen, "
                     "geruest steht, fassadengeruest, rollgeruest, arbeitsgeruest, "
                     "scaffolding", ""),
    "betonbohrer-schneider": (
        "kernbohrung, kernbohrungen, kernbohren, kernloch, betonbohrung, betonbohren, "
        "durchbruch bohren, bohrung durch die betonwand, betonsaegen, betonschneiden, "
        "wandsaege, wandsaegen, seilsaege, kernbohrgeraet, core drilling, core drill, "
        "diamond drilling, concrete cutting, wanddurchfuehrung, mauerdurchfuehrung, "
        "deckendurchfuehrung, kernbohrloch",
        "betonwand, betondecke, stahlbeton, bohren"),
    "rammgewerbe": ("holzpfaehle, spundwand, spundwaende, rammen, "
                    "einrammen, rammarbeiten, anleger, bootssteg, anlegesteg, "
                    "dalben, pile, piles, pile driving", "pfaehle, pfahl"),
    "eisenflechter": ("bewehrung, bewehrungsstahl, baustahl, baustahlmatten, stabstahl, "
                      "bewehrungsmatten, matten verlegen, rebar, reinforcement",
                      ""),
    "asphaltierer": ("asphaltieren, gussasphalt, teer, geteert, "
                     "asphaltdecke, tarmac, asphalt driveway", ""),
    "kabelverleger": ("kabel ziehen, leerrohre, kabeltrasse, schlitzen, wandschlitze, "
                      "schlitze", ""),
    "brunnenbauer": ("brunnenschacht, brunnenring, brunnenringe, versandet, "
                     "brunnenwasser, gartenbrunnen, hauswasserwerk, tiefbrunnen, "
                     "schlagbrunnen, water well", ""),
    "tankschutz": ("oeltank, tank reinigen, tank stilllegen", ""),
    "lampenschirmhersteller": (
        "lampenschirme, "
        "pergamentschirm, stoffschirm, schirm neu beziehen, lampenfuss, "
        "lampshades, lamp shade",
        "schirm, pergament, stehlampe, tischlampe, haengelampe"),
    "schirmmacher": ("schirme, stockschirm, knirps, schirmgestell, speichen des schirms, "
                     "schirmspeiche, umbrellas", ""),
    "buersten-pinselmacher": ("brushes", "buerste, buersten, besen, handfeger"),
    "holzblockmacher": ("hackklotz, hackbrett, schneidebrett, hackbloecke", ""),
    "daubenhauer": ("dauben", ""),
    "muldenhauer": ("backmulde, teigmulde", ""),
    "holzreifenmacher": ("fassreifen aus holz", ""),
    "innerei-fleischer": ("innereien, kutteln, pansen", ""),
    "fleischzerleger": ("fleisch zerlegen, zerlegen, wild zerlegen, schwein zerlegen, "
                        "hausschlachtung, ausbeinen", ""),
    "bestattungsgewerbe": ("todesfall, beisetzung, "
                           "einaescherung, grabrede", ""),
    # --- business customers: cleaning ---
    "gebaeudereiniger": ("praxisraeume, hotelzimmer, "
                         "treppenhaeuser, verkaufsflaeche, fitnessstudio, "
                         "reinigungsdienst, unterhaltsreinigung, glasreinigung, "
                         "office cleaning, commercial cleaning",
                         "mitarbeiter, kanzlei, hotel, bueros"),
    "teppichreiniger": ("teppichboeden reinigen, teppichboden reinigen, teppichboeden, "
                        "teppichbodenreinigung, polsterreinigung, matratzenreinigung, "
                        "perser, polstermoebel, "
                        "draufgepinkelt, gepinkelt, katzenpipi, uringeruch, "
                        "carpet cleaning, upholstery cleaning", "matratze, matratzen"),
    "kaelteanlagenbauer": ("kuehlraum, kuehlzelle, kuehlhaus, kuehltheke, gastro-kuehlschrank, "
                           "gewerbekuehlschrank, getraenkekuehlschrank, vereist, "
                           "kaeltemittel, ac unit", "imbiss, lokal, restaurant"),
    "informationstechniker": ("serverschrank, server, netzwerkanschluesse, netzwerkdosen, "
                              "patchfeld, access point, it-support, edv, "
                              "drucker einrichten, server rack, network sockets", ""),
    "rollladen-sonnenschutztechniker": (
        "sonnensegel, beschattung, verschattung, markisentuch, "
        "markisenstoff, insektenschutzgitter, insektenschutztuer, fliegengittertuer, "
        "plissee, plissees, screen door, mosquito net, mosquito nets, "
        "insect screen, sun shade", ""),
    "ofen-luftheizungsbauer": ("holzbackofen, steinbackofen, pizzaofen, "
                               "brotbackofen, ofenbau, schamotte", ""),
    "estrichleger": ("estrich drauf, estrich legen, fliessestrich, zementestrich, "
                     "anhydritestrich, heizestrich, screed", ""),
}

# The thinnest trades of the catalogue: what their customers bring and ask, in their words.
MORE_OBJECTS: dict[str, tuple[str, str]] = {
    "feinwerkmechaniker": ("einzelanfertigung, ersatzteil nachfertigen, nachfertigen, "
                           "drehteile, fraesteile, werkstueck, prototypenteil, "
                           "spare part made, one-off part", ""),
    "buechsenmacher": ("gewehre, jagdgewehre, waffen, sportwaffe, schiessen, schuetzenverein, "
                       "visier, beschuss, gun, guns", ""),
    "baecker": ("brot backen, broetchen bestellen, hochzeitsbrot, brotzeit, backstube, "
                "bread order", ""),
    "fleischer": ("wurst machen, hausschlachtung, grillplatte, fleischbestellung, "
                  "schlachten, wurstherstellung", ""),
    "glasblaeser": ("glasblasen, glasperlen, christbaumkugeln, glaskunst, "
                    "glass blowing", ""),
    "boettcher": ("fassbinder, holzfaesser, fass reparieren, weinfaesser, whiskyfass", ""),
    "mueller": ("mehl mahlen, korn mahlen, getreide, getreidemuehle, wassermuehle, "
                "windmuehle, muehlstein, flour", ""),
    "brauer-maelzer": ("eigenes bier, bierbrauen, brauanlage, maelzen, mälzerei, maelzerei, "
                       "homebrew", ""),
    "weinkuefer": ("kellermeister, wein ausbauen, weinausbau, gaerung wein, most keltern",
                   ""),
    "wachszieher": ("kerzen giessen, kerzen verzieren, gedenkkerze, altarkerze, "
                    "bienenwachskerzen", ""),
    "flexograf": ("flexodruckerei, verpackungen bedrucken, folien bedrucken, "
                  "etikettendruck", ""),
    "asphaltierer": ("gussasphaltestrich, asphaltboden, asphaltflaeche, hofflaeche "
                     "asphaltieren", ""),
    "drahtgestellbauer": ("drahtfigur, drahtskulptur, drahtgeflecht, gestell aus draht, "
                          "schaufensterfigur, wire sculpture", ""),
    "kabelverleger": ("kabel verlegen, kabelkanaele, kabelschacht, leerrohre verlegen, "
                      "kabelzug, kabel einziehen", ""),
    "holzschuhmacher": ("holzclogs, klompen, holzpantinen, holzpantoffeln", ""),
    "holzblockmacher": ("holzklotz, holzkloetze, hackstock, metzgerblock", ""),
    "daubenhauer": ("fassdaube, daube", ""),
    "holzleitermacher": ("holzleiter, sprossenleiter, stehleiter aus holz, anlegeleiter "
                         "aus holz, leitersprossen, leitersprosse", ""),
    "muldenhauer": ("holztrog, teigtrog, backtrog", ""),
    "holzreifenmacher": ("reifen aus holz, fassreifen", ""),
    "holzschindelmacher": ("schindeln aus holz, laerchenschindeln, schindel, "
                           "schindeldach neu, shingles", ""),
    "buersten-pinselmacher": ("buersten, kehrbesen, rosshaarbuerste, sonderbuerste, "
                              "pinsel anfertigen", ""),
    "buegelanstalt": ("buegelwaesche, waesche buegeln, hemden gebuegelt, buegeln lassen", ""),
    "fleckteppichhersteller": ("fleckerlteppich, fleckerlteppiche, teppich aus stoffresten, "
                               "webteppich", ""),
    "theaterkostuemnaeher": ("kostuem naehen, kostueme naehen, kostuem schneidern, "
                             "buehnenkostuem, historisches gewand", ""),
    "stoffmaler": ("stoff bemalen lassen, seidentuch bemalen, handbemalt", ""),
    "textil-handdrucker": ("stoff bedrucken von hand, holzmodel, stempeldruck", ""),
    "handschuhmacher": ("handschuhe nach mass, lederhandschuh, reithandschuhe, "
                        "handschuh reparieren", ""),
    "schuhreparatur": ("schuhe reparieren, schuh reparieren, absatz ab, absatz abgebrochen, "
                       "heel bar", ""),
    "gerber": ("leder gerben, lohgerber, weissgerber, rohfell, rohhaut", ""),
    "innerei-fleischer": ("kalbskopf, kuttelsuppe", ""),
    "speiseeishersteller": ("eiswagen, eis am stiel, eisbuffet, eistruhe, sorbet, gelato, "
                            "eisstand", ""),
    "fleischzerleger": ("zerlegearbeiten, schweinehaelften, rinderhaelften, zerlegung, "
                        "lohnzerlegung", ""),
    "appreteur-dekateur": ("stoffausruestung, stoff krumpfen, dekatur, impraegnieren von "
                           "stoff", ""),
    "schnellreiniger": ("sofortreinigung, reinigung in einer stunde, same day dry cleaning",
                        ""),
    "bestattungsgewerbe": ("trauerfall, beerdigung organisieren, urnenbeisetzung, "
                           "seebestattung, ueberfuehrung, bestattungsinstitut, sarg, "
                           "trauerdruck", ""),
    "lampenschirmhersteller": ("lampenschirm neu beziehen, schirm fuer stehlampe, "
                               "lampenschirmgestell", ""),
    "theaterplastiker": ("buehnenfiguren, grossplastik, schaumstofffiguren, "
                         "kulissenbau figuren", ""),
    "requisiteur": ("requisitenfundus, filmausstattung, theaterausstattung, "
                    "requisitenliste", ""),
    "schirmmacher": ("regenschirm reparieren, schirm reparieren, schirmbezug, "
                     "sonnenschirm bespannen", ""),
    "steindrucker": ("lithos, lithografie drucken, kunstdruck stein", ""),
    "zahntechniker": ("zahnprothese gebrochen, gebiss gebrochen, "
                      "unterfuetterung, zahnersatz reparieren", ""),
    "hoerakustiker": ("hoergeraet pfeift, hoergeraet reparieren, otoplastik", ""),
    "augenoptiker": ("brille reparieren, brillenbuegel, nasenpad, nasenpads, "
                     "glas aus der brille, brillenglas", ""),
    "reifen-vulkaniseur": ("reifenplatzer, reifen geplatzt, reifen einlagern, "
                           "reifenmontage, reifen wuchten, auswuchten", ""),
    "land-baumaschinenmechatroniker": ("traktor springt nicht an, maehwerk, "
                                       "kettensaege reparieren, motorsaege, rasenmaeher "
                                       "reparieren, freischneider, laubblaeser", ""),
}
# What English-speaking customers write for the same things (phrases, so that they stay
# apart from German words).
ENGLISH_OBJECTS: dict[str, str] = {
    "geigenbauer": "violin repair, cello repair, violin bridge, cello bridge, viola repair",
    "bogenmacher": "bow rehair, rehair my bow, violin bow",
    "zupfinstrumentenmacher": "guitar repair, guitar setup, guitar neck, fret buzz",
    "metallblasinstrumentenmacher": "trumpet repair, stuck valve, dented trumpet, "
                                    "trombone slide, saxophone repair, sax repair",
    "holzblasinstrumentenmacher": "clarinet repair, flute repair, oboe repair, new pads",
    "klavierstimmer": "tune the piano, piano tuned, piano needs tuning, out of tune piano",
    "kuerschner": "fur jacket, mink coat, fur collar, fur stole",
    "feinoptiker": "binocular repair, telescope repair, microscope repair",
    "seiler": "rope swing, mooring line, climbing rope",
    "drucker": "print run, flyers printed, books printed, brochures printed, "
               "print leaflets",
    "fahrzeugverwerter": "scrap my car, car scrapping, scrapped car, end of life vehicle",
    "aenderungsschneider": "shorten trousers, shorten jeans, trousers shortened, hemming, "
                           "take in a dress, replace a zip, zip replaced, new zipper",
    "fotograf": "passport photo, passport photos, wedding photographer, headshot, "
                "family photo shoot, photographer",
    "kosmetiker": "bridal make-up, bridal makeup, lash extensions, eyebrow shaping, "
                  "manicure, pedicure, facial treatment",
    "rollladen-sonnenschutztechniker": "screen door, mosquito net, mosquito nets, "
                                       "insect screen, sun shade, shade sail",
    "orthopaedietechniker": "prosthetic leg, knee brace, orthotic, wheelchair repair",
    "betonbohrer-schneider": "core drill, core drilling, diamond drilling, concrete cutting",
    "uhrmacher": "watch battery, watch strap, clock repair, watch repair, grandfather clock",
    "gold-silberschmied": "ring resized, resize a ring, resize my ring, jewellery repair, "
                          "broken necklace, necklace clasp, chain repair",
    "schuhmacher": "shoe repair, resole, new soles, boots resoled",
    "buchbinder": "book binding, rebind a book, thesis binding, bind my thesis",
    "zahntechniker": "denture repair, broken denture, dentures",
    "textilreiniger": "dry cleaning, dry cleaner, dry-clean",
    "teppichreiniger": "carpet cleaning, rug cleaning, upholstery cleaning, sofa cleaning, "
                       "mattress cleaning",
    "schilder-lichtreklamehersteller": "shop sign, illuminated sign, neon sign, signage, "
                                       "sign for our shop",
    "getraenkeleitungsreiniger": "beer lines, beer line cleaning, tap lines",
    "kaelteanlagenbauer": "walk-in freezer, cold room, commercial fridge, display fridge, "
                          "fridge in our restaurant",
    "geruestbauer": "scaffolding, scaffold tower",
    "sattler-feintaeschner": "leather seats, car upholstery, saddle repair, leather bag "
                             "repair",
    "land-baumaschinenmechatroniker": "lawn mower repair, ride-on mower, chainsaw repair",
    "gebaeudereiniger": "office cleaning, commercial cleaning, cleaning for our office",
    "bestattungsgewerbe": "funeral director, funeral arrangements, cremation",
    "glasveredler": "engraved glass, glass engraving, etched glass",
    "graveur": "engraving, engraved, engrave a name",
    "vergolder": "gilded frame, gold leaf, regilding",
    "metallschleifer-polierer": "brass polishing, silver polishing, polish the brass",
    "galvaniseur": "chrome plating, re-chrome, rechroming, nickel plating",
    "korb-flechtwerkgestalter": "wicker chair, cane seat, rattan chair, basket repair",
    "boettcher": "wine barrel, oak barrel, barrel repair",
    "segelmacher": "sail repair, torn sail, boat cover",
    "modellbauer": "scale model, architectural model, model railway",
}

# A word of one trade's scope that is a different thing in another trade's list.
OBJECT_WEIGHTS: dict[tuple[str, str], float] = {
    ("rammgewerbe", "steg"): 1,  # the violin's bridge, a glasses' bridge: rarely a jetty
    # the core of a rare trade: named, it names the trade
    ("eisenflechter", "bewehrung"): 3, ("eisenflechter", "stabstahl"): 3,
    ("eisenflechter", "bewehrungsstahl"): 3,
    **{("betonstein-terrazzohersteller", term): 3 for term in (
        "terrazzo", "terrazzoboden", "terrazzostufen", "terrazzotreppe", "terrazzofliesen",
        "terrazzo floor")},
    ("kuerschner", "pelz"): 3, ("kuerschner", "pelzmantel"): 3, ("kuerschner", "nerzmantel"): 3,
    ("feinoptiker", "fernglas"): 3, ("feinoptiker", "feldstecher"): 3,
    ("geigenbauer", "geige"): 3, ("geigenbauer", "cello"): 3, ("geigenbauer", "bratsche"): 3,
    ("fahrzeugverwerter", "verschrotten"): 3,
    # an instrument names its maker, a watch the watchmaker, a prosthesis the orthopaedic
    # technician, a cold room the refrigeration engineer: the thing is the trade's own
    **{("metallblasinstrumentenmacher", term): 3 for term in (
        "trompete", "posaune", "tuba", "tenorhorn", "fluegelhorn", "waldhorn", "saxophon",
        "saxofon", "euphonium", "trumpet", "trombone", "saxophone")},
    **{("holzblasinstrumentenmacher", term): 3 for term in (
        "klarinette", "oboe", "fagott", "querfloete", "clarinet", "bassoon")},
    **{("zupfinstrumentenmacher", term): 3 for term in (
        "gitarre", "e-gitarre", "westerngitarre", "konzertgitarre", "mandoline", "ukulele",
        "zither", "harfe", "guitar")},
    **{("handzuginstrumentenmacher", term): 3 for term in (
        "akkordeon", "ziehharmonika", "bandoneon", "accordion")},
    **{("uhrmacher", term): 3 for term in (
        "armbanduhr", "taschenuhr", "standuhr", "pendeluhr", "kuckucksuhr", "wanduhr",
        "uhrwerk", "automatikuhr")},
    **{("orthopaedietechniker", term): 3 for term in (
        "prothese", "orthese", "beinprothese", "unterschenkelprothese", "armprothese",
        "knieorthese", "prosthesis", "orthosis")},
    **{("kaelteanlagenbauer", term): 3 for term in ("kuehlhaus", "kuehlzelle", "kuehlraum")},
    **{("vergolder", term): 3 for term in ("vergoldet", "vergolden", "blattgold", "gilded")},
    ("metallbildner", "metallskulptur"): 3, ("metallbildner", "kunstschmied"): 3,
    ("orthopaedieschuhmacher", "einlagen"): 3, ("orthopaedieschuhmacher", "schuheinlagen"): 3,
    ("glasblaeser", "laborglas"): 3, ("glasblaeser", "laborkuehler"): 3,
    ("holzbildhauer", "holzfigur"): 3, ("holzbildhauer", "heiligenfigur"): 3,
    ("holzbildhauer", "schnitzerei"): 3, ("holzbildhauer", "holzskulptur"): 3,
    **{("reifen-vulkaniseur", term): 3 for term in ("vulkanisieren", "vulkanisiert")},
    **{("galvaniseur", term): 3 for term in (
        "verchromen", "verchromt", "verchromung", "vernickeln", "vernickelt", "rechromen")},
    ("elektromaschinenbauer", "gewickelt"): 3, ("elektromaschinenbauer", "wickeln"): 3,
    ("teppichreiniger", "perserteppich"): 3, ("teppichreiniger", "orientteppich"): 3,
    ("schirmmacher", "regenschirm"): 3,
    ("fahrzeugverwerter", "auto verschrotten"): 3,
    ("rollladen-sonnenschutztechniker", "beschattung"): 3,
    **{("rollladen-sonnenschutztechniker", term): 3 for term in (
        "insektenschutz", "insektenschutztuer", "insektenschutzgitter", "fliegengittertuer",
        "screen door", "mosquito net", "mosquito nets", "insect screen")},
    ("rollladen-sonnenschutztechniker", "verschattung"): 3,
    # a mould or rubble removal is no house move; "removals" stays the mover's word
    ("umzug", "removal"): 2,
}
# Words whose letters look like a keyword inside (automatische is no Tisch, a Typenschild
# on an appliance no sign to make) or whose base form is one (wollen is no Wolle).
OBJECT_NEUTRAL = frozenset({"typenschild", "typenschilder", "typenschilds", "rinnt", "wollen",
                            "holen", "seite", "seiten",
                            "automatisch", "automatische", "automatischen", "automatischer",
                            "automatisches"})
# Words another list set aside as everyday that are a trade's own object (Regenschirm).
OBJECT_KEYWORDS = frozenset({"regenschirm"})
# German object words that are English words with another meaning ("fell", "hose").
OBJECT_FALSE_FRIENDS = frozenset({"fell", "hose", "most", "hut", "gift"})
# Object words that match only as a whole word, never inside a compound (Fassade is no Fass).
OBJECT_WHOLE_ONLY = frozenset({"fass", "horn"})
