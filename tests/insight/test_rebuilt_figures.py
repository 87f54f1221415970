"""After a rebuild, every figure of every slice (period, trade, region) and every business's
comparison equals what the records say: a varied history of requests, leads, quotes,
consent questions and messages is counted here again in plain Python, straight from the
rows, and set against the tables the pages render and against the pages themselves."""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, time, timedelta

import pytest
import sqlalchemy as sa

from marketplace import clock
from marketplace.accounts.models import Role
from marketplace.channels.models import Customer, Message
from marketplace.consent.models import ConsentEvent, ConsentNotice, ConsentRequest
from marketplace.db import db
from marketplace.insight import business, gaps, labels, rollup
from marketplace.insight.formatting import format_value
from marketplace.insight.messaging import ASKED_PURPOSES
from marketplace.insight.scope import BERLIN, Scope
from marketplace.insight.tables import COUNT, HOURS, SHARE
from marketplace.insight.views import health_tables
from marketplace.jobs.models import JobRequest
from marketplace.quotes.models import Lead, Quote
from marketplace.tenancy.models import Tenant, TenantTrade

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
TRADES = ("dachdecker", "maler-lackierer", "tischler")
POSTCODES = ("60311", "60487", "61118", "10115", "10117", "80331", "01067")
CHANNELS = ("webchat", "whatsapp", "telegram")
SCOPES = [Scope(days=days, trade=trade, region=region) for days in (7, 30, 90)
          for trade in (None, "dachdecker", "maler-lackierer")
          for region in (None, "6", "60", "1")]


def _at(days_ago: int, minute: int) -> datetime:
    # Late morning in UTC: never near midnight in Germany, so no day is in doubt.
    return datetime.combine(NOW.date() - timedelta(days=days_ago), time(9, minute), UTC)


def _history() -> None:
    """About 80 requests over 110 days, 9 businesses, leads, quotes, consent, messages."""
    draw = random.Random(15)
    tenants = []
    for number in range(9):
        tenant = Tenant(slug=f"betrieb-{number}", name=f"Betrieb {number:02d}",
                        base_postcode=draw.choice(POSTCODES))
        for trade in draw.sample(TRADES, draw.choice((1, 2))):
            tenant.trades.append(TenantTrade(trade_code=trade, status="approved"))
        db.session.add(tenant)
        tenants.append(tenant)
    notice = ConsentNotice(version="t", purpose="media_sharing", language="de", text="t",
                           sha256="e" * 64)
    db.session.add(notice)
    db.session.flush()
    jobs = []
    for number in range(80):
        at = _at(draw.randrange(0, 110), draw.randrange(0, 59))
        channel = draw.choice(CHANNELS)
        customer = Customer(channel=channel, external_id=f"rebuilt-{number}")
        job = JobRequest(reference=f"R{number:05d}", customer=customer, channel=channel,
                         trade_code=draw.choice(TRADES), postcode=draw.choice(POSTCODES),
                         description="x", timing="week", created_at=at, updated_at=at)
        db.session.add(job)
        db.session.flush()
        jobs.append(job)
        if draw.random() < 0.3:
            continue  # nobody could take it
        for tenant in draw.sample(tenants, draw.randrange(1, 4)):
            offered = at + timedelta(minutes=5)
            answered = (offered + timedelta(minutes=draw.randrange(10, 3000))
                        if draw.random() < 0.7 else None)
            quote_status = draw.choice((None, "sent", "accepted", "declined")) if answered \
                else None
            status = {"accepted": "won", "declined": "lost", "sent": "quoted"}.get(
                quote_status or "", "declined" if answered else "offered")
            lead = Lead(job_request=job, tenant=tenant, offered_at=offered, status=status,
                        expires_at=offered + timedelta(hours=48), responded_at=answered)
            db.session.add(lead)
            if quote_status:
                db.session.add(Quote(lead=lead, job_request=job, tenant=tenant,
                                     status=quote_status, net_amount_cents=10000,
                                     earliest_start=NOW.date(), valid_until=NOW.date(),
                                     created_at=answered, updated_at=answered))
            if draw.random() < 0.5:
                purpose = draw.choice(("media_sharing", "contact_sharing"))
                request = ConsentRequest(
                    tenant_id=tenant.id, customer_id=customer.id, job_request_id=job.id,
                    purpose=purpose,
                    channel=channel, language="de", recipient_list_version=1,
                    notice_id=notice.id, requested_at=offered)
                db.session.add(request)
                actions = draw.choice(([], ["grant"], ["decline"], ["grant", "withdraw"]))
                for step, action in enumerate(actions):
                    db.session.add(ConsentEvent(
                        tenant_id=tenant.id, customer_id=customer.id, job_request_id=job.id,
                        request=request,
                        purpose=purpose, action=action, recipient_list_version=1,
                        channel=channel, actor="customer", evidence_kind="message",
                        occurred_at=offered + timedelta(hours=1 + step)))
    db.session.flush()
    outcomes = (("delivered", None, None), ("read", None, None), ("sent", None, None),
                ("queued", None, None), ("failed", "http_500", None),
                ("failed", "131026", None), ("held", "window_closed", "window_closed"),
                ("held", "opted_out", "opted_out"))
    for number in range(120):
        job = draw.choice(jobs) if draw.random() < 0.8 else None
        customer = job.customer if job else jobs[number % len(jobs)].customer
        status, code, reason = draw.choice(outcomes)
        at = _at(draw.randrange(0, 110), draw.randrange(0, 59))
        db.session.add(Message(customer=customer, channel=customer.channel,
                               direction="out" if number % 5 else "in",
                               status=status if number % 5 else "handled", error_code=code,
                               gate_reason=reason, job_request_id=job.id if job else None,
                               created_at=at, updated_at=at))
    db.session.flush()


@pytest.fixture
def rebuilt(app_ctx):
    clock.freeze(NOW)
    _history()
    rollup.refresh_rollup()  # as the worker's periodic task does
    return app_ctx


def _first_day(days: int) -> date:
    return NOW.astimezone(BERLIN).date() - timedelta(days=days - 1)


def _local_day(moment: datetime) -> date:
    return clock.as_utc(moment).astimezone(BERLIN).date()


def _in(scope: Scope, job: JobRequest | None, moment: datetime) -> bool:
    if _local_day(moment) < _first_day(scope.days):
        return False
    if scope.trade and (job is None or job.trade_code != scope.trade):
        return False
    return not scope.region or (job is not None and job.postcode.startswith(scope.region))


def _percentile(values: list[float], fraction: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _records():
    jobs = db.session.scalars(sa.select(JobRequest)).all()
    leads = db.session.scalars(sa.select(Lead)).all()
    quotes = db.session.scalars(sa.select(Quote)).all()
    return jobs, leads, quotes


def _expected_health(scope: Scope, records) -> dict:
    jobs, leads, quotes = records
    chosen = [job for job in jobs if _in(scope, job, job.created_at)]
    reached = {lead.job_request_id for lead in leads}
    quoted = {quote.job_request_id for quote in quotes}
    awarded = {quote.job_request_id for quote in quotes if quote.status == "accepted"}
    first_quote = {}
    for quote in quotes:
        seen = first_quote.get(quote.job_request_id)
        first_quote[quote.job_request_id] = min(seen, quote.created_at) if seen else \
            quote.created_at
    seconds = [(clock.as_utc(first_quote[job.id]) - clock.as_utc(job.created_at))
               .total_seconds() for job in chosen if job.id in first_quote]
    made = len(chosen)
    funnel = [made, sum(job.id in reached for job in chosen),
              sum(job.id in quoted for job in chosen), sum(job.id in awarded for job in chosen)]
    per_day = Counter((_local_day(job.created_at), job.channel) for job in chosen)
    channels = sorted({channel for _day, channel in per_day})
    days = [_first_day(scope.days) + timedelta(days=n) for n in range(scope.days)]
    requests = [[day, *[per_day[(day, c)] for c in channels],
                 sum(per_day[(day, c)] for c in channels)] for day in days]
    by_business: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    names = {}
    for lead in leads:
        if _in(scope, lead.job_request, lead.offered_at):
            by_business[lead.tenant_id][0] += 1
            by_business[lead.tenant_id][1] += lead.responded_at is not None
            names[lead.tenant_id] = lead.tenant.name
    answered = sorted(([names[t], n, a, _share(a, n)] for t, (n, a) in by_business.items()),
                      key=lambda row: (-row[1], row[0]))
    unserved = [job for job in chosen if job.id not in reached]
    by_trade = Counter(job.trade_code for job in unserved)
    by_area = Counter(job.postcode[:3] for job in unserved)
    return {
        "requests": ([str(labels.channel_label(c)) for c in channels], requests),
        "funnel": funnel,
        "first_quote": [_percentile(seconds, 0.5), _percentile(seconds, 0.9)],
        "answered": answered[:15],
        "gaps_trade": [[gaps.trade_label(code), count] for code, count in
                       sorted(by_trade.items(), key=lambda item: (-item[1], item[0]))],
        "gaps_region": sorted(by_area.items(), key=lambda item: (-item[1], item[0])),
        "consent": _expected_consent(scope),
        "delivery": _expected_messages(scope),
    }


def _expected_consent(scope: Scope) -> dict[str, list[int]]:
    events = db.session.scalars(sa.select(ConsentEvent)).all()
    jobs = {job.id: job for job in db.session.scalars(sa.select(JobRequest))}
    counts: Counter[tuple[str, str]] = Counter()
    for request in db.session.scalars(sa.select(ConsentRequest)):
        if request.purpose not in ASKED_PURPOSES or not _in(
                scope, jobs[request.job_request_id], request.requested_at):
            continue
        answers = [event for event in events if (
            event.customer_id, event.tenant_id, event.purpose, event.job_request_id) == (
            request.customer_id, request.tenant_id, request.purpose, request.job_request_id)]
        latest = max(answers, key=lambda e: (clock.as_utc(e.occurred_at), e.id), default=None)
        counts[(request.purpose, latest.action if latest else "none")] += 1
    return {str(labels.CONSENT_PURPOSES[purpose]): [counts[(purpose, state)] for state in
                                                    labels.CONSENT_ORDER]
            for purpose in ("media_sharing", "contact_sharing")}


def _expected_messages(scope: Scope) -> dict[str, list[int]]:
    jobs = {job.id: job for job in db.session.scalars(sa.select(JobRequest))}
    counts: Counter[tuple[str, str]] = Counter()
    for message in db.session.scalars(sa.select(Message).where(Message.direction == "out")):
        if _in(scope, jobs.get(message.job_request_id), message.created_at):
            counts[(message.channel, labels.outcome_of(message.status))] += 1
    return {labels.channel_label(channel): [counts[(channel, outcome)]
                                            for outcome in labels.OUTCOMES]
            for channel in sorted({channel for channel, _outcome in counts})}


def test_every_slice_shows_what_the_records_say(rebuilt):
    records = _records()
    assert len(records[0]) == 80
    for scope in SCOPES:
        tables = health_tables(scope)
        expected = _expected_health(scope, records)
        columns, rows = expected["requests"]
        assert [str(c) for c in tables["requests"].columns[1:-1]] == columns, scope
        assert tables["requests"].rows == rows, scope
        assert [row[1] for row in tables["funnel"].rows] == expected["funnel"], scope
        hours = [row[1] for row in tables["first_quote"].rows]
        assert hours == [None if value is None else pytest.approx(value / 3600)
                         for value in expected["first_quote"]], scope
        assert tables["answered"].rows == expected["answered"], scope
        assert tables["gaps_trade"].rows == expected["gaps_trade"], scope
        assert [(gap.region, gap.count) for gap in gaps.gaps_on_map(
            tables["gaps_region"])[0]] == expected["gaps_region"], scope
        consent = {str(row[0]): row[1:-1] for row in tables["consent"].rows}
        assert consent == expected["consent"], scope
        delivery = {str(row[0]): row[1:-2] for row in tables["delivery"].rows}
        assert delivery == expected["delivery"], scope


def test_the_slices_are_not_empty(rebuilt):
    """The comparison above means something: each kind of figure has numbers."""
    tables = health_tables(Scope(days=90))
    assert tables["funnel"].rows[0][1] > 40
    assert tables["first_quote"].rows[0][1] is not None
    assert len(tables["answered"].rows) == 9
    assert tables["gaps_trade"].rows
    assert tables["gaps_region"].rows
    assert sum(sum(row[1:-1]) for row in tables["consent"].rows) > 10
    assert sum(row[-2] for row in tables["delivery"].rows) > 50


def _expected_business(tenant: Tenant, days: int, records) -> dict:
    _jobs, leads, _quotes = records
    since = _first_day(days)

    def figures(tenant_id: int) -> dict:
        mine = [lead for lead in leads if lead.tenant_id == tenant_id and
                _local_day(lead.offered_at) >= since]
        quoted = [lead for lead in mine if lead.status in ("quoted", "won", "lost")]
        seconds = [(clock.as_utc(lead.responded_at) - clock.as_utc(lead.offered_at))
                   .total_seconds() for lead in mine if lead.responded_at]
        return {"leads": len(mine),
                "answer_rate": _share(sum(lead.responded_at is not None for lead in mine),
                                      len(mine)),
                "hours": statistics.median(seconds) / 3600 if seconds else None,
                "win_rate": _share(sum(lead.status == "won" for lead in quoted),
                                   len(quoted))}

    everyone = db.session.scalars(sa.select(Tenant).where(Tenant.id != tenant.id)).all()
    trades = {trade.trade_code for trade in tenant.trades}
    candidates = [other for other in everyone
                  if trades & {trade.trade_code for trade in other.trades}]
    group = candidates
    for digits in (2, 1):
        near = [other for other in candidates
                if (other.base_postcode or "").startswith(tenant.base_postcode[:digits])]
        if len(near) >= 3:
            group = near
            break
    peers = [figures(other.id) for other in group]
    peers = [peer for peer in peers if peer["leads"]]

    def median(key: str) -> float | None:
        values = [peer[key] for peer in peers if peer[key] is not None]
        return statistics.median(values) if values and len(peers) >= 3 else None

    own = figures(tenant.id)
    return {"size": len(group), "rows": [
        [own["leads"], median("leads")], [own["answer_rate"], median("answer_rate")],
        [own["hours"], median("hours")], [own["win_rate"], median("win_rate")]]}


def test_every_business_is_compared_as_the_records_say(rebuilt):
    records = _records()
    compared = 0
    for tenant in db.session.scalars(sa.select(Tenant)):
        for days in (7, 30, 90):
            table, group = business.comparison(tenant, Scope(days=days))
            expected = _expected_business(tenant, days, records)
            assert group.size == expected["size"], (tenant.name, days)
            assert [row[1:] for row in table.rows] == [
                [pytest.approx(value) if value is not None else None for value in row]
                for row in expected["rows"]], (tenant.name, days)
            compared += table.rows[0][2] is not None
    assert compared  # some businesses have enough peers for a median


def _cells(html: str, section: str) -> list[list[str]]:
    """The numbers table of one figure on the page, as the cells' text."""
    part = html[html.index(f'id="{section}"'):]
    body = part[part.index("<tbody>"):part.index("</tbody>")]
    return [re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row)
            for row in re.findall(r"<tr>(.*?)</tr>", body)]


def test_the_health_page_after_a_rebuild_shows_the_records_figures(client, rebuilt, make_user,
                                                                   login_as):
    records = _records()
    login_as(make_user(role=Role.ADMIN))
    for scope in (Scope(days=90), Scope(days=30, trade="maler-lackierer", region="6")):
        expected = _expected_health(scope, records)
        page = client.get("/admin/health", query_string=scope.as_args())
        assert page.status_code == 200
        html = page.get_data(as_text=True)
        made = expected["funnel"][0]
        assert [row[1:] for row in _cells(html, "figure-funnel")] == [
            [format_value(count, COUNT, "de"), format_value(_share(count, made), SHARE, "de")]
            for count in expected["funnel"]]
        assert [row[1] for row in _cells(html, "figure-first_quote")] == [
            format_value(None if value is None else value / 3600, HOURS, "de")
            for value in expected["first_quote"]]
        assert [row[1:3] for row in _cells(html, "figure-answered")] == [
            [format_value(row[1], COUNT, "de"), format_value(row[2], COUNT, "de")]
            for row in expected["answered"]]


def test_the_business_page_after_a_rebuild_shows_the_records_figures(client, rebuilt,
                                                                      make_user, login_as):
    tenant = db.session.scalars(sa.select(Tenant).order_by(Tenant.id)).first()
    login_as(make_user(role=Role.OWNER, tenant=tenant))
    html = client.get("/dashboard/insight?days=90").get_data(as_text=True)
    expected = _expected_business(tenant, 90, _records())["rows"]
    kinds = (COUNT, SHARE, HOURS, SHARE)
    assert [row[1:] for row in _cells(html, "comparison-title")] == [
        [format_value(value, kind, "de") for value in row] for row, kind in zip(
            expected, kinds, strict=True)]
