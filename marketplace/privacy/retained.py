"""What an erasure must keep by law, stripped of the customer's personal data.

LÖSCHEN (and the retention schedule's erasure of a finished customer) deletes every row of
the customer. Two things outlive it, as `RetainedRecord` rows written inside the erasure's
unit of work before the rows go:

- the **accepted quote**, the awarded business's commercial record: a commercial letter
  the business sent and the customer accepted (§ 257 (1) no. 2-3 HGB, 6 years) that is, as
  the basis of the invoice, usually also an accounting record (§ 147 (1) no. 4, (3) AO, 10
  years). We cannot know how the business books it, so the longer period applies; both run
  from the end of the calendar year in which the quote was accepted (§ 257 (5) HGB,
  § 147 (4) AO).
- the **proof of consent**: every grant, refusal, withdrawal and expiry, because the
  controller must be able to show that consent was given (Art. 7 (1) GDPR) and may keep
  what it needs to meet that duty and to defend legal claims (Art. 17 (3) (b), (e) GDPR).
  Claims arising from the processing lapse after the regular limitation period of three
  years, counted from the end of the year in which they arose (§§ 195, 199 (1) BGB); the
  processing covered by a consent can last until the erasure, so the three years run from
  the end of the erasure's year.

Neither keeps the customer's name, phone, e-mail, messenger id, street, exact postcode,
photos or the ids of their deleted messages. The quote's free text (message, line items)
is masked and cleared of the customer's known identifiers. Kept only for these duties, the
rows are restricted: the business reads its own retained quotes, nobody edits them, and
`retention.purge_expired_data` deletes them after `keep_until`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace import clock
from marketplace.channels.models import Customer
from marketplace.consent.models import ConsentEvent
from marketplace.db import db
from marketplace.errors import NotFound
from marketplace.jobs.masking import mask_contact_details
from marketplace.jobs.models import JobRequest
from marketplace.privacy.models import RetainedRecord, RetainedRecordKind
from marketplace.quotes.models import Quote, QuoteStatus
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.scoping import get_scoped

QUOTE_YEARS = 10  # § 147 (1) no. 4, (3) AO; covers § 257 (4) HGB's 6 years as well
CONSENT_PROOF_YEARS = 3  # §§ 195, 199 (1) BGB
QUOTE_LEGAL_BASIS = ("§ 257 Abs. 1 Nr. 2-3, Abs. 4-5 HGB; § 147 Abs. 1 Nr. 4, Abs. 3-4 AO "
                     "(Art. 17 Abs. 3 lit. b DSGVO)")
CONSENT_LEGAL_BASIS = "Art. 7 Abs. 1, Art. 17 Abs. 3 lit. b, e DSGVO; §§ 195, 199 Abs. 1 BGB"
# Name parts shorter than this are left alone: "Li" or "Bo" would cut words in half.
MIN_NAME_PART = 3


def end_of_year_plus(moment: datetime | date, years: int) -> date:
    """The last day of the year `years` after the one containing `moment`: retention
    periods under HGB, AO and BGB start at the end of a calendar year."""
    return date(moment.year + years, 12, 31)


@dataclass(frozen=True)
class KeptSummary:
    """What an erasure of this customer will keep, for the receipt: the businesses whose
    accepted quotes stay, and whether there is any consent to prove."""

    quote_businesses: tuple[str, ...]
    consent_events: int

    @property
    def anything(self) -> bool:
        return bool(self.quote_businesses or self.consent_events)


def what_erasure_keeps(customer: Customer) -> KeptSummary:
    names = db.session.scalars(
        sa.select(Tenant.name).join(Quote, Quote.tenant_id == Tenant.id)
        .join(JobRequest, JobRequest.id == Quote.job_request_id)
        .where(JobRequest.customer_id == customer.id, Quote.status == QuoteStatus.ACCEPTED)
        .order_by(Quote.id)).all()
    events = db.session.scalar(sa.select(sa.func.count(ConsentEvent.id)).where(
        ConsentEvent.customer_id == customer.id)) or 0
    return KeptSummary(quote_businesses=tuple(dict.fromkeys(names)), consent_events=events)


def keep_required_records(customer: Customer) -> dict[str, int]:
    """Write the retained records of this customer (flush, no commit); returns how many
    of each kind. Called by the erasure before it deletes the rows."""
    now = clock.now()
    scrub = _scrubber(customer)
    quotes = db.session.scalars(
        sa.select(Quote).join(JobRequest, JobRequest.id == Quote.job_request_id)
        .where(JobRequest.customer_id == customer.id, Quote.status == QuoteStatus.ACCEPTED)
        .order_by(Quote.id)).all()
    for quote in quotes:
        db.session.add(_awarded_quote_record(quote, scrub, now))
    events = db.session.scalars(sa.select(ConsentEvent).where(
        ConsentEvent.customer_id == customer.id).order_by(ConsentEvent.id)).all()
    references = dict(db.session.execute(sa.select(JobRequest.id, JobRequest.reference).where(
        JobRequest.customer_id == customer.id)).all())
    keep_until = end_of_year_plus(now, CONSENT_PROOF_YEARS)
    for event in events:
        db.session.add(RetainedRecord(
            kind=RetainedRecordKind.CONSENT_PROOF, tenant_id=event.tenant_id,
            job_reference=references.get(event.job_request_id),
            data=_consent_proof(event), legal_basis=CONSENT_LEGAL_BASIS,
            keep_until=keep_until, created_at=now))
    db.session.flush()
    counts = {}
    if quotes:
        counts["kept_awarded_quote"] = len(quotes)
    if events:
        counts["kept_consent_proof"] = len(events)
    return counts


def _awarded_quote_record(quote: Quote, scrub: Any, now: datetime) -> RetainedRecord:
    job = quote.job_request
    accepted_at = quote.answered_at or now
    data = {
        "business": quote.tenant.name,
        "job_reference": job.reference,
        "trade": job.trade_code,
        # The first three digits only, as every business saw it before any consent.
        "postcode_area": job.postcode_area,
        "job_status": job.status,
        "quote": {
            "version": quote.version,
            "status": quote.status,
            "price_kind": quote.price_kind,
            "currency": quote.currency,
            "net_amount_cents": quote.net_amount_cents,
            "net_amount_max_cents": quote.net_amount_max_cents,
            "vat_rate_percent": quote.vat_rate_percent,
            "vat_cents": quote.vat_cents,
            "gross_amount_cents": quote.gross_amount_cents,
            "gross_amount_max_cents": quote.gross_amount_max_cents,
            "line_items": [{"description": scrub(str(item.get("description", ""))),
                            "net_amount_cents": item.get("net_amount_cents")}
                           for item in quote.line_items or []],
            "earliest_start": quote.earliest_start.isoformat(),
            "valid_until": quote.valid_until.isoformat(),
            "sent_at": _iso(quote.created_at),
            "accepted_at": _iso(accepted_at),
            "message": scrub(quote.message or ""),
        },
        # Status changes only: who (by role, never by name) and when.
        "history": [{"at": _iso(event.created_at), "kind": event.kind,
                     "from_status": event.from_status, "to_status": event.to_status,
                     "actor": event.actor_kind, "version": (event.snapshot or {}).get("version")}
                    for event in quote.events],
        "erased_at": _iso(now),
    }
    return RetainedRecord(kind=RetainedRecordKind.AWARDED_QUOTE, tenant_id=quote.tenant_id,
                          job_reference=job.reference, data=data,
                          legal_basis=QUOTE_LEGAL_BASIS,
                          keep_until=end_of_year_plus(accepted_at, QUOTE_YEARS), created_at=now)


def _consent_proof(event: ConsentEvent) -> dict[str, Any]:
    """The decision without the person: the stored notice (never deleted) is found by its
    hash, so the proof still shows the very words. The evidence reference is left out: it
    names an inbound message that the erasure deletes. The receipt id stays: it is the
    number on the customer's own receipt, so a dispute can be matched to this proof."""
    notice = event.notice
    return {
        "receipt_id": event.public_id,
        "purpose": event.purpose,
        "action": event.action,
        "actor": event.actor,
        "occurred_at": _iso(event.occurred_at),
        "channel": event.channel,
        "evidence_kind": event.evidence_kind,
        "notice_version": notice.version if notice else None,
        "notice_language": notice.language if notice else None,
        "notice_sha256": event.notice_sha256,
        "recipient_list_version": event.recipient_list_version,
        "retention_days": event.retention_days,
    }


def _scrubber(customer: Customer) -> Any:
    """Masks contact details in the business's free text and removes what we know of this
    customer by value: the name (whole and in parts), numbers and ids."""
    values: list[str] = []
    for job in db.session.scalars(sa.select(JobRequest).where(
            JobRequest.customer_id == customer.id)):
        values += [job.contact_phone or "", job.contact_email or ""]
    values += [customer.phone or "", customer.external_id or ""]
    name = (customer.display_name or "").strip()
    names = [name] + [part for part in re.split(r"[\s,]+", name) if len(part) >= MIN_NAME_PART]
    identifiers = sorted({value for value in values if len(value) >= 4}, key=len, reverse=True)
    name_patterns = [re.compile(rf"(?<!\w){re.escape(part)}(?!\w)", re.IGNORECASE)
                     for part in sorted(set(filter(None, names)), key=len, reverse=True)]

    def scrub(text: str) -> str:
        for value in identifiers:
            text = text.replace(value, "[…]")
        text = mask_contact_details(text)
        for pattern in name_patterns:
            text = pattern.sub(_("[name removed]"), text)
        return text

    return scrub


def _iso(value: datetime | None) -> str | None:
    return clock.as_utc(value).isoformat() if value else None


# --- the business's view of its retained quotes (through archive's slots) ------------------


def retained_quotes(tenant: Tenant) -> list[RetainedRecord]:
    """This business's retained quotes, newest first."""
    return list(db.session.scalars(
        sa.select(RetainedRecord).where(RetainedRecord.tenant_id == tenant.id,
                                        RetainedRecord.kind == RetainedRecordKind.AWARDED_QUOTE)
        .order_by(RetainedRecord.created_at.desc(), RetainedRecord.id.desc())))


def retained_quote(tenant: Tenant, record_id: Any) -> RetainedRecord:
    """One retained quote of this business; another business's record is a 404."""
    record = get_scoped(RetainedRecord, tenant, record_id)
    if record.kind != RetainedRecordKind.AWARDED_QUOTE:
        raise NotFound()
    return record


def delete_expired(today: date, *, limit: int) -> int:
    """Retained records past `keep_until` (no commit): their duty has ended."""
    ids = list(db.session.scalars(sa.select(RetainedRecord.id).where(
        RetainedRecord.keep_until < today).order_by(RetainedRecord.id).limit(limit)))
    if ids:
        db.session.execute(sa.delete(RetainedRecord).where(RetainedRecord.id.in_(ids)))
    return len(ids)
