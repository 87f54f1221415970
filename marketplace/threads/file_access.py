"""Opening a file of a thread: the business's own files for its users, the customer's files
only while the customer's sharing with this business stands (every attempt logged), and a
business's files for the web-chat customer they were sent to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO, Any

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace.channels.base import ChannelName
from marketplace.channels.models import Customer
from marketplace.consent import hooks as consent_hooks
from marketplace.db import db
from marketplace.errors import Forbidden, NotFound
from marketplace.media.models import MediaFile, MediaStatus
from marketplace.media.services import download_name, open_media
from marketplace.quotes.models import Lead
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.scoping import get_scoped_for
from marketplace.threads import incoming
from marketplace.threads.models import ThreadAuthor, ThreadMessage, thread_message_media

# The reasons written to the media access log (consent's vocabulary plus one of our own).
ALLOWED_REASON = "thread_sharing"
DENIED_REASON = "thread_sharing_withdrawn"


@dataclass(frozen=True)
class OpenedFile:
    stream: IO[bytes]
    download_name: str
    content_type: str

    @property
    def inline(self) -> bool:
        return self.content_type.startswith("image/")


def _opened(media_file: MediaFile) -> OpenedFile:
    try:
        stream = open_media(media_file)
    except (FileNotFoundError, ValueError):
        raise NotFound() from None
    return OpenedFile(stream=stream, download_name=download_name(media_file),
                      content_type=media_file.content_type or "application/octet-stream")


def _in_thread(lead: Lead, public_id: str) -> tuple[MediaFile, str] | None:
    row = db.session.execute(
        sa.select(MediaFile, ThreadMessage.author)
        .join(thread_message_media, thread_message_media.c.media_file_id == MediaFile.id)
        .join(ThreadMessage, ThreadMessage.id == thread_message_media.c.thread_message_id)
        .where(MediaFile.public_id == str(public_id)[:40], ThreadMessage.lead_id == lead.id,
               ThreadMessage.tenant_id == lead.tenant_id)
        .limit(1)).first()
    return (row[0], row[1]) if row is not None else None


def open_thread_file(tenant: Tenant, user: Any, lead_id: Any, public_id: str) -> OpenedFile:
    """A file of this lead's thread for a user of its business. A customer's file is
    checked against the customer's sharing at this moment and the attempt is logged (one
    commit); a file of another lead or business is a 404."""
    if getattr(user, "tenant_id", None) != tenant.id:
        raise NotFound()
    lead = get_scoped_for(Lead, user, lead_id)
    found = _in_thread(lead, public_id)
    if found is None:
        raise NotFound()
    media_file, author = found
    if author == ThreadAuthor.BUSINESS:
        if media_file.tenant_id != tenant.id or media_file.status != MediaStatus.STORED:
            raise NotFound()
        return _opened(media_file)
    allowed = incoming.visible_to(tenant, media_file)
    consent_hooks.record_media_access(
        allowed=allowed, reason=ALLOWED_REASON if allowed else DENIED_REASON,
        user_id=getattr(user, "id", None), tenant_id=tenant.id,
        customer_id=media_file.customer_id, media_file_id=media_file.id,
        job_request_id=lead.job_request_id)
    db.session.commit()
    if not allowed:
        raise Forbidden(_("This file is no longer shared with you: the customer withdrew "
                          "the sharing or it expired."))
    return _opened(media_file)


def open_for_webchat_customer(customer: Customer | None, public_id: str) -> OpenedFile:
    """A business's file, for the web-chat customer it was sent to (their chat cookie is
    the key, as for the chat itself); anyone else gets a 404."""
    if customer is None or customer.channel != ChannelName.WEBCHAT:
        raise NotFound()
    media_file = db.session.scalar(
        sa.select(MediaFile)
        .join(thread_message_media, thread_message_media.c.media_file_id == MediaFile.id)
        .join(ThreadMessage, ThreadMessage.id == thread_message_media.c.thread_message_id)
        .where(MediaFile.public_id == str(public_id)[:40],
               MediaFile.customer_id == customer.id, MediaFile.tenant_id.is_not(None),
               MediaFile.status == MediaStatus.STORED,
               ThreadMessage.author == ThreadAuthor.BUSINESS,
               ThreadMessage.channel_message_id.is_not(None))
        .limit(1))
    if media_file is None:
        raise NotFound()
    return _opened(media_file)
