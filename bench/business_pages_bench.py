"""Business pages at scale: wrk against each page type on the issue's large data set.

Loads (unless --reuse) the PostgreSQL database you name through SQL, reusing the insight
benchmark's generators (bench/insight_data.py) at the issue's size: 20,000 job requests,
60,000 leads over 2,000 businesses, 200,000 messages. On top of that one business
("the big one") gets 6,000 leads, one web-chat customer 2,000 messages, and one of the big
business's leads a job thread of 400 entries.

Then gunicorn serves `create_app('production')` as the Procfile's web line does (4 sync
workers, loopback), and wrk (Debian package) requests each page for --duration seconds
with a logged-in owner's or admin's cookie, the chat cookie, or an API token. Besides
requests/s and p50/p95/p99 it reports the SQL statements one request of that page runs
(counted in this process through Flask's test client).

    createdb -h 127.0.0.1 -U postgres bench_pages_scale
    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench_pages_scale \\
    BENCH_REDIS_URL=redis://127.0.0.1:6379/6 \\
        python bench/business_pages_bench.py [--reuse] [--duration 12] [--connections 4]

Not part of the test suite. Results: bench/README.md and bench/results/business_pages.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e2e_messages import ROOT, environment, procfile_command, stop
from insight_data import build_schema
from insight_data import statements as history_statements

# This checkout's code, not whatever `marketplace` an editable install points to.
sys.path.insert(0, str(ROOT))

OWNER_EMAIL = "bench-owner@example.com"
ADMIN_EMAIL = "bench-admin@example.com"
PASSWORD = "bench-passwort-2026"  # noqa: S105 - a throwaway benchmark database
# A browser's web-chat cookie (secrets.token_urlsafe(32) has this shape); fixed so that a
# --reuse run finds the same chat.
CHAT_TOKEN = "benchChatToken0123456789abcdefghijklmnopqrs"  # noqa: S105
# Flask-Login's strong session protection ties a session to the browser's user agent, so
# the login and wrk send the same one.
USER_AGENT = "business-pages-bench"
BIG_TENANT = 1
BIG_LEADS = 6000
CHAT_MESSAGES = 2000
THREAD_ENTRIES = 400

LUA_DONE = """
done = function(summary, latency, requests)
  for _, p in ipairs({50, 95, 99}) do
    io.write(string.format("PCT %d %d\\n", p, latency:percentile(p)))
  end
end
"""


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def concentrated_statements(chat_session_id: str) -> list[tuple[str, str]]:
    """The big business's 6,000 leads, the long chat and the long job thread."""
    return [
        # Registration writes each business's first recipient list; without it, every page
        # that asks for the consent state would try to write one.
        ("recipient lists", """
        INSERT INTO recipient_list_version (tenant_id, version, snapshot, created_at)
        SELECT t.id, 1, json_build_object('business', json_build_object(
            'name', t.name, 'legal_form', '', 'street', '', 'postcode', '', 'city', ''),
            'subcontractors', '[]'::json), now()
        FROM tenant t WHERE NOT EXISTS (SELECT 1 FROM recipient_list_version r
                                        WHERE r.tenant_id = t.id)"""),
        ("the big business's leads", f"""
        INSERT INTO lead (job_request_id, tenant_id, status, offered_at, expires_at,
            viewed_at, responded_at, created_at, updated_at)
        SELECT j.id, {BIG_TENANT},
            (ARRAY['offered','viewed','quoted','quoted','quoted','declined','won','lost',
                   'expired','expired'])[1 + j.id % 10],
            now() - (j.id % 2000) * interval '4 hours', now() + interval '48 hours', NULL,
            CASE WHEN j.id % 10 >= 2 THEN now() - (j.id % 2000) * interval '3 hours' END,
            now() - (j.id % 2000) * interval '4 hours', now()
        FROM job_request j
        WHERE NOT EXISTS (SELECT 1 FROM lead l WHERE l.job_request_id = j.id
                          AND l.tenant_id = {BIG_TENANT})
        ORDER BY j.id LIMIT {BIG_LEADS} - (SELECT count(*) FROM lead
                                           WHERE tenant_id = {BIG_TENANT})"""),
        ("their quotes", f"""
        INSERT INTO quote (lead_id, job_request_id, tenant_id, status, price_kind,
            net_amount_cents, currency, vat_rate_percent, line_items, earliest_start,
            valid_until, message, version, created_at, updated_at)
        SELECT l.id, l.job_request_id, l.tenant_id,
            CASE l.status WHEN 'won' THEN 'accepted' WHEN 'lost' THEN 'declined'
                 ELSE 'sent' END,
            'fixed', 50000 + (l.id % 400) * 1000, 'EUR', 19, '[]', CURRENT_DATE,
            CURRENT_DATE + 30, 'Angebot', 1, l.responded_at, l.responded_at
        FROM lead l WHERE l.tenant_id = {BIG_TENANT} AND l.status IN ('quoted', 'won', 'lost')
          AND NOT EXISTS (SELECT 1 FROM quote q WHERE q.lead_id = l.id)"""),
        ("the long chat's customer", f"""
        INSERT INTO customer (channel, external_id, language, created_at, updated_at)
        VALUES ('webchat', '{chat_session_id}', 'de', now(), now())"""),
        ("the long chat's job and its lead at the big business", f"""
        WITH job AS (
            INSERT INTO job_request (reference, customer_id, channel, trade_code,
                description, postcode, timing, contact_preference, language, status,
                created_at, updated_at)
            SELECT 'BCHAT01', c.id, 'webchat', 'dachdecker',
                'Dach undicht seit dem Sturm, bitte anrufen', '60311', 'week', 'chat',
                'de', 'awarded', now() - interval '20 days', now()
            FROM customer c WHERE c.external_id = '{chat_session_id}'
            RETURNING id)
        INSERT INTO lead (job_request_id, tenant_id, status, offered_at, expires_at,
            responded_at, created_at, updated_at)
        SELECT id, {BIG_TENANT}, 'won', now() - interval '20 days',
            now() - interval '18 days', now() - interval '19 days', now(), now() FROM job"""),
        ("the long chat's messages", f"""
        INSERT INTO message (customer_id, channel, direction, kind, status, text, payload,
            attempts, job_request_id, created_at, updated_at)
        SELECT c.id, 'webchat', CASE WHEN g % 2 = 0 THEN 'in' ELSE 'out' END, 'text',
            CASE WHEN g % 2 = 0 THEN 'handled' ELSE 'delivered' END,
            'Nachricht ' || g || ': wann können Sie vorbeikommen?',
            '{{"choices": [{{"id": "x:1", "title": "Ja"}}]}}', 1, j.id,
            now() - interval '20 days' + g * interval '10 minutes',
            now() - interval '20 days' + g * interval '10 minutes'
        FROM generate_series(1, {CHAT_MESSAGES}) g
        JOIN customer c ON c.external_id = '{chat_session_id}'
        JOIN job_request j ON j.reference = 'BCHAT01'"""),
        ("the long job thread", f"""
        INSERT INTO thread_message (lead_id, job_request_id, tenant_id, author,
            author_user_id, text, channel_message_id, created_at)
        SELECT l.id, l.job_request_id, l.tenant_id,
            CASE WHEN g % 2 = 0 THEN 'business' ELSE 'customer' END,
            CASE WHEN g % 2 = 0 THEN (SELECT min(id) FROM user_account
                                      WHERE tenant_id = {BIG_TENANT}) END,
            'Eintrag ' || g || ': Termin am Dienstag, Tel 0171 5551234?',
            m.id, now() - interval '19 days' + g * interval '30 minutes'
        FROM generate_series(1, {THREAD_ENTRIES}) g
        JOIN job_request j ON j.reference = 'BCHAT01'
        JOIN lead l ON l.job_request_id = j.id AND l.tenant_id = {BIG_TENANT}
        LEFT JOIN LATERAL (SELECT id FROM message WHERE job_request_id = j.id
                           AND direction = 'out' ORDER BY id OFFSET g / 2 LIMIT 1) m
            ON g % 2 = 0"""),
    ]


def load(url: str, app) -> None:
    from marketplace.accounts import services as account_services
    from marketplace.accounts.models import Role
    from marketplace.channels.webchat import session_id_for
    from marketplace.db import db
    from marketplace.tenancy.models import Tenant

    log("schema from the migrations")
    build_schema(url)
    engine = sa.create_engine(url)
    steps = history_statements(20_000, 60_000, 200_000)
    for name, sql in steps:
        began = time.monotonic()
        with engine.begin() as connection:
            count = connection.exec_driver_sql(sql.replace("%", "%%")).rowcount
        log(f"{name}: {count:,} rows in {time.monotonic() - began:.1f} s")
    with app.app_context():
        tenant = db.session.get(Tenant, BIG_TENANT)
        account_services.create_user(email=OWNER_EMAIL, password=PASSWORD, role=Role.OWNER,
                                     tenant=tenant, name="Inhaberin")
        account_services.create_user(email=ADMIN_EMAIL, password=PASSWORD, role=Role.ADMIN,
                                     tenant=None, name="Admin")
        db.session.commit()
    for name, sql in concentrated_statements(session_id_for(CHAT_TOKEN)):
        began = time.monotonic()
        with engine.begin() as connection:
            count = connection.exec_driver_sql(sql.replace("%", "%%")).rowcount
        log(f"{name}: {count:,} rows in {time.monotonic() - began:.1f} s")
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM ANALYZE")
    engine.dispose()


def fixtures(app) -> dict:
    """Ids the page list needs, and a fresh API token of the big business's owner."""
    from marketplace.accounts import services as account_services
    from marketplace.api import services as api_services
    from marketplace.api.models import ApiToken
    from marketplace.db import db

    with app.app_context():
        owner = account_services.get_user_by_email(OWNER_EMAIL)
        db.session.execute(sa.update(ApiToken).where(ApiToken.user_id == owner.id)
                           .values(revoked_at=sa.func.now()))
        db.session.commit()
        _token, plain = api_services.create_token(owner.tenant, owner, name="bench")
        ids = db.session.execute(sa.text(f"""
            SELECT (SELECT l.id FROM lead l JOIN job_request j ON j.id = l.job_request_id
                    WHERE j.reference = 'BCHAT01') AS thread_lead,
                   (SELECT max(id) FROM lead WHERE tenant_id = {BIG_TENANT}
                    AND status = 'quoted') AS quoted_lead,
                   (SELECT max(id) FROM quote WHERE tenant_id = {BIG_TENANT}) AS quote,
                   (SELECT j.id FROM job_request j JOIN lead l ON l.job_request_id = j.id
                    GROUP BY j.id ORDER BY count(*) DESC, j.id LIMIT 1) AS busy_job
        """)).mappings().one()
        counts = {table: db.session.scalar(sa.text(f"SELECT count(*) FROM {table}"))
                  for table in ("job_request", "lead", "quote", "message", "thread_message")}
        counts["big_business_leads"] = db.session.scalar(sa.text(
            f"SELECT count(*) FROM lead WHERE tenant_id = {BIG_TENANT}"))
        db.session.remove()
    return {"api_token": plain, **ids, "rows": counts}


def pages(ids: dict) -> list[tuple[str, str]]:
    """(who, path): who is owner, admin, chat or api."""
    thread, quoted = ids["thread_lead"], ids["quoted_lead"]
    return [
        ("owner", "/dashboard/"),
        ("owner", "/dashboard/leads"),
        ("owner", "/dashboard/leads?status=quoted"),
        ("owner", "/dashboard/leads?page=100"),
        ("owner", f"/dashboard/leads/{quoted}"),
        ("owner", f"/dashboard/leads/{thread}"),
        ("chat", "/api/chat/messages?after=0"),
        ("admin", "/admin/jobs/"),
        ("admin", "/admin/jobs/?status=open"),
        ("admin", f"/admin/jobs/{ids['busy_job']}"),
        ("admin", "/admin/routing"),
        ("api", "/api/v1/leads"),
        ("api", "/api/v1/leads?status=quoted"),
        ("api", f"/api/v1/leads/{quoted}"),
        ("api", "/api/v1/quotes"),
        ("api", f"/api/v1/quotes/{ids['quote']}"),
        ("api", f"/api/v1/leads/{thread}/messages"),
    ]


def login_cookie(base: str, email: str) -> str:
    """The session cookie after logging in through the login form (with its CSRF token)."""
    form = requests.get(f"{base}/login", headers={"User-Agent": USER_AGENT}, timeout=10)
    csrf = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', form.text).group(1)
    # The production cookie is Secure, which requests does not send back over http.
    cookie = re.search(r"mp_session=([^;]+)", form.headers["Set-Cookie"]).group(1)
    answer = requests.post(f"{base}/login", data={"csrf_token": csrf, "email": email,
                                                 "password": PASSWORD},
                           headers={"Cookie": f"mp_session={cookie}",
                                    "User-Agent": USER_AGENT},
                           allow_redirects=False, timeout=10)
    if answer.status_code != 302:
        raise SystemExit(f"login of {email} failed: {answer.status_code}")
    return "mp_session=" + re.search(r"mp_session=([^;]+)", answer.headers["Set-Cookie"]).group(1)


def statement_counts(app, ids: dict, page_list: list[tuple[str, str]], cpu_runs: int = 0
                     ) -> tuple[dict[str, int], dict[str, float]]:
    """SQL statements of one request per page (after one warm-up request), and the median
    CPU time of `cpu_runs` requests in this process (app and driver, without the database
    server), a measure the other work on a shared machine disturbs much less than time."""
    from marketplace.db import db

    clients = {}
    for who, email in (("owner", OWNER_EMAIL), ("admin", ADMIN_EMAIL)):
        client = app.test_client()
        client.post("/login", data={"email": email, "password": PASSWORD})
        clients[who] = client
    clients["chat"] = app.test_client()
    clients["chat"].set_cookie("mp_chat", CHAT_TOKEN)
    clients["api"] = app.test_client()
    headers = {"api": {"Authorization": f"Bearer {ids['api_token']}"}}
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    with app.app_context():
        engine = db.engine
    result, cpu = {}, {}
    for who, path in page_list:
        clients[who].get(path, headers=headers.get(who, {}))
        statements.clear()
        sa.event.listen(engine, "before_cursor_execute", count)
        try:
            response = clients[who].get(path, headers=headers.get(who, {}))
        finally:
            sa.event.remove(engine, "before_cursor_execute", count)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code} in the test client")
        result[path] = len(statements)
        spent = []
        for _ in range(cpu_runs):
            began = time.process_time()
            clients[who].get(path, headers=headers.get(who, {}))
            spent.append((time.process_time() - began) * 1000)
        if spent:
            cpu[path] = round(sorted(spent)[len(spent) // 2], 1)
    return result, cpu


def cpu_seconds(group: int) -> float:
    """utime + stime of every process in gunicorn's process group (master and workers)."""
    total, ticks = 0.0, os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        if int(fields[2]) == group:
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def parse(output: str) -> dict:
    percentiles = {int(p): int(us) / 1000 for p, us in re.findall(r"PCT (\d+) (\d+)", output)}
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    timeouts = re.search(r"timeout (\d+)", output)
    return {"requests": int(re.search(r"(\d+) requests in", output).group(1)),
            "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
            "p50_ms": round(percentiles[50], 1), "p95_ms": round(percentiles[95], 1),
            "p99_ms": round(percentiles[99], 1),
            "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
            "timeouts": int(timeouts.group(1)) if timeouts else 0}


def serve(env: dict[str, str], port: int) -> subprocess.Popen:
    web = procfile_command("web").replace("${PORT:-8000}", str(port)).replace(
        "0.0.0.0", "127.0.0.1")  # noqa: S104 - replaced by loopback
    process = subprocess.Popen(web + " --log-level warning", shell=True, env=env,  # noqa: S602
                               cwd=ROOT, start_new_session=True)
    for _ in range(120):
        try:
            if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2).ok:
                time.sleep(2)  # the other workers finish importing
                return process
        except requests.RequestException:
            pass
        time.sleep(0.5)
    stop([process])
    raise SystemExit("gunicorn did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reuse", action="store_true", help="keep the loaded data")
    parser.add_argument("--duration", type=int, default=12)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--port", type=int, default=8786)
    parser.add_argument("--only", default="", help="run only pages containing this text")
    parser.add_argument("--out", default="business_pages.json")
    parser.add_argument("--cpu-runs", type=int, default=10,
                        help="requests per page timed in-process for the CPU median")
    parser.add_argument("--cpu-only", action="store_true",
                        help="only the statement counts and in-process CPU, no wrk")
    args = parser.parse_args()
    url = os.environ.get("BENCH_DATABASE_URL")
    if not url or not url.startswith("postgresql"):
        sys.exit("set BENCH_DATABASE_URL to a PostgreSQL database that may be wiped")
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/6")
    sa_url = url.replace("postgresql://", "postgresql+psycopg://", 1)

    from marketplace.app import create_app

    app = create_app("development", {"DATABASE_URL": url, "WTF_CSRF_ENABLED": False,
                                     "RATELIMIT_ENABLED": False})
    if not args.reuse:
        load(sa_url, app)
    else:
        # A data set loaded before a generator was added gets the missing rows.
        engine = sa.create_engine(sa_url)
        with engine.begin() as connection:
            connection.exec_driver_sql(concentrated_statements("")[0][1])
        engine.dispose()
    ids = fixtures(app)
    log(json.dumps(ids["rows"]))
    page_list = [(who, path) for who, path in pages(ids) if args.only in path]
    counts, cpu_in_process = statement_counts(app, ids, page_list, args.cpu_runs)
    if args.cpu_only:
        for _who, path in page_list:
            log(f"{path:<45} {counts[path]:>5} statements  {cpu_in_process.get(path)} ms CPU "
                f"in-process")
        out = Path(ROOT) / "bench" / "results" / args.out
        out.write_text(json.dumps({"rows": ids["rows"], "at": time.strftime(
            "%Y-%m-%d %H:%M UTC", time.gmtime()), "loadavg": os.getloadavg(), "pages": [
            {"page": path, "statements": counts[path],
             "cpu_ms_in_process": cpu_in_process.get(path)}
            for _who, path in page_list]}, indent=1))
        return

    env = environment(url, redis_url, "http://127.0.0.1:9")
    server = serve(env, args.port)
    base = f"http://127.0.0.1:{args.port}"
    results = []
    try:
        headers = {"owner": f"Cookie: {login_cookie(base, OWNER_EMAIL)}",
                   "admin": f"Cookie: {login_cookie(base, ADMIN_EMAIL)}",
                   "chat": f"Cookie: mp_chat={CHAT_TOKEN}",
                   "api": f"Authorization: Bearer {ids['api_token']}"}
        script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)  # noqa: SIM115
        with script:
            script.write(LUA_DONE)
        for who, path in page_list:
            try:
                check = requests.get(base + path, headers={
                    "User-Agent": USER_AGENT, **dict([headers[who].split(": ", 1)])},
                    allow_redirects=False, timeout=60)
            except requests.RequestException as error:
                results.append({"page": path, "who": who, "error": type(error).__name__,
                                "statements": counts[path]})
                log(f"{path:<45} no answer within 60 s ({counts[path]} statements)")
                continue
            if check.status_code != 200:
                raise SystemExit(f"{path} answered {check.status_code}")
            cpu_before = cpu_seconds(server.pid)
            output = subprocess.run(  # noqa: S603
                [shutil.which("wrk") or "/usr/bin/wrk", "-t", str(min(2, args.connections)),
                 "-c", str(args.connections),
                 "-d", f"{args.duration}s", "--timeout", "10s", "-s", script.name,
                 "-H", headers[who], "-H", f"User-Agent: {USER_AGENT}", base + path],
                capture_output=True, text=True, check=True).stdout
            cpu = cpu_seconds(server.pid) - cpu_before
            with open("/proc/loadavg") as handle:
                load_average = handle.read().split()[:3]
            row = {"page": path, "who": who, **parse(output), "statements": counts[path],
                   "cpu_ms_in_process": cpu_in_process.get(path),
                   "bytes": len(check.content), "loadavg": load_average}
            row["web_cpu_ms_per_request"] = round(cpu * 1000 / max(row["requests"], 1), 1)
            log(f"{path:<45} {row['rps']:>7.1f} req/s  p50 {row['p50_ms']:>6.1f}  "
                f"p95 {row['p95_ms']:>6.1f}  p99 {row['p99_ms']:>6.1f} ms  "
                f"{row['statements']:>3} statements  cpu {row['web_cpu_ms_per_request']} ms  "
                f"non-2xx {row['non_2xx']}  load {' '.join(load_average)}")
            results.append(row)
        os.unlink(script.name)
    finally:
        stop([server])
    out = Path(ROOT) / "bench" / "results" / args.out
    out.write_text(json.dumps({"rows": ids["rows"], "connections": args.connections,
                               "ids": {key: value for key, value in ids.items()
                                       if key not in ("api_token", "rows")},
                               "duration_s": args.duration,
                               "at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                               "pages": results}, indent=1))
    log(f"written {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
