"""Admin console: the trade catalogue and a box to try the trade detection on any text."""

from __future__ import annotations

from flask import Blueprint, render_template, request
from flask_babel import lazy_gettext as _l

from marketplace.accounts.auth import admin_required
from marketplace.admin.views import ADMIN_LINKS
from marketplace.trades.catalogue import Anlage, trades_in
from marketplace.trades.detection import decide

bp = Blueprint("trades", __name__, url_prefix="/admin/trades")

ADMIN_LINK = ("trades.catalogue", _l("Trade catalogue"))
if all(endpoint != ADMIN_LINK[0] for endpoint, _label in ADMIN_LINKS):
    ADMIN_LINKS.append(ADMIN_LINK)


@bp.route("/")
@admin_required
def catalogue():
    text = (request.args.get("text") or "").strip()[:1000]
    decision = decide(text) if text else None
    groups = [(anlage, trades_in(anlage)) for anlage in Anlage]
    return render_template("trades/catalogue.html", groups=groups, text=text,
                           decision=decision)
