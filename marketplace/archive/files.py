"""Which files go into a lead's archive, opened the way consent allows them right now.

The customer's files go in only while the consent ledger lets this business see them: the
job's photos and videos under the media consent (`consent.ledger.can_view_media`), the
files the customer sent into this business's thread under that sharing
(`threads.incoming.visible_to`, the same check as the thread's own file links). Each one
opened is logged in the media access log (through consent's `record_media_access` hook, as
every other opening is), with the reason and the user.
Files the business sent into the thread itself are its own and always go in. Files of
other businesses' threads are never considered.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO

from flask import current_app

from marketplace.accounts.models import User
from marketplace.consent import hooks as consent_hooks
from marketplace.consent.access import AccessReason, visible_files
from marketplace.consent.ledger import can_view_media
from marketplace.errors import NotFound
from marketplace.media.models import MediaFile, MediaStatus
from marketplace.media.services import download_name, open_media
from marketplace.quotes.models import Lead
from marketplace.tenancy.models import Tenant
from marketplace.threads.file_access import ALLOWED_REASON as THREAD_SHARING
from marketplace.threads.incoming import visible_to
from marketplace.threads.models import ThreadAuthor, ThreadMessage

# The files of one archive together, before packing; config ARCHIVE_MAX_FILE_BYTES.
DEFAULT_MAX_FILE_BYTES = 300 * 1024 * 1024
# Marks the access log rows of archive downloads (the log's link id column).
ARCHIVE_LINK_ID = "archive"


class Omitted:
    NO_CONSENT = "no_consent"
    SIZE_LIMIT = "size_limit"
    GONE = "gone"


@dataclass
class ArchiveFile:
    media_file: MediaFile
    origin: str  # "customer" or "business"
    path: str  # inside the ZIP; never the customer's own file name
    allowed: bool = True  # by the consent ledger, now (the business's own files: always)
    reason: str = AccessReason.CONSENT  # what the access log names as the ground
    stream: IO[bytes] | None = None
    omitted: str | None = None

    @property
    def included(self) -> bool:
        return self.stream is not None


def _job_files(lead: Lead) -> list[MediaFile]:
    return sorted(visible_files(lead.job_request), key=lambda media: media.id)


def _thread_files(messages: Iterable[ThreadMessage]) -> list[MediaFile]:
    files: dict[int, MediaFile] = {}
    for message in messages:
        if message.author == ThreadAuthor.CUSTOMER:
            for media in message.media:
                if media.status == MediaStatus.STORED and media.tenant_id is None:
                    files.setdefault(media.id, media)
    return [files[key] for key in sorted(files)]


def _business_files(tenant: Tenant, messages: Iterable[ThreadMessage]) -> list[MediaFile]:
    files: dict[int, MediaFile] = {}
    for message in messages:
        if message.author == ThreadAuthor.BUSINESS:
            for media in message.media:
                if media.status == MediaStatus.STORED and media.tenant_id == tenant.id:
                    files.setdefault(media.id, media)
    return [files[key] for key in sorted(files)]


def open_archive_files(tenant: Tenant, user: User, lead: Lead,
                       messages: list[ThreadMessage]) -> list[ArchiveFile]:
    """Every file the archive names, the allowed ones opened (no commit: the caller's unit
    of work commits the access log rows). Callers close the streams."""
    job = lead.job_request
    job_files_allowed = can_view_media(tenant, job)
    budget = int(current_app.config.get("ARCHIVE_MAX_FILE_BYTES") or DEFAULT_MAX_FILE_BYTES)
    chosen = [ArchiveFile(media, "customer", f"photos/{download_name(media)}",
                          allowed=job_files_allowed) for media in _job_files(lead)]
    known = {item.media_file.id for item in chosen}
    chosen += [ArchiveFile(media, "customer", f"photos/{download_name(media)}",
                           allowed=visible_to(tenant, media), reason=THREAD_SHARING)
               for media in _thread_files(messages) if media.id not in known]
    chosen += [ArchiveFile(media, "business", f"sent/{download_name(media)}")
               for media in _business_files(tenant, messages)]
    try:
        for item in chosen:
            if not item.allowed:
                item.omitted = Omitted.NO_CONSENT
                continue
            size = item.media_file.size_bytes or 0
            if size > budget:
                item.omitted = Omitted.SIZE_LIMIT
                continue
            try:
                item.stream = open_media(item.media_file)
            except (FileNotFoundError, ValueError, NotFound):
                item.omitted = Omitted.GONE
                continue
            budget -= size
            if item.origin == "customer":
                consent_hooks.record_media_access(
                    allowed=True, reason=item.reason, user_id=user.id,
                    tenant_id=tenant.id, customer_id=item.media_file.customer_id,
                    media_file_id=item.media_file.id, job_request_id=job.id,
                    link_id=ARCHIVE_LINK_ID)
    except BaseException:
        close_all(chosen)
        raise
    return chosen


def close_all(files: Iterable[ArchiveFile]) -> None:
    for item in files:
        if item.stream is not None:
            item.stream.close()
