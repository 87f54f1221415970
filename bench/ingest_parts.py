"""Where a webhook's cost goes beyond the minimal reference's, one part at a time.

Each candidate is measured alone, in turns with its counterpart so both see the same load:

- the INSERT into `inbox_event` (as the app writes it: autocommit, prepared) against the
  reference's three-column table, and against `inbox_event` without its status index;
  client wall and CPU, the server backend's CPU (from /proc, PostgreSQL runs on this
  machine), and WAL records and bytes per INSERT (EXPLAIN (ANALYZE, WAL) on a few);
- the Redis write: the RQ job (`tasks.PreparedJob`: SADD, HSET of the job, RPUSH) against
  one LPUSH; client wall and CPU, and the server's CPU per call from `INFO commandstats`;
- the JSON check of a body (`ingest._not_json`).

    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench_ingest_parts \\
    BENCH_REDIS_URL=redis://127.0.0.1:6379/9 python bench/ingest_parts.py [--n 3000]

The database is dropped and created with the project's migrations; the Redis db is flushed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from e2e_messages import environment, fresh_database, webhook_body

INSERT = ("INSERT INTO {table} (channel, body_sha256, raw_body, status, error, attempts, "
          "created_at, updated_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) "
          "ON CONFLICT (channel, body_sha256) DO NOTHING RETURNING id")
REFERENCE_INSERT = ("INSERT INTO reference_inbox (body_sha256, raw_body) VALUES (%s, %s) "
                    "ON CONFLICT DO NOTHING RETURNING id")


def backend_cpu(pid: int) -> float:
    """User + system seconds of one PostgreSQL backend process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=3000, help="operations per variant")
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL",
                                  "postgresql://postgres@127.0.0.1:5432/bench_ingest_parts")
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
    os.environ.update(environment(database_url, redis_url, "http://127.0.0.1:9/v23.0"))
    fresh_database(database_url)
    import psycopg
    from flask_migrate import upgrade

    from marketplace import clock
    from marketplace.app import create_app

    app = create_app("production")
    with app.app_context():
        upgrade()
    with psycopg.connect(database_url, autocommit=True) as setup:
        setup.execute("CREATE TABLE reference_inbox (id bigserial PRIMARY KEY, "
                      "body_sha256 text UNIQUE, raw_body bytea)")
        for copy in ("inbox_full", "inbox_no_status_ix"):
            # Same columns, constraints, primary key and unique key; other indexes below.
            setup.execute(f"CREATE TABLE {copy} (LIKE inbox_event INCLUDING ALL)")
            for (name,) in setup.execute(
                    "SELECT indexname FROM pg_indexes WHERE tablename = %s AND indexdef "
                    "NOT LIKE '%%UNIQUE%%'", (copy,)).fetchall():
                setup.execute(f'DROP INDEX "{name}"')
        setup.execute("CREATE INDEX ON inbox_full (status, id)")  # before migration 0026
        indexes = {table: [row[0] for row in setup.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = %s", (table,))]
            for table in ("inbox_event", "inbox_full", "inbox_no_status_ix", "reference_inbox")}
    for table, definitions in indexes.items():
        print(f"{table}: {len(definitions)} indexes: " + "; ".join(
            d.split(" USING ")[1] for d in definitions))

    connection = psycopg.connect(database_url, autocommit=True)
    pid = connection.execute("SELECT pg_backend_pid()").fetchone()[0]
    bodies = iter(webhook_body(str(4918000000000 + i), i)
                  for i in range(args.n * args.rounds * 4 + 100))

    def app_row(table: str):
        body = next(bodies)
        now = clock.now()
        return INSERT.format(table=table), ("whatsapp", hashlib.sha256(body).hexdigest(),
                                            body, "received", None, 0, now, now)

    def reference_row():
        body = next(bodies)
        return REFERENCE_INSERT, (hashlib.sha256(body).hexdigest(), body)

    variants = {"inbox_event (as migrated)": lambda: app_row("inbox_event"),
                "inbox_event's full shape (before 0026)": lambda: app_row("inbox_full"),
                "inbox_event without (status, id) index": lambda: app_row("inbox_no_status_ix"),
                "reference_inbox": reference_row}
    totals = {name: [0.0, 0.0, 0.0] for name in variants}
    for _ in range(5):  # prepare every statement
        for make in variants.values():
            connection.execute(*make(), prepare=True)
    for round_ in range(args.rounds):
        names = list(variants)
        # Each variant goes first in turn (the first of a round ran slower in trials).
        for name in names[round_ % len(names):] + names[:round_ % len(names)]:
            make = variants[name]
            rows = [make() for _ in range(args.n)]
            server, client, wall = backend_cpu(pid), time.process_time(), time.perf_counter()
            for statement, values in rows:
                connection.execute(statement, values, prepare=True).fetchone()
            totals[name][0] += time.perf_counter() - wall
            totals[name][1] += time.process_time() - client
            totals[name][2] += backend_cpu(pid) - server
    count = args.n * args.rounds
    print(f"\nINSERT, autocommit, {count} per variant (ms per INSERT): "
          "wall / client CPU / server backend CPU; WAL per INSERT (EXPLAIN ANALYZE, 20 rows)")
    for name, make in variants.items():
        wall, client, server = (value * 1000 / count for value in totals[name])
        records = fpi = size = 0
        for _ in range(20):
            statement, values = make()
            plan = connection.execute("EXPLAIN (ANALYZE, WAL, FORMAT JSON) " + statement,
                                      values).fetchone()[0][0]
            records += plan["Plan"].get("WAL Records", 0)
            fpi += plan["Plan"].get("WAL FPI", 0)
            size += plan["Plan"].get("WAL Bytes", 0)
        print(f"  {name:40s} {wall:.3f} / {client:.3f} / {server:.3f} ms; "
              f"WAL {records / 20:.1f} records, {size / 20:.0f} bytes, {fpi / 20:.2f} FPI")
    connection.close()

    redis_parts(app, args)
    json_part(args)


def redis_parts(app, args) -> None:
    from marketplace import tasks
    from marketplace.channels import tasks as channel_tasks

    client = app.extensions["redis"]
    client.flushdb()
    with app.app_context():
        job = tasks.PreparedJob(app, channel_tasks.process_inbox_event, tasks.INBOX_QUEUE)

    def stats() -> dict[str, tuple[int, int]]:
        info = client.info("commandstats")
        return {name.removeprefix("cmdstat_"): (value["calls"], value["usec"])
                for name, value in info.items()}

    variants = {"RQ job (SADD, HSET, RPUSH)": lambda i: job.push(client, i),
                "LPUSH of the id": lambda i: client.lpush("bench:inbox", i)}
    totals = {name: [0.0, 0.0] for name in variants}
    server: dict[str, dict[str, list[int]]] = {name: {} for name in variants}
    for _ in range(args.rounds):
        for name, push in variants.items():
            before = stats()
            client_cpu, wall = time.process_time(), time.perf_counter()
            for i in range(args.n):
                push(i)
            totals[name][0] += time.perf_counter() - wall
            totals[name][1] += time.process_time() - client_cpu
            after = stats()
            for command in ("sadd", "hset", "rpush", "lpush"):
                calls = after.get(command, (0, 0))[0] - before.get(command, (0, 0))[0]
                usec = after.get(command, (0, 0))[1] - before.get(command, (0, 0))[1]
                if calls >= args.n:  # ours (other clients of this Redis add a few)
                    total = server[name].setdefault(command, [0, 0])
                    total[0] += calls
                    total[1] += usec
        client.flushdb()
    count = args.n * args.rounds
    print(f"\nRedis hand-off, {count} per variant (ms per webhook): wall / client CPU; "
          "server CPU per call (INFO commandstats, usec)")
    for name in variants:
        wall, cpu = (value * 1000 / count for value in totals[name])
        per_call = ", ".join(f"{command} {usec / calls:.2f}"
                             for command, (calls, usec) in server[name].items())
        print(f"  {name:40s} {wall:.3f} / {cpu:.3f} ms; server: {per_call}")


def json_part(args) -> None:
    from marketplace.channels import ingest

    bodies = [webhook_body(str(4918000000000 + i), i) for i in range(args.n)]
    started = time.process_time()
    for body in bodies:
        ingest._not_json(body)
    spent = time.process_time() - started
    print(f"\nJSON check of a {len(bodies[0])}-byte body: "
          f"{spent * 1000 / len(bodies):.4f} ms CPU")


if __name__ == "__main__":
    main()
