"""Supply gaps: requests that found no eligible business, by trade and by postcode region,
with the regions' GeoNames centroids so the page can draw them on a map of Germany."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l

from marketplace.db import db
from marketplace.geo.models import Postcode
from marketplace.insight import labels
from marketplace.insight.models import JobFact
from marketplace.insight.scope import Scope
from marketplace.insight.tables import COUNT, TEXT, Table
from marketplace.trades.catalogue import get_trade

# A map dot stands for the postcodes sharing their first three digits (about 670 regions).
MAP_DIGITS = 3


def trade_label(code: str) -> str:
    trade = get_trade(code)
    return trade.name(str(get_locale() or "de")) if trade else code


def _unserved(scope: Scope) -> list[object]:
    return [*scope.rollup_conditions(JobFact), sa.not_(JobFact.reached)]


def gaps_by_trade(scope: Scope) -> Table:
    rows = db.session.execute(
        sa.select(JobFact.trade_code, sa.func.count())
        .where(*_unserved(scope)).group_by(JobFact.trade_code)
        .order_by(sa.func.count().desc(), JobFact.trade_code)).all()
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


def region_centroids(digits: int = MAP_DIGITS) -> dict[str, tuple[float, float, str]]:
    """Mean centroid and a place name of every postcode region, from the imported GeoNames
    postcodes (empty when none were imported)."""
    prefix = sa.func.substr(Postcode.postcode, 1, digits)
    rows = db.session.execute(
        sa.select(prefix, sa.func.avg(Postcode.latitude), sa.func.avg(Postcode.longitude),
                  sa.func.min(Postcode.place_name)).group_by(prefix)).all()
    return {region: (float(lat), float(lon), place) for region, lat, lon, place in rows}


def gaps_on_map(table: Table) -> list[Gap]:
    """The regions of a gaps-by-region table, placed at their centroids (if imported)."""
    return table.extra.get("gaps", [])


def gaps_by_region(scope: Scope) -> tuple[Table, list[Gap]]:
    prefix = sa.func.substr(JobFact.postcode, 1, MAP_DIGITS)
    rows = db.session.execute(
        sa.select(prefix, sa.func.count()).where(*_unserved(scope))
        .group_by(prefix).order_by(sa.func.count().desc(), prefix)).all()
    centroids = region_centroids() if rows else {}
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
    return table, gaps
