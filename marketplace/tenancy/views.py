"""The business dashboard (later features add their sections)."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import current_user

from marketplace.accounts.auth import business_required
from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.tenancy.scoping import get_scoped, scoped_select

bp = Blueprint("dashboard", __name__, url_prefix="/dashboard")


@bp.route("/")
@business_required()
def index():
    return render_template("tenancy/index.html", tenant=current_user.tenant)


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
