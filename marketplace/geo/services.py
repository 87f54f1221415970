"""Postcodes: import, lookup, distance, nearest postcode, and the fallback without data.

Without imported data a postcode is checked by format only and closeness is judged by the
number of leading digits two postcodes share (German postcodes are assigned by region, so
a shared two-digit prefix means roughly the same area).
"""

from __future__ import annotations

import csv
import logging
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import sqlalchemy as sa

from marketplace import clock
from marketplace.db import db
from marketplace.geo import places
from marketplace.geo.models import Postcode
from marketplace.geo.signals import geodata_changed

log = logging.getLogger(__name__)

GEONAMES_CREDIT = "GeoNames (geonames.org), CC BY 4.0"
GEONAMES_URL = "https://www.geonames.org/"
EARTH_RADIUS_KM = 6371.0088
POSTCODE_FORMAT = re.compile(r"^(?!00)\d{5}$")


@dataclass(frozen=True)
class PostcodeCheck:
    postcode: str
    is_valid: bool
    is_known: bool  # present in the imported data
    place_name: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    reason: str | None = None  # "format" or "unknown" when not valid


@dataclass(frozen=True)
class ImportResult:
    rows_read: int
    rows_skipped: int
    postcodes: int
    created: int
    updated: int
    unchanged: int


def normalise(postcode: str) -> str:
    return re.sub(r"\s+", "", postcode or "")


def is_valid_format(postcode: str) -> bool:
    """Five digits, not starting with 00 (no German postcode does)."""
    return bool(POSTCODE_FORMAT.match(normalise(postcode)))


def has_geodata() -> bool:
    return db.session.scalar(sa.select(Postcode.postcode).limit(1)) is not None


def lookup_postcode(postcode: str) -> Postcode | None:
    postcode = normalise(postcode)
    if not is_valid_format(postcode):
        return None
    return db.session.get(Postcode, postcode)


locate_postcode = lookup_postcode


def centroid(postcode: str) -> tuple[float, float] | None:
    place = lookup_postcode(postcode)
    return None if place is None else (place.latitude, place.longitude)


def check_postcode(postcode: str) -> PostcodeCheck:
    """Valid = right format and, once data is imported, a postcode that exists."""
    postcode = normalise(postcode)
    if not is_valid_format(postcode):
        return PostcodeCheck(postcode, is_valid=False, is_known=False, reason="format")
    place = db.session.get(Postcode, postcode)
    if place is not None:
        return PostcodeCheck(postcode, is_valid=True, is_known=True,
                             place_name=place.place_name, latitude=place.latitude,
                             longitude=place.longitude)
    if has_geodata():
        return PostcodeCheck(postcode, is_valid=False, is_known=False, reason="unknown")
    return PostcodeCheck(postcode, is_valid=True, is_known=False)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, a)))


def distance_km(postcode_a: str, postcode_b: str) -> float | None:
    """Straight-line distance between two postcode centroids; None if either is unknown."""
    a, b = centroid(postcode_a), centroid(postcode_b)
    if a is None or b is None:
        return None
    return round(haversine_km(a[0], a[1], b[0], b[1]), 1)


def shared_prefix_length(postcode_a: str, postcode_b: str) -> int:
    a, b = normalise(postcode_a), normalise(postcode_b)
    length = 0
    for left, right in zip(a, b, strict=False):
        if left != right:
            break
        length += 1
    return length


def is_near_by_prefix(postcode_a: str, postcode_b: str, *, digits: int = 2) -> bool:
    """The fallback without data: the same leading digits mean the same region."""
    return (is_valid_format(postcode_a) and is_valid_format(postcode_b)
            and shared_prefix_length(postcode_a, postcode_b) >= digits)


def _box(lat: float, lon: float, km: float) -> tuple[float, float, float, float]:
    d_lat = km / 111.32
    d_lon = km / (111.32 * max(0.01, math.cos(math.radians(lat))))
    return lat - d_lat, lat + d_lat, lon - d_lon, lon + d_lon


def centroids_within_box(lat: float, lon: float, km: float
                         ) -> Iterator[tuple[str, float, float]]:
    """Postcodes whose centroid lies in the bounding box of a circle (filter by distance after)."""
    south, north, west, east = _box(lat, lon, km)
    rows = db.session.execute(
        sa.select(Postcode.postcode, Postcode.latitude, Postcode.longitude)
        .where(Postcode.latitude.between(south, north),
               Postcode.longitude.between(west, east)))
    yield from rows


def nearest_postcode(lat: float, lon: float, *, max_km: float = 50.0) -> Postcode | None:
    """The postcode whose centroid is closest to a shared location (None far from any)."""
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    for km in (5.0, 15.0, max_km):
        best: tuple[float, str] | None = None
        for postcode, p_lat, p_lon in centroids_within_box(lat, lon, km):
            distance = haversine_km(lat, lon, p_lat, p_lon)
            if distance <= km and (best is None or distance < best[0]):
                best = (distance, postcode)
        if best is not None:
            return db.session.get(Postcode, best[1])
    return None


# --- import -------------------------------------------------------------------------------


@dataclass
class _Aggregate:
    latitudes: list[float]
    longitudes: list[float]
    places: list[str]
    state: str | None
    rows: list[places.PlaceRow]


def read_geonames(lines: Iterable[str]) -> tuple[dict[str, _Aggregate], int, int]:
    """Parse GeoNames postal-code rows (tab-separated, no header); returns per-postcode data."""
    aggregates: dict[str, _Aggregate] = {}
    read = skipped = 0
    for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        if not row or not any(cell.strip() for cell in row):
            continue
        read += 1
        try:
            postcode = row[1].strip()
            place = row[2].strip()
            latitude, longitude = float(row[9]), float(row[10])
        except (IndexError, ValueError):
            skipped += 1
            continue
        if not is_valid_format(postcode) or not place or not (
                -90 <= latitude <= 90 and -180 <= longitude <= 180):
            skipped += 1
            continue
        aggregate = aggregates.get(postcode)
        if aggregate is None:
            aggregate = aggregates[postcode] = _Aggregate([], [], [], row[3].strip() or None,
                                                          [])
        aggregate.rows.append(places.PlaceRow(
            place=place, postcode=postcode, state=row[3].strip() or None,
            district=(row[7].strip() if len(row) > 7 else "") or None,
            latitude=latitude, longitude=longitude))
        aggregate.latitudes.append(latitude)
        aggregate.longitudes.append(longitude)
        if place not in aggregate.places:
            aggregate.places.append(place)
    return aggregates, read, skipped


def _place_name(places: list[str]) -> str:
    name = places[0]
    if len(places) > 1:
        name = f"{name} (+{len(places) - 1})"
    return name[:200]


def import_geonames(path: str) -> ImportResult:
    """Load (or refresh) postcode centroids from a GeoNames file; running it twice changes
    nothing the second time. One commit."""
    with open(path, encoding="utf-8", newline="") as handle:
        aggregates, read, skipped = read_geonames(handle)
    existing = {row.postcode: row for row in db.session.scalars(sa.select(Postcode))}
    now = clock.now()
    created = updated = unchanged = 0
    new_rows = []
    centroids: dict[str, tuple[str | None, float, float]] = {}
    for postcode, aggregate in sorted(aggregates.items()):
        latitude = round(sum(aggregate.latitudes) / len(aggregate.latitudes), 6)
        longitude = round(sum(aggregate.longitudes) / len(aggregate.longitudes), 6)
        centroids[postcode] = (aggregate.state, latitude, longitude)
        values = {"place_name": _place_name(aggregate.places), "state": aggregate.state,
                  "latitude": latitude, "longitude": longitude,
                  "place_count": len(aggregate.places)}
        row = existing.get(postcode)
        if row is None:
            new_rows.append({"postcode": postcode, "imported_at": now, **values})
            created += 1
        elif any(getattr(row, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            row.imported_at = now
            updated += 1
        else:
            unchanged += 1
    if new_rows:
        db.session.execute(sa.insert(Postcode), new_rows)
    place_rows = places.place_rows(row for _postcode, aggregate in sorted(aggregates.items())
                                   for row in aggregate.rows)
    # Big cities' districts from our own list, where the file has their postcodes.
    place_rows += places.district_rows(places.read_districts(), centroids)
    # Always rewritten: a changed name or district with the row count unchanged must show
    # too, and a few thousand rows cost well under a second.
    places.replace_place_names(place_rows)
    if created or updated:
        # Cached distances built on the old centroids must go (quotes' routing listens).
        geodata_changed.send()
    db.session.commit()
    log.info("geonames import: %s postcodes (%s new, %s updated)", len(aggregates), created,
             updated)
    return ImportResult(rows_read=read, rows_skipped=skipped, postcodes=len(aggregates),
                        created=created, updated=updated, unchanged=unchanged)


def geodata_summary() -> dict[str, object]:
    count, last = db.session.execute(
        sa.select(sa.func.count(Postcode.postcode), sa.func.max(Postcode.imported_at))).one()
    return {"postcodes": count, "imported_at": last}



@dataclass(frozen=True)
class Comparison:
    origin: PostcodeCheck
    target: PostcodeCheck
    km: float | None  # None without data for both
    shared_prefix: int


def compare_postcodes(origin: str, target: str) -> Comparison:
    """Distance between two postcodes, or the prefix fallback when there is no data."""
    origin_check, target_check = check_postcode(origin), check_postcode(target)
    km = None
    if origin_check.is_known and target_check.is_known:
        km = distance_km(origin_check.postcode, target_check.postcode)
    return Comparison(origin=origin_check, target=target_check, km=km,
                      shared_prefix=shared_prefix_length(origin, target))
