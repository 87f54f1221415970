"""Login lockout through /login: every wrong password counts, also when they arrive at once,
and a locked account answers like an unknown one."""

from __future__ import annotations

import re
import threading
from unittest import mock

import pytest
import sqlalchemy as sa

from marketplace.accounts import services
from marketplace.accounts.models import Role, User
from marketplace.db import db
from tests.conftest import PASSWORD, csrf_token_from

WRONG = "wrong-password-123"
CSRF_VALUE = re.compile(r'name="csrf_token"[^>]*>|name="csrf-token" content="[^"]*"')


def _post_login(client, email: str, password: str, token: str | None = None):
    token = token or csrf_token_from(client, "/login")
    return client.post("/login", data={"email": email, "password": password,
                                       "csrf_token": token})


def _page(response, email: str) -> str:
    """The page with the typed e-mail and the (time-stamped) CSRF tokens blanked out."""
    page = response.get_data(as_text=True).replace(email, "X")
    return CSRF_VALUE.sub("csrf", page)


def _failed_logins(app, user_id: int) -> int:
    with app.app_context():
        count = db.session.scalar(sa.select(User.failed_logins).where(User.id == user_id))
        db.session.remove()
        return count


@pytest.mark.real_commits
def test_six_simultaneous_wrong_passwords_all_count(app, make_tenant, make_user):
    user = make_user(Role.OWNER, make_tenant())
    clients = [app.test_client() for _ in range(6)]
    tokens = [csrf_token_from(client, "/login") for client in clients]
    statements: list[str] = []
    with app.app_context():
        engine = db.engine

    def record(_conn, _cursor, statement, *_args):
        statements.append(statement)

    sa.event.listen(engine, "before_cursor_execute", record)
    barrier = threading.Barrier(len(clients))
    statuses: list[int] = []

    def attempt(client, token):
        barrier.wait()
        statuses.append(_post_login(client, user.email, WRONG, token).status_code)

    threads = [threading.Thread(target=attempt, args=pair)
               for pair in zip(clients, tokens, strict=True)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)

    assert statuses == [401] * 6
    assert _failed_logins(app, user.id) == 6
    # The count is raised by the database itself, not read, incremented and written back.
    increments = [s for s in statements if s.lstrip().startswith("UPDATE user_account")
                  and "user_account.failed_logins + " in s]
    assert len(increments) == 6, statements


def test_the_configured_attempt_locks_the_account(app, client, make_tenant, make_user):
    user = make_user(Role.OWNER, make_tenant())
    for attempt in range(1, services.MAX_FAILED_LOGINS):
        assert _post_login(client, user.email, WRONG).status_code == 401
        assert _failed_logins(app, user.id) == attempt
    assert _post_login(client, user.email, WRONG).status_code == 401
    with app.app_context():
        locked = db.session.get(User, user.id)
        assert locked.locked_until is not None
        assert locked.failed_logins == 0
        db.session.remove()
    # Even the right password is refused while locked.
    assert _post_login(client, user.email, PASSWORD).status_code == 401


def test_locked_and_unknown_accounts_answer_alike(app, client, make_tenant, make_user):
    user = make_user(Role.OWNER, make_tenant())
    for _ in range(services.MAX_FAILED_LOGINS):
        _post_login(client, user.email, WRONG)

    hashed = []
    real = services.check_password_hash

    def counting(stored, password):
        hashed.append(stored)
        return real(stored, password)

    with mock.patch.object(services, "check_password_hash", side_effect=counting):
        locked = _post_login(client, user.email, PASSWORD)
        unknown = _post_login(client, "nobody-here@example.com", PASSWORD)

    assert locked.status_code == unknown.status_code == 401
    assert _page(locked, user.email) == _page(unknown, "nobody-here@example.com")
    # Both paths do the same password-hashing work (one hash each, against the same dummy),
    # so timing does not tell a lock apart; wall-clock times are too noisy to compare here.
    assert len(hashed) == 2
    assert hashed[0] == hashed[1]
