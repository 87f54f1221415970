"""Packing a prepared archive into a ZIP in a temporary file (never all in memory).

Layout: `transcript.html` (the readable, printable record), `conversation.csv`,
`quote-<version>.json` per quote version, `consent-receipts.json` (Kantara consent
receipts) with `consent/notice-*.txt` (the exact words the customer was shown),
`photos/` (the customer's files this business may open now) and `sent/` (the files the
business sent). Names inside come from the platform, never from the customer.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import tempfile
import zipfile
from datetime import datetime
from typing import IO, Any
from zoneinfo import ZoneInfo

from marketplace import clock
from marketplace.archive.services import PreparedArchive
from marketplace.consent.receipts import kantara_receipt

BERLIN = ZoneInfo("Europe/Berlin")
# Photos, videos and PDFs are compressed already; deflating them again only costs time.
STORED_KINDS = ("image", "video", "audio", "document")


def archive_name(prepared: PreparedArchive) -> str:
    return f"archiv-{prepared.content.job.reference}.zip"


def berlin_iso(value: datetime | None) -> str:
    return clock.as_utc(value).astimezone(BERLIN).isoformat(timespec="seconds") if value else ""


def notice_path(notice: Any) -> str:
    return f"consent/notice-{notice.version}-{notice.language}-{notice.sha256[:12]}.txt"


def write_zip(prepared: PreparedArchive, transcript_html: str) -> IO[bytes]:
    """The ZIP as an open temporary file at position 0 (deleted when closed). Closes the
    prepared file streams."""
    out = tempfile.TemporaryFile()  # noqa: SIM115 - handed to the response, which closes it
    try:
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("transcript.html", transcript_html)
            archive.writestr("conversation.csv", _conversation_csv(prepared))
            for version, document in _quote_documents(prepared).items():
                archive.writestr(f"quote-{version}.json", _json(document))
            archive.writestr("consent-receipts.json", _json(_receipts(prepared)))
            for notice in prepared.content.notices:
                archive.writestr(notice_path(notice), notice.text)
            for item in prepared.files:
                if item.stream is None:
                    continue
                info = zipfile.ZipInfo(item.path, date_time=_zip_time(item.media_file.created_at))
                info.compress_type = (zipfile.ZIP_STORED if item.media_file.kind in STORED_KINDS
                                      else zipfile.ZIP_DEFLATED)
                with archive.open(info, "w") as target:
                    shutil.copyfileobj(item.stream, target, 64 * 1024)
    except BaseException:
        out.close()
        raise
    finally:
        prepared.close()
    out.seek(0)
    return out


def _zip_time(value: datetime | None) -> tuple[int, int, int, int, int, int]:
    moment = clock.as_utc(value or clock.now()).astimezone(BERLIN)
    return (max(moment.year, 1980), moment.month, moment.day, moment.hour, moment.minute,
            moment.second)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)


def _conversation_csv(prepared: PreparedArchive) -> str:
    files = prepared.files_by_id()
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["time_europe_berlin", "author", "text", "files", "delivery"])
    for entry in prepared.content.thread:
        names = [files[key].path if key in files and files[key].included else "-"
                 for key in entry.file_ids]
        author = entry.author if not entry.author_name else f"{entry.author}: {entry.author_name}"
        writer.writerow([berlin_iso(entry.created_at), author, entry.text, " ".join(names),
                         entry.delivery or ""])
    return buffer.getvalue()


def _quote_documents(prepared: PreparedArchive) -> dict[int, dict[str, Any]]:
    """One document per version: the terms as offered, with the status changes of it."""
    content = prepared.content
    documents: dict[int, dict[str, Any]] = {}
    for change in content.quote_history:
        document = documents.setdefault(change.version, {
            "job_reference": content.job.reference, "business": content.tenant.name,
            "terms": {}, "history": []})
        document["terms"] = change.snapshot
        document["history"].append({"at": berlin_iso(change.at), "kind": change.kind,
                                     "from_status": change.from_status,
                                     "to_status": change.to_status, "by": change.actor_kind})
    if content.quote is not None and content.quote.version in documents:
        documents[content.quote.version]["current_status"] = content.quote.status
    return documents


def _receipts(prepared: PreparedArchive) -> list[dict[str, Any]]:
    receipts = []
    for entry in prepared.content.consents:
        receipt = kantara_receipt(entry.event)
        # The platform's internal customer key means nothing to the business.
        receipt.pop("piiPrincipalId", None)
        receipt["noticeFile"] = notice_path(entry.notice) if entry.notice else None
        receipts.append(receipt)
    return receipts
