"""On the job: notes and photos by the business's people, and sending chosen photos to the
customer.

Everything posted here is internal: the customer sees a photo only once someone of the
business sends it ("an die Kundschaft senden"), and then through the job conversation's
own way out (`threads.outgoing.post_to_customer`), so the outbound gate, WhatsApp's
24-hour window and its template rules apply as to any message the business writes.

Photos are checked, cleaned (EXIF/GPS gone) and stored exactly like the files a business
sends in the job conversation. Crew members post and send only on the jobs they are
assigned to (`queries.crew_lead`); owners and office staff on every won job.
"""

from __future__ import annotations

from typing import Any

from flask_babel import gettext as _
from flask_babel import ngettext

from marketplace import clock
from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.errors import InvalidInput, NotFound
from marketplace.media.models import MediaStatus
from marketplace.quotes.models import Lead
from marketplace.tenancy.models import Tenant
from marketplace.threads import files as thread_files
from marketplace.threads import outgoing as thread_outgoing
from marketplace.threads import rules as thread_rules
from marketplace.threads.models import ThreadMessage
from marketplace.work import queries
from marketplace.work.models import WorkEntryKind, WorkNote, WorkPhoto

NOTE_MAX = 2000


def _uploads(files: Any) -> list[Any]:
    return [upload for upload in files or () if upload is not None
            and getattr(upload, "filename", None)]


def has_uploads(files: Any) -> bool:
    return bool(_uploads(files))


def build_note(lead: Lead, actor: User, *, text: str | None, files: Any = (),
               kind: str = WorkEntryKind.PROGRESS) -> WorkNote:
    """A note with its photos, checked and stored. A building block: no commit."""
    text = (text or "").replace("\r\n", "\n").strip()
    uploads = _uploads(files)
    if kind not in tuple(WorkEntryKind):
        raise InvalidInput(_("Please choose progress or completion."), field="kind")
    if not text and not uploads:
        raise InvalidInput(_("Please write a note or choose a photo."), field="text")
    if len(text) > NOTE_MAX:
        raise InvalidInput(_("A note may have at most %(limit)s characters.", limit=NOTE_MAX),
                           field="text", max_chars=NOTE_MAX)
    media_files = thread_files.store_business_files(lead.tenant, lead.job_request.customer,
                                                    uploads)
    note = WorkNote(tenant_id=lead.tenant_id, lead_id=lead.id,
                    job_request_id=lead.job_request_id, author_user_id=actor.id, kind=kind,
                    text=text, created_at=clock.now())
    note.photos = [WorkPhoto(tenant_id=lead.tenant_id, lead_id=lead.id,
                             job_request_id=lead.job_request_id, media_file=media_file,
                             kind=kind, created_at=clock.now())
                   for media_file in media_files]
    db.session.add(note)
    db.session.flush()
    return note


def post_note(tenant: Tenant, actor: User, *, lead_id: Any, text: str | None, files: Any = (),
              kind: str = WorkEntryKind.PROGRESS) -> WorkNote:
    """A note and/or photos on a job, internal to the business. One commit."""
    lead = queries.crew_lead(_as_user_of(tenant, actor), lead_id)
    note = build_note(lead, actor, text=text, files=files, kind=kind)
    db.session.commit()
    return note


def share_photos(lead: Lead, actor: User, photos: list[WorkPhoto]) -> list[ThreadMessage]:
    """Send these photos of the job into its conversation (those not sent before) and mark
    them sent. A building block: no commit."""
    thread_rules.ensure_open(lead)
    waiting = [photo for photo in photos if photo.sent_at is None]
    if any(photo.media_file.status != MediaStatus.STORED for photo in waiting):
        raise InvalidInput(_("A photo is still being prepared. Please try again in a moment."))
    entries = thread_outgoing.post_to_customer(
        lead, actor, media_files=[photo.media_file for photo in waiting])
    now = clock.now()
    for photo in waiting:
        photo.sent_at = now
        photo.sent_by_user_id = actor.id
    return entries


def send_photos(tenant: Tenant, actor: User, *, lead_id: Any, photo_ids: list[Any]
                ) -> list[ThreadMessage]:
    """"An die Kundschaft senden": the chosen photos go into the job conversation. One
    commit. Refused with a clear reason: none chosen, all sent before, thread closed."""
    lead = queries.crew_lead(_as_user_of(tenant, actor), lead_id)
    photos = queries.photos_of(lead, ids_of(photo_ids))
    if not photos:
        raise InvalidInput(_("Please choose the photos to send."), field="photos")
    if all(photo.sent_at is not None for photo in photos):
        raise InvalidInput(ngettext("This photo has already been sent to the customer.",
                                    "These photos have already been sent to the customer.",
                                    len(photos)), field="photos")
    entries = share_photos(lead, actor, photos)
    db.session.commit()
    return entries


def ids_of(values: list[Any]) -> list[int]:
    ids = []
    for value in values or ():
        try:
            ids.append(int(value))
        except (TypeError, ValueError):
            continue
    return ids


def _as_user_of(tenant: Tenant, actor: User) -> User:
    """The acting user, who must belong to `tenant` (services take both, as elsewhere)."""
    if actor.tenant_id != tenant.id:
        raise NotFound()
    return actor
