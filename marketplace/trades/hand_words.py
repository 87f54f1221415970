"""Words the catalogue lacks, per trade, written by hand: EXTRA.

Split from `marketplace.trades.vocabulary`, which merges these with the other word lists
(everyday words, crafts, objects, wording) and adds their spelling variants. Weights as in
the catalogue: 3 names the trade, 2 a strong hint, 1 a weak one.
"""

from __future__ import annotations

EXTRA: dict[str, tuple[tuple[str, int], ...]] = {}


def add_words(code: str, names: str = "", strong: str = "", weak: str = "") -> None:
    def split(text: str, weight: int) -> tuple[tuple[str, int], ...]:
        return tuple((term.strip(), weight) for term in text.split(",") if term.strip())

    EXTRA[code] = EXTRA.get(code, ()) + split(names, 3) + split(strong, 2) + split(weak, 1)


add_words("installateur-heizungsbauer",
          names="sanitaerfirma, heizungsfirma, heizungsmonteur, gas-wasser-installateur, "
                "heating company, heating engineer",
          strong="gas, gasgeruch, gasleitung, gaszaehler, gasherd, gaskessel, gasbrennwert*, "
                 "durchlauferhitzer, warmwasserbereiter, ausdehnungsgefaess, "
                 "heizungsraum, heizkessel, kessel, brennwert*, pelletheizung, pelletkessel, "
                 "pelletbrenner, foerderschnecke, oelkessel, oelbrenner, holzvergaser, "
                 "scheitholzkessel, hackschnitzelheizung, "
                 "heizungsanlage, thermostat*, heizkoerperventil, eckventil, absperrventil, "
                 "haupthahn, wasserzaehler, spuelung, toilettenspuelung, klospuelung, "
                 "spuelkasten, druecker, duschtasse, "
                 "wasserhahn, trinkwasser*, "
                 "leitungswasser, enthaertungsanlage, entkalkungsanlage, zirkulationspumpe, "
                 "heizungspumpe, vaillant, viessmann, buderus, junkers, "
                 "hot water heater, hot water tank, water pressure, gas smell, smell of gas, "
                 "radiator valve, shower tray, stopcock",
          weak="leitung, leitungen, rohre, rohren, druck, gluckern, gluckert, rauschen, "
               "entlueften, knallt, kalkig, lauwarm, lukewarm, pressure, banging")
add_words("dachdecker",
          names="dachdeckerbetrieb",
          strong="dachrinnen, dachrinna, dachlatte*, dachpfanne*, dachziegel*, first, "
                 "firstziegel, dachkehle, kehle, bitumenbahn*, dachpappe, dachflaeche, "
                 "dachschraege, traufe, dachgeschoss, reinregnen, regnets, "
                 "schlagregen, hagel, hagelschaden, rain coming in, water coming through",
          weak="dachboden, speicher, dachgeschoss, hagel, verstopft")
add_words("klempner",
          strong="spengler, dachrinna, blechdach, blecheinfassung, einfassung, kehlblech, "
                 "fallrohre, regenfallrohr, rinna, rinnen, dachrinnen, zink, zinkrinne",
          weak="regenrinne, dachrinne")
add_words("elektrotechniker",
          names="elektriker, elektrikaer, elektrikerin, elektrofirma, electrician",
          strong="fi, rcd, sicherungen, schraubsicherung*, sicherungsautomat, leitungsschutz*, "
                 "stromkreis, unterverteilung, verteilerkasten, verteiler, zaehlerkasten, "
                 "steckdos, steckdos*, anschlussdose, drehstrom, induktionsherd, "
                 "herdanschluss, aussenbeleuchtung, "
                 "bewegungsmelder, spots, dimmer, verkabelung, elektroinstallation, "
                 "gegensprechanlage, videosprechanlage, pv, wechselrichter, "
                 "stromspeicher, kwp, blitzeinschlag, verschmort, "
                 "schmorgeruch, durchlauferhitzer, lueftung, ventilator, luefter, "
                 "circuit, trips, tripping, fuse box, ceiling lamp, dimmer switch, "
                 "rauchmelder, extractor fan, smoke detector, smoke alarm",
          weak="dunkel, flackern, flackert, brummt, dimmen, licht, birne, gluehbirne")
add_words("maler-lackierer",
          names="weissbinder, weissbinderei, anstreicher, malerfirma",
          strong="streichen, ueberstreichen, ueberstrichen, drueberstreichen, gestrichen, "
                 "anstrich*, tapete*, tapezieren, tapeziert, raufaser*, lackieren, lackiert, "
                 "abschleifen und lackieren, "
                 "farbe, farbblasen, abblaettern, blaettert, vergilbt, wandfarbe, "
                 "painted, painting, paint",
          weak="flecken, farbe, weiss, wohnung renovieren")
add_words("fliesenleger",
          names="fliesenlegerei, fliesenfirma",
          strong="fliesen, fliese, gefliest, fliesn, kacheln, fugen, silikonfuge*, "
                 "regrouting, regrout, grout, tiles, tiling, wandfliesen, bodenfliesen, "
                 "fliesenspiegel, kuechenrueckwand, feinsteinzeug",
          weak="hohl")
add_words("tischler",
          names="schreinerei, tischlerei, moebeltischler",
          strong="einbauschrank, kleiderschrank, schiebetuer, schrank, "
                 "zimmertuer, innentuer*, wohnungstuer, haustuer, balkontuer, holztreppe, "
                 "treppenstufe*, stufe, stufen, knarzt, knarrt, arbeitsplatte, "
                 "fenstersims, "
                 "holzfenster, fensterfluegel, tuerklinke, "
                 "built-in shelves, window sills, window sill, door handle, shelves",
          weak="holz, morsch, klemmt, schleift, tuer, tueren, fenster")
add_words("glaser",
          names="glaserei",
          strong="scheibe, glasscheibe, fensterscheibe, glastuer, glasfach, glasfaecher, "
                 "glasfachboden, glasboden, sicherheitsglas, isolierglas, duschwand, "
                 "duschtuer, sprung, gesprungen, glass, pane, cracked glass",
          weak="riss, beschlagen, kitt")
add_words("einbau-baufertigteile",
          strong="kunststofffenster, fenster tauschen, fenster austauschen, neue fenster, "
                 "dichtungen, fensterdichtung*, terrassentuer, balkontuer, schiebetuer, "
                 "garagentor, sektionaltor, upvc, front door, upvc front door",
          weak="fenster, tuer, tueren, zieht, undicht")
add_words("maurer-betonbauer",
          names="maurerbetrieb, bauunternehmen",
          strong="wanddurchbruch, durchbruch, tragende wand, "
                 "kellerwand, kellerwaende, aussenwand, hauswand, ausmauern, ausgemauert, "
                 "gefache, mauerriss, fugen, betontreppe, treppe aus "
                 "beton, stufen aus beton, beton giessen, sockel, schornsteinkopf",
          weak="riss, risse, wand, bröckelt, broeckelt, abgeplatzt, abgebrochen, kanten")
add_words("stuckateur",
          names="stuckateurbetrieb, trockenbauer",
          strong="putz, putzschicht*, verputzt, verputzen, aussenputz, innenputz, "
                 "putzbroeckchen, putzschaden, trockenbauwand, rigipswand, rigips, "
                 "abhaengen, abgehaengt, abgehaengte decke, spachteln, sockelputz, "
                 "skimmed, skim, plaster, uneven walls",
          weak="decke, wand, loch, loecher, risse, riss, broeselt, beulen, durchhaengt")
add_words("zimmerer",
          strong="dachstuhl, balken, holzbalken, fachwerkhaus, fachwerk, carport, gartenhaus, "
                 "terrassenueberdachung, ueberdachung, holzterrasse, holzdielen, terrassendielen, "
                 "zaunpfosten, dachschalung",
          weak="holz, morsch, dachboden, terrasse")
add_words("strassenbauer",
          names="pflasterbetrieb",
          strong="pflastern, pflaster, pflastersteine, verbundsteine, einfahrt, auffahrt, "
                 "hofeinfahrt, gartenweg, zufahrt, schlagloecher, schlagloch, "
                 "terrassenplatten, gehwegplatten, abgesackt",
          weak="platten, asphalt, wurzeln, weg, uneben")
add_words("metallbauer",
          names="schluesseldienst, schlosser, schlosserei",
          strong="gelaender, balkongelaender, treppengelaender, schliesszylinder, zylinder, "
                 "schloss, tuerschloss, schluessel, ausgesperrt, zugefallen, abgebrochen im "
                 "schloss, hoftor, gartentor, tor, zaun, doppelstabmatte*, stabmatte*, "
                 "edelstahl, schweissen, schmiedeeisen, gitter, "
                 "locked out, railing",
          weak="eisen, rost, rostig, metall")
add_words("kaelteanlagenbauer",
          strong="klimaanlage, klimageraet, klima, split, splitgeraet, kuehlt, "
                 "air conditioner, air conditioning, split air conditioner, aircon",
          weak="heiss, hitze, warm im sommer")
add_words("informationstechniker",
          names="sat-techniker, antennenbauer",
          strong="satellitenempfang, satellit, satschuessel, satellitenschuessel, schuessel, "
                 "sat, sat-anlage, satanlage, antennendose, antenne, empfang, kein signal, "
                 "signal, wlan, mesh, router, netzwerk, netzwerkkabel, netzwerkanschluss, lan, "
                 "internet, fernseher, smart-tv, tv, receiver, "
                 "wifi",
          weak="kabel, signal")
add_words("zweiradmechaniker",
          names="fahrradladen, radladen",
          strong="felge, felgen, speiche, speichen, schlauch, schaltung, "
                 "vorderrad, fahrradkette, akku, e-bike, ebike, pedelec, fahrrad, rad, "
                 "wheel, spokes, bike",
          weak="platten, bremse, kette")
add_words("rollladen-sonnenschutztechniker",
          strong="rollo, rolladen, rollladen, rolllaeden, rollaeden, rolladengurt, "
                 "gurt, raffstore*, jalousie*, markise*, fliegengitter, insektenschutz*, "
                 "shutter, shutters, electric shutter, blinds, awning, fly screen",
          weak="gurt")
add_words("raumausstatter",
          strong="polstern, neu beziehen, beziehen, durchgesessen, sofa, sessel, gardinen, "
                 "vorhaenge, vorhang, gardinenstange*",
          weak="stoff, kuerzen, gardine")
add_words("bodenleger",
          strong="laminat, vinyl, vinylboden, klickvinyl, teppichboden, teppich, pvc, "
                 "sockelleiste*, bodenbelag, designboden, korkboden, kork, "
                 "flooring, vinyl planks, laminate",
          weak="boden, aufgewoelbt, verlegen")
add_words("parkettleger",
          strong="parkett, eichenparkett, dielenboden, dielen, holzboden, abschleifen, "
                 "versiegeln, oelen, kratzer im parkett, wood floors",
          weak="knarrt, fugen")
add_words("estrichleger",
          strong="estrich, estrichs, ausgleichen, ausgleichsmasse, bodenausgleich, hohl, "
                 "screed",
          weak="uneben")
add_words("rohr-kanalreiniger",
          names="rohrreinigungsfirma, kanalservice",
          strong="verstopft, verstopfung, abfluss, abfluesse, abwasser, "
                 "bodenablauf, ablauf, kanal, kanalrohr, gully, laeuft nicht ab, "
                 "laeuft langsam ab, steht in der spuele, wurzeln im rohr, abpumpen, "
                 "drain, drains, blocked, clogged, backs up, plunger",
          weak="stinkt, faulig, geruch, gluckert, gurgelt, smell")
add_words("bautrocknung",
          strong="wasserfleck, wasserflecken, trocknen, getrocknet, bautrockner, durchnaesste, "
                 "wasserschaden, ueberschwemmt, unter wasser, feuchte stellen, muffig, "
                 "damp patch, water damage",
          weak="nass, feucht, feuchtigkeit, damp")
add_words("holz-bautenschutz",
          strong="schimmel, schimmelig, schimmlig, abdichten, abdichtung, "
                 "kellerabdichtung, feuchte wand, feuchte waende, nasse waende, holzwurm, "
                 "holzwuermer, black mould, mould, mold",
          weak="feucht, feuchtigkeit, muffig, kellerwand")
add_words("garten",
          names="gartenbaufirma, gartenservice",
          strong="hecke, thuja, gruenschnitt, rasen, rasenmaehen, baum, birke, "
                 "ast, beete, laub, vorgarten, aussenanlage, "
                 "pool, teich, lawn, hedges, garden",
          weak="garten, wurzeln")
add_words("reinigung",
          names="putzfrau, putzkraft, reinigungskraft",
          strong="putzen, putzt, wohnung putzen, endreinigung, reinigen, "
                 "grundreinigung, carpets cleaned, oven cleaning, "
                 "clean the oven",
          weak="sauber")
add_words("gebaeudereiniger",
          strong="fenster putzen, fensterputzen, treppenhausreinigung, praxisreinigung, "
                 "bueroreinigung, unterhaltsreinigung",
          weak="reinigung, putzen")
add_words("umzug",
          strong="umzug, umziehen, auszug, entruempeln, entruempelung, ausraeumen, "
                 "sperrmuell, entsorgen, mitnehmen, "
                 "moving",
          weak="kartons")
add_words("hausmeisterservice",
          names="hausmeister, handwerkerservice",
          strong="kleinreparaturen, kleinigkeiten, aufbauen, ikea, aufhaengen, anbringen, "
                 "duebeln, duebel, montieren, "
                 "hang some shelves, mount a tv, odd jobs, handyman",
          weak="reparieren")
add_words("schornsteinfeger",
          names="schornsteinfeger, kaminkehrer",
          strong="schornstein, kamin kehren, kehren, zieht schlecht, abgaswerte, "
                 "abgasmessung, chimney sweep, chimney",
          weak="rauch, russ")
add_words("ofen-luftheizungsbauer",
          strong="kaminofen, kachelofen, schwedenofen, holzofen, ofen, "
                 "wood burning stove, stove",
          weak="rauch")
add_words("isolierer",
          strong="daemmung, daemmen, gedaemmt, dachdaemmung, "
                 "geschossdecke, oberste geschossdecke, dachschraegen",
          weak="zieht, kalt")
add_words("steinmetz",
          strong="granit, marmor, naturstein, natursteinplatten, arbeitsplatte aus granit, "
                 "fensterbank aus marmor",
          weak="stein")
add_words("uhrmacher", strong="standuhr, pendel, pendeluhr, wanduhr, armbanduhr, kuckucksuhr")
add_words("schuhmacher", strong="absaetze, absatz, sohle, sohlen, stiefel, schuhe")
add_words("kfz-techniker", strong="auto, bremsen, tuev, motor", weak="bremst")
add_words("brunnenbauer", strong="brunnen, brunnenpumpe", weak="pumpe")
add_words("geruestbauer", strong="geruest, geruestbau")
