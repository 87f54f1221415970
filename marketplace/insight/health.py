"""The marketplace's health from the rows it writes anyway: requests, leads, quotes.

Every figure is read from the slice tables the periodic rebuild fills from those rows
(insight/rollup.py, slices.py): an indexed read of one slice's few rows, so a page stays
fast on a year of data, also for its first view after a rebuild (bench/pages_bench.py)."""

from __future__ import annotations

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from marketplace.db import db
from marketplace.insight import labels
from marketplace.insight.models import SliceBusiness, SliceDay, SliceFigures
from marketplace.insight.scope import Scope
from marketplace.insight.tables import COUNT, DAY, HOURS, SHARE, TEXT, Table, hours, share
from marketplace.tenancy.models import Tenant


def requests_per_day(scope: Scope) -> Table:
    rows = db.session.execute(
        sa.select(SliceDay.day, SliceDay.channel, SliceDay.requests)
        .where(*scope.slice_conditions(SliceDay), SliceDay.day >= scope.since.date())).all()
    channels = sorted({channel for _day, channel, _count in rows})
    counts = {(str(day_value)[:10], channel): count for day_value, channel, count in rows}
    table = Table("requests", _l("Requests per day by channel"),
                  [_l("Day")] + [labels.channel_label(c) for c in channels] + [_l("Total")],
                  [DAY] + [COUNT] * (len(channels) + 1),
                  note=_l("Job requests made, by the day they were made and the channel."))
    for day in scope.days_in():
        values = [counts.get((day.isoformat(), channel), 0) for channel in channels]
        table.rows.append([day, *values, sum(values)])
    return table


def figures(scope: Scope) -> SliceFigures:
    """The slice's requests, how far they got and their time to the first quote."""
    found = db.session.scalars(sa.select(SliceFigures)
                               .where(*scope.slice_conditions(SliceFigures))).first()
    return found or SliceFigures(requests=0, reached=0, quoted=0, awarded=0)


def funnel(scope: Scope) -> Table:
    """How far the period's requests got: reached a business, got a quote, were awarded."""
    found = figures(scope)
    total, reached_n, quoted_n, awarded_n = (found.requests, found.reached, found.quoted,
                                             found.awarded)
    table = Table("funnel", _l("How far requests got"), [_l("Step"), _l("Requests"),
                                                          _l("Share")],
                  [TEXT, COUNT, SHARE],
                  note=_l("Of the period's requests: how many reached at least one business, "
                          "got at least one quote (fill rate), and were awarded."))
    for label, count in ((_l("made (all requests)"), total),
                         (_l("reached at least one business"), reached_n),
                         (_l("got at least one quote"), quoted_n), (_l("awarded"), awarded_n)):
        table.rows.append([label, count or 0, share(count, total)])
    return table


def time_to_first_quote(scope: Scope) -> Table:
    found = figures(scope)
    median, p90 = found.first_quote_median, found.first_quote_p90
    return Table("first_quote", _l("Time to the first quote"), [_l("Measure"), _l("Hours")],
                 [TEXT, HOURS],
                 [[_l("median"), hours(median)], [_l("9 in 10 requests within"), hours(p90)]],
                 note=_l("From the request to its first quote, over requests that got one."))


def leads_answered_by_business(scope: Scope) -> Table:
    rows = db.session.execute(
        sa.select(Tenant.name, SliceBusiness.leads, SliceBusiness.answered)
        .join(SliceBusiness, SliceBusiness.tenant_id == Tenant.id)
        .where(*scope.slice_conditions(SliceBusiness))
        .order_by(SliceBusiness.position)).all()
    table = Table("answered", _l("Leads answered, by business"),
                  [_l("Business"), _l("Leads"), _l("Answered"), _l("Share")],
                  [TEXT, COUNT, COUNT, SHARE],
                  note=_l("The businesses with the most leads in the period; answered means "
                          "a quote or a reasoned refusal."))
    for name, leads_n, answered_n in rows:
        table.rows.append([name, leads_n, answered_n, share(answered_n, leads_n)])
    return table


def headline(scope: Scope) -> dict[str, float | int | None]:
    """The few numbers the console's start page shows under the queues."""
    steps = funnel(scope)
    total = steps.rows[0][1]
    median = time_to_first_quote(scope).rows[0][1]
    return {"requests": total, "reached": steps.rows[1][2], "filled": steps.rows[2][2],
            "awarded": steps.rows[3][2], "median_hours": median}
