"""Load a year of marketplace history into PostgreSQL for the insight pages' benchmark.

Wipes the database you name, builds the schema with the project's migrations, and fills it
through SQL (INSERT ... SELECT over generate_series, no Python loop per row):

    1,000,000 messages, 100,000 job requests, 300,000 leads, about 150,000 quotes,
    about 330,000 consent questions and answers, 2,000 businesses, spread over 365 days.

    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/marketplace_insight_bench \
        python bench/insight_data.py [--jobs 100000] [--leads 300000] [--messages 1000000]

Then `bench/pages_bench.py` times the pages. Not part of the test suite; bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import sqlalchemy as sa

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

TRADES = ("dachdecker", "installateur-heizungsbauer", "elektrotechniker", "maler-lackierer",
          "tischler", "fliesenleger", "zimmerer", "glaser", "maurer-betonbauer",
          "parkettleger")
TENANTS = 2000


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def build_schema(url: str) -> None:
    from flask_migrate import upgrade

    from marketplace.app import create_app

    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    app = create_app("development", {"DATABASE_URL": url})
    with app.app_context():
        upgrade()


def _array(values: tuple[str, ...]) -> str:
    return "ARRAY[" + ",".join(f"'{value}'" for value in values) + "]"


def statements(jobs: int, leads: int, messages: int) -> list[tuple[str, str]]:
    trades = _array(TRADES)
    # Leads go to the first three quarters of the jobs, leads/jobs*4/3 per job; the rest
    # found nobody (the supply gaps).
    served = jobs * 3 // 4
    per_job = max(1, leads // served)
    return [
        ("businesses", f"""
        INSERT INTO tenant (slug, name, status, verification_status, is_paused, description,
            opening_hours, service_radius_km, weekly_lead_capacity, base_postcode,
            created_at, updated_at)
        SELECT 'bench-' || g, 'Betrieb ' || g, 'active', 'verified', false, '', '', 30, 50,
            lpad(((g * 7919) % 99000 + 1000)::text, 5, '0'), now(), now()
        FROM generate_series(1, {TENANTS}) g"""),
        ("their trades", f"""
        INSERT INTO tenant_trade (tenant_id, trade_code, status, created_at, updated_at)
        SELECT id, ({trades})[1 + id % {len(TRADES)}], 'approved', now(), now() FROM tenant"""),
        ("customers", f"""
        INSERT INTO customer (channel, external_id, language, created_at, updated_at)
        SELECT (ARRAY['whatsapp','whatsapp','webchat','telegram','messenger'])[1 + g % 5],
            'bench-' || g, 'de', now(), now()
        FROM generate_series(1, {jobs}) g"""),
        ("job requests", f"""
        INSERT INTO job_request (reference, customer_id, channel, trade_code, description,
            postcode, timing, contact_preference, language, status, created_at, updated_at,
            closed_at)
        SELECT 'B' || lpad(to_hex(g), 7, '0'), c.id, c.channel,
            ({trades})[1 + (g * 31) % {len(TRADES)}], 'Bitte um ein Angebot',
            lpad(((g::bigint * 104729) % 99000 + 1000)::text, 5, '0'), 'week', 'chat', 'de',
            CASE WHEN g > {served} THEN 'unmatched' WHEN g % 3 = 0 THEN 'awarded'
                 ELSE 'open' END,
            t.at, t.at, NULL
        FROM generate_series(1, {jobs}) g
        JOIN customer c ON c.external_id = 'bench-' || g
        CROSS JOIN LATERAL (SELECT now() - ((random() + 0 * g) * interval '365 days') AS at) t"""),
        ("leads", f"""
        INSERT INTO lead (job_request_id, tenant_id, status, offered_at, expires_at,
            viewed_at, responded_at, created_at, updated_at)
        SELECT j.id, 1 + (j.id * 13 + k * 97) % {TENANTS},
            CASE WHEN r.x < 0.45 THEN 'quoted' WHEN r.x < 0.55 THEN 'declined'
                 WHEN r.x < 0.65 THEN 'won' WHEN r.x < 0.75 THEN 'lost'
                 ELSE 'expired' END,
            j.created_at + interval '5 minutes', j.created_at + interval '48 hours', NULL,
            CASE WHEN r.x < 0.75 THEN j.created_at + (r.x * interval '30 hours') END,
            j.created_at, j.created_at
        FROM job_request j
        CROSS JOIN generate_series(0, {per_job - 1}) k
        CROSS JOIN LATERAL (SELECT random() + 0 * k + 0 * j.id AS x) r
        WHERE j.id <= {served}
        LIMIT {leads}"""),
        ("quotes", """
        INSERT INTO quote (lead_id, job_request_id, tenant_id, status, price_kind,
            net_amount_cents, currency, vat_rate_percent, line_items, earliest_start,
            valid_until, message, version, created_at, updated_at)
        SELECT l.id, l.job_request_id, l.tenant_id,
            CASE l.status WHEN 'won' THEN 'accepted' WHEN 'lost' THEN 'declined'
                 ELSE 'sent' END,
            'fixed', 50000 + (l.id % 400) * 1000, 'EUR', 19, '[]', CURRENT_DATE,
            CURRENT_DATE + 30, '', 1, l.responded_at, l.responded_at
        FROM lead l WHERE l.status IN ('quoted', 'won', 'lost')"""),
        ("a consent notice", """
        INSERT INTO consent_notice (version, purpose, language, text, sha256, created_at)
        VALUES ('bench', 'media_sharing', 'de', 'Benchmark', repeat('a', 64), now()),
               ('bench', 'contact_sharing', 'de', 'Benchmark', repeat('b', 64), now())"""),
        ("consent questions", """
        INSERT INTO consent_request (public_id, tenant_id, customer_id, job_request_id,
            lead_id, purpose, channel, language, recipient_list_version, notice_id,
            retention_days, requested_at)
        SELECT 'bench-r-' || l.id, l.tenant_id, j.customer_id, j.id, l.id, 'media_sharing',
            j.channel, 'de', 1, (SELECT min(id) FROM consent_notice), 30, l.offered_at
        FROM lead l JOIN job_request j ON j.id = l.job_request_id"""),
        ("consent answers", """
        INSERT INTO consent_event (public_id, tenant_id, customer_id, job_request_id,
            request_id, purpose, action, recipient_list_version, channel, actor,
            evidence_kind, retention_days, occurred_at)
        SELECT 'bench-e-' || r.id, r.tenant_id, r.customer_id, r.job_request_id, r.id,
            r.purpose, CASE WHEN r.id % 10 < 7 THEN 'grant' ELSE 'decline' END, 1,
            r.channel, 'customer', 'message', 30, r.requested_at + interval '1 hour'
        FROM consent_request r WHERE r.id % 5 <> 0"""),
        ("messages", f"""
        INSERT INTO message (customer_id, channel, direction, kind, status, text, payload,
            attempts, error_code, gate_decision, gate_reason, needs_attention,
            job_request_id, created_at, updated_at)
        SELECT j.customer_id, j.channel,
            CASE WHEN g % 2 = 0 THEN 'in' ELSE 'out' END, 'text',
            CASE WHEN g % 2 = 0 THEN 'handled'
                 WHEN g % 97 = 1 THEN 'failed' WHEN g % 89 = 1 THEN 'held'
                 WHEN g % 3 = 1 THEN 'read' ELSE 'delivered' END,
            '', '{{}}', 1,
            CASE WHEN g % 97 = 1 THEN (ARRAY['network','131026','http_500','131056'])[1 + g % 4]
                 WHEN g % 89 = 1 THEN 'window_closed' END,
            CASE WHEN g % 97 <> 1 AND g % 89 = 1 THEN 'hold' END,
            CASE WHEN g % 97 <> 1 AND g % 89 = 1 THEN 'window_closed' END,
            (g % 97 = 1 OR g % 89 = 1) AND g > {messages} - 2000,
            j.id, j.created_at + (g % 7) * interval '3 minutes',
            j.created_at + (g % 7) * interval '3 minutes'
        FROM generate_series(1, {messages}) g
        JOIN job_request j ON j.id = 1 + (g * 7) % {jobs}"""),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--leads", type=int, default=300_000)
    parser.add_argument("--messages", type=int, default=1_000_000)
    args = parser.parse_args()
    url = os.environ.get("BENCH_DATABASE_URL")
    if not url or not url.startswith("postgresql"):
        sys.exit("set BENCH_DATABASE_URL to a PostgreSQL database that may be wiped")
    url = url.replace("postgresql://", "postgresql+psycopg://", 1)
    started = time.monotonic()
    log("schema from the migrations")
    build_schema(url)
    engine = sa.create_engine(url)
    for name, sql in statements(args.jobs, args.leads, args.messages):
        began = time.monotonic()
        with engine.begin() as connection:
            count = connection.exec_driver_sql(sql.replace("%", "%%")).rowcount
        log(f"{name}: {count:,} rows in {time.monotonic() - began:.1f} s")
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM ANALYZE")
    log(f"done in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
