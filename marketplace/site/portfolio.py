"""The business's photos of its own past work, published on its public profile.

Only photos the business uploads here: customer media from a job never become public
(that would need a separate, explicit publication consent the platform does not ask for).
Files are checked by their bytes and re-encoded without metadata (no EXIF, no GPS).
"""

from __future__ import annotations

import os
from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _
from flask_babel import ngettext

from marketplace import clock
from marketplace.accounts.models import User
from marketplace.db import call_after_commit, db
from marketplace.errors import Conflict, InvalidInput
from marketplace.media import sanitize, storage
from marketplace.site.models import CAPTION_MAX, PortfolioPhoto
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.permissions import Permission, require
from marketplace.tenancy.scoping import get_scoped

MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_PHOTOS = 24


def add_photo(tenant: Tenant, actor: User, *, file_storage: Any, caption: str) -> PortfolioPhoto:
    """Keep and publish one photo of the business's work. One unit of work."""
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
        content_type = sanitize.clean(temp_path, content_type)
        size = os.path.getsize(temp_path)
        key = storage.put(temp_path)
        temp_path = None
    except storage.TooLarge:
        raise InvalidInput(_("This photo is too large (at most 10 MB)."), field="photo") from None
    except sanitize.Rejected:
        raise InvalidInput(_("This file could not be read as a photo."), field="photo") from None
    finally:
        storage.discard(temp_path)
    now = clock.now()
    photo = PortfolioPhoto(tenant_id=tenant.id, storage_key=key, content_type=content_type,
                           size_bytes=size, caption=" ".join((caption or "").split())[:CAPTION_MAX],
                           uploaded_by_id=actor.id, published_at=now)
    db.session.add(photo)
    db.session.commit()
    return photo


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
