"""The daily rollup behind the health page: narrow tables the periodic task
`insight.tasks.refresh_rollup` rebuilds from the platform's own records for the recent
days (requests, leads, consent questions, messages), so a page over 90 days sums a few
thousand rows instead of joining a year of messages. Nothing here is a record of its own:
the rows can be dropped and rebuilt at any time."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from marketplace.db import Base


class JobFact(Base):
    """One job request: how far it got (the funnel, the supply gaps, time to first quote)."""

    __tablename__ = "insight_job_fact"
    __table_args__ = (sa.Index("ix_insight_job_fact_day", "day"),)

    job_request_id: Mapped[int] = mapped_column(
        sa.ForeignKey("job_request.id", ondelete="CASCADE"), primary_key=True)
    day: Mapped[date]  # the day in Germany it was made
    channel: Mapped[str] = mapped_column(sa.String(20))
    trade_code: Mapped[str] = mapped_column(sa.String(40))
    postcode: Mapped[str] = mapped_column(sa.String(5))
    reached: Mapped[bool]
    quoted: Mapped[bool]
    awarded: Mapped[bool]
    first_quote_seconds: Mapped[float | None]


class LeadDay(Base):
    """Leads offered to one business on one day (by the job's trade and region)."""

    __tablename__ = "insight_lead_day"

    day: Mapped[date] = mapped_column(primary_key=True)
    tenant_id: Mapped[int] = mapped_column(sa.ForeignKey("tenant.id", ondelete="CASCADE"),
                                           primary_key=True, index=True)
    trade_code: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    region: Mapped[str] = mapped_column(sa.String(2), primary_key=True)
    leads: Mapped[int]
    answered: Mapped[int]


class ConsentDay(Base):
    """Consent questions asked on one day, by their latest answer so far."""

    __tablename__ = "insight_consent_day"

    day: Mapped[date] = mapped_column(primary_key=True)
    purpose: Mapped[str] = mapped_column(sa.String(20), primary_key=True)
    trade_code: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    region: Mapped[str] = mapped_column(sa.String(2), primary_key=True)
    state: Mapped[str] = mapped_column(sa.String(10), primary_key=True)
    questions: Mapped[int]


class MessageDay(Base):
    """Outbound messages made on one day, by channel and what became of them ('' where a
    message has no error, reason or job)."""

    __tablename__ = "insight_message_day"

    day: Mapped[date] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(sa.String(20), primary_key=True)
    status: Mapped[str] = mapped_column(sa.String(20), primary_key=True)
    error_code: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    gate_reason: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    trade_code: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    region: Mapped[str] = mapped_column(sa.String(2), primary_key=True)
    messages: Mapped[int]


class RollupState(Base):
    """When the rollup was last rebuilt, and from which day on (one row)."""

    __tablename__ = "insight_rollup_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    refreshed_at: Mapped[datetime]
    from_day: Mapped[date]
    # Counts the rebuilds: figures computed from one rebuild stay true until the next, so
    # pages may keep them under this number (insight.views).
    generation: Mapped[int] = mapped_column(default=0)


# The figures of each slice a page can ask for, computed by the rebuild (insight/slices.py)
# so that a page view reads a few small rows even for its first view after a rebuild. A
# slice is one period (7, 30 or 90 days up to the rebuild's day), one trade or all of them
# (ALL) and one postcode region of one or two digits or all of them (ALL).
ALL = "*"


class SliceFigures(Base):
    """How far a slice's requests got, and its time to the first quote."""

    __tablename__ = "insight_slice"

    days: Mapped[int] = mapped_column(primary_key=True)
    region: Mapped[str] = mapped_column(sa.String(2), primary_key=True)
    trade_code: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    requests: Mapped[int]
    reached: Mapped[int]
    quoted: Mapped[int]
    awarded: Mapped[int]
    first_quote_median: Mapped[float | None]  # seconds
    first_quote_p90: Mapped[float | None]


class SliceDay(Base):
    """Requests per day and channel of a trade and region slice (any period reads it)."""

    __tablename__ = "insight_slice_day"

    trade_code: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    region: Mapped[str] = mapped_column(sa.String(2), primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(sa.String(20), primary_key=True)
    requests: Mapped[int]


class SliceGap(Base):
    """Requests of a period and trade that found nobody, by three-digit postcode region."""

    __tablename__ = "insight_slice_gap"

    days: Mapped[int] = mapped_column(primary_key=True)
    trade_code: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    area: Mapped[str] = mapped_column(sa.String(3), primary_key=True)
    requests: Mapped[int]


class SliceBusiness(Base):
    """The businesses with the most leads in a slice (the first TOP_BUSINESSES of them)."""

    __tablename__ = "insight_slice_business"

    days: Mapped[int] = mapped_column(primary_key=True)
    region: Mapped[str] = mapped_column(sa.String(2), primary_key=True)
    trade_code: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[int] = mapped_column(sa.ForeignKey("tenant.id", ondelete="CASCADE"),
                                           index=True)
    leads: Mapped[int]
    answered: Mapped[int]


class SliceConsent(Base):
    """A slice's consent questions by their latest answer."""

    __tablename__ = "insight_slice_consent"

    days: Mapped[int] = mapped_column(primary_key=True)
    region: Mapped[str] = mapped_column(sa.String(2), primary_key=True)
    trade_code: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    purpose: Mapped[str] = mapped_column(sa.String(20), primary_key=True)
    state: Mapped[str] = mapped_column(sa.String(10), primary_key=True)
    questions: Mapped[int]


class SliceMessage(Base):
    """A slice's outbound messages by channel and what became of them."""

    __tablename__ = "insight_slice_message"

    days: Mapped[int] = mapped_column(primary_key=True)
    region: Mapped[str] = mapped_column(sa.String(2), primary_key=True)
    trade_code: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    channel: Mapped[str] = mapped_column(sa.String(20), primary_key=True)
    status: Mapped[str] = mapped_column(sa.String(20), primary_key=True)
    error_code: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    gate_reason: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    messages: Mapped[int]


class RegionCentroid(Base):
    """Mean GeoNames centroid and a place name of each three-digit postcode region (the
    supply-gap map), copied at each rebuild so the page need not average 8,000 postcodes."""

    __tablename__ = "insight_region_centroid"

    area: Mapped[str] = mapped_column(sa.String(3), primary_key=True)
    latitude: Mapped[float]
    longitude: Mapped[float]
    place: Mapped[str] = mapped_column(sa.String(200))


class BusinessPeriod(Base):
    """One business's figures over a period beside the medians of comparable businesses
    (insight/business.py says who they are); peer medians are None with too few peers."""

    __tablename__ = "insight_business_period"

    tenant_id: Mapped[int] = mapped_column(sa.ForeignKey("tenant.id", ondelete="CASCADE"),
                                           primary_key=True)
    days: Mapped[int] = mapped_column(primary_key=True)
    leads: Mapped[int]
    answered: Mapped[int]
    quoted: Mapped[int]
    won: Mapped[int]
    response_median: Mapped[float | None]  # seconds
    peer_region: Mapped[str | None] = mapped_column(sa.String(2))  # None: all of Germany
    peers: Mapped[int]
    peer_leads: Mapped[float | None]
    peer_answer_rate: Mapped[float | None]
    peer_response_median: Mapped[float | None]  # seconds
    peer_win_rate: Mapped[float | None]
