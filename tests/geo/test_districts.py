"""Districts of the largest cities, from our own list beside the GeoNames place names."""

from __future__ import annotations

import csv

import pytest

from marketplace.geo import places
from marketplace.geo import services as geo
from tests.conftest import GEONAMES_FILE, needs_geonames

BIGGEST_CITIES = ("Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart",
                  "Düsseldorf", "Leipzig", "Dortmund", "Essen", "Bremen", "Dresden",
                  "Hannover", "Nürnberg", "Duisburg")


def test_the_list_covers_the_fifteen_largest_cities():
    districts = places.read_districts()
    for city in BIGGEST_CITIES:
        assert len([d for d in districts if d.city == city]) >= 15, city
    pairs = [(d.city, d.name) for d in districts]
    assert len(pairs) == len(set(pairs))
    assert all(d.postcodes for d in districts)


@needs_geonames
def test_every_district_postcode_is_one_of_its_city_s_in_the_geonames_file():
    towns_of: dict[str, set[str]] = {}
    with open(GEONAMES_FILE, encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            towns_of.setdefault(row[1], set()).add(row[2])
    wrong = [(d.city, d.name, postcode) for d in places.read_districts()
             for postcode in d.postcodes
             if not any(town.startswith(d.city) for town in towns_of.get(postcode, ()))]
    assert wrong == []


@pytest.fixture
def imported(app_ctx):
    if needs_geonames.args[0]:
        pytest.skip("shared GeoNames file not present beside the checkout")
    geo.import_geonames(GEONAMES_FILE)


WRITTEN = [
    ("Sachsenhausen", "Sachsenhausen (Frankfurt am Main)", "6059"),
    ("Frankfurt-Sachsenhausen", "Sachsenhausen (Frankfurt am Main)", "6059"),
    ("sachsenhausen, frankfurt am main", "Sachsenhausen (Frankfurt am Main)", "6059"),
    ("Schwabing", "Schwabing (München)", "80"),
    ("München-Schwabing", "Schwabing (München)", "80"),
    ("Prenzlauer Berg", "Prenzlauer Berg (Berlin)", "104"),
    ("Ehrenfeld", "Ehrenfeld (Köln)", "508"),
    ("Altona", "Altona (Hamburg)", "227"),
    ("Stuttgart West", "Stuttgart-West", "70"),
]


def test_a_district_is_found_first_by_its_name_with_or_without_its_city(imported):
    found = {name: places.find_towns(name)[0] for name, _label, _prefix in WRITTEN}
    assert [(found[name].label, found[name].postcode[:len(prefix)], found[name].exact)
            for name, _label, prefix in WRITTEN] == [
        (label, prefix, True) for _name, label, prefix in WRITTEN]


def test_a_district_comes_before_a_village_and_after_a_city_of_that_name(imported):
    # The village in Thuringia is still offered, second.
    assert [(town.label, town.postcode) for town in places.find_towns("Sachsenhausen")][1] == (
        "Sachsenhausen", "99439")
    # Hamm in Westphalia is a city: before Hamburg's district of that name.
    hamm = places.find_towns("Hamm")
    assert hamm[0].label == "Hamm"
    assert hamm[0].postcode.startswith("590")
    assert hamm[1].label == "Hamm (Hamburg)"
    # Of two cities' districts of one name, the bigger city's comes first.
    assert [town.label for town in places.find_towns("Mitte")][:2] == [
        "Mitte (Berlin)", "Mitte (Bremen)"]
    assert [town.label for town in places.find_towns("Ehrenfeld")] == [
        "Ehrenfeld (Köln)", "Ehrenfeld (Bochum)"]


def test_geonames_own_district_name_and_ours_are_one_place(imported):
    # GeoNames calls some postcodes "Hamburg Ottensen": one choice, not two.
    [ottensen] = places.find_towns("Hamburg Ottensen")
    assert ottensen.label == "Ottensen (Hamburg)"


def test_a_district_is_never_found_by_the_beginning_of_its_name(imported):
    assert all(town.city is None for town in places.find_towns("Sachsen"))
    frankfurt = places.find_towns("Frankfurt")
    assert [town.label for town in frankfurt[:2]] == ["Frankfurt am Main", "Frankfurt (Oder)"]
