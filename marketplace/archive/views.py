"""The job archive download, and the records an erasure kept for the business.

`archive_response` is shared by the dashboard route here and the API
(`GET /api/v1/leads/<id>/archive`), so both answer with the very same ZIP.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template, send_file
from flask_babel import force_locale, get_locale
from flask_login import current_user

from marketplace import clock
from marketplace.accounts.auth import business_required
from marketplace.archive import builder, hooks, services

bp = Blueprint("archive", __name__)

ARCHIVE_MIMETYPE = "application/zip"
DASHBOARD_RETAINED_LIMIT = 5


def archive_response(tenant: Any, user: Any, lead_id: Any, *, language: str) -> Any:
    """The ZIP of one lead as a download: prepared (access log committed), the transcript
    rendered in `language`, packed into a temporary file and streamed from it."""
    prepared = services.prepare_archive(tenant, user, lead_id)
    try:
        with force_locale(language if language in ("de", "en") else "de"):
            transcript = render_template(
                "archive/transcript.html", archive=prepared.content,
                files=prepared.files, files_by_id=prepared.files_by_id(),
                generated_at=clock.now(), generated_by=user,
                language=language)
    except BaseException:
        prepared.close()
        raise
    name = builder.archive_name(prepared)
    data = builder.write_zip(prepared, transcript)
    response = send_file(data, mimetype=ARCHIVE_MIMETYPE, as_attachment=True,
                         download_name=name, max_age=0)
    # A customer's photos and words: no cache anywhere may keep a copy.
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@bp.route("/dashboard/leads/<int:lead_id>/archive.zip")
@business_required(*services.EXPORTING_ROLES)
def download_archive(lead_id: int):
    return archive_response(current_user.tenant, current_user, lead_id,
                            language=str(get_locale() or "de"))


# --- what an erasure kept: the business's retained quotes --------------------------------


def retained_section(tenant: Any, user: Any) -> tuple[str, dict[str, Any]]:
    """Dashboard start page: the newest retained quotes, shown only if there are any."""
    records = hooks.retained_quotes(tenant) if services.may_export(user) else []
    return "archive/_dashboard_retained.html", {
        "records": records[:DASHBOARD_RETAINED_LIMIT], "total": len(records)}


@bp.route("/dashboard/retained")
@business_required(*services.EXPORTING_ROLES)
def retained_list():
    return render_template("archive/retained_list.html",
                           records=hooks.retained_quotes(current_user.tenant))


@bp.route("/dashboard/retained/<int:record_id>")
@business_required(*services.EXPORTING_ROLES)
def retained_detail(record_id: int):
    record = hooks.retained_quote(current_user.tenant, record_id)
    response = render_template("archive/retained_detail.html", record=record)
    return response, 200, {"Cache-Control": "no-store"}
