"""Admin console entry page: figures and queues that the features register."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from flask import Blueprint, render_template
from flask_babel import lazy_gettext as _l

from marketplace.accounts.auth import admin_required
from marketplace.accounts.models import User
from marketplace.db import db

bp = Blueprint("admin", __name__, url_prefix="/admin")

Count = Callable[[], int]


@dataclass(frozen=True)
class AdminLink:
    endpoint: str
    label: Any  # a lazy_gettext string, rendered in the admin's language
    order: int = 100  # queues that need a person first
    waiting: Count | None = None  # a no-argument count of items waiting

    def waiting_count(self) -> int | None:
        return None if self.waiting is None else self.waiting()


@dataclass(frozen=True)
class AdminFigure:
    key: str
    label: Any  # a lazy_gettext string
    count: Count
    order: int = 100


# The console's start page; each feature adds its entries once. The features sit above the
# console, so they register here rather than the console importing them.
ADMIN_LINKS: dict[str, AdminLink] = {}
ADMIN_FIGURES: dict[str, AdminFigure] = {}


def add_admin_link(endpoint: str, label: Any, *, order: int = 100,
                   waiting: Count | None = None) -> None:
    ADMIN_LINKS.setdefault(endpoint, AdminLink(endpoint, label, order, waiting))


def add_admin_figure(key: str, label: Any, count: Count, *, order: int = 100) -> None:
    ADMIN_FIGURES.setdefault(key, AdminFigure(key, label, count, order))


def count_users() -> int:
    return db.session.scalar(sa.select(sa.func.count(User.id))) or 0


add_admin_figure("users", _l("Users"), count_users, order=20)


@bp.route("/")
@admin_required
def index():
    figures = [(figure, figure.count())
               for figure in sorted(ADMIN_FIGURES.values(), key=lambda f: (f.order, f.key))]
    links = [(link, link.waiting_count())
             for link in sorted(ADMIN_LINKS.values(), key=lambda link: (link.order,
                                                                        link.endpoint))]
    return render_template("admin/index.html", figures=figures, links=links)
