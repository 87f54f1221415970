"""Trade detection on the evaluation sets (floors on rates, never on timings), and one test
per failure class that issue 13 found in real texts."""

import pytest

from marketplace.trades.catalogue import get_trade
from marketplace.trades.detection import decide, detect_trades
from tests.trades.eval_blind import BLIND
from tests.trades.eval_blind_2 import BLIND_2
from tests.trades.eval_blind_3 import BLIND_3
from tests.trades.eval_blind_4 import BLIND_4
from tests.trades.eval_blind_5 import BLIND_5
from tests.trades.eval_dev import DEV
from tests.trades.eval_dev2 import DEV2
from tests.trades.eval_dev3 import DEV3
from tests.trades.eval_dev4 import DEV4
from tests.trades.eval_dev5 import DEV5
from tests.trades.eval_dev6 import DEV6
from tests.trades.eval_dev7 import DEV7
from tests.trades.eval_dev8 import DEV8
from tests.trades.eval_dev9 import DEV9
from tests.trades.eval_dev10 import DEV10
from tests.trades.eval_dev11 import DEV11
from tests.trades.eval_dev12 import DEV12
from tests.trades.eval_held_out import HELD_OUT
from tests.trades.eval_held_out_late import HELD_OUT_LATE
from tests.trades.eval_tuning import TUNING
from tests.trades.eval_validation import VALIDATION
from tests.trades.eval_validation_final import VALIDATION_FINAL
from tests.trades.eval_validation_late import VALIDATION_LATE
from tests.trades.evaluation import score


def test_the_sets_are_large_valid_and_apart():
    assert len(TUNING) + len(HELD_OUT) >= 300
    assert len(HELD_OUT) >= 100
    tuning_texts = [text for text, _labels in TUNING + DEV + DEV2 + DEV3 + DEV4 + DEV5
                    + DEV6 + DEV7 + DEV8 + DEV9 + DEV10 + DEV11 + DEV12
                    + BLIND + BLIND_3 + BLIND_4]
    held_out_texts = [text for text, _labels in HELD_OUT + HELD_OUT_LATE + VALIDATION
                      + VALIDATION_LATE + VALIDATION_FINAL + BLIND_2 + BLIND_5]
    assert len(set(tuning_texts)) == len(tuning_texts)
    assert len(set(held_out_texts)) == len(held_out_texts)
    assert not set(tuning_texts) & set(held_out_texts)
    every = (TUNING + DEV + DEV2 + DEV3 + DEV4 + DEV5 + DEV6 + DEV7 + DEV8 + DEV9 + DEV10 + DEV11
             + DEV12 + BLIND + HELD_OUT + HELD_OUT_LATE + VALIDATION + VALIDATION_LATE
             + VALIDATION_FINAL + BLIND_2 + BLIND_3 + BLIND_4 + BLIND_5)
    for _text, labels in every:
        assert labels
        assert all(get_trade(code) is not None for code in labels), labels


def _report(result, capsys, *, misses=True):
    with capsys.disabled():
        print(f"\n{result.line()}")
        for outcome, text, acceptable, got in result.misses if misses else ():
            print(f"   {outcome:<7} want {'/'.join(acceptable)} got {got}: {text[:90]}")


# Floors sit a little below the rates measured (bench/README.md; raised after round 3 of
# session 3, when blind set 2 was tuned on): right at once, and the most wrong-or-none
# allowed. The sets a session tuned on are marked; the final validation set was only ever
# read as rates.
FLOORS = {
    "tuning": (TUNING, 0.94, 0.01),  # tuned on
    "dev": (DEV, 0.88, 0.01),  # tuned on in session 3
    "dev2": (DEV2, 0.92, 0.03),  # tuned on in session 3
    "dev3": (DEV3, 0.93, 0.03),  # English; tuned on in session 3
    "dev4": (DEV4, 0.90, 0.02),  # forum stories; tuned on in session 3
    "dev5": (DEV5, 0.95, 0.02),  # typos, brands, several problems; tuned on in session 3
    "dev6": (DEV6, 0.90, 0.02),  # less common jobs, formal letters; tuned on in session 3
    "dev7": (DEV7, 0.86, 0.04),  # advice-column style; tuned on in session 3
    "dev8": (DEV8, 0.90, 0.02),  # mixed; tuned on in session 3
    "dev9": (DEV9, 0.87, 0.03),  # long narratives, symptoms only; tuned on in session 3
    "dev10": (DEV10, 0.89, 0.02),  # the usual mix; tuned on in session 3
    "dev11": (DEV11, 0.90, 0.02),  # the acceptance set's style; tuned on in session 3
    "dev12": (DEV12, 0.84, 0.02),  # new wording, written last; tuned on in session 3
    # written blind by another writer (76.6 % right when written), then tuned on
    "blind": (BLIND, 0.95, 0.02),
    "held-out": (HELD_OUT, 0.87, 0.04),  # misses read in session 3
    "late-ho": (HELD_OUT_LATE, 0.90, 0.02),  # misses read in session 3
    "validation": (VALIDATION, 0.96, 0.01),  # unseen at first, then tuned on
    "val-late": (VALIDATION_LATE, 0.88, 0.02),  # unseen at first, then tuned on
    "val-final": (VALIDATION_FINAL, 0.87, 0.04),  # never read message by message
    # the second blind set: 86.9 % right, 5.8 % wrong when measured unseen; tuned on in
    # round 3 (classes, not messages: tests/trades/test_detection_classes.py)
    "blind-2": (BLIND_2, 0.90, 0.02),
    # the third blind set (rarer trades, English, dialect, businesses): measured once before
    # tuning (73.3 % right, 15.1 % wrong or none), then tuned on in round 4
    "blind-3": (BLIND_3, 0.89, 0.04),
    # the fourth blind set (the acceptance set's style): measured once before tuning
    # (81.1 % right, 10.9 % wrong or none), then tuned on in round 5 (85.6 %, 7.2 %)
    "blind-4": (BLIND_4, 0.85, 0.08),
    # the fifth blind set (the acceptance set's style), never read message by message: the
    # figure for unseen text (81.7 % right, 10.9 % wrong or none after round 5)
    "blind-5": (BLIND_5, 0.80, 0.12),
}
# Sets whose misses are never printed, so that they stay unread for a later measurement.
UNREAD = {"val-final", "blind-5"}


@pytest.mark.parametrize("name", list(FLOORS))
def test_rates_on_each_set(name, capsys):
    rows, right, wrong_or_none = FLOORS[name]
    result = score(name, rows)
    _report(result, capsys, misses=name not in UNREAD)
    assert result.share("right") >= right
    assert result.share("wrong") + result.share("none") <= wrong_or_none


def _best(text):
    candidates = detect_trades(text)
    return candidates[0].trade.code if candidates else None


def _codes(text):
    return {candidate.trade.code for candidate in detect_trades(text)}


@pytest.mark.parametrize(("text", "never"), [
    ("Mein Mann hat das Waschbecken schon abmontiert", "modist"),
    ("Das Wasser ist weg, aber der Abfluss gluckert", "strassenbauer"),
    ("Gestern um 18 Uhr ist die Sicherung rausgeflogen", "uhrmacher"),
    ("Die Firma hat beschlossen, das Fenster bleibt geschlossen", "metallbauer"),
    ("Das ist Pflicht laut Vertrag, es ist schlicht so", "elektrotechniker"),
    ("Aus Gründen der Sicherheit wollen wir das Geländer erhöhen", "garten"),
    ("Der Bildschirm vom Fernseher flackert", "schirmmacher"),
    ("Der Grundwasserspiegel ist hoch, Wasser kommt durch die Kellerwand", "glaser"),
    ("Der Durchlauferhitzer macht nur lauwarmes Wasser", "kaelteanlagenbauer"),
    ("Im Wintergarten ist eine Scheibe gesprungen", "garten"),
])
def test_function_words_and_word_insides_select_no_trade(text, never):
    assert never not in _codes(text)


@pytest.mark.parametrize(("text", "trade"), [
    ("Brauche zwei neue Glasfächer für die Vitrine", "glaser"),
    ("Beim Bohren sind mehrere Putzschichten abgeplatzt", "stuckateur"),
    ("Es riecht nach Gasgeruch im Keller", "installateur-heizungsbauer"),
    ("Gastherme zeigt Störung", "installateur-heizungsbauer"),
    ("Der Durchlauferhitzer macht nur lauwarmes Wasser", "installateur-heizungsbauer"),
    ("Satellitenempfang ist seit dem Sturm weg", "informationstechniker"),
    ("Felge verbogen, zwei Speichen gebrochen", "zweiradmechaniker"),
    ("Suche einen Weißbinder fürs Treppenhaus", "maler-lackierer"),
    ("Es tropft von der Decke in die Küche und ins WC, vermutlich vom Dach", "dachdecker"),
    ("Unsere Gartenmauer ist eingestürzt", "maurer-betonbauer"),
])
def test_compounds_missing_words_and_problem_over_room(text, trade):
    assert _best(text) == trade


@pytest.mark.parametrize(("text", "trade"), [
    ("Heitzung ist kaputt, bitte schnell", "installateur-heizungsbauer"),
    ("Brauche dringend einen Instalateur", "installateur-heizungsbauer"),
    ("Abfluss in der Küche verstopt", "rohr-kanalreiniger"),
])
def test_typos_in_longer_words_are_forgiven(text, trade):
    assert _best(text) == trade


def test_short_words_get_no_typo_tolerance():
    # "Bad" is one edit from "Rad"; short words must match exactly.
    assert "zweiradmechaniker" not in _codes("Bad renovieren")


def test_english_keywords_apply_to_english_text_only():
    assert "modist" in _codes("I need a new hat made")
    assert "modist" not in _codes("Er hat gesagt, das Dach tropft")
    assert _best("Our roof is leaking after the storm") == "dachdecker"


def test_a_gas_smell_is_a_plumbing_and_heating_case_not_a_drain():
    decision = decide("Hilfe, seit heute Morgen riecht es im Keller nach Gas")
    assert decision.trade is not None
    assert decision.trade.code == "installateur-heizungsbauer"


def test_a_bathroom_renovation_names_its_trades():
    codes = [candidate.trade.code for candidate in detect_trades("Wir wollen unser Bad sanieren")]
    assert codes[0] == "installateur-heizungsbauer"
    assert {"fliesenleger", "elektrotechniker"} <= set(codes)


def test_a_trade_asked_for_outweighs_a_trade_in_the_story():
    text = ("Wir brauchen einen Elektriker für den Anschluss der Wärmepumpe, "
            "der Installateur hat alles vorbereitet")
    assert _best(text) == "elektrotechniker"


def test_nothing_found_in_small_talk():
    assert detect_trades("Hallo, wie geht es Ihnen? Danke und bis morgen um 9 Uhr") == []
