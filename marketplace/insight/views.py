"""The marketplace's health page and its CSV downloads (admins), the console's start page
panel, and a business's own insight page (dashboard)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from flask import Blueprint, Response, abort, render_template, request
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from marshmallow import ValidationError

from marketplace.accounts.auth import admin_required, business_required
from marketplace.admin.views import add_admin_link
from marketplace.insight import (
    business,
    charts,
    gaps,
    health,
    labels,
    messaging,
    rollup,
)
from marketplace.insight.formatting import formatted_rows, formatter, table_rows
from marketplace.insight.scope import PERIODS, Scope
from marketplace.insight.tables import COUNT, DAY, HOURS, SHARE, Table, as_csv
from marketplace.trades.catalogue import TRADES

bp = Blueprint("insight", __name__)
bp.add_app_template_filter(table_rows, "table_rows")

add_admin_link("insight.health", _l("Marketplace health"), order=5)


def _scope() -> Scope:
    try:
        return Scope.from_args(request.args)
    except ValidationError:
        abort(400)


def health_tables(scope: Scope, only: str | None = None) -> dict[str, Table]:
    """Every figure of the health page (or just `only`, for its CSV download)."""
    builders: dict[str, Any] = {
        "requests": health.requests_per_day, "funnel": health.funnel,
        "first_quote": health.time_to_first_quote,
        "answered": health.leads_answered_by_business,
        "consent": messaging.consent_answers, "messages": messaging.message_figures,
        "gaps_trade": gaps.gaps_by_trade, "gaps_region": lambda s: gaps.gaps_by_region(s)[0],
    }
    tables: dict[str, Table] = {}
    for key, build in builders.items():
        if only is not None and key != only and not (key == "messages" and only in
                                                     MESSAGE_TABLES):
            continue
        built = build(scope)
        for table in built if isinstance(built, tuple) else (built,):
            tables[table.key] = table
    return tables


MESSAGE_TABLES = ("delivery", "failures", "held")
# The figures change only when the rollup is rebuilt: each process keeps the tables of the
# current rebuild per slice and language, and forgets them with the next one.
_FIGURES: dict[tuple[Any, ...], dict[str, Table]] = {}
MAX_KEPT = 64


def current_health_tables(scope: Scope, generation: int) -> dict[str, Table]:
    key = (generation, scope, str(get_locale()))
    tables = _FIGURES.get(key)
    if tables is None:
        if len(_FIGURES) >= MAX_KEPT or any(kept[0] != key[0] for kept in _FIGURES):
            _FIGURES.clear()
        tables = _FIGURES[key] = health_tables(scope)
    return tables


def _health_charts(tables: dict[str, Table], scope: Scope) -> dict[str, Any]:
    requests = tables["requests"]
    delivery = tables["delivery"]
    outcome_columns = list(range(1, len(labels.OUTCOMES) + 1))
    return {
        "requests": charts.stacked_columns(
            requests, list(range(1, len(requests.columns) - 1)),
            label_every=7 if scope.days > 7 else 1, fmt=formatter(COUNT),
            label=formatter(DAY)),
        "funnel": charts.bars(tables["funnel"], 2, fmt=formatter(SHARE), top=1.0),
        "first_quote": charts.bars(tables["first_quote"], 1, fmt=formatter(HOURS)),
        "answered": charts.bars(tables["answered"], 3, fmt=formatter(SHARE), top=1.0),
        "consent": charts.stacked_bars(tables["consent"],
                                       list(range(1, len(labels.CONSENT_ORDER) + 1)),
                                       fmt=formatter(COUNT)),
        "delivery": charts.stacked_bars(delivery, outcome_columns, fmt=formatter(COUNT)),
        "failures": charts.bars(_labelled(tables["failures"]), 2, fmt=formatter(COUNT)),
        "held": charts.bars(tables["held"], 1, fmt=formatter(COUNT)),
        "gaps_trade": charts.bars(tables["gaps_trade"], 1, fmt=formatter(COUNT)),
    }


def _labelled(table: Table) -> Table:
    """Failures drawn one bar per channel and kind: both names on the bar's label."""
    return Table(table.key, table.title, table.columns, table.kinds,
                 [[f"{row[0]}: {row[1]}", row[1], row[2]] for row in table.rows])


@bp.route("/admin/health", endpoint="health")
@admin_required
def health_page():
    generation, refreshed_at = rollup.current()
    # The periods end on the day the figures were summed (the slices hold that window).
    scope = replace(_scope(), today=rollup.day_of(refreshed_at))
    tables = current_health_tables(scope, generation)
    region_gaps, centroids = gaps.gaps_on_map(tables["gaps_region"])
    gap_map = charts.gap_map(region_gaps, centroids if region_gaps else {},
                             fmt=formatter(COUNT))
    return render_template(
        "insight/health.html", scope=scope, tables=tables, rows={
            key: formatted_rows(table) for key, table in tables.items()},
        charts=_health_charts(tables, scope), gap_map=gap_map, periods=PERIODS,
        refreshed_at=refreshed_at,
        trades=sorted(TRADES, key=lambda trade: trade.name_de), regions=range(10))


@bp.route("/admin/health/<key>.csv")
@admin_required
def health_csv(key: str):
    scope = replace(_scope(), today=rollup.day_of(rollup.last_refresh()))
    tables = health_tables(scope, only=key)
    if key not in tables:
        abort(404)
    name = "-".join(str(part) for part in ("marktplatz", key, f"{scope.days}-tage",
                                           scope.trade, scope.region) if part)
    return Response(as_csv(tables[key]), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})


def admin_panel() -> tuple[str, dict[str, Any]]:
    """The console's start page, under the queues: the last seven days in a few numbers."""
    scope = Scope(days=7)
    return "insight/_admin_panel.html", {"scope": scope, "figures": health.headline(scope),
                                         "format_share": formatter(SHARE),
                                         "format_hours": formatter(HOURS),
                                         "format_count": formatter(COUNT)}


@bp.route("/dashboard/insight")
@business_required()
def business_page():
    scope = _scope()
    tenant = current_user.tenant
    table, group = business.comparison(tenant, scope)
    weeks = business.leads_per_week(tenant, scope)
    reviews = business.reviews_per_week(tenant, scope)
    return render_template(
        "insight/business.html", scope=scope, comparison=table, group=group,
        comparison_rows=formatted_rows(table), weeks=weeks, weeks_rows=formatted_rows(weeks),
        weeks_chart=charts.stacked_columns(_answered_split(weeks), [1, 2], label_every=1,
                                           fmt=formatter(COUNT), label=formatter(DAY)),
        reviews=reviews, reviews_rows=formatted_rows(reviews),
        any_reviews=any(row[1] for row in reviews.rows),
        periods=PERIODS, region_label=labels.region_label)


def _answered_split(weeks: Table) -> Table:
    """Each week's leads as answered and not (yet) answered, stacked to the week's total."""
    return Table(weeks.key, weeks.title, [weeks.columns[0], _l("Answered"),
                                          _l("Not answered")], weeks.kinds[:3],
                 [[row[0], row[2], row[1] - row[2]] for row in weeks.rows])


def dashboard_section(tenant: Any, _user: Any) -> tuple[str, dict[str, Any]]:
    """The dashboard's start page: the last 30 days in three numbers and a link."""
    table, _group = business.comparison(tenant, Scope(days=30))
    return "insight/_dashboard_section.html", {"rows": formatted_rows(table)}
