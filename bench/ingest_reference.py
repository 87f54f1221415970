"""Two yardsticks for the webhook ingest benchmark, served by gunicorn like the app.

- `ack_app`: reads the body and answers 200 (what HTTP parsing and gunicorn cost alone).
- `reference_app`: what ingest minimally must do: verify the signature over the raw body
  in constant time, one INSERT (autocommit, duplicate bodies ignored) and one enqueue
  (a single LPUSH, as cheap as a queue hand-off gets).

Configured by the environment the benchmark sets: BENCH_DATABASE_URL, BENCH_REDIS_URL,
WHATSAPP_APP_SECRET.
"""

from __future__ import annotations

import hashlib
import hmac
import os

_state: dict[str, object] = {}


def ack_app(environ, start_response):
    length = int(environ.get("CONTENT_LENGTH") or 0)
    environ["wsgi.input"].read(length)
    start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", "11")])
    return [b'{"ok":true}']


def _connections():
    if "db" not in _state:
        import psycopg
        import redis

        _state["db"] = psycopg.connect(os.environ["BENCH_DATABASE_URL"], autocommit=True)
        _state["redis"] = redis.Redis.from_url(os.environ["BENCH_REDIS_URL"])
        _state["secret"] = os.environ["WHATSAPP_APP_SECRET"].encode()
    return _state["db"], _state["redis"], _state["secret"]


def reference_app(environ, start_response):
    database, queue, secret = _connections()
    body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
    expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, environ.get("HTTP_X_HUB_SIGNATURE_256", "")):
        start_response("403 Forbidden", [("Content-Length", "0")])
        return [b""]
    row = database.execute(
        "INSERT INTO reference_inbox (body_sha256, raw_body) VALUES (%s, %s) "
        "ON CONFLICT DO NOTHING RETURNING id",
        (hashlib.sha256(body).hexdigest(), body)).fetchone()
    if row is not None:
        queue.lpush("reference:inbox", row[0])
    start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", "11")])
    return [b'{"ok":true}']
