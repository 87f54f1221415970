"""MEINE DATEN: a one-time link to a ZIP of everything the platform stores about a customer
(Art. 15 and 20 GDPR): all rows, consents with their texts and receipts, the businesses that
received data, the media access log and the files themselves."""

from __future__ import annotations

import hashlib
import json
import secrets
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import timedelta
from typing import IO, Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _

from marketplace import clock
from marketplace.channels.models import Customer, Message
from marketplace.consent import ledger as consent_ledger
from marketplace.consent.models import ConsentEvent, ConsentNotice
from marketplace.consent.receipts import kantara_receipt
from marketplace.db import db
from marketplace.errors import NotFound
from marketplace.jobs.models import JobRequest, job_media
from marketplace.media.models import MediaFile, MediaStatus
from marketplace.media.services import download_name, open_media
from marketplace.privacy import notifications
from marketplace.privacy.models import DataExport
from marketplace.privacy.rows import jsonable, walk_customer_rows
from marketplace.tenancy.models import Tenant

EXPORT_LINK_LIFETIME = timedelta(hours=24)
EXPORT_SPOOL_BYTES = 8 * 1024 * 1024
# Columns that are secrets or storage internals, never part of an export.
EXPORT_SKIPPED_COLUMNS = frozenset({"token_sha256", "storage_key", "source_url", "raw_body",
                                    "session_token", "password_hash"})


@dataclass(frozen=True)
class ExportFile:
    stream: IO[bytes]
    download_name: str


def request_export(customer: Customer, message: Message | None) -> DataExport:
    """MEINE DATEN: send a one-time link (24 h) to a ZIP of everything (no commit)."""
    token = secrets.token_urlsafe(32)
    export = DataExport(customer_id=customer.id,
                        token_sha256=hashlib.sha256(token.encode()).hexdigest(),
                        requested_at=clock.now(),
                        expires_at=clock.now() + EXPORT_LINK_LIFETIME,
                        via_message_id=message.id if message else None)
    db.session.add(export)
    db.session.flush()
    url = f"{current_app.config['PUBLIC_BASE_URL'].rstrip('/')}/privacy/export/{token}"
    notifications.send_export_link(customer, url)
    return export


def export_for_token(token: str) -> DataExport:
    export = db.session.scalar(sa.select(DataExport).where(
        DataExport.token_sha256 == hashlib.sha256(token.encode()).hexdigest()))
    if export is None or export.downloaded_at is not None or export.expires_at <= clock.now():
        raise NotFound(_("This download link is not valid (any more). Write MEINE DATEN in "
                         "the chat for a new one."))
    return export


def download_export(token: str) -> ExportFile:
    """Use the one-time link: build the ZIP and mark the link as used (commits)."""
    export = export_for_token(token)
    archive = build_export(export.customer_id)
    export.downloaded_at = clock.now()
    db.session.commit()
    return ExportFile(stream=archive,
                      download_name=f"meine-daten-{clock.now().strftime('%Y%m%d')}.zip")


def export_data(customer_id: int) -> dict[str, Any]:
    """The JSON part of the export: all rows, consents with texts, recipients, access log."""
    rows = walk_customer_rows(customer_id)
    tables = {
        name: [{key: jsonable(value) for key, value in row.items()
                if key not in EXPORT_SKIPPED_COLUMNS} for row in table_rows]
        for name, table_rows in rows.items()
    }
    notice_ids = {row["notice_id"] for row in rows.get("consent_event", []) if row["notice_id"]}
    notices = {notice.sha256: {"version": notice.version, "language": notice.language,
                               "text": notice.text}
               for notice in db.session.scalars(sa.select(ConsentNotice).where(
                   ConsentNotice.id.in_(notice_ids)))} if notice_ids else {}
    tenant_names = dict(db.session.execute(sa.select(Tenant.id, Tenant.name)).all())
    receipts = {event.public_id: kantara_receipt(event) for event in db.session.scalars(
        sa.select(ConsentEvent).where(ConsentEvent.customer_id == customer_id))}
    consents = [{
        "receipt_id": event["public_id"], "business": tenant_names.get(event["tenant_id"]),
        "job_request_id": event["job_request_id"], "purpose": event["purpose"],
        "action": event["action"], "at": jsonable(event["occurred_at"]),
        "channel": event["channel"], "notice_sha256": event["notice_sha256"],
        "notice_text": notices.get(event["notice_sha256"] or "", {}).get("text"),
        "receipt": receipts.get(event["public_id"]),
    } for event in rows.get("consent_event", [])]
    recipients = [{"business": tenant.name, "what": what, "since": jsonable(since)}
                  for tenant, what, since
                  in consent_ledger.tenants_that_received_data(customer_id)]
    # Every attempt on the customer's files, a platform administrator's too (reason
    # "admin_<kind>", with the note they typed).
    access_log = [{
        "at": jsonable(entry["occurred_at"]), "business": tenant_names.get(entry["tenant_id"]),
        "by": "platform_admin" if str(entry["reason"]).startswith("admin_") else "business",
        "file": entry["media_file_id"], "job_request_id": entry["job_request_id"],
        "decision": entry["decision"], "reason": entry["reason"], "note": entry.get("note"),
    } for entry in rows.get("media_access_log", [])]
    return {
        "format": "marketplace-export/1",
        "generated_at": clock.now().isoformat(),
        "controller": current_app.config.get("CONSENT_CONTROLLER_NAME") or "Handwerk direkt",
        "consents": consents,
        "businesses_that_received_data": recipients,
        "media_access_log": access_log,
        "notices": notices,
        "tables": tables,
    }


def build_export(customer_id: int) -> IO[bytes]:
    """The ZIP: data.json, the media files and a manifest with their hashes."""
    data = export_data(customer_id)
    # Videos make exports large: spill to a temporary file instead of holding it in memory.
    buffer: IO[bytes] = tempfile.SpooledTemporaryFile(EXPORT_SPOOL_BYTES)  # noqa: SIM115 - send_file closes it
    manifest = []
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(data, ensure_ascii=False, indent=2,
                                                 sort_keys=True))
        files = db.session.scalars(sa.select(MediaFile).where(
            MediaFile.customer_id == customer_id, MediaFile.status == MediaStatus.STORED)
            .order_by(MediaFile.id))
        for media_file in files:
            name = f"media/{download_name(media_file)}"
            digest = hashlib.sha256()
            try:
                with open_media(media_file) as source, archive.open(name, "w") as target:
                    for chunk in iter(lambda source=source: source.read(65536), b""):
                        digest.update(chunk)
                        target.write(chunk)
            except (FileNotFoundError, ValueError):
                continue
            jobs = [reference for (reference,) in db.session.execute(
                sa.select(JobRequest.reference).join(
                    job_media, job_media.c.job_request_id == JobRequest.id)
                .where(job_media.c.media_file_id == media_file.id))]
            manifest.append({"path": name, "sha256": digest.hexdigest(),
                             "content_type": media_file.content_type, "kind": media_file.kind,
                             "jobs": jobs, "received_at": jsonable(media_file.created_at)})
        archive.writestr("manifest.json", json.dumps({"files": manifest}, indent=2))
    buffer.seek(0)
    return buffer
