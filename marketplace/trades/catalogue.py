"""Every trade of the Handwerksordnung, as code, plus the non-craft services people ask for.

Numbers are those of the law: Anlage A 1-53 (42-53 came back from B1 in 2020), Anlage B
Abschnitt 1 (B1, zulassungsfrei) and Abschnitt 2 (B2, handwerksähnlich) with the numbers of
the 2017 text; the twelve trades that moved to Anlage A in 2020 are no longer listed in B1.
Keywords are everyday words in German and English with a weight: 3 names the trade itself,
2 is a strong hint, 1 a weak one that needs company. Keywords are matched by
`marketplace.trades.detection`; see there for the matching rules of `*`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum


class Anlage(StrEnum):
    A = "A"  # zulassungspflichtig: master craftsman (or equivalent) required
    B1 = "B1"  # zulassungsfrei: craft without master requirement
    B2 = "B2"  # handwerksähnlich: craft-like trade
    SERVICE = "service"  # not a craft under the Handwerksordnung


@dataclass(frozen=True)
class Trade:
    code: str
    anlage: str
    number: int | None
    name_de: str
    name_en: str
    # Short, customer-facing label for buttons (falls back to the full name).
    label_de: str = ""
    label_en: str = ""
    keywords: tuple[tuple[str, int], ...] = field(default=(), repr=False)
    # Trades homeowners commonly ask for: offered in the "choose a trade" list.
    is_common: bool = False

    @property
    def requires_master(self) -> bool:
        """Anlage A needs an entry in the Handwerksrolle (Meister or equivalent)."""
        return self.anlage == Anlage.A

    @property
    def master_since_2020(self) -> bool:
        """Back in Anlage A since 2020; businesses running before keep their rights."""
        return self.anlage == Anlage.A and self.number is not None and self.number >= 42

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_de

    def label(self, language: str) -> str:
        if language == "en":
            return self.label_en or self.name_en
        return self.label_de or self.name_de

    @property
    def anlage_label(self) -> str:
        if self.anlage == Anlage.SERVICE:
            return "—"
        return f"Anlage {self.anlage} Nr. {self.number}"


def _kw(text: str, weight: int) -> tuple[tuple[str, int], ...]:
    """'a, b, c' -> ((a, w), (b, w), (c, w))."""
    return tuple((word.strip(), weight) for word in text.split(",") if word.strip())


def _trade(anlage: Anlage, number: int | None, code: str, name_de: str, name_en: str,
           label_de: str = "", label_en: str = "", *, names: str = "", strong: str = "",
           weak: str = "", common: bool = False) -> Trade:
    keywords = _kw(names, 3) + _kw(strong, 2) + _kw(weak, 1)
    return Trade(code=code, anlage=anlage, number=number, name_de=name_de, name_en=name_en,
                 label_de=label_de, label_en=label_en, keywords=keywords, is_common=common)


A, B1, B2, S = Anlage.A, Anlage.B1, Anlage.B2, Anlage.SERVICE

TRADES: tuple[Trade, ...] = (
    # --- Anlage A -----------------------------------------------------------------------
    _trade(A, 1, "maurer-betonbauer", "Maurer und Betonbauer", "Bricklayer and concrete builder",
           "Maurer & Beton", "Masonry & concrete",
           names="maurer, betonbauer, maurerarbeiten, bricklayer, mason, masonry",
           strong="mauer, mauern, beton, fundament, wanddurchbruch, durchbruch, tragende wand, "
                  "ziegelwand, kalksandstein, anbau, rohbau, bodenplatte, brick wall, "
                  "concrete, foundation, brickwork, load bearing, knock through, extension",
           weak="wand, keller, riss, risse, mauerwerk, wall, crack, cracks, garage, "
                "einreissen, abreissen, demolish",
           common=True),
    _trade(A, 2, "ofen-luftheizungsbauer", "Ofen- und Luftheizungsbauer",
           "Stove and air heating builder", "Kamin & Ofen", "Stove & fireplace",
           names="ofenbauer, ofensetzer, kachelofen, kaminofen, stove fitter",
           strong="kamin*, ofen, schwedenofen, holzofen, pelletofen, woodburner, wood burner, "
                  "wood stove, log burner, fireplace, tiled stove",
           weak="heizeinsatz, stove"),
    _trade(A, 3, "zimmerer", "Zimmerer", "Carpenter (structural)", "Zimmerei & Holzbau",
           "Carpentry & timber",
           names="zimmerer, zimmermann, zimmerei, holzbau",
           strong="dachstuhl, carport, dachgaube, gaube, balken, fachwerk, holzhaus, "
                  "gartenhaus, pergola, holzterrasse, terrassenueberdachung, ueberdachung, "
                  "dachbalken, roof truss, timber frame, beam, beams, dormer, decking, "
                  "wooden deck, summer house, log cabin",
           weak="holz, terrasse, dachboden, wood, timber, deck, attic",
           common=True),
    _trade(A, 4, "dachdecker", "Dachdecker", "Roofer", "Dach", "Roof",
           names="dachdecker, dachdeckerei, roofer, roofing",
           strong="=dach, daecher, *dach, dachrinne, dachfenster, dachziegel, dachschaden, "
                  "dachdeckung, dacheindeckung, eindecken, ziegel, regenrinne, flachdach, "
                  "schiefer, dachpfanne, dachpfannen, velux, dachsanierung, sturmschaden, "
                  "roof, rooftop, gutter, gutters, roof tile, roof tiles, slate, shingle, "
                  "shingles, skylight, flat roof, storm damage",
           weak="undicht, tropft, nass, leck, regen, leak, leaking, leaks, rain, tiles, "
                "reinregnet, regnet, sturm, storm, moos",
           common=True),
    _trade(A, 5, "strassenbauer", "Straßenbauer", "Road builder (paving)", "Pflaster & Wege",
           "Paving & driveways",
           names="strassenbauer, pflasterer, pflasterarbeiten, paver, paving",
           strong="pflaster*, einfahrt, hofeinfahrt, auffahrt, gehweg, pflastersteine, "
                  "verbundsteine, randsteine, bordstein, driveway, block paving, "
                  "paving stones, cobbles, pathway, kerb",
           weak="hof, weg, garten weg, asphalt, path, patio",
           common=True),
    _trade(A, 6, "isolierer", "Wärme-, Kälte- und Schallschutzisolierer",
           "Thermal, cold and sound insulator", "Dämmung", "Insulation",
           names="isolierer, daemmung, daemmen, insulation, insulate, insulating",
           strong="waermedaemmung, schallschutz, rohrdaemmung, daemmstoff, isolierung, "
                  "trittschall, lagging, soundproofing, sound proofing, cavity wall",
           weak="kalt, zugig, laut, draughty, noise, cold"),
    _trade(A, 7, "brunnenbauer", "Brunnenbauer", "Well builder", "Brunnen", "Wells",
           names="brunnenbauer, brunnenbau",
           strong="brunnen, gartenbrunnen, brunnenbohrung, grundwasser, bohrbrunnen, bewaesserung, "
                  "schlagbrunnen, water well, borehole, bore hole",
           weak="pumpe, bohren, well, pump, irrigation"),
    _trade(A, 8, "steinmetz", "Steinmetzen und Steinbildhauer", "Stonemason and stone sculptor",
           "Steinmetz", "Stonemason",
           names="steinmetz, steinmetze, steinbildhauer, stonemason, stone mason",
           strong="grabstein, grabmal, naturstein, marmor, granit, sandstein, "
                  "steintreppe, fensterbank aus stein, headstone, gravestone, marble, "
                  "granite, natural stone, stone steps",
           weak="stein, arbeitsplatte, stone, worktop"),
    _trade(A, 9, "stuckateur", "Stuckateure", "Plasterer (stucco)", "Putz & Trockenbau",
           "Plastering & drywall",
           names="stuckateur, stukkateur, stuckateure, verputzer, plasterer, plastering",
           strong="putz, verputzen, stuck, trockenbau, rigips, gipskarton, gipskartonplatten, "
                  "fassadenputz, innenputz, aussenputz, rauputz, abgehaengte decke, "
                  "trockenbauwand, plaster, render, rendering, drywall, dry wall, "
                  "plasterboard, stucco, skim, skimming, stud wall",
           weak="fassade, decke, wand, facade, ceiling, wall",
           common=True),
    _trade(A, 10, "maler-lackierer", "Maler und Lackierer", "Painter and varnisher",
           "Maler", "Painting",
           names="maler, malerin, malerbetrieb, malermeister, lackierer, malerarbeiten, "
                 "painter, painters, decorator, decorating",
           strong="streichen, gestrichen, anstreichen, tapezieren, tapete, tapeten, anstrich, "
                  "farbe, wandfarbe, lackieren, lasieren, raufaser, spachteln, "
                  "wohnung streichen, renovieren, paint, painting, repaint, wallpaper, "
                  "wallpapering, emulsion, varnish, redecorate, repainting",
           weak="waende, wand, decke, zimmer, fassade, schimmel, flecken, renovierung, "
                "walls, ceiling, room, mould, mold, stains, colour, color",
           common=True),
    _trade(A, 11, "geruestbauer", "Gerüstbauer", "Scaffolder", "Gerüst", "Scaffolding",
           names="geruestbauer, geruestbau, scaffolder, scaffolders",
           strong="geruest, gerueste, fassadengeruest, scaffold, scaffolding",
           weak=""),
    _trade(A, 12, "schornsteinfeger", "Schornsteinfeger", "Chimney sweep", "Schornsteinfeger",
           "Chimney sweep",
           names="schornsteinfeger, kaminkehrer, chimney sweep, sweep",
           strong="schornstein, kamin kehren, schornstein fegen, feuerstaettenschau, "
                  "abgasmessung, chimney, flue",
           weak="russ, soot"),
    _trade(A, 13, "metallbauer", "Metallbauer", "Metalworker (locksmith, railings, gates)",
           "Schlosser & Metall", "Metalwork & locks", common=True,
           names="metallbauer, schlosser, schlosserei, metallbau, schluesseldienst, "
                 "metalworker, locksmith, welder",
           strong="gelaender, treppengelaender, balkongelaender, zaun, metallzaun, "
                  "gartentor, hoftor, tor, schweissen, stahltreppe, stahl, edelstahl, "
                  "schloss, tuerschloss, ausgesperrt, zugefallen, schluessel, gitter, "
                  "railing, railings, handrail, gate, gates, metal fence, welding, steel, "
                  "locked out, keys, key",
           weak="metall, eisen, lock, metal, iron, fence"),
    _trade(A, 14, "chirurgiemechaniker", "Chirurgiemechaniker", "Surgical instrument mechanic",
           names="chirurgiemechaniker, chirurgische instrumente, surgical instruments"),
    _trade(A, 15, "karosseriebauer", "Karosserie- und Fahrzeugbauer",
           "Body and vehicle builder", "Karosserie", "Car bodywork",
           names="karosseriebauer, karosserie, fahrzeugbauer, bodywork, body shop",
           strong="delle, beule, unfallschaden, blechschaden, anhaenger bauen, dent, "
                  "panel beating, trailer",
           weak="auto, car"),
    _trade(A, 16, "feinwerkmechaniker", "Feinwerkmechaniker", "Precision mechanic",
           names="feinwerkmechaniker, feinmechaniker, feinmechanik, precision mechanic",
           strong="drehteil, fraesteil, cnc, machined part, precision part"),
    _trade(A, 17, "zweiradmechaniker", "Zweiradmechaniker", "Bicycle and motorcycle mechanic",
           "Fahrrad & Motorrad", "Bikes & motorbikes",
           names="zweiradmechaniker, fahrradwerkstatt, fahrradmechaniker, bike mechanic",
           strong="fahrrad, e-bike, ebike, pedelec, motorrad, roller, fahrradreparatur, "
                  "kette, bicycle, bike, motorbike, motorcycle, scooter, puncture",
           weak="reifen, bremse, platten, tyre, tire, brakes"),
    _trade(A, 18, "kaelteanlagenbauer", "Kälteanlagenbauer",
           "Refrigeration and air-conditioning builder", "Klima & Kälte", "Air conditioning",
           names="kaelteanlagenbauer, klimatechniker, kaeltetechnik, klimatechnik, "
                 "air conditioning engineer, refrigeration engineer",
           strong="klimaanlage, klimageraet, klima, split klimaanlage, kuehlraum, "
                  "kuehlzelle, kaelteanlage, air conditioning, air conditioner, aircon, "
                  "cold room, refrigeration",
           weak="kuehlung, zu heiss, hitze, cooling, too hot, ac",
           common=True),
    _trade(A, 19, "informationstechniker", "Informationstechniker", "Information technician",
           "IT, TV & Netzwerk", "IT, TV & network",
           names="informationstechniker, it techniker, it-techniker, it technician",
           strong="computer, pc, laptop, wlan, netzwerk, netzwerkkabel, router, fernseher, "
                  "sat anlage, satellitenanlage, satschuessel, antenne, smart home, "
                  "kamera, ueberwachungskamera, wifi, wi-fi, network, tv aerial, aerial, "
                  "satellite dish, cctv, television",
           weak="internet, tv, telefon, phone line"),
    _trade(A, 20, "kfz-techniker", "Kraftfahrzeugtechniker", "Motor vehicle technician",
           "Autowerkstatt", "Car mechanic",
           names="kfz, kfz-werkstatt, autowerkstatt, kfz-mechaniker, kfz mechaniker, "
                 "car mechanic, garage mechanic",
           strong="pkw, motor, bremsen, inspektion, tuev, oelwechsel, getriebe, "
                  "kupplung, car, engine, brakes, mot, service my car, gearbox, clutch",
           weak="auto, wagen, fahrzeug, vehicle"),
    _trade(A, 21, "land-baumaschinenmechatroniker", "Land- und Baumaschinenmechatroniker",
           "Agricultural and construction machinery mechatronic",
           names="landmaschinenmechaniker, baumaschinenmechatroniker, landmaschinen, "
                 "baumaschinen",
           strong="traktor, trecker, bagger reparatur, rasenmaeher, aufsitzmaeher, "
                  "tractor, ride-on mower, lawn mower repair, digger repair",
           weak="reparatur, springt nicht an, repair"),
    _trade(A, 22, "buechsenmacher", "Büchsenmacher", "Gunsmith",
           names="buechsenmacher, waffenschmied, gunsmith",
           strong="gewehr, waffe, jagdwaffe, rifle, shotgun"),
    _trade(A, 23, "klempner", "Klempner", "Tinsmith (roof and facade sheet metal)",
           "Klempner & Blech", "Guttering & metal",
           names="klempnerei, spengler, flaschner, bauklempner, tinsmith",
           strong="klempner, blech, zinkblech, kupferblech, dachrinne, regenrinne, fallrohr, "
                  "blechdach, verwahrung, attika, sheet metal, downpipe, lead flashing, "
                  "flashing, zinc",
           weak="rinne, gutter, gutters"),
    _trade(A, 24, "installateur-heizungsbauer", "Installateur und Heizungsbauer",
           "Plumber and heating engineer", "Sanitär & Heizung", "Plumbing & heating",
           names="installateur, heizungsbauer, sanitaer, shk, sanitaerinstallateur, "
                 "anlagenmechaniker, heizungsinstallateur, plumber, plumbing, "
                 "heating engineer, gas engineer",
           strong="heizung, heizkoerper, therme, gastherme, boiler, warmwasser, kein warmes "
                  "wasser, kein warmwasser, bad, badezimmer, badsanierung, dusche, duschwanne, "
                  "badewanne, wc, toilette, klo, klospuelung, spuelkasten, waschbecken, "
                  "wasserhahn, armatur, rohrbruch, wasserrohr, wasserleitung, =rohr, =rohre, "
                  "spuele, klempner, heizungsausfall, fussbodenheizung, waermepumpe, gasheizung, "
                  "oelheizung, brenner, wasserschaden, siphon, heating, radiator, radiators, "
                  "hot water, no hot water, bathroom, shower, bath, bathtub, toilet, loo, cistern, "
                  "sink, "
                  "basin, tap, taps, faucet, burst pipe, pipe, pipes, water heater, "
                  "underfloor heating, heat pump, combi, flush",
           weak="wasser, tropft, leck, undicht, kalt, warm, water, leak, leaking, dripping, "
                "drip, cold",
           common=True),
    _trade(A, 25, "elektrotechniker", "Elektrotechniker", "Electrician", "Elektro",
           "Electrics",
           names="elektriker, elektrik, photovoltaik, pv-anlage, pv anlage, solaranlage, "
                 "elektrotechniker, elektroinstallateur, elektro, "
                 "elektroinstallation, electrician, electrical, electrics",
           strong="strom, steckdose, steckdosen, sicherung, sicherungskasten, fi-schalter, "
                  "fi schalter, lichtschalter, schalter, lampe, lampen, licht, leuchte, kabel, "
                  "leitung, wallbox, "
                  "klingel, sprechanlage, herd anschliessen, zaehlerschrank, kurzschluss, "
                  "stromausfall, elektroherd, power, socket, sockets, outlet, fuse, fuses, "
                  "fuse box, consumer unit, breaker, switch, light, lights, lighting, wiring, "
                  "rewire, ev charger, solar panels, doorbell, intercom, short circuit, "
                  "power cut",
           weak="funkt, funken, brummt, flackert, spark, sparks, flickering",
           common=True),
    _trade(A, 26, "elektromaschinenbauer", "Elektromaschinenbauer", "Electric machine builder",
           names="elektromaschinenbauer, elektromotor, motor wickeln, electric motor rewind",
           strong="motorwicklung, generator, transformator, winding"),
    _trade(A, 27, "tischler", "Tischler", "Joiner (cabinet maker)", "Tischler & Schreiner",
           "Joinery & furniture",
           names="tischler, schreiner, tischlerei, schreinerei, joiner, carpenter, "
                 "cabinet maker, cabinetmaker, joinery",
           strong="moebel, einbauschrank, schrank, einbaukueche, kuechenmontage, kueche aufbauen, "
                  "tuer, tueren, innentuer, haustuer, zimmertuer, holztuer, =treppe, holztreppe, "
                  "holzfenster, fensterrahmen, regal, kommode, tisch, furniture, wardrobe, "
                  "built-in wardrobe, fitted wardrobe, cupboard, cupboards, kitchen, "
                  "kitchen fitting, door, doors, front door, staircase, stairs, shelves, "
                  "shelving, sash window, kitchen units",
           weak="holz, klemmt, scharnier, fenster, kueche, wood, wooden, sticks, hinge, window",
           common=True),
    _trade(A, 28, "boots-schiffbauer", "Boots- und Schiffbauer", "Boat and ship builder",
           names="bootsbauer, schiffbauer, boat builder, shipwright",
           strong="boot, yacht, segelboot, rumpf, boat, hull"),
    _trade(A, 29, "seiler", "Seiler", "Rope maker",
           names="seiler, seilerei, rope maker", strong="seil, tau, rope"),
    _trade(A, 30, "baecker", "Bäcker", "Baker",
           names="baecker, baeckerei, baker, bakery", strong="brot, broetchen, bread"),
    _trade(A, 31, "konditor", "Konditoren", "Confectioner (pastry)",
           names="konditor, konditorei, confectioner, patisserie",
           strong="torte, hochzeitstorte, kuchen, cake, wedding cake"),
    _trade(A, 32, "fleischer", "Fleischer", "Butcher",
           names="fleischer, metzger, metzgerei, butcher", strong="fleisch, wurst, meat"),
    _trade(A, 33, "augenoptiker", "Augenoptiker", "Optician",
           names="augenoptiker, optiker, optician",
           strong="brille, kontaktlinsen, glasses, spectacles, contact lenses"),
    _trade(A, 34, "hoerakustiker", "Hörakustiker", "Hearing aid acoustician",
           names="hoerakustiker, hoergeraeteakustiker, hearing aid",
           strong="hoergeraet, hoergeraete, hearing aids"),
    _trade(A, 35, "orthopaedietechniker", "Orthopädietechniker", "Orthopaedic technician",
           names="orthopaedietechniker, orthopaedietechnik, orthotist, prosthetist",
           strong="prothese, orthese, prosthesis, orthosis"),
    _trade(A, 36, "orthopaedieschuhmacher", "Orthopädieschuhmacher",
           "Orthopaedic shoemaker",
           names="orthopaedieschuhmacher, orthopaedische schuhe, orthopaedic shoes",
           strong="einlagen, insoles"),
    _trade(A, 37, "zahntechniker", "Zahntechniker", "Dental technician",
           names="zahntechniker, dental technician",
           strong="zahnersatz, gebiss, krone, dentures"),
    _trade(A, 38, "friseur", "Friseure", "Hairdresser",
           names="friseur, frisoer, friseurin, hairdresser, barber",
           strong="haare schneiden, haarschnitt, frisur, haircut, hair cut"),
    _trade(A, 39, "glaser", "Glaser", "Glazier", "Glas & Scheiben", "Glass & glazing",
           names="glaser, glaserei, glazier, glazing",
           strong="glas, scheibe, scheiben, fensterscheibe, glasscheibe, glasbruch, "
                  "isolierglas, doppelverglasung, verglasung, spiegel, glastuer, duschkabine, "
                  "duschwand, glass, pane, window pane, double glazing, glazed, mirror, "
                  "shower screen, glass door",
           weak="fenster, kaputt, gesprungen, gerissen, beschlagen, window, windows, broken, "
                "cracked, misted, steamed up",
           common=True),
    _trade(A, 40, "glasblaeser", "Glasbläser und Glasapparatebauer",
           "Glassblower and glass apparatus maker",
           names="glasblaeser, glasapparatebauer, glassblower", strong="laborglas"),
    _trade(A, 41, "reifen-vulkaniseur", "Mechaniker für Reifen- und Vulkanisationstechnik",
           "Tyre and vulcanisation mechanic",
           names="vulkaniseur, reifenservice, reifenhaendler, tyre fitter",
           strong="reifenwechsel, winterreifen, sommerreifen, reifen flicken, tyre change, "
                  "winter tyres"),
    _trade(A, 42, "fliesenleger", "Fliesen-, Platten- und Mosaikleger",
           "Tile, slab and mosaic layer", "Fliesen", "Tiling",
           names="fliesenleger, fliesenlegerin, plattenleger, mosaikleger, tiler, tilers, "
                 "tiling",
           strong="fliese, fliesen, kacheln, fugen, verfugen, mosaik, bodenfliesen, "
                  "wandfliesen, feinsteinzeug, fliesenspiegel, tile, tiles, tiled, grout, "
                  "grouting, mosaic, splashback",
           weak="bad, badezimmer, kueche, dusche, terrasse, bathroom, kitchen, shower",
           common=True),
    _trade(A, 43, "betonstein-terrazzohersteller", "Betonstein- und Terrazzohersteller",
           "Cast stone and terrazzo maker",
           names="terrazzo, betonstein, betonwerkstein, cast stone",
           strong="terrazzoboden, terrazzo floor"),
    _trade(A, 44, "estrichleger", "Estrichleger", "Screed layer", "Estrich", "Screed",
           names="estrichleger, estrich, screed, screeding",
           strong="fliessestrich, zementestrich, anhydritestrich, trockenestrich, "
                  "ausgleichsmasse, bodenausgleich, unebener boden, floor levelling, "
                  "self-levelling, uneven floor",
           weak="boden, untergrund, floor, subfloor"),
    _trade(A, 45, "behaelter-apparatebauer", "Behälter- und Apparatebauer",
           "Tank and apparatus builder",
           names="behaelterbauer, apparatebauer, behaelter, tank builder",
           strong="druckbehaelter, edelstahltank, pressure vessel"),
    _trade(A, 46, "parkettleger", "Parkettleger", "Parquet layer", "Parkett", "Parquet",
           names="parkettleger, parkett, parquet, parquet floor",
           strong="dielen, holzboden, holzdielen, dielenboden, abschleifen, parkett schleifen, "
                  "versiegeln, landhausdielen, floorboards, wooden floor, wood floor, "
                  "hardwood floor, sanding, floor sanding",
           weak="boden, fussboden, knarrt, ole, floor, creaky"),
    _trade(A, 47, "rollladen-sonnenschutztechniker", "Rollladen- und Sonnenschutztechniker",
           "Roller shutter and sun protection technician", "Rollladen & Markise",
           "Shutters & awnings",
           names="rollladenbauer, rolladenbauer, sonnenschutztechniker, rollladen*, "
                 "rolladen*, rolllaeden*, rollaeden*, rollo*, roller shutter, roller shutters",
           strong="jalousie*, markise*, raffstore, sonnenschutz, insektenschutz, "
                  "fliegengitter, gurt, rollladengurt, gurtwickler, shutter, shutters, "
                  "awning, awnings, blinds, venetian blinds, external blinds, fly screen",
           weak="haengt, klemmt, stuck, jammed",
           common=True),
    _trade(A, 48, "drechsler", "Drechsler (Elfenbeinschnitzer) und Holzspielzeugmacher",
           "Wood turner and wooden toy maker",
           names="drechsler, drechslerei, holzspielzeug, wood turner, woodturner",
           strong="gedrechselt, drechseln, wooden toys, turned wood"),
    _trade(A, 49, "boettcher", "Böttcher", "Cooper",
           names="boettcher, kuefer, cooper", strong="fass, holzfass, barrel, cask"),
    _trade(A, 50, "glasveredler", "Glasveredler", "Glass finisher",
           names="glasveredler, glasveredelung, glass finisher",
           strong="glasgravur, glas gravieren, glas sandstrahlen, bleiverglasung, "
                  "glass engraving, etched glass, stained glass"),
    _trade(A, 51, "schilder-lichtreklamehersteller", "Schilder- und Lichtreklamehersteller",
           "Sign and illuminated advertising maker", "Schilder & Werbung", "Signs",
           names="schildermacher, lichtreklame, leuchtreklame, werbetechnik, sign maker, "
                 "signmaker",
           strong="schild, schilder, firmenschild, leuchtschild, beschriftung, "
                  "folienbeschriftung, sign, signs, signage, shop sign, lettering"),
    _trade(A, 52, "raumausstatter", "Raumausstatter", "Interior decorator (upholsterer)",
           "Polster & Gardinen", "Upholstery",
           names="raumausstatter, raumausstatterin, polsterer, polsterei, upholsterer, "
                 "upholstery",
           strong="polster, polstern, neu beziehen, sofa beziehen, gardinen, vorhang, "
                  "vorhaenge, gardinenstange, plissee, wandbespannung, sofa, sessel, "
                  "teppichboden verlegen, reupholster, curtains, drapes, curtain rail, "
                  "armchair",
           weak="stoff, teppichboden, fabric, carpet",
           common=True),
    _trade(A, 53, "orgel-harmoniumbauer", "Orgel- und Harmoniumbauer",
           "Organ and harmonium builder",
           names="orgelbauer, orgel, harmonium, organ builder, pipe organ"),
    # --- Anlage B Abschnitt 1 (zulassungsfrei) --------------------------------------------
    _trade(B1, 5, "uhrmacher", "Uhrmacher", "Watchmaker",
           names="uhrmacher, watchmaker, clockmaker",
           strong="uhr, armbanduhr, standuhr, wanduhr, watch, clock, grandfather clock"),
    _trade(B1, 6, "graveur", "Graveure", "Engraver", names="graveur, gravur, engraver",
           strong="gravieren, engrave, engraving"),
    _trade(B1, 7, "metallbildner", "Metallbildner", "Metal sculptor",
           names="metallbildner, kunstschmied, schmied, blacksmith, metal artist",
           strong="schmiedeeisen, kunstschmiede, wrought iron"),
    _trade(B1, 8, "galvaniseur", "Galvaniseure", "Electroplater",
           names="galvaniseur, galvanik, verchromen, electroplater, electroplating",
           strong="verzinken, vergolden lassen, chrome plating"),
    _trade(B1, 9, "metall-glockengiesser", "Metall- und Glockengießer",
           "Metal and bell founder", names="glockengiesser, metallgiesser, giesserei, foundry",
           strong="glocke, bronzeguss, bell casting"),
    _trade(B1, 10, "schneidwerkzeugmechaniker", "Schneidwerkzeugmechaniker",
           "Cutting tool mechanic",
           names="schneidwerkzeugmechaniker, messerschleifer, scherenschleifer, knife grinder",
           strong="messer schleifen, schere schleifen, knife sharpening"),
    _trade(B1, 11, "gold-silberschmied", "Gold- und Silberschmiede",
           "Gold and silversmith",
           names="goldschmied, silberschmied, goldsmith, silversmith, jeweller",
           strong="ring, schmuck, ehering, trauringe, jewellery, jewelry, wedding ring"),
    _trade(B1, 14, "modellbauer", "Modellbauer", "Model maker",
           names="modellbauer, modellbau, model maker", strong="architekturmodell, prototyp"),
    _trade(B1, 16, "holzbildhauer", "Holzbildhauer", "Wood sculptor",
           names="holzbildhauer, holzschnitzer, woodcarver, wood carver",
           strong="holzfigur, schnitzen, carving"),
    _trade(B1, 18, "korb-flechtwerkgestalter", "Korb- und Flechtwerkgestalter",
           "Basket maker", names="korbmacher, korbflechter, basket maker",
           strong="korb, flechtwerk, rattan, wicker"),
    _trade(B1, 19, "massschneider", "Maßschneider", "Bespoke tailor",
           names="massschneider, schneider, schneiderin, tailor, dressmaker",
           strong="massanzug, brautkleid, anzug, bespoke suit, wedding dress"),
    _trade(B1, 20, "textilgestalter", "Textilgestalter (Sticker, Weber, Klöppler, "
           "Posamentierer, Stricker)", "Textile designer (embroiderer, weaver, knitter)",
           names="textilgestalter, sticker, weber, stricker, embroiderer, weaver",
           strong="stickerei, besticken, weben, embroidery"),
    _trade(B1, 21, "modist", "Modisten", "Milliner", names="modist, modistin, milliner",
           strong="hut, huete, hat, hats"),
    _trade(B1, 23, "segelmacher", "Segelmacher", "Sailmaker",
           names="segelmacher, sailmaker", strong="segel, sonnensegel, sail, shade sail"),
    _trade(B1, 24, "kuerschner", "Kürschner", "Furrier", names="kuerschner, furrier",
           strong="pelz, pelzmantel, fur coat"),
    _trade(B1, 25, "schuhmacher", "Schuhmacher", "Shoemaker",
           names="schuhmacher, schuster, shoemaker, cobbler",
           strong="schuhe, schuhreparatur, absatz, shoes, shoe repair, heel"),
    _trade(B1, 26, "sattler-feintaeschner", "Sattler und Feintäschner",
           "Saddler and leather goods maker",
           names="sattler, sattlerei, feintaeschner, saddler",
           strong="leder, sattel, autositze beziehen, ledertasche, leather, saddle"),
    _trade(B1, 28, "mueller", "Müller", "Miller", names="mueller, muehle, miller, mill"),
    _trade(B1, 29, "brauer-maelzer", "Brauer und Mälzer", "Brewer and maltster",
           names="brauer, brauerei, maelzer, brewer, brewery", strong="bier, beer"),
    _trade(B1, 30, "weinkuefer", "Weinküfer", "Wine cooper",
           names="weinkuefer, kellermeister, wine cooper", strong="wein, wine"),
    _trade(B1, 31, "textilreiniger", "Textilreiniger", "Textile cleaner",
           names="textilreiniger, textilreinigung, reinigung chemisch, dry cleaner",
           strong="chemische reinigung, dry cleaning"),
    _trade(B1, 32, "wachszieher", "Wachszieher", "Candle maker",
           names="wachszieher, kerzenmacher, chandler", strong="kerzen, candles"),
    _trade(B1, 33, "gebaeudereiniger", "Gebäudereiniger", "Building cleaner",
           "Fensterreinigung", "Window cleaning",
           names="gebaeudereiniger, gebaeudereinigung, fensterputzer, fensterreinigung, "
                 "window cleaner, window cleaning, fenster putzen, treppenhausreinigung, "
                 "treppenhaus reinigen",
           strong="fassadenreinigung, bueroreinigung, glasreinigung, wintergarten reinigen, "
                  "office cleaning, stairwell cleaning, facade cleaning, pressure washing",
           weak="putzen, reinigen, sauber, clean, cleaning",
           common=True),
    _trade(B1, 35, "feinoptiker", "Feinoptiker", "Precision optician",
           names="feinoptiker, feinoptik, precision optics", strong="linsen schleifen"),
    _trade(B1, 36, "glas-porzellanmaler", "Glas- und Porzellanmaler",
           "Glass and porcelain painter",
           names="porzellanmaler, glasmaler, porcelain painter", strong="porzellan, porcelain"),
    _trade(B1, 37, "edelsteinschleifer", "Edelsteinschleifer und -graveure",
           "Gem cutter and engraver", names="edelsteinschleifer, gem cutter",
           strong="edelstein, gemstone"),
    _trade(B1, 38, "fotograf", "Fotografen", "Photographer",
           names="fotograf, fotografin, photograph, photographer",
           strong="fotos machen, fotoshooting, bewerbungsfoto, hochzeitsfotos, photo shoot, "
                  "wedding photos"),
    _trade(B1, 39, "buchbinder", "Buchbinder", "Bookbinder",
           names="buchbinder, buchbinderei, bookbinder", strong="buch binden, bookbinding"),
    _trade(B1, 40, "drucker", "Drucker", "Printer (trade)",
           names="druckerei, drucker handwerk, print shop",
           strong="flyer drucken, visitenkarten, business cards"),
    _trade(B1, 41, "siebdrucker", "Siebdrucker", "Screen printer",
           names="siebdrucker, siebdruck, screen printer, screen printing",
           strong="t-shirts bedrucken"),
    _trade(B1, 42, "flexograf", "Flexografen", "Flexographer",
           names="flexograf, flexodruck, flexographer"),
    _trade(B1, 43, "keramiker", "Keramiker", "Ceramicist",
           names="keramiker, toepfer, ceramicist, potter", strong="keramik, ceramics"),
    _trade(B1, 45, "klavier-cembalobauer", "Klavier- und Cembalobauer",
           "Piano and harpsichord maker", names="klavierbauer, piano maker",
           strong="klavier, fluegel, cembalo, piano, harpsichord"),
    _trade(B1, 46, "handzuginstrumentenmacher", "Handzuginstrumentenmacher",
           "Accordion maker", names="handzuginstrumentenmacher, accordion maker",
           strong="akkordeon, ziehharmonika, accordion"),
    _trade(B1, 47, "geigenbauer", "Geigenbauer", "Violin maker",
           names="geigenbauer, violin maker, luthier", strong="geige, cello, violin"),
    _trade(B1, 48, "bogenmacher", "Bogenmacher", "Bow maker",
           names="bogenmacher, bow maker", strong="geigenbogen, violin bow"),
    _trade(B1, 49, "metallblasinstrumentenmacher", "Metallblasinstrumentenmacher",
           "Brass instrument maker", names="metallblasinstrumentenmacher, brass instrument",
           strong="trompete, posaune, trumpet, trombone"),
    _trade(B1, 50, "holzblasinstrumentenmacher", "Holzblasinstrumentenmacher",
           "Woodwind instrument maker",
           names="holzblasinstrumentenmacher, woodwind instrument",
           strong="klarinette, fagott, clarinet, bassoon"),
    _trade(B1, 51, "zupfinstrumentenmacher", "Zupfinstrumentenmacher",
           "Plucked string instrument maker", names="zupfinstrumentenmacher, gitarrenbauer",
           strong="gitarre, guitar"),
    _trade(B1, 52, "vergolder", "Vergolder", "Gilder", names="vergolder, gilder",
           strong="blattgold, vergolden, bilderrahmen vergolden, gold leaf, gilding"),
    # --- Anlage B Abschnitt 2 (handwerksähnlich) -------------------------------------------
    _trade(B2, 1, "eisenflechter", "Eisenflechter", "Steel fixer",
           names="eisenflechter, steel fixer", strong="bewehrung, rebar"),
    _trade(B2, 2, "bautrocknung", "Bautrocknungsgewerbe", "Building drying",
           "Trocknung & Feuchte", "Drying & damp",
           names="bautrocknung, trocknungsfirma, leckortung, water damage restoration",
           strong="bautrockner, trockn*, getrocknet, feucht, feuchte, feuchtigkeit, "
                  "nasse waende, feuchte waende, wasserschaden, leckageortung, "
                  "dehumidifier, damp, drying out, water damage, wet walls, leak detection",
           weak="nass, schimmel, keller, wet, mould, mold",
           common=True),
    _trade(B2, 3, "bodenleger", "Bodenleger", "Floor layer", "Boden & Laminat",
           "Flooring",
           names="bodenleger, bodenlegerin, floor layer, floor fitter, flooring",
           strong="laminat, vinyl, vinylboden, klickvinyl, pvc, linoleum, teppich, "
                  "teppichboden, designboden, bodenbelag, sockelleisten, boden verlegen, "
                  "laminate, carpet, carpets, lino, lvt, skirting",
           weak="boden, fussboden, verlegen, floor, lay, fit",
           common=True),
    _trade(B2, 4, "asphaltierer", "Asphaltierer (ohne Straßenbau)", "Asphalt layer",
           names="asphaltierer, asphaltarbeiten", strong="asphalt, tarmac, bitumen"),
    _trade(B2, 5, "fuger", "Fuger (im Hochbau)", "Pointer (masonry joints)",
           names="fuger, verfuger, pointing, repointing",
           strong="fugen ausbessern, klinker fugen, mauerfugen, fugensanierung, "
                  "brick pointing"),
    _trade(B2, 6, "holz-bautenschutz", "Holz- und Bautenschutzgewerbe",
           "Wood and building protection", "Bautenschutz", "Damp & woodworm",
           names="bautenschutz, holzschutz, damp proofing, damp-proofing",
           strong="holzwurm, hausschwamm, kellerabdichtung, horizontalsperre, "
                  "abdicht*, impraegnierung, schimmelsanierung, woodworm, dry rot, "
                  "rising damp, tanking, waterproofing, mould removal",
           weak="schimmel, feucht, keller, mould, mold, damp, basement, cellar"),
    _trade(B2, 7, "rammgewerbe", "Rammgewerbe (Einrammen von Pfählen im Wasserbau)",
           "Pile driving", names="rammgewerbe, pfaehle rammen, pile driving",
           strong="steg, spundwand, jetty"),
    _trade(B2, 8, "betonbohrer-schneider", "Betonbohrer und -schneider",
           "Concrete driller and cutter",
           names="betonbohrer, betonschneider, kernbohrung, core drilling",
           strong="kernbohrung, betonsaege, wandsaege, beton schneiden, diamond drilling"),
    _trade(B2, 9, "theater-ausstattungsmaler", "Theater- und Ausstattungsmaler",
           "Theatre and scenic painter", names="theatermaler, scenic painter",
           strong="buehnenbild, kulisse, stage set"),
    _trade(B2, 10, "drahtgestellbauer", "Herstellung von Drahtgestellen für Dekorationszwecke",
           "Wire frames for decoration", names="drahtgestell, drahtgestelle, wire frame"),
    _trade(B2, 11, "metallschleifer-polierer", "Metallschleifer und Metallpolierer",
           "Metal grinder and polisher", names="metallschleifer, metallpolierer, metal polishing",
           strong="polieren, polish"),
    _trade(B2, 12, "metallsaegen-schaerfer", "Metallsägen-Schärfer", "Metal saw sharpener",
           names="saegenschaerfer, saege schaerfen, saw sharpening"),
    _trade(B2, 13, "tankschutz", "Tankschutzbetriebe", "Oil tank protection",
           "Öltank", "Oil tank",
           names="tankschutz, tankreinigung, oil tank cleaning, oeltank",
           strong=" heizoeltank, tank reinigen, tankinnenhuelle, oil tank"),
    _trade(B2, 14, "fahrzeugverwerter", "Fahrzeugverwerter", "Vehicle recycler",
           names="fahrzeugverwerter, autoverwertung, schrottplatz, scrapyard",
           strong="auto verschrotten, scrap car"),
    _trade(B2, 15, "rohr-kanalreiniger", "Rohr- und Kanalreiniger", "Drain and sewer cleaner",
           "Rohrreinigung", "Drain cleaning",
           names="rohrreiniger, rohrreinigung, kanalreinigung, kanalreiniger, drain cleaning, "
                 "drain unblocking",
           strong="verstopft, verstopfung, abfluss, abflussrohr, kanal, kanalrohr, "
                  "rohrverstopfung, spirale, hochdruckspuelung, ablauf, gully, "
                  "blocked, blockage, clogged, drain, drains, sewer, unblock",
           weak="stinkt, geruch, laeuft nicht ab, smell, won't drain",
           common=True),
    _trade(B2, 16, "kabelverleger", "Kabelverleger im Hochbau (ohne Anschlussarbeiten)",
           "Cable layer in building construction", names="kabelverleger, cable laying",
           strong="kabelkanal, leerrohr, kabel verlegen, cable conduit"),
    _trade(B2, 17, "holzschuhmacher", "Holzschuhmacher", "Clog maker",
           names="holzschuhmacher, holzschuhe, clogs"),
    _trade(B2, 18, "holzblockmacher", "Holzblockmacher", "Wood block maker",
           names="holzblockmacher, holzbloecke"),
    _trade(B2, 19, "daubenhauer", "Daubenhauer", "Stave cutter",
           names="daubenhauer, fassdauben"),
    _trade(B2, 20, "holzleitermacher", "Holz-Leitermacher (Sonderanfertigung)",
           "Wooden ladder maker", names="holzleiter, leitermacher, wooden ladder"),
    _trade(B2, 21, "muldenhauer", "Muldenhauer", "Wooden trough maker",
           names="muldenhauer, holzmulde"),
    _trade(B2, 22, "holzreifenmacher", "Holzreifenmacher", "Wooden hoop maker",
           names="holzreifenmacher, holzreifen"),
    _trade(B2, 23, "holzschindelmacher", "Holzschindelmacher", "Wood shingle maker",
           names="holzschindelmacher, holzschindeln, wood shingles"),
    _trade(B2, 24, "einbau-baufertigteile", "Einbau von genormten Baufertigteilen "
           "(z. B. Fenster, Türen, Zargen, Regale)",
           "Fitting standard building parts (windows, doors, frames, shelving)",
           "Fenster/Türen-Einbau", "Windows & doors",
           names="fensterbauer, fenstermonteur, fenstereinbau, tuereneinbau, "
                 "window fitter, door fitter",
           strong="fenster einbauen, neue fenster, fenster austauschen, kunststofffenster, "
                  "tuer einbauen, zarge, zargen, tuerzarge, fertigtuer, regale montieren, "
                  "new windows, replace windows, upvc windows, upvc, door frame, "
                  "fit a door, new door",
           weak="fenster, tuer, einbauen, montieren, window, windows, door, fit, install"),
    _trade(B2, 25, "buersten-pinselmacher", "Bürsten- und Pinselmacher",
           "Brush maker", names="buerstenmacher, pinselmacher, brush maker"),
    _trade(B2, 26, "buegelanstalt", "Bügelanstalten für Herren-Oberbekleidung",
           "Pressing shop for menswear", names="buegelanstalt, buegelservice, ironing service",
           strong="hemden buegeln, ironing"),
    _trade(B2, 27, "dekorationsnaeher", "Dekorationsnäher (ohne Schaufensterdekoration)",
           "Soft furnishings sewer", names="dekorationsnaeher, dekonaeherin",
           strong="gardinen naehen, kissen naehen, curtain making"),
    _trade(B2, 28, "fleckteppichhersteller", "Fleckteppichhersteller", "Rag rug maker",
           names="fleckteppich, flickenteppich, rag rug"),
    _trade(B2, 30, "theaterkostuemnaeher", "Theaterkostümnäher", "Theatre costume sewer",
           names="kostuemnaeher, theaterkostuem, costume maker", strong="kostuem, costume"),
    _trade(B2, 31, "plisseebrenner", "Plisseebrenner", "Pleater",
           names="plisseebrenner, plissieren, pleating"),
    _trade(B2, 33, "stoffmaler", "Stoffmaler", "Fabric painter",
           names="stoffmaler, stoffmalerei, fabric painting"),
    _trade(B2, 35, "textil-handdrucker", "Textil-Handdrucker", "Textile hand printer",
           names="textildruck von hand, handdruck, block printing"),
    _trade(B2, 36, "kunststopfer", "Kunststopfer", "Invisible mender",
           names="kunststopfer, kunststopfen, invisible mending", strong="mottenloch"),
    _trade(B2, 37, "aenderungsschneider", "Änderungsschneider", "Alterations tailor",
           names="aenderungsschneider, aenderungsschneiderei, alterations",
           strong="hose kuerzen, kleid aendern, reissverschluss, hem, take in"),
    _trade(B2, 38, "handschuhmacher", "Handschuhmacher", "Glove maker",
           names="handschuhmacher, glove maker", strong="handschuhe, gloves"),
    _trade(B2, 39, "schuhreparatur", "Ausführung einfacher Schuhreparaturen",
           "Simple shoe repairs", names="schnellschuster, absatzbar, heel bar",
           strong="absatz erneuern, sohle, new heels, resole"),
    _trade(B2, 40, "gerber", "Gerber", "Tanner", names="gerber, gerberei, tanner, tannery"),
    _trade(B2, 41, "innerei-fleischer", "Innerei-Fleischer (Kuttler)", "Tripe butcher",
           names="kuttler, innerei-fleischer, tripe"),
    _trade(B2, 42, "speiseeishersteller", "Speiseeishersteller", "Ice cream maker",
           names="speiseeis, eisdiele, eismacher, ice cream maker", strong="eis, ice cream"),
    _trade(B2, 43, "fleischzerleger", "Fleischzerleger, Ausbeiner", "Meat cutter, boner",
           names="fleischzerleger, ausbeiner, meat cutter"),
    _trade(B2, 44, "appreteur-dekateur", "Appreteure, Dekateure", "Cloth finisher",
           names="appreteur, dekateur, cloth finishing"),
    _trade(B2, 45, "schnellreiniger", "Schnellreiniger", "Express cleaner",
           names="schnellreinigung, schnellreiniger, express dry cleaning"),
    _trade(B2, 46, "teppichreiniger", "Teppichreiniger", "Carpet cleaner",
           "Teppichreinigung", "Carpet cleaning",
           names="teppichreiniger, teppichreinigung, teppich reinigen, carpet cleaner, "
                 "carpet cleaning, rug cleaning",
           strong="polsterreinigung, sofa reinigen, upholstery cleaning"),
    _trade(B2, 47, "getraenkeleitungsreiniger", "Getränkeleitungsreiniger",
           "Beverage line cleaner", names="getraenkeleitung, zapfanlage reinigen, beer line"),
    _trade(B2, 48, "kosmetiker", "Kosmetiker", "Beautician",
           names="kosmetiker, kosmetikerin, kosmetikstudio, beautician",
           strong="kosmetik, gesichtsbehandlung, facial"),
    _trade(B2, 49, "maskenbildner", "Maskenbildner", "Make-up artist",
           names="maskenbildner, make-up artist, visagist", strong="schminken, make-up"),
    _trade(B2, 50, "bestattungsgewerbe", "Bestattungsgewerbe", "Funeral services",
           names="bestatter, bestattung, beerdigung, undertaker, funeral",
           strong="trauerfeier, sarg, urne, coffin"),
    _trade(B2, 51, "lampenschirmhersteller", "Lampenschirmhersteller (Sonderanfertigung)",
           "Lampshade maker", names="lampenschirm, lampshade"),
    _trade(B2, 52, "klavierstimmer", "Klavierstimmer", "Piano tuner",
           names="klavierstimmer, klavier stimmen, piano tuner, piano tuning"),
    _trade(B2, 53, "theaterplastiker", "Theaterplastiker", "Theatre sculptor",
           names="theaterplastiker, buehnenplastik"),
    _trade(B2, 54, "requisiteur", "Requisiteure", "Prop maker",
           names="requisiteur, requisite, prop maker", strong="requisiten, props"),
    _trade(B2, 55, "schirmmacher", "Schirmmacher", "Umbrella maker",
           names="schirmmacher, regenschirm, umbrella maker", strong="schirm, umbrella"),
    _trade(B2, 56, "steindrucker", "Steindrucker", "Lithographer",
           names="steindrucker, lithografie, lithographer"),
    _trade(B2, 57, "schlagzeugmacher", "Schlagzeugmacher", "Drum maker",
           names="schlagzeugmacher, trommelbauer, drum maker", strong="schlagzeug, trommel"),
    # --- Services that are no craft under the Handwerksordnung ------------------------------
    _trade(S, None, "umzug", "Umzug und Transport", "Moving and removals", "Umzug",
           "Moving",
           names="umzug, umziehen, ziehen um, ziehe um, zieht um, umzugsfirma, umzugsunternehmen, "
                 "umzugshelfer, spedition, "
                 "removals, removal, moving company, movers, house move, moving house",
           strong="umzugskartons, moebeltransport, transport, entruempelung, entruempeln, "
                  "haushaltsaufloesung, sperrmuell, transporter, packen, moebelpacker, "
                  "move house, moving, relocate, relocation, van, clearance, house clearance, "
                  "furniture removal",
           weak="kartons, moebel, wohnung, boxes, flat, apartment",
           common=True),
    _trade(S, None, "garten", "Garten- und Landschaftspflege", "Gardening and landscaping",
           "Garten", "Garden",
           names="gaertner, gartenpflege, gartenbau, galabau, landschaftsgaertner, "
                 "gardener, gardening, landscaper, landscaping",
           strong="garten, rasen, rasen maehen, rasenmaehen, hecke, hecke schneiden, "
                  "heckenschnitt, baum, baum faellen, baumfaellung, baumschnitt, strauch, "
                  "straeucher, unkraut, beet, beete, rollrasen, gartengestaltung, "
                  "garden, lawn, mow, mowing, hedge, hedges, tree, trees, tree surgeon, "
                  "felling, weeds, weeding, turf, leaves, flower beds, shrubs",
           weak="gruen, bepflanzung, pflanzen, laub, plants",
           common=True),
    _trade(S, None, "reinigung", "Reinigung im Haushalt", "Home cleaning", "Reinigung",
           "Cleaning",
           names="putzfrau, putzhilfe, reinigungskraft, haushaltshilfe, reinigungsfirma, "
                 "cleaning lady, housekeeper, cleaning service",
           strong="wohnung putzen, haus putzen, reinigen, reinigung, grundreinigung, endreinigung, "
                  "wohnungsreinigung, umzugsreinigung, fruehjahrsputz, sauber machen, "
                  "cleaner, clean, cleaning, deep clean, end of tenancy, spring clean, hoover",
           weak="putzen, staub, dreck, schmutzig, sauber, dust, dirty, mess",
           common=True),
    _trade(S, None, "hausmeisterservice", "Hausmeister- und Handwerkerservice",
           "Handyman service", "Kleinreparaturen", "Handyman",
           names="hausmeister, hausmeisterservice, handwerkerservice, allrounder, "
                 "handyman, odd jobs",
           strong="kleinreparaturen, kleinigkeiten, moebel aufbauen, ikea, "
                  "bilder aufhaengen, lampe aufhaengen, schrank aufbauen, dübeln, duebeln, "
                  "kleine reparatur, kleine reparaturen, flat pack, assemble, assembly, "
                  "put up, hang, mount, small repairs, little jobs, fix a few things",
           weak="reparieren, reparatur, bohren, aufbauen, aufhaengen, montieren, anbringen, fix, "
                "repair, drill, small",
           common=True),
)

# Button-sized names (WhatsApp allows 20 characters) for trades whose legal name is long.
SHORT_LABELS: dict[str, tuple[str, str]] = {
    "chirurgiemechaniker": ("Chirurgiemechanik", "Surgical instruments"),
    "land-baumaschinenmechatroniker": ("Land-/Baumaschinen", "Farm & site machines"),
    "elektromaschinenbauer": ("Elektromotoren", "Electric motors"),
    "boots-schiffbauer": ("Bootsbau", "Boat building"),
    "konditor": ("Konditorei", "Pastry & cakes"),
    "hoerakustiker": ("Hörakustik", "Hearing aids"),
    "orthopaedietechniker": ("Orthopädietechnik", "Orthopaedic aids"),
    "orthopaedieschuhmacher": ("Orthopädieschuhe", "Orthopaedic shoes"),
    "glasblaeser": ("Glasbläserei", "Glassblowing"),
    "reifen-vulkaniseur": ("Reifenservice", "Tyre service"),
    "betonstein-terrazzohersteller": ("Terrazzo & Betonwerk", "Terrazzo"),
    "behaelter-apparatebauer": ("Behälterbau", "Tanks & vessels"),
    "drechsler": ("Drechslerei", "Wood turning"),
    "orgel-harmoniumbauer": ("Orgelbau", "Organ building"),
    "metall-glockengiesser": ("Metallguss", "Metal casting"),
    "schneidwerkzeugmechaniker": ("Schleiferei", "Knife sharpening"),
    "gold-silberschmied": ("Goldschmied", "Goldsmith"),
    "korb-flechtwerkgestalter": ("Korbflechterei", "Basket making"),
    "textilgestalter": ("Textilgestaltung", "Textile design"),
    "sattler-feintaeschner": ("Sattlerei", "Saddlery & leather"),
    "glas-porzellanmaler": ("Porzellanmalerei", "Porcelain painting"),
    "edelsteinschleifer": ("Edelsteinschleifer", "Gem cutting"),
    "klavier-cembalobauer": ("Klavierbau", "Piano making"),
    "handzuginstrumentenmacher": ("Akkordeonbau", "Accordion making"),
    "metallblasinstrumentenmacher": ("Blechblasinstrumente", "Brass instruments"),
    "holzblasinstrumentenmacher": ("Holzblasinstrumente", "Woodwind instruments"),
    "zupfinstrumentenmacher": ("Gitarrenbau", "Guitar making"),
    "asphaltierer": ("Asphaltarbeiten", "Asphalt work"),
    "fuger": ("Verfugen", "Repointing"),
    "rammgewerbe": ("Pfahlrammen", "Pile driving"),
    "betonbohrer-schneider": ("Betonbohren", "Concrete drilling"),
    "theater-ausstattungsmaler": ("Theatermalerei", "Scenic painting"),
    "drahtgestellbauer": ("Drahtgestelle", "Wire frames"),
    "metallschleifer-polierer": ("Metall polieren", "Metal polishing"),
    "kabelverleger": ("Kabelverlegung", "Cable laying"),
    "holzleitermacher": ("Holzleitern", "Wooden ladders"),
    "buersten-pinselmacher": ("Bürsten & Pinsel", "Brushes"),
    "buegelanstalt": ("Bügelservice", "Ironing service"),
    "dekorationsnaeher": ("Dekonäherei", "Soft furnishings"),
    "fleckteppichhersteller": ("Flickenteppiche", "Rag rugs"),
    "theaterkostuemnaeher": ("Kostümnäherei", "Costume making"),
    "schuhreparatur": ("Schuhreparatur", "Shoe repair"),
    "innerei-fleischer": ("Kuttlerei", "Tripe butcher"),
    "fleischzerleger": ("Fleischzerlegung", "Meat cutting"),
    "appreteur-dekateur": ("Stoffveredelung", "Cloth finishing"),
    "getraenkeleitungsreiniger": ("Zapfanlagenreinigung", "Beer line cleaning"),
    "lampenschirmhersteller": ("Lampenschirme", "Lampshades"),
}
TRADES = tuple(replace(trade, label_de=SHORT_LABELS[trade.code][0],
                       label_en=SHORT_LABELS[trade.code][1])
               if trade.code in SHORT_LABELS else trade for trade in TRADES)

_BY_CODE = {trade.code: trade for trade in TRADES}
if len(_BY_CODE) != len(TRADES):  # pragma: no cover - guards the table above
    raise RuntimeError("duplicate trade code in the catalogue")


def all_trades() -> tuple[Trade, ...]:
    return TRADES


def get_trade(code: str | None) -> Trade | None:
    return _BY_CODE.get(code or "")


def trades_in(anlage: Anlage | str) -> tuple[Trade, ...]:
    return tuple(trade for trade in TRADES if trade.anlage == anlage)


def common_trades() -> tuple[Trade, ...]:
    """The trades offered when the customer's words give no clue, most asked for first."""
    order = ("maler-lackierer", "installateur-heizungsbauer", "elektrotechniker", "dachdecker",
             "fliesenleger", "tischler", "bodenleger", "garten", "umzug", "hausmeisterservice",
             "reinigung", "maurer-betonbauer", "stuckateur", "rollladen-sonnenschutztechniker",
             "rohr-kanalreiniger", "glaser", "metallbauer", "strassenbauer", "zimmerer",
             "kaelteanlagenbauer", "raumausstatter", "gebaeudereiniger", "bautrocknung")
    return tuple(_BY_CODE[code] for code in order)
