"""One centroid per German postcode, imported from the GeoNames postal-code file."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from marketplace.db import Base


class Postcode(Base):
    """A postcode's centroid: the mean of the file's rows for it (several places share one)."""

    __tablename__ = "postcode"
    __table_args__ = (sa.Index("ix_postcode_latitude_longitude", "latitude", "longitude"),)

    postcode: Mapped[str] = mapped_column(sa.String(5), primary_key=True)
    place_name: Mapped[str] = mapped_column(sa.String(200))
    state: Mapped[str | None] = mapped_column(sa.String(100))
    latitude: Mapped[float]
    longitude: Mapped[float]
    place_count: Mapped[int] = mapped_column(default=1)
    imported_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"<Postcode {self.postcode} {self.place_name}>"


class PlaceName(Base):
    """A place or town name and one postcode it has, from the same GeoNames file.

    One row per (name, postcode): "Offenbach" has six postcodes, "Neustadt" is many towns.
    `key` is the name folded for lookup (lower case, umlauts written out, no punctuation);
    a town whose district is "<name>, Stadt" is also listed under that fuller name
    ("Offenbach am Main"). Districts of big cities come from our own list
    (`geo/districts.tsv`), with `city` set ("Sachsenhausen" in "Frankfurt am Main").
    """

    __tablename__ = "place_name"
    __table_args__ = (sa.Index("ix_place_name_key", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(sa.String(200))
    name: Mapped[str] = mapped_column(sa.String(200))
    postcode: Mapped[str] = mapped_column(sa.String(5))
    state: Mapped[str | None] = mapped_column(sa.String(100))
    district: Mapped[str | None] = mapped_column(sa.String(200))
    latitude: Mapped[float]
    longitude: Mapped[float]
    # The city a district row belongs to; None for a GeoNames place.
    city: Mapped[str | None] = mapped_column(sa.String(200))

    def __repr__(self) -> str:
        return f"<PlaceName {self.name} {self.postcode}>"
