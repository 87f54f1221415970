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
