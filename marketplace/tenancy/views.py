"""The business dashboard (later features add their sections)."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import current_user

from marketplace.accounts.auth import business_required
from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.tasks import resolve
from marketplace.tenancy.scoping import get_scoped, scoped_select

bp = Blueprint("dashboard", __name__, url_prefix="/dashboard")

# Sections of the dashboard start page: dotted paths to functions
# `(tenant, user) -> (template_name, context)`; the template receives `section` = context.
DASHBOARD_SECTIONS: list[str] = []


def build_sections(tenant, user) -> list[tuple[str, object]]:
    return [resolve(path)(tenant, user) for path in DASHBOARD_SECTIONS]


@bp.route("/")
@business_required()
def index():
    tenant = current_user.tenant
    return render_template("tenancy/index.html", tenant=tenant,
                           sections=build_sections(tenant, current_user))


@bp.route("/team")
@business_required()
def team():
    members = db.session.scalars(
        scoped_select(User, current_user.tenant).order_by(User.email)
    ).all()
    return render_template("tenancy/team.html", members=members)


@bp.route("/team/<int:user_id>")
@business_required()
def team_member(user_id: int):
    member = get_scoped(User, current_user.tenant, user_id)
    return render_template("tenancy/team_member.html", member=member)
