"""What the crew's phone pages show. Reads only (opening a customer's photo is logged by
`consent.access` when the signed link is opened, not here).

A crew member sees the jobs they are on (`queries.crew_lead`, the tenant scope plus the
assignment); owners and office staff see every won job of the business. The customer's
name, phone and address appear only as far as the customer agreed to share them with the
business; the customer's photos only as signed, logged links while their consent holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import IO, Any

from marketplace import clock
from marketplace.accounts.models import User
from marketplace.consent import access, contact, ledger
from marketplace.errors import NotFound
from marketplace.media.models import MediaStatus
from marketplace.media.services import download_name, open_media
from marketplace.quotes.formatting import trade_label
from marketplace.tenancy import team
from marketplace.work import completion, queries
from marketplace.work.models import Appointment, WorkEntryKind
from marketplace.work.timeslots import local


def _local_day(moment: datetime) -> date:
    """The day in German time: "today" for a crew starting at 7:00 is Berlin's today."""
    return local(moment).date()


def home(user: User) -> dict[str, Any]:
    """Today's appointments, the next ones, and the jobs."""
    upcoming = queries.crew_appointments(user)
    today = _local_day(clock.now())
    return {
        "today": [row for row in upcoming if _local_day(row[0].starts_at) <= today],
        "later": [row for row in upcoming if _local_day(row[0].starts_at) > today][:10],
        "leads": queries.crew_leads(user),
    }


@dataclass(frozen=True)
class CrewJob:
    lead: Any
    job: Any
    trade: str
    description: str
    contact: contact.ContactPanel
    directions_url: str | None
    appointments: list[Appointment]
    customer_media: access.MediaOverview
    notes: list[Any]
    unsent_photos: list[Any]
    completion: Any
    crew: list[Any]
    can_complete: bool


def job(user: User, lead_id: Any) -> dict[str, Any]:
    lead = queries.crew_lead(user, lead_id)
    job_request = lead.job_request
    tenant = lead.tenant
    notes = queries.notes_of(lead)
    photos = [photo for note in notes for photo in note.photos]
    members = {member.id: member for member in team.list_members(tenant)}
    return {"crew_job": CrewJob(
        lead=lead, job=job_request, trade=trade_label(job_request.trade_code),
        description=ledger.visible_text_for(tenant, job_request, job_request.description),
        contact=contact.panel_for(tenant, lead),
        directions_url=queries.directions_url(lead),
        appointments=queries.confirmed_appointments_of(lead),
        customer_media=access.media_overview(tenant, user, job_request),
        notes=notes,
        unsent_photos=[photo for photo in photos if photo.sent_at is None
                       and photo.media_file.status == MediaStatus.STORED],
        completion=queries.latest_completion(job_request.id),
        crew=[members[row.user_id] for row in team.crew_of_job(tenant, job_request.id)
              if row.user_id in members],
        can_complete=job_request.status in completion.COMPLETABLE,
    ), "kinds": tuple(WorkEntryKind)}


@dataclass(frozen=True)
class OpenedPhoto:
    stream: IO[bytes]
    content_type: str
    download_name: str


def open_work_photo(user: User, lead_id: Any, public_id: str) -> OpenedPhoto:
    """One of the business's own photos of a job this user may work on."""
    lead = queries.crew_lead(user, lead_id)
    photo = queries.work_photo(lead, public_id)
    media_file = photo.media_file
    try:
        stream = open_media(media_file)
    except (FileNotFoundError, ValueError):
        raise NotFound() from None
    return OpenedPhoto(stream=stream, download_name=download_name(media_file),
                       content_type=media_file.content_type or "application/octet-stream")
