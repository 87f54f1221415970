"""Shared fixtures: one app per session on the real database, one savepoint per test.

Without TEST_DATABASE_URL the suite runs on a throwaway SQLite file with inline tasks;
CI sets TEST_DATABASE_URL and TEST_REDIS_URL to the real PostgreSQL and Redis.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from marketplace import clock, mail
from marketplace.accounts import services as account_services
from marketplace.accounts.models import Role, User
from marketplace.app import create_app
from marketplace.config import TestConfig
from marketplace.db import db
from marketplace.tenancy import registration as tenancy_registration
from marketplace.tenancy.models import Tenant

PASSWORD = "correct-horse-battery"
SHARED_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..",
                          "shared")
GEONAMES_FILE = os.path.normpath(os.path.join(SHARED_DIR, "data", "geonames", "DE.txt"))
# shared/ lies beside the checkout (CI puts a copy there); it is never copied into the repo.
needs_geonames = pytest.mark.skipif(not os.path.exists(GEONAMES_FILE),
                                    reason="shared GeoNames file not present beside the checkout")


def _reset_postgres(url: str) -> None:
    from marketplace.config import normalise_database_url

    engine = sa.create_engine(normalise_database_url(url))
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


@pytest.fixture(scope="session")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    overrides: dict[str, object] = {
        "MEDIA_ROOT": str(tmp_path_factory.mktemp("media")),
        "PUBLIC_BASE_URL": "http://testserver.local",
    }
    database_url = os.environ.get("TEST_DATABASE_URL")
    if database_url:
        _reset_postgres(database_url)
    else:
        path = os.path.join(tempfile.mkdtemp(prefix="marketplace-test-"), "test.db")
        overrides["DATABASE_URL"] = f"sqlite:///{path}"
    app = create_app(TestConfig, overrides)
    from flask_migrate import upgrade

    with app.app_context():
        upgrade()
        db.session.remove()
    yield app
    with app.app_context():
        db.engine.dispose()


def _empty_all_tables(app: Flask) -> None:
    with app.app_context():
        with db.engine.begin() as connection:
            for table in reversed(db.metadata.sorted_tables):
                connection.execute(table.delete())
        db.session.remove()


@pytest.fixture(autouse=True)
def _db_isolation(request: pytest.FixtureRequest, app: Flask,
                  monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test runs inside one outer transaction; services commit to savepoints."""
    if request.node.get_closest_marker("real_commits"):
        yield
        _empty_all_tables(app)
        return
    with app.app_context():
        engines = db.engines
        engine = engines[None]
    connection = engine.connect()
    outer = connection.begin()
    monkeypatch.setitem(engines, None, connection)
    monkeypatch.setitem(db.session.session_factory.kw, "join_transaction_mode",
                        "create_savepoint")
    yield
    with app.app_context():
        db.session.remove()
    outer.rollback()
    connection.close()


@pytest.fixture(autouse=True)
def _real_clock() -> Iterator[None]:
    yield
    clock.unfreeze()


@pytest.fixture
def frozen_clock() -> Iterator[Callable[..., datetime]]:
    """Freeze time at a fixed instant; call the fixture's value to move it."""
    clock.freeze(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))

    def move(**delta: float) -> datetime:
        from datetime import timedelta

        return clock.advance(timedelta(**delta))

    yield move
    clock.unfreeze()


class Outbox:
    """E-mails the platform would have sent (the tests have no SMTP server), as
    "to=<address> subject=<subject>" and the text body."""

    def all(self) -> list[str]:
        return [kept.as_text() for kept in mail.OUTBOX]

    def to(self, address: str) -> list[str]:
        return [kept.as_text() for kept in mail.OUTBOX if kept.to == address]

    def clear(self) -> None:
        mail.OUTBOX.clear()

    @contextmanager
    def window(self) -> Iterator[Outbox]:
        """Only the e-mails sent inside the block."""
        self.clear()
        yield self


@pytest.fixture
def outbox() -> Outbox:
    mail.OUTBOX.clear()
    return Outbox()


@pytest.fixture
def app_ctx(app: Flask) -> Iterator[Flask]:
    """For direct service tests; never hold it around test-client calls."""
    with app.app_context():
        yield app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def make_tenant(app: Flask) -> Callable[..., Tenant]:
    def make(name: str = "Dachdeckerei Muster GmbH") -> Tenant:
        with app.app_context():
            tenant = tenancy_registration.create_tenant(name=name)
            db.session.refresh(tenant)
            db.session.expunge(tenant)
            return tenant

    return make


@pytest.fixture
def make_user(app: Flask) -> Callable[..., User]:
    counter = iter(range(1, 10_000))

    def make(role: Role = Role.OWNER, tenant: Tenant | None = None, email: str | None = None,
             password: str = PASSWORD) -> User:
        with app.app_context():
            if tenant is not None:
                tenant = db.session.get(Tenant, tenant.id)
            user = account_services.create_user(
                email=email or f"user{next(counter)}@example.com",
                password=password,
                role=role,
                tenant=tenant,
            )
            db.session.refresh(user)
            db.session.expunge(user)
            return user

    return make


CSRF_PATTERN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def csrf_token_from(client: FlaskClient, url: str) -> str:
    page = client.get(url)
    match = CSRF_PATTERN.search(page.get_data(as_text=True))
    assert match, f"no CSRF token on {url}"
    return match.group(1)


def login(client: FlaskClient, user: User | str, password: str = PASSWORD) -> None:
    email = user if isinstance(user, str) else user.email
    token = csrf_token_from(client, "/login")
    response = client.post("/login", data={"email": email, "password": password,
                                           "csrf_token": token})
    assert response.status_code == 302, response.get_data(as_text=True)[:500]


@pytest.fixture
def login_as(client: FlaskClient) -> Callable[..., FlaskClient]:
    def do_login(user: User | str, password: str = PASSWORD) -> FlaskClient:
        login(client, user, password)
        return client

    return do_login
