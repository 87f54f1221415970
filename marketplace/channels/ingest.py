"""The webhook request path of WhatsApp, Messenger and Telegram: verify, store, hand off, 200.

Providers post every customer message here and want their 200 fast; at 50 messages a second
this path is most of the web tier's work. It is the only thing a webhook needs to do in the
request, so it skips what pages need (sessions, log-in, locale, rate-limit bookkeeping, the
ORM's unit of work) and costs one database round trip and one Redis round trip:

- the signature is checked over the raw body, in constant time, by the channel's adapter
  (`verify`); a missing one is 401, a wrong one 403, and neither is stored;
- the body is kept exactly as received with one prepared INSERT in autocommit (no BEGIN,
  no COMMIT) on the web process's own connection (`_own_connection`); a POST already
  stored is not stored again. `inbox_event` belongs to no
  business, so it has no row-level security and needs no tenant scope (`marketplace.db`):
  an autocommit statement has no transaction that a `SET LOCAL` scope could live in;
- a body that is not JSON is kept as malformed (answered 200, so the provider stops
  retrying) and shown to admins; everything else is read by the worker
  (`inbound.process_inbox_event`), never here;
- the worker's job is one RQ job written in one round trip (`tasks.PreparedJob`); with
  Redis down the provider still gets its 200 and the sweep picks the event up.

`WebhookFront` answers these POSTs in front of Flask; every other request (the handshake,
a channel that is off, anything else) goes on to Flask, whose view calls the same `receive`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import sqlalchemy as sa
from flask import Flask, current_app

from marketplace import clock, tasks
from marketplace.channels import registry
from marketplace.channels import tasks as channel_tasks
from marketplace.channels.base import ChannelName
from marketplace.channels.models import InboxEvent, InboxStatus
from marketplace.db import db

log = logging.getLogger(__name__)

WEBHOOK_CHANNELS = (ChannelName.WHATSAPP, ChannelName.MESSENGER, ChannelName.TELEGRAM)
_PREFIX = "/webhooks/"
_COLUMNS = ("channel", "body_sha256", "raw_body", "status", "error", "attempts",
            "created_at", "updated_at")
# psycopg prepares it on a connection after a few uses (its prepare_threshold), then only
# binds and executes it.
_POSTGRES_INSERT = (
    "INSERT INTO inbox_event (channel, body_sha256, raw_body, status, error, attempts, "
    "created_at, updated_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) "
    "ON CONFLICT (channel, body_sha256) DO NOTHING RETURNING id")


# --- the shared path ---------------------------------------------------------------------------


def receive(channel: str, header: Callable[[str], str | None],
            raw_body: bytes) -> tuple[int, dict[str, Any]] | None:
    """Answer one webhook POST (status and JSON body), or None when the channel is off.

    `header(name)` reads a request header; the caller has bounded the body's size.
    """
    adapter = _adapter(channel)
    if adapter is None:
        return None
    if not header(adapter.signature_header):
        return 401, {"error": {"code": "signature_missing"}}
    if not adapter.verify(_OneHeader(adapter.signature_header, header), raw_body):
        return 403, {"error": {"code": "signature_invalid"}}
    store_webhook(ChannelName(channel), raw_body)
    return 200, {"ok": True}


class _OneHeader:
    """The request's headers as the adapters' `verify` reads them (`.get(name)`)."""

    __slots__ = ("header", "name")

    def __init__(self, name: str, header: Callable[[str], str | None]) -> None:
        self.name, self.header = name, header

    def get(self, name: str, default: str | None = None) -> str | None:
        value = self.header(name)
        return default if value is None else value


def _adapter(channel: str):
    """The channel's adapter, kept while its settings stay the same.

    Building one opens an HTTP session that the request path never uses; the request path
    only verifies, which reads nothing but the channel's required settings (its secrets).
    """
    if channel not in WEBHOOK_CHANNELS:
        return None
    config = current_app.config
    settings = tuple(config.get(name) for name in registry.REQUIRED_SETTINGS[channel])
    cache = current_app.extensions.setdefault("webhook_adapters", {})
    cached = cache.get(channel)
    if cached is not None and cached[0] == settings:
        return cached[1]
    adapter = registry.get_adapter(channel, config)
    cache[channel] = (settings, adapter)
    return adapter


def store_webhook(channel: ChannelName, raw_body: bytes) -> int | None:
    """Keep a verified POST exactly as received and hand it to the worker.

    One autocommit INSERT: the row is committed when this returns, then the hand-off. Returns
    the inbox id, or None for a POST already stored.
    """
    error = _not_json(raw_body)
    now = clock.now()
    values = (channel.value, hashlib.sha256(raw_body).hexdigest(), raw_body,
              InboxStatus.MALFORMED.value if error else InboxStatus.RECEIVED.value, error, 0,
              now, now)
    inbox_id = _insert(values)
    if inbox_id is not None and error is None:
        _hand_off(inbox_id)
    return inbox_id


def _not_json(raw_body: bytes) -> str | None:
    try:
        json.loads(raw_body)
    except ValueError as exc:
        return f"not JSON: {exc}"[:2000]
    except RecursionError:
        # Signed, but nested deeper than any parser should follow: kept for a person.
        return "not JSON: nested too deeply to read"
    return None


def _insert(values: tuple[Any, ...]) -> int | None:
    bind = db.engine  # in the test suite: a connection holding the test's transaction
    if bind.dialect.name != "postgresql":
        return _insert_with_core(bind, values)
    if isinstance(bind, sa.Connection):
        # Joins the transaction the connection already holds.
        return _execute(bind.connection.driver_connection, values)
    for attempt in (1, 2):
        connection = _own_connection(bind)
        try:
            return _execute(connection, values)
        except Exception as exc:
            if not _lost(exc) or attempt == 2:
                raise
            # Without a ping before each INSERT, a connection the server dropped (restart,
            # failover, idle timeout) fails here once: every pooled connection is suspect
            # then, so this one and the pool start afresh and the INSERT is tried once more.
            log.warning("database connection lost while storing a webhook; retrying once")
            bind.dispose()  # closes this process's own connection too (`_forget_own`)
    raise AssertionError("not reached: the second attempt returned or raised")


# The web process's own connection for the INSERT, per engine: taken from the pool once
# (same settings and connect events) and detached from it, kept in autocommit. Checking a
# connection out of the pool, resetting it on return and switching autocommit on and off
# cost a third of the request path's CPU beyond the minimal reference's (bench/README.md,
# "Webhook ingest"); the price is one more connection per web process in the budget.
_OWN: dict[int, tuple[sa.Engine, int, float, Any]] = {}


def _own_connection(engine: sa.Engine) -> Any:
    held = _OWN.get(id(engine))
    now = time.monotonic()
    if held is not None and held[0] is engine and held[1] == os.getpid() and (
            not held[3].closed) and now - held[2] < _recycle_seconds(engine):
        return held[3]
    _forget_own(engine)
    pooled = engine.raw_connection()
    connection = pooled.driver_connection
    pooled.detach()  # never back to the pool: it stays in autocommit
    connection.autocommit = True
    if not sa.event.contains(engine, "engine_disposed", _forget_own):
        sa.event.listen(engine, "engine_disposed", _forget_own)
    _OWN[id(engine)] = (engine, os.getpid(), now, connection)
    return connection


def _recycle_seconds(engine: sa.Engine) -> float:
    """The pool's `pool_recycle` (no connection is older), or forever when not set."""
    recycle = getattr(engine.pool, "_recycle", -1)
    return recycle if recycle and recycle > 0 else float("inf")


def _forget_own(engine: sa.Engine) -> None:
    """Close this process's own connection of the engine (also when the engine is disposed).

    A connection inherited through a fork belongs to the parent: dropped, never closed here.
    """
    held = _OWN.pop(id(engine), None)
    if held is None or held[0] is not engine or held[1] != os.getpid():
        return
    try:
        held[3].close()
    except Exception:  # already broken: nothing to close
        log.debug("closing the webhook connection failed", exc_info=True)


def _execute(connection: Any, values: tuple[Any, ...]) -> int | None:
    row = connection.execute(_POSTGRES_INSERT, values).fetchone()
    return None if row is None else row[0]


def _lost(exc: Exception) -> bool:
    import psycopg

    return isinstance(exc, psycopg.OperationalError)


def _insert_with_core(bind: Any, values: tuple[Any, ...]) -> int | None:
    """Other databases (SQLite for the demo and the local tests) go through SQLAlchemy, which
    stores dates the way the ORM reads them back."""
    insert = sa.dialects.sqlite.insert if bind.dialect.name == "sqlite" else sa.insert
    statement = insert(InboxEvent).values(dict(zip(_COLUMNS, values, strict=True)))
    statement = statement.on_conflict_do_nothing(
        index_elements=["channel", "body_sha256"]).returning(InboxEvent.id)
    if isinstance(bind, sa.Connection):
        return bind.execute(statement).scalar_one_or_none()
    with bind.begin() as connection:
        return connection.execute(statement).scalar_one_or_none()


def _hand_off(inbox_id: int) -> None:
    """The event is stored: if the queue is down the sweep picks it up, the provider gets 200."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    connection = app.extensions.get("redis")
    try:
        if connection is None:
            tasks.dispatch(tasks.task_path(channel_tasks.process_inbox_event), (inbox_id,),
                           queue=tasks.INBOX_QUEUE)
            return
        job = app.extensions.get("webhook_job")
        if job is None:
            job = app.extensions["webhook_job"] = tasks.PreparedJob(
                app, channel_tasks.process_inbox_event, tasks.INBOX_QUEUE)
        job.push(connection, inbox_id)
    except Exception:
        log.exception("could not hand inbox event %s to the queue", inbox_id)


# --- in front of Flask --------------------------------------------------------------------------


class WebhookFront:
    """WSGI middleware: POST /webhooks/<whatsapp|messenger|telegram> answered by `receive`.

    Same answers as the Flask view, with the app's security headers, without the page
    machinery (session cookie, log-in, locale, rate-limit bookkeeping) that a provider's POST
    never uses. Anything else, and a channel that is off, goes on to Flask unchanged.
    """

    def __init__(self, app: Flask, wsgi_app: Callable[..., Iterable[bytes]],
                 headers: list[tuple[str, str]]) -> None:
        self.app = app
        self.next = wsgi_app
        self.headers = headers

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]):
        path = environ.get("PATH_INFO", "")
        if environ.get("REQUEST_METHOD") != "POST" or not path.startswith(_PREFIX):
            return self.next(environ, start_response)
        channel = path[len(_PREFIX):]
        length = environ.get("CONTENT_LENGTH")
        if channel not in WEBHOOK_CHANNELS or not length or not length.isdigit():
            return self.next(environ, start_response)  # Flask's answers (404, 411 ...)
        with self.app.app_context():
            answer = self._receive(channel, int(length), environ)
        if answer is None:  # a channel that is off: Flask's 404
            return self.next(environ, start_response)
        return self._answer(start_response, *answer)

    def _receive(self, channel: str, length: int,
                 environ: dict[str, Any]) -> tuple[int, Mapping[str, Any]] | None:
        if not registry.is_enabled(channel, self.app.config):
            return None
        if length > self.app.config["WEBHOOK_MAX_BODY"]:
            return 413, {"error": {"code": "request_entity_too_large",
                                   "message": "Request Entity Too Large"}}
        raw_body = environ["wsgi.input"].read(length)
        try:
            return receive(channel, _environ_header(environ), raw_body)
        except Exception:
            log.exception("a %s webhook could not be stored", channel)
            return 500, {"error": {"code": "internal_error",
                                   "message": "An unexpected error occurred."}}

    def _answer(self, start_response: Callable[..., Any], status: int,
                body: Mapping[str, Any]) -> list[bytes]:
        data = json.dumps(body, separators=(",", ":")).encode() + b"\n"
        start_response(_STATUS_LINES[status], [
            ("Content-Type", "application/json"), ("Content-Length", str(len(data))),
            *self.headers])
        return [data]


_STATUS_LINES = {200: "200 OK", 401: "401 UNAUTHORIZED", 403: "403 FORBIDDEN",
                 413: "413 REQUEST ENTITY TOO LARGE", 500: "500 INTERNAL SERVER ERROR"}


def _environ_header(environ: Mapping[str, Any]) -> Callable[[str], str | None]:
    def header(name: str) -> str | None:
        return environ.get("HTTP_" + name.upper().replace("-", "_"))

    return header


def install(app: Flask, security_headers: list[tuple[str, str]]) -> None:
    app.wsgi_app = WebhookFront(app, app.wsgi_app, security_headers)  # type: ignore[method-assign]
