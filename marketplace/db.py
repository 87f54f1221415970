"""Declarative base, naming convention, shared mixins and `call_after_commit`."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from flask import g, has_request_context
from flask_sqlalchemy import SQLAlchemy
from flask_sqlalchemy.session import Session as FlaskSession
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, registry
from sqlalchemy.types import TypeDecorator

from marketplace import clock

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC on every backend (SQLite stores naive values)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; use marketplace.clock.now()")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return clock.as_utc(value)


class Base(DeclarativeBase):
    registry = registry(
        metadata=sa.MetaData(naming_convention=NAMING_CONVENTION),
        type_annotation_map={datetime: UTCDateTime()},
    )


class AfterCommitSession(FlaskSession):
    """Runs `call_after_commit` callbacks once the commit has fully returned.

    SQLAlchemy's `after_commit` event fires while the session may not emit SQL, so the
    event only marks the callbacks as ready; they run here, where an inline task may open
    its own unit of work.
    """

    def commit(self) -> None:
        super().commit()
        ready = self.info.pop("after_commit_ready", [])
        for fn, args, kwargs in ready:
            fn(*args, **kwargs)

    def rollback(self) -> None:
        # SQLAlchemy fires after_rollback only when a database transaction existed, so a
        # callback registered before any SQL ran would otherwise survive the rollback.
        try:
            super().rollback()
        finally:
            self.info.pop("after_commit_pending", None)
            self.info.pop("after_commit_ready", None)


db = SQLAlchemy(model_class=Base, session_options={"class_": AfterCommitSession})


def call_after_commit(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
    """Run `fn` after the current transaction commits; drop it if it rolls back."""
    db.session.info.setdefault("after_commit_pending", []).append((fn, args, kwargs))


@sa.event.listens_for(AfterCommitSession, "after_commit")
def _promote_after_commit(session: Any) -> None:
    pending = session.info.pop("after_commit_pending", [])
    session.info.setdefault("after_commit_ready", []).extend(pending)


@sa.event.listens_for(AfterCommitSession, "after_rollback")
def _drop_after_commit(session: Any) -> None:
    session.info.pop("after_commit_pending", None)
    session.info.pop("after_commit_ready", None)


def ping_when_idle(engine: sa.Engine, after_seconds: float) -> None:
    """Ping a pooled connection before lending it only when it sat idle a while.

    A connection in use a moment ago is alive; one that sat idle may have been dropped by a
    restart, a failover or a firewall's idle timeout. The pool's own pre-ping would cost a
    round trip on every checkout. A failed ping makes the pool open a fresh connection.
    """
    import time

    @sa.event.listens_for(engine, "checkin")
    def _note_idle_since(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @sa.event.listens_for(engine, "checkout")
    def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        idle_since = record.info.get("idle_since")
        if idle_since is None or time.monotonic() - idle_since < after_seconds:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as exc:
            raise sa.exc.DisconnectionError() from exc


def new_public_id(length: int = 16) -> str:
    """Random URL-safe identifier for anything that leaves the platform (files, links)."""
    return secrets.token_urlsafe(length)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(default=clock.now, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        default=clock.now, onupdate=clock.now, nullable=False
    )


class TenantScopedMixin:
    """Every row a business owns carries its tenant; lookups go through `get_scoped`."""

    @declared_attr
    def tenant_id(cls) -> Mapped[int]:  # noqa: N805 - declared_attr receives the class
        return mapped_column(
            sa.ForeignKey("tenant.id", ondelete="CASCADE"), index=True, nullable=False
        )


def enum_check(column: str, values: type) -> sa.CheckConstraint:
    """CHECK constraint keeping a string column inside a StrEnum's values."""
    allowed = ", ".join(f"'{member.value}'" for member in values)  # type: ignore[attr-defined]
    return sa.CheckConstraint(f"{column} IN ({allowed})", name=f"{column}_allowed")


def configure_sqlite(engine: sa.Engine, *, immediate: bool = False) -> None:
    """Make pysqlite honour BEGIN/SAVEPOINT and foreign keys like PostgreSQL does.

    `immediate` (every app on SQLite, the suite's included): a deferred transaction that has
    read and then writes fails at once with "database is locked" when another request
    committed in between (WAL snapshot); BEGIN IMMEDIATE makes concurrent requests wait
    their turn instead.
    """
    begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)


# --- PostgreSQL row-level security: the second wall between businesses -------------------
#
# Migration 0013 puts a policy on every table whose rows always belong to one business:
# a row is visible and writable only when the transaction's `app.tenant_id` names its
# business, or when the transaction runs in the explicit system scope. The app's database
# role is neither the tables' owner nor a superuser (README: Production), so the policies
# hold for it even where a query forgot its tenant filter. Before the first statement of a
# transaction, and whenever the principal changes within it, the hook below sets both
# values with `set_config(..., is_local => true)` (SET LOCAL): a business user's request
# runs in that business's scope; everything else in the system scope, which is logged.
# SQLite has no such wall; the hook does nothing there.

TENANT_SETTING = "app.tenant_id"
SCOPE_SETTING = "app.scope"
SYSTEM_SCOPE_REASON = "app.scope_reason"
_scope_log = logging.getLogger(__name__).getChild("scope")
_explicit_scope: ContextVar[tuple[str, int | None, str] | None] = ContextVar(
    "explicit_tenant_scope", default=None)


@contextmanager
def system_scope(reason: str) -> Iterator[None]:
    """Run a block in the system scope (all businesses' rows), e.g. work a business user's
    request hands to the platform inline; the reason is logged and set on the transaction."""
    token = _explicit_scope.set(("system", None, reason))
    try:
        yield
    finally:
        _explicit_scope.reset(token)


def current_scope() -> tuple[str, int | None, str]:
    """(scope, tenant id, reason): a business user's request is that business's scope;
    workers, the CLI, admins, web-chat customers and anonymous visitors the system's."""
    explicit = _explicit_scope.get()
    if explicit is not None:
        return explicit
    if not has_request_context():
        return ("system", None, "worker")
    user = g.get("api_user") or g.get("_login_user")
    if user is None or getattr(user, "is_anonymous", True):
        return ("system", None, "visitor")
    # Decided once per principal and request: reading the user's columns later could load
    # them from the database from inside this hook.
    cached = g.get("_tenant_scope")
    if cached is not None and cached[0] is user:
        return cached[1]
    loaded = sa.inspect(user, raiseerr=False)
    if loaded is not None and "tenant_id" not in loaded.dict:
        # Expired since it was loaded: no rows until the view itself reads the user again
        # (fail closed; never mistake a business user for an admin).
        return ("unknown", None, "principal not loaded")
    tenant_id = (loaded.dict["tenant_id"] if loaded is not None
                 else getattr(user, "tenant_id", None))
    scope = (("system", None, "admin") if tenant_id is None
             else ("tenant", int(tenant_id), "business user"))
    g._tenant_scope = (user, scope)
    return scope


@sa.event.listens_for(sa.Engine, "before_cursor_execute")
def _set_tenant_scope(conn: sa.Connection, _cursor: Any, _statement: str, _parameters: Any,
                      _context: Any, _executemany: bool) -> None:
    if conn.dialect.name != "postgresql":
        return
    if _statement.startswith("ROLLBACK TO SAVEPOINT"):
        # The scope is forgotten just before this statement (see below); setting it now
        # would fail in a transaction an error aborted, which only this rollback repairs.
        return
    scope = current_scope()
    if conn.info.get("tenant_scope") == scope:
        return
    kind, tenant_id, reason = scope
    with conn.connection.cursor() as cursor:
        cursor.execute(
            "SELECT set_config(%s, %s, true), set_config(%s, %s, true), set_config(%s, %s, true)",
            (SCOPE_SETTING, kind, TENANT_SETTING, "" if tenant_id is None else str(tenant_id),
             SYSTEM_SCOPE_REASON, reason))
    conn.info["tenant_scope"] = scope
    if kind == "system":
        _scope_log.debug("system scope (%s)", reason)


@sa.event.listens_for(sa.Engine, "commit")
@sa.event.listens_for(sa.Engine, "rollback")
@sa.event.listens_for(sa.Engine, "rollback_savepoint")
def _forget_tenant_scope(conn: sa.Connection, *_args: Any) -> None:
    if conn.invalidated:
        # The server dropped the connection: its info (and the scope noted there) went with
        # it, and reading `info` would raise instead of letting the rollback finish.
        return
    # SET LOCAL ends with the transaction (and is undone with a savepoint rolled back).
    conn.info.pop("tenant_scope", None)
