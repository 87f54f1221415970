"""End to end: signed WhatsApp webhooks in, the bot's reply out, under an open-loop load.

The production setup on this machine: gunicorn serving `create_app('production')`, the
Procfile's `flask worker` processes, PostgreSQL, Redis and a loopback stand-in for Meta's
Graph API that records when each reply arrives. Each message comes from a new number (a new
customer whose first words are answered by the intake bot). For every rate the schedule is
fixed in advance (open loop: a slow platform does not slow the sender down), and the
latency of a message is the time from sending its webhook to its first reply reaching the
stand-in.

    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench_e2e \\
    BENCH_REDIS_URL=redis://127.0.0.1:6379/9 \\
    python bench/e2e_messages.py --rates 10,25,50,80 --duration 60 --workers 2

The database is dropped and created; the Redis db is flushed. Results are printed and
written to bench/results/e2e_messages.json.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import hmac
import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import requests
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
PHONE_NUMBER_ID = "220000000000002"
APP_SECRET = "bench-app-secret"  # noqa: S105 - the stand-in's, not a real one
ACCESS_TOKEN = "bench-access-token"  # noqa: S105


class GraphStandIn:
    """Answers /messages as the Graph API does and notes the first reply per number."""

    def __init__(self) -> None:
        self.first_reply: dict[str, float] = {}
        self.replies: dict[str, int] = {}
        self.lock = threading.Lock()
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args):
                return

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                now = time.monotonic()
                try:
                    to = json.loads(body).get("to", "").lstrip("+")
                except ValueError:
                    to = ""
                with stand_in.lock:
                    stand_in.first_reply.setdefault(to, now)
                    stand_in.replies[to] = stand_in.replies.get(to, 0) + 1
                answer = json.dumps({"messaging_product": "whatsapp",
                                     "contacts": [{"input": to, "wa_id": to}],
                                     "messages": [{"id": f"wamid.B{time.time_ns()}"}]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/v23.0"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def webhook_body(number: str, sequence: int, text: str | None = None) -> bytes:
    return json.dumps({"object": "whatsapp_business_account", "entry": [{
        "id": "310000000000001", "changes": [{"field": "messages", "value": {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "4930123456",
                         "phone_number_id": PHONE_NUMBER_ID},
            "contacts": [{"profile": {"name": "Bench"}, "wa_id": number}],
            "messages": [{"from": number, "id": f"wamid.BENCH{sequence}",
                          "timestamp": str(int(time.time())), "type": "text",
                          "text": {"body": text or "Hallo, unser Dach ist undicht"}}]}}]}]},
        separators=(",", ":")).encode()


# What new customers write first. Most say what is wrong (some with the place and when);
# some greet and follow with the request a second or two later; a few only greet.
REQUESTS = (
    "Hallo, unser Dach ist undicht",
    "Die Heizung ist ausgefallen, es wird kalt im Haus",
    "Wir möchten das Bad neu fliesen lassen",
    "Der Wasserhahn in der Küche tropft seit gestern",
    "Zwei Zimmer sollen neu gestrichen werden",
    "Die Haustür klemmt und lässt sich kaum noch schließen",
    "Wir brauchen einen neuen Zaun im Garten",
    "Das Fenster im Schlafzimmer schließt nicht mehr richtig",
)
PLACES = ("in 60311, nächste Woche wäre gut", "PLZ 10115, dringend", "in 80331, keine Eile",
          "50667, diese Woche")
GREETINGS = ("Hallo", "Guten Tag", "Hi", "Moin")
# (kind, share of customers); "greeting_then_request" sends the request 1-2 s later.
MIX = (("request", 45), ("request_and_place", 30), ("greeting_then_request", 20),
       ("greeting_only", 5))


def first_words(index: int) -> list[tuple[float, str]]:
    """Customer `index`'s messages as (seconds after their first, text); fixed per index."""
    slot = index % sum(share for _kind, share in MIX)
    kind = MIX[-1][0]
    for candidate, share in MIX:
        if slot < share:
            kind = candidate
            break
        slot -= share
    request = REQUESTS[index % len(REQUESTS)]
    greeting = GREETINGS[index % len(GREETINGS)]
    if kind == "request":
        return [(0.0, request)]
    if kind == "request_and_place":
        return [(0.0, f"{request}, {PLACES[index % len(PLACES)]}")]
    if kind == "greeting_then_request":
        return [(0.0, greeting), (1.0 + (index % 11) / 10, request.removeprefix("Hallo, "))]
    return [(0.0, greeting)]


def kind_of(index: int) -> str:
    words = first_words(index)
    if len(words) == 2:
        return "greeting_then_request"
    if words[0][1] in GREETINGS:
        return "greeting_only"
    return "at_once"


def environment(database_url: str, redis_url: str, graph_url: str) -> dict[str, str]:
    return {**os.environ, "SECRET_KEY": "bench-secret-key-0123456789abcdef",
            "DATABASE_URL": database_url, "REDIS_URL": redis_url, "GRAPH_API_URL": graph_url,
            "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID, "WHATSAPP_ACCESS_TOKEN": ACCESS_TOKEN,
            "WHATSAPP_APP_SECRET": APP_SECRET, "WHATSAPP_VERIFY_TOKEN": "bench-verify",
            "SMTP_HOST": "127.0.0.1", "PUBLIC_BASE_URL": "http://127.0.0.1",
            "MEDIA_ROOT": str(ROOT / "instance" / "bench-media"), "PYTHONPATH": str(ROOT)}


def fresh_database(url: str) -> None:
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1)
                              .rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
    name = url.rsplit("/", 1)[1]
    with engine.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()


def procfile_command(kind: str) -> str:
    for line in (ROOT / "Procfile").read_text().splitlines():
        if line.startswith(f"{kind}:"):
            return line.split(":", 1)[1].strip()
    raise SystemExit(f"no {kind} line in the Procfile")


def start(env: dict[str, str], workers: int, port: int,
          worker_class: str | None) -> list[subprocess.Popen]:
    web = procfile_command("web").replace("${PORT:-8000}", str(port)).replace(
        "0.0.0.0", "127.0.0.1")  # noqa: S104 - replaced by loopback
    processes = [subprocess.Popen(web, shell=True, env=env, cwd=ROOT,  # noqa: S602 - Procfile
                                  start_new_session=True, stdout=subprocess.DEVNULL)]
    worker = procfile_command("worker") + (f" --worker-class {worker_class}"
                                           if worker_class else "")
    for _ in range(workers):
        processes.append(subprocess.Popen(worker, shell=True, env=env, cwd=ROOT,  # noqa: S602
                                          start_new_session=True, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL))
    for _ in range(60):
        try:
            if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1).ok:
                return processes
        except requests.RequestException:
            pass
        time.sleep(0.5)
    stop(processes)
    raise SystemExit("gunicorn did not answer /healthz")


def stop(processes: list[subprocess.Popen]) -> None:
    for process in processes:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run_rate(rate: float, duration: float, port: int, stand_in: GraphStandIn,
             first_number: int, drain: float, *, mix: bool = True,
             database_url: str | None = None) -> dict:
    """Send `rate` webhooks a second for `duration` seconds on a fixed schedule (customers
    start at rate / messages-per-customer a second), then wait up to `drain` for replies."""
    customers = []  # (number, kind, [(due, text)])
    schedule = []  # (due, number, text)
    start_gap = 1 / rate * (1 + sum(share for kind, share in MIX
                                    if kind == "greeting_then_request") / 100 if mix else 1)
    index = 0
    while index * start_gap < duration:
        number = str(first_number + index)
        words = first_words(index) if mix else [(0.0, REQUESTS[0])]
        due_words = [(index * start_gap + after, text) for after, text in words]
        customers.append((number, kind_of(index) if mix else "at_once", due_words))
        schedule.extend((due, number, text) for due, text in due_words)
        index += 1
    schedule.sort()
    sent: dict[str, list[float]] = {}
    errors = 0
    session_local = threading.local()
    sequence = iter(range(first_number * 10, first_number * 10 + len(schedule) + 1))

    def send(number: str, text: str) -> None:
        nonlocal errors
        body = webhook_body(number, next(sequence), text)
        signature = "sha256=" + hmac.new(APP_SECRET.encode(), body, hashlib.sha256).hexdigest()
        session = getattr(session_local, "session", None) or requests.Session()
        session_local.session = session
        sent.setdefault(number, []).append(time.monotonic())
        response = session.post(f"http://127.0.0.1:{port}/webhooks/whatsapp", data=body,
                                headers={"Content-Type": "application/json",
                                         "X-Hub-Signature-256": signature}, timeout=30)
        if response.status_code != 200:
            errors += 1

    def waiting() -> int:
        """Customers who wrote and have no reply yet (the backlog, in customers)."""
        return sum(1 for number in list(sent) if number not in stand_in.first_reply)

    backlog: list[tuple[float, int]] = []
    start_at = time.monotonic()
    next_sample = 0.0
    watcher = DatabaseEvents(database_url, start_at) if database_url else None
    with ThreadPoolExecutor(max_workers=64) as pool:
        for due, number, text in schedule:
            pause = start_at + due - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            pool.submit(send, number, text)
            if due >= next_sample:
                backlog.append((round(time.monotonic() - start_at, 1), waiting()))
                next_sample += 1.0
    deadline = time.monotonic() + drain
    while time.monotonic() < deadline and waiting():
        backlog.append((round(time.monotonic() - start_at, 1), waiting()))
        time.sleep(1)
    time.sleep(min(drain, 4.0))  # a second reply (a burst answered twice) would come by now
    events = watcher.stop() if watcher else []
    by_kind: dict[str, list[float]] = {}
    answered_before_request = 0
    for number, kind, _words in customers:
        if number not in stand_in.first_reply or number not in sent:
            continue
        times = sent[number]
        reply = stand_in.first_reply[number]
        # The latency of the answer to what the customer asked: from their last message
        # before the reply (a greeting answered alone counts from the greeting).
        before = [at for at in times if at <= reply]
        if kind == "greeting_then_request" and len(before) < len(times):
            answered_before_request += 1
        by_kind.setdefault(kind, []).append(reply - max(before or times[:1]))
    everything = [latency for latencies in by_kind.values() for latency in latencies]
    requests_answered = [latency for kind, latencies in by_kind.items()
                         if kind != "greeting_only" for latency in latencies]
    replies = [stand_in.replies.get(number, 0) for number, _kind, _words in customers
               if number in sent]
    result = {"rate": rate, "sent": sum(len(times) for times in sent.values()),
              "customers": len(sent), "non_2xx": errors,
              "answered": len(everything), "unanswered": len(sent) - len(everything),
              "more_than_one_reply": sum(1 for count in replies if count > 1),
              "greeting_answered_before_request": answered_before_request,
              "backlog": backlog, "database_events": events}
    result.update(summary(everything))
    result["requests"] = summary(requests_answered)
    result["by_kind"] = {kind: summary(latencies) for kind, latencies in sorted(by_kind.items())}
    return result


class DatabaseEvents:
    """What PostgreSQL did beside the load, second by second, to read a stall against:
    checkpoints started in the cluster (any database's: a CREATE or DROP DATABASE forces
    one, and the machine is shared) and autovacuum/autoanalyze runs on the bench's tables."""

    QUERY = ("SELECT (SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter), "
             "(SELECT coalesce(sum(autovacuum_count), 0) FROM pg_stat_user_tables), "
             "(SELECT coalesce(sum(autoanalyze_count), 0) FROM pg_stat_user_tables)")

    def __init__(self, database_url: str, start_at: float) -> None:
        self.engine = sa.create_engine(
            database_url.replace("postgresql://", "postgresql+psycopg://", 1),
            isolation_level="AUTOCOMMIT")
        self.start_at = start_at
        self.events: list[tuple[float, str]] = []
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._watch, daemon=True)
        self.thread.start()

    def _watch(self) -> None:
        with self.engine.connect() as connection:
            last = None
            while not self.done.wait(1.0):
                # Statistics are read once per transaction; each sample is its own.
                connection.exec_driver_sql("SELECT pg_stat_clear_snapshot()")
                now = connection.exec_driver_sql(self.QUERY).one()
                if last is not None:
                    at = round(time.monotonic() - self.start_at, 1)
                    for name, before, after in zip(("checkpoint", "autovacuum", "autoanalyze"),
                                                   last, now, strict=True):
                        if after > before:
                            self.events.append((at, f"{name} x{after - before}"))
                last = now

    def stop(self) -> list[tuple[float, str]]:
        self.done.set()
        self.thread.join(timeout=5)
        self.engine.dispose()
        return self.events


def summary(latencies: list[float]) -> dict:
    if not latencies:
        return {"count": 0}
    return {"count": len(latencies),
            **{f"p{share}": round(percentile(latencies, share / 100), 3)
               for share in (50, 95, 99)},
            "mean": round(statistics.fmean(latencies), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rates", default="10,25,50,80")
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--drain", type=float, default=60, help="seconds to wait for replies")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--worker-class", choices=("simple", "fork"), default=None,
                        help="override the workers' WORKER_CLASS setting")
    parser.add_argument("--single-text", action="store_true",
                        help="every customer writes one request (the first version's load)")
    parser.add_argument("--out", default="e2e_messages.json", help="file in bench/results")
    args = parser.parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL",
                                  "postgresql://postgres@127.0.0.1:5432/bench_e2e")
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
    stand_in = GraphStandIn()
    env = environment(database_url, redis_url, stand_in.url)
    fresh_database(database_url)
    import redis

    redis.Redis.from_url(redis_url).flushdb()
    subprocess.run(procfile_command("release"), shell=True, env=env, cwd=ROOT,  # noqa: S602
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    processes = start(env, args.workers, args.port, args.worker_class)
    results = []
    try:
        first_number = 4915100000000
        for rate in (float(value) for value in args.rates.split(",")):
            with open("/proc/loadavg") as handle:
                load = handle.read().split()[:3]
            outcome = run_rate(rate, args.duration, args.port, stand_in, first_number,
                               args.drain, mix=not args.single_text,
                               database_url=database_url)
            outcome["loadavg_before"] = load
            with open("/proc/loadavg") as handle:
                outcome["loadavg_after"] = handle.read().split()[:3]
            results.append(outcome)
            first_number += 100_000
            print(json.dumps({key: value for key, value in outcome.items()
                              if key not in ("backlog", "database_events")}), flush=True)
            print("backlog (s, customers waiting):",
                  " ".join(f"{at:.0f}:{count}" for at, count in outcome["backlog"][::5]),
                  flush=True)
            print("database events (s, what):",
                  " ".join(f"{at:.0f}:{what}" for at, what in outcome["database_events"]),
                  flush=True)
    finally:
        stop(processes)
    out = ROOT / "bench" / "results" / args.out
    out.write_text(json.dumps({"workers": args.workers, "worker_class": args.worker_class,
                               "duration": args.duration, "cpus": os.cpu_count(),
                               "mix": not args.single_text,
                               "results": results}, indent=1))
    print(f"written to {out.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
