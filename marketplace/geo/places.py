"""Place and town names: built from the GeoNames postal-code rows, looked up by name.

A customer writes "offenbach", "Offenbach am Main" or "Frankfurt" instead of a postcode.
The lookup folds the name like the import did and groups the rows by town (name and
district), so "Offenbach" is one town with six postcodes and "Frankfurt" two towns
(am Main, Oder). A town stands for the postcode nearest its middle; the customer may still
send the exact postcode.

GeoNames seldom names a city's districts, so our own list (`districts.tsv`) adds them:
"Sachsenhausen", "Frankfurt-Sachsenhausen", "Prenzlauer Berg", "Altona". A district is found
by its full name only (never by the beginning of one), with or without its city.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import sqlalchemy as sa

from marketplace.db import db
from marketplace.geo.models import PlaceName

# GeoNames writes a town's own district as "<name>, Stadt" ("Offenbach am Main, Stadt").
CITY_DISTRICT = re.compile(r"^(?P<name>.+?),\s*(Stadt|Landeshauptstadt|Universitätsstadt|"
                           r"Hansestadt|Wissenschaftsstadt)$")
FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# Shortest name looked up by its beginning ("Frankf" finds nothing, "Frankfurt" both).
MIN_PREFIX_LENGTH = 4
DISTRICTS_FILE = os.path.join(os.path.dirname(__file__), "districts.tsv")
# A town with this many postcodes is a city in its own right and comes before a big city's
# district of the same name ("Hamm" in Westphalia before Hamburg-Hamm); a district comes
# before a village ("Sachsenhausen" in Frankfurt before the one in Thuringia).
CITY_POSTCODES = 3


def place_key(name: str) -> str:
    folded = (name or "").lower().translate(FOLD)
    folded = re.sub(r"[^\w\s]", " ", folded)
    return " ".join(folded.split())


@dataclass(frozen=True)
class PlaceRow:
    place: str
    postcode: str
    state: str | None
    district: str | None
    latitude: float
    longitude: float


@dataclass(frozen=True)
class Town:
    """One town a name may mean, standing for the postcode nearest its middle."""

    name: str
    postcode: str
    state: str | None
    district: str | None
    latitude: float
    longitude: float
    postcode_count: int
    exact: bool  # the name was written in full, not only its beginning
    city: str | None = None  # the big city this is a district of

    @property
    def label(self) -> str:
        """The name a person recognises: "Sachsenhausen (Frankfurt am Main)"."""
        if not self.city or place_key(self.name).startswith(place_key(self.city)):
            return self.name  # "Stuttgart-West" says its city already
        return f"{self.name} ({self.city})"


@dataclass(frozen=True)
class District:
    city: str
    name: str
    postcodes: tuple[str, ...]


def read_districts(path: str = DISTRICTS_FILE) -> list[District]:
    """Our list of big cities' districts: city, district, postcodes (tab-separated)."""
    districts = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            city, name, postcodes = line.rstrip("\n").split("\t")
            districts.append(District(city.strip(), name.strip(), tuple(postcodes.split())))
    return districts


def district_names(district: District) -> list[str]:
    """How people write a district: alone, or with its city before or after it
    ("Frankfurt-Sachsenhausen", "Sachsenhausen Frankfurt am Main")."""
    names = [district.name]
    for city in dict.fromkeys((district.city, district.city.split()[0])):
        if not place_key(district.name).startswith(place_key(city)):
            names += [f"{city} {district.name}", f"{district.name} {city}"]
    return names


def district_rows(districts: Iterable[District],
                  centroids: Mapping[str, tuple[str | None, float, float]]
                  ) -> list[dict[str, object]]:
    """The `place_name` rows for the districts, at their postcodes' centroids (state,
    latitude, longitude); a postcode the GeoNames file does not have is left out."""
    seen: set[tuple[str, str, str]] = set()
    result = []
    for district in districts:
        for postcode in district.postcodes:
            if postcode not in centroids:
                continue
            state, latitude, longitude = centroids[postcode]
            for name in district_names(district):
                key = place_key(name)[:200]
                if (key, postcode, district.city) in seen:
                    continue
                seen.add((key, postcode, district.city))
                result.append({"key": key, "name": district.name[:200], "postcode": postcode,
                               "state": state, "district": None, "latitude": latitude,
                               "longitude": longitude, "city": district.city[:200]})
    return result


def place_rows(rows: Iterable[PlaceRow]) -> list[dict[str, object]]:
    """The `place_name` rows for the file's rows: each place, and a town's full name."""
    seen: set[tuple[str, str]] = set()
    result = []
    for row in rows:
        names = [row.place]
        city = CITY_DISTRICT.match(row.district or "")
        if city and place_key(city.group("name")) != place_key(row.place) and (
                place_key(city.group("name")).startswith(place_key(row.place))):
            names.append(city.group("name"))
        for name in names:
            key = place_key(name)
            if not key or (key, row.postcode) in seen:
                continue
            seen.add((key, row.postcode))
            result.append({"key": key[:200], "name": name[:200], "postcode": row.postcode,
                           "state": row.state, "district": (row.district or None) and
                           row.district[:200], "latitude": row.latitude,
                           "longitude": row.longitude, "city": None})
    return result


def replace_place_names(rows: list[dict[str, object]]) -> None:
    """Put the file's place names in place of the old ones (the caller commits)."""
    db.session.execute(sa.delete(PlaceName))
    for start in range(0, len(rows), 2000):
        db.session.execute(sa.insert(PlaceName), rows[start:start + 2000])


def place_name_count() -> int:
    return db.session.scalar(sa.select(sa.func.count(PlaceName.id))) or 0


def find_towns(name: str, *, limit: int = 3) -> list[Town]:
    """Towns called `name` (or whose name begins with it), largest first; [] if none."""
    key = place_key(name)
    if not key:
        return []
    exact = list(db.session.scalars(sa.select(PlaceName).where(PlaceName.key == key)))
    prefixed: list[PlaceName] = []
    if len(key) >= MIN_PREFIX_LENGTH:
        prefixed = list(db.session.scalars(sa.select(PlaceName).where(
            PlaceName.key.startswith(key + " ", autoescape=True),
            PlaceName.city.is_(None)).limit(500)))
    towns = _group(exact, exact=True) + _group(prefixed, exact=False)
    # GeoNames names a few districts itself ("Hamburg Ottensen"): ours stands for it.
    ours = {place_key(f"{town.city} {town.name}") for town in towns if town.city}
    # One town may be found under its short and its full name: keep it once.
    unique: dict[tuple[str, str | None, str | None], Town] = {}
    for town in towns:
        if town.city or place_key(town.name) not in ours:
            unique.setdefault((town.postcode, town.district, town.city), town)
    return sorted(unique.values(), key=_rank)[:limit]


@functools.cache
def city_order() -> dict[str, int]:
    """The cities of our district list, largest first ("Mitte": Berlin's before Bremen's)."""
    cities = dict.fromkeys(district.city for district in read_districts())
    return {city: position for position, city in enumerate(cities)}


def _rank(town: Town) -> tuple[object, ...]:
    """Written in full first; then cities, big cities' districts (the bigger city's first),
    villages."""
    if town.city:
        return (not town.exact, 1, city_order().get(town.city, len(city_order())),
                -town.postcode_count, town.name, town.postcode)
    kind = 0 if town.postcode_count >= CITY_POSTCODES else 2
    return (not town.exact, kind, -town.postcode_count, town.name, town.postcode)


def _group(rows: list[PlaceName], *, exact: bool) -> list[Town]:
    by_town: dict[tuple[str, str | None, str | None, str | None], list[PlaceName]] = {}
    for row in rows:
        by_town.setdefault((row.name, row.district, row.state, row.city), []).append(row)
    towns = []
    for (name, district, state, city), members in by_town.items():
        lat = sum(row.latitude for row in members) / len(members)
        lon = sum(row.longitude for row in members) / len(members)
        middle = min(members, key=lambda row: ((row.latitude - lat) ** 2
                                               + (row.longitude - lon) ** 2, row.postcode))
        if city:
            # Our list names a district's most central postcode first (imported first).
            middle = min(members, key=lambda row: row.id)
        towns.append(Town(name=name, postcode=middle.postcode, state=state,
                          district=district, latitude=middle.latitude,
                          longitude=middle.longitude,
                          postcode_count=len({row.postcode for row in members}), exact=exact,
                          city=city))
    return towns
