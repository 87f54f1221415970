"""All of issue 16's benchmarks in one command, and one table of their results.

    python3 bench/run_all.py                    # the full run, about 25 minutes with the
                                                # kept databases loaded (see bench/README.md)
    python3 bench/run_all.py --quick            # smoke run: short durations, small data
    python3 bench/run_all.py --only e2e,ingest  # some steps (--skip NAMES: all but these);
                                                # --merge keeps the other steps' last results
    python3 bench/run_all.py --render-only      # rewrite the table from run_all.json

Each step runs one of the existing scripts as a subprocess with the options bench/README.md
documents: e2e (bench/e2e_messages.py), ingest (ingest_bench.py), ingest_cpu (ingest_cpu.py:
CPU and database round trips per webhook in one process), pages (business_pages_bench.py),
media (media_memory.py), routing (routing_bench.py). It notes /proc/loadavg before and after
each step (and the highest 1-minute value while it ran), collects each script's JSON file
(bench/results/run_all/<step>.json; the console output goes to <step>.log beside it),
writes bench/results/run_all.json and puts the summary table, in the shape of issue 16's,
between the run_all markers in bench/README.md.

Databases (each step gets its own as BENCH_DATABASE_URL, never one for all: e2e and ingest
drop theirs):
    BENCH_E2E_DATABASE_URL      dropped and created by the step (default bench_run_all_e2e)
    BENCH_INGEST_DATABASE_URL   dropped and created per run, also by ingest_cpu
                                (default bench_run_all_ingest)
    BENCH_PAGES_DATABASE_URL    kept between runs (default bench_pages_scale)
    BENCH_ROUTING_DATABASE_URL  kept between runs (default bench_routing_scale)
    BENCH_REDIS_URL             every step's Redis; e2e flushes it (default redis://…/9)
    BENCH_PORT_BASE             first of three loopback ports for gunicorn (default 8870)
A kept database is created if missing, brought to the newest migration and used with
--reuse when it holds the data set; an empty one is loaded (pages about 1 minute, routing
at 1,000,000 businesses about 5 minutes on a quiet machine). One that holds a different data
set (say routing with fewer businesses) is only wiped and loaded again with --reload.

This module imports only the standard library at import time (the test of its table,
tests/bench/test_run_all.py, loads it during collection).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shlex
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
STEP_DIR = "run_all"  # step outputs, inside RESULTS
RUN_FILE = RESULTS / "run_all.json"
README = ROOT / "bench" / "README.md"
BEGIN = "<!-- run_all:begin -->"
END = "<!-- run_all:end -->"
SERVER = "postgresql://postgres@127.0.0.1:5432"

# Issue 16's targets.
REPLY_P95_S = 1.0
INGEST_CPU_MS = 1.5
X_REFERENCE = 0.8
X_ACK_ONLY = 0.25
ROUND_TRIPS = 2
PAGE_P95_MS = 100.0
IMAGE_MIB = 64.0
ROUTING_P99_MS = 3.0
RATES = (10, 25, 50, 80)
MAIN_RATE, STRETCH_RATE = 50, 80
ROUTING_BUSINESSES = 1_000_000
ROUTING_BUSINESSES_QUICK = 20_000
PAGES_BIG_LEADS = 6000  # business_pages_bench.BIG_LEADS
PAGES_OWNER = "bench-owner@example.com"  # business_pages_bench.OWNER_EMAIL


@dataclass(frozen=True)
class Step:
    name: str
    title: str
    script: str
    full: tuple[str, ...]
    quick: tuple[str, ...]
    database_variable: str | None = None
    default_database: str | None = None
    kept: bool = False  # a big data set kept between runs (--reuse)
    port: int | None = None  # offset from BENCH_PORT_BASE


STEPS = (
    Step("e2e", "inbound message → bot reply", "e2e_messages.py",
         ("--rates", "10,25,50,80", "--duration", "60", "--workers", "2"),
         ("--rates", "10,25,50,80", "--duration", "5", "--drain", "20", "--workers", "2"),
         "BENCH_E2E_DATABASE_URL", "bench_run_all_e2e", port=0),
    # Ten seconds per target, three rounds in turn: 30 s each, sharing the machine's load.
    Step("ingest", "webhook ingest (wrk)", "ingest_bench.py",
         ("--duration", "10", "--rounds", "3"), ("--duration", "3", "--rounds", "1"),
         "BENCH_INGEST_DATABASE_URL", "bench_run_all_ingest", port=1),
    Step("ingest_cpu", "webhook CPU and round trips in one process", "ingest_cpu.py",
         ("--requests", "3000"), ("--requests", "400"),
         "BENCH_INGEST_DATABASE_URL", "bench_run_all_ingest"),
    # One connection: each page's own latency, as in the quiet run of 3 December.
    Step("pages", "business pages (wrk)", "business_pages_bench.py",
         ("--connections", "1", "--duration", "10"),
         ("--connections", "1", "--duration", "2", "--cpu-runs", "0"),
         "BENCH_PAGES_DATABASE_URL", "bench_pages_scale", kept=True, port=2),
    Step("media", "image clean-up memory", "media_memory.py", (), ()),
    Step("routing", "routing query at 1 M businesses", "routing_bench.py",
         ("--queries", "1000"), ("--queries", "100", "--postcodes", "50"),
         "BENCH_ROUTING_DATABASE_URL", "bench_routing_scale", kept=True),
)
STEP_NAMES = tuple(step.name for step in STEPS)


# ---------------------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------------------

def load_average() -> list[float]:
    with open("/proc/loadavg") as handle:
        return [float(value) for value in handle.read().split()[:3]]


class LoadSampler(threading.Thread):
    """The highest 1-minute load average while a step runs (sampled every 5 s)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.highest = load_average()[0]
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(5):
            self.highest = max(self.highest, load_average()[0])


def database_url(step: Step) -> str | None:
    if not step.database_variable:
        return None
    return os.environ.get(step.database_variable) or f"{SERVER}/{step.default_database}"


def redis_url() -> str:
    return os.environ.get("BENCH_REDIS_URL") or "redis://127.0.0.1:6379/9"


def _connect(url: str):
    import psycopg  # a project dependency; imported here so that importing this stays light

    return psycopg.connect(url, autocommit=True, connect_timeout=10)


def ensure_database(url: str) -> bool:
    """Creates the database if it is missing; True if it was created."""
    server, name = url.rsplit("/", 1)
    with _connect(f"{server}/postgres") as connection:
        if connection.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                              (name,)).fetchone():
            return False
        connection.execute(f'CREATE DATABASE "{name}"')
    return True


def kept_data(step: Step, url: str) -> int:
    """How much of the step's data set the database holds: businesses for routing, the big
    business's leads for pages (0 when its owner is missing), 0 for an empty schema."""
    with _connect(url) as connection:
        if step.name == "routing":
            if not connection.execute("SELECT to_regclass('public.routing_listing')"
                                      ).fetchone()[0]:
                return 0
            return connection.execute("SELECT count(*) FROM tenant").fetchone()[0]
        if not connection.execute("SELECT to_regclass('public.user_account')").fetchone()[0]:
            return 0
        if not connection.execute("SELECT 1 FROM user_account WHERE email = %s",
                                  (PAGES_OWNER,)).fetchone():
            return 0
        return connection.execute("SELECT count(*) FROM lead WHERE tenant_id = 1").fetchone()[0]


def has_tables(url: str) -> bool:
    """Whether the database holds any table: then it is someone's, and wiping it needs
    --reload (an empty schema may be a load under way in another session)."""
    with _connect(url) as connection:
        return bool(connection.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'public')").fetchone()[0])


def upgrade(url: str, env: dict[str, str]) -> None:
    """The kept data set brought to this checkout's newest migration (a no-op when it is)."""
    code = ("from flask_migrate import upgrade\n"
            "from marketplace.app import create_app\n"
            f"app = create_app('development', {{'DATABASE_URL': {url!r}}})\n"
            "with app.app_context():\n    upgrade()\n")
    subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True,  # noqa: S603
                   capture_output=True, timeout=1800)


def prepare(step: Step, url: str, env: dict[str, str], *, quick: bool, reload: bool) -> dict:
    """For a kept database: create it if missing, decide between --reuse and loading."""
    began = time.monotonic()
    created = ensure_database(url)
    needed = (1 if quick else ROUTING_BUSINESSES) if step.name == "routing" else PAGES_BIG_LEADS
    held = 0 if created else kept_data(step, url)
    note = {"database": url.rsplit("/", 1)[1], "created": created, "held": held}
    if held >= needed:
        upgrade(url, env)
        note.update(reuse=True, upgrade_seconds=round(time.monotonic() - began, 1))
    elif created or reload or not has_tables(url):
        note["reuse"] = False
    else:
        note["refused"] = (f"{note['database']} holds other data ({held:,} rather than "
                           f"{needed:,}); pass --reload to wipe and load it")
    return note


def command(step: Step, *, quick: bool, reuse: bool, port_base: int,
            extra: list[str]) -> list[str]:
    argv = [sys.executable, str(ROOT / "bench" / step.script)]
    argv += list(step.quick if quick else step.full)
    if step.kept and reuse:
        argv.append("--reuse")
    if step.name == "routing" and quick and not reuse:
        argv += ["--businesses", str(ROUTING_BUSINESSES_QUICK)]
    if step.port is not None:
        argv += ["--port", str(port_base + step.port)]
    argv += ["--out", f"{STEP_DIR}/{step.name}.json"]
    return argv + extra


def printable(argv: list[str], env_shown: dict[str, str]) -> str:
    words = ["python3", str(Path(argv[1]).relative_to(ROOT)), *argv[2:]]
    return " ".join([*(f"{key}={value}" for key, value in env_shown.items()),
                     *(shlex.quote(word) for word in words)])


def start_time(pid: int) -> str | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def descendants(pid: int) -> list[tuple[int, str]]:
    """(id, start time) of every process below `pid`."""
    found, queue = [], [pid]
    while queue:
        parent = queue.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                children = [int(child) for child in (task / "children").read_text().split()]
            except OSError:
                continue
            for child in children:
                since = start_time(child)
                if since is not None:
                    found.append((child, since))
                    queue.append(child)
    return found


class Child:
    """The step's script in its own session; stopped with SIGINT (its `finally` stops the
    gunicorn and worker processes it started), then SIGKILL."""

    def __init__(self, argv: list[str], env: dict[str, str], log: Path) -> None:
        self.log = log
        self.timed_out = False
        self.process = subprocess.Popen(  # noqa: S603 - our own scripts
            argv, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True, bufsize=1, start_new_session=True)

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        started = descendants(self.process.pid)
        try:
            os.killpg(self.process.pid, signal.SIGINT)
            self.process.wait(timeout=90)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        # What the script started in sessions of their own (gunicorn, workers) and left
        # behind: each by its id, checked against its start time so a reused id is spared.
        for signal_number in (signal.SIGTERM, signal.SIGKILL):
            alive = [pid for pid, since in started if start_time(pid) == since]
            for pid in alive:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal_number)
            deadline = time.monotonic() + 20
            while alive and time.monotonic() < deadline:
                time.sleep(0.5)
                alive = [pid for pid, since in started if start_time(pid) == since]

    def expire(self) -> None:
        self.timed_out = True
        self.stop()

    def follow(self, name: str, timeout: float) -> tuple[int, bool]:
        timer = threading.Timer(timeout, self.expire)
        timer.start()
        try:
            with open(self.log, "w") as log:
                for line in self.process.stdout:
                    log.write(line)
                    log.flush()
                    print(f"[{name}] {line}", end="", flush=True)
            return self.process.wait(), self.timed_out
        finally:
            timer.cancel()


def run_step(step: Step, args: argparse.Namespace) -> dict:
    url = database_url(step)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BENCH_REDIS_URL": redis_url()}
    env.pop("BENCH_DATABASE_URL", None)
    shown = {}
    if url:
        env["BENCH_DATABASE_URL"] = shown["BENCH_DATABASE_URL"] = url
    if step.name in ("e2e", "ingest", "ingest_cpu", "pages"):
        shown["BENCH_REDIS_URL"] = redis_url()
    record: dict = {"step": step.name, "title": step.title,
                    "started_at": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())}
    began = time.monotonic()
    reuse = False
    if step.kept and url:
        record["database"] = note = prepare(step, url, env, quick=args.quick,
                                            reload=args.reload)
        if "refused" in note:
            record.update(status="not run", error=note["refused"], seconds=0)
            print(f"[{step.name}] not run: {note['refused']}", flush=True)
            return record
        reuse = note["reuse"]
    argv = command(step, quick=args.quick, reuse=reuse, port_base=args.port_base,
                   extra=shlex.split(args.extra.get(step.name, "")))
    record["command"] = printable(argv, {key: value.replace(SERVER, "…")
                                         for key, value in shown.items()})
    out = RESULTS / STEP_DIR / f"{step.name}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    print(f"[{step.name}] {record['command']}", flush=True)
    sampler = LoadSampler()
    record["loadavg_before"] = load_average()
    sampler.start()
    child = Child(argv, env, out.with_suffix(".log"))
    try:
        returncode, timed_out = child.follow(step.name, args.timeout * 60)
    except BaseException:  # Ctrl-C: the script stops what it started
        child.stop()
        raise
    finally:
        sampler.done.set()
    record["loadavg_after"] = load_average()
    record["loadavg_highest"] = max(sampler.highest, record["loadavg_after"][0])
    record["seconds"] = round(time.monotonic() - began, 1)
    record["returncode"] = returncode
    record["log"] = str(out.with_suffix(".log").relative_to(ROOT))
    if returncode == 0 and out.exists():
        record["status"] = "done"
        record["result_file"] = str(out.relative_to(ROOT))
        record["result"] = json.loads(out.read_text())
    else:
        record["status"] = "failed"
        tail = out.with_suffix(".log").read_text().splitlines()[-5:]
        record["error"] = (f"timed out after {args.timeout:g} min; " if timed_out else
                           f"exit code {returncode}; ") + " / ".join(tail)
    return record


def git(*words: str) -> str:
    try:
        return subprocess.run(["git", *words], cwd=ROOT, capture_output=True,  # noqa: S603,S607
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def run(args: argparse.Namespace) -> dict:
    chosen = [step for step in STEPS if step.name in args.only
              and step.name not in args.skip]
    previous = json.loads(RUN_FILE.read_text()) if args.merge and RUN_FILE.exists() else {}
    started = time.time()
    report = {"mode": "quick" if args.quick else "full",
              "command": " ".join(["python3 bench/run_all.py", *sys.argv[1:]]),
              "started_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(started)),
              "commit": git("rev-parse", "--short", "HEAD"),
              "dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
              "cpus": os.cpu_count(), "loadavg_start": load_average(), "steps": {}}
    for name, record in previous.get("steps", {}).items():
        if name not in {step.name for step in chosen}:
            report["steps"][name] = {**record, "carried_over_from": previous.get("started_at")}
    try:
        for step in chosen:
            report["steps"][step.name] = run_step(step, args)
            write(report, started, readme=False)
    except BaseException:
        # The figures so far stay in run_all.json; the README keeps the last whole run's
        # table (--render-only puts this one there).
        report["interrupted"] = True
        write(report, started, readme=False)
        raise
    write(report, started)
    return report


def write(report: dict, started: float, *, readme: bool = True) -> None:
    report["finished_at"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    report["seconds"] = round(time.time() - started, 1)
    report["steps"] = {name: report["steps"][name] for name in STEP_NAMES
                       if name in report["steps"]}
    RESULTS.mkdir(parents=True, exist_ok=True)
    RUN_FILE.write_text(json.dumps(report, indent=1) + "\n")
    if readme:
        write_readme(render(report))


# ---------------------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------------------

MET, MISSED, NOT_RUN = "met", "missed", "not run"


@dataclass
class Row:
    what: str
    measured: str
    target: str
    status: str
    load: str


def _load(before, after=None) -> str:
    def one(value) -> str:
        if isinstance(value, str):
            value = value.split()[0]
        elif isinstance(value, list | tuple):
            value = value[0]
        return f"{float(value):.1f}"

    if before is None:
        return "–"
    return one(before) if after is None else f"{one(before)} → {one(after)}"


def _result(report: dict, name: str) -> tuple[dict | None, dict]:
    record = report.get("steps", {}).get(name) or {}
    return (record.get("result") if record.get("status") == "done" else None), record


def _missing(record: dict) -> str:
    if not record:
        return NOT_RUN
    return "failed (see the step's log)" if record.get("status") == "failed" else NOT_RUN


def _verdict(ok: bool) -> str:
    return MET if ok else MISSED


def _step_load(record: dict) -> str:
    return _load(record.get("loadavg_before"), record.get("loadavg_after"))


def e2e_rows(report: dict) -> list[Row]:
    result, record = _result(report, "e2e")
    duration = f" for {result['duration']:g} s" if result else ""
    workers = f"{result['workers']} workers" if result else "2 workers"
    by_rate = {round(row["rate"]): row for row in (result or {}).get("results", [])}
    rows = []
    for rate in sorted({*RATES, *by_rate}):
        what = f"inbound message → bot reply sent, {workers}, {rate} msg/s{duration}"
        target = (f"stretch: p95 ≤ {REPLY_P95_S:g} s" if rate == STRETCH_RATE else
                  f"**p95 ≤ {REPLY_P95_S:g} s**, everyone answered" if rate == MAIN_RATE else
                  f"p95 ≤ {REPLY_P95_S:g} s, everyone answered")
        row = by_rate.get(rate)
        if row is None:
            rows.append(Row(what, _missing(record), target, NOT_RUN, "–"))
            continue
        requests = row.get("requests") or {}
        if requests.get("count"):
            measured = (f"p50 {requests['p50']:.2f} s / p95 {requests['p95']:.2f} s / "
                        f"p99 {requests['p99']:.2f} s")
        else:
            measured = "no request answered"
        measured += f"; {row['answered']:,} of {row['customers']:,} customers answered"
        if row.get("more_than_one_reply"):
            measured += f", {row['more_than_one_reply']} answered twice"
        if row.get("non_2xx"):
            measured += f", {row['non_2xx']} webhooks not accepted"
        ok = (bool(requests.get("count")) and requests["p95"] <= REPLY_P95_S
              and not row.get("unanswered") and not row.get("non_2xx"))
        rows.append(Row(what, measured, target, _verdict(ok),
                        _load(row.get("loadavg_before"), row.get("loadavg_after"))))
    return rows


def ingest_rows(report: dict) -> list[Row]:
    result, record = _result(report, "ingest")
    summary = (result or {}).get("summary", [])
    connections = sorted({line["connections"] for line in summary}) or [16, 64]
    rows = []
    for count in connections:
        lines = {line["target"]: line for line in summary if line["connections"] == count}
        app, reference, ack = (lines.get(name) for name in ("app", "reference", "ack-only"))
        loads = [float(row["loadavg"][0]) for row in (result or {}).get("results", [])
                 if row["connections"] == count and row.get("loadavg")]
        load = (f"{min(loads):.1f}–{max(loads):.1f} (after each run)" if loads else "–")
        rounds = f", {app['rounds']} × {result['duration']} s" if app and result else ""
        specs = [
            (f"webhook ingest, CPU per request, {count} connections{rounds}",
             f"≤ {INGEST_CPU_MS:g} ms",
             lambda app=app, reference=reference, ack=ack: (
                 f"{app['cpu_ms_per_request']:.2f} ms" + (
                     f" (reference {reference['cpu_ms_per_request']:.2f}, ack-only "
                     f"{ack['cpu_ms_per_request']:.2f})" if reference and ack else ""),
                 app["cpu_ms_per_request"] <= INGEST_CPU_MS)),
            (f"webhook ingest throughput ÷ the reference's, {count} connections",
             f"≥ {X_REFERENCE:g} ×",
             lambda app=app, reference=reference: (
                 f"{app['x_reference']:.2f} × ({app['rps']:,.0f} vs {reference['rps']:,.0f}"
                 " req/s)", app["x_reference"] >= X_REFERENCE)),
            (f"webhook ingest throughput ÷ ack-only's, {count} connections",
             f"≥ {X_ACK_ONLY:g} ×",
             lambda app=app, ack=ack: (
                 f"{app['x_ack-only']:.2f} × ({app['rps']:,.0f} vs {ack['rps']:,.0f} req/s)",
                 app["x_ack-only"] >= X_ACK_ONLY)),
            (f"webhook ingest: non-2xx answers, every body stored once, {count} connections",
             "0; exactly once",
             lambda app=app: (
                 f"{app['non_2xx']} non-2xx; "
                 f"{'exactly once' if app.get('exactly_once') else 'NOT exactly once'} "
                 f"({app.get('stored', 0):,} rows)",
                 app["non_2xx"] == 0 and bool(app.get("exactly_once")))),
        ]
        for what, target, figure in specs:
            try:
                measured, ok = figure()
            except (KeyError, TypeError):
                rows.append(Row(what, _missing(record) if not app else "no figure", target,
                                NOT_RUN, load))
                continue
            rows.append(Row(what, measured, target, _verdict(ok), load))
    cpu, record = _result(report, "ingest_cpu")
    what_cpu = "webhook CPU per request in one process (app; the reference beside it)"
    what_trips = "database round trips per webhook (libpq trace)"
    if cpu is None:
        rows += [Row(what_cpu, _missing(record), f"≤ {INGEST_CPU_MS:g} ms", NOT_RUN, "–"),
                 Row(what_trips, _missing(record), f"1–{ROUND_TRIPS}", NOT_RUN, "–")]
        return rows
    load = _step_load(record)
    app_ms, reference_ms = (cpu["cpu_ms_per_request"][name] for name in ("app", "reference"))
    rows.append(Row(what_cpu, f"{app_ms:.2f} ms (reference {reference_ms:.2f} ms; "
                    f"{cpu['requests']:,} requests each)", f"≤ {INGEST_CPU_MS:g} ms",
                    _verdict(app_ms <= INGEST_CPU_MS), load))
    trips = cpu["database_round_trips_per_request"]
    rows.append(Row(what_trips, f"{trips:.2f} (over {cpu['round_trip_requests']} webhooks)",
                    f"1–{ROUND_TRIPS}", _verdict(trips <= ROUND_TRIPS), load))
    return rows


def page_label(path: str, ids: dict) -> str:
    """The page type: ids of the data set replaced by what they stand for."""
    names = {"thread_lead": "{lead with a 400-entry thread}", "quoted_lead": "{lead}",
             "quote": "{quote}", "busy_job": "{job}"}
    parts = path.split("/")
    by_value = {str(value): names.get(key, "{id}") for key, value in ids.items()}
    return "/".join(by_value.get(part, part) for part in parts)


def pages_rows(report: dict) -> list[Row]:
    result, record = _result(report, "pages")
    target = f"≤ {PAGE_P95_MS:g} ms"
    what = "business pages, p95 of the slowest page type"
    if result is None:
        return [Row(what, _missing(record), target, NOT_RUN, "–")]
    data = result.get("rows", {})
    if data:
        what += (f" ({data.get('job_request', 0):,} jobs, {data.get('lead', 0):,} leads, "
                 f"{data.get('message', 0):,} messages; {data.get('big_business_leads', 0):,}"
                 " leads on one business)")
    ids = result.get("ids", {})
    rows, slowest = [], []  # slowest: (p95 or infinity, label, figure)
    for page in result.get("pages", []):
        label = page_label(page["page"], ids)
        each = f"business page p95: `{label}`"
        if "error" in page:
            rows.append(Row(each, f"no answer within 60 s ({page['error']})", target, MISSED,
                            "–"))
            slowest.append((float("inf"), label, "no answer within 60 s"))
            continue
        failures = page.get("non_2xx", 0) + page.get("timeouts", 0)
        measured = (f"{page['p95_ms']:.1f} ms (p50 {page['p50_ms']:.1f}, p99 "
                    f"{page['p99_ms']:.1f}; {page['rps']:.1f} req/s; "
                    f"{page['statements']} statements)")
        if failures:
            measured += f"; {page.get('non_2xx', 0)} non-2xx, {page.get('timeouts', 0)} timeouts"
        rows.append(Row(each, measured, target,
                        _verdict(page["p95_ms"] <= PAGE_P95_MS and not failures),
                        _load(page.get("loadavg"))))
        slowest.append((page["p95_ms"], label, f"{page['p95_ms']:.1f} ms"))
    if not rows:
        return [Row(what, "no page measured", target, NOT_RUN, "–")]
    _p95, label, figure = max(slowest, key=lambda entry: entry[0])
    within = sum(row.status == MET for row in rows)
    head = Row(what, f"{figure}: `{label}`; {within} of {len(rows)} page types within the "
               "target", target, _verdict(within == len(rows)), _step_load(record))
    return [head, *rows]


def media_rows(report: dict) -> list[Row]:
    result, record = _result(report, "media")
    if result is None:
        return [Row("image clean-up peak memory (VmHWM)", _missing(record),
                    f"≤ {IMAGE_MIB:g} MiB per image", NOT_RUN, "–")]
    budget = float(result.get("budget_mib", IMAGE_MIB))
    rows = []
    for image in result.get("rows", []):
        refused_expected = "bomb" in image["image"].lower()
        refused = image["outcome"].startswith("refused")
        target = (f"refused from the header, ≤ {budget:g} MiB" if refused_expected
                  else f"≤ {budget:g} MiB")
        ok = image["delta_mib"] <= budget and refused == refused_expected
        rows.append(Row(f"image clean-up peak memory: {image['image']}, {image['pixels']}",
                        f"+{image['delta_mib']:.1f} MiB ({image['outcome']})", target,
                        _verdict(ok), _load(result.get("load_average"))))
    return rows


def routing_rows(report: dict) -> list[Row]:
    result, record = _result(report, "routing")
    rows = []
    radii = (result or {}).get("radii", {})
    for radius in sorted({"25", "50", *radii}, key=float):
        businesses = f"{result['businesses']:,}" if result else "1,000,000"
        what = f"routing query through the routing function, {businesses} businesses, {radius} km"
        target = f"p99 ≤ {ROUTING_P99_MS:g} ms"
        figures = radii.get(radius)
        if figures is None:
            rows.append(Row(what, _missing(record), target, NOT_RUN, "–"))
            continue
        service = figures["service"]
        measured = (f"p99 {service['p99_ms']:.2f} ms (p50 {service['p50_ms']:.2f}, p95 "
                    f"{service['p95_ms']:.2f}; SQL alone p99 {figures['sql']['p99_ms']:.2f}, "
                    f"server p99 {figures['server']['p99_ms']:.2f}; {figures['queries']:,} "
                    "queries)")
        rows.append(Row(what, measured, target, _verdict(service["p99_ms"] <= ROUTING_P99_MS),
                        _load(figures.get("load_average_before"),
                              figures.get("load_average_after"))))
    return rows


def rows(report: dict) -> list[Row]:
    return (e2e_rows(report) + ingest_rows(report) + pages_rows(report) + media_rows(report)
            + routing_rows(report))


def _minutes(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    return f"{seconds / 60:.1f} min" if seconds >= 60 else f"{seconds:.0f} s"


def render(report: dict) -> str:
    table = rows(report)
    lines = []
    if report.get("mode") == "quick":
        lines += ["**Quick smoke run (`--quick`): short durations and small data; these "
                  "figures show that every step works, they are not measurements** (a 3 s "
                  "ingest run's CPU per request includes the web workers' warm-up, 5 s per "
                  "rate is mostly a backlog's start, routing ran on whatever data set the "
                  "database held).", ""]
    if report.get("interrupted"):
        lines += ["**This run was interrupted: the steps after the last one shown did not "
                  "run.**", ""]
    dirty = " with uncommitted changes" if report.get("dirty") else ""
    lines += [f"Run of {report.get('started_at', '?')} to {report.get('finished_at', '?')} "
              f"(`{report.get('command', 'python3 bench/run_all.py')}`, "
              f"{_minutes(report.get('seconds'))}), commit {report.get('commit') or '?'}"
              f"{dirty}, {report.get('cpus', '?')} cores. Load average (1 min) before → "
              "after each step or rate; raw figures in `bench/results/run_all.json`.",
              "", "| what | measured | target | | load average |", "|---|---|---|---|---|"]
    for row in table:
        status = {MET: "met", MISSED: "**missed**"}.get(row.status, row.status)
        lines.append(f"| {row.what} | {row.measured} | {row.target} | {status} | {row.load} |")
    met = sum(row.status == MET for row in table)
    missed = sum(row.status == MISSED for row in table)
    lines += ["", f"{met} met, {missed} missed, {len(table) - met - missed} not run.", "",
              "| step | command | took | load average before → after (highest) | result |",
              "|---|---|---|---|---|"]
    for name in STEP_NAMES:
        record = report.get("steps", {}).get(name)
        if not record:
            continue
        load = _step_load(record)
        if record.get("loadavg_highest") is not None:
            load += f" ({record['loadavg_highest']:.1f})"
        took = _minutes(record.get("seconds"))
        database = record.get("database") or {}
        if database.get("reuse"):
            took += f" (kept data set reused: {database['database']})"
        elif "reuse" in database:
            took += f" (including loading {database['database']})"
        outcome = record.get("result_file") or record.get("error") or record.get("status")
        if record.get("carried_over_from"):
            outcome += f" (from the run of {record['carried_over_from']})"
        command_text = record.get("command", "–").replace("|", "\\|")
        lines.append(f"| {name} | `{command_text}` | {took} | {load} | "
                     f"{str(outcome).replace('|', '/')} |")
    return "\n".join(lines)


def replace_block(text: str, block: str) -> str:
    """`block` between the markers; the markers are added before the first section heading
    after the title when the file has none yet."""
    wrapped = f"{BEGIN}\n{block}\n{END}"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        return head + wrapped + rest.split(END, 1)[1]
    at = text.find("\n## ")
    at = len(text) if at < 0 else at + 1
    return text[:at] + wrapped + "\n\n" + text[at:]


def write_readme(block: str) -> None:
    README.write_text(replace_block(README.read_text(), block))


# ---------------------------------------------------------------------------------------

def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])

    def names(value: str) -> list[str]:
        chosen = [name.strip() for name in value.split(",") if name.strip()]
        unknown = set(chosen) - set(STEP_NAMES)
        if unknown:
            raise argparse.ArgumentTypeError(
                f"unknown step {', '.join(sorted(unknown))}; steps: {', '.join(STEP_NAMES)}")
        return chosen

    def extra(value: str) -> tuple[str, str]:
        name, _, words = value.partition("=")
        names(name)
        return name, words

    parser.add_argument("--only", type=names, default=list(STEP_NAMES),
                        help=f"comma-separated steps to run, of {', '.join(STEP_NAMES)}")
    parser.add_argument("--skip", type=names, default=[], help="steps not to run")
    parser.add_argument("--quick", action="store_true",
                        help="smoke run: short durations, small data (not a measurement)")
    parser.add_argument("--merge", action="store_true",
                        help="keep the last run_all.json's results of the steps not run now")
    parser.add_argument("--reload", action="store_true",
                        help="wipe and load a kept database that holds another data set")
    parser.add_argument("--render-only", action="store_true",
                        help="only rewrite the README table from bench/results/run_all.json")
    parser.add_argument("--timeout", type=float, default=None,
                        help="minutes per step before it is stopped (default 90, quick 20)")
    parser.add_argument("--args", dest="extra", type=extra, action="append", default=[],
                        metavar="STEP=ARGS", help="more options for one step's script, e.g. "
                        "--args 'pages=--connections 4'")
    args = parser.parse_args(argv)
    args.extra = dict(args.extra)
    args.timeout = args.timeout or (20 if args.quick else 90)
    args.port_base = int(os.environ.get("BENCH_PORT_BASE", "8870"))
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.render_only:
        write_readme(render(json.loads(RUN_FILE.read_text())))
        print(f"table rewritten in {README.relative_to(ROOT)}")
        return
    def interrupt(_signal, _frame):
        raise KeyboardInterrupt

    # Stopped with SIGTERM as with Ctrl-C: the running script is stopped with SIGINT, so
    # that it stops the servers and workers it started, and the figures so far are written.
    signal.signal(signal.SIGTERM, interrupt)
    report = run(args)
    print(render(report))
    print(f"\nwritten: {RUN_FILE.relative_to(ROOT)}, table in {README.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
