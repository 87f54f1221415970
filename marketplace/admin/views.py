"""Admin console entry page (later features add their queues)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from flask import Blueprint, render_template

from marketplace.accounts.auth import admin_required
from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.tasks import resolve
from marketplace.tenancy.models import Tenant

bp = Blueprint("admin", __name__, url_prefix="/admin")


@dataclass(frozen=True)
class AdminLink:
    endpoint: str
    label: Any  # a lazy_gettext string, rendered in the admin's language
    order: int = 100  # queues that need a person first
    waiting: str | None = None  # dotted path of a no-argument count of items waiting


# The console's start page; each feature's admin views add their entries once.
ADMIN_LINKS: dict[str, AdminLink] = {}


def add_admin_link(endpoint: str, label: Any, *, order: int = 100,
                   waiting: str | None = None) -> None:
    ADMIN_LINKS.setdefault(endpoint, AdminLink(endpoint, label, order, waiting))


@bp.route("/")
@admin_required
def index():
    counts = {
        "tenants": db.session.scalar(sa.select(sa.func.count(Tenant.id))),
        "users": db.session.scalar(sa.select(sa.func.count(User.id))),
    }
    links = [(link, resolve(link.waiting)() if link.waiting else None)
             for link in sorted(ADMIN_LINKS.values(), key=lambda link: (link.order,
                                                                        link.endpoint))]
    return render_template("admin/index.html", counts=counts, links=links)
