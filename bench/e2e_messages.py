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


def webhook_body(number: str, sequence: int) -> bytes:
    return json.dumps({"object": "whatsapp_business_account", "entry": [{
        "id": "310000000000001", "changes": [{"field": "messages", "value": {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "4930123456",
                         "phone_number_id": PHONE_NUMBER_ID},
            "contacts": [{"profile": {"name": "Bench"}, "wa_id": number}],
            "messages": [{"from": number, "id": f"wamid.BENCH{sequence}",
                          "timestamp": str(int(time.time())), "type": "text",
                          "text": {"body": "Hallo, unser Dach ist undicht"}}]}}]}]},
        separators=(",", ":")).encode()


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
             first_number: int, drain: float) -> dict:
    total = int(rate * duration)
    sent: dict[str, float] = {}
    errors = 0
    session_local = threading.local()

    def send(index: int) -> None:
        nonlocal errors
        number = str(first_number + index)
        body = webhook_body(number, first_number + index)
        signature = "sha256=" + hmac.new(APP_SECRET.encode(), body, hashlib.sha256).hexdigest()
        session = getattr(session_local, "session", None) or requests.Session()
        session_local.session = session
        sent[number] = time.monotonic()
        response = session.post(f"http://127.0.0.1:{port}/webhooks/whatsapp", data=body,
                                headers={"Content-Type": "application/json",
                                         "X-Hub-Signature-256": signature}, timeout=30)
        if response.status_code != 200:
            errors += 1

    backlog: list[tuple[float, int]] = []
    start_at = time.monotonic()
    with ThreadPoolExecutor(max_workers=64) as pool:
        for index in range(total):
            due = start_at + index / rate
            pause = due - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            pool.submit(send, index)
            if index % max(int(rate), 1) == 0:
                answered = sum(1 for number in sent if number in stand_in.first_reply)
                backlog.append((round(time.monotonic() - start_at, 1), len(sent) - answered))
    deadline = time.monotonic() + drain
    while time.monotonic() < deadline:
        if all(number in stand_in.first_reply for number in sent):
            break
        answered = sum(1 for number in sent if number in stand_in.first_reply)
        backlog.append((round(time.monotonic() - start_at, 1), len(sent) - answered))
        time.sleep(1)
    latencies = [stand_in.first_reply[number] - at for number, at in sent.items()
                 if number in stand_in.first_reply]
    result = {"rate": rate, "sent": len(sent), "non_2xx": errors,
              "answered": len(latencies), "unanswered": len(sent) - len(latencies),
              "backlog": backlog[::max(len(backlog) // 20, 1)]}
    if latencies:
        result.update({f"p{share}": round(percentile(latencies, share / 100), 3)
                       for share in (50, 95, 99)})
        result["mean"] = round(statistics.fmean(latencies), 3)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rates", default="10,25,50,80")
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--drain", type=float, default=60, help="seconds to wait for replies")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--worker-class", choices=("simple", "fork"), default=None,
                        help="override the workers' WORKER_CLASS setting")
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
                               args.drain)
            outcome["loadavg_before"] = load
            results.append(outcome)
            first_number += 100_000
            print(json.dumps({key: value for key, value in outcome.items()
                              if key != "backlog"}), flush=True)
    finally:
        stop(processes)
    out = ROOT / "bench" / "results" / "e2e_messages.json"
    out.write_text(json.dumps({"workers": args.workers, "worker_class": args.worker_class,
                               "duration": args.duration, "cpus": os.cpu_count(),
                               "results": results}, indent=1))
    print(f"written to {out.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
