"""The demo's SQLite: a request that read and then writes is not refused because another
request committed in between (the web chat polls while a customer uploads photos)."""

from __future__ import annotations

import threading

import pytest

from marketplace.app import create_app
from marketplace.db import db


# The suite's own app too: its browser tests serve concurrent requests like the demo.
@pytest.mark.parametrize("config", ["development", "test"])
def test_read_then_write_survives_a_concurrent_commit(tmp_path, config):
    app = create_app(config, overrides={
        "DATABASE_URL": f"sqlite:///{tmp_path / 'demo.db'}", "SECRET_KEY": "x" * 40,
        "MEDIA_ROOT": str(tmp_path)})
    with app.app_context():
        engine = db.engine
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE note (text TEXT)")
        upload = engine.connect()
        transaction = upload.begin()
        assert upload.exec_driver_sql("SELECT count(*) FROM note").scalar() == 0
        failures: list[BaseException] = []

        def poll_writes() -> None:
            try:
                with engine.begin() as connection:
                    connection.exec_driver_sql("INSERT INTO note VALUES ('delivered')")
            except BaseException as error:  # reported by the assertion below
                failures.append(error)

        poller = threading.Thread(target=poll_writes)
        poller.start()
        poller.join(timeout=0.5)  # waits for the lock under BEGIN IMMEDIATE
        upload.exec_driver_sql("INSERT INTO note VALUES ('photo')")
        transaction.commit()
        upload.close()
        poller.join(timeout=10)
        assert not failures
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM note").scalar() == 2
        engine.dispose()


def test_login_survives_a_commit_during_the_password_check(tmp_path, monkeypatch):
    """The e2e flake (issue 12): `database is locked` on POST /login in a full run.

    The login read the user, spent a while hashing the password, then wrote the login time
    in the same transaction. In the browser tests the chat page polls meanwhile and commits
    its delivered marks; the suite's app began transactions DEFERRED, so the login's write
    came from a stale snapshot and SQLite refused it at once. Now the login ends its read
    before hashing (so under BEGIN IMMEDIATE it does not hold the write lock for the hash
    either) and the poll's commit goes through while the password is checked.
    """
    from marketplace.accounts import services as account_services
    from marketplace.accounts.models import Role, User

    app = create_app("test", overrides={
        "DATABASE_URL": f"sqlite:///{tmp_path / 'suite.db'}", "MEDIA_ROOT": str(tmp_path)})
    with app.app_context():
        db.create_all()
        account_services.create_user(email="inhaber@example.com", role=Role.ADMIN,
                                     password="correct-horse-battery", tenant=None)
        engine = db.engine
        db.session.remove()
    failures: list[BaseException] = []

    def chat_poll_commits() -> None:
        try:
            with engine.begin() as connection:
                connection.exec_driver_sql("UPDATE user_account SET name = 'Erika'")
        except BaseException as error:  # reported by the assertion below
            failures.append(error)

    poller = threading.Thread(target=chat_poll_commits)
    check_password = User.check_password

    def hashing_while_the_chat_polls(self, password: str) -> bool:
        poller.start()
        poller.join(timeout=30)  # never held up by the login (busy timeout: 5 s)
        assert not poller.is_alive()
        return check_password(self, password)

    monkeypatch.setattr(User, "check_password", hashing_while_the_chat_polls)
    with app.app_context():
        user = account_services.authenticate(email="inhaber@example.com",
                                             password="correct-horse-battery")
        assert user is not None
        assert user.last_login_at is not None
        db.session.remove()
    poller.join(timeout=10)
    assert not failures
    with app.app_context():
        db.engine.dispose()
