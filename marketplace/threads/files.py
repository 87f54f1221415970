"""Files a business sends into a job conversation: photos and PDFs, checked and cleaned.

The same checks as a customer's photos: the type is proven by the file's first bytes (its
name and declared type count for nothing), images are re-encoded from pixels so EXIF, GPS
and camera data never reach the customer, HEIC becomes JPEG. As with the web chat, the
web request decodes nothing: a photo waits in quarantine (its size in pixels read from
its header) until media's cleaning task has re-encoded it, and only then can anyone open
it or is it sent (delivery waits for it). A PDF (a detailed quote, a plan) is passed on as
the business made it.
"""

from __future__ import annotations

from typing import Any

from flask_babel import gettext as _
from flask_babel import ngettext

from marketplace.channels.models import Customer
from marketplace.db import call_after_commit, db
from marketplace.errors import InvalidInput
from marketplace.media import sanitize, storage
from marketplace.media import services as media_services
from marketplace.media.models import MediaFile, MediaStatus
from marketplace.tenancy.models import Tenant

# Content type (as the bytes prove it) -> the name a person knows it by.
ALLOWED_TYPES = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/heic": "HEIC",
    "application/pdf": "PDF",
}
ALLOWED_EXTENSIONS = ".jpg, .jpeg, .png, .heic, .pdf"
# A phone camera's original before re-encoding; the cleaned photo must then fit WhatsApp's
# 5 MB image cap (sanitize.SIZE_CAPS).
UPLOAD_CAP_BYTES = {"image": 15 * 1024 * 1024, "document": 16 * 1024 * 1024}
MAX_FILES = 5


def allowed_type_names() -> list[str]:
    return list(ALLOWED_TYPES.values())


def _refuse_type() -> InvalidInput:
    return InvalidInput(
        _("This file type is not allowed. Allowed are: %(types)s.",
          types=", ".join(allowed_type_names())),
        allowed_types=allowed_type_names())


def store_business_files(tenant: Tenant, customer: Customer, uploads: list[Any]
                         ) -> list[MediaFile]:
    """Check, clean and store every upload, or none: a refused file removes the ones
    stored before it. No commit (the caller's unit of work adds the rows)."""
    if len(uploads) > MAX_FILES:
        raise InvalidInput(ngettext("Please send at most %(num)d file at once.",
                                    "Please send at most %(num)d files at once.", MAX_FILES),
                           max_files=MAX_FILES)
    stored: list[MediaFile] = []
    try:
        for upload in uploads:
            stored.append(_store_one(tenant, customer, upload))
    except BaseException:
        for media_file in stored:
            storage.delete(media_file.storage_key)
        raise
    for media_file in stored:
        db.session.add(media_file)
    db.session.flush()
    for media_file in stored:
        if media_file.status == MediaStatus.PENDING:
            call_after_commit(media_services.start_cleaning, media_file.id)
    return stored


def _store_one(tenant: Tenant, customer: Customer, upload: Any) -> MediaFile:
    temp_path = None
    try:
        try:
            temp_path, size, _sha = storage.spool(
                storage.file_chunks(upload.stream), max_bytes=max(UPLOAD_CAP_BYTES.values()))
        except storage.TooLarge:
            raise _too_large() from None
        content_type = sanitize.sniff_file(temp_path)
        if content_type not in ALLOWED_TYPES:
            raise _refuse_type()
        kind = sanitize.kind_of(content_type)
        if size > UPLOAD_CAP_BYTES[kind]:
            raise _too_large()
        row = {"customer_id": customer.id, "tenant_id": tenant.id, "channel": customer.channel,
               "declared_content_type": str(getattr(upload, "mimetype", "") or "")[:100]
               or None}
        if kind == "image":
            try:
                media_file = media_services.quarantine_image(temp_path, content_type, size,
                                                             **row)
            except sanitize.Rejected as rejected:
                raise InvalidInput(_("This photo could not be read (%(reason)s). Please send "
                                     "a JPEG or PNG.", reason=rejected.reason)) from None
            temp_path = None
            return media_file
        media_file = MediaFile(kind=kind, status=MediaStatus.STORED, content_type=content_type,
                               size_bytes=size, sha256=storage.sha256_of(temp_path),
                               attempts=1, **row)
        media_file.storage_key = storage.put(temp_path)
        temp_path = None
        return media_file
    finally:
        storage.discard(temp_path)


def _too_large() -> InvalidInput:
    return InvalidInput(_("This file is too large. Photos may have at most 5 MB after "
                          "cleaning (15 MB as uploaded), PDFs at most 16 MB."))
