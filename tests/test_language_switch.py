"""The language switch changes a stored preference, so it is a POST with the CSRF token."""

from __future__ import annotations

from marketplace.accounts.models import Role, User
from marketplace.db import db
from tests.language_switch import switch_language


def _preference(app, user_id: int) -> str:
    with app.app_context():
        return db.session.get(User, user_id).preferred_language


def test_get_no_longer_changes_the_preference(app, client, make_user, make_tenant, login_as):
    user = make_user(Role.OWNER, make_tenant())
    login_as(user)
    before = _preference(app, user.id)
    other = "en" if before != "en" else "de"
    response = client.get(f"/language/{other}")
    assert response.status_code == 405
    assert _preference(app, user.id) == before


def test_post_without_csrf_is_refused(app, client, make_user, make_tenant, login_as):
    user = make_user(Role.OWNER, make_tenant())
    login_as(user)
    before = _preference(app, user.id)
    other = "en" if before != "en" else "de"
    assert client.post(f"/language/{other}").status_code == 400
    assert _preference(app, user.id) == before


def test_post_with_csrf_changes_the_stored_preference(app, client, make_user, make_tenant,
                                                      login_as):
    user = make_user(Role.OWNER, make_tenant())
    login_as(user)
    response = switch_language(client, "en", next_path="/dashboard/")
    assert response.status_code == 302
    assert response.headers["Location"] == "/dashboard/"
    assert _preference(app, user.id) == "en"
    page = client.get("/dashboard/").get_data(as_text=True)
    assert '<html lang="en">' in page
    # The switch is a small form per language, looking like a link.
    assert 'action="/language/de"' in page
    assert 'method="post"' in page
