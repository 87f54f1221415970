"""How people name each common trade's work, by trade: a systematic word list.

Written per trade from its scope, not from any message: for each trade the names people
use for it (regional ones too: Gipser, Flaschner, Hafner, Kaminfeger), the things it works
on (parts, materials, devices, brands), the faults as people describe them (symptoms,
colloquial verbs, dialect and frequent misspellings). The same in the English that expats
write is in `trades/wording_english.py`. Merged into the matcher by `vocabulary.EXTRA`.

Weights as in the catalogue: names 3, strong 2 (points at the trade), weak 1 (needs
company). Appliance repairs have no craft of their own; the electrician does them (and
the electric machine builder, offered second).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    names: str = ""
    strong: str = ""
    weak: str = ""


# Household appliances: the electrician repairs them, but the plumber connects a washing
# machine or a dishwasher, so the device's name alone is no strong hint (see WEIGHTS).
APPLIANCES = ("waschmaschine, waschmaschiene, geschirrspueler, spuelmaschine, "
              "waeschetrockner, trockner, kuehlschrank, gefrierschrank, gefriertruhe, "
              "backofen, dunstabzugshaube, dunstabzug, abzugshaube, mikrowelle, ceranfeld, "
              "kochfeld, induktionsfeld")
APPLIANCE_WEIGHT = 1.5

WORDING: dict[str, Words] = {
    "installateur-heizungsbauer": Words(
        names="heizungsinstallateur, installateurin, heizungstechniker, sanitaertechniker, "
              "heizungsnotdienst, sanitaernotdienst, installateurbetrieb, shk-betrieb, "
              "instalateur, installatuer, instellateur, gas-wasser-scheisse",
        strong="legionellenpruefung, trinkwasseranalyse, wasserfilter, zirkulation, "
               "warmwasserzirkulation, pufferspeicher, solarkollektoren, hydraulischer abgleich, "
               "thermostatventil, thermostatventile, handtuchheizkoerper, handtuchwaermer, "
               "badheizkoerper, gasanschluss, gasleitung pruefen, heizungswartung, kesselwartung, "
               "thermenwartung, pelletlager, spuelmaschinenanschluss, wc-sitz, dusch-wc, "
               "wasserenthaerter, heizungsrohr, heizungsrohre, wasserrohr, wasserrohre, "
               "warmwasser, warmwasserspeicher, heisswasser, boiler, untertischgeraet, "
               "kleinspeicher, gastherme, oeltherme, brenner, heizungsausfall, wassermangel, "
               "druckverlust, heizwasser, fussbodenheizung, fbh, heizkreise, heizkoerpern, "
               "radiatoren, entlueftungsschluessel, waermepumpe, luftwaermepumpe, oelheizung, "
               "gasheizung, nachtspeicher, stoermeldung, klospuelung, wc-spuelung, haenge-wc, "
               "stand-wc, vorwandelement, geberit, grohe, hansgrohe, perlator, strahlregler, "
               "brausekopf, brauseschlauch, duschschlauch, duschstange, waschtisch, duschwanne, "
               "bodengleiche dusche, wasserleitungen, hauptwasserhahn, absperrhahn, gashahn, "
               "hauptwasser, kein warmes wasser, kein warmwasser, nur kaltes wasser, wird nicht "
               "warm, klopfgeraeusche, enthaertung, gasherd, aussenwasserhahn, aussenhahn, "
               "gartenwasserhahn, zisternenpumpe, hauswasserwerk, rohrbruch, pumpensumpf",
        weak="eiskalt, wartung, klobrille, ventil klemmt, heizt nicht, bleibt kalt, schlauch, "
             "kalt, kalk, verkalkt, abgas, abgaswerte, tropft, plaetschert, laeuft nach, klopft, "
             "pfeift, wasser, pumpe"),
    "rohr-kanalreiniger": Words(
        names="rohrreinigungsdienst, abflussreinigung, kanalreinigung, rohrreinigung, "
              "rohrreiniger, kanalreiniger",
        strong="verstopft, verstopfung, verstopt, verstoppt, zu verstopft, abflussrohr, "
               "abflusrohr, abfluss, abfluesse, abfluß, abwasserrohr, grundleitung, sammelleitung,"
               " fallleitung, revisionsschacht, revisionsoeffnung, kontrollschacht, schacht, "
               "gully, gullys, sinkkasten, hofablauf, bodenablauf, duschablauf, gulli, gullis, "
               "gullideckel, vastopft, siphon, geruchsverschluss, rueckstau, rueckstauklappe, "
               "rueckstausicherung, kamerabefahrung, befahren, befahrung, kanal-tv, "
               "dichtheitspruefung, spirale, poempel, puempel, saugglocke, abflussreiniger, laeuft"
               " nicht ab, laeuft schlecht ab, laeuft langsam ab, fliesst nicht ab, staut sich, "
               "kanalgeruch, abwassergeruch, wurzeleinwuchs, tonrohr, tonrohre, steinzeugrohr, "
               "hochdruckspuelung",
        weak="gluckert, gurgelt, stinkt, riecht, kamera, kanal"),
    "elektrotechniker": Words(
        names="elektromeister, elektrikermeister, elektrotechnikerin, elektronotdienst, "
              "elektriker-notdienst, elektrikerfirma, elektrikerbetrieb, elektriger, elecktriker, "
              "elektricker",
        strong="herd anschliessen, lampe anschliessen, leuchte anschliessen, steckdose versetzen, "
               "kabelkanal, leerrohr, schaltschrank, zaehlerplatz, smart meter, ueberspannung, "
               "notstrom, klingeltrafo, elektroinspektion, heizstrahler, starkstromdose, cee-dose,"
               " lichtleiste, deckenspots, led-spots, stromkabel, elektrokabel, kabel verlegen, "
               "treppenlift, sauna, saunaofen, ortsveraenderliche, ortsveraenderlichen, dguv v3, "
               "geraetepruefung, stromausfall, kein strom, stromlos, sicherung, sicherungen, "
               "sicherungskasten, fi-schalter, fehlerstromschutzschalter, fi-schutzschalter, "
               "ls-schalter, sicherungsautomaten, zaehlerschrank, stromzaehler, schutzleiter, "
               "erdung, nullleiter, zweiadrig, zweiadrige, neuverkabelung, verkabeln, verkabelt, "
               "steckdose, steckdosen, steckdosenleiste, mehrfachsteckdose, verlaengerungskabel, "
               "lichtschalter, schalter, dimmer, deckenlampe, deckenleuchte, kronleuchter, "
               "haengelampe, pendelleuchte, einbauspots, strahler, aussenlampe, aussenleuchte, "
               "bewegungsmelder, zeitschaltuhr, treppenlicht, lichtautomat, klingel, "
               "klingelanlage, tuerklingel, gegensprechanlage, sprechanlage, tueroeffner, "
               "tuersummer, herdanschluss, starkstrom, starkstromanschluss, kraftstrom, drehstrom,"
               " wallbox, ladestation, ladesaeule, e-auto, elektroauto, stromer, photovoltaik, "
               "pv-anlage, solaranlage, solarmodule, balkonkraftwerk, wechselrichter, "
               "batteriespeicher, stromspeicher, rauchmelder, kurzschluss, stromschlag, gewischt, "
               "britzelt, funkt, funken, verschmort, schmort, schmorgeruch, rausgeflogen, fliegt "
               "raus, springt raus, ausgeloest, e-check, elektrocheck, elektroherd, elektrische "
               "anlage, elektrischen anlage, dguv, e-pruefung, fehlercode, fehlermeldung, "
               "laugenpumpe, flusensieb, schleudert, "
               + APPLIANCES,
        weak="kaffeemaschine, toaster, wasserkocher, foehn, staubsauger, alles aus, phasen, "
             "unterputz, aufputz, steuergeraet, steuerung, trommel, elektrisch, kabel, lampe, "
             "lampen, leuchte, licht, flackert, brummt, knistert, summt, herd, volt, miele, bosch,"
             " siemens, aeg, bauknecht, neff, beko"),
    "elektromaschinenbauer": Words(
        weak="waschmaschine, geschirrspueler, spuelmaschine, waeschetrockner, trockner, "
             "kuehlschrank, gefrierschrank, backofen, laugenpumpe, fehlercode"),
    "maler-lackierer": Words(
        names="malermeister, maler und lackierer, tapezierer, malerbetrieb, lackierer",
        strong="tafelwand, tafelfarbe, farbe an der wand, wand in, spachtelarbeiten, lackierung, "
               "tueren lackieren, fensterlaeden, holzschutzlasur, fassadenfarbe, silikatfarbe, "
               "kalkfarbe, latexfarbe, fototapete, wandgestaltung, akzentwand, bodenbeschichtung, "
               "epoxid, beschichtung, graffiti, malern, ausmalen, ausmalen lassen, weissen, "
               "weisseln, weiseln, tapeten, neu tapezieren, vliestapete, tapete abloesen, "
               "wandfarbe, dispersionsfarbe, lack, abbeizen, lasur, lasieren, grundierung, "
               "grundieren, schoenheitsreparatur*, auszugsrenovierung, fassadenanstrich, fassade "
               "streichen, abblaettern, abgeblaettert, blaettert ab, blaettert, streifig, decke "
               "streichen, waende streichen, wand streichen, zimmer streichen, neu streichen, "
               "streichen lassen, weiss streichen",
        weak="oelen, geoelt, farbe, verfaerbt, fleckig, flecken, renovieren, renovierung, kratzer"),
    "stuckateur": Words(
        names="gipser, gipserei, trockenbaufirma, stukateur, stuckateurin",
        strong="vorwand, schallschutz, akustikdecke, akustikpaneele, dachschraege verkleiden, "
               "verputzarbeiten, daemmputz, altbausanierung, deckenputz, wandputz, gesims, "
               "gesimse, gesimsen, stuckfassade, verputz, putzriss, putzrisse, putz broeckelt, "
               "putz platzt ab, fassadenputz, rauputz, kratzputz, gipsputz, glattputz, "
               "verspachteln, spachtelmasse, trockenbau, staenderwand, staenderwerk, "
               "metallstaenderwerk, rigips, rigipsplatten, gipskarton, gipskartonplatten, "
               "gipsplatten, abgehaengte decke, deckenabhaengung, vorsatzschale, stuckdecke, "
               "stuckrosette, stuckleiste, wdvs, waermedaemmverbundsystem",
        weak="rieselt, rieseln, woelbt, haengt durch, decke, wand, loch, loecher, riss, risse, "
             "broeckelt, abgeplatzt, platzt"),
    "fliesenleger": Words(
        names="plattenleger, fliesenlegermeister, fliesenlegerbetrieb",
        strong="aus fliesen, verfliesen, neu verfliesen, fliesen kleben, fliesen ausbessern, "
               "fliesen reparieren, natursteinfliesen, terrakotta, cotto, sockelfliesen, "
               "treppenfliesen, balkonfliesen, terrassenfliesen, bodenfliese, fliesn, fliesen "
               "legen, fliesen verlegen, neu fliesen, fliesenarbeiten, verfugen, neu verfugen, "
               "ausfugen, fugenmasse, fugenmoertel, silikon, silikonfuge, silikonfugen, "
               "feinsteinzeug, mosaik, mosaikfliesen, fliesenspiegel, bodenfliesen, wandfliesen, "
               "grossformat, fliesenkleber, hohlstellen, kachel, kacheln, gekachelt, gefliest, "
               "eingefliest",
        weak="hohl, fugen, abgesprungen, fliessen"),
    "dachdecker": Words(
        names="dachdeckermeister, dachdeckerin, bedachung, bedachungen",
        strong="dack, dachcheck, dachinspektion, dachwartung, sturmklammern, dachabdichtung, "
               "dachbahn, dachbahnen, lichtkuppel, lichtkuppeln, lichtband, dachterrasse, "
               "trapezblech, wellblech, wellblechdach, schindeln, biberschwanz, tonziegel, "
               "dachrand, dachpfannen, schneefang, dachlawine, dachlawinen, dachgaube, gaube, "
               "gauben, dachziegel, dachstein, dachsteine, schiefer, schieferdach, eternit, "
               "wellplatten, welleternit, dachpappe, bitumen, bitumenbahnen, schweissbahn, "
               "flachdach, flachdachabdichtung, garagendach, dachfenster, velux, dachluke, "
               "dachausstieg, ortgang, traufe, dachkehle, unterspannbahn, unterdach, lattung, "
               "konterlattung, schneefanggitter, dach undicht, undichtes dach, regnet rein, "
               "reinregnen, sturmschaden, dachschaden, ziegel verrutscht, ziegel fehlen, "
               "abgedeckt, eindecken, neu eindecken, umdecken, dacheindeckung, dachsanierung, "
               "dachreparatur, dachbegruenung, dachrinne",
        weak="vordach, unwetter, unwettern, ziegel, regen, regnet, sturm, moos, schraege, "
             "dachschraege, dachgeschoss"),
    "klempner": Words(
        names="spenglerei, flaschner, flaschnerei, blechner, klempnerei",
        strong="dachentwaesserung, dachablauf, dachablaeufe, notueberlauf, ortgangblech, "
               "kaminverkleidung, blechdach, dachrinne, regenrinne, rinne, fallrohr, "
               "regenfallrohr, fallrohre, standrohr, rinnenhalter, zinkblech, kupferblech, "
               "blechverwahrung, verwahrung, kaminverwahrung, kamineinfassung, blecheinfassung, "
               "attika, attikablech, mauerabdeckung, fensterbleche, alu-fensterbank",
        weak="blech, zink"),
    "glaser": Words(
        names="glasermeister, glasfirma",
        strong="glasbruch, scheibe gesprungen, scheibe kaputt, doppelverglasung, "
               "dreifachverglasung, verglasung, zwischen den scheiben, zwischen den glaesern, "
               "ganzglastuer, glastuer, glasschiebetuer, duschwand, duschkabine, duschabtrennung, "
               "spiegel, glasdach, glasplatte, bleiglas, milchglas, sicherheitsglas, scheiben, aus"
               " glas",
        weak="wintergarten, vordach, glas, blind, gesprungen, sprung, beschlagen, vitrine"),
    "einbau-baufertigteile": Words(
        names="fensterbauer, fensterfirma, fenstermonteur, tuerenmonteur",
        strong="schliesst nicht dicht, schliessen nicht dicht, nicht mehr dicht, fenstertausch, "
               "fensteraustausch, alufenster, holz-alu-fenster, dreh-kipp, drehkipp, kippfenster, "
               "fenstergriff, fenstergriffe, beschlag, beschlaege, fensterbeschlag, "
               "fensterdichtung, fenster einstellen, fenster nachstellen, fenster schliesst nicht,"
               " fenster klemmt, haustuertausch, neue haustuer, nebeneingangstuer, kellertuer, "
               "hebeschiebetuer, garagentor, sektionaltor, schwingtor, rolltor, kellerfenster, "
               "tuerzarge, einbruchschutz, pilzkopf",
        weak="nicht schliessen, schliesst nicht, nicht oeffnen, pfeift, kippen, kippt, "
             "wintergarten, fenster, tuer, tueren, dichtung, dichtungen, zieht, klemmt, undicht, "
             "griff"),
    "tischler": Words(
        names="schreinermeister, tischlermeister, moebelbauer, innenausbauer, schreinerin",
        strong="einschubtreppe, bodentreppe, dachbodentreppe, speichertreppe, kuechenmonteur, "
               "tuerzarge, tuerrahmen, tuerschwelle, deckenverkleidung, restaurieren, "
               "restaurierung, moebelrestaurator, schrankwand, garderobe, sideboard, tresen, "
               "theke, ladenbau, treppenrenovierung, hochbett, podest, einbauregal, "
               "nischenschrank, massanfertigung, nach mass, moebelreparatur, kuechenarbeitsplatte,"
               " kuechenfront, kuechenfronten, schranktuer, scharnier, scharniere, topfscharnier, "
               "schublade, schubladen, regal, regale, buecherregal, holztreppe, treppenstufe, "
               "treppenstufen, knarzt, knarrt, handlauf, innentuer, zimmertuer, tuerblatt, tuer "
               "kuerzen, holztuer, holzfenster, fensterbrett, massivholz, spanplatte, mdf, "
               "furnier, wandverkleidung, paneele, holzverkleidung, einbaumoebel, einbauschrank, "
               "kleiderschrank, aus holz, aus massivholz",
        weak="antik, bett, tuer einstellen, tuerschliesser, holz, moebel, treppe, stufen, klemmt, "
             "schleift, quietscht, verzogen, aufgequollen, eiche, buche, tuer, tueren, schrank"),
    "bodenleger": Words(
        names="bodenlegermeister, bodenbelagsfirma",
        strong="teppichfliesen, kautschuk, kautschukboden, bodenbelag entfernen, "
               "uebergangsschiene, uebergangsprofil, fussleiste, fussleisten, bodenleiste, "
               "bodenleisten, klickvinyl, designbelag, designboden, linoleum, teppichboden, "
               "auslegware, bodenbelag, sockelleiste, sockelleisten, trittschall, laminat "
               "verlegen, boden verlegen, neuer boden, neuen boden, laminad, vinylboden, "
               "laminatboden, pvc-boden",
        weak="boden, fussboden, verlegen, gewoelbt, aufgequollen, wellen, teppich"),
    "parkettleger": Words(
        names="parkettlegermeister, parkettfirma",
        strong="parkett, parkettboden, stabparkett, fischgraet*, dielen, dielenboden, holzdielen, "
               "holzboden, landhausdielen, abschleifen, schleifen, geschliffen, versiegeln, "
               "versiegelt, oelen, geoelt, parkett abziehen, aufarbeiten",
        weak="knarrt, knarzt, kratzer, zerkratzt"),
    "estrichleger": Words(
        strong="fliessestrich, zementestrich, anhydritestrich, trockenestrich, ausgleichsmasse, "
               "nivellieren, bodenausgleich"),
    "maurer-betonbauer": Words(
        names="bauunternehmer, baufirma, rohbauer, maurermeister",
        strong="tuerdurchbruch, fensterdurchbruch, wand versetzen, mauer bauen, sichtschutzmauer, "
               "gabionen, streifenfundament, betonarbeiten, ziegelsteine, mauersteine, tuer "
               "einbauen in die wand, anbau, garage bauen, maurerarbeiten, wand soll raus, wand "
               "muss raus, wand raus, wand rausreissen, wand einreissen, wand abreissen, gemauert,"
               " kalksandstein, porenbeton, ytong, betonieren, fundament, bodenplatte, wand "
               "rausnehmen, wand entfernen, wand durchbrechen, tragend, tragende, nichttragend, "
               "statik, statiker, stahltraeger, sturz, tuersturz, rohbau, setzriss, setzrisse, "
               "mauerriss, balkonplatte, bewehrung, aussentreppe, aus beton, stuetzmauer, "
               "gartenmauer, mauer, mauerwerk, klinker, verklinkern, wanddurchbruch, durchbruch, "
               "durchgang, wandoeffnung",
        weak="aus ziegel, riss, risse, wand, waende, beton, stein, steine, abgeplatzt, broeckelt"),
    "holz-bautenschutz": Words(
        names="schimmelsanierer, schimmelsanierung, bautenschutz",
        strong="bitumenanstrich, schimmelgutachten, schimmelentfernung, schimmelbeseitigung, "
               "holzschaedlinge, hausbock, pilzbefall, faeulnis, kellersanierung, abdichten von "
               "aussen, schimmelig, schimmlig, schimmelbefall, schimmelpilz, schimmelflecken, "
               "stockflecken, feuchte wand, feuchte waende, nasse wand, nasse waende, aufsteigende"
               " feuchtigkeit, salzausbluehungen, ausbluehungen, salpeter, kellerabdichtung, "
               "horizontalsperre, injektion, holzschutz, hausschwamm, trockenfaeule, schimmel, "
               "schwarze flecken, schwarze punkte, feuchte ecke, schwarzer belag, schwarze ecke, "
               "schwarze stellen, stockig",
        weak="lueften, lueftet, kondenswasser, kondensat, muffig, modrig, feucht, feuchtigkeit, "
             "salz"),
    "bautrocknung": Words(
        names="trocknungsfirma, trocknungsservice",
        strong="klatschnass, pitschnass, leckageortung, trocknungsgeraete, estrichtrocknung, "
               "daemmschichttrocknung, feuchtemessung, trocknungsgeraet, trocknung, trockenlegen, "
               "trockenlegung, bautrockner, luftentfeuchter, entfeuchter, entfeuchtung, "
               "wasserschaden, leckortung, leck orten, hochwasser, ueberschwemmung, ueberflutet, "
               "vollgelaufen, abpumpen, wasser im keller, feuchter fleck, feuchte stelle, feuchte "
               "flecken, nasser fleck, nasse stelle, keller unter wasser, unter wasser",
        weak="trocken, trockner, nass, durchnaesst, versicherung, gutachter"),
    "garten": Words(
        names="gaertner, gaertnerin, gartenbauer, landschaftsgaertner, galabau, baumpfleger, "
              "baumdienst, baumfaeller, gartenhilfe, gartenpflege",
        strong="gartenzaun, baeume kuerzen, baum kuerzen, wurzelstock, stubbenfraesen, "
               "baumgutachten, kronenschnitt, obstbaumschnitt, rasenpflege, rasen saeen, hochbeet,"
               " hochbeete, sichtschutzhecke, pflanzarbeiten, bepflanzen, teichbau, "
               "gartenbewaesserung, laubblaeser, rueckschnitt, gehoelz, gehoelze, efeu, dornen, "
               "gartenarbeiten, fichte, fichten, tanne, tannen, ahorn, linde, pappel, kastanie, "
               "walnussbaum, kirschbaum, apfelbaum, birnbaum, zypresse, konifere, koniferen, "
               "lebensbaum, tannenbaum, rasen, rasenmaehen, maehen, rasen maehen, vertikutieren, "
               "rollrasen, hecke, hecken, heckenschnitt, hecke schneiden, thuja, kirschlorbeer, "
               "liguster, buchsbaum, baum, baeume, baumfaellung, baum faellen, baumschnitt, "
               "obstbaum, ast, aeste, baumstumpf, stubben, fraesen, strauch, straeucher, gebuesch,"
               " unkraut, beet, beete, bepflanzung, staude, stauden, rindenmulch, "
               "gartengestaltung, garten anlegen, laub, gruenschnitt, schnittgut, brombeeren, "
               "verwildert, bewaesserung, bewaesserungsanlage, rasensprenger, sprenger, "
               "maehroboter, gartenteich, gestruepp, zurueckschneiden",
        weak="kuerzen, moos, sichtschutz, eiche, buche, kiefer, weide, birken, anlegen, garten, "
             "pflanzen, wurzeln, wurzel, grundstueck, zisterne"),
    "strassenbauer": Words(
        names="pflasterer, pflasterbetrieb, strassenbaufirma",
        strong="hofpflaster, einfahrt pflastern, rasengitter, kiesweg, plattenbelag, "
               "betonpflaster, natursteinpflaster, kopfsteinpflaster, entwaesserungsrinne, "
               "schlitzrinne, versickerung, pflasterflaeche, pflaster, pflastern, gepflastert, "
               "pflastersteine, verbundsteine, betonsteine, rasengittersteine, einfahrt, "
               "hofeinfahrt, garageneinfahrt, auffahrt, zufahrt, hofflaeche, gehwegplatten, "
               "abgesackt, abgesenkt, asphalt, asphaltieren, schlagloch, schlagloecher, "
               "bordsteine, randsteine, weg anlegen, terrasse anlegen",
        weak="unterbau, schotter, splitt, natursteinplatten, gesenkt, hof, fugen, platten, uneben"),
    "metallbauer": Words(
        names="schmied, kunstschmied, metallbaufirma, schluesselnotdienst, aufsperrdienst",
        strong="notoeffnung, schloss austauschen, schloss tauschen, schliessanlage, "
               "sicherheitsschloss, querriegel, panzerriegel, stahltuer, gitterrost, "
               "lichtschachtabdeckung, lichtschachtgitter, zaunbau, balkonanbau, feuertreppe, "
               "metalltreppe, schlossaustausch, vordach, briefkastenanlage, briefkasten, aus alu, "
               "aus aluminium, tuerschliesser, obentuerschliesser, tuerdaempfer, tuerschloss, "
               "schliesszylinder, profilzylinder, schluessel abgebrochen, schluessel steckt, "
               "ausgesperrt, ausgeschlossen, zugefallen, tuer zugefallen, tueroeffnung, "
               "aufgebrochen, einbruch, gelaender, treppengelaender, balkongelaender, edelstahl, "
               "verzinkt, schweissen, geschweisst, schweissnaht, hoftor, gartentor, einfahrtstor, "
               "schiebetor, drehtor, torantrieb, garagentorantrieb, metallzaun, stabmattenzaun, "
               "doppelstabmatten, "
               "maschendraht, fenstergitter, schloss klemmt, stahltreppe, wendeltreppe, schloss, "
               "schluessel, handlauf, einbruchsicherung, einbruchssicherung, aus metall, aus "
               "edelstahl, aus stahl, aus schmiedeeisen",
        weak="gartenzaun, treppenlift, durchgerostet, rost, rostet, rostig, verrostet, metall, "
             "stahl, eisen, tor, zaun, alu"),
    "rollladen-sonnenschutztechniker": Words(
        names="rollladenbauer, rolladenbauer, rollladenfirma, sonnenschutzfirma",
        strong="rolladenreparatur, rollladenreparatur, aufsatzrollladen, vorbaurollladen, "
               "funkrollladen, dachfensterrollo, lamellendach, rolladenmotor, rollo innen, "
               "verdunkelung*, hitzeschutz, rollladen, rolladen, rolllaeden, rollaeden, rollade, "
               "rolllade, rollo, rollos, jalousie, jalousien, jalosie, raffstore, raffstoren, "
               "raffstores, aussenjalousie, gurtband, gurtwickler, rollladengurt, rollladenmotor, "
               "rollladenkasten, rolladenkasten, rollladenpanzer, markise, markisen, markisentuch,"
               " sonnensegel, sonnenschutz, insektenschutz, fliegengitter, plissee, plissees, "
               "runtergerauscht, runtergekracht",
        weak="einfahren, ausfahren, faehrt nicht, gurt, lamellen, panzer, motor, haelfte"),
    "schornsteinfeger": Words(
        names="kaminkehrer, kaminfeger, rauchfangkehrer, essenkehrer, bezirksschornsteinfeger",
        strong="schosteen, schornsteen, feuerstaette, feuerstaettenbescheid, emissionsmessung, "
               "co-messung, kaminsanierung, edelstahlkamin, abgasleitung, kaminabnahme, "
               "schornstein, kehren, gekehrt, feuerstaettenschau, abgasmessung, immissionsmessung,"
               " versottung, schornsteinsanierung, edelstahlschornstein, russ, russgeruch, "
               "versottet, schornsteinkopf",
        weak="abnahme, kamin, zug, abgaswerte"),
    "ofen-luftheizungsbauer": Words(
        names="ofenbauer, kaminbauer, ofensetzer, hafner",
        strong="rauchabzug, feuerstelle, ofenbau, kaminbau, heizkamin, speicherofen, brennkammer, "
               "schamottsteine, ofendichtung, kaminofen, kachelofen, schwedenofen, holzofen, "
               "pelletofen, specksteinofen, grundofen, heizeinsatz, offener kamin, kamineinsatz, "
               "ofentuer, ofenscheibe, schamotte, ofenrohr, rauchrohr",
        weak="kamin, rauch, qualmt, anheizen, einheizen"),
    "reinigung": Words(
        names="reinigungsdienst, putzfrau, putzhilfe, haushaltshilfe, reinigungskraft, putzkraft, "
              "reinigungsservice",
        strong="fenster putzen, bauendreinigung, geruchsbeseitigung, backofenreinigung, messie, "
               "tatortreinigung, wohnung reinigen, haus reinigen, reinigen lassen, putzen, "
               "wohnungsreinigung, grundreinigung, endreinigung, umzugsreinigung, "
               "auszugsreinigung, baureinigung, fruehjahrsputz, sauber machen, saubermachen, "
               "besenrein, polsterreinigung, teppichreinigung, desinfektion, putzen lassen",
        weak="sauber, schmutzig, dreck, staub, vermuellt"),
    "gebaeudereiniger": Words(
        names="gebaeudereinigung, reinigungsfirma",
        strong="glasfassade, glasfassaden, bueroreinigung, praxisreinigung, unterhaltsreinigung, "
               "treppenhausreinigung, glasreinigung, fassadenreinigung, hausflurreinigung, "
               "objektreinigung, fenster putzen, fensterputzen"),
    "umzug": Words(
        names="moebeltransport, umzugsfirma, umzugsunternehmen, umzugshelfer, spedition, "
              "moebelspedition, moebelpacker",
        strong="moebellager, seniorenumzug, firmenumzug, bueroumzug, kuechenumzug, entsorgung, "
               "container, mulde, umzugsservice, umzug, umziehen, ziehen um, umzugswagen, "
               "transporter, moebeltransport, packer, traeger, umzugskartons, einpacken, "
               "auspacken, halteverbot, halteverbotszone, moebellift, aussenaufzug, "
               "klaviertransport, entruempelung, entruempeln, haushaltsaufloesung, "
               "wohnungsaufloesung, sperrmuell, transportieren, einlagerung",
        weak="tragen, schleppen, kartons, kisten, lager, auszug, einzug, ziehen"),
    "hausmeisterservice": Words(
        names="hausmeister, hausmeisterdienst, handwerkerservice, allrounder, mann fuer alles",
        strong="vorhangstange, gardinenstange, handwerklich eine niete, zwei linke haende, "
               "gluehbirne wechseln, leuchtmittel wechseln, bilder aufhaengen, regal anbringen, "
               "gardinenstange anbringen, fernseher aufhaengen, tv aufhaengen, moebelmontage, "
               "kleinreparaturen, kleinigkeiten, montieren, aufhaengen, anbringen, moebel "
               "aufbauen, ikea, winterdienst, schneeraeumen, streudienst, objektbetreuung",
        weak="handwerklich, niete, einschubtreppe, bodentreppe, bohren, montieren lassen, "
             "briefkasten, treppenlift, duebel, duebeln, aufbauen, montage"),
    "kaelteanlagenbauer": Words(
        names="klimaanlage, klimageraet, klimafirma, klimatechniker, kaeltetechniker",
        strong="klimaanlage nachfuellen, klimawartung, klimaanlage, klimageraet, splitgeraet, "
               "mobiles klimageraet, klimatisierung, kaeltemittel, kuehlt nicht, kuehlung, kalte "
               "luft, keine kalte luft, warme luft, kaeltetechnik, kuehlzelle, kuehlraum, "
               "kuehltheke, aussengeraet",
        weak="kuehlt, kuehlen, hitze"),
    "informationstechniker": Words(
        names="sat-techniker, antennenbauer, netzwerktechniker",
        strong="antennenanlage, multischalter, kabelanschluss, telefondose, patchpanel, "
               "netzwerkschrank, access point, wlan-ausleuchtung, kameraueberwachung, "
               "videoueberwachung, einbruchmeldeanlage, hausnetz, satellitenschuessel, "
               "satschuessel, antenne, kein empfang, kein bild, receiver, lnb, kabelfernsehen, "
               "wlan, router, netzwerk, netzwerkkabel, netzwerkdose, glasfaser, "
               "glasfaseranschluss, repeater, mesh, ueberwachungskamera, alarmanlage, smart home, "
               "telefonanschluss, tae-dose",
        weak="empfang, signal, internet, kamera"),
    "isolierer": Words(
        names="daemmfirma, daemmtechnik",
        strong="daemmung, daemmen, gedaemmt, daemmen lassen, dachdaemmung, "
               "zwischensparrendaemmung, aufsparrendaemmung, fassadendaemmung, einblasdaemmung, "
               "kerndaemmung, geschossdecke, oberste geschossdecke, kellerdeckendaemmung, "
               "kellerdecke, rohrdaemmung, mineralwolle, glaswolle, steinwolle, styropor, "
               "waermedaemmung, waermebruecke",
        weak="eiskalt"),
    "geruestbauer": Words(
        names="geruest, geruestbau, geruestfirma",
        strong="einruesten, eingeruestet, geruest stellen"),
    "steinmetz": Words(
        strong="grabeinfassung, urnengrab, natursteinplatte, granitplatte, steinreinigung, marmor "
               "polieren, granitarbeitsplatte, natursteinfensterbank, grabstein, grabmal, "
               "inschrift, naturstein, granit, marmor, marmorplatte, sandstein, natursteintreppe, "
               "aus naturstein, aus granit, aus marmor"),
    "zimmerer": Words(
        names="zimmermann, zimmerei, holzbau, holzbaufirma",
        strong="holzbalkendecke, holzbalkon, blockhaus, holzrahmenbau, laube, pavillon, "
               "sichtschutzzaun, zaunpfosten, dachstuhl, sparren, pfette, pfetten, balken, "
               "holzbalken, deckenbalken, fachwerk, carport, gartenhaus, geraeteschuppen, "
               "schuppen, holzhaus, pergola, terrassendach, terrassenueberdachung, holzterrasse, "
               "terrassendielen, wpc, bangkirai, douglasie, dachgaube, gaube, aufstockung, "
               "holzverschalung, holzfassade, holzzaun",
        weak="gartenzaun, holz, morsch, verfault, aus holz"),
    "raumausstatter": Words(
        strong="wandbespannung, stuehle beziehen, eckbank, kopfteil, polsterarbeiten, "
               "gardinenstangen"),
}
