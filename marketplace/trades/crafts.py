"""Core words for the rarer crafts: what people bring to such a business and ask it to do.

Written per trade from its scope (the objects it works on, the service verbs with their
object, the faults people describe), not from any one message, because a customer who needs
a watchmaker or a bookbinder rarely names the trade: they name the thing (a pocket watch, a
family bible) and what is wrong with it. Merged into the matcher by `vocabulary.EXTRA`.
Weights as in the catalogue: "strong" 2 (points at the trade), "weak" 1 (needs company).
"""

from __future__ import annotations

CRAFTS: dict[str, tuple[str, str]] = {
    "uhrmacher": (
        "taschenuhr, taschenuhren, uhrwerk, uhrenbatterie, uhrglas, zifferblatt, unruh, "
        "automatikuhr, quarzuhr, chronograph, herrenuhr, damenuhr, wecker, kaminuhr, "
        "tischuhr, uhren, uhrarmband, pocket watch, wristwatch, watch battery",
        "tickt, aufziehen, aufgezogen, zeiger, geht nach, geht vor, bleibt stehen"),
    "buchbinder": (
        "buchruecken, einband, buchdeckel, neu binden, binden lassen, neu gebunden, bibel, "
        "familienbibel, gesangbuch, fotoalbum, abschlussarbeit, bachelorarbeit, "
        "masterarbeit, dissertation, buecher restaurieren, book spine, rebind, rebinding",
        "buch, buecher, seiten, lose seiten, fadenheftung"),
    "sattler-feintaeschner": (
        "ledersitz, ledersitze, autositz, autositze, sitzbezug, sitzbezuege, autosattler, "
        "cabrioverdeck, verdeck, motorradsitz, sitzbank, handtasche, ledertaschen, henkel, "
        "taschenhenkel, lederriemen, ledergurt, reitsattel, zaumzeug, lederhalfter, "
        "leather seats, car seats, handbag",
        "oldtimer, naht, neu beziehen"),
    "getraenkeleitungsreiniger": (
        "zapfanlage, zapfanlagen, zapfhahn, zapfkopf, bierleitung, bierleitungen, "
        "schankanlage, getraenkeleitungen, leitungsreinigung, beer lines, draught system",
        "kneipe, bier schmeckt, schankraum, leitungen reinigen, schaum"),
    "schneidwerkzeugmechaniker": (
        "messer, kuechenmesser, messerset, kochmesser, scheren, schere, friseurschere, "
        "gartenschere, klinge, klingen, messer schaerfen, schaerfen lassen, knives, knife, "
        "scissors, sharpen, sharpening",
        "stumpf, schleifen lassen, blunt"),
    "tankschutz": (
        "oeltank, oeltanks, heizoeltank, heizoeltanks, tankanlage, tankstilllegung, "
        "tank stilllegen, tankentsorgung, tank entsorgen, tankreinigung, tank zerlegen, "
        "erdtank, batterietank, kunststofftank, tankraum, leckanzeige, auffangwanne, "
        "oil tank removal",
        "heizoel, oelreste, restoel, tank"),
    "textilreiniger": (
        "daunenjacke, wintermantel, anzug, abendkleid, brautkleid, hochzeitskleid, "
        "sakko, kleidung, kleidungsstuecke, lederjacke, wildleder, daunendecke, bettdecke, "
        "federbett, kopfkissen, vorhaenge reinigen, gardinen reinigen, chemisch reinigen, "
        "dry clean, dry cleaned, dry-cleaned, jacke, kleid, mantel, bluse",
        "kragen, seide, kaschmir, wolle"),
    "teppichreiniger": (
        "perserteppich, orientteppich, teppichwaesche, teppich waschen, polster reinigen, "
        "sofa reinigen, couch reinigen, matratze reinigen, matratzenreinigung, hundeurin, "
        "katzenurin, rug, rugs, carpet stain",
        "reingemacht, urin, tierhaare, tiefenreinigung"),
    "metallschleifer-polierer": (
        "messing, angelaufen, aufpolieren, hochglanzpolieren, silberbesteck, "
        "edelstahl polieren, patina, oxidiert, tarnished, brass",
        "aufarbeiten, aufgearbeitet"),
    "fuger": (
        "klinkerfugen, fugen auskratzen, auskratzen, ausfugen, neu ausfugen, hydrophobieren, "
        "hydrophobierung, verblendmauerwerk, "
        "verblender, fassadenfugen, fugenmoertel, repoint",
        "ausgewaschen, broeseln, broeselt, klinker, klinkerfassade, klinkerhaus, "
        "klinkerwand, wetterseite"),
    "augenoptiker": (
        "brillengestell, brillenglaeser, gleitsichtbrille, lesebrille, "
        "sonnenbrille, sehtest, sehstaerke, nasenpad, nasenpads, eyeglasses, frames",
        "buegel, gestell, zerkratzt"),
    "hoerakustiker": (
        "hoerhilfe, hoertest, schwerhoerig, otoplastik, ohrpassstueck, hoergeraetebatterie, "
        "im-ohr-geraet, hearing test",
        "hoert kaum, hoert schlecht, pfeift"),
    "konditor": (
        "geburtstagstorte, motivtorte, tortenstuecke, petit fours, pralinen, cupcakes",
        "backt, backen"),
    "dekorationsnaeher": (
        "vorhaenge naehen, vorhang naehen, gardinen, vorhaenge, vorhang, raffrollo, "
        "deckenschiene, gardinenschiene, kissenbezuege, curtains, drapes",
        "naehen lassen, naehen"),
    "schuhmacher": (
        "schuh, schuhsohle, absatz, absaetze, neu besohlen, besohlen, stiefelschaft, "
        "reissverschluss am stiefel, shoe repair, resole",
        "schuhe, stiefel, leder"),
    "geigenbauer": (
        "bratsche, kontrabass, geigensaite, griffbrett, stimmstock",
        "saite, saiten"),
    "klavierstimmer": (
        "konzertfluegel, klavierstimmung, klavier stimmen, verstimmt, out of tune, "
        "needs tuning, piano tuning",
        ""),
    "zahntechniker": (
        "zahn, zaehne, zahnprothese, gebiss, teilprothese, aufbissschiene, knirscherschiene, "
        "prothese gebrochen, unterfuetterung",
        ""),
    "schirmmacher": (
        "schirm reparieren, schirm kaputt",
        ""),
    "gold-silberschmied": (
        "ehering, eheringe, verlobungsring, halskette, armband, "
        "ohrringe, schmuck, ring weiten, ring enger, wedding ring",
        "gold, silber"),
    "kuerschner": (
        "pelzmantel, pelzjacke, pelzkragen, nerz",
        "pelz"),
    "aenderungsschneider": (
        "reissverschluss, saum, enger machen, weiter machen, hose kuerzen, "
        "aermel, aendern lassen, abnaeher, alterations, zipper, take in, let out",
        "naehen, zu lang, zu weit, trousers, shorten, sleeves"),
    "buegelanstalt": (
        "hemden buegeln, buegeln lassen, buegelwaesche, waesche buegeln",
        "hemden, buegeln"),
    "orthopaedieschuhmacher": (
        "einlagen, schuheinlagen, orthopaedische einlagen, massschuhe, schuherhoehung",
        "fussschmerzen, plattfuss"),
    "graveur": (
        "gravieren lassen, gravur anbringen, namensschild, tuerschild, klingelschild, "
        "pokal, pokale, engraved",
        ""),
    "glas-porzellanmaler": (
        "geschirr bemalen, porzellan bemalen, tassen bemalen",
        ""),
    "vergolder": (
        "bilderrahmen, goldrahmen, stuckrahmen, blattgold, blattvergoldung, neu vergolden, "
        "vergoldet, picture frame, gilded frame",
        "gold abgeplatzt, rahmen restaurieren"),
    "galvaniseur": (
        "verchromen lassen, vernickeln, versilbern, verzinken lassen, neu verchromen, "
        "chromteile, re-chrome",
        "chrom, verchromt"),
    "metallbildner": (
        "kunstschmiede, schmiedeeisern, schmiedeeiserne, schmiedeeisernes, "
        "schmiedearbeiten, geschmiedet, hand forged",
        "verschnoerkelt, schnoerkel"),
    "drechsler": (
        "gedrechselte, drechselarbeiten, treppenstaebe drechseln, stuhlbein, stuhlbeine, "
        "tischbein, tischbeine, wood turning",
        ""),
    "holzbildhauer": (
        "holzfiguren, schnitzerei, schnitzereien, geschnitzt, krippenfiguren, "
        "holzskulptur, wood carving",
        ""),
    "korb-flechtwerkgestalter": (
        "wiener geflecht, korbstuhl, rattanstuhl, rattanmoebel, sitzgeflecht, "
        "neu flechten, stuhlgeflecht, korbmoebel, cane chair, cane seat",
        "flechten, geflochten"),
    "klavier-cembalobauer": (
        "klavier reparieren, klaviertasten, klaviermechanik, hammerkoepfe, klavierhammer, "
        "piano repair",
        "tasten klemmen, taste haengt"),
    "modist": ("hutmacher, filzhut, strohhut, hut aendern, hutband, hutweite", ""),
    "buechsenmacher": (
        "gewehre, flinte, buechse, zielfernrohr, jagdgewehr, waffenschrank, gun repair", ""),
    "glasveredler": (
        "bleiglasfenster, bleiglas, bleiverglasung, buntglas, glasmalerei, "
        "kirchenfenster, ornamentglas, tiffany, leaded glass, sandstrahlt, sandgestrahlt, "
        "mattiert, mattieren, satiniert, satinieren, glas mattieren, glasdekor",
        ""),
    "boots-schiffbauer": (
        "boote, bootsrumpf, rumpf, gelcoat, osmose, bootslack, ruderboot, "
        "motorboot, segelyacht, sailboat, boat repair",
        "hafen, liegeplatz"),
    "segelmacher": (
        "persenning, bootsverdeck, sprayhood, kuchenbude, segel reparieren, sonnensegel "
        "naehen, sail repair, boat cover",
        "segel"),
    "friseur": (
        "haarschnitt, haare schneiden lassen, foehnen, faerben, straehnchen, "
        "hochsteckfrisur, brautfrisur, bart, barbier",
        ""),
    "kosmetiker": (
        "gesichtsbehandlung, maniküre, manikuere, pedikuere, augenbrauen, wimpern, "
        "haarentfernung, hautpflege, nails, eyebrows",
        ""),
    "fotograf": (
        "passfoto, passfotos, familienfotos, portraitfotos, hochzeitsfotograf, "
        "fotoshooting, produktfotos, headshots",
        "kamera"),
    "massschneider": (
        "massgeschneidert, nach mass geschneidert, anzug schneidern, kleid schneidern, "
        "hochzeitsanzug, tailored, tailor-made",
        "schneidern"),
    "reifen-vulkaniseur": (
        "reifen wechseln, reifen montieren, allwetterreifen, felgen, felge, auswuchten, "
        "reifendruck, new tyres",
        "reifen, reifenpanne, platter reifen, nagel im reifen, tyre, tyres, tire, tires"),
    "karosseriebauer": (
        "beule, beulen, dellen, kotfluegel, fahrertuer, beifahrertuer, autotuer, heckklappe, "
        "motorhaube, stossstange, parkschaden, hagelschaden am auto, "
        "rost am auto, schweller, radlauf, karosse, bumper, dented",
        ""),
    "land-baumaschinenmechatroniker": (
        "rasenmaeher, rasentraktor, aufsitzmaeher, maehroboter, motorsaege, kettensaege, "
        "freischneider, laubblaeser, vertikutierer, minibagger, radlader, hydraulik, "
        "lawn mower, lawnmower, chainsaw",
        "springt nicht an, zuendkerze, vergaser"),
    "zweiradmechaniker": (
        "fahrradkette, schaltung, gangschaltung, bremsbelaege, speiche, speichen, "
        "fahrradschlauch, platten am fahrrad, lastenrad, rennrad, mountainbike, "
        "bike, bicycle, puncture, radl, radel, velo",
        "kette, bremse, schlauch"),
    "kfz-techniker": (
        "auto, autos, wagen, pkw, kupplung, getriebe, auspuff, oelwechsel, zahnriemen, "
        "batterie leer, motorkontrollleuchte, kontrollleuchte, hauptuntersuchung, "
        "car, engine, clutch, brakes",
        "springt nicht an, quietscht beim bremsen"),
    "elektromaschinenbauer": (
        "elektromotor, motor neu wickeln, wicklung, pumpenmotor, drehstrommotor, "
        "motor durchgebrannt, kohlebuersten, burnt out motor",
        ""),
    "schilder-lichtreklamehersteller": (
        "werbeschild, ladenschild, praxisschild, schaufensterbeschriftung, "
        "fahrzeugbeschriftung, leuchtbuchstaben, werbetafel, banner, shop sign",
        "logo, beschriftet"),
    "orthopaedietechniker": (
        "beinprothese, armprothese, orthese, bandage, kompressionsstruempfe, "
        "korsett, prosthetic",
        ""),
    "bestattungsgewerbe": (
        "beisetzung, bestatten, "
        "einaescherung, feuerbestattung, urnenbeisetzung, trauerrede, funeral home",
        ""),
    "betonbohrer-schneider": (
        "kernbohrungen, durchbruch bohren, loch in die betondecke, betonwand schneiden, "
        "betonwand durchbrechen, deckendurchbruch, "
        "core drill",
        "bohrung, durch beton"),
    "brunnenbauer": (
        "gartenbrunnen bohren, brunnen bohren, brunnenwasser, brunnenpumpe, "
        "wasserbrunnen, garden well",
        "grundwasser"),
    "estrichleger": (
        "estrich, estrichboden, estrich gerissen, estrich hohl, schwimmender estrich, "
        "heizestrich, nivellieren, spachtelmasse, fliessspachtel, screed, self-levelling",
        "uneben"),
    "steinmetz": (
        "grabstein, grabsteine, grabplatte, grabstelle, inschrift, grabmal, "
        "natursteintreppe, sandsteinfassade, steintreppe, marmorplatte, granitplatte, "
        "arbeitsplatte aus stein, gravestone, headstone, tombstone",
        "sandstein, travertin, kalkstein"),
    "keramiker": (
        "keramikgeschirr, toepferei, getoepfert, vase, tonfiguren, keramikkurs, pottery", ""),
    "kunststopfer": (
        "mottenloch, mottenloecher, loch im pullover, loch im sakko, loch im anzug, "
        "brandloch, kunststopfen, unsichtbar stopfen, moth hole, moth holes",
        "motten, stopfen"),
    "plisseebrenner": ("plisseerock, plissee, plissieren lassen, falten einbrennen", ""),
    "textilgestalter": (
        "besticken, bestickt, stickerei, monogramm, aufnaeher, namen einsticken, "
        "weben, webstuhl, embroidered",
        "stricken, sticken"),
    "zupfinstrumentenmacher": (
        "gitarren, e-gitarre, akustikgitarre, bundstaebchen, gitarrenhals, sattel der gitarre, "
        "mandoline, ukulele, harfe, guitar repair",
        "saiten, schnarrt"),
    "holzblasinstrumentenmacher": (
        "querfloete, floete, blockfloete, saxophon, saxofon, oboe, polster undicht, "
        "flute, saxophone",
        ""),
    "metallblasinstrumentenmacher": (
        "trompete, posaune, tuba, horn, waldhorn, tenorhorn, ventile klemmen, "
        "zug klemmt, trumpet, trombone",
        ""),
    "bogenmacher": ("bogen neu behaaren, neu behaaren, behaarung, bow rehair", ""),
    "orgel-harmoniumbauer": ("orgelpfeifen, orgelpfeife, kirchenorgel, harmonium", ""),
    "handzuginstrumentenmacher": ("akkordeon, schifferklavier, quetschkommode, balg", ""),
    "schlagzeugmacher": ("schlagzeug, trommelfell, snare, drumset, drum kit", ""),
    "edelsteinschleifer": ("edelsteine, saphir, rubin, smaragd, gemstones", ""),
    "gerber": ("fell gerben, felle gerben, gerben lassen, tierfell, hide tanning", ""),
    "handschuhmacher": ("lederhandschuhe, handschuh, handschuhe naehen", ""),
    "seiler": ("seile, tauwerk, kletterseil, schaukelseil, hanfseil", ""),
    "wachszieher": ("kerze, taufkerze, hochzeitskerze, osterkerze, kerzen ziehen", ""),
    "speiseeishersteller": ("eiscreme, softeis, eiswagen, gelato", ""),
    "fleischer": ("grillfleisch, spanferkel, wurstplatte, aufschnitt", ""),
    "baecker": ("broetchenservice, brezeln, backwaren, brotkorb, sauerteig", "backt, backen"),
    "drucker": (
        "flyer, plakate, broschueren, einladungskarten, hochzeitskarten, "
        "briefpapier, druckauftrag", ""),
    "fahrzeugverwerter": ("altauto, autowrack, schrottauto, abmelden und verschrotten", ""),
}

# Jobs of the common trades that the per-trade word lists missed, by the same rule (objects,
# services with their object, faults), and regional words (Kölsch, Platt) for the roof.
MORE: dict[str, tuple[str, str]] = {
    "dachdecker": (
        "daach, daachpfanne, daachpannen, dack, dackpannen, dachrinnenreinigung, "
        "dachrinne reinigen, dachrinnen reinigen, dachreinigung",
        "pfanne, pfannen, pannen, verrutscht"),
    "klempner": ("dachrinnenreinigung, rinnenreinigung, dachrinne reinigen", ""),
    "hausmeisterservice": ("dachrinnenreinigung, rinnenreinigung", ""),
    "gebaeudereiniger": (
        "dachrinnenreinigung, buerogebaeude, bueroraeume, bueroflaechen, gewerbeflaechen, "
        "gewerbeobjekt, praxisraeume, reinigungsdienst, bauendreinigung, baureinigung, "
        "bauschlussreinigung, baustaub, clean the windows, fenster geputzt, dachreinigung, "
        "solarreinigung, modulreinigung, solarmodulreinigung, photovoltaikreinigung, "
        "solaranlagenreinigung, pv-reinigung, pv-anlagenreinigung, solar panel cleaning",
        "etagen, farbspritzer, silikonreste, geputzt, gereinigt, office, offices"),
    "reinigung": (
        "bettwaesche wechseln, gaestewechsel, grundgereinigt, geputzt",
        "gereinigt, reinigt, bettwaesche, ferienwohnung, einmal in der woche, jede woche, "
        "woechentlich"),
    # Ventilation systems are heating-ventilation-sanitary work (the electrician keeps the
    # bathroom fan).
    "installateur-heizungsbauer": (
        "zapfstelle, aussenzapfstelle, frostschaden, leitung geplatzt, rohr geplatzt, "
        "lueftungsanlage, wohnraumlueftung, kontrollierte wohnraumlueftung, kwl, "
        "lueftungsgeraet, waermerueckgewinnung, lueftungskanal, lueftungsfilter, "
        "filterwechsel, zuluft, abluftanlage, ventilation system, mvhr",
        "eingefroren, geplatzt"),
    "maurer-betonbauer": ("aufmauern, aufgemauert, neu aufmauern, hochmauern", ""),
    "stuckateur": ("wand einziehen, zwischenwand, trennwand, raumteiler", ""),
    "bodenleger": ("mit teppich belegt, mit teppich belegen, teppich belegen", ""),
    "parkettleger": ("parkettlackierung, parkettversiegelung, dielenlackierung, "
                     "dielenversiegelung", ""),
    "raumausstatter": ("mit teppich belegt, mit teppich belegen, teppich belegen", ""),
    "einbau-baufertigteile": (
        "schallschutzfenster, aussenfensterbank, alu-fensterbank, fensterbank aussen, "
        "finster", ""),  # Finster: Kölsch for Fenster
    "tischler": ("schallschutzfenster", ""),
    "bautrocknung": ("dry the floor, dry out, dried out, drying out, drying company, "
                     "orten, ortung, leck orten", ""),
    "schornsteinfeger": ("mandatory inspection, chimney inspection", "inspection"),
    "steinmetz": ("fensterbank aus granit, aus naturstein", ""),
    "ofen-luftheizungsbauer": (
        "funkenschutzplatte, funkenschutz, bodenplatte vor dem ofen, ofenrohr, rauchrohr", ""),
    "glaser": ("glasdach, glasueberdachung, terrassendach aus glas, vordach aus glas, "
               "duschtrennwand, glastrennwand", ""),
    # Commercial cooling is the refrigeration engineer's, not a household appliance.
    "kaelteanlagenbauer": (
        "tiefkuehler, tiefkuehlzelle, tiefkuehlraum, kuehlvitrine, kuehlregal, kuehlanlage, "
        "tiefkuehlanlage, gefrierzelle, kuehlhaus, walk-in freezer, cold room",
        "lueftungsanlage, wohnraumlueftung"),
}

