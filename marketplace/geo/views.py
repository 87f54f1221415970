"""Admin console: state of the postcode data and a distance check between two postcodes."""

from __future__ import annotations

from flask import Blueprint, render_template, request
from flask_babel import lazy_gettext as _l

from marketplace.accounts.auth import admin_required
from marketplace.admin.views import add_admin_link
from marketplace.geo import services

bp = Blueprint("geo", __name__, url_prefix="/admin/postcodes")

add_admin_link("geo.overview", _l("Postcodes and distances"), order=85)


@bp.route("/")
@admin_required
def overview():
    origin = (request.args.get("origin") or "").strip()[:10]
    target = (request.args.get("target") or "").strip()[:10]
    comparison = services.compare_postcodes(origin, target) if origin or target else None
    return render_template("geo/overview.html", summary=services.geodata_summary(),
                           origin=origin, target=target, comparison=comparison,
                           credit=services.GEONAMES_CREDIT, credit_url=services.GEONAMES_URL)
