"""Supply gaps: requests that found no eligible business, by trade and by postcode region,
with the regions' GeoNames centroids so the page can draw them on a map of Germany."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l

from marketplace.db import db
from marketplace.insight import labels
from marketplace.insight.models import ALL, RegionCentroid, SliceFigures, SliceGap
from marketplace.insight.scope import Scope
from marketplace.insight.tables import COUNT, TEXT, Table
from marketplace.trades.catalogue import get_trade


def trade_label(code: str) -> str:
    trade = get_trade(code)
    return trade.name(str(get_locale() or "de")) if trade else code


def gaps_by_trade(scope: Scope) -> Table:
    """Each trade's slice of the period and region (insight/slices.py), where some of its
    requests reached nobody."""
    unserved = SliceFigures.requests - SliceFigures.reached
    trade = (SliceFigures.trade_code == scope.trade if scope.trade
             else SliceFigures.trade_code != ALL)
    rows = db.session.execute(
        sa.select(SliceFigures.trade_code, unserved)
        .where(*scope.slice_conditions(SliceFigures, by_trade=False), trade, unserved > 0)
        .order_by(unserved.desc(), SliceFigures.trade_code)).all()
    return Table("gaps_trade", _l("Requests no business could take, by trade"),
                 [_l("Trade"), _l("Requests")], [TEXT, COUNT],
                 [[trade_label(code), count] for code, count in rows],
                 note=_l("Requests for which routing found no eligible business at all."))


@dataclass(frozen=True)
class Gap:
    region: str
    place: str | None
    count: int
    latitude: float | None
    longitude: float | None


def region_centroids() -> dict[str, tuple[float, float, str]]:
    """Mean centroid and a place name of every three-digit postcode region, as the last
    rebuild took them from the imported GeoNames postcodes (empty when none were)."""
    rows = db.session.execute(
        sa.select(RegionCentroid.area, RegionCentroid.latitude, RegionCentroid.longitude,
                  RegionCentroid.place)).all()
    return {region: (float(lat), float(lon), place) for region, lat, lon, place in rows}


def gaps_on_map(table: Table) -> tuple[list[Gap], dict[str, tuple[float, float, str]]]:
    """The regions of a gaps-by-region table placed at their centroids (if imported), and
    every region's centroid (the map's background)."""
    return table.extra.get("gaps", []), table.extra.get("centroids", {})


def gaps_by_region(scope: Scope) -> tuple[Table, list[Gap]]:
    conditions = scope.slice_conditions(SliceGap, by_region=False)
    if scope.region:
        conditions.append(SliceGap.area.startswith(scope.region, autoescape=True))
    rows = db.session.execute(
        sa.select(SliceGap.area, SliceGap.requests).where(*conditions)
        .order_by(SliceGap.requests.desc(), SliceGap.area)).all()
    centroids = region_centroids()
    label = labels.region_label("%(area)s")  # translated once: "PLZ %(area)s"
    gaps = []
    for region, count in rows:
        lat, lon, place = centroids.get(region, (None, None, None))
        gaps.append(Gap(region, place, count, lat, lon))
    table = Table("gaps_region", _l("Requests no business could take, by postcode region"),
                  [_l("Region"), _l("Place"), _l("Requests")], [TEXT, TEXT, COUNT],
                  [[label % {"area": gap.region.ljust(5, "x")}, gap.place or "", gap.count]
                   for gap in gaps],
                  note=_l("Where to recruit businesses: each region is the postcodes sharing "
                          "their first three digits."))
    table.extra["gaps"] = gaps
    table.extra["centroids"] = centroids
    return table, gaps
