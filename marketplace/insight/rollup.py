"""Rebuilding the daily rollup (insight/models.py) from the platform's records: the recent
days are deleted and summed again in four INSERT ... SELECT statements, then every slice's
figures (insight/slices.py) and every business's figures beside its peers (peers.py) are
computed from them, all in one unit of work, so a page never sees half a rebuild. Run by
the worker's periodic task and by the demo seeder."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa

from marketplace import clock
from marketplace.channels.models import Direction, Message
from marketplace.consent.models import ConsentEvent, ConsentRequest
from marketplace.db import db
from marketplace.insight.messaging import ASKED_PURPOSES
from marketplace.insight.models import (
    BusinessPeriod,
    ConsentDay,
    JobFact,
    LeadDay,
    MessageDay,
    RollupState,
)
from marketplace.insight.peers import rebuild_business_periods
from marketplace.insight.scope import BERLIN, local_day, seconds_between
from marketplace.insight.slices import SLICE_TABLES, rebuild_slices
from marketplace.jobs.models import JobRequest
from marketplace.quotes.models import Lead, Quote, QuoteStatus

# Quotes, answers and deliveries keep arriving for a while after a request: the last 100
# days are summed again each time (the health page shows at most 90).
REBUILD_DAYS = 100


def _region(postcode: Any) -> Any:
    return sa.func.coalesce(sa.func.substr(postcode, 1, 2), "")


def _job_facts(since: datetime) -> sa.Select[Any]:
    first_quote = (sa.select(sa.func.min(Quote.created_at))
                   .where(Quote.job_request_id == JobRequest.id).scalar_subquery())
    return sa.select(
        JobRequest.id, local_day(JobRequest.created_at), JobRequest.channel,
        JobRequest.trade_code, JobRequest.postcode,
        sa.exists().where(Lead.job_request_id == JobRequest.id),
        sa.exists().where(Quote.job_request_id == JobRequest.id),
        sa.exists().where(Quote.job_request_id == JobRequest.id,
                          Quote.status == QuoteStatus.ACCEPTED),
        seconds_between(first_quote, JobRequest.created_at),
    ).where(JobRequest.created_at >= since)


def _lead_days(since: datetime) -> sa.Select[Any]:
    day = local_day(Lead.offered_at)
    region = _region(JobRequest.postcode)
    return (sa.select(day, Lead.tenant_id, JobRequest.trade_code, region,
                      sa.func.count(Lead.id), sa.func.count(Lead.responded_at))
            .join(JobRequest, JobRequest.id == Lead.job_request_id)
            .where(Lead.offered_at >= since)
            .group_by(day, Lead.tenant_id, JobRequest.trade_code, region))


def _consent_days(since: datetime) -> sa.Select[Any]:
    latest = (sa.select(ConsentEvent.action).where(
        ConsentEvent.customer_id == ConsentRequest.customer_id,
        ConsentEvent.tenant_id == ConsentRequest.tenant_id,
        ConsentEvent.purpose == ConsentRequest.purpose,
        ConsentEvent.job_request_id == ConsentRequest.job_request_id)
        .order_by(ConsentEvent.occurred_at.desc(), ConsentEvent.id.desc())
        .limit(1).correlate(ConsentRequest).scalar_subquery())
    state = sa.func.coalesce(latest, "none")
    day, region = local_day(ConsentRequest.requested_at), _region(JobRequest.postcode)
    return (sa.select(day, ConsentRequest.purpose, JobRequest.trade_code, region, state,
                      sa.func.count(ConsentRequest.id))
            .join(JobRequest, JobRequest.id == ConsentRequest.job_request_id)
            .where(ConsentRequest.requested_at >= since,
                   ConsentRequest.purpose.in_(ASKED_PURPOSES))
            .group_by(day, ConsentRequest.purpose, JobRequest.trade_code, region, state))


def _message_days(since: datetime) -> sa.Select[Any]:
    day = local_day(Message.created_at)
    columns = (day, Message.channel, Message.status,
               sa.func.coalesce(Message.error_code, ""),
               sa.func.coalesce(Message.gate_reason, ""),
               sa.func.coalesce(JobRequest.trade_code, ""), _region(JobRequest.postcode))
    return (sa.select(*columns, sa.func.count(Message.id))
            .outerjoin(JobRequest, JobRequest.id == Message.job_request_id)
            .where(Message.direction == Direction.OUTBOUND, Message.created_at >= since)
            .group_by(*columns))


REBUILDS: tuple[tuple[type, tuple[str, ...], Any], ...] = (
    (JobFact, ("job_request_id", "day", "channel", "trade_code", "postcode", "reached",
               "quoted", "awarded", "first_quote_seconds"), _job_facts),
    (LeadDay, ("day", "tenant_id", "trade_code", "region", "leads", "answered"), _lead_days),
    (ConsentDay, ("day", "purpose", "trade_code", "region", "state", "questions"),
     _consent_days),
    (MessageDay, ("day", "channel", "status", "error_code", "gate_reason", "trade_code",
                  "region", "messages"), _message_days),
)


def refresh_rollup(days: int = REBUILD_DAYS) -> date:
    """Sum the last `days` days again (today included); returns the first day rebuilt."""
    today = clock.now().astimezone(BERLIN).date()
    from_day = today - timedelta(days=days - 1)
    since = datetime.combine(from_day, time(0), tzinfo=BERLIN)
    for model, columns, select in REBUILDS:
        db.session.execute(sa.delete(model).where(model.day >= from_day))
        db.session.execute(sa.insert(model).from_select(list(columns), select(since)))
    rebuild_slices(today)
    rebuild_business_periods(today)
    state = db.session.get(RollupState, 1) or RollupState(id=1, generation=0)
    state.refreshed_at, state.from_day = clock.now(), from_day
    state.generation += 1
    db.session.add(state)
    db.session.commit()
    return from_day


REBUILT_TABLES = (JobFact, LeadDay, ConsentDay, MessageDay, *SLICE_TABLES, BusinessPeriod)


def tidy_up() -> None:
    """Reclaim the rows the last rebuild deleted (PostgreSQL, after its commit). Every rebuild
    deletes and writes these tables again; until a VACUUM the old rows stay, so with
    autovacuum off or behind they grow by their own size every ten minutes and every read,
    the next rebuild's and a page's first one, wades through them. Runs outside a
    transaction; a role that does not own the tables gets a warning, not an error."""
    if db.engine.dialect.name != "postgresql":
        return
    names = ", ".join(model.__tablename__ for model in REBUILT_TABLES)
    bind = db.engine
    engine = bind.engine if isinstance(bind, sa.Connection) else bind  # tests bind one
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql(f"VACUUM (ANALYZE) {names}")


def last_refresh() -> datetime | None:
    state = db.session.get(RollupState, 1)
    return None if state is None else clock.as_utc(state.refreshed_at)


def current() -> tuple[int, datetime | None]:
    """Which rebuild the rollup holds (0: never built) and when it was made."""
    row = db.session.execute(sa.select(RollupState.generation, RollupState.refreshed_at)
                             .where(RollupState.id == 1)).first()
    return (0, None) if row is None else (row[0], clock.as_utc(row[1]))


def day_of(refreshed_at: datetime | None) -> date | None:
    """The day in Germany a rebuild summed up to (the last day of its periods)."""
    return None if refreshed_at is None else refreshed_at.astimezone(BERLIN).date()
