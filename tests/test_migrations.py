"""The migrations build exactly the models, from empty, on SQLite and PostgreSQL."""

import os
import uuid

import pytest
import sqlalchemy as sa
from flask_migrate import check, upgrade

from marketplace.app import create_app
from marketplace.config import TestConfig, normalise_database_url
from marketplace.db import db


def _upgrade_and_check(database_url: str, tmp_path) -> list[str]:
    app = create_app(TestConfig, {"DATABASE_URL": database_url,
                                  "MEDIA_ROOT": str(tmp_path / "media")})
    with app.app_context():
        upgrade()
        check()  # raises when models and migrations differ
        tables = sorted(sa.inspect(db.engine).get_table_names())
        db.session.remove()
        db.engine.dispose()
    return tables


@pytest.mark.real_commits
def test_upgrade_from_empty_matches_models_on_sqlite(tmp_path):
    tables = _upgrade_and_check(f"sqlite:///{tmp_path}/fresh.db", tmp_path)
    assert {"tenant", "user_account", "alembic_version"} <= set(tables)
    assert set(tables) - {"alembic_version"} == set(db.metadata.tables)


@pytest.mark.real_commits
def test_upgrade_from_empty_matches_models_on_postgresql(tmp_path):
    base_url = os.environ.get("TEST_DATABASE_URL")
    if not base_url:
        pytest.skip("TEST_DATABASE_URL not set: PostgreSQL is tested in CI")
    name = f"migrations_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(normalise_database_url(base_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        url = sa.engine.make_url(normalise_database_url(base_url)).set(database=name)
        tables = _upgrade_and_check(url.render_as_string(hide_password=False), tmp_path)
        assert set(tables) - {"alembic_version"} == set(db.metadata.tables)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.mark.real_commits
def test_session_database_has_no_drift(app):
    with app.app_context():
        check()
