"""Postcodes: GeoNames import (idempotent), distance, nearest postcode, fallback without data."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from marketplace.db import db
from marketplace.geo import services as geo
from marketplace.geo.models import Postcode
from marketplace.geo.signals import geodata_changed
from tests.conftest import GEONAMES_FILE, needs_geonames

SAMPLE = (
    "DE\t60311\tFrankfurt am Main\tHessen\tHE\t\t00\tKreisfreie Stadt Frankfurt am Main\t06412"
    "\t50.1106\t8.6822\t4\n"
    "DE\t60313\tFrankfurt am Main\tHessen\tHE\t\t00\t\t06412\t50.1167\t8.6833\t4\n"
    "DE\t01945\tGrünewald\tBrandenburg\tBB\t\t00\t\t12066\t51.4\t14\t4\n"
    "DE\t01945\tKroppen\tBrandenburg\tBB\t\t00\t\t12066\t51.3833\t13.8\t\n"
    "DE\tabcde\tKaputt\tNowhere\tXX\t\t\t\t\tnot-a-number\t1\t1\n"
    "DE\t10115\tBerlin\n"
)


@pytest.fixture
def sample_file(tmp_path):
    path = tmp_path / "DE.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    return str(path)


def test_format_validation_without_data(app_ctx):
    assert not geo.has_geodata()
    assert geo.is_valid_format("60311")
    assert geo.is_valid_format(" 60311 ")
    for bad in ("6031", "603111", "00123", "6031a", ""):
        assert not geo.is_valid_format(bad)
    check = geo.check_postcode("60311")
    assert check.is_valid
    assert not check.is_known
    assert geo.check_postcode("1234").reason == "format"
    assert geo.distance_km("60311", "10115") is None


def test_prefix_proximity_is_the_fallback():
    assert geo.shared_prefix_length("60311", "60594") == 2
    assert geo.is_near_by_prefix("60311", "60594")
    assert geo.is_near_by_prefix("60311", "60488", digits=3) is False
    assert not geo.is_near_by_prefix("60311", "10115")
    assert not geo.is_near_by_prefix("6031", "60311")


def test_import_averages_places_skips_bad_rows_and_is_idempotent(app_ctx, sample_file):
    first = geo.import_geonames(sample_file)
    assert first.postcodes == 3
    assert first.created == 3
    assert first.rows_skipped == 2
    grunewald = db.session.get(Postcode, "01945")
    assert grunewald.place_count == 2
    assert grunewald.latitude == pytest.approx((51.4 + 51.3833) / 2)
    assert grunewald.place_name == "Grünewald (+1)"
    second = geo.import_geonames(sample_file)
    assert (second.created, second.updated, second.unchanged) == (0, 0, 3)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Postcode)) == 3


def test_only_an_import_that_changed_data_announces_it(app_ctx, sample_file):
    announced = []

    def listen(sender, **extra):
        announced.append(sender)

    with geodata_changed.connected_to(listen):
        geo.import_geonames(sample_file)
        geo.import_geonames(sample_file)
    assert announced == [None]


def test_a_known_postcode_is_required_once_data_exists(app_ctx, sample_file):
    geo.import_geonames(sample_file)
    assert geo.check_postcode("60311").is_known
    assert geo.check_postcode("60311").place_name == "Frankfurt am Main"
    unknown = geo.check_postcode("99999")
    assert not unknown.is_valid
    assert unknown.reason == "unknown"


def test_distance_and_nearest_on_sample(app_ctx, sample_file):
    geo.import_geonames(sample_file)
    assert geo.distance_km("60311", "60311") == 0
    assert 0.5 < geo.distance_km("60311", "60313") < 1.0
    assert geo.nearest_postcode(50.1109, 8.6821).postcode == "60311"
    assert geo.nearest_postcode(0.0, 0.0) is None
    assert geo.nearest_postcode(123.0, 8.0) is None


@needs_geonames
def test_real_geonames_file(app_ctx):
    result = geo.import_geonames(GEONAMES_FILE)
    assert result.postcodes == 8308
    # Frankfurt (Römer) to Berlin (Mitte) is about 420-430 km as the crow flies.
    assert 410 < geo.distance_km("60311", "10117") < 440
    # Munich Marienplatz -> 80331
    assert geo.nearest_postcode(48.1372, 11.5755).postcode.startswith("803")
    again = geo.import_geonames(GEONAMES_FILE)
    assert again.created == 0
    assert again.updated == 0


@needs_geonames
def test_cli_import(app, tmp_path, sample_file):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["geo", "import", sample_file])
    assert result.exit_code == 0, result.output
    assert "3 postcodes" in result.output
    assert "GeoNames (geonames.org), CC BY 4.0" in result.output
    bad = runner.invoke(args=["geo", "import", str(tmp_path / "missing.txt")])
    assert bad.exit_code != 0
