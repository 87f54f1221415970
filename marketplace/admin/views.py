"""Admin console entry page: figures and queues that the features register."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from flask import Blueprint, render_template
from flask_babel import lazy_gettext as _l

from marketplace import clock
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


@dataclass(frozen=True)
class Waiting:
    """What waits in one queue: how many items, and since when the oldest one waits."""

    count: int
    oldest_at: datetime | None = None

    def age(self) -> timedelta | None:
        """How long the oldest item has waited, or None for an empty queue."""
        oldest = clock.as_utc(self.oldest_at)
        if not self.count or oldest is None:
            return None
        return max(clock.now() - oldest, timedelta(0))


@dataclass(frozen=True)
class AdminQueue:
    key: str
    label: Any  # a lazy_gettext string
    endpoint: str  # where a person works through the queue
    waiting: Callable[[], Waiting]
    order: int = 100
    url_args: tuple[tuple[str, str], ...] = ()  # e.g. a list page's filter


Panel = Callable[[], tuple[str, Any]]

# The console's start page; each feature adds its entries once. The features sit above the
# console, so they register here rather than the console importing them.
ADMIN_LINKS: dict[str, AdminLink] = {}
ADMIN_FIGURES: dict[str, AdminFigure] = {}
ADMIN_QUEUES: dict[str, AdminQueue] = {}
# Sections below the queues (the marketplace's health): `() -> (template, context)`; the
# template receives `panel` = context, as the business dashboard's sections do.
ADMIN_PANELS: dict[Panel, int] = {}


def add_admin_link(endpoint: str, label: Any, *, order: int = 100,
                   waiting: Count | None = None) -> None:
    ADMIN_LINKS.setdefault(endpoint, AdminLink(endpoint, label, order, waiting))


def add_admin_figure(key: str, label: Any, count: Count, *, order: int = 100) -> None:
    ADMIN_FIGURES.setdefault(key, AdminFigure(key, label, count, order))


def add_admin_queue(key: str, label: Any, endpoint: str, waiting: Callable[[], Waiting], *,
                    order: int = 100, url_args: dict[str, str] | None = None) -> None:
    """A queue of things a person must handle, shown first on the console's start page with
    its count and the age of its oldest item (the reviews feature adds reported reviews)."""
    ADMIN_QUEUES.setdefault(key, AdminQueue(key, label, endpoint, waiting, order,
                                            tuple(sorted((url_args or {}).items()))))


def add_admin_panel(panel: Panel, *, order: int = 100) -> None:
    ADMIN_PANELS.setdefault(panel, order)


def count_users() -> int:
    return db.session.scalar(sa.select(sa.func.count(User.id))) or 0


add_admin_figure("users", _l("Users"), count_users, order=20)


@bp.route("/")
@admin_required
def index():
    figures = [(figure, figure.count())
               for figure in sorted(ADMIN_FIGURES.values(), key=lambda f: (f.order, f.key))]
    queues = [(queue, queue.waiting())
              for queue in sorted(ADMIN_QUEUES.values(), key=lambda q: (q.order, q.key))]
    # A link whose queue is listed above needs no second count.
    queued = {queue.endpoint for queue in ADMIN_QUEUES.values()}
    links = [(link, None if link.endpoint in queued else link.waiting_count())
             for link in sorted(ADMIN_LINKS.values(), key=lambda link: (link.order,
                                                                        link.endpoint))]
    panels = [panel() for panel, _order in sorted(ADMIN_PANELS.items(), key=lambda p: p[1])]
    return render_template("admin/index.html", figures=figures, links=links, queues=queues,
                           panels=panels)
