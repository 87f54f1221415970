"""Who may receive a job, and in which order: the candidate query and the ranking.

Reads only; `services.route_job` writes the leads and the decision record.

Distances are between postcode centroids (customers are only known to postcode
precision). With geodata, a cached table of every postcode's neighbours within the largest
service radius turns the radius check into an index walk ordered by distance, and the
routing index (`RoutingListing`, kept by database triggers) answers "which listed business
of this trade is based there and reaches this far" from one index (measured in
bench/README.md). Without geodata, proximity falls back to shared postcode prefixes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from marketplace import clock
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.quotes.models import (
    ActorKind,
    Lead,
    LeadStatus,
    PostcodeNeighbour,
    Quote,
    QuoteEvent,
    QuoteStatus,
    RoutingListing,
)
from marketplace.tenancy.models import Tenant, TenantTrade

MAX_SERVICE_RADIUS_KM = 100  # Tenant's CHECK constraint allows 5..100
# Below this radius a business is only near enough by prefix if it shares 3 digits.
PREFIX_TWO_DIGITS_MIN_RADIUS_KM = 25
BERLIN = ZoneInfo("Europe/Berlin")

# Ranking: candidates are ordered by an "effective distance" in km. Answering well moves a
# business up to RESPONSIVENESS_BONUS_KM closer; each lead it was offered in the last
# FAIRNESS_WINDOW moves it FAIRNESS_KM_PER_RECENT_LEAD further away, so a business that is
# nearest to many jobs still leaves some of them to its neighbours.
RESPONSIVENESS_BONUS_KM = 6.0
FAST_ANSWER_HOURS = 4.0
FAIRNESS_KM_PER_RECENT_LEAD = 3.0
FAIRNESS_MAX_PENALTY_KM = 30.0
FAIRNESS_WINDOW = timedelta(days=7)
STATS_WINDOW = timedelta(days=90)
# Candidates fetched for ranking, so that it has a choice beyond the nearest few.
POOL_SIZE = 20


class IneligibleReason:
    """Reasons that depend on the job; the business's own come from verification.services."""

    NO_CAPACITY = "weekly_capacity_used"
    OUTSIDE_RADIUS = "outside_service_radius"
    NO_LOCATION = "no_base_postcode"
    DECLINED_BY_CUSTOMER = "declined_by_customer_before"
    ALREADY_OFFERED = "already_has_lead_for_job"


@dataclass
class Candidate:
    tenant_id: int
    name: str
    distance_km: float | None
    shared_prefix: int = 0
    answer_rate: float | None = None
    median_answer_hours: float | None = None
    recent_leads: int = 0
    effective_km: float = 0.0
    reasons: list[str] = field(default_factory=list)

    def explain(self) -> str:
        parts = []
        if self.answer_rate is not None:
            parts.append(f"answer_rate={self.answer_rate:.2f}")
        if self.median_answer_hours is not None:
            parts.append(f"median_answer_h={self.median_answer_hours:.1f}")
        parts.append(f"recent_leads={self.recent_leads}")
        if self.distance_km is None:
            parts.append(f"shared_prefix={self.shared_prefix}")
        return ",".join(parts)


def week_start(at: datetime) -> datetime:
    """Monday 00:00 in Germany of the ISO week containing `at`, as UTC."""
    local = at.astimezone(BERLIN)
    monday = (local - timedelta(days=local.weekday())).replace(hour=0, minute=0, second=0,
                                                               microsecond=0)
    return monday.astimezone(UTC)


# --- the conditions --------------------------------------------------------------------

def listing_select(trade_code: str) -> sa.Select:
    """Businesses the routing index lists for this trade (eligible and located)."""
    return sa.select(RoutingListing.tenant_id).where(RoutingListing.trade_code == trade_code)


def job_conditions(job_id: Any, customer_id: Any, since: Any) -> list[sa.ColumnElement[bool]]:
    """Conditions that depend on the job: capacity this week, earlier refusals, no repeat.

    Arguments are values or bind parameters (the cached candidate statement).
    """
    leads_this_week = (
        sa.select(sa.func.count(Lead.id))
        .where(Lead.tenant_id == RoutingListing.tenant_id, Lead.offered_at >= since)
        .scalar_subquery()
    )
    already_offered = sa.select(Lead.tenant_id).where(Lead.job_request_id == job_id)
    return [
        RoutingListing.tenant_id.not_in(already_offered),
        RoutingListing.tenant_id.not_in(declined_by_customer_select(customer_id)),
        # Last: the only condition that counts rows, so it runs for the fewest candidates.
        RoutingListing.weekly_lead_capacity > leads_this_week,
    ]


def declined_by_customer_select(customer_id: Any) -> sa.Select:
    """Businesses whose quote this customer turned down themselves (not by accepting another)."""
    return (
        sa.select(Quote.tenant_id)
        .join(QuoteEvent, QuoteEvent.quote_id == Quote.id)
        .join(JobRequest, JobRequest.id == Quote.job_request_id)
        .where(JobRequest.customer_id == customer_id,
               QuoteEvent.to_status == QuoteStatus.DECLINED,
               QuoteEvent.actor_kind == ActorKind.CUSTOMER)
    )


# --- distance ------------------------------------------------------------------------

def postcode_centroid(postcode: str) -> tuple[float, float] | None:
    from marketplace.geo import services as geo_services

    return geo_services.centroid(postcode)


def ensure_neighbours(postcode: str) -> bool:
    """Make sure the neighbour rows of `postcode` exist; False when it has no centroid.

    The rows depend only on geodata, so they are computed once per postcode, on first use,
    and dropped by `clear_neighbours` when geodata is imported again.
    """
    if _neighbours_cached(postcode):
        return True
    centre = postcode_centroid(postcode)
    if centre is None:
        return False
    from marketplace.geo import services as geo_services

    rows = []
    for near_postcode, lat, lon in geo_services.centroids_within_box(
            centre[0], centre[1], MAX_SERVICE_RADIUS_KM):
        km = geo_services.haversine_km(centre[0], centre[1], lat, lon)
        if km <= MAX_SERVICE_RADIUS_KM:
            rows.append({"postcode": postcode, "near_postcode": near_postcode,
                         "km": round(km, 2)})
    if not any(row["near_postcode"] == postcode for row in rows):
        rows.append({"postcode": postcode, "near_postcode": postcode, "km": 0.0})
    # Two routing tasks may meet the same new postcode at once; the second one's rows are
    # identical, so a conflict is simply skipped.
    if db.session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    db.session.execute(insert(PostcodeNeighbour).on_conflict_do_nothing(), rows)
    return True


def _neighbours_cached(postcode: str) -> bool:
    return db.session.scalar(
        sa.select(PostcodeNeighbour.postcode).where(PostcodeNeighbour.postcode == postcode)
        .limit(1)) is not None


def clear_neighbours() -> None:
    """Forget cached neighbours (geodata changed); the caller commits."""
    db.session.execute(sa.delete(PostcodeNeighbour))


# --- the candidate query ------------------------------------------------------------

def eligible_candidates(job: JobRequest, *, limit: int, now: datetime | None = None,
                        trade_code: str | None = None) -> tuple[list[Candidate], bool]:
    """The nearest eligible businesses for `job`, nearest first; and whether geodata was used.

    `trade_code` asks for one of the job's other trades (or a trade standing in for one)
    instead of its main trade.

    With geodata the query walks the job postcode's neighbours by distance and looks up each
    neighbour's listed businesses through (trade, postcode, radius), so it stops as soon as
    `limit` candidates are found.
    """
    now = now or clock.now()
    trade_code = trade_code or job.trade_code
    params = {**candidate_params(job, limit=limit, now=now), "trade_code": trade_code}
    # The walk starts from the postcode's cached neighbours, so rows mean the cache was
    # there. Only an empty answer asks whether the neighbours still had to be computed
    # (first use of a postcode, or geodata imported again); checking first would cost
    # every routing call a second round trip.
    rows = _run_candidate_statement(params)
    if not rows and not _neighbours_cached(job.postcode):
        if not ensure_neighbours(job.postcode):
            conditions = [RoutingListing.trade_code == trade_code,
                          *job_conditions(job.id, job.customer_id, week_start(now))]
            return _prefix_candidates(job, conditions, limit), False
        rows = _run_candidate_statement(params)
    return [Candidate(tenant_id=row.tenant_id, name=row.name, distance_km=float(row.km))
            for row in rows], True


def _run_candidate_statement(params: dict[str, Any]) -> list[Any]:
    # Through the session's connection (same transaction), past the ORM's result
    # machinery: the statement selects plain columns (bench/README.md, routing).
    connection = db.session.connection()
    return connection.execute(candidate_statement(connection.dialect.name), params).all()


_CANDIDATE_STATEMENTS: dict[str, sa.Select] = {}


def candidate_params(job: JobRequest, *, limit: int, now: datetime) -> dict[str, Any]:
    return {"postcode": job.postcode, "trade_code": job.trade_code, "job_id": job.id,
            "customer_id": job.customer_id, "since": week_start(now), "pool": limit}


def candidate_statement(dialect: str) -> sa.Select:
    """The geodata candidate query with bind parameters, built once per dialect.

    On PostgreSQL a LATERAL subquery per neighbouring postcode makes the plan walk the
    neighbours nearest first and probe (trade, postcode, radius) for each, so capacity and
    earlier refusals are only checked for businesses that are in reach; SQLite has no
    LATERAL and gets the same conditions as a plain join (its data is small). Built once
    because constructing it costs about as much as running it (bench/README.md).
    """
    if dialect in _CANDIDATE_STATEMENTS:
        return _CANDIDATE_STATEMENTS[dialect]
    conditions = job_conditions(sa.bindparam("job_id"), sa.bindparam("customer_id"),
                                sa.bindparam("since"))
    trade_code = sa.bindparam("trade_code", type_=sa.String)
    in_reach = [RoutingListing.trade_code == trade_code,
                RoutingListing.base_postcode == PostcodeNeighbour.near_postcode,
                RoutingListing.service_radius_km >= PostcodeNeighbour.km]
    # No listing of the trade reaches farther than the trade's largest service radius, so
    # the walk stops there instead of at 100 km. The LIMIT alone does not stop it: the sort
    # by (km, tenant_id) waits for one row beyond the pool, so with `pool` or fewer
    # candidates in reach every neighbour up to 100 km (~700) was probed in vain
    # (bench/README.md, Routing). One probe of ix_routing_listing_trade_code_service_radius_km;
    # a trade without listings gives NULL, so no rows.
    widest = RoutingListing.__table__.alias("widest")
    trade_reach = (sa.select(sa.func.max(widest.c.service_radius_km))
                   .where(widest.c.trade_code == trade_code)
                   .correlate(None)
                   .scalar_subquery())
    walk = [PostcodeNeighbour.postcode == sa.bindparam("postcode"),
            PostcodeNeighbour.km <= MAX_SERVICE_RADIUS_KM,
            PostcodeNeighbour.km <= trade_reach]
    if dialect == "postgresql":
        # OFFSET 0 keeps the planner from flattening the LATERAL back into a plain join,
        # which it would then start from the trade's whole listing.
        listed = (sa.select(RoutingListing.tenant_id)
                  .where(*in_reach, *conditions)
                  .offset(0)
                  .lateral("listed"))
        statement = (
            sa.select(listed.c.tenant_id, Tenant.name, PostcodeNeighbour.km)
            .select_from(PostcodeNeighbour)
            .join(listed, sa.true())
            .join(Tenant, Tenant.id == listed.c.tenant_id)
            .where(*walk)
            .order_by(PostcodeNeighbour.km, listed.c.tenant_id)
            .limit(sa.bindparam("pool", type_=sa.Integer))
        )
    else:
        statement = (
            sa.select(RoutingListing.tenant_id, Tenant.name, PostcodeNeighbour.km)
            .select_from(PostcodeNeighbour)
            .join(RoutingListing, sa.and_(*in_reach))
            .join(Tenant, Tenant.id == RoutingListing.tenant_id)
            .where(*walk, *conditions)
            .order_by(PostcodeNeighbour.km, RoutingListing.tenant_id)
            .limit(sa.bindparam("pool", type_=sa.Integer))
        )
    _CANDIDATE_STATEMENTS[dialect] = statement
    return statement


def candidate_query(job: JobRequest, *, limit: int, now: datetime,
                    dialect: str = "postgresql") -> sa.Select:
    """The candidate statement with this job's values bound (for EXPLAIN in the benchmark)."""
    return candidate_statement(dialect).params(**candidate_params(job, limit=limit, now=now))


def _prefix_condition(postcode: str) -> sa.ColumnElement[bool]:
    return sa.or_(
        sa.func.substr(RoutingListing.base_postcode, 1, 3) == postcode[:3],
        sa.and_(sa.func.substr(RoutingListing.base_postcode, 1, 2) == postcode[:2],
                RoutingListing.service_radius_km >= PREFIX_TWO_DIGITS_MIN_RADIUS_KM),
    )


def _prefix_candidates(job: JobRequest, conditions: list, limit: int) -> list[Candidate]:
    """Without geodata: same 3-digit area, or same 2-digit region for wide radii."""
    shared = sa.case(
        (RoutingListing.base_postcode == job.postcode, 5),
        (sa.func.substr(RoutingListing.base_postcode, 1, 3) == job.postcode[:3], 3),
        else_=2,
    )
    query = (
        sa.select(RoutingListing.tenant_id, Tenant.name, shared.label("shared"))
        .join(Tenant, Tenant.id == RoutingListing.tenant_id)
        .where(_prefix_condition(job.postcode), *conditions)
        .order_by(shared.desc(), RoutingListing.tenant_id)
        .limit(limit)
    )
    return [
        Candidate(tenant_id=row.tenant_id, name=row.name, distance_km=None,
                  shared_prefix=row.shared)
        for row in db.session.execute(query).all()
    ]


# --- ranking --------------------------------------------------------------------------

def load_answer_stats(candidates: list[Candidate], now: datetime) -> None:
    """Fill answer rate, answer speed and recent lead count for each candidate."""
    if not candidates:
        return
    ids = [c.tenant_id for c in candidates]
    answered = (LeadStatus.QUOTED, LeadStatus.DECLINED, LeadStatus.WON, LeadStatus.LOST)
    rows = db.session.execute(
        sa.select(Lead.tenant_id, Lead.status, Lead.offered_at, Lead.responded_at)
        .where(Lead.tenant_id.in_(ids), Lead.offered_at >= now - STATS_WINDOW)
    ).all()
    by_tenant: dict[int, list] = {tenant_id: [] for tenant_id in ids}
    for row in rows:
        by_tenant[row.tenant_id].append(row)
    for candidate in candidates:
        leads = by_tenant[candidate.tenant_id]
        candidate.recent_leads = sum(1 for lead in leads
                                     if lead.offered_at >= now - FAIRNESS_WINDOW)
        finished = [lead for lead in leads if lead.status not in (LeadStatus.OFFERED,
                                                                  LeadStatus.VIEWED)]
        if finished:
            answered_leads = [lead for lead in finished if lead.status in answered
                              and lead.responded_at is not None]
            candidate.answer_rate = len(answered_leads) / len(finished)
            hours = sorted((lead.responded_at - lead.offered_at).total_seconds() / 3600
                           for lead in answered_leads)
            if hours:
                candidate.median_answer_hours = hours[len(hours) // 2]


def effective_km(candidate: Candidate) -> float:
    """Lower is better; see the constants above for the rule."""
    if candidate.distance_km is not None:
        base = candidate.distance_km
    else:
        # Prefix fallback: an exact postcode match is "here", a shared area is "near".
        base = {5: 0.0, 3: 10.0}.get(candidate.shared_prefix, 30.0)
    bonus = 0.0
    if candidate.answer_rate is not None:
        speed = 0.5
        if candidate.median_answer_hours is not None:
            speed = 1.0 if candidate.median_answer_hours <= FAST_ANSWER_HOURS else max(
                0.0, 1.0 - candidate.median_answer_hours / 48.0)
        bonus = RESPONSIVENESS_BONUS_KM * (0.7 * candidate.answer_rate + 0.3 * speed)
    else:
        # No history yet: treated as average so that new businesses get their chance.
        bonus = RESPONSIVENESS_BONUS_KM * 0.5
    penalty = min(FAIRNESS_MAX_PENALTY_KM, FAIRNESS_KM_PER_RECENT_LEAD * candidate.recent_leads)
    return base - bonus + penalty


def rank(candidates: list[Candidate], now: datetime) -> list[Candidate]:
    load_answer_stats(candidates, now)
    for candidate in candidates:
        candidate.effective_km = effective_km(candidate)
    return sorted(candidates, key=lambda c: (c.effective_km, c.distance_km or 0.0,
                                             c.tenant_id))


# --- why the others were not eligible (for the admin record) ---------------------------

def explain_ineligible(job: JobRequest, *, exclude: set[int], limit: int = 50,
                       now: datetime | None = None) -> list[tuple[Tenant, list[str],
                                                                  float | None]]:
    """Businesses offering the job's trade that routing skipped, each with its reasons.

    Nearest first (by centroid distance, then by shared postcode prefix), so the record
    answers "why not the business around the corner?" even when a trade has thousands.
    """
    now = now or clock.now()
    use_geo = ensure_neighbours(job.postcode)
    tenants = db.session.scalars(
        sa.select(Tenant).join(TenantTrade, TenantTrade.tenant_id == Tenant.id)
        .outerjoin(PostcodeNeighbour, sa.and_(
            PostcodeNeighbour.postcode == job.postcode,
            PostcodeNeighbour.near_postcode == Tenant.base_postcode))
        .where(TenantTrade.trade_code == job.trade_code, Tenant.id.not_in(exclude or {0}))
        .options(selectinload(Tenant.trades))
        .order_by(PostcodeNeighbour.km.is_(None), PostcodeNeighbour.km,
                  (sa.func.substr(Tenant.base_postcode, 1, 3) == job.postcode[:3]).desc(),
                  (sa.func.substr(Tenant.base_postcode, 1, 2) == job.postcode[:2]).desc(),
                  Tenant.id)
        .limit(limit * 4)
    ).all()
    if not tenants:
        return []
    ids = [t.id for t in tenants]
    leads_this_week = dict(db.session.execute(
        sa.select(Lead.tenant_id, sa.func.count(Lead.id))
        .where(Lead.tenant_id.in_(ids), Lead.offered_at >= week_start(now))
        .group_by(Lead.tenant_id)).all())
    on_job = set(db.session.scalars(
        sa.select(Lead.tenant_id).where(Lead.job_request_id == job.id)).all())
    declined = set(db.session.scalars(declined_by_customer_select(job.customer_id)).all())
    distances: dict[str, float] = {}
    if use_geo:
        distances = dict(db.session.execute(
            sa.select(PostcodeNeighbour.near_postcode, PostcodeNeighbour.km)
            .where(PostcodeNeighbour.postcode == job.postcode,
                   PostcodeNeighbour.near_postcode.in_(
                       {t.base_postcode for t in tenants if t.base_postcode}))).all())
    from marketplace.verification.eligibility import eligibility_problems

    results = []
    for tenant in tenants:
        reasons = list(eligibility_problems(tenant, job.trade_code))
        if leads_this_week.get(tenant.id, 0) >= tenant.weekly_lead_capacity:
            reasons.append(IneligibleReason.NO_CAPACITY)
        if tenant.id in on_job:
            reasons.append(IneligibleReason.ALREADY_OFFERED)
        if tenant.id in declined:
            reasons.append(IneligibleReason.DECLINED_BY_CUSTOMER)
        distance = distances.get(tenant.base_postcode or "")
        if not tenant.base_postcode:
            reasons.append(IneligibleReason.NO_LOCATION)
        elif use_geo:
            if distance is None or distance > tenant.service_radius_km:
                reasons.append(IneligibleReason.OUTSIDE_RADIUS)
        elif not _prefix_match(job.postcode, tenant):
            reasons.append(IneligibleReason.OUTSIDE_RADIUS)
        if reasons:
            results.append((tenant, reasons, distance))
        if len(results) >= limit:
            break
    return results


def _prefix_match(postcode: str, tenant: Tenant) -> bool:
    base = tenant.base_postcode or ""
    if base[:3] == postcode[:3]:
        return True
    return base[:2] == postcode[:2] and tenant.service_radius_km >= PREFIX_TWO_DIGITS_MIN_RADIUS_KM
