"""Everyday words for the things each common trade works on, by trade.

Written from the trades' own scope (parts, materials, faults and services as a homeowner
names them), not from any one message: the catalogue names the trades, this names what
people write about. Merged into the matcher by `vocabulary.EXTRA`. Weights as in the
catalogue: "strong" 2 (points at the trade), "weak" 1 (needs company).
"""

from __future__ import annotations

EVERYDAY: dict[str, tuple[str, str]] = {
    "installateur-heizungsbauer": (
        "mischbatterie, einhebelmischer, thermostatarmatur, heizkoerperthermostat, "
        "thermostatkopf, heizungsventil, rohrleitung, wasserleitung, trinkwasserleitung, "
        "unterputzspuelkasten, vorwandinstallation, drueckerplatte, urinal, bidet, duschkopf, "
        "handbrause, regendusche, duschrinne, duscharmatur, wannenarmatur, badarmatur, "
        "waschmaschinenanschluss, geschirrspueleranschluss, heizstab, kombitherme, "
        "brennwerttherme, brennwertkessel, oelbrenner, umwaelzpumpe, heizkreis, "
        "heizkreisverteiler, heizungsdruck, manometer, entlueftungsventil, solarthermie, "
        "druckminderer, rueckspuelfilter, hauswasserstation, hebeanlage, tauchpumpe, "
        "wasseruhr, legionellen, kalkablagerung*, wasserdruck, kein wasser, kaltes wasser, "
        "warmes wasser, wasserhaehne, armaturen, eckventile, heizungsrohre, leitungswasser, "
        "gasleitung, gasanschluss, gaszaehler, heizung, heizungen, therme, kessel, "
        "heizkoerper, radiator, toilette, toiletten, badewanne, waschbecken, spuele, "
        "spuelbecken, dusche, wc, klo",
        "ventil, ventile, leitung, rohr, rohre, tropfen, tropft, rinnsal, lauwarm, zischt, "
        "rauscht, gluckert, leckt, leck, leckage, undicht"),
    "elektrotechniker": (
        "leitungsschutzschalter, sicherungsautomat, stromzaehler, zaehler, wandlampe, "
        "wandleuchte, einbauspots, einbaustrahler, led-streifen, trafo, tuerklingel, "
        "tuersprechanlage, aussenleuchte, ladestation, ladesaeule, solaranlage, solar, "
        "herdanschluss, drehstrom, kraftstrom, starkstrom, erdung, potentialausgleich, "
        "blitzschutz, ueberspannungsschutz, elektroheizung, nachtspeicherofen, "
        "nachtspeicherheizung, infrarotheizung, stromausfall, stromschlag, kurzschluss, "
        "schmoren, steckdosen, lichtschalter, schalter, sicherung, sicherungskasten, "
        "deckenlampe, deckenleuchte, lampe, lampen, leuchte, kabel, strom, elektrik, "
        "elektroinstallation, verteilung, zaehlerschrank, elektroleitung*, stromleitung*, "
        "socket, sockets, outlet, switch, light switch, fuse, breaker, light fitting, "
        "spotlights, doorbell, rewiring, inverter",
        "flackert, flackern, brummt, knistert, funkt, dunkel, licht"),
    "dachdecker": (
        "dachstein, dachsteine, firstziegel, ortgang, traufe, dachluke, dachausstieg, "
        "dachbegruenung, dachabdichtung, dachreparatur, dachschaden, unterspannbahn, "
        "lattung, dachlatten, schindel*, schiefer, dachziegel, ziegel, dachpfanne*, "
        "dachrinne, regenrinne, dachfenster, dachflaeche, dachsanierung, "
        "roof, roof tiles, slates, ridge tiles, leaking roof, roof leak",
        "regen, regnet, sturm, hagel, moos, undicht, dachboden, speicher"),
    "klempner": (
        "fallrohr, fallrohre, regenfallrohr, dachrinne, regenrinne, rinnenhaken, "
        "rinneneisen, blechabdeckung, mauerabdeckung, kaminverkleidung, kaminabdeckung, "
        "zinkblech, kupferblech, titanzink, downpipe, guttering",
        "blech, rinne"),
    "maler-lackierer": (
        "lasur, lasieren, grundieren, schoenheitsreparaturen, weisseln, "
        "malerarbeiten, lackierarbeiten, fassadenanstrich, vliestapete, mustertapete, "
        "fototapete, tapezierarbeiten, streichen, gestrichen, anstrich, wandfarbe, "
        "nikotin, vergilbt, repaint, redecorate, decorate, emulsion, gloss",
        "farbe, flecken, renovieren, renovierung"),
    "fliesenleger": (
        "fliesen, fliese, kacheln, fugen, silikonfuge, silikonfugen, wandfliesen, "
        "bodenfliesen, feinsteinzeug, mosaik, fliesenspiegel, fliesenarbeiten, "
        "verfugen, neu verfugen, fugenmasse, grout, regrout, tiling, tiles",
        "hohl, gesprungen"),
    "tischler": (
        "moebel, einbaumoebel, einbauschrank, kleiderschrank, schrank, schraenke, "
        "schranktuer, schubladen, schublade, arbeitsplatte, kuechenfront*, kuechenschrank*, "
        "innentuer, zimmertuer, haustuer, holztuer, tuerblatt, scharnier, scharniere, "
        "holztreppe, treppenstufen, handlauf, fensterbank, fensterbaenke, fensterbrett, "
        "fensterrahmen, holzfenster, regal, regale, sideboard, wandverkleidung, "
        "massanfertigung, nach mass, cabinet, cupboard, wardrobe, worktop, skirting board",
        "holz, klemmt, schleift, verzogen, quietscht, tuer, tueren"),
    "glaser": (
        "scheibe, scheiben, glasscheibe, fensterscheibe, isolierglas, verglasung, "
        "sicherheitsglas, ersatzglas, glasplatte, glastuer, spiegel, duschwand, duschtuer, "
        "duschabtrennung, glasbruch, glasschaden, glass, pane, mirror, shower screen",
        "gesprungen, sprung, riss, beschlagen"),
    "einbau-baufertigteile": (
        "fenstertausch, fenster tauschen, fenster austauschen, neue fenster, "
        "kunststofffenster, alufenster, fensterdichtung*, fenstergriff, fensterbeschlag*, "
        "beschlaege, terrassentuer, balkontuer, schiebetuer, hebeschiebetuer, "
        "nebeneingangstuer, zarge, zargen, tuerzarge, garagentor, sektionaltor, "
        "new windows, window handle, upvc",
        "fenster, tuer, tueren, zieht, undicht, dichtung"),
    "maurer-betonbauer": (
        "mauer, mauern, mauerwerk, ziegelmauer, gartenmauer, stuetzmauer, klinker, "
        "kalksandstein, porenbeton, beton, betonieren, fundament, bodenplatte, "
        "wanddurchbruch, durchbruch, tragende wand, sturz, kellerwand, aussenwand, "
        "anbau, rohbau, treppe aus beton, betontreppe, schornsteinkopf, "
        "brick, brickwork, wall, concrete, foundation",
        "riss, risse, abgeplatzt, broeckelt"),
    "stuckateur": (
        "putz, verputzen, verputzt, innenputz, aussenputz, kalkputz, lehmputz, "
        "kalkzementputz, rauputz, edelputz, putzschaden, putzriss*, trockenbau, rigips, "
        "gipskarton, rigipswand, trockenbauwand, abgehaengte decke, deckenabhaengung, "
        "spachteln, verspachteln, stuck, stuckdecke, fassadenputz, wdvs, "
        "plaster, plastering, drywall, plasterboard, skim",
        "decke, wand, loch, loecher, riss, risse, beulen"),
    "bodenleger": (
        "laminat, vinyl, vinylboden, designboden, klickvinyl, pvc, linoleum, kork, "
        "korkboden, teppich, teppichboden, auslegware, bodenbelag, sockelleiste*, "
        "trittschall, trittschalldaemmung, laminate, vinyl flooring, carpet, carpets, "
        "flooring",
        "boden, fussboden, verlegen, gewellt, aufgequollen"),
    "parkettleger": (
        "parkett, parkettboden, stabparkett, fischgraet*, dielen, dielenboden, "
        "holzdielen, holzboden, landhausdielen, abschleifen, schleifen und oelen, "
        "versiegeln, parquet, floorboards, wooden floor, wood floor, sanding",
        "kratzer, knarrt, knarzt"),
    "rohr-kanalreiniger": (
        "verstopft, verstopfung, abfluss, abfluesse, abflussrohr, abwasserrohr, "
        "abwasserleitung, abwasser, kanal, kanalrohr, hausanschluss, revisionsschacht, "
        "schacht, gully, bodenablauf, duschablauf, ablauf, rueckstau, rueckstauklappe, "
        "spirale, rohrreinigung, kamerabefahrung, kanalbefahrung, "
        "blocked, blockage, drain, drains, sewer, unblock",
        # "steht" only with the water that stands: a washing machine that "steht im
        # Keller" is where it is
        "stinkt, faulig, geruch, gluckert, gurgelt, laeuft nicht ab, wasser steht, "
        "steht das wasser, steht wasser, steht unter wasser, unter wasser, steht in der dusche, "
        "steht in der wanne, steht im becken"),
    "garten": (
        "gartenpflege, gartenarbeit, rasen, rasenmaehen, rasen maehen, hecke, hecken, "
        "heckenschnitt, baum, baeume, baumschnitt, baumfaellung, strauch, "
        " straeucher, "
        "unkraut, beet, beete, bepflanzung, rollrasen, vertikutieren, laub, gartenteich, "
        "teich, bewaesserung, rasensprenger, obstbaum, obstbaeume, thuja, "
        "garden, lawn, hedge, hedges, tree, trees, weeds, pond",
        "garten, pflanzen, wurzeln"),
    "reinigung": (
        "putzen, putzfrau, putzhilfe, haushaltshilfe, reinigungskraft, wohnungsreinigung, "
        "grundreinigung, endreinigung, umzugsreinigung, fruehjahrsputz, baureinigung, "
        "backofen reinigen, cleaner, cleaning, deep clean",
        "sauber, schmutzig, dreck, staub"),
    "umzug": (
        "umzug, umziehen, umzugsfirma, umzugshelfer, moebeltransport, transport, "
        "entruempelung, entruempeln, haushaltsaufloesung, wohnungsaufloesung, sperrmuell, "
        "umzugskartons, "
        "removals, moving house, house move, movers",
        "kartons, transporter, einzug, auszug"),
    "rollladen-sonnenschutztechniker": (
        "rollladen, rolllaeden, rolladen, rollo, rollos, rollladengurt, gurtwickler, "
        "rollladenmotor, rollladenkasten, jalousie, jalousien, raffstore, raffstores, "
        "markise, markisen, plissee, insektenschutz, fliegengitter, sonnenschutz, "
        "shutter, shutters, blinds, awning",
        "gurt, panzer, lamellen"),
    "metallbauer": (
        "schluesseldienst, ausgesperrt, tuer zugefallen, zugefallen, schloss, "
        "tuerschloss, schliesszylinder, zylinder, schluessel, einbruchschutz, gitter, "
        "gelaender, treppengelaender, balkongelaender, edelstahl, schweissen, "
        "schweissarbeiten, metalltor, gartentor, hoftor, zaun, metallzaun, stabmattenzaun, "
        "locksmith, locked out, railing, railings, welding, gate",
        "metall, eisen, stahl, rost, rostig, verrostet"),
    "zimmerer": (
        "dachstuhl, sparren, pfetten, balken, holzbalken, fachwerk, carport, gartenhaus, "
        "schuppen, holzhaus, pergola, ueberdachung, terrassenueberdachung, holzterrasse, "
        "terrassendielen, holzzaun, holzverkleidung, dachgaube, gaube, "
        "carpenter, timber frame, decking, pergola",
        "holz, morsch, verfault"),
    "kaelteanlagenbauer": (
        "klimaanlage, klimageraet, split-klimaanlage, splitgeraet, klimatisierung, "
        "kuehlraum, kuehlzelle, kaeltemittel, air conditioning, aircon",
        "kuehlt, heiss, hitze"),
    "informationstechniker": (
        "wlan, router, netzwerk, netzwerkkabel, lan-kabel, repeater, mesh, internet, "
        "sat-anlage, satanlage, satschuessel, satellitenschuessel, antenne, antennendose, "
        "fernseher, tv, receiver, kabelanschluss, glasfaser, ueberwachungskamera, "
        "smart home, wifi, network, router, satellite dish, tv aerial",
        "signal, empfang"),
    "holz-bautenschutz": (
        "schimmel, schimmelbefall, schimmelflecken, schimmelsanierung, abdichten, "
        "abdichtung, kellerabdichtung, horizontalsperre, aufsteigende feuchtigkeit, "
        "salzausbluehung*, ausbluehung*, holzwurm, holzwuermer, hausschwamm, "
        "mould, mold, rising damp, damp proofing, waterproofing",
        "feucht, feuchtigkeit, muffig, modrig"),
    "bautrocknung": (
        "bautrocknung, trocknung, trocknen, trockenlegen, bautrockner, "
        "luftentfeuchter, wasserschaden, ueberschwemmung, ueberflutet, hochwasser, "
        "leckortung, water damage, dehumidifier, flooded",
        "nass, feucht, durchnaesst"),
}
