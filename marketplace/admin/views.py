"""Admin console entry page (later features add their queues)."""

from __future__ import annotations

import sqlalchemy as sa
from flask import Blueprint, render_template

from marketplace.accounts.auth import admin_required
from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.tenancy.models import Tenant

bp = Blueprint("admin", __name__, url_prefix="/admin")

# Links on the console's start page: (endpoint, label) added by each feature's admin views.
# Labels are lazy_gettext strings so they render in the admin's language.
ADMIN_LINKS: list[tuple[str, object]] = []


@bp.route("/")
@admin_required
def index():
    counts = {
        "tenants": db.session.scalar(sa.select(sa.func.count(Tenant.id))),
        "users": db.session.scalar(sa.select(sa.func.count(User.id))),
    }
    return render_template("admin/index.html", counts=counts, links=ADMIN_LINKS)
