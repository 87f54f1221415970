"""Admin console: the trade catalogue and a box to try the trade detection on any text."""

from __future__ import annotations

from flask import Blueprint, render_template, request
from flask_babel import lazy_gettext as _l

from marketplace.accounts.auth import admin_required
from marketplace.admin.views import add_admin_link
from marketplace.trades.catalogue import Anlage, trades_in
from marketplace.trades.detection import decide

bp = Blueprint("trades", __name__, url_prefix="/admin/trades")

add_admin_link("trades.catalogue", _l("Trade catalogue"), order=80)


@bp.route("/")
@admin_required
def catalogue():
    text = (request.args.get("text") or "").strip()[:1000]
    decision = decide(text) if text else None
    groups = [(anlage, trades_in(anlage)) for anlage in Anlage]
    return render_template("trades/catalogue.html", groups=groups, text=text,
                           decision=decision)
