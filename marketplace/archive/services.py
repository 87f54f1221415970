"""Preparing a lead's archive: the one unit of work of the archive feature.

The business (owner or office; crew members do not export) gets everything it was allowed
to see. Opening the customer's files writes their access log rows, committed here before
the views pack the ZIP; nothing else is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask_babel import gettext as _

from marketplace.accounts.models import Role, User
from marketplace.archive import collect, files
from marketplace.db import db
from marketplace.errors import Forbidden
from marketplace.quotes.models import Lead
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.scoping import get_scoped

EXPORTING_ROLES = (Role.OWNER, Role.OFFICE)


@dataclass
class PreparedArchive:
    content: collect.LeadArchive
    files: list[files.ArchiveFile]

    def files_by_id(self) -> dict[int, files.ArchiveFile]:
        return {item.media_file.id: item for item in self.files}

    def close(self) -> None:
        files.close_all(self.files)


def may_export(user: Any) -> bool:
    return getattr(user, "role", None) in EXPORTING_ROLES


def prepare_archive(tenant: Tenant, user: User, lead_id: Any) -> PreparedArchive:
    """Collect one lead of this business and open its files (commits the access log).

    Another business's lead is a 404; a crew member gets a 403. The caller packs the
    result and must call `close()`.
    """
    lead = get_scoped(Lead, tenant, lead_id)
    if not may_export(user):
        raise Forbidden(_("Only the owner and office staff may download a job archive."))
    content = collect.collect(tenant, lead)
    opened = files.open_archive_files(tenant, user, lead, collect.thread_messages(tenant, lead))
    try:
        db.session.commit()
    except BaseException:
        files.close_all(opened)
        raise
    return PreparedArchive(content=content, files=opened)
