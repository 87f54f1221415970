"""Template filters for job requests (status history reasons, trade names).

The admin's job pages read the chat and the leads as well, so they are served from
`quotes/job_admin/views.py`; this blueprint only registers the filters for every template.
"""

from __future__ import annotations

from flask import Blueprint

from marketplace.jobs import reasons, state
from marketplace.trades.catalogue import get_trade

bp = Blueprint("jobs", __name__)


@bp.app_template_filter("job_reason")
def job_reason_filter(reason: str | None) -> str:
    return reasons.reason_label(reason)


@bp.app_template_filter("job_status_label")
def job_status_label(status: str | None) -> str:
    """A job's status in words, on every page that shows one."""
    return state.status_label(status)


@bp.app_template_filter("trade_name")
def trade_name(code: str | None) -> str:
    from flask_babel import get_locale

    trade = get_trade(code)
    return trade.name(str(get_locale() or "de")) if trade else (code or "")
