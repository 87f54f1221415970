"""The demo data loads idempotently through the services."""

import sqlalchemy as sa

from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.demo import DEMO_ADMIN_EMAIL, DEMO_BUSINESSES, DEMO_PASSWORD, seed_demo_data
from marketplace.tenancy.models import Tenant


def test_seed_demo_is_idempotent(app_ctx):
    seed_demo_data()
    seed_demo_data()
    slugs = set(db.session.scalars(sa.select(Tenant.slug)).all())
    assert {business.slug for business in DEMO_BUSINESSES} <= slugs
    admins = db.session.scalars(sa.select(User).where(User.email == DEMO_ADMIN_EMAIL)).all()
    assert len(admins) == 1
    assert admins[0].check_password(DEMO_PASSWORD)


def test_seed_demo_command(app):
    result = app.test_cli_runner().invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    assert DEMO_ADMIN_EMAIL in result.output
