"""The English that expats write about each common trade's work, by trade.

The counterpart of `trades/wording.py` (same weights: names 3, strong 2, weak 1). Merged
into the matcher by `vocabulary.EXTRA` and marked English there, so a word counts in
German text only where it is no German word ("roof" does, "deck" and "hang" do not).
"""

from __future__ import annotations

from marketplace.trades.wording import Words

ENGLISH_WORDING: dict[str, Words] = {
    "installateur-heizungsbauer": Words(
        names="plumber, plumbers, heating engineer, gas engineer, boiler engineer",
        strong="boiler, combi boiler, radiator, radiators, bleed, bleeding, hot water, no hot "
               "water, tap, taps, faucet, dripping tap, leaking tap, toilet, loo, cistern, flush, "
               "shower, shower head, mixer tap, water pressure, losing pressure, loses pressure, "
               "top up, thermostat, underfloor heating, heat pump, gas leak, smell gas, burst "
               "pipe, pipe, pipes, water heater, immersion heater, stopcock, valve, heating, "
               "plumbing, bathtub",
        weak="washbasin, basin, leak, leaking, leaks, drip, dripping, cold, lukewarm, pressure, "
             "water"),
    "rohr-kanalreiniger": Words(
        names="drain cleaner, drain company, drainage company",
        strong="blocked, blockage, clogged, drain, drains, drainage, sewer, sewage, backs up, "
               "backing up, plunger, unblock, slow drain, drains slowly, won't drain, doesn't "
               "drain, drain survey, manhole, gully",
        weak="gurgling, smells, smell"),
    "elektrotechniker": Words(
        names="electrician, electricians, sparky, electrical contractor",
        strong="electrics, electrical, wiring, rewire, rewiring, wired, wire, wires, socket, "
               "sockets, plug, outlet, outlets, power cut, no power, power outage, lost power, "
               "tripped, trips, tripping, breaker, circuit breaker, fuse, fuses, fuse box, "
               "consumer unit, rcd, ceiling light, ceiling lights, ceiling lamp, ceiling lamps, "
               "chandelier, pendant light, spotlights, downlights, light fitting, light fittings, "
               "light switch, switch, switches, dimmer, sparks, sparking, electric shock, "
               "doorbell, intercom, buzzer, extractor fan, ev charger, wallbox, solar panels, "
               "smoke alarm, smoke detector, oven, fridge, freezer, washing machine, dishwasher, "
               "tumble dryer, dryer, appliance, appliances, microwave",
        weak="cooker, hob, light, lights, lamp, lamps, flickering, flicker, buzzing, power, "
             "electric, cable, cables"),
    "elektromaschinenbauer": Words(
        weak="washing machine, dishwasher, tumble dryer, fridge, freezer, oven, appliance"),
    "maler-lackierer": Words(
        names="painter, painters, decorator, painter and decorator",
        strong="exterior paint, paint, painting, painted, repaint, repainting, decorating, "
               "redecorate, wallpaper, wallpapering, emulsion, gloss, varnish, peeling paint, "
               "paint peeling, touch up, magnolia",
        weak="stains, stained, scuffs, scuffed, holes"),
    "stuckateur": Words(
        names="plasterer, plasterers, drywaller",
        strong="plaster, plastering, replaster, render, rendering, skim, skimming, drywall, "
               "plasterboard, stud wall, partition wall, cornice, coving",
        weak="ceiling, crack, cracks, cracked, hole"),
    "fliesenleger": Words(
        names="tiler, tilers",
        strong="tile, tiles, tiled, tiling, retile, grout, grouting, regrout, silicone, "
               "splashback, mosaic, floor tiles, wall tiles",
        weak="hollow, sealant"),
    "dachdecker": Words(
        names="roofer, roofers, roofing company",
        strong="roof, roofs, roofing, re-roof, slipped tiles, missing tiles, roof tiles, slate, "
               "slates, flat roof, roofing felt, felt, ridge tiles, skylight, velux, roof leak, "
               "leaking roof, fascia, soffit",
        weak="storm, rain, loft, attic"),
    "klempner": Words(
        strong="gutter, gutters, guttering, downpipe, downspout, flashing, lead flashing, "
               "gutter cleaning"),
    "glaser": Words(
        names="glazier",
        strong="glass, pane, panes, window pane, cracked glass, broken glass, smashed window, "
               "double glazing, misted, fogged, condensation between, mirror, shower screen, glass"
               " door",
        weak="cracked, smashed"),
    "einbau-baufertigteile": Words(
        names="window fitter, window company",
        strong="window, windows, new windows, replace windows, window replacement, upvc, double "
               "glazed, tilt and turn, window handle, front door, back door, patio door, french "
               "doors, sliding door, door frame, garage door, draught, draughty, drafty, seal, "
               "seals",
        weak="door, doors, handle, stuck"),
    "tischler": Words(
        names="carpenter, joiner, cabinet maker, cabinetmaker",
        strong="bookshelf, bookshelves, custom-made, custom made, custom-built, carpentry, "
               "joinery, cupboard, cupboards, wardrobe, fitted wardrobe, built-in, shelves, "
               "shelving, bookcase, kitchen cabinets, cabinet door, hinge, hinges, drawer, "
               "drawers, worktop, countertop, staircase, creaky stairs, banister, handrail, "
               "internal door, bespoke",
        weak="wood, wooden, timber, oak, stairs, door, doors, sticks, creaks, creaky"),
    "bodenleger": Words(
        names="floor fitter, floor layer, flooring company",
        strong="laminate, vinyl, lvt, carpet, carpeting, flooring, new floor, lino, skirting "
               "boards, carpet fitting",
        weak="floor, floors"),
    "parkettleger": Words(
        strong="parquet, hardwood floor, hardwood floors, wooden floor, wooden floors, wood floor,"
               " wood floors, floorboards, sanding, sanded, refinish, refinishing, oiled",
        weak="scratched, worn"),
    "estrichleger": Words(
        strong="screed, screeding, self-levelling, self-leveling"),
    "maurer-betonbauer": Words(
        names="builder, builders, bricklayer",
        strong="knock down, knock down the wall, take down a wall, remove the wall, tear down, "
               "brickwork, bricks, concrete, foundation, foundations, load-bearing, load bearing, "
               "knock through, remove a wall, subsidence, retaining wall, garden wall, lintel, "
               "steel beam, rsj",
        weak="wall, walls, brick, extension"),
    "holz-bautenschutz": Words(
        strong="mould, mold, mouldy, moldy, black mould, black mold, rising damp, damp patches, "
               "damp proofing, tanking, woodworm, dry rot, wet rot, black spots",
        weak="damp, condensation, musty"),
    "bautrocknung": Words(
        strong="brown stain, water stain, water stains, water damage, flood, flooded, flooding, "
               "dry out, drying out, dehumidifier, dehumidifiers, leak detection",
        weak="stain, stains, wet, soaked"),
    "garten": Words(
        names="gardener, gardeners, landscaper, tree surgeon",
        strong="garden fence, fence panels, fence panel, gardening, landscaping, lawn, mow, "
               "mowing, grass, hedge, hedges, trimming, tree, trees, branches, branch, stump, "
               "stump grinding, weeds, weeding, brambles, overgrown, flower beds, turf, "
               "irrigation, sprinkler, leaves",
        weak="garden, yard"),
    "strassenbauer": Words(
        strong="paving, pavers, block paving, driveway, cobbles, tarmac, asphalt",
        weak="sunken, sinking, patio"),
    "metallbauer": Words(
        names="locksmith, welder, metalworker",
        strong="lock cylinder, locked out, locked myself out, deadbolt, broken key, key broke, "
               "gate, gates, railing, railings, balustrade, welding, weld, rusted, security "
               "grille, door lock, lock jammed, lock is stuck, lock broken, jammed lock, change "
               "the lock, change the locks",
        weak="lock, locks, key, keys, metal, steel, rust, rusty, fence"),
    "rollladen-sonnenschutztechniker": Words(
        strong="shutter, shutters, roller shutter, roller shutters, blind, blinds, external "
               "blinds, venetian blinds, awning, sun blind, fly screen, insect screen, mosquito "
               "net, mosquito screen"),
    "schornsteinfeger": Words(
        names="chimney sweep",
        strong="chimney, flue, soot, chimney sweeping",
        weak="smoke"),
    "ofen-luftheizungsbauer": Words(
        strong="wood burner, woodburner, log burner, wood stove, wood-burning stove, stove, "
               "fireplace, tiled stove"),
    "reinigung": Words(
        names="cleaner, cleaners, cleaning lady, cleaning company, deep clean, deep cleaned, deep "
              "cleaning",
        strong="cleaning, end of tenancy, end-of-tenancy, move-out clean, housekeeping, window "
               "cleaning, window cleaner, clean the, clean our, clean my, cleaned",
        weak="dirty, dust, limescale"),
    "gebaeudereiniger": Words(
        strong="office cleaning, commercial cleaning, facade cleaning, gutter cleaning"),
    "umzug": Words(
        names="movers, removal company, removals company, man with a van",
        strong="moving, moving house, removal, removals, van, boxes, packing, storage unit, "
               "storage, relocate, relocation, house clearance, clearance, move house",
        weak="move, move out, moving out, transport, furniture, piano"),
    "hausmeisterservice": Words(
        names="handyman, handy man",
        strong="odd jobs, put up, mount, assemble, assembly, flat pack, flat-pack, "
               "gutter cleaning",
        weak="hang"),
    "kaelteanlagenbauer": Words(
        names="air conditioner, air conditioning, aircon, air con, ac unit",
        strong="warm air, hot air, cold air, air conditioning, aircon, air con, ac unit, a/c, "
               "cooling",
        weak="hot, heat"),
    "informationstechniker": Words(
        strong="wifi, wi-fi, network, ethernet, network cable, network cables, router, satellite "
               "dish, aerial, tv aerial, cctv, alarm system",
        weak="signal, internet"),
    "isolierer": Words(
        strong="insulation, insulate, insulated, loft insulation, cavity wall insulation"),
    "geruestbauer": Words(
        strong="scaffold, scaffolding"),
    "steinmetz": Words(
        names="stonemason",
        strong="headstone, gravestone, marble, granite"),
    "zimmerer": Words(
        strong="wooden fence, put up a fence, fence posts, timber frame, roof timbers, rafters, "
               "beams, joists, decking, deck, pergola, carport, shed, summer house, log cabin"),
}
