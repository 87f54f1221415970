"""Trade detection, one test per class of miss found in session 3 on text nobody had tuned
against: what the intake takes (or asks) for a message."""

import pytest

from marketplace.trades.detection import decide, detect_trades


def _taken(text):
    decision = decide(text)
    return decision.trade.code if decision.trade else None


def _offered(text):
    return {trade.code for trade in decide(text).offered}


def _codes(text):
    return {candidate.trade.code for candidate in detect_trades(text)}


def test_a_trade_named_as_someone_in_the_story_is_not_the_trade_asked_for():
    text = ("Hallo, wir brauchen ein Gerüst an der Giebelseite für drei Wochen, der "
            "Dachdecker hat gesagt, wir sollen das selbst organisieren.")
    assert _taken(text) == "geruestbauer"


def test_a_thing_named_with_an_article_still_counts():
    # "der Kachelofen" is a thing, not a person in the story.
    assert _taken("Der Kachelofen im Wohnzimmer hat Risse und raucht beim Anheizen") \
        == "ofen-luftheizungsbauer"


@pytest.mark.parametrize("text", [
    "Unsere Waschmaschine zeigt einen Fehlercode und schleudert nicht mehr",
    "Der Geschirrspüler bleibt mitten im Programm stehen",
    "Hi, our oven stopped heating, the light and the fan work. It is a built-in Siemens",
])
def test_household_appliances_go_to_the_electrician(text):
    assert _taken(text) == "elektrotechniker"


def test_connecting_a_dishwasher_stays_with_the_plumber():
    text = ("Wir brauchen eine neue Armatur für die Küche und der Geschirrspüler soll "
            "angeschlossen werden")
    assert _taken(text) == "installateur-heizungsbauer"


def test_a_gas_smell_takes_the_plumber_even_beside_other_words():
    text = "help, there's a smell of gas near the cooker and I've opened the windows"
    assert _taken(text) == "installateur-heizungsbauer"


def test_a_tie_between_unrelated_trades_is_asked_not_taken():
    text = "Wir möchten einen Schwedenofen aufstellen lassen, einen Schornstein haben wir schon"
    decision = decide(text)
    assert decision.trade is None
    assert {"ofen-luftheizungsbauer", "schornsteinfeger"} <= _offered(text)


def test_english_text_is_not_split_into_german_compounds():
    # "looking" holds "loo", a toilet, only to a German compound splitter.
    text = "Hi, we're looking for someone to put up a fence between our gardens"
    assert "installateur-heizungsbauer" not in _codes(text)


def test_german_keywords_that_are_english_words_do_not_count_in_english():
    text = "Hi, our electric roller shutter is stuck halfway and the motor just hums"
    assert "stuckateur" not in _codes(text)


def test_a_long_misspelt_word_is_read_as_a_typo_before_a_compound():
    assert _taken("Wasserhan tropft, dichtung kaput") == "installateur-heizungsbauer"


def test_a_generic_compound_head_yields_to_its_modifier():
    text = "Der Fliesenboden auf der Terrasse hebt sich an mehreren Stellen und klingt hohl"
    assert _taken(text) == "fliesenleger"


def test_a_stair_takes_its_material_s_trade():
    assert _taken("Unsere Marmortreppe hat an mehreren Stufen Abplatzungen") == "steinmetz"


def test_a_room_is_not_split_into_keywords():
    # Treppenhaus is a place, not a staircase for the joiner.
    text = "Im Treppenhaus ist eine Glasscheibe in der Tür zerbrochen"
    assert "glaser" in _offered(text) | {_taken(text)}
    assert _taken(text) != "tischler"


def test_a_keyword_s_base_form_does_not_take_another_trade_s_word():
    # Putz (plaster) has the verb putzen as base form, which is the cleaner's word.
    assert "stuckateur" not in _codes("Die Fenster müssten mal wieder geputzt werden")


def test_a_story_event_is_no_request():
    text = "Mein Kleiderschrank ist beim Umzug kaputtgegangen, die Seitenwand ist gebrochen"
    assert _taken(text) == "tischler"


def test_a_participle_with_a_verb_prefix_holds_no_keyword():
    assert "umzug" not in _codes("Die Erde ist schon abgetragen, jetzt fehlt der Unterbau")


def test_a_room_word_does_not_hide_a_keyword_it_contains():
    text = ("Nach den Unwettern läuft bei uns im Dachgeschoss Wasser an der Wand runter, dort "
            "wo der Kamin durchs Dach geht, die Tapete löst sich schon")
    assert _taken(text) == "dachdecker"


@pytest.mark.parametrize(("text", "trade"), [
    ("Servus, mei Spülkastn rinnt dauernd nach", "installateur-heizungsbauer"),
    ("Hallo, mei Kellerabgang is voll Wasser, da Gulli is vastopft vom Laub",
     "rohr-kanalreiniger"),
    ("Suche einen Gipser für die Decke im Flur", "stuckateur"),
    ("Der Flaschner soll die Dachrinne richten", "klempner"),
])
def test_dialect_and_regional_trade_names(text, trade):
    assert _taken(text) == trade


@pytest.mark.parametrize(("text", "trade"), [
    ("Die Wand zwischen Küche und Wohnzimmer soll raus", "maurer-betonbauer"),
    ("Wir ziehen im März innerhalb von Offenbach um, zwei Zimmer, zweiter Stock", "umzug"),
])
def test_a_verb_split_across_the_clause_is_joined(text, trade):
    assert _taken(text) == trade


def test_a_thing_named_as_the_place_of_the_problem_counts_less():
    text = ("Unser Schlafzimmer hat eine Außenwand, die im Winter innen nass wird, hinter dem "
            "Schrank ist schon alles schwarz")
    assert _taken(text) != "tischler"


def test_a_keyword_dropped_for_a_trade_makes_it_no_candidate():
    # "stehen" is dropped for the drain cleaner (vocabulary.WEIGHTS: 0); it once made a
    # candidate with score 0 and the confidence division failed.
    assert "rohr-kanalreiniger" not in _codes("Die Kartons stehen im Flur")


def test_a_negated_danger_takes_no_trade_at_once():
    # "kein Gasgeruch" is no gas case: the plumber is not taken over the electrician.
    decision = decide("Kein Gasgeruch, aber die Steckdose im Flur ist kaputt")
    assert decision.trade is None
    assert "elektrotechniker" in _offered("Kein Gasgeruch, aber die Steckdose im Flur ist kaputt")


# Classes found on the blind set (tests/trades/eval_blind.py), tested with other wording.

@pytest.mark.parametrize(("text", "trade"), [
    ("Die alte Pendeluhr bleibt nach dem Aufziehen stehen, das Uhrwerk tickt kaum", "uhrmacher"),
    ("Der Einband unseres Gesangbuchs hat sich gelöst, kann man es neu binden?", "buchbinder"),
    ("Meine Küchenmesser und die Gartenschere sind stumpf, bitte schärfen",
     "schneidwerkzeugmechaniker"),
    ("Die Bierleitungen an der Zapfanlage im Vereinsheim müssen gespült werden",
     "getraenkeleitungsreiniger"),
    ("Die Sitzbank meines Motorrads ist an der Naht aufgeplatzt", "sattler-feintaeschner"),
    ("Mein Wintermantel und ein Anzug sollen gereinigt werden", "textilreiniger"),
    ("Der alte Bilderrahmen mit Blattgold ist an den Ecken abgeplatzt", "vergolder"),
    ("Zwei Mottenlöcher im Sakko, kann man das unsichtbar stopfen?", "kunststopfer"),
])
def test_a_rare_craft_is_found_from_the_thing_brought_to_it(text, trade):
    assert _taken(text) == trade


def test_what_the_customer_does_themselves_is_not_the_job():
    assert _taken("Für zwei Wochen ein Gerüst an der Südseite, die Holzfassade lasieren wir "
                  "selbst") == "geruestbauer"


@pytest.mark.parametrize(("text", "trade"), [
    ("Ich hab die Steckdose selbst aufgeschraubt, da ist alles schwarz", "elektrotechniker"),
    ("Wir sitzen seit zwei Tagen ohne Heizung und Warmwasser da", "installateur-heizungsbauer"),
])
def test_a_past_attempt_or_a_missing_service_still_names_the_problem(text, trade):
    assert _taken(text) == trade


def test_what_was_being_done_when_it_showed_is_not_the_job():
    text = ("Beim Streichen ist uns aufgefallen, dass die Steckdose im Flur locker ist und "
            "Funken sprüht")
    assert _taken(text) == "elektrotechniker"


def test_a_precaution_in_the_story_is_not_the_job():
    text = ("Aus der Decke im Flur tropft Wasser, wohl eine undichte Leitung vom Bad oben, den "
            "Strom haben wir vorsichtshalber abgeschaltet, die Lampe ist nass")
    assert _taken(text) != "elektrotechniker"


def test_a_job_done_without_is_not_the_job():
    text = ("Wir möchten neue Fenster im Kinderzimmer einbauen lassen, ohne dass hinterher "
            "alles neu verputzt und gestrichen werden muss")
    assert _taken(text) in {"einbau-baufertigteile", "tischler", "glaser"}


def test_a_thing_followed_by_gesucht_is_asked_for():
    assert _taken("Gerüst gesucht für die Südseite, Fassade wird danach gestrichen") \
        == "geruestbauer"


def test_a_side_request_asks_for_no_trade():
    text = ("Wir möchten die Markisen an der Terrasse erneuern lassen, mit Motor. Braucht "
            "man dafür zusätzlich einen Elektriker?")
    assert _taken(text) == "rollladen-sonnenschutztechniker"


def test_a_material_describes_the_thing_and_is_not_the_job():
    text = "Die Heizungsrohre aus verzinktem Stahl sind undicht und sollen ersetzt werden"
    assert _taken(text) == "installateur-heizungsbauer"


def test_an_office_building_goes_to_the_building_cleaner():
    assert _taken("Für unsere Büroräume im Gewerbepark suchen wir einen Reinigungsdienst") \
        == "gebaeudereiniger"


# Round 4 (the third blind set): classes of misses, each with sentences of our own.

@pytest.mark.parametrize(("text", "trade"), [
    ("Bei meinem Cello ist der Stimmstock verrutscht, es klingt seitdem dumpf", "geigenbauer"),
    ("Am Tenorhorn klemmt ein Ventil und der Schallbecher hat einen Knick",
     "metallblasinstrumentenmacher"),
    ("An der Oboe meiner Tochter schließen zwei Klappenpolster nicht mehr",
     "holzblasinstrumentenmacher"),
    ("Unser Flügel braucht neue Hammerfilze, einige Tasten hängen", "klavier-cembalobauer"),
    ("Aus dem alten Fuchspelz meiner Mutter soll eine Mütze werden", "kuerschner"),
    ("Unser Feldstecher zeigt zwei Bilder, die Prismen sind wohl verstellt", "feinoptiker"),
    ("Der Pergamentschirm unserer Tischlampe ist gerissen und soll neu bezogen werden",
     "lampenschirmhersteller"),
    ("Das Kletterseil am Spielturm ist ausgefranst, wir brauchen ein neues Hanfseil", "seiler"),
    ("Wir möchten 500 Exemplare unserer Vereinschronik als Broschüre drucken lassen",
     "drucker"),
    ("Im Treppenhaus sind die Terrazzostufen abgetreten und sollen geschliffen werden",
     "betonstein-terrazzohersteller"),
    ("Wir brauchen für zwei Wochen ein Rollgerüst an der Giebelseite", "geruestbauer"),
    ("Wir wollen den alten Transporter verschrotten lassen, er springt nicht mehr an",
     "fahrzeugverwerter"),
    ("Bitte zwei Jeans kürzen lassen, Saum wie original", "aenderungsschneider"),
    ("Ich brauche biometrische Passfotos für den Personalausweis", "fotograf"),
    ("Brautmakeup am Hochzeitsmorgen gesucht, für mich und meine Mutter", "kosmetiker"),
    ("Der Schaft meiner Unterschenkelprothese scheuert am Knie", "orthopaedietechniker"),
    ("Für die Abluft der Dunstabzugshaube brauchen wir eine Kernbohrung durch die Betonwand",
     "betonbohrer-schneider"),
    ("Ich möchte unsere Eheringe weiten lassen, sie sind zu eng geworden", "gold-silberschmied"),
    ("Die Segel unseres Bootes sind eingerissen, das Großsegel braucht eine neue Naht",
     "segelmacher"),
    ("Für die Sporthalle brauchen wir 30 Trikots mit Siebdruck", "siebdrucker"),
    ("Unser Weidenkorb für das Brennholz hat ein Loch im Geflecht", "korb-flechtwerkgestalter"),
    ("Die Kirchenglocke hat einen Riss, der Klöppel ist lose", "metall-glockengiesser"),
    ("Wir sind eine Zahnarztpraxis und brauchen jemanden, der unsere Instrumente und "
     "Pinzetten schleift", "chirurgiemechaniker"),
    ("In den Dachbalken sind Bohrmehl und kleine Ausfluglöcher, ist das Hausbock?",
     "holz-bautenschutz"),
])
def test_a_rare_trade_is_found_by_the_thing_people_bring_to_it(text, trade):
    assert _taken(text) == trade


def test_a_screen_door_is_sun_and_insect_protection():
    assert "rollladen-sonnenschutztechniker" in _offered(
        "Für die Balkontür hätten wir gern eine Insektenschutztür, die Mücken nerven") | {
        _taken("Für die Balkontür hätten wir gern eine Insektenschutztür, die Mücken nerven")}


@pytest.mark.parametrize(("text", "trade"), [
    ("Der Elektriker hat die neuen Steckdosen gesetzt, jetzt müssen die Schlitze in der Wand "
     "verputzt werden", "stuckateur"),
    ("Letzte Woche hat ein Heizungsbauer die Heizkörper getauscht, dabei ist die Tapete "
     "eingerissen. Wer tapeziert die Wand neu?", "maler-lackierer"),
])
def test_a_trade_that_did_its_part_in_the_story_is_a_witness(text, trade):
    assert _taken(text) == trade


def test_the_customers_own_business_is_where_the_job_is():
    assert _taken("Wir betreiben eine Konditorei und im Verkaufsraum lösen sich die "
                  "Bodenfliesen") == "fliesenleger"


def test_cleaning_a_business_goes_to_the_building_cleaner_unless_home_help_is_named():
    assert _taken("Wir sind ein Hotel mit 20 Zimmern und brauchen eine Grundreinigung aller "
                  "Flure") == "gebaeudereiniger"
    assert _taken("Wir suchen eine Putzfrau für unsere Praxis, zweimal die Woche") \
        == "reinigung"


def test_the_one_sought_in_a_relative_clause_is_asked_for():
    text = ("Gibt es jemanden, der unsere Decke im Wohnzimmer mit Holzpaneelen verkleidet "
            "und dabei zwei Spots einsetzt?")
    assert _taken(text) == "tischler"


def test_what_the_customer_puts_the_focus_on_is_the_job():
    text = ("Die Leitung ist repariert. Jetzt geht es nur noch um die Fliesen, die dafür "
            "abgeschlagen wurden")
    assert _taken(text) == "fliesenleger"


def test_a_part_declared_repaired_is_ruled_out():
    text = ("Der Rohrbruch ist repariert. Das Laminat im Flur hat sich aber aufgewölbt und "
            "muss raus")
    assert _taken(text) == "bodenleger"


def test_a_step_to_come_later_is_not_the_job():
    text = ("Wir brauchen jemanden, der den Schimmel im Bad fachgerecht entfernt, bevor "
            "tapeziert wird")
    assert _taken(text) == "holz-bautenschutz"


def test_a_cleaning_verb_asked_for_names_the_cleaning_service():
    text = "Wir suchen jemanden, der unsere Polstergarnitur und den Teppichboden tiefenreinigt"
    assert _taken(text) == "teppichreiniger"


def test_swabian_spelling_is_read():
    assert _taken("Unser Holzfenschter im Bad isch verzoge und schließt nimmer") == "tischler"


def test_the_one_sought_is_described_up_to_the_next_comma():
    assert _taken("Zuerst brauchen wir jemanden für die Holztreppe, der Maler kommt "
                  "danach") == "tischler"


def test_an_abbreviation_ends_no_sentence():
    text = ("Gesucht wird jemand, der die Decke im Flur (ca. 12 qm) neu verputzt, streichen "
            "tun wir danach selbst")
    assert _taken(text) == "stuckateur"


@pytest.mark.parametrize("text", [
    "In unserer Pizzeria kühlt der Gefrierschrank nicht mehr richtig",
    "The freezer in our restaurant keeps icing up",
])
def test_cooling_for_a_food_business_is_commercial_refrigeration(text):
    assert _taken(text) == "kaelteanlagenbauer"


@pytest.mark.parametrize(("text", "trade"), [
    ("Hi, I need a pair of trousers shortened and a zip replaced on my jacket",
     "aenderungsschneider"),
    ("Hello, my violin bridge fell over and the sound post moved. Who can fix it?",
     "geigenbauer"),
    ("Looking for a wedding photographer in Hamburg for August", "fotograf"),
])
def test_rare_trades_in_english(text, trade):
    assert _taken(text) == trade


def test_a_trade_named_in_the_feminine_is_found():
    assert _taken("Wir suchen eine Goldschmiedin, die unseren alten Familienring "
                  "umarbeitet") == "gold-silberschmied"
    assert "maskenbildner" in _codes("Für den Kurzfilm suchen wir eine Maskenbildnerin")


@pytest.mark.parametrize(("text", "trade"), [
    ("Wir führen eine kleine Eisdiele und hinter dem Tresen lösen sich die Fliesen",
     "fliesenleger"),
    ("Ich bin Hausmeisterin in einer Wohnanlage und suche einen Gärtner für die Hecken",
     "garten"),
])
def test_the_customers_own_business_or_role_is_no_request(text, trade):
    assert _taken(text) == trade


def test_the_focus_holds_for_a_phrase_too():
    assert _taken("Die Fußbodenheizung liegt schon, jetzt muss der Estrich drauf, etwa "
                  "30 qm") == "estrichleger"


def test_the_verb_wollen_is_no_wool():
    assert "textilreiniger" not in _codes("Wir wollen die Wände im Wohnzimmer streichen "
                                          "lassen")


@pytest.mark.parametrize(("text", "trade"), [
    ("Die Einlagen in meinen Schuhen sind durchgelaufen, ich brauche neue",
     "orthopaedieschuhmacher"),
    ("Eine Holzfigur vom Heiligen Florian soll restauriert werden, ein Arm ist abgebrochen",
     "holzbildhauer"),
    ("Der Reifen an meinem Anhänger ist platt und muss vulkanisiert werden",
     "reifen-vulkaniseur"),
    ("Die Badarmaturen aus Messing sollen neu verchromt werden", "galvaniseur"),
    ("Mein Regenschirm hat eine gebrochene Speiche, kann man das reparieren?", "schirmmacher"),
    ("Mein Akkordeon hat Luft im Balg und zwei Töne klingen falsch",
     "handzuginstrumentenmacher"),
    ("In meinem Kaschmirpullover sind Mottenlöcher, bitte unsichtbar stopfen", "kunststopfer"),
    ("Die Zahnprothese meiner Oma ist in zwei Teile gebrochen", "zahntechniker"),
])
def test_a_rare_trades_own_object_names_it(text, trade):
    assert _taken(text) == trade


# Classes found on the second blind set (tests/trades/eval_blind_2.py), tested with other
# wording: how the words stand in the sentence, not which message they came from.

@pytest.mark.parametrize("text", [
    "Wir brauchen zwei kräftige Leute, die unser Klavier vom Erdgeschoss in den 2. Stock "
    "tragen.",
    "Kanzleiumzug im März: 8 Arbeitsplätze, Schreibtische, Rollcontainer und Aktenschränke, "
    "3. Etage.",
    "Einen Kühlschrank und einen Trockner von Ehrenfeld nach Deutz bringen, ich helfe beim "
    "Tragen.",
    "Could you help moving a wardrobe and a piano to our new flat on the 3rd floor?",
    "Zwei Sofas und einen Esstisch in die neue Wohnung im 4. Stock tragen lassen.",
    "Die Wohnung meines Vaters auflösen, ein paar Möbel gehen zu uns, der Rest weg.",
])
def test_a_move_is_taken_by_the_action_not_by_the_thing_moved(text):
    assert _taken(text) == "umzug"


def test_a_move_in_the_past_is_the_story():
    # "wurde ... transportiert" happened; the piano is what needs work now.
    text = ("Mein Flügel wurde gestern in die neue Wohnung transportiert, jetzt ist er "
            "verstimmt und muss gestimmt werden.")
    assert _taken(text) in {"klavierstimmer", "klavier-cembalobauer"}


def test_carrying_costs_or_a_van_in_the_story_is_no_move():
    assert _taken("Die Zufahrt hat sich durch den schweren LKW und Transporter abgesenkt, "
                  "das Pflaster wackelt.") == "strassenbauer"


@pytest.mark.parametrize(("text", "trades"), [
    # the cleaning is asked for; the new floors are only what to take care of
    ("Bauendreinigung nach Sanierung, überall Gipsstaub. Die neuen Fliesen und das Parkett "
     "bitte schonend behandeln.", {"reinigung", "gebaeudereiniger"}),
    # the thing cleaned chooses which cleaning trade: a gutter's, a practice's, a tank's
    ("Wir möchten die Regenrinne am Carport reinigen lassen, sie ist voller Tannennadeln.",
     {"klempner", "dachdecker", "gebaeudereiniger", "hausmeisterservice"}),
    ("Nach dem Umbau unserer Physiotherapiepraxis suchen wir eine Grundreinigung aller Räume "
     "inklusive Fenster.", {"gebaeudereiniger", "reinigung"}),
    ("Unser Büro soll gereinigt werden, 120 qm, dazu die Heizkörper und alle Fensterbänke.",
     {"gebaeudereiniger", "reinigung"}),
    ("Der Öltank im Keller soll gereinigt werden.", {"tankschutz"}),
    ("Teppich im Kinderzimmer reinigen lassen, Saftflecken", {"teppichreiniger", "reinigung"}),
])
def test_a_cleaning_job_is_taken_by_the_action_and_the_thing_cleaned_chooses_the_cleaner(
        text, trades):
    assert _taken(text) in trades


def test_the_customer_s_own_cleaning_is_the_story():
    text = "Wie oft wir auch putzen, im Bad unter dem Fenster kommt der schwarze Schimmel wieder."
    assert _taken(text) == "holz-bautenschutz"


@pytest.mark.parametrize(("text", "trade"), [
    ("Neue Waschmaschine im Bad anschließen, Steckdose ist schon da.",
     "installateur-heizungsbauer"),
    ("Geschirrspüler anschließen lassen, Wasseranschluss fehlt noch",
     "installateur-heizungsbauer"),
    ("Induktionsherd anschließen, Starkstromdose ist vorhanden", "elektrotechniker"),
])
def test_connecting_an_appliance_goes_to_who_connects_that_appliance(text, trade):
    assert _taken(text) == trade


@pytest.mark.parametrize(("text", "trade"), [
    ("Sanitär bleibt wie es ist, nur die Wandfliesen im Bad sollen neu.", "fliesenleger"),
    ("Die Elektrik ist fertig, jetzt fehlen nur noch die Fliesen im Bad.", "fliesenleger"),
    ("Die Fliesen bleiben wie sie sind, wir wollen nur eine neue Duschwanne und Armatur.",
     "installateur-heizungsbauer"),
    ("Heizung ist in Ordnung, aber im Bad tropft der Wasserhahn.",
     "installateur-heizungsbauer"),
    # a drain that is "dicht" is blocked, not fine
    ("Der Gully im Hof ist dicht, das Wasser läuft nicht mehr ab.", "rohr-kanalreiniger"),
])
def test_a_part_declared_fine_is_ruled_out(text, trade):
    assert _taken(text) == trade


def test_a_roof_declared_sound_is_not_taken():
    text = ("Das Dach ist laut Gutachter dicht. Trotzdem tropft es im Bad unter der Wohnung "
            "der Nachbarn aus der Decke.")
    assert _taken(text) != "dachdecker"
    assert "installateur-heizungsbauer" in _offered(text) | {_taken(text)}


@pytest.mark.parametrize(("text", "trade"), [
    ("In unserer Bäckerei kühlt die Kühltheke nicht mehr, Temperatur steigt seit heute Morgen.",
     "kaelteanlagenbauer"),
    ("Bei uns in der Schreinerei-Werkstatt ist der Sicherungskasten durchgeschmort.",
     "elektrotechniker"),
    ("In unserer Konditorei ist die Kühlvitrine ausgefallen.", "kaelteanlagenbauer"),
    ("In meiner Schlosserei ist der Sicherungskasten durchgeschmort.", "elektrotechniker"),
])
def test_the_customer_s_own_business_is_the_place_not_the_job(text, trade):
    assert _taken(text) == trade


@pytest.mark.parametrize("text", [
    "Unsere Lüftungsanlage mit Wärmerückgewinnung braucht eine Wartung, Filter sind zu.",
    "Die kontrollierte Wohnraumlüftung pfeift nachts.",
])
def test_a_ventilation_system_goes_to_heating_and_sanitary(text):
    assert _taken(text) == "installateur-heizungsbauer"


def test_a_thing_after_beim_is_where_not_when():
    assert _taken("Beim Laminat im Flur stehen die Kanten hoch, sonst ist alles gut.") \
        == "bodenleger"


@pytest.mark.parametrize(("text", "trades"), [
    ("Immer wenn es regnet, gibt es oben im Dachgeschoss einen nassen Fleck an der Schräge, "
     "der dann wieder trocknet.", {"dachdecker"}),
    ("Nach Regen ist im Keller die Wand unten nass.",
     {"holz-bautenschutz", "maurer-betonbauer", "bautrocknung"}),
    ("Nach Starkregen ist die Kellerwand innen nass und feucht, unten bildet sich Salz.",
     {"holz-bautenschutz", "maurer-betonbauer", "bautrocknung"}),
])
def test_water_after_rain_is_taken_by_cause_and_place_not_by_the_damp(text, trades):
    assert _taken(text) in trades


def test_rain_ruled_out_is_no_cause():
    text = ("Nasser Fleck an der Decke im Bad, immer nach dem Duschen oben, nicht bei Regen, "
            "es war seit Tagen trocken.")
    assert _taken(text) != "dachdecker"


@pytest.mark.parametrize("text", [
    "Mir hän a Rolllade, der goht nimme nuff, d' Gurt isch grissa, glaub i.",
    # "Rollladn" is found as a German typo only when the text is read as German
    "I hab a Rollladn, der goht nimme nuff.",
])
def test_dialect_articles_do_not_make_a_message_english(text):
    assert _taken(text) == "rollladen-sonnenschutztechniker"


@pytest.mark.parametrize("text", [
    "Holzzaun und Pergola lasieren lassen, das Holz ist vergraut.",
    # "streichen lassen" weighs no less than "streichen"
    "Die Stahltreppe im Hof und das Metallgeländer streichen lassen, Rost ist schon "
    "angeschliffen.",
])
def test_painting_is_taken_by_the_action_not_by_the_thing_painted(text):
    assert _taken(text) == "maler-lackierer"


@pytest.mark.parametrize("text", [
    "Die Matratze im Gästezimmer hat Flecken und riecht. Reinigen lassen, geht das?",
    "Der Teppich im Flur ist völlig verdreckt. Kann man den reinigen?",
])
def test_an_action_without_a_thing_takes_the_thing_of_the_sentence_before(text):
    assert _taken(text) in {"teppichreiniger", "reinigung"}


@pytest.mark.parametrize(("text", "trades"), [
    ("We need two guys to carry a piano up to the 3rd floor, no lift.", {"umzug"}),
    ("Office move next month: 15 desks, filing cabinets and a server rack.", {"umzug"}),
    ("Our gutters need cleaning, two storeys, lots of leaves.",
     {"klempner", "dachdecker", "gebaeudereiniger", "hausmeisterservice"}),
    ("In our bakery the walk-in freezer alarm keeps going off.", {"kaelteanlagenbauer"}),
])
def test_the_same_classes_in_english(text, trades):
    assert _taken(text) in trades


def test_a_roof_declared_fine_in_english_is_not_taken():
    text = ("The roof is fine, it was checked. Still there's a wet patch next to the "
            "neighbours' bathroom.")
    assert _taken(text) != "dachdecker"


def test_carrying_verbs_need_a_way():
    # "bringen" and "trägt" carry only along a way, never in an idiom or for a wall
    assert _taken("Wir brauchen jemanden, der den alten Tresor vom Keller in den 1. Stock "
                  "bringt.") == "umzug"
    assert _taken("Können Sie die Heizung im Keller wieder in Gang bringen?") \
        == "installateur-heizungsbauer"
    text = "Die Wand im Keller trägt das ganze Haus, wir wollen eine Tür rein."
    assert _taken(text) != "umzug"
    assert "umzug" not in _offered(text)


def test_an_action_done_before_is_the_story():
    # "haben ... putzen lassen" happened; the cracked pane is the job
    text = "Wir haben die Fenster letzte Woche putzen lassen, seitdem ist eine Scheibe gesprungen."
    assert "glaser" in _offered(text) | {_taken(text)}
    assert _taken(text) != "gebaeudereiniger"


@pytest.mark.parametrize(("text", "trade"), [
    # cleaning a technical part is its trade's maintenance when no cleaning service names it
    ("Wasserfilter reinigen, Druck fällt ab.", "installateur-heizungsbauer"),
    ("Die Klimaanlage im Büro reinigen und Filter wechseln.", "kaelteanlagenbauer"),
    # a service of a word's head must fit the word: a Schornstein is no Stein to clean
    ("Schornstein kehren und reinigen, bitte.", "schornsteinfeger"),
])
def test_cleaning_a_technical_part_stays_with_its_trade(text, trade):
    assert _taken(text) == trade


def test_a_job_done_is_ruled_out():
    # "sind gestrichen": the painting is done; the sockets are the job
    assert _taken("Die Wände sind gestrichen, nur die Steckdosen fehlen noch.") \
        == "elektrotechniker"


def test_lacquering_a_floor_is_the_parquet_layer_s_service():
    assert _taken("Das Parkett im Wohnzimmer abschleifen und neu lackieren, ca. 30 qm.") \
        == "parkettleger"


@pytest.mark.parametrize(("text", "trade"), [
    # a problem that is there, back or still there is no part declared fine
    ("Im Bad ist seit Wochen Schimmel da.", "holz-bautenschutz"),
    ("Die Feuchtigkeit ist wieder da.", "bautrocknung"),
    ("Seit gestern ist ein Riss in der Wand da.", "maurer-betonbauer"),
])
def test_a_problem_that_is_there_is_not_ruled_out(text, trade):
    assert _taken(text) == trade


# Where the rules of round 3 (the action asked for) and round 4 (the rare trades' own
# words, the witness) met: classes found when the two were merged.

def test_an_english_service_is_not_read_into_a_german_message():
    # "Sofa reinigen" is no "sofa cleaning" said in English (the upholsterer's phrase)
    assert _taken("Sofa reinigen lassen, der Hund hat draufgemacht") == "reinigung"


@pytest.mark.parametrize("text", [
    "Beule im Kotflügel, bitte ausbeulen ohne lackieren",
    "Delle in der Heckklappe, geht ausbeulen ohne lackieren?",
])
def test_an_action_not_wanted_is_no_action(text):
    assert _taken(text) == "karosseriebauer"


def test_an_action_whose_sentence_names_things_takes_no_thing_from_the_sentence_before():
    text = ("Wir haben ein Reihenmittelhaus. Der Dachdecker hat gesagt, dass unser Anschluss "
            "zum Dach nicht mehr dicht ist und die Dachrinne rostet.")
    assert _taken(text) == "dachdecker"


def test_a_clean_of_a_thing_with_a_cleaning_service_makes_other_trades_things_the_object():
    text = ("Der Teppich im Flur ist voller Flecken. Wir suchen jemanden, der den fest "
            "verlegten Teppichboden tiefenreinigt.")
    assert _taken(text) == "teppichreiniger"


# Round 5 (blind set 4): classes, each with sentences of our own.

def test_paint_told_in_the_past_is_the_story():
    # a coat of paint told in the past covered the problem: the cause is the job
    text = ("Die Hausverwaltung hat den Fleck an der Decke schon dreimal überstrichen, nach "
            "jedem Regen ist er wieder da. Darüber liegt nur noch der Spitzboden.")
    assert _taken(text) == "dachdecker"


def test_paint_told_in_the_past_in_english_is_the_story():
    text = ("Our landlord painted over the damp patch in the cellar twice, it keeps coming "
            "back. We need someone to seal the basement wall properly.")
    assert "maler-lackierer" not in _codes(text) | {_taken(text)}


def test_paint_deferred_until_something_else_is_done_is_not_the_job():
    text = ("Nach jedem Gewitter wird der Fleck an der Decke im Dachgeschoss größer. Unser "
            "Maler meint, er streicht erst wenn das Dach dicht ist.")
    assert _taken(text) != "maler-lackierer"


def test_an_adjective_in_al_holds_no_trade_name():
    # "normaler" is no Maler, "optimalen" none either
    assert "maler-lackierer" not in _codes(
        "Mit einer normaler Bohrmaschine kommt man durch den optimalen Estrich nicht durch.")


@pytest.mark.parametrize("text", [
    "Für die Abluft vom Wäschetrockner brauchen wir ein Loch durch die Kellerwand, 12 cm.",
    "Die Klimaanlage braucht eine Bohrung durch die Betondecke, Durchmesser 8 cm.",
])
def test_a_hole_through_a_wall_is_a_core_drilling(text):
    assert _taken(text) == "betonbohrer-schneider"


@pytest.mark.parametrize("text", [
    # the one who declines the job is a witness
    "Der Heizungsbauer hat die neue Therme eingebaut, aber die Abgasleitung im Schornstein "
    "macht er nicht. Wer kann die sanieren?",
    "Unseren Kamin mit einem Edelstahlrohr verrohren, der Installateur ist dafür nicht "
    "zuständig.",
])
def test_a_trade_that_declines_is_not_the_one_sought(text):
    assert _taken(text) == "schornsteinfeger"


def test_a_thing_said_to_be_absent_is_no_clue():
    text = ("Im Treppenhaus riecht es nach Ruß, obwohl im ganzen Haus kein Ofen steht. "
            "Wer schaut sich den Schornstein an?")
    assert _taken(text) == "schornsteinfeger"


@pytest.mark.parametrize("text", [
    "Alle sieben Holzfenster im Erdgeschoss sollen gegen neue ausgetauscht werden, gern "
    "mit Dreifachverglasung.",
    "Wir möchten die Kellerfenster ersetzen, die sind undicht und einfach verglast.",
])
def test_whole_windows_to_replace_are_the_window_fitter_s(text):
    assert _taken(text) in ("einbau-baufertigteile", "tischler")


def test_a_roof_window_is_not_taken_by_the_window_rule():
    assert _taken("Wir wollen zwei Dachfenster einbauen lassen.") != "einbau-baufertigteile"


@pytest.mark.parametrize(("text", "trade"), [
    ("Unsere Kommode steht im Flur, der Fuß ist abgebrochen.", "tischler"),
    ("Nach dem Gewitter steht der Hof unter Wasser, der Gully schluckt nichts.",
     "rohr-kanalreiniger"),
])
def test_steht_is_standing_water_only_with_water(text, trade):
    assert _taken(text) == trade


def test_a_tree_to_fell_is_the_gardener_s():
    text = ("Die Birke neben der Garage ist abgestorben und könnte aufs Dach fallen. Wer "
            "kann sie fällen?")
    assert _taken(text) == "garten"


def test_a_cable_is_what_an_appliance_is_connected_with():
    assert _taken("Der neue Backofen muss angeschlossen werden, er hat nur ein Kabel ohne "
                  "Stecker.") == "elektrotechniker"


@pytest.mark.parametrize("text", [
    "Die Granit-Arbeitsplatte in der Küche hat einen Sprung, wer fertigt eine neue?",
    "Unsere Marmorstufen im Eingang sind an den Kanten abgeplatzt.",
    "Granit Fensterbank im Bad zu kurz, bitte neu zuschneiden.",
])
def test_a_stone_names_the_stonemason(text):
    assert _taken(text) == "steinmetz"


@pytest.mark.parametrize(("text", "trade"), [
    ("Die Förderschnecke vom Pelletbrenner hakt, die Heizung geht immer wieder aus.",
     "installateur-heizungsbauer"),
    ("Den Geldschrank im Büro bekommen wir nicht mehr auf, das Zahlenschloss klemmt.",
     "metallbauer"),
    ("In die Duschtrennwand soll ein Muster sandgestrahlt werden.", "glasveredler"),
])
def test_rare_things_name_their_trade(text, trade):
    assert _taken(text) == trade


def test_a_thing_that_must_go_from_one_floor_to_another_is_a_move():
    text = "Das Klavier muss vom Erdgeschoss in den zweiten Stock, die Treppe ist eng."
    assert _taken(text) == "umzug"


def test_a_thing_that_must_go_somewhere_without_a_from_is_no_move():
    text = "Der Trockner soll in den Keller, dafür braucht es einen Abluftanschluss."
    assert _taken(text) != "umzug"


@pytest.mark.parametrize("text", [
    "Im Kinderzimmer wellt sich die Tapete an der Außenwand, die Wand ist dahinter feucht.",
    "The paint in our hallway keeps peeling and the plaster underneath feels damp.",
])
def test_a_finish_stained_or_peeling_where_it_is_damp_shows_the_damp(text):
    assert _taken(text) != "maler-lackierer"


def test_a_finish_peeling_with_no_damp_stays_the_painter_s():
    assert _taken("Die Farbe an der Flurdecke blättert ab, Feuchtigkeit ist keine da, bitte "
                  "neu streichen.") == "maler-lackierer"
