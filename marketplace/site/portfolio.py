"""The business's photos of its own past work, published on its public profile.

Only photos the business uploads here: customer media from a job never become public
(that would need a separate, explicit publication consent the platform does not ask for).
Files are checked by their bytes and re-encoded without metadata (no EXIF, no GPS). As with
every upload, the web request decodes nothing: the photo waits in quarantine (its size in
pixels read from its header) until the cleaning task has re-encoded and published it.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _
from flask_babel import ngettext

from marketplace import clock, tasks
from marketplace.accounts.models import User
from marketplace.db import call_after_commit, db
from marketplace.errors import Conflict, InvalidInput
from marketplace.media import sanitize, storage
from marketplace.site import tasks as site_tasks
from marketplace.site.models import CAPTION_MAX, PortfolioPhoto
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.permissions import Permission, require
from marketplace.tenancy.scoping import get_scoped

MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_PHOTOS = 24

log = logging.getLogger(__name__)


def add_photo(tenant: Tenant, actor: User, *, file_storage: Any, caption: str) -> PortfolioPhoto:
    """Keep one photo of the business's work; the cleaning task publishes it. One unit of
    work."""
    require(actor, Permission.EDIT_PROFILE, tenant.id)
    if file_storage is None or not getattr(file_storage, "filename", None):
        raise InvalidInput(_("Please choose a photo."), field="photo")
    count = db.session.scalar(sa.select(sa.func.count(PortfolioPhoto.id)).where(
        PortfolioPhoto.tenant_id == tenant.id))
    if count >= MAX_PHOTOS:
        raise Conflict(ngettext("At most %(num)d photo; please remove it first.",
                                "At most %(num)d photos; please remove one first.", MAX_PHOTOS))
    temp_path = None
    try:
        temp_path, _size, _sha = storage.spool(storage.file_chunks(file_storage.stream),
                                               max_bytes=MAX_PHOTO_BYTES)
        content_type = sanitize.sniff_file(temp_path)
        if content_type is None or sanitize.kind_of(content_type) != "image":
            raise InvalidInput(_("Please upload a photo (JPEG, PNG, WebP or HEIC)."),
                               field="photo")
        sanitize.image_size(temp_path, content_type)  # a bomb is refused by its header
        size = os.path.getsize(temp_path)
        key = storage.quarantine(temp_path)
        temp_path = None
    except storage.TooLarge:
        raise InvalidInput(_("This photo is too large (at most 10 MB)."), field="photo") from None
    except sanitize.Rejected:
        raise InvalidInput(_("This file could not be read as a photo."), field="photo") from None
    finally:
        storage.discard(temp_path)
    photo = PortfolioPhoto(tenant_id=tenant.id, storage_key=key, content_type=content_type,
                           size_bytes=size, caption=" ".join((caption or "").split())[:CAPTION_MAX],
                           uploaded_by_id=actor.id, published_at=None)
    db.session.add(photo)
    db.session.flush()
    call_after_commit(_start_cleaning, photo.id)
    db.session.commit()
    return photo


def _start_cleaning(photo_id: int) -> None:
    # A queue outage is logged, not raised: the photo is kept and the sweep cleans it.
    try:
        tasks.dispatch(tasks.task_path(site_tasks.clean_portfolio_photo), (photo_id,))
    except Exception:
        if current_app.extensions.get("redis") is None and current_app.config.get(
                "TASKS_INLINE_RAISE"):
            raise
        log.exception("could not hand portfolio photo %s to the cleaning task", photo_id)


def clean_photo(photo_id: Any) -> None:
    """Decode and re-encode one quarantined photo, then publish it. One commit. A photo that
    cannot be cleaned is dropped; a store outage leaves it for the sweep."""
    photo = db.session.execute(sa.select(PortfolioPhoto).where(
        PortfolioPhoto.id == photo_id).with_for_update()).scalar_one_or_none()
    if photo is None or not storage.is_quarantined(photo.storage_key):
        db.session.rollback()
        return
    quarantine_key = photo.storage_key
    temp_path = None
    try:
        temp_path = storage.fetch(quarantine_key)
        photo.content_type = sanitize.clean(temp_path, photo.content_type)
        photo.size_bytes = os.path.getsize(temp_path)
        photo.storage_key = storage.put(temp_path)
        temp_path = None
        photo.published_at = clock.now()
    except sanitize.Rejected:
        db.session.delete(photo)
    except (storage.StorageUnavailable, FileNotFoundError):
        db.session.rollback()
        return
    finally:
        storage.discard(temp_path)
    call_after_commit(_delete_quietly, quarantine_key)
    db.session.commit()


def redrive_quarantined(older_than: timedelta = timedelta(minutes=2)) -> int:
    """Clean photos whose task was lost (a queue outage at upload). One commit each."""
    ids = list(db.session.scalars(sa.select(PortfolioPhoto.id).where(
        PortfolioPhoto.storage_key.startswith(storage.QUARANTINE),
        PortfolioPhoto.created_at <= clock.now() - older_than).limit(100)))
    db.session.rollback()
    for photo_id in ids:
        clean_photo(photo_id)
    return len(ids)


def _delete_quietly(key: str) -> None:
    try:
        storage.delete(key)
    except (storage.StorageUnavailable, OSError):
        log.warning("could not delete %s; no row names it any more", key)


def remove_photo(tenant: Tenant, actor: User, *, photo_id: Any) -> None:
    """Take a photo off the profile and delete its file after the commit."""
    require(actor, Permission.EDIT_PROFILE, tenant.id)
    photo = get_scoped(PortfolioPhoto, tenant, photo_id)
    key = photo.storage_key
    db.session.delete(photo)
    call_after_commit(storage.delete, key)
    db.session.commit()


def photos_of(tenant: Tenant) -> list[PortfolioPhoto]:
    return list(db.session.scalars(
        sa.select(PortfolioPhoto).where(PortfolioPhoto.tenant_id == tenant.id)
        .order_by(PortfolioPhoto.id.desc())))
