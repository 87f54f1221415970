"""Customer rights by chat (MEINE DATEN, LÖSCHEN) and the retention sweep.

Export and erasure find a customer's rows by walking the foreign keys from `customer`, so
a feature that adds a table pointing at a customer, job, message or file is covered
without changes here.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import IO, Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _

from marketplace import clock
from marketplace.channels.base import Choice, Outbound
from marketplace.channels.models import Customer, Message
from marketplace.consent import services as consent_services
from marketplace.consent.models import BusinessNoticeKind, ConsentEvent, ConsentNotice
from marketplace.db import db
from marketplace.errors import InvalidInput, NotFound
from marketplace.jobs.models import JobRequest, job_media
from marketplace.media.models import MediaFile, MediaStatus
from marketplace.privacy.models import (
    DataExport,
    DeletionReason,
    DeletionRecord,
    ErasureRequest,
    ErasureStatus,
    IdentityTombstone,
)
from marketplace.tenancy.models import Tenant

log = logging.getLogger(__name__)

EXPORT_LINK_LIFETIME = timedelta(hours=24)
EXPORT_SPOOL_BYTES = 8 * 1024 * 1024
DEFAULT_JOB_RETENTION_DAYS = 30
ABANDONED_INTAKE_AFTER = timedelta(days=30)
PURGE_BATCH_SIZE = 100
PURGE_MAX_BATCHES = 20
CHOICE_PREFIX = "privacy"
# Columns that are secrets or storage internals, never part of an export.
EXPORT_SKIPPED_COLUMNS = frozenset({"token_sha256", "storage_key", "source_url", "raw_body",
                                    "session_token", "password_hash"})
# Tables a customer's rows never reach through, even if a foreign key points there.
WALK_STOP_TABLES = frozenset({"tenant", "user_account", "consent_notice"})


def _language(customer: Customer) -> str:
    return customer.language if customer.language in ("de", "en") else "de"


def _send(customer: Customer, outbound: Outbound) -> Message | None:
    from marketplace.channels.services import queue_outbound

    return queue_outbound(customer, outbound, purpose="privacy")


# ---------------------------------------------------------------- identity tombstones


def identity_hmac(channel: str, external_id: str) -> str:
    """Keyed hash of a channel identity: recognisable with the key, useless without it."""
    key = current_app.config["SECRET_KEY"].encode("utf-8")
    return hmac.new(key, f"{channel}:{external_id}".encode(), hashlib.sha256).hexdigest()


def tombstone_opt_out(channel: str, external_id: str) -> datetime | None:
    """When an erased customer had said STOP: a returning sender stays opted out."""
    return db.session.scalar(sa.select(IdentityTombstone.opted_out_at).where(
        IdentityTombstone.identity_hmac == identity_hmac(channel, external_id)))


def apply_tombstone(customer: Customer) -> bool:
    """Carry a surviving opt-out over to a re-created customer (no commit)."""
    opted_out_at = tombstone_opt_out(customer.channel, customer.external_id)
    if opted_out_at is None or customer.opted_out_at is not None:
        return False
    customer.opted_out_at = opted_out_at
    return True


# ---------------------------------------------------------------- the customer's rows


def _walk_customer_rows(customer_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row reachable from the customer by foreign keys pointing at collected rows."""
    tables = {table.name: table for table in db.metadata.sorted_tables}
    customer_table = tables["customer"]
    collected: dict[str, list[dict[str, Any]]] = {
        "customer": [dict(row._mapping) for row in db.session.execute(
            sa.select(customer_table).where(customer_table.c.id == customer_id))]}
    if not collected["customer"]:
        return {}
    changed = True
    while changed:
        changed = False
        for table in db.metadata.sorted_tables:
            if table.name in WALK_STOP_TABLES or table.name == "customer":
                continue
            conditions = []
            for fk in table.foreign_keys:
                target = fk.column.table.name
                if target in WALK_STOP_TABLES or target not in collected:
                    continue
                ids = [row[fk.column.name] for row in collected[target]]
                if ids:
                    conditions.append(fk.parent.in_(ids))
            if not conditions:
                continue
            rows = [dict(row._mapping) for row in db.session.execute(
                sa.select(table).where(sa.or_(*conditions)))]
            known = collected.get(table.name, [])
            if len(rows) != len(known):
                collected[table.name] = rows
                changed = True
    return collected


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return clock.as_utc(value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return None
    return value


# ---------------------------------------------------------------- MEINE DATEN / MY DATA


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
    with force_locale(_language(customer)):
        text = _("Here is everything we store about you, as a ZIP file: %(url)s\n"
                 "The link works once and for 24 hours. Do not forward it.", url=url)
    _send(customer, Outbound(text=text, link_url=url))
    return export


def export_for_token(token: str) -> DataExport:
    export = db.session.scalar(sa.select(DataExport).where(
        DataExport.token_sha256 == hashlib.sha256(token.encode()).hexdigest()))
    if export is None or export.downloaded_at is not None or export.expires_at <= clock.now():
        raise NotFound(_("This download link is not valid (any more). Write MEINE DATEN in "
                         "the chat for a new one."))
    return export


@dataclass(frozen=True)
class ExportFile:
    stream: IO[bytes]
    download_name: str


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
    rows = _walk_customer_rows(customer_id)
    tables = {
        name: [{key: _jsonable(value) for key, value in row.items()
                if key not in EXPORT_SKIPPED_COLUMNS} for row in table_rows]
        for name, table_rows in rows.items()
    }
    notice_ids = {row["notice_id"] for row in rows.get("consent_event", []) if row["notice_id"]}
    notices = {notice.sha256: {"version": notice.version, "language": notice.language,
                               "text": notice.text}
               for notice in db.session.scalars(sa.select(ConsentNotice).where(
                   ConsentNotice.id.in_(notice_ids)))} if notice_ids else {}
    tenant_names = dict(db.session.execute(sa.select(Tenant.id, Tenant.name)).all())
    from marketplace.consent.receipts import kantara_receipt

    receipts = {event.public_id: kantara_receipt(event) for event in db.session.scalars(
        sa.select(ConsentEvent).where(ConsentEvent.customer_id == customer_id))}
    consents = [{
        "receipt_id": event["public_id"], "business": tenant_names.get(event["tenant_id"]),
        "job_request_id": event["job_request_id"], "purpose": event["purpose"],
        "action": event["action"], "at": _jsonable(event["occurred_at"]),
        "channel": event["channel"], "notice_sha256": event["notice_sha256"],
        "notice_text": notices.get(event["notice_sha256"] or "", {}).get("text"),
        "receipt": receipts.get(event["public_id"]),
    } for event in rows.get("consent_event", [])]
    recipients = [{"business": tenant.name, "what": what, "since": _jsonable(since)}
                  for tenant, what, since
                  in consent_services.tenants_that_received_data(customer_id)]
    access_log = [{
        "at": _jsonable(entry["occurred_at"]), "business": tenant_names.get(entry["tenant_id"]),
        "file": entry["media_file_id"], "job_request_id": entry["job_request_id"],
        "decision": entry["decision"], "reason": entry["reason"],
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
    from marketplace.media.services import download_name, open_media

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
                             "jobs": jobs, "received_at": _jsonable(media_file.created_at)})
        archive.writestr("manifest.json", json.dumps({"files": manifest}, indent=2))
    buffer.seek(0)
    return buffer


# ---------------------------------------------------------------- LÖSCHEN / DELETE


def request_erasure(customer: Customer, message: Message | None) -> ErasureRequest:
    """LÖSCHEN: ask for a confirmation tap before anything is erased (no commit)."""
    erasure = ErasureRequest(customer_id=customer.id, requested_at=clock.now(),
                             via_message_id=message.id if message else None)
    db.session.add(erasure)
    db.session.flush()
    with force_locale(_language(customer)):
        outbound = Outbound(
            text=_("Do you want us to erase all your data: messages, jobs, photos and "
                   "consents? Businesses that received data will be told. This cannot be "
                   "undone."),
            choices=(Choice(f"{CHOICE_PREFIX}:erase:{erasure.public_id}", _("Erase all")),
                     Choice(f"{CHOICE_PREFIX}:keep:{erasure.public_id}", _("Keep my data"))))
    _send(customer, outbound)
    return erasure


def handle_customer_choice(customer: Customer, message: Message | None, action: str,
                           object_id: str) -> None:
    """A tapped `privacy:<action>:<id>` button (no commit: the intake service commits)."""
    erasure = db.session.scalar(sa.select(ErasureRequest).where(
        ErasureRequest.public_id == object_id, ErasureRequest.customer_id == customer.id))
    if erasure is None or erasure.status != ErasureStatus.AWAITING_CONFIRMATION:
        raise NotFound(_("This request is not known."))
    if action == "keep":
        erasure.status = ErasureStatus.CANCELLED
        with force_locale(_language(customer)):
            _send(customer, Outbound(text=_("Nothing was erased. Your data stays as it is.")))
        return
    if action != "erase":
        raise InvalidInput(f"unknown privacy action {action!r}")
    with force_locale(_language(customer)):
        _send(customer, Outbound(text=_("Your data is being erased now. This is our last "
                                        "message to you.")))
    from marketplace.tasks import enqueue

    # Erased after this transaction commits, so the intake service can finish its own
    # unit of work on rows that still exist.
    enqueue("marketplace.privacy.tasks.erase_customer", customer.id, erasure.id)


def erase_customer(customer_id: int, *, reason: DeletionReason = DeletionReason.CUSTOMER_REQUEST,
                   actor: Any = None) -> DeletionRecord | None:
    """Erase a customer everywhere: rows, files, queued tasks (commits).

    Keeps only a keyed hash of the channel identity with the opt-out (if there was one),
    and a content-free deletion record. Businesses that received data are told.
    """
    customer = db.session.get(Customer, customer_id)
    if customer is None:
        return None
    record = _erase(customer, reason)
    record.actor_id = actor.id if actor is not None else None
    db.session.commit()
    return record


def _erase(customer: Customer, reason: DeletionReason) -> DeletionRecord:
    rows = _walk_customer_rows(customer.id)
    storage_keys = [row["storage_key"] for row in rows.get("media_file", [])
                    if row.get("storage_key")]
    notified = set()
    for tenant, _what, _since in consent_services.tenants_that_received_data(customer.id):
        for (reference,) in db.session.execute(sa.select(JobRequest.reference).where(
                JobRequest.customer_id == customer.id)):
            if (tenant.id, reference) in notified:
                continue
            if _tenant_has_job(tenant.id, reference):
                notified.add((tenant.id, reference))
                consent_services.notify_business(tenant, BusinessNoticeKind.CUSTOMER_ERASED,
                                                 reference)
    if customer.opted_out_at is not None:
        digest = identity_hmac(customer.channel, customer.external_id)
        tombstone = db.session.scalar(sa.select(IdentityTombstone).where(
            IdentityTombstone.identity_hmac == digest))
        if tombstone is None:
            db.session.add(IdentityTombstone(identity_hmac=digest,
                                             opted_out_at=customer.opted_out_at,
                                             erased_at=clock.now()))
    counts = {name: len(table_rows) for name, table_rows in sorted(rows.items())}
    inbox_ids = _raw_webhooks_of(customer)
    if inbox_ids:
        from marketplace.channels.models import InboxEvent

        db.session.execute(sa.delete(InboxEvent).where(InboxEvent.id.in_(inbox_ids)))
        counts["inbox_event"] = len(inbox_ids)
    task_refs = _task_refs(rows)
    db.session.flush()
    # Delete children first: foreign keys that only SET NULL would otherwise leave
    # personal rows behind without their owner.
    for table in reversed(db.metadata.sorted_tables):
        table_rows = rows.get(table.name)
        if not table_rows or not table.primary_key.columns:
            continue
        pk = list(table.primary_key.columns)
        if len(pk) == 1:
            ids = [row[pk[0].name] for row in table_rows]
            db.session.execute(sa.delete(table).where(pk[0].in_(ids)))
        else:
            for row in table_rows:
                db.session.execute(sa.delete(table).where(
                    sa.and_(*(column == row[column.name] for column in pk))))
    db.session.expire_all()
    record = DeletionRecord(occurred_at=clock.now(), reason=reason, counts=counts)
    db.session.add(record)
    db.session.flush()
    from marketplace.db import call_after_commit

    call_after_commit(_delete_files, storage_keys)
    call_after_commit(_cancel_queued_tasks, task_refs)
    return record


def _raw_webhooks_of(customer: Customer, batch_size: int = 500) -> list[int]:
    """Stored webhook bodies that carry this customer's identity (they hold the raw text
    and number, linked by no foreign key)."""
    from marketplace.channels.models import InboxEvent

    needles = {value.encode() for value in (customer.external_id, customer.phone) if value}
    needles |= {value.lstrip("+").encode() for value in (customer.phone,) if value}
    needles = {needle for needle in needles if len(needle) >= 6}
    if not needles:
        return []
    found, last_id = [], 0
    while True:
        batch = db.session.execute(
            sa.select(InboxEvent.id, InboxEvent.raw_body)
            .where(InboxEvent.channel == customer.channel, InboxEvent.id > last_id)
            .order_by(InboxEvent.id).limit(batch_size)).all()
        if not batch:
            return found
        for event_id, raw_body in batch:
            body = bytes(raw_body or b"")
            if any(needle in body for needle in needles):
                found.append(event_id)
        last_id = batch[-1][0]


def _tenant_has_job(tenant_id: int, reference: str) -> bool:
    from marketplace.quotes.models import Lead

    has_lead = db.session.scalar(
        sa.select(Lead.id).join(JobRequest, JobRequest.id == Lead.job_request_id)
        .where(Lead.tenant_id == tenant_id, JobRequest.reference == reference))
    if has_lead is not None:
        return True
    return db.session.scalar(
        sa.select(ConsentEvent.id)
        .join(JobRequest, JobRequest.id == ConsentEvent.job_request_id)
        .where(ConsentEvent.tenant_id == tenant_id, JobRequest.reference == reference)
        .limit(1)) is not None


def _delete_files(storage_keys: Iterable[str]) -> None:
    from marketplace.media import storage

    for key in storage_keys:
        try:
            storage.delete(key)
        except (OSError, ValueError):
            log.warning("could not delete a stored file during erasure")


def _task_refs(rows: dict[str, list[dict[str, Any]]]) -> set[tuple[str, int]]:
    refs = set()
    for table_name in ("message", "media_file", "lead", "job_request", "customer"):
        for row in rows.get(table_name, []):
            refs.add((table_name, row["id"]))
    return refs


# Task paths whose first argument is the id of a row of this table.
TASK_ARGUMENT_TABLES = {
    "marketplace.channels.tasks.deliver_message": "message",
    "marketplace.media.tasks.download_media": "media_file",
    "marketplace.consent.tasks.request_media_consent": "lead",
    "marketplace.consent.tasks.request_contact_consent": "lead",
    "marketplace.conversations.tasks.handle_message": "message",
}


def _cancel_queued_tasks(refs: set[tuple[str, int]]) -> int:
    """Remove queued RQ tasks that would work on the erased rows (none without Redis)."""
    connection = current_app.extensions.get("redis")
    if connection is None or not refs:
        return 0
    from marketplace.tasks import QUEUES, get_queue

    cancelled = 0
    for name in QUEUES:
        queue = get_queue(name)
        for job in queue.get_jobs():
            if not job.args:
                continue
            path, *args = job.args
            table = TASK_ARGUMENT_TABLES.get(path)
            if table and args and (table, args[0]) in refs:
                job.cancel()
                job.delete()
                cancelled += 1
    return cancelled


# ---------------------------------------------------------------- retention


@dataclass
class PurgeResult:
    expired_grants: int = 0
    jobs_purged: int = 0
    media_deleted: int = 0
    customers_erased: int = 0
    loose_media_deleted: int = 0


def _retention_days(job_request: JobRequest) -> int:
    days = db.session.scalar(sa.select(sa.func.max(ConsentEvent.retention_days)).where(
        ConsentEvent.job_request_id == job_request.id,
        ConsentEvent.action == "grant"))
    return max(days or 0, DEFAULT_JOB_RETENTION_DAYS)


def _purge_job_batch(now: datetime) -> tuple[int, int]:
    from marketplace.media.services import erase as erase_media

    candidates = db.session.scalars(
        sa.select(JobRequest).where(
            JobRequest.closed_at.is_not(None),
            JobRequest.closed_at <= now - timedelta(days=DEFAULT_JOB_RETENTION_DAYS),
            sa.or_(JobRequest.description != "",
                   JobRequest.id.in_(sa.select(job_media.c.job_request_id).join(
                       MediaFile, MediaFile.id == job_media.c.media_file_id).where(
                       MediaFile.status != MediaStatus.DELETED))))
        .order_by(JobRequest.closed_at).limit(PURGE_BATCH_SIZE * 2)).all()
    jobs = media = 0
    for job_request in candidates:
        if job_request.closed_at + timedelta(days=_retention_days(job_request)) > now:
            continue
        for media_file in job_request.media:
            if media_file.status != MediaStatus.DELETED:
                erase_media(media_file)
                media += 1
        job_request.description = ""
        job_request.place_name = None
        job_request.latitude = None
        job_request.longitude = None
        db.session.execute(sa.delete(Message).where(Message.job_request_id == job_request.id))
        jobs += 1
        if jobs >= PURGE_BATCH_SIZE:
            break
    return jobs, media


def _abandoned_customers(now: datetime) -> list[Customer]:
    cutoff = now - ABANDONED_INTAKE_AFTER
    last_activity = sa.func.coalesce(Customer.last_inbound_at, Customer.created_at)
    return list(db.session.scalars(
        sa.select(Customer).where(
            last_activity <= cutoff,
            ~sa.exists().where(JobRequest.customer_id == Customer.id))
        .order_by(Customer.id).limit(PURGE_BATCH_SIZE)))


def _finished_customers(now: datetime) -> list[Customer]:
    """Customers whose every job is closed past its retention and who have been silent
    since: nothing is left that the platform may keep."""
    cutoff = now - ABANDONED_INTAKE_AFTER
    last_activity = sa.func.coalesce(Customer.last_inbound_at, Customer.created_at)
    still_needed = sa.exists().where(
        JobRequest.customer_id == Customer.id,
        sa.or_(JobRequest.closed_at.is_(None),
               JobRequest.closed_at > now - timedelta(days=DEFAULT_JOB_RETENTION_DAYS)))
    candidates = db.session.scalars(
        sa.select(Customer).where(
            last_activity <= cutoff,
            sa.exists().where(JobRequest.customer_id == Customer.id),
            ~still_needed)
        .order_by(Customer.id).limit(PURGE_BATCH_SIZE)).all()
    finished = []
    for customer in candidates:
        jobs = db.session.scalars(sa.select(JobRequest).where(
            JobRequest.customer_id == customer.id)).all()
        if all(job.closed_at + timedelta(days=_retention_days(job)) <= now for job in jobs):
            finished.append(customer)
    return finished


def _loose_media(now: datetime) -> list[MediaFile]:
    """Files never attached to a job, older than the intake limit."""
    return list(db.session.scalars(
        sa.select(MediaFile).where(
            MediaFile.created_at <= now - ABANDONED_INTAKE_AFTER,
            MediaFile.status != MediaStatus.DELETED,
            ~sa.exists().where(job_media.c.media_file_id == MediaFile.id))
        .limit(PURGE_BATCH_SIZE)))


def purge_expired_data() -> PurgeResult:
    """Retention: end expired grants, strip closed jobs past retention, erase customers
    whose jobs are all past retention and abandoned intakes. Works in batches, commits per
    batch and leaves a content-free record."""
    from marketplace.media.services import erase as erase_media

    result = PurgeResult()
    now = clock.now()
    for _batch in range(PURGE_MAX_BATCHES):
        expired = consent_services.expire_ended_grants(limit=PURGE_BATCH_SIZE)
        jobs, media = _purge_job_batch(now)
        if expired or jobs:
            db.session.add(DeletionRecord(occurred_at=now, reason=DeletionReason.JOB_RETENTION,
                                          counts={"expired_grants": len(expired),
                                                  "jobs": jobs, "media_files": media}))
        db.session.commit()
        result.expired_grants += len(expired)
        result.jobs_purged += jobs
        result.media_deleted += media
        if not expired and jobs == 0:
            break
    for _batch in range(PURGE_MAX_BATCHES):
        finished = _finished_customers(now)
        if not finished:
            break
        for customer in finished:
            _erase(customer, DeletionReason.JOB_RETENTION)
        db.session.commit()
        result.customers_erased += len(finished)
    for _batch in range(PURGE_MAX_BATCHES):
        customers = _abandoned_customers(now)
        loose = _loose_media(now)
        if not customers and not loose:
            break
        for media_file in loose:
            erase_media(media_file)
        if loose:
            db.session.add(DeletionRecord(occurred_at=now,
                                          reason=DeletionReason.ABANDONED_INTAKE,
                                          counts={"media_files": len(loose)}))
        for customer in customers:
            _erase(customer, DeletionReason.ABANDONED_INTAKE)
        db.session.commit()
        result.customers_erased += len(customers)
        result.loose_media_deleted += len(loose)
    return result


def deletion_log(*, limit: int = 200) -> list[DeletionRecord]:
    return list(db.session.scalars(
        sa.select(DeletionRecord).order_by(DeletionRecord.id.desc()).limit(limit)))


# ---------------------------------------------------------------- admin (requests by letter)


@dataclass(frozen=True)
class CustomerOverview:
    customer: Customer
    row_counts: dict[str, int]
    consents: list[ConsentEvent]
    recipients: list[tuple[Tenant, str, datetime]]
    exports: list[DataExport]


def customer_overview(customer_id: int) -> CustomerOverview:
    """What an admin needs to answer an access or erasure request about one customer."""
    customer = db.session.get(Customer, customer_id)
    if customer is None:
        raise NotFound()
    rows = _walk_customer_rows(customer_id)
    return CustomerOverview(
        customer=customer,
        row_counts={name: len(table_rows) for name, table_rows in sorted(rows.items())},
        consents=list(consent_services.events_of_customer(customer_id)),
        recipients=consent_services.tenants_that_received_data(customer_id),
        exports=list(db.session.scalars(sa.select(DataExport).where(
            DataExport.customer_id == customer_id).order_by(DataExport.id))),
    )


def admin_export(customer_id: int, *, actor: Any) -> ExportFile:
    """An admin downloads a customer's export (a request that came by letter or e-mail);
    recorded like a chat export, with the admin's name (commits)."""
    if db.session.get(Customer, customer_id) is None:
        raise NotFound()
    now = clock.now()
    db.session.add(DataExport(
        customer_id=customer_id, requested_at=now, expires_at=now, downloaded_at=now,
        token_sha256=hashlib.sha256(secrets.token_bytes(32)).hexdigest(),
        requested_by_id=actor.id))
    archive = build_export(customer_id)
    db.session.commit()
    return ExportFile(stream=archive,
                      download_name=f"export-customer-{customer_id}-{now:%Y%m%d}.zip")


def admin_erase(customer_id: int, *, actor: Any, confirmed: bool) -> DeletionRecord:
    """An admin erases a customer on a request received outside the chat (commits)."""
    if not confirmed:
        raise InvalidInput(_("Please confirm that the customer asked for erasure."))
    record = erase_customer(customer_id, actor=actor)
    if record is None:
        raise NotFound()
    return record
