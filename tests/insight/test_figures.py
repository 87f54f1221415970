"""The health figures count what happened: built from the rows the platform writes, checked
against numbers worked out by hand, and shown on the pages and in the CSV."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from marketplace import clock
from marketplace.accounts.models import Role
from marketplace.channels.models import Customer, Message
from marketplace.consent.models import ConsentEvent, ConsentNotice, ConsentRequest
from marketplace.db import db
from marketplace.insight import business, gaps, health, messaging, rollup, tasks
from marketplace.insight.scope import Scope
from marketplace.jobs.models import JobRequest
from marketplace.quotes.models import Lead, Quote
from marketplace.tenancy.models import Tenant, TenantTrade

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _tenant(name: str, postcode: str, trade: str = "dachdecker") -> Tenant:
    tenant = Tenant(slug=name.lower().replace(" ", "-"), name=name, base_postcode=postcode)
    tenant.trades.append(TenantTrade(trade_code=trade, status="pending"))
    db.session.add(tenant)
    db.session.flush()
    return tenant


def _job(at: datetime, *, trade: str = "dachdecker", postcode: str = "60311",
         channel: str = "whatsapp", status: str = "open") -> JobRequest:
    customer = Customer(channel=channel, external_id=f"c-{at.timestamp()}-{postcode}")
    job = JobRequest(reference=f"T{int(at.timestamp()) % 10**8}{postcode[:2]}"[:12],
                     customer=customer, channel=channel, trade_code=trade, postcode=postcode,
                     description="x", timing="week", status=status, created_at=at,
                     updated_at=at)
    db.session.add(job)
    db.session.flush()
    return job


def _lead(job: JobRequest, tenant: Tenant, *, answered_after: timedelta | None,
          quote_status: str | None = None, status: str = "offered") -> Lead:
    offered = job.created_at + timedelta(minutes=10)
    lead = Lead(job_request=job, tenant=tenant, offered_at=offered, status=status,
                expires_at=offered + timedelta(hours=48),
                responded_at=offered + answered_after if answered_after else None)
    db.session.add(lead)
    if quote_status:
        db.session.add(Quote(lead=lead, job_request=job, tenant=tenant, status=quote_status,
                             net_amount_cents=10000, earliest_start=NOW.date(),
                             valid_until=NOW.date(), created_at=lead.responded_at,
                             updated_at=lead.responded_at))
    db.session.flush()
    return lead


@pytest.fixture
def history(app_ctx):
    """Three requests in the last week and one from last year: a roof job with two quotes
    (the first after 2 h, accepted), a roof job one business left unanswered, and a
    carpentry job in Berlin that found nobody."""
    clock.freeze(NOW)
    roofer, other = _tenant("Dach Eins", "60311"), _tenant("Dach Zwei", "60487")
    served = _job(NOW - timedelta(days=2))
    _lead(served, roofer, answered_after=timedelta(hours=2) - timedelta(minutes=10),
          quote_status="accepted", status="won")
    _lead(served, other, answered_after=timedelta(hours=5), quote_status="declined",
          status="lost")
    ignored = _job(NOW - timedelta(days=1), channel="webchat")
    _lead(ignored, other, answered_after=None)
    _job(NOW - timedelta(days=3), trade="tischler", postcode="10115", status="unmatched")
    _job(NOW - timedelta(days=400), trade="tischler", postcode="10115", status="unmatched")
    rollup.refresh_rollup()  # as the worker's periodic task does
    return {"roofer": roofer, "other": other, "served": served, "ignored": ignored}


def test_funnel_counts_reach_fill_and_award(history):
    rows = health.funnel(Scope(days=7)).rows
    assert [row[1] for row in rows] == [3, 2, 1, 1]
    assert rows[2][2] == pytest.approx(1 / 3)
    assert [row[1] for row in health.funnel(Scope(days=7, trade="tischler")).rows] == \
        [1, 0, 0, 0]
    assert health.funnel(Scope(days=7, region="1")).rows[0][1] == 1


def test_first_quote_is_timed_from_the_request(history):
    median, p90 = (row[1] for row in health.time_to_first_quote(Scope(days=7)).rows)
    assert median == pytest.approx(2.0, abs=0.01)
    assert p90 == pytest.approx(2.0, abs=0.01)


def test_requests_per_day_by_channel_has_every_day(history):
    table = health.requests_per_day(Scope(days=7))
    assert len(table.rows) == 7
    assert [str(column) for column in table.columns[1:-1]] == ["Web-Chat", "WhatsApp"]
    assert sum(row[-1] for row in table.rows) == 3


def test_leads_answered_by_business(history):
    rows = {row[0]: row[1:] for row in health.leads_answered_by_business(Scope(days=7)).rows}
    assert rows["Dach Eins"] == [1, 1, 1.0]
    assert rows["Dach Zwei"] == [2, 1, 0.5]


def test_supply_gaps_by_trade_and_region(history):
    assert gaps.gaps_by_trade(Scope(days=7)).rows == [["Tischler", 1]]
    table, found = gaps.gaps_by_region(Scope(days=90))
    assert [(gap.region, gap.count) for gap in found] == [("101", 1)]
    assert table.rows[0][0] == "PLZ 101xx"


def test_consent_answers_take_the_latest_answer(history):
    notice = ConsentNotice(version="t", purpose="media_sharing", language="de", text="t",
                           sha256="f" * 64)
    db.session.add(notice)
    db.session.flush()
    job, lead = history["served"], history["served"]
    answers = (["grant"], [], ["grant", "withdraw"], ["decline"])
    for number, actions in enumerate(answers):
        tenant = _tenant(f"Frage {number}", "60311")
        request = ConsentRequest(tenant_id=tenant.id, customer_id=job.customer_id,
                                 job_request_id=job.id, purpose="media_sharing",
                                 channel="whatsapp", language="de", recipient_list_version=1,
                                 notice_id=notice.id, requested_at=NOW - timedelta(days=1))
        db.session.add(request)
        for step, action in enumerate(actions):
            db.session.add(ConsentEvent(
                tenant_id=tenant.id, customer_id=job.customer_id, job_request_id=job.id,
                request=request, purpose="media_sharing", action=action,
                recipient_list_version=1, channel="whatsapp", actor="customer",
                evidence_kind="message", occurred_at=NOW - timedelta(hours=10 - step)))
    del lead
    rollup.refresh_rollup()
    media = health_row(messaging.consent_answers(Scope(days=7)), "Fotos und Videos")
    # granted, declined, unanswered, withdrawn, expired, asked
    assert media == [1, 1, 1, 1, 0, 4]


def health_row(table, label):
    return next(row[1:] for row in table.rows if str(row[0]) == label)


def test_messages_by_outcome_error_class_and_hold_reason(history):
    customer = history["served"].customer
    for status, code, reason in (("delivered", None, None), ("read", None, None),
                                 ("failed", "http_500", None), ("failed", "131026", None),
                                 ("held", "window_closed", "window_closed")):
        db.session.add(Message(customer=customer, channel="whatsapp", direction="out",
                               status=status, error_code=code, gate_reason=reason,
                               created_at=NOW - timedelta(hours=3),
                               updated_at=NOW - timedelta(hours=3)))
    db.session.add(Message(customer=customer, channel="whatsapp", direction="in",
                           status="handled", created_at=NOW, updated_at=NOW))
    rollup.refresh_rollup()
    delivery, failures, held = messaging.message_figures(Scope(days=7))
    assert delivery.rows == [["WhatsApp", 2, 2, 1, 0, 5, 0.4]]
    assert sorted(row[1] for row in failures.rows) == [
        "Empfänger nicht erreichbar", "Messenger-Dienst nicht erreichbar"]
    assert held.rows == [["24-Stunden-Fenster geschlossen, keine Vorlage passt", 1]]


def test_a_business_is_compared_only_with_enough_unnamed_peers(history):
    roofer = history["roofer"]
    table, group = business.comparison(roofer, Scope(days=30))
    assert table.rows[0][1:] == [1, None]  # one peer with leads: no median
    for number in range(3):
        peer = _tenant(f"Nachbar {number}", "60" + str(400 + number))
        job = _job(NOW - timedelta(days=5 + number))
        _lead(job, peer, answered_after=timedelta(hours=number + 1), quote_status="sent",
              status="quoted")
    table, group = business.comparison(roofer, Scope(days=30))
    assert group.size == 1  # the page shows the last rebuild's figures
    rollup.refresh_rollup()
    table, group = business.comparison(roofer, Scope(days=30))
    assert group.region == "60"
    assert group.size == 4
    measures = {str(row[0]): row[1:] for row in table.rows}
    assert measures["Beantwortet"] == [1.0, 1.0]
    # Peers answer in a median of 5 h (Dach Zwei), 1 h, 2 h and 3 h: their median is 2.5 h.
    assert measures["Mittlere Antwortzeit (Median)"][1] == pytest.approx(2.5)


def test_health_page_and_csv_for_admins_only(app, client, history, make_user, login_as):
    login_as(make_user(role=Role.ADMIN))
    page = client.get("/admin/health?days=7").get_data(as_text=True)
    assert "Wie weit Anfragen kamen" in page
    assert "33 %" in page  # one of three requests got a quote
    csv = client.get("/admin/health/funnel.csv?days=7")
    assert csv.mimetype == "text/csv"
    assert csv.get_data(as_text=True).splitlines()[1:3] == [
        "gestellt (alle Anfragen),3,1.0", "mindestens einen Betrieb erreicht,2,0.6667"]
    assert client.get("/admin/health?days=8").status_code == 400
    assert client.get("/admin/health/nothing.csv").status_code == 404


def test_business_users_cannot_open_the_health_page(client, history, make_user, login_as):
    login_as(make_user(role=Role.OWNER, tenant=history["roofer"]))
    assert client.get("/admin/health").status_code == 404  # the console does not exist for them
    assert client.get("/admin/health/funnel.csv").status_code == 404


def test_the_rollup_follows_what_happens_later(history):
    """A quote that arrives after the last rebuild counts from the next one on."""
    ignored = history["ignored"]
    assert health.funnel(Scope(days=7)).rows[2][1] == 1
    lead = db.session.scalars(sa.select(Lead).where(Lead.job_request_id == ignored.id)).one()
    clock.freeze(NOW + timedelta(hours=1))
    db.session.add(Quote(lead=lead, job_request=ignored, tenant=lead.tenant, status="sent",
                         net_amount_cents=5000, earliest_start=NOW.date(),
                         valid_until=NOW.date(), created_at=clock.now(),
                         updated_at=clock.now()))
    db.session.flush()
    assert health.funnel(Scope(days=7)).rows[2][1] == 1
    tasks.refresh_rollup()
    assert health.funnel(Scope(days=7)).rows[2][1] == 2
    assert rollup.last_refresh() == NOW + timedelta(hours=1)


def test_reviews_per_week_count_only_published_ones(history):
    from marketplace.reviews.models import Review

    roofer, served = history["roofer"], history["served"]
    lead = db.session.scalars(sa.select(Lead).where(Lead.tenant_id == roofer.id)).one()
    db.session.add(Review(tenant_id=roofer.id, job_request_id=served.id, lead_id=lead.id,
                          stars=4, published_at=NOW - timedelta(days=1)))
    db.session.flush()
    table = business.reviews_per_week(roofer, Scope(days=7))
    assert [(row[1], row[2]) for row in table.rows] == [(1, 4.0)]
    db.session.execute(sa.update(Review).values(status="hidden"))
    assert business.reviews_per_week(roofer, Scope(days=7)).rows[0][1] == 0
