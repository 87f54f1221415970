"""Customer files: registered from messages, downloaded, checked, cleaned and stored.

Writers of MediaFile. `register_inbound`, `store_upload` and `erase` are building blocks
for other services' units of work (no commit); `download_inbound` is a unit of work.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import os
from datetime import timedelta
from typing import IO, Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _

from marketplace import clock, tasks
from marketplace.channels.base import (
    ChannelError,
    MediaNotReady,
    MediaRef,
    MediaRefused,
    OutboundMedia,
)
from marketplace.db import call_after_commit, db
from marketplace.errors import InvalidInput, NotFound
from marketplace.media import sanitize, storage
from marketplace.media import tasks as media_tasks
from marketplace.media.models import MediaFile, MediaStatus

log = logging.getLogger(__name__)

MAX_DOWNLOAD_ATTEMPTS = 5
# WhatsApp media ids from webhooks expire after 7 days; after that the file is lost.
PROVIDER_MEDIA_LIFETIME = timedelta(days=7)
# A browser upload is the camera's original (often 6-12 MB); it is re-encoded before storing.
WEB_UPLOAD_IMAGE_CAP = 15 * 1024 * 1024
KIND_FOR_MESSAGE = {"image": "image", "sticker": "image", "video": "video", "audio": "audio",
                    "document": "document"}
EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp",
              "image/heic": "heic", "video/mp4": "mp4", "video/quicktime": "mov",
              "video/3gpp": "3gp", "audio/ogg": "ogg", "audio/mpeg": "mp3",
              "audio/mp4": "m4a", "audio/aac": "aac", "audio/amr": "amr",
              "audio/wav": "wav", "application/pdf": "pdf"}


def register_inbound(customer: Any, message: Any, ref: MediaRef, *, kind: str) -> MediaFile:
    """A file announced in a provider message: a pending row, downloaded by a task."""
    media_file = MediaFile(
        customer_id=customer.id, message_id=message.id,
        kind=KIND_FOR_MESSAGE.get(str(kind), "document"), status=MediaStatus.PENDING,
        provider_media_id=ref.provider_media_id, source_url=ref.url,
        provider_sha256=ref.sha256, declared_content_type=ref.mime_type,
        channel=customer.channel, attempts=0)
    db.session.add(media_file)
    db.session.flush()
    tasks.enqueue(media_tasks.download_media, media_file.id, queue="default")
    return media_file


def _sha256_matches(expected: str | None, actual_hex: str) -> bool:
    """Meta gives sha256 as base64 in examples and hex elsewhere: accept either."""
    if not expected:
        return True
    expected = expected.strip()
    if expected.lower() == actual_hex:
        return True
    try:
        return base64.b64decode(expected, validate=True).hex() == actual_hex
    except (binascii.Error, ValueError):
        return False


def _finish(media_file: MediaFile, temp_path: str, size: int, sha_hex: str,
            cap: int | None = None) -> None:
    """Check type and size, strip metadata, move into storage. Raises Rejected."""
    content_type = sanitize.sniff_file(temp_path)
    if content_type is None:
        raise sanitize.Rejected("type_not_allowed")
    kind = sanitize.kind_of(content_type)
    if size > (cap or sanitize.SIZE_CAPS[kind]):
        raise sanitize.Rejected("too_large")
    content_type = sanitize.clean(temp_path, content_type)
    media_file.kind = kind
    media_file.content_type = content_type
    media_file.size_bytes = os.path.getsize(temp_path)
    media_file.sha256 = storage.sha256_of(temp_path)
    media_file.storage_key = storage.put(temp_path)
    media_file.status = MediaStatus.STORED
    media_file.rejection_reason = None


def _reject(media_file: MediaFile, reason: str) -> None:
    media_file.status = MediaStatus.REJECTED
    media_file.rejection_reason = reason


def store_upload(customer: Any, file_storage: Any, *, message: Any) -> MediaFile:
    """A photo uploaded in the web chat: accepted into quarantine, cleaned by a task. No
    commit.

    Nothing is decoded here, in the web worker: the file is spooled to disk (size cap), its
    type proven by its first bytes and its size in pixels read from its header (a
    decompression bomb is refused now, with the reason). It then waits as a private file
    under a quarantine key, invisible to everyone, until `clean_upload` has decoded and
    cleaned it within the memory budget. Raises InvalidInput with a message for the
    customer when the file is refused.
    """
    if file_storage is None or not getattr(file_storage, "filename", None):
        raise InvalidInput(_("Please choose a photo."))
    temp_path = None
    try:
        temp_path, size, _sha_hex = storage.spool(
            storage.file_chunks(file_storage.stream), max_bytes=WEB_UPLOAD_IMAGE_CAP)
        content_type = sanitize.sniff_file(temp_path)
        if content_type is None or sanitize.kind_of(content_type) != "image":
            raise sanitize.Rejected("type_not_allowed")
        try:
            sanitize.image_size(temp_path, content_type)
        except sanitize.Rejected as rejected:
            if rejected.reason == "too_many_pixels":
                raise InvalidInput(_too_many_pixels_text(temp_path, content_type)) from None
            raise
        media_file = MediaFile(
            customer_id=customer.id, message_id=message.id, kind="image",
            status=MediaStatus.PENDING, channel=customer.channel, content_type=content_type,
            declared_content_type=(file_storage.mimetype or None), size_bytes=size,
            attempts=0)
        media_file.storage_key = storage.quarantine(temp_path)
        temp_path = None
    except storage.TooLarge:
        raise InvalidInput(_("This photo is too large (at most 15 MB).")) from None
    except sanitize.Rejected as rejected:
        raise InvalidInput(_rejection_text(rejected.reason)) from None
    finally:
        storage.discard(temp_path)
    db.session.add(media_file)
    db.session.flush()
    call_after_commit(start_cleaning, media_file.id)
    return media_file


def quarantine_image(temp_path: str, content_type: str, size: int, **row: Any) -> MediaFile:
    """An image someone uploaded, as a pending row holding the unchecked file under a
    quarantine key; `start_cleaning` after the commit hands it to the task that decodes
    it. The caller has proven the type from the bytes; here the size in pixels is read
    from the header (Rejected("too_many_pixels") for a bomb). Nothing is decoded, so a
    web worker may call this. Takes over `temp_path`. No commit."""
    sanitize.image_size(temp_path, content_type)
    media_file = MediaFile(kind="image", status=MediaStatus.PENDING, content_type=content_type,
                           size_bytes=size, attempts=0, **row)
    media_file.storage_key = storage.quarantine(temp_path)
    return media_file


def start_cleaning(media_file_id: int) -> None:
    """After the commit that stored the upload: hand it to the cleaning task. A queue
    outage is logged, not raised: the upload is kept and the re-drive sweep starts it."""
    try:
        tasks.dispatch(tasks.task_path(media_tasks.clean_upload), (media_file_id,),
                       queue="default")
    except Exception:
        if current_app.extensions.get("redis") is None and current_app.config.get(
                "TASKS_INLINE_RAISE"):
            raise
        log.exception("could not hand upload %s to the cleaning task; the sweep will",
                      media_file_id)


def _too_many_pixels_text(path: str, content_type: str) -> str:
    with contextlib.suppress(sanitize.Rejected, OSError):
        from PIL import Image

        with Image.open(path) as image:
            width, height = image.size
        return _("This photo is too large: %(width)s × %(height)s pixels, at most "
                 "%(megapixels)s megapixels are accepted. Please send a smaller photo "
                 "or a JPEG.", width=width, height=height,
                 megapixels=sanitize.pixel_cap(content_type, path) // 1_000_000)
    return _rejection_text("too_many_pixels")


def clean_upload(media_file_id: int) -> None:
    """Decode and clean one quarantined upload, then store it under its own key. One commit.

    Runs in a task (inline without Redis). A refusal is told to the customer; a store
    outage leaves the upload quarantined for the re-drive sweep.
    """
    media_file = db.session.execute(sa.select(MediaFile).where(
        MediaFile.id == media_file_id).with_for_update()).scalar_one_or_none()
    if (media_file is None or media_file.status != MediaStatus.PENDING
            or not storage.is_quarantined(media_file.storage_key)):
        db.session.rollback()
        return
    quarantine_key = media_file.storage_key
    media_file.attempts += 1
    temp_path = None
    try:
        temp_path = storage.fetch(quarantine_key)
        size = os.path.getsize(temp_path)
        _finish(media_file, temp_path, size, "", cap=WEB_UPLOAD_IMAGE_CAP)
        temp_path = None
    except sanitize.Rejected as rejected:
        _reject(media_file, rejected.reason)
        media_file.storage_key = None
        _tell_uploader(media_file)
    except (storage.StorageUnavailable, FileNotFoundError) as error:
        if media_file.attempts >= MAX_DOWNLOAD_ATTEMPTS:
            _reject(media_file, "media_lost")
            media_file.storage_key = None
            _tell_uploader(media_file)
        else:
            media_file.rejection_reason = f"retrying:{type(error).__name__}"[:200]
    finally:
        storage.discard(temp_path)
    if media_file.storage_key != quarantine_key:
        # Cleaned (or refused): the unchecked original goes once the row no longer names it.
        call_after_commit(_delete_quietly, quarantine_key)
    db.session.commit()


def _tell_uploader(media_file: MediaFile) -> None:
    # A customer's own upload is answered in their chat. A business's file is never
    # mentioned to its customer: the business sees it refused on its side, and the
    # message that was to carry it fails with the reason.
    if media_file.tenant_id is None:
        _tell_customer(media_file)


def _delete_quietly(key: str) -> None:
    try:
        storage.delete(key)
    except (storage.StorageUnavailable, OSError):
        log.warning("could not delete %s; it holds no reference and is unreachable", key)


def _rejection_text(reason: str) -> str:
    texts = {
        "type_not_allowed": _("This file type is not accepted. Please send a photo (JPEG, "
                              "PNG, WebP or HEIC), a video (MP4), a voice message or a PDF."),
        "too_large": _("This file is too large. Please send a smaller one."),
        "too_many_pixels": _("This photo has too many pixels. Please send a smaller one."),
        "heic_unsupported": _("HEIC photos cannot be read here. Please send a JPEG."),
        "checksum_mismatch": _("The file arrived damaged. Please send it again."),
        "media_lost": _("The file could not be fetched in time. Please send it again."),
    }
    return texts.get(reason, _("The file could not be read. Please send it again."))


def download_inbound(media_file_id: int) -> None:
    """Fetch one announced file from its provider, check it and store it. One commit."""
    from marketplace.channels import registry

    media_file = db.session.execute(sa.select(MediaFile).where(
        MediaFile.id == media_file_id).with_for_update()).scalar_one_or_none()
    if media_file is None or media_file.status != MediaStatus.PENDING:
        db.session.rollback()
        return
    if storage.is_quarantined(media_file.storage_key):  # a web upload: nothing to download
        db.session.rollback()
        clean_upload(media_file_id)
        return
    if clock.now() - media_file.created_at > PROVIDER_MEDIA_LIFETIME:
        _reject(media_file, "media_lost")
        _tell_customer(media_file)
        db.session.commit()
        return
    adapter = registry.get_adapter(media_file.channel or "")
    if adapter is None:
        _reject(media_file, "channel_off")
        db.session.commit()
        return
    media_file.attempts += 1
    cap = max(sanitize.SIZE_CAPS.values()) if media_file.kind == "document" else \
        sanitize.SIZE_CAPS.get(media_file.kind, sanitize.SIZE_CAPS["document"])
    temp_path = None
    try:
        with adapter.open_media(media_file.provider_media_id, media_file.source_url) as chunks:
            temp_path, size, sha_hex = storage.spool(chunks, max_bytes=cap)
        if not _sha256_matches(media_file.provider_sha256, sha_hex):
            raise sanitize.Rejected("checksum_mismatch")
        _finish(media_file, temp_path, size, sha_hex)
        temp_path = None
    except storage.TooLarge:
        _reject(media_file, "too_large")
        _tell_customer(media_file)
    except sanitize.Rejected as rejected:
        _reject(media_file, rejected.reason)
        _tell_customer(media_file)
    except ChannelError as error:
        if not error.retryable or media_file.attempts >= MAX_DOWNLOAD_ATTEMPTS:
            _reject(media_file, f"download_failed:{error.code}"[:200])
            _tell_customer(media_file)
        else:
            media_file.rejection_reason = f"retrying:{error.code}"[:200]
    finally:
        storage.discard(temp_path)
    db.session.commit()


def _tell_customer(media_file: MediaFile) -> None:
    from marketplace.channels import outbound as channels_outbound
    from marketplace.channels.base import Outbound, Purpose
    from marketplace.channels.models import Customer

    customer = db.session.get(Customer, media_file.customer_id)
    if customer is None:
        return
    reason = (media_file.rejection_reason or "").split(":")[0]
    with force_locale(customer.language):
        text = _rejection_text(reason)
    channels_outbound.queue_outbound(customer, Outbound(text=text),
                                    purpose=Purpose.SERVICE_REPLY)


def redrive_pending(now_minus: timedelta = timedelta(minutes=2)) -> int:
    """Schedule downloads again for files still pending (lost task, provider hiccup)."""
    cutoff = clock.now() - now_minus
    ids = list(db.session.scalars(sa.select(MediaFile.id).where(
        MediaFile.status == MediaStatus.PENDING, MediaFile.updated_at <= cutoff,
        MediaFile.attempts < MAX_DOWNLOAD_ATTEMPTS).limit(200)))
    for media_file_id in ids:
        tasks.enqueue(media_tasks.download_media, media_file_id, queue="default")
    db.session.commit()
    return len(ids)


def remove_old_scratch() -> int:
    return storage.remove_old_scratch()


def media_path(media_file: MediaFile) -> str:
    if media_file.status != MediaStatus.STORED or not media_file.storage_key:
        raise NotFound()
    return storage.path_for(media_file.storage_key)


def open_media(media_file: MediaFile) -> IO[bytes]:
    """A binary stream of a stored (cleaned) file, for the access views, which check
    consent first; streamed from the object store when there is one."""
    if media_file.status != MediaStatus.STORED or not media_file.storage_key:
        raise NotFound()
    return storage.open_stored(media_file.storage_key)


def download_name(media_file: MediaFile) -> str:
    """A server-chosen file name: never the customer's own."""
    extension = EXTENSIONS.get(media_file.content_type or "", "bin")
    return f"{media_file.kind}-{media_file.public_id[:10]}.{extension}"


def outbound_media(media_file_id: int) -> OutboundMedia:
    media_file = db.session.get(MediaFile, media_file_id)
    if media_file is not None and media_file.status == MediaStatus.PENDING:
        raise MediaNotReady()
    if media_file is None or media_file.status != MediaStatus.STORED:
        raise MediaRefused()
    return OutboundMedia(path=media_path(media_file), content_type=media_file.content_type or "",
                         kind=media_file.kind, filename=download_name(media_file))


def erase(media_file: MediaFile) -> None:
    """Delete the stored bytes; the row stays as a content-free tombstone. No commit."""
    storage.delete(media_file.storage_key)
    media_file.storage_key = None
    media_file.source_url = None
    media_file.provider_sha256 = None
    media_file.sha256 = None
    media_file.status = MediaStatus.DELETED
