"""Webhook ingest: how many signed WhatsApp webhooks per second the web tier takes.

gunicorn serves, in turn, the ack-only yardstick, the minimal reference (verify, one
INSERT, one enqueue; bench/ingest_reference.py) and the app (`create_app('production')`,
the Procfile's web line), each on loopback with the same worker count. wrk (Debian
package) posts unique bodies, each signed with the app secret (wrk's Lua has no HMAC, so
the bodies and signatures are prepared beforehand and each is sent once), for 30 s at 16
and 64 connections. Reported per run: requests/s, p50/p99 latency, CPU milliseconds per
request (gunicorn's processes, from /proc), non-2xx answers, and for the app whether every
accepted body was stored exactly once.

    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench_ingest \\
    BENCH_REDIS_URL=redis://127.0.0.1:6379/8 python bench/ingest_bench.py

Results: printed, and bench/results/ingest.json.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e2e_messages import (
    APP_SECRET,
    ROOT,
    GraphStandIn,
    environment,
    fresh_database,
    procfile_command,
    stop,
    webhook_body,
)

LUA = """
local bodies, signatures, count = {}, {}, 0
for line in io.lines("%(path)s") do
  local tab = line:find("\\t")
  count = count + 1
  signatures[count] = line:sub(1, tab - 1)
  bodies[count] = line:sub(tab + 1)
end
local threads, index = %(threads)d, 0
setup = function(thread) thread:set("offset", index); index = index + 1 end
init = function() position = offset or 0 end
request = function()
  position = position + threads
  local i = (position %% count) + 1
  return wrk.format("POST", "/webhooks/whatsapp",
    {["Content-Type"] = "application/json", ["X-Hub-Signature-256"] = signatures[i]},
    bodies[i])
end
"""


def prepare_bodies(how_many: int, first_number: int) -> str:
    handle = tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False)  # noqa: SIM115
    with handle:
        for index in range(how_many):
            body = webhook_body(str(first_number + index), first_number + index)
            signature = "sha256=" + hmac.new(APP_SECRET.encode(), body,
                                             hashlib.sha256).hexdigest()
            handle.write(f"{signature}\t{body.decode()}\n")
    return handle.name


def cpu_seconds(pid: int) -> float:
    """utime + stime of gunicorn's master and workers (children of the master)."""
    total = 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    pids = [pid] + [int(child) for child in
                    Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    for process in pids:
        try:
            fields = Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def parse_wrk(output: str) -> dict:
    def seconds(value: str) -> float:
        number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()
        return float(number) * {"us": 1e-6, "ms": 1e-3, "s": 1.0}[unit]

    requests_total = int(re.search(r"(\d+) requests in", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", output, flags=re.M))
    return {"requests": requests_total, "rps": float(re.search(
                r"Requests/sec:\s+([\d.]+)", output).group(1)),
            "p50_ms": round(seconds(latency["50"]) * 1000, 2),
            "p99_ms": round(seconds(latency["99"]) * 1000, 2),
            "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
            "socket_errors": bool(re.search(r"Socket errors", output))}


def serve(target: str, env: dict[str, str], port: int, workers: int,
          checkout: Path = ROOT) -> subprocess.Popen:
    command = [shutil.which("gunicorn") or "gunicorn", "--workers", str(workers),
               "--bind", f"127.0.0.1:{port}",
               "--log-level", "warning", target]
    process = subprocess.Popen(command, env=env, cwd=checkout,  # noqa: S603
                               start_new_session=True)
    for _ in range(120):  # any answer means the workers are up (the yardsticks answer 200)
        try:
            requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
            time.sleep(2)  # the other workers finish importing
            return process
        except requests.RequestException:
            time.sleep(0.5)
    stop([process])
    raise SystemExit(f"gunicorn did not start {target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=30)
    parser.add_argument("--connections", default="16,64")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--targets", default="ack-only,reference,app",
                        help="which of ack-only, reference, app (and 'before') to serve")
    parser.add_argument("--before", type=Path, metavar="CHECKOUT",
                        help="also serve the app from this other checkout (e.g. an earlier "
                        "commit, `git archive <commit> | tar -x -C DIR`) as target 'before', "
                        "for a same-run comparison")
    parser.add_argument("--rounds", type=int, default=1,
                        help="run the targets in turn this many times (each --duration long) "
                        "and sum them, so that they share the machine's changing load")
    parser.add_argument("--out", default="ingest.json", help="file in bench/results")
    args = parser.parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL",
                                  "postgresql://postgres@127.0.0.1:5432/bench_ingest")
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/8")
    web_workers = int(re.search(r"--workers (\d+)", procfile_command("web")).group(1))
    env = environment(database_url, redis_url, GraphStandIn().url)
    env.update({"BENCH_DATABASE_URL": database_url, "BENCH_REDIS_URL": redis_url,
                "PYTHONPATH": f"{ROOT}:{ROOT / 'bench'}"})
    results = []
    first_number = 4917000000000
    app_target = "marketplace.app:create_app('production')"
    targets = {"ack-only": "ingest_reference:ack_app",
               "reference": "ingest_reference:reference_app", "app": app_target}
    if args.before:
        targets["before"] = app_target
    chosen = args.targets.split(",") + (["before"] if args.before else [])
    runs = [(connections, round_, name) for connections in
            (int(value) for value in args.connections.split(","))
            for round_ in range(args.rounds) for name in chosen]
    for connections, round_, target_name in runs:
        target = targets[target_name]
        checkout = args.before.resolve() if target_name == "before" else ROOT
        served_env = {**env, "PYTHONPATH": f"{checkout}:{ROOT / 'bench'}"}
        fresh_database(database_url)
        subprocess.run(procfile_command("release"), shell=True, env=env,  # noqa: S602
                       cwd=ROOT, check=True, capture_output=True)
        with psycopg.connect(database_url, autocommit=True) as connection:
            connection.execute("CREATE TABLE reference_inbox (id bigserial PRIMARY KEY, "
                               "body_sha256 text UNIQUE, raw_body bytea)")
        bodies = prepare_bodies(3000 * args.duration, first_number)
        first_number += 1_000_000
        script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)  # noqa: SIM115
        with script:
            script.write(LUA % {"path": bodies, "threads": args.threads})
        server = serve(target, served_env, args.port, web_workers, checkout)
        try:
            cpu_before = cpu_seconds(server.pid)
            output = subprocess.run(  # noqa: S603
                [shutil.which("wrk") or "/usr/bin/wrk", "-t", str(args.threads),
                 "-c", str(connections), "-d",
                 f"{args.duration}s", "--latency", "-s", script.name,
                 f"http://127.0.0.1:{args.port}"],
                capture_output=True, text=True, check=True).stdout
            cpu = cpu_seconds(server.pid) - cpu_before
        finally:
            stop([server])
        outcome = {"target": target_name, "connections": connections, "round": round_,
                   **parse_wrk(output)}
        outcome["cpu_seconds"] = round(cpu, 3)
        outcome["cpu_ms_per_request"] = round(cpu * 1000 / max(outcome["requests"], 1), 3)
        if target_name in ("app", "before"):
            with psycopg.connect(database_url) as connection:
                stored, distinct = connection.execute(
                    "SELECT count(*), count(DISTINCT body_sha256) FROM inbox_event"
                ).fetchone()
            outcome["stored"] = stored
            answered = outcome["requests"] - outcome["non_2xx"]
            # wrk counts answers inside the window; the last requests in flight (at most
            # one per connection) may be stored without being counted.
            outcome["exactly_once"] = (stored == distinct
                                       and 0 <= stored - answered <= connections)
        with open("/proc/loadavg") as handle:
            outcome["loadavg"] = handle.read().split()[:3]
        os.unlink(bodies)
        os.unlink(script.name)
        results.append(outcome)
        print(json.dumps(outcome), flush=True)
    out = ROOT / "bench" / "results" / args.out
    summary = summarise(results, args.duration)
    for line in summary:
        print(json.dumps(line))
    out.write_text(json.dumps({"web_workers": web_workers, "duration": args.duration,
                               "rounds": args.rounds, "summary": summary,
                               "results": results}, indent=1))
    print(f"written to {out.relative_to(ROOT)}", file=sys.stderr)


def summarise(results: list[dict], duration: int) -> list[dict]:
    """Per target and connection count, over its rounds: requests/s over the summed time,
    CPU per request over the summed requests, the median round's latencies, and the ratios
    to the reference and to ack-only."""
    import statistics

    summary = []
    for target, connections in dict.fromkeys((row["target"], row["connections"])
                                             for row in results):
        rows = [row for row in results
                if (row["target"], row["connections"]) == (target, connections)]
        requests_total = sum(row["requests"] for row in rows)
        line = {"target": target, "connections": connections, "rounds": len(rows),
                "rps": round(requests_total / (duration * len(rows)), 1),
                "p50_ms": statistics.median(row["p50_ms"] for row in rows),
                "p99_ms": statistics.median(row["p99_ms"] for row in rows),
                "cpu_ms_per_request": round(sum(row["cpu_seconds"] for row in rows) * 1000
                                            / max(requests_total, 1), 3),
                "non_2xx": sum(row["non_2xx"] for row in rows)}
        if "exactly_once" in rows[0]:
            line["exactly_once"] = all(row["exactly_once"] for row in rows)
            line["stored"] = sum(row["stored"] for row in rows)
        summary.append(line)
    for line in summary:
        for yardstick in ("reference", "ack-only"):
            other = next((row for row in summary if row["target"] == yardstick
                          and row["connections"] == line["connections"]), None)
            if other and line["target"] in ("app", "before"):
                line[f"x_{yardstick}"] = round(line["rps"] / other["rps"], 2)
    return summary


if __name__ == "__main__":
    main()
