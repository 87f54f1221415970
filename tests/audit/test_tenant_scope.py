"""Which scope a transaction runs in (the PostgreSQL wall's input), on any database."""

from __future__ import annotations

from flask import g
from flask_login import AnonymousUserMixin

from marketplace.accounts.models import Role
from marketplace.db import current_scope, db, system_scope


def test_scope_follows_the_principal(app, make_tenant, make_user):
    tenant = make_tenant()
    owner, admin = make_user(Role.OWNER, tenant), make_user(Role.ADMIN)
    assert current_scope() == ("system", None, "worker")
    with app.test_request_context("/"):
        assert current_scope() == ("system", None, "visitor")
        g._login_user = AnonymousUserMixin()
        assert current_scope() == ("system", None, "visitor")
    with app.test_request_context("/dashboard/"):
        g._login_user = db.session.merge(owner)
        assert current_scope() == ("tenant", tenant.id, "business user")
        with system_scope("inline routing"):
            assert current_scope() == ("system", None, "inline routing")
        assert current_scope() == ("tenant", tenant.id, "business user")
    with app.test_request_context("/admin/"):
        g._login_user = db.session.merge(admin)
        assert current_scope() == ("system", None, "admin")


def test_an_expired_business_user_fails_closed(app, make_tenant, make_user):
    owner = make_user(Role.OWNER, make_tenant())
    with app.test_request_context("/api/v1/leads"):
        user = db.session.merge(owner)
        db.session.expire(user)
        g.api_user = user
        assert current_scope() == ("unknown", None, "principal not loaded")
