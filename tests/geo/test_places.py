"""Place and town names from the GeoNames file: "offenbach", "Offenbach am Main", "Frankfurt"."""

from __future__ import annotations

from marketplace.geo import places
from marketplace.geo import services as geo
from tests.conftest import GEONAMES_FILE, needs_geonames

pytestmark = needs_geonames


def test_a_town_is_found_by_its_name_in_any_case_and_by_its_full_name(app_ctx):
    geo.import_geonames(GEONAMES_FILE)
    [offenbach] = places.find_towns("offenbach", limit=1)
    assert offenbach.name == "Offenbach"
    assert offenbach.postcode.startswith("630")
    assert offenbach.postcode_count == 6
    [full] = places.find_towns("Offenbach am Main", limit=1)
    assert full.postcode == offenbach.postcode
    assert full.exact


def test_a_name_of_several_towns_gives_them_largest_first(app_ctx):
    geo.import_geonames(GEONAMES_FILE)
    towns = places.find_towns("Frankfurt")
    assert [town.name for town in towns[:2]] == ["Frankfurt am Main", "Frankfurt (Oder)"]
    assert towns[0].postcode.startswith("60")
    assert places.find_towns("Nirgendwohausen") == []


def test_importing_again_keeps_one_row_per_name_and_postcode(app_ctx):
    geo.import_geonames(GEONAMES_FILE)
    count = places.place_name_count()
    geo.import_geonames(GEONAMES_FILE)
    assert places.place_name_count() == count
    assert count > 16000


def test_importing_again_picks_up_a_renamed_district(app_ctx, monkeypatch):
    geo.import_geonames(GEONAMES_FILE)
    count = places.place_name_count()
    listed = places.read_districts()
    renamed = [places.District(district.city, "Neuviertelhausen", district.postcodes)
               if district.name == "Sachsenhausen" else district for district in listed]
    assert renamed != listed
    monkeypatch.setattr(places, "read_districts", lambda: renamed)
    geo.import_geonames(GEONAMES_FILE)  # the same number of rows, one name changed
    assert places.place_name_count() == count
    [town] = places.find_towns("Neuviertelhausen", limit=1)
    assert town.postcode.startswith("605")
