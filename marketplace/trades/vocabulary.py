"""Word lists the trade matcher needs besides the catalogue's keywords.

- ENGLISH_TERMS: catalogue keywords that are English. They are applied only to messages
  written in English, so the German verb "hat" never selects milliners. Generated once from
  the catalogue with simplemma's German and English dictionaries and checked by hand
  (words both languages use, such as Garage, Boiler, Sofa, stay German).
- EXTRA: words the catalogue lacks, per trade, with the catalogue's weights (3 names the
  trade, 2 a strong hint, 1 a weak one): the hand-written ones of `trades/hand_words.py`,
  merged here with the everyday words, crafts, objects and wording, then their Swabian
  spellings and feminine job names.
- ROOM_WORDS: where something happens, not what is wrong; they count little.
- STOP_WORDS: everyday words that are never keywords, even where a trade lists them.
- NEUTRAL: everyday compounds whose parts would otherwise look like keywords
  (Bildschirm is no umbrella, a Grundwasserspiegel no mirror).
- WHOLE_ONLY: keywords that match only as a whole word, never inside a compound.
"""

from __future__ import annotations

from marketplace.trades.crafts import CRAFTS, MORE
from marketplace.trades.everyday import EVERYDAY
from marketplace.trades.hand_words import EXTRA, add_words
from marketplace.trades.objects import (
    ENGLISH_OBJECTS,
    MORE_OBJECTS,
    OBJECT_FALSE_FRIENDS,
    OBJECT_KEYWORDS,
    OBJECT_NEUTRAL,
    OBJECT_WEIGHTS,
    OBJECT_WHOLE_ONLY,
    OBJECTS,
)
from marketplace.trades.wording import APPLIANCE_WEIGHT, APPLIANCES, WORDING
from marketplace.trades.wording_english import ENGLISH_WORDING

GERMAN, ENGLISH = "de", "en"

# Catalogue keywords that belong to one trade in one language only ("stuck": stucco in
# German for the plasterer, jammed in English for shutters).
ENGLISH_FOR_TRADE = frozenset({("rollladen-sonnenschutztechniker", "stuck")})


SERVICE_WEIGHT = 4
# Catalogue or extra weights corrected for everyday use; 0 drops the keyword for that trade.
WEIGHTS: dict[tuple[str, str], float] = {
    ("garten", "laub"): 1, ("maurer-betonbauer", "hauswand"): 1,
    ("maurer-betonbauer", "aussenwand"): 1, ("einbau-baufertigteile", "terrassentuer"): 1,
    ("rollladen-sonnenschutztechniker", "fliegengitter"): 3,
    ("hausmeisterservice", "hang"): 1, ("kfz-techniker", "motor"): 1, ("tischler", "stufen"): 1,
    ("tischler", "stufe"): 1, ("umzug", "auszug"): 1,
    ("bautrocknung", "getrocknet"): 3, ("bautrocknung", "trocknen"): 3,
    ("bautrocknung", "trockn"): 3, ("holz-bautenschutz", "holzwurm"): 3,
    # the service asked for (streichen, verputzen) outweighs the thing it is done to,
    # even a thing asked for (Holzfassade lasieren: the painter, not the carpenter)
    **{("maler-lackierer", verb): SERVICE_WEIGHT for verb in (
        "painted", "painting", "repaint", "exterior paint", "anstrich", "neuen anstrich",
        "streichen", "gestrichen", "anstreichen", "ueberstreichen", "ueberstrichen",
        "lackieren", "lackiert", "lasieren", "lasiert", "lasur", "tapezieren")},
    ("stuckateur", "verputzen"): SERVICE_WEIGHT, ("stuckateur", "verputzt"): SERVICE_WEIGHT,
    ("strassenbauer", "pflastern"): SERVICE_WEIGHT,
    ("betonbohrer-schneider", "kernbohrung"): SERVICE_WEIGHT,
    # a pattern blasted or frosted into glass is the glass finisher's whatever the glass
    **{("glasveredler", verb): 3 for verb in (
        "sandstrahlt", "sandgestrahlt", "mattiert", "mattieren", "satiniert", "satinieren")},
    ("einbau-baufertigteile", "fenstertausch"): SERVICE_WEIGHT,
    ("bautrocknung", "feucht"): 1, ("metallschleifer-polierer", "polish"): 1,
    ("isolierer", "zieht"): 0,
    # English words too general to point at one trade on their own
    ("maurer-betonbauer", "wall"): 1, ("maurer-betonbauer", "walls"): 1,
    ("maurer-betonbauer", "extension"): 1, ("tischler", "furniture"): 1,
    ("schornsteinfeger", "abgaswerte"): 1, ("reinigung", "clean"): 1,
    ("glaser", "gesprungen"): 1, ("glaser", "sprung"): 1, ("maurer-betonbauer", "statiker"): 1,
    ("estrichleger", "untergrund"): 0, ("bautrocknung", "muffig"): 1,
    ("tischler", "treppe"): 1, ("tischler", "treppen"): 1, ("elektrotechniker", "light"): 1,
    ("zweiradmechaniker", "schlauch"): 1, ("hausmeisterservice", "anbringen"): 1,
    ("tischler", "nach mass"): 1, ("strassenbauer", "gehweg"): 1, ("dachdecker", "ziegel"): 1,
    ("elektrotechniker", "leitung"): 1, ("rohr-kanalreiniger", "stehen"): 0,
    ("rohr-kanalreiniger", "riechen"): 0, ("parkettleger", "abschleifen"): 1,
    ("garten", "garden"): 1,
    ("parkettleger", "schleifen"): 1,
    # a material named for a thing (Fensterbank aus Marmor) names who works it
    ("steinmetz", "aus marmor"): 3, ("steinmetz", "aus granit"): 3,
    ("steinmetz", "aus naturstein"): 3,
    # ... and so does a stone named on its own or as the thing's first part (eine
    # Marmor-Fensterbank, die Sandsteintreppe): the stonemason, not the joiner of the sill
    **{("steinmetz", stone): 3 for stone in (
        "marmor", "granit", "sandstein", "naturstein", "travertin", "kalkstein",
        "muschelkalk", "basalt", "marble", "granite", "steintreppe", "natursteintreppe")},
    # mould and its removal are the core of damp and mould protection
    ("holz-bautenschutz", "schimmel"): 3, ("bautrocknung", "trocknung"): 3,
    ("teppichreiniger", "tiefenreinigung"): 2, ("getraenkeleitungsreiniger", "zapfanlage"): 3,
    ("gebaeudereiniger", "reinigungsdienst"): 3,
    # the sweep's inspection is mostly where another trade's problem was noticed
    ("schornsteinfeger", "feuerstaettenschau"): 1,
    ("parkettleger", "oelen"): 1, ("parkettleger", "geoelt"): 1,
    # the drain cleaner's own fault: a blocked toilet is theirs before the plumber's
    ("rohr-kanalreiniger", "verstopft"): 3, ("rohr-kanalreiniger", "verstopfung"): 3,
    ("rohr-kanalreiniger", "verstopt"): 3, ("rohr-kanalreiniger", "blocked"): 3,
    ("rohr-kanalreiniger", "clogged"): 3,
}
WEIGHTS.update(OBJECT_WEIGHTS)
WEIGHTS.update({("elektrotechniker", term.strip()): APPLIANCE_WEIGHT
                for term in APPLIANCES.split(",")})

# German keywords that are also English words and mean something else there ("stuck" is
# stucco, "bad" a bathroom): they never count in English text.
FALSE_FRIENDS = OBJECT_FALSE_FRIENDS | frozenset({
    "stuck", "bad", "hang", "split", "rost", "kind", "art", "see", "rat", "gift", "mist", "tag",
    "ton", "hut", "fast", "rock", "also"})


def _objects() -> dict[str, tuple[str, str]]:
    """OBJECTS with MORE_OBJECTS and then ENGLISH_OBJECTS appended per trade (strong, weak)."""
    more = dict(MORE_OBJECTS)
    for code, phrases in ENGLISH_OBJECTS.items():
        more[code] = (", ".join(part for part in (more.get(code, ("", ""))[0], phrases) if part),
                      more.get(code, ("", ""))[1])
    merged = dict(OBJECTS)
    for code, (strong, weak) in more.items():
        old_strong, old_weak = merged.get(code, ("", ""))
        merged[code] = (", ".join(part for part in (old_strong, strong) if part),
                        ", ".join(part for part in (old_weak, weak) if part))
    return merged


def swabian(term: str) -> str | None:
    """The Swabian and Alemannic spelling of a keyword: s before t inside a word is written
    as spoken, "scht" (Fenschter, Eschtrich, Pflaschter, Kaschten); None when the keyword
    has no such s. The first letters stay (Stein is written Stein)."""
    if " " in term or "*" in term or "=" in term or len(term) < 5:
        return None
    head, tail = term[:2], term[2:]
    if "st" not in tail or "scht" in tail:
        return None
    return head + tail.replace("st", "scht")


for _code, (_strong, _weak) in (*EVERYDAY.items(), *CRAFTS.items(), *MORE.items(),
                                *_objects().items()):
    add_words(_code, strong=_strong, weak=_weak)


def _english_pairs() -> frozenset[tuple[str, str]]:
    """(trade, word) of the English word lists' words that no German list of that trade
    has: they count in German text only where they are no German words ("deck", "hang")."""
    pairs = set()
    for code, words in ENGLISH_WORDING.items():
        german = {term for term, _weight in EXTRA.get(code, ())}
        for text in (words.names, words.strong, words.weak):
            pairs |= {(code, term) for term in _split(text) if term not in german}
    return frozenset(pairs)


def _split(text: str) -> list[str]:
    return [term.strip() for term in text.split(",") if term.strip()]


for _code, _words in WORDING.items():
    add_words(_code, names=_words.names, strong=_words.strong, weak=_words.weak)
ENGLISH_FOR_TRADE = ENGLISH_FOR_TRADE | _english_pairs()
for _code, _words in ENGLISH_WORDING.items():
    add_words(_code, names=_words.names, strong=_words.strong, weak=_words.weak)
# Swabian spellings of the German words (Fenschter, Holzfenschter), same weights.
for _code, _rows in list(EXTRA.items()):
    _known = {term for term, _weight in _rows}
    EXTRA[_code] = _rows + tuple(
        (variant, weight) for term, weight in _rows
        if (variant := swabian(term)) and variant not in _known
        and (_code, term) not in ENGLISH_FOR_TRADE)

ROOM_WORDS = frozenset({
    "bad", "badezimmer", "kueche", "wc", "gaeste-wc", "keller", "flur", "zimmer",
    "wohnzimmer", "schlafzimmer", "kinderzimmer", "arbeitszimmer", "esszimmer", "diele",
    "treppenhaus", "dachboden", "speicher", "garage", "terrasse", "balkon", "wohnung", "haus",
    "obergeschoss", "erdgeschoss", "dachgeschoss", "waschkueche",
    "garten", "bathroom", "kitchen", "room", "bedroom", "hallway", "basement", "cellar", "attic",
    "flat", "apartment", "house", "loft",
})
ROOM_WEIGHT = 0.5
ROOM_WORDS = ROOM_WORDS | frozenset({
    "treppenhaus", "hausflur", "gaestezimmer", "badezimmer", "hauseingang", "heizungskeller",
    "hauswirtschaftsraum", "abstellraum", "vorratsraum", "dachboden", "spitzboden",
    "gaeste-wc", "gaestebad", "gaesteklo", "einliegerwohnung", "mietwohnung",
    "eigentumswohnung", "wohnkueche", "buero", "praxis", "laden", "tiefgarage",
    # building elements named as the place of a problem, rarely as the problem
    "wand", "waende", "decke", "boden", "fussboden", "ecke"})

# Heads of compounds that say little about the trade (Fliesenboden is the tiler's).
# A stone as the first part of a compound (Marmorstufen, Granitplatte) names the material,
# which names who works it: it keeps its full weight.
# ("Naturstein" is not: a Natursteinmauer or -pflaster is the bricklayer's or paver's)
STONES = frozenset({"marmor", "granit", "sandstein", "travertin", "kalkstein", "muschelkalk",
                    "basalt"})
GENERIC_HEADS = frozenset({"boden", "belag", "wand", "waende", "decke", "platte", "platten",
                           "flaeche", "schaden", "reparatur", "arbeiten", "arbeit", "treppe",
                           "treppen", "stufe", "stufen"})

STOP_WORDS = frozenset({
    # German function words that are keywords elsewhere or look like them
    "weg", "uhr", "die", "der", "das", "den", "dem", "ist", "sind", "war", "mal",
    "nun", "nur", "auch", "noch", "schon", "hier", "dort", "da", "wo", "wie", "was", "wer",
    "grad", "gerade", "bitte", "danke", "hallo", "moin", "servus", "tag", "laut",
    # words that describe nothing: every trade could mean them
    "kaputt", "defekt", "problem", "reparatur", "reparieren", "neu", "alt", "schnell",
    "dringend", "angebot", "firma", "jemand", "jemanden", "weiss", "weisst", "broken", "tauen",
    "repair", "fix", "new", "small", "fit", "install",
})

NEUTRAL = OBJECT_NEUTRAL | frozenset({
    "bildschirm", "grundwasserspiegel", "wasserspiegel",
    "badeente", "badetuch",
    "hausverwaltung", "vermieter", "mietvertrag", "sicherheit", "gruenden", "pflicht",
    "gastgeber", "gastronomie", "gaststaette", "gasthaus", "badminton", "motorrad",
    "gast", "gaeste", "gasten", "pastellgruen", "hellgruen", "dunkelgruen", "mintgruen",
    "salbeigruen", "moosgruen", "olivgruen",
    "regenschirm", "sonnenschirm", "uhrzeit", "schraubenschluessel", "schraubenzieher",
    "schraubendreher", "werkzeug", "wartungssymbol", "klingt", "klang",
    "tortenheber", "durchmesser", "stoeckig", "zweistoeckig", "dreistoeckig",
    "mehrstoeckig", "einstoeckig",
})
# a rain umbrella is the umbrella maker's own object, never neutral
NEUTRAL = NEUTRAL - OBJECT_KEYWORDS

# Keywords that never match inside a longer word ("hof" is in Friedhof and Bahnhof).
WHOLE_ONLY = OBJECT_WHOLE_ONLY | frozenset({
    "hof", "weg", "tor", "rad", "sat", "lan", "pv", "fi", "kehle", "first", "ast", "split",
    "tau", "hut", "ring", "boot", "steg", "kork", "mantel", "sprung", "schuessel", "signal",
    "empfang", "kessel", "druck", "akku", "stufe", "stufen", "sockel", "loch", "zaun",
    "schrank", "platten", "stein", "klima", "auto", "motor", "kanal", "ablauf", "kamin",
    "ofen", "estrich", "gurt", "rost", "pool", "teich", "schloss", "putz", "rollo",
})


def _terms(text: str) -> frozenset[str]:
    return frozenset(term.strip() for term in text.split(",") if term.strip())


ENGLISH_TERMS = _terms(
    "ac, accordion, accordion maker, aerial, air conditioner, air conditioning, air "
    "conditioning engineer, aircon, alterations, apartment, armchair, assemble, assembly, "
    "attic, awning, awnings, baker, bakery, barber, barrel, basement, basin, basket maker, "
    "bassoon, bath, bathroom, bathtub, beam, beams, beautician, beer, beer line, bell "
    "casting, bespoke suit, bicycle, bike, bike mechanic, blacksmith, blinds, block paving, "
    "block printing, blockage, blocked, boat, boat builder, body shop, bodywork, bookbinder, "
    "bookbinding, bore hole, borehole, bow maker, boxes, brakes, brass instrument, bread, "
    "breaker, brewer, brewery, brick pointing, brick wall, bricklayer, brickwork, broken, "
    "brush maker, built-in wardrobe, burst pipe, business cards, butcher, cabinet maker, "
    "cabinetmaker, cable conduit, cable laying, cake, candles, car, car mechanic, carpenter, "
    "carpet, carpet cleaner, carpet cleaning, carpets, carving, cask, cast stone, cavity "
    "wall, cctv, ceiling, cellar, ceramicist, ceramics, chandler, chimney, chimney sweep, "
    "chrome plating, cistern, clarinet, clean, cleaner, cleaning, cleaning lady, cleaning "
    "service, clearance, clock, clockmaker, clogged, clogs, cloth finishing, clutch, cobbler, "
    "cobbles, coffin, cold, cold room, color, colour, combi, concrete, confectioner, consumer "
    "unit, contact lenses, cooling, cooper, core drilling, costume, costume maker, crack, "
    "cracked, cracks, creaky, cupboard, cupboards, curtain making, curtain rail, curtains, "
    "damp, damp proofing, damp-proofing, deck, decking, decorating, decorator, deep clean, "
    "dehumidifier, demolish, dent, dental technician, dentures, diamond drilling, digger "
    "repair, dirty, door, door fitter, door frame, doorbell, doors, dormer, double glazing, "
    "downpipe, drain, drain cleaning, drain unblocking, drains, drapes, draughty, dressmaker, "
    "drill, drip, dripping, driveway, drum maker, dry cleaner, dry cleaning, dry rot, dry "
    "wall, drying out, drywall, dust, electric motor rewind, electrical, electrician, "
    "electrics, electroplater, electroplating, embroiderer, embroidery, emulsion, end of "
    "tenancy, engine, engrave, engraver, engraving, etched glass, ev charger, express dry "
    "cleaning, extension, external blinds, fabric, fabric painting, facade, facade cleaning, "
    "facial, faucet, felling, fence, fireplace, fit, fit a door, fitted wardrobe, fix, fix a "
    "few things, flashing, flat, flat pack, flat roof, flexographer, flickering, floor, floor "
    "fitter, floor layer, floor levelling, floor sanding, floorboards, flooring, flower beds, "
    "flue, flush, fly screen, foundation, foundry, front door, funeral, fur coat, furniture, "
    "furniture removal, furrier, fuse, fuse box, fuses, garage mechanic, garden, gardener, "
    "gardening, gas engineer, gate, gates, gearbox, gem cutter, gemstone, gilder, gilding, "
    "glass, glass door, glass engraving, glass finisher, glassblower, glasses, glazed, "
    "glazier, glazing, glove maker, gloves, gold leaf, goldsmith, grandfather clock, granite, "
    "gravestone, grout, grouting, guitar, gunsmith, gutter, gutters, hair cut, haircut, "
    "hairdresser, handrail, handyman, hang, hardwood floor, harpsichord, hat, hats, "
    "headstone, hearing aid, hearing aids, heat pump, heating, heating engineer, hedge, "
    "hedges, heel, heel bar, hem, hinge, hoover, hot water, house clearance, house move, "
    "housekeeper, hull, ice cream, ice cream maker, insoles, install, insulate, insulating, "
    "insulation, intercom, invisible mending, iron, ironing, ironing service, irrigation, it "
    "technician, jammed, jetty, jeweller, jewellery, jewelry, joiner, joinery, kerb, key, "
    "keys, kitchen, kitchen fitting, kitchen units, knife grinder, knife sharpening, knock "
    "through, lagging, laminate, lampshade, landscaper, landscaping, lawn, lawn mower repair, "
    "lay, lead flashing, leak, leak detection, leaking, leaks, leather, leaves, lettering, "
    "light, lighting, lights, lino, lithographer, little jobs, load bearing, lock, locked "
    "out, locksmith, log burner, log cabin, loo, luthier, lvt, machined part, make-up artist, "
    "marble, mason, masonry, meat, meat cutter, mess, metal, metal artist, metal fence, metal "
    "polishing, metalworker, mill, miller, milliner, mirror, misted, model maker, mold, "
    "mosaic, mot, motorbike, motorcycle, mould, mould removal, mount, move house, movers, "
    "moving, moving company, moving house, mow, mowing, natural stone, network, new door, new "
    "heels, new windows, no hot water, noise, odd jobs, office cleaning, oil tank, oil tank "
    "cleaning, optician, organ builder, orthopaedic shoes, orthosis, orthotist, outlet, "
    "paint, painter, painters, painting, pane, panel beating, parquet, parquet floor, path, "
    "pathway, patio, patisserie, paver, paving, paving stones, phone line, photo shoot, "
    "photograph, photographer, piano maker, piano tuner, piano tuning, pile driving, pipe, "
    "pipe organ, pipes, plants, plaster, plasterboard, plasterer, plastering, pleating, "
    "plumber, plumbing, pointing, polish, porcelain, porcelain painter, potter, power, power "
    "cut, precision mechanic, precision optics, precision part, pressure vessel, pressure "
    "washing, print shop, prop maker, props, prosthesis, prosthetist, pump, puncture, put up, "
    "radiator, radiators, rag rug, railing, railings, rain, rebar, redecorate, refrigeration, "
    "refrigeration engineer, relocate, relocation, removal, removals, render, rendering, "
    "repaint, repainting, repair, replace windows, repointing, resole, reupholster, rewire, "
    "ride-on mower, rifle, rising damp, roller shutter, roller shutters, roof, roof tile, "
    "roof tiles, roof truss, roofer, roofing, rooftop, room, rope, rope maker, rug cleaning, "
    "saddle, saddler, sail, sailmaker, sanding, sash window, satellite dish, saw sharpening, "
    "scaffold, scaffolder, scaffolders, scaffolding, scenic painter, scooter, scrap car, "
    "scrapyard, screed, screeding, screen printer, screen printing, self-levelling, service "
    "my car, sewer, shade sail, sheet metal, shelves, shelving, shingle, shingles, "
    "shipwright, shoe repair, shoemaker, shoes, shop sign, short circuit, shotgun, shower, "
    "shower screen, shrubs, shutter, shutters, sign, sign maker, signage, signmaker, signs, "
    "silversmith, sink, skim, skimming, skirting, skylight, slate, small, small repairs, "
    "smart home, smell, socket, sockets, solar panels, soot, sound proofing, soundproofing, "
    "spark, sparks, spectacles, splashback, spring clean, stage set, stained glass, stains, "
    "staircase, stairs, stairwell cleaning, steamed up, steel, steel fixer, sticks, stone, "
    "stone mason, stone steps, stonemason, storm, storm damage, stove, stove fitter, stucco, "
    "stud wall, subfloor, summer house, surgical instruments, sweep, switch, tailor, take in, "
    "tank builder, tanking, tanner, tannery, tap, taps, tarmac, television, terrazzo floor, "
    "tile, tiled, tiled stove, tiler, tilers, tiles, tiling, timber, timber frame, tinsmith, "
    "tire, toilet, too hot, tractor, trailer, tree, tree surgeon, trees, tripe, trombone, "
    "trumpet, turf, turned wood, tv aerial, tyre, tyre change, tyre fitter, umbrella, "
    "umbrella maker, unblock, underfloor heating, undertaker, uneven floor, upholsterer, "
    "upholstery, upholstery cleaning, upvc, upvc windows, van, varnish, vehicle, venetian "
    "blinds, violin, violin bow, violin maker, wall, wallpaper, wallpapering, walls, "
    "wardrobe, watch, watchmaker, water, water damage, water damage restoration, water "
    "heater, water well, waterproofing, weaver, wedding cake, wedding dress, wedding photos, "
    "wedding ring, weeding, weeds, welder, welding, well, wet, wet walls, wi-fi, wicker, "
    "winding, window, window cleaner, window cleaning, window fitter, window pane, windows, "
    "wine, wine cooper, winter tyres, wire frame, wiring, won't drain, wood, wood burner, "
    "wood carver, wood floor, wood shingles, wood stove, wood turner, woodburner, woodcarver, "
    "wooden, wooden deck, wooden floor, wooden ladder, wooden toys, woodturner, woodwind "
    "instrument, woodworm, worktop, wrought iron, yacht, zinc "
)

# Separable verbs and their objects split across a clause ("die Wand zwischen Küche und
# Wohnzimmer soll raus", "wir ziehen im März um"): folded pattern → the keyword it means.
SPLIT_PHRASES = (
    (r"\bwand\b[^.!?;]{0,60}\b(soll|muss|sollte|kann|will|wollen|moechten)\b"
     r"[^.!?;]{0,20}\b(raus|weg)\b", "wanddurchbruch"),
    (r"\bwand\b[^.!?;]{0,60}\b(rausnehmen|rausreissen|entfernen|durchbrechen|einreissen|"
     r"abreissen)\b", "wanddurchbruch"),
    (r"\b(ziehen|ziehe|zieht|zogen)\b[^.!?;,]{0,60}\bum\b\s*(?=[.!?;,]|$)", "umziehen"),
    (r"\b(blueht|bluehen|bluehte)\b[^.!?;,]{0,60}\baus\b", "ausbluehungen"),
    # a hole through a wall or a ceiling, or one of a given diameter, for an exhaust, a
    # pipe or a duct is a core drilling ("ein Loch durch die Außenwand, ca. 10 cm",
    # "Bohrung durch die Stahlbetondecke", "Loch in die Wand, 15 cm Durchmesser"), not the
    # bricklayer's wall or the painter's
    (r"\b(loch|loecher|bohrung|bohrungen|durchfuehrung)\b[^.!?;]{0,30}\bdurch\b\s+"
     r"(die|den|eine|einen|unsere|unseren|das)?\s*\w*(wand|decke|mauer|beton|fundament|"
     r"bodenplatte)\w*", "kernbohrung"),
    (r"\b(loch|bohrung)\b[^.!?;]{0,80}\bdurchmesser\b", "kernbohrung"),
    # a chimney to be relined or repaired ("den Schornstein mit einem Edelstahlrohr sanieren
    # lassen", "Kamin muss verrohrt werden") is a chimney renovation, not a pipe
    (r"\b(schornstein|kamin|esse)\w*\b[^.!?;]{0,60}\b(sanieren|saniert|verrohren|verrohrt|"
     r"einziehen|eingezogen)\b", "schornsteinsanierung"),
    # whole windows to be replaced or fitted ("die alten Fenster im ganzen Haus tauschen
    # lassen") are the window fitter's, whatever glazing they have; a pane (Fensterscheibe)
    # stays the glazier's, a roof window the roofer's
    (r"\b(?!dach)\w*fenster(n)?\b[^.!?;]{0,60}\b(tauschen|austauschen|auszutauschen|erneuern|"
     r"ersetzen|einbauen|einsetzen|auswechseln|ausgetauscht|getauscht|erneuert|ersetzt|"
     r"eingebaut|eingesetzt|ausgewechselt)\b", "fenstertausch"),
    # a tree to fell ("darf man die einfach fällen lassen?"); "fällt" is only a fall
    (r"\b(faellen|faellung|umsaegen)\b", "baumfaellung"),
    # windows to be cleaned go to the window cleaner, not the glazier
    (r"\bfenster\b[^.!?;]{0,60}\b(putzen|geputzt|reinigen|gereinigt)\b", "fensterputzer"),
)


def _feminine_names() -> None:
    """The feminine form of every word that names a trade's person (Maskenbildnerin,
    Fotografin, Goldschmiedin, Tischlerin), with the same weight; the plural (-innen)
    is found by the matcher's endings."""
    from marketplace.trades.catalogue import all_trades

    for trade in all_trades():
        rows = trade.keywords + EXTRA.get(trade.code, ())
        known = {term for term, _weight in rows}
        added = tuple(
            (term + "in", weight) for term, weight in rows
            if weight >= 3 and term.isalpha() and term.endswith(FEMININE_FROM)
            and term not in ENGLISH_TERMS and term + "in" not in known)
        if added:
            EXTRA[trade.code] = EXTRA.get(trade.code, ()) + added


FEMININE_FROM = ("er", "eur", "iker", "ist", "graf", "schmied", "metz", "ant")
_feminine_names()
