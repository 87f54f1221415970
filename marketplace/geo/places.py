"""Place and town names: built from the GeoNames postal-code rows, looked up by name.

A customer writes "offenbach", "Offenbach am Main" or "Frankfurt" instead of a postcode.
The lookup folds the name like the import did and groups the rows by town (name and
district), so "Offenbach" is one town with six postcodes and "Frankfurt" two towns
(am Main, Oder). A town stands for the postcode nearest its middle; the customer may still
send the exact postcode.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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
                           "longitude": row.longitude})
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
            PlaceName.key.startswith(key + " ", autoescape=True)).limit(500)))
    towns = _group(exact, exact=True) + _group(prefixed, exact=False)
    # One town may be found under its short and its full name: keep it once.
    unique: dict[tuple[str, str | None], Town] = {}
    for town in towns:
        unique.setdefault((town.postcode, town.district), town)
    ranked = sorted(unique.values(), key=lambda town: (not town.exact, -town.postcode_count,
                                                        town.name, town.postcode))
    return ranked[:limit]


def _group(rows: list[PlaceName], *, exact: bool) -> list[Town]:
    by_town: dict[tuple[str, str | None, str | None], list[PlaceName]] = {}
    for row in rows:
        by_town.setdefault((row.name, row.district, row.state), []).append(row)
    towns = []
    for (name, district, state), members in by_town.items():
        lat = sum(row.latitude for row in members) / len(members)
        lon = sum(row.longitude for row in members) / len(members)
        middle = min(members, key=lambda row: ((row.latitude - lat) ** 2
                                               + (row.longitude - lon) ** 2, row.postcode))
        towns.append(Town(name=name, postcode=middle.postcode, state=state,
                          district=district, latitude=middle.latitude,
                          longitude=middle.longitude,
                          postcode_count=len({row.postcode for row in members}), exact=exact))
    return towns
