"""PostgreSQL row-level security, the second wall: run as the app's role (neither owner
nor superuser), a query without a tenant sees no tenant rows, one with business A's tenant
only A's, and the app's pages and API still work as that role.

PostgreSQL only (TEST_DATABASE_URL); the role is TEST_APP_ROLE (default `marketplace_app`,
created here if missing, as `.ci/run` and the README's Production section do).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
import sqlalchemy as sa
from flask import Flask, g

from marketplace import clock
from marketplace.accounts import services as account_services
from marketplace.accounts.models import Role, User
from marketplace.app import create_app
from marketplace.config import TestConfig, normalise_database_url
from marketplace.db import db, system_scope
from marketplace.quotes import business_side
from marketplace.quotes import routing_runs as quotes_routing_runs
from marketplace.quotes.models import Lead
from tests.conftest import PASSWORD, csrf_token_from, login
from tests.quotes.conftest import World
from tests.quotes.test_routing import NEAR

DATABASE_URL = os.environ.get("TEST_DATABASE_URL")
APP_ROLE = os.environ.get("TEST_APP_ROLE", "marketplace_app")
pytestmark = [
    pytest.mark.skipif(not DATABASE_URL, reason="row-level security is PostgreSQL's"),
    pytest.mark.real_commits,
]


def _owner_engine() -> sa.Engine:
    return sa.create_engine(normalise_database_url(DATABASE_URL or ""))


def _app_role_url() -> str:
    url = sa.engine.make_url(normalise_database_url(DATABASE_URL or ""))
    return url.set(username=APP_ROLE, password=None).render_as_string(hide_password=False)


def _grant_app_role(engine: sa.Engine) -> None:
    """What an operator runs once per database (README: Production)."""
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
            f"'{APP_ROLE}') THEN CREATE ROLE {APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS; "
            "END IF; END $$")
        database = connection.exec_driver_sql("SELECT current_database()").scalar()
        for statement in (
                f'GRANT CONNECT ON DATABASE "{database}" TO {APP_ROLE}',
                f"GRANT USAGE ON SCHEMA public TO {APP_ROLE}",
                f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                f"TO {APP_ROLE}",
                f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {APP_ROLE}"):
            connection.exec_driver_sql(statement)


def _tenant_tables(engine: sa.Engine) -> set[str]:
    with engine.connect() as connection:
        return set(connection.exec_driver_sql(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' "
            "AND column_name = 'tenant_id' AND is_nullable = 'NO'").scalars())


@pytest.fixture
def two_businesses(app: Flask) -> dict:
    with app.app_context():
        world = World(app)
        world.neighbours("10115", NEAR)
        mine = world.business("Alpha Dach RLS", postcode="10117")
        theirs = world.business("Zeta Dach RLS", postcode="10119")
        job = world.job(postcode="10115")
        quotes_routing_runs.route_job(job.id)
        leads = {lead.tenant_id: lead.id for lead in db.session.scalars(
            sa.select(Lead).where(Lead.job_request_id == job.id))}
        start = clock.now().date() + timedelta(days=3)
        for tenant in (mine, theirs):
            business_side.submit_quote(tenant, world.owners[tenant.id],
                                       lead_id=leads[tenant.id], data={
                                           "price_kind": "fixed", "net_amount_cents": 40_000,
                                           "line_items": [], "earliest_start": start,
                                           "valid_until": None, "message": tenant.name})
        account_services.create_user(email="admin@rls.example", password=PASSWORD,
                                     role=Role.ADMIN, tenant=None)
        return {"a": mine.id, "b": theirs.id, "owner_a": world.owners[mine.id].email,
                "lead_a": leads[mine.id], "lead_b": leads[theirs.id], "job": job.id}


@pytest.fixture
def app_role_engine(two_businesses) -> Iterator[sa.Engine]:
    owner = _owner_engine()
    _grant_app_role(owner)
    owner.dispose()
    engine = sa.create_engine(_app_role_url())
    yield engine
    engine.dispose()


def test_every_tenant_owned_table_is_behind_the_wall(app):
    engine = _owner_engine()
    tables = _tenant_tables(engine)
    with engine.connect() as connection:
        protected = set(connection.exec_driver_sql(
            "SELECT c.relname FROM pg_class c JOIN pg_policy p ON p.polrelid = c.oid "
            "WHERE c.relrowsecurity AND p.polname = 'tenant_wall'").scalars())
    engine.dispose()
    assert {"lead", "quote", "thread_message", "consent_event"} <= tables
    assert tables - protected == set()


class RawSession:
    """A plain DBAPI connection as the app role: no hook of ours sets a scope on it."""

    def __init__(self, engine: sa.Engine) -> None:
        self.connection = engine.raw_connection()

    def rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        cursor = self.connection.cursor()
        cursor.execute(sql, params)
        return list(cursor.fetchall()) if cursor.description else [(cursor.rowcount,)]

    def value(self, sql: str, params: tuple = ()):
        return self.rows(sql, params)[0][0]

    def close(self) -> None:
        self.connection.rollback()
        self.connection.close()


@pytest.fixture
def as_app_role(app_role_engine) -> Iterator[RawSession]:
    session = RawSession(app_role_engine)
    yield session
    session.close()


def test_the_app_role_sees_no_tenant_rows_without_a_tenant(as_app_role, two_businesses):
    assert as_app_role.rows("SELECT rolsuper, rolbypassrls FROM pg_roles "
                            "WHERE rolname = current_user") == [(False, False)]
    for table in ("lead", "quote", "lead_event", "api_token", "tenant_trade"):
        assert as_app_role.value(f"SELECT count(*) FROM {table}") == 0, table  # noqa: S608
    # Tables outside the wall stay readable: the businesses themselves, the job.
    assert as_app_role.value("SELECT count(*) FROM tenant") >= 2
    assert as_app_role.value("SELECT count(*) FROM job_request") == 1


def test_with_tenant_a_the_app_role_sees_only_a(as_app_role, two_businesses):
    a, b = two_businesses["a"], two_businesses["b"]
    session = as_app_role
    session.rows("SELECT set_config('app.tenant_id', %s, true)", (str(a),))
    assert {row[0] for row in session.rows("SELECT tenant_id FROM lead")} == {a}
    assert {row[0] for row in session.rows("SELECT tenant_id FROM quote")} == {a}
    assert session.value("SELECT count(*) FROM lead WHERE id = %s",
                         (two_businesses["lead_b"],)) == 0
    # Writing into B's rows is refused too, not only reading them.
    assert session.value("UPDATE quote SET message = 'x' WHERE tenant_id = %s", (b,)) == 0
    with pytest.raises(Exception, match="row-level security"):
        session.rows("UPDATE quote SET tenant_id = %s WHERE tenant_id = %s", (b, a))
    session.connection.rollback()
    session.rows("SELECT set_config('app.scope', 'system', true)")
    assert {row[0] for row in session.rows("SELECT tenant_id FROM lead")} == {a, b}


def test_the_app_runs_as_the_app_role(app, app_role_engine, two_businesses, tmp_path):
    """A sample of pages and API calls of a business, the admin console and the web chat,
    served by an app whose database user is the role the wall holds."""
    served = create_app(TestConfig, {"DATABASE_URL": _app_role_url(),
                                     "MEDIA_ROOT": str(tmp_path / "media"),
                                     "PUBLIC_BASE_URL": "http://testserver.local"})
    try:
        client = served.test_client()
        login(client, two_businesses["owner_a"])
        for url in ("/dashboard/", "/dashboard/leads", "/dashboard/team",
                    f"/dashboard/leads/{two_businesses['lead_a']}", "/dashboard/api-tokens/"):
            response = client.get(url)
            assert response.status_code == 200, url
            assert "Zeta Dach RLS" not in response.get_data(as_text=True), url
        assert client.get(f"/dashboard/leads/{two_businesses['lead_b']}").status_code == 404
        created = client.post("/dashboard/api-tokens/", data={
            "csrf_token": csrf_token_from(client, "/dashboard/api-tokens/"), "name": "RLS"})
        assert created.status_code == 201
        token = re.search(r"mpk_[^<\s\"]+", created.get_data(as_text=True)).group(0)
        auth = {"Authorization": f"Bearer {token}"}
        leads = client.get("/api/v1/leads", headers=auth).get_json()["leads"]
        assert [lead["id"] for lead in leads] == [two_businesses["lead_a"]]
        quotes = client.get("/api/v1/quotes", headers=auth).get_json()["quotes"]
        assert [quote["message"] for quote in quotes] == ["Alpha Dach RLS"]
        assert client.get(f"/api/v1/leads/{two_businesses['lead_b']}",
                          headers=auth).status_code == 404
        patched = client.patch(f"/api/v1/quotes/{quotes[0]['id']}", headers=auth,
                               json={"message": "Geändert unter RLS"})
        assert patched.status_code == 200, patched.get_json()

        admin = served.test_client()
        login(admin, "admin@rls.example")
        detail = admin.get(f"/admin/jobs/{two_businesses['job']}")
        assert detail.status_code == 200
        page = detail.get_data(as_text=True)
        assert "Alpha Dach RLS" in page  # the system scope: both businesses
        assert "Zeta Dach RLS" in page

        visitor = served.test_client()
        assert visitor.get("/chat").status_code == 200
        assert visitor.get("/api/chat/messages").status_code == 200

        # The hook, not the views' own filters, is what the role's queries went through:
        # an unfiltered query in A's owner's request sees A's leads only.
        with served.test_request_context("/dashboard/"):
            owner = db.session.scalar(sa.select(User).where(
                User.email == two_businesses["owner_a"]))
            g._login_user = owner
            assert set(db.session.scalars(sa.select(Lead.tenant_id))) == {two_businesses["a"]}
            db.session.rollback()
            with system_scope("test: the whole platform"):
                assert len(set(db.session.scalars(sa.select(Lead.tenant_id)))) == 2
    finally:
        with served.app_context():
            db.session.remove()
            db.engine.dispose()
