"""Trades that belong together, related trades and safety cases."""

import pytest

from marketplace.trades.catalogue import get_trade
from marketplace.trades.combinations import (
    PROJECTS,
    RELATED,
    SAFETY_TRADE,
    combination_for,
    project_in,
    related_trades,
    safety_case,
    usual_combination,
)


def test_every_slug_is_a_trade_of_the_catalogue():
    slugs = {code for project in PROJECTS for code in project.trades}
    slugs |= set(RELATED) | {code for codes in RELATED.values() for code in codes}
    slugs |= set(SAFETY_TRADE.values())
    unknown = sorted(slug for slug in slugs if get_trade(slug) is None)
    assert unknown == []


def test_a_trade_is_never_related_to_itself():
    assert all(code not in related for code, related in RELATED.items())


def test_a_bathroom_renovation_needs_tiler_plumber_and_electrician():
    assert set(usual_combination("badsanierung")) == {
        "fliesenleger", "installateur-heizungsbauer", "elektrotechniker"}
    assert usual_combination("fliesenleger")[0] == "fliesenleger"
    assert "installateur-heizungsbauer" in usual_combination("fliesenleger")


def test_a_roof_with_gutters_needs_roofer_and_klempner():
    assert usual_combination("dach-mit-rinne") == ["dachdecker", "klempner"]
    assert project_in("Dach und Regenrinne müssen neu gemacht werden").slug == "dach-mit-rinne"


def test_a_trade_in_no_project_stands_alone():
    assert usual_combination("uhrmacher") == ["uhrmacher"]


@pytest.mark.parametrize(("text", "slug"), [
    ("Wir wollen unser Bad komplett sanieren, ca. 8 qm", "badsanierung"),
    ("Badsanierung im EFH, Baujahr 1978", "badsanierung"),
    ("Suchen jemanden für ein neues Badezimmer", "badsanierung"),
    ("We want to renovate our bathroom", "badsanierung"),
    ("Neue Küche soll eingebaut werden, Kueche einbauen bis März", "kuechenmontage"),
    ("Dachboden ausbauen zum Kinderzimmer", "dachausbau"),
    ("Heizungstausch: Öl raus, Wärmepumpe rein", "heizungstausch"),
])
def test_projects_are_found_in_everyday_wording(text, slug):
    assert project_in(text).slug == slug


@pytest.mark.parametrize("text", [
    "Die Badewanne ist undicht", "Das Dach tropft", "Badeente im Abfluss", "Wasserhahn tropft",
])
def test_a_single_repair_is_no_project(text):
    assert project_in(text) is None


def test_combination_for_puts_the_detected_trade_first():
    assert combination_for("Bad sanieren, erst mal Fliesen", "fliesenleger")[0] == "fliesenleger"
    assert combination_for("Wasserhahn tropft", "installateur-heizungsbauer") == [
        "installateur-heizungsbauer"]
    assert combination_for("Hallo") == []


def test_plumbers_stand_in_for_tilers():
    assert related_trades("fliesenleger")[0] == "installateur-heizungsbauer"
    assert related_trades("uhrmacher") == []


@pytest.mark.parametrize(("text", "case"), [
    ("Hilfe, im Keller riecht es nach Gas!", "gas"),
    ("starker Gasgeruch im Treppenhaus", "gas"),
    ("es riecht so komisch wie Gas in der Küche", "gas"),
    ("I can smell gas in the kitchen", "gas"),
    ("Rohrbruch im Bad, Wasser läuft überall", "water"),
    ("Die Wasserleitung im Keller ist geplatzt", "water"),
    ("burst pipe under the sink", "water"),
    ("Aus der Steckdose kommt Rauch", "electric"),
    ("Steckdose im Flur qualmt und riecht verschmort", "electric"),
    ("the socket is sparking", "electric"),
])
def test_safety_cases_are_recognised(text, case):
    assert safety_case(text) == case


@pytest.mark.parametrize("text", [
    "Gastherme Wartung fällig", "Gasheizung soll raus, Wärmepumpe rein",
    "Rohr verstopft", "Steckdose locker", "Rauchmelder piept",
])
def test_ordinary_jobs_are_no_safety_case(text):
    assert safety_case(text) is None


def test_interchangeable_trades_are_catalogue_trades_and_symmetric():
    from marketplace.trades.combinations import INTERCHANGEABLE, interchangeable

    assert all(get_trade(code) for pair in INTERCHANGEABLE for code in pair)
    assert interchangeable("dachdecker", "klempner")
    assert interchangeable("klempner", "dachdecker")
    # A drain cleaner is no plumber: "Toilette verstopft" stays a question.
    assert not interchangeable("installateur-heizungsbauer", "rohr-kanalreiniger")
