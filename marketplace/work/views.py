"""Dashboard: appointments and the job's progress on the lead page, the calendar file, the
start page's list of upcoming appointments, and the crew's phone pages."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, flash, redirect, render_template, request, send_file, url_for
from flask_babel import get_locale, ngettext
from flask_babel import gettext as _
from flask_login import current_user
from marshmallow import ValidationError

from marketplace.accounts.auth import business_required
from marketplace.accounts.models import Role
from marketplace.errors import Conflict, InvalidInput, NotFound
from marketplace.quotes.models import Lead
from marketplace.tenancy import team
from marketplace.work import (
    appointments,
    completion,
    crew,
    crew_page,
    ics,
    journal,
    progress,
    queries,
)
from marketplace.work import reasons as work_reasons
from marketplace.work.models import AppointmentKind, AppointmentStatus, WorkEntryKind
from marketplace.work.schemas import AppointmentInputSchema, ReasonInputSchema, StatusInputSchema
from marketplace.work.timeslots import slot_title

bp = Blueprint("work", __name__)

# Crew members see appointments (and download them); owners and office staff arrange them.
ANSWERING_ROLES = (Role.OWNER, Role.OFFICE)
SLOT_ROWS = (1, 2, 3)


@bp.app_template_global("work_panel")
def work_panel(lead: Lead) -> dict[str, Any]:
    """What the lead page's appointments and progress section shows."""
    may_visit = lead.status in appointments.LEAD_STATUSES_FOR_VISITS and (
        lead.job_request.status in appointments.JOB_STATUSES_FOR_APPOINTMENTS)
    return {
        "appointments": queries.appointment_views(lead),
        "kinds": ([AppointmentKind.VISIT, AppointmentKind.WORK] if lead.status == "won"
                  else [AppointmentKind.VISIT]) if may_visit else [],
        "next_statuses": progress.next_statuses(lead),
        "job_status": progress.status_label(lead.job_request.status),
        "won": lead.status == "won",
        "slot_rows": SLOT_ROWS,
        "active": queries.ACTIVE_STATUSES,
        **_crew_panel(lead),
    }


def _crew_panel(lead: Lead) -> dict[str, Any]:
    if lead.status != "won":
        return {"history": [], "crew_members": [], "crew_ids": set(), "completion": None}
    return {
        "history": queries.job_history(lead),
        "crew_members": team.crew_members(lead.tenant),
        "crew_ids": {row.user_id for row in team.crew_of_job(lead.tenant, lead.job_request_id)},
        "completion": queries.latest_completion(lead.job_request_id),
    }


@bp.app_template_global("appointment_time")
def appointment_time(starts_at: Any, ends_at: Any) -> str:
    return slot_title(starts_at, ends_at, str(get_locale() or "de"))


@bp.app_template_filter("appointment_reason")
def appointment_reason(reason: str | None) -> str:
    return work_reasons.reason_label(reason)


@bp.app_template_global("appointment_status_label")
def appointment_status_label(status: str) -> str:
    return {
        AppointmentStatus.PROPOSED: _("waiting for the customer"),
        AppointmentStatus.CONFIRMED: _("confirmed"),
        AppointmentStatus.OTHER_TIMES_ASKED: _("customer asks for other times"),
        AppointmentStatus.CANCELLED: _("cancelled"),
        AppointmentStatus.REPLACED: _("replaced by a newer proposal"),
    }.get(status, status)


@bp.app_template_global("appointment_kind_label")
def appointment_kind_label(kind: str) -> str:
    return _("Site visit") if kind == AppointmentKind.VISIT else _("Work date")


@bp.app_template_global("job_progress_label")
def job_progress_label(status: str) -> str:
    return progress.status_label(status)


def dashboard_section(tenant: Any, user: Any) -> tuple[str, dict[str, Any]]:
    """Start page: the next confirmed appointments and those waiting for new times."""
    return "work/_dashboard_section.html", {
        "upcoming": queries.upcoming(tenant),
        "attention": queries.needing_attention(tenant),
    }


def _back(lead_id: int):
    return redirect(url_for("quotes.show_lead", lead_id=lead_id) + "#work-heading")


def _messages(error: ValidationError | InvalidInput | Conflict) -> str:
    if isinstance(error, ValidationError):
        return _("Please check the times: each needs a date, a start and an end.")
    return error.message


def _slots_from_form(form: Any) -> list[dict[str, str]]:
    """Rows of date + from + to, as the form sends them; empty rows are left out."""
    slots = []
    for row in SLOT_ROWS:
        day = form.get(f"slot_date_{row}", "").strip()
        start = form.get(f"slot_start_{row}", "").strip()
        end = form.get(f"slot_end_{row}", "").strip()
        if day or start or end:
            slots.append({"starts_at": f"{day}T{start}", "ends_at": f"{day}T{end}"})
    return slots


@bp.route("/dashboard/leads/<int:lead_id>/appointments", methods=["POST"])
@business_required(*ANSWERING_ROLES)
def propose_appointment(lead_id: int):
    try:
        data = AppointmentInputSchema().load({
            "kind": request.form.get("kind", ""), "note": request.form.get("note", ""),
            "slots": _slots_from_form(request.form)})
        appointments.propose(current_user.tenant, current_user, lead_id=lead_id, **data)
    except (ValidationError, InvalidInput, Conflict) as error:
        queries.get_lead(current_user.tenant, lead_id)  # another business's lead stays a 404
        flash(_messages(error), "error")
        return _back(lead_id)
    flash(_("The times have been sent to the customer."), "success")
    return _back(lead_id)


@bp.route("/dashboard/leads/<int:lead_id>/appointments/<int:appointment_id>/cancel",
          methods=["POST"])
@business_required(*ANSWERING_ROLES)
def cancel_appointment(lead_id: int, appointment_id: int):
    try:
        data = ReasonInputSchema().load({"reason": request.form.get("reason", "").strip()})
        appointments.cancel_by_business(current_user.tenant, current_user, lead_id=lead_id,
                                        appointment_id=appointment_id, **data)
    except ValidationError:
        queries.get_appointment(current_user.tenant, lead_id, appointment_id)
        flash(_("Please give the customer a reason."), "error")
        return _back(lead_id)
    except Conflict as error:
        flash(error.message, "error")
        return _back(lead_id)
    flash(_("The appointment is cancelled; the customer has been told."), "success")
    return _back(lead_id)


def calendar_response(appointment: Any, lead: Lead) -> Response:
    if appointment.starts_at is None:
        raise NotFound()
    body = ics.build(appointment, lead, language=str(get_locale() or "de"))
    response = Response(body, mimetype="text/calendar")
    response.headers["Content-Type"] = "text/calendar; charset=utf-8"
    response.headers["Content-Disposition"] = f'attachment; filename="{ics.filename(appointment)}"'
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.route("/dashboard/leads/<int:lead_id>/appointments/<int:appointment_id>.ics")
@business_required()
def appointment_calendar(lead_id: int, appointment_id: int):
    appointment = queries.get_appointment(current_user.tenant, lead_id, appointment_id)
    return calendar_response(appointment, queries.lead_for(current_user, lead_id))


@bp.route("/dashboard/leads/<int:lead_id>/status", methods=["POST"])
@business_required(*ANSWERING_ROLES)
def change_status(lead_id: int):
    try:
        data = StatusInputSchema().load({"status": request.form.get("status", ""),
                                         "reason": request.form.get("reason", "").strip()})
        progress.change_status(current_user.tenant, current_user, lead_id=lead_id, **data)
    except (ValidationError, InvalidInput, Conflict) as error:
        queries.get_lead(current_user.tenant, lead_id)
        flash(_("Please choose what happened.") if isinstance(error, ValidationError)
              else error.message, "error")
        return _back(lead_id)
    flash(_("Saved; the customer has been told."), "success")
    return _back(lead_id)


# --- the crew's pages (phone first) and putting crew members on a job ------------------------

def _crew_back(lead_id: int, anchor: str = ""):
    return redirect(url_for("work.crew_job", lead_id=lead_id) + (f"#{anchor}" if anchor else ""))


@bp.route("/dashboard/leads/<int:lead_id>/crew", methods=["POST"])
@business_required(*ANSWERING_ROLES)
def assign_crew(lead_id: int):
    try:
        added, removed = crew.assign_crew(current_user.tenant, current_user, lead_id=lead_id,
                                          user_ids=request.form.getlist("crew"))
    except (InvalidInput, Conflict) as error:
        flash(error.message, "error")
        return _back(lead_id)
    flash(_("The crew is saved; new crew members have been told.") if added or removed
          else _("The crew is unchanged."), "success")
    return _back(lead_id)


@bp.route("/crew")
@business_required()
def crew_home():
    return render_template("work/crew_home.html", **crew_page.home(current_user))


@bp.route("/crew/leads/<int:lead_id>")
@business_required()
def crew_job(lead_id: int):
    return render_template("work/crew_job.html", **crew_page.job(current_user, lead_id))


@bp.route("/crew/leads/<int:lead_id>/notes", methods=["POST"])
@business_required()
def crew_post_note(lead_id: int):
    try:
        journal.post_note(current_user.tenant, current_user, lead_id=lead_id,
                          text=request.form.get("text", ""),
                          files=request.files.getlist("photos"),
                          kind=request.form.get("kind", WorkEntryKind.PROGRESS))
    except InvalidInput as error:
        queries.crew_lead(current_user, lead_id)  # another crew's job stays a 404
        flash(error.message, "error")
        return _crew_back(lead_id, "post")
    flash(_("Saved for your business (the customer does not see it)."), "success")
    return _crew_back(lead_id, "photos")


@bp.route("/crew/leads/<int:lead_id>/send", methods=["POST"])
@business_required()
def crew_send_photos(lead_id: int):
    try:
        entries = journal.send_photos(current_user.tenant, current_user, lead_id=lead_id,
                                      photo_ids=request.form.getlist("photo"))
    except (InvalidInput, Conflict) as error:
        queries.crew_lead(current_user, lead_id)
        flash(error.message, "error")
        return _crew_back(lead_id, "photos")
    flash(ngettext("%(num)s photo sent to the customer.", "%(num)s photos sent to the customer.",
                   len(entries)), "success")
    return _crew_back(lead_id, "photos")


@bp.route("/crew/leads/<int:lead_id>/complete", methods=["POST"])
@business_required()
def crew_complete(lead_id: int):
    try:
        completion.complete_job(current_user.tenant, current_user, lead_id=lead_id,
                                summary=request.form.get("summary", ""),
                                photo_ids=request.form.getlist("photo"))
    except (InvalidInput, Conflict) as error:
        queries.crew_lead(current_user, lead_id)
        flash(error.message, "error")
        return _crew_back(lead_id, "complete")
    flash(_("The job is marked completed; the customer is asked to confirm."), "success")
    return _crew_back(lead_id)


@bp.route("/crew/leads/<int:lead_id>/photos/<public_id>")
@business_required()
def crew_photo(lead_id: int, public_id: str):
    opened = crew_page.open_work_photo(current_user, lead_id, public_id)
    return send_file(opened.stream, mimetype=opened.content_type,
                     as_attachment=not opened.content_type.startswith("image/"),
                     download_name=opened.download_name, conditional=False, etag=False,
                     max_age=0)
