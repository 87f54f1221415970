"""The catalogue as the law lists it, and its lookup API."""

import pytest

from marketplace.trades.catalogue import Anlage, all_trades, common_trades, get_trade, trades_in
from marketplace.trades.detection import decide, detect_trades, fold, words


def test_anlage_a_has_the_53_trades_numbered_1_to_53():
    anlage_a = trades_in(Anlage.A)
    assert sorted(trade.number for trade in anlage_a) == list(range(1, 54))
    assert all(trade.requires_master for trade in anlage_a)
    assert get_trade("dachdecker").number == 4
    assert get_trade("installateur-heizungsbauer").number == 24
    assert get_trade("fliesenleger").number == 42
    assert get_trade("fliesenleger").master_since_2020
    assert not get_trade("dachdecker").master_since_2020


def test_b1_no_longer_lists_the_trades_that_returned_to_anlage_a_in_2020():
    b1_names = {trade.name_de for trade in trades_in(Anlage.B1)}
    for returned in ("Fliesen-, Platten- und Mosaikleger", "Estrichleger", "Parkettleger",
                     "Raumausstatter", "Orgel- und Harmoniumbauer"):
        assert returned not in b1_names
    assert "Gebäudereiniger" in b1_names
    assert len(trades_in(Anlage.B1)) == 40
    assert not any(trade.requires_master for trade in trades_in(Anlage.B1))


def test_b2_and_services_are_marked_and_need_no_master():
    bodenleger = get_trade("bodenleger")
    assert bodenleger.anlage == "B2"
    assert bodenleger.number == 3
    assert not bodenleger.requires_master
    assert get_trade("rohr-kanalreiniger").number == 15
    services = trades_in(Anlage.SERVICE)
    assert {trade.code for trade in services} == {"umzug", "garten", "reinigung",
                                                 "hausmeisterservice"}
    assert all(trade.number is None and not trade.requires_master for trade in services)


def test_codes_are_unique_and_names_exist_in_both_languages():
    codes = [trade.code for trade in all_trades()]
    assert len(codes) == len(set(codes))
    for trade in all_trades():
        assert trade.name_de
        assert trade.name_en
        assert trade.label("de")
        assert trade.label("en")
        assert len(trade.code) <= 40  # fits JobRequest.trade_code and TenantTrade.trade_code
        for language in ("de", "en"):
            assert len(trade.label(language)) <= 20, trade.label(language)  # a WhatsApp button
    assert get_trade("nope") is None
    assert get_trade(None) is None
    assert get_trade("dachdecker").label("en") == "Roof"


def test_common_trades_are_real_entries():
    assert len(common_trades()) >= 10
    assert all(trade.is_common for trade in common_trades())


def test_folding_handles_umlauts_and_case():
    assert fold("KÜCHE Straße") == "kueche strasse"
    assert "e-bike" in words("Mein E-Bike")
    assert "bike" in words("Mein E-Bike")


@pytest.mark.parametrize(("text", "expected"), [
    ("Dachdecker gesucht", "dachdecker"),
    ("Heizungsausfall im Mehrfamilienhaus", "installateur-heizungsbauer"),
    ("Badfliesen erneuern", "fliesenleger"),
    ("Flachdach undicht", "dachdecker"),
])
def test_compounds_and_suffixes_are_detected(text, expected):
    assert detect_trades(text)[0].trade.code == expected


def test_attic_conversion_is_not_a_roof_job():
    assert detect_trades("Trockenbau im Dachgeschoss")[0].trade.code == "stuckateur"


def test_unclear_text_offers_choices_instead_of_guessing():
    decision = decide("Es tropft, irgendwas ist undicht")
    assert decision.trade is None
    assert {"installateur-heizungsbauer", "dachdecker"} <= {
        trade.code for trade in decision.offered}
    assert decide("Hallo").offered == ()
    assert detect_trades("") == []
    assert detect_trades("👍👍") == []


def test_confidence_is_ranked_and_bounded():
    candidates = detect_trades("Dach undicht, Wasser tropft in die Küche")
    assert candidates[0].trade.code == "dachdecker"
    assert all(0 <= c.confidence <= 1 for c in candidates)
    assert candidates == sorted(candidates, key=lambda c: -c.score)
