"""Consent receipts in the shape of the Kantara Consent Receipt Specification v1.1.

A receipt is a point-in-time record of one decision, built from the ledger row and the
exact notice it references; the customer's export and the admin proof both offer it.
"""

from __future__ import annotations

from typing import Any

from flask import current_app

from marketplace.consent.ledger import shared_contact_items
from marketplace.consent.models import ConsentAction, ConsentEvent, ConsentPurpose
from marketplace.consent.notice import CONTROLLER_DEFAULTS
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.tenancy.models import Tenant

RECEIPT_VERSION = "KI-CR-v1.1.0"
COLLECTION_METHODS = {"message": "chat button or keyword", "web_request": "notice web page",
                      "schedule": "retention schedule"}
MEDIA_PII = ["photos and videos of the job site"]
THREAD_MEDIA_PII = ["files the customer sent to this business in the job conversation"]
CONTACT_PII_NAMES = {"name": "name", "phone": "phone number", "email": "e-mail address"}


def pii_categories(event: ConsentEvent, job: JobRequest | None) -> list[str]:
    """What the consent covers: for contact details, only those stored for the job."""
    if event.purpose == ConsentPurpose.MEDIA_SHARING:
        return list(MEDIA_PII)
    if event.purpose == ConsentPurpose.THREAD_MEDIA:
        return list(THREAD_MEDIA_PII)
    if job is None:
        return []
    return [CONTACT_PII_NAMES[item] for item in shared_contact_items(job)]


def kantara_receipt(event: ConsentEvent) -> dict[str, Any]:
    config = current_app.config
    tenant = db.session.get(Tenant, event.tenant_id)
    job = db.session.get(JobRequest, event.job_request_id)
    base = config["PUBLIC_BASE_URL"].rstrip("/")
    controller = config.get("CONSENT_CONTROLLER_NAME") or \
        CONTROLLER_DEFAULTS["CONSENT_CONTROLLER_NAME"]
    termination = f"job closed + {event.retention_days} days"
    if event.action != ConsentAction.GRANT:
        termination = f"ended by {event.action} at {event.occurred_at.isoformat()}"
    return {
        "version": RECEIPT_VERSION,
        "jurisdiction": "DE",
        "consentTimestamp": int(event.occurred_at.timestamp()),
        "collectionMethod": COLLECTION_METHODS.get(event.evidence_kind, event.evidence_kind),
        "consentReceiptID": event.public_id,
        "language": event.notice.language if event.notice else "de",
        "piiPrincipalId": f"customer:{event.customer_id}",
        "piiControllers": [{
            "piiController": controller,
            "contact": config.get("CONSENT_CONTROLLER_CONTACT") or f"{base}/datenschutz",
            "address": config.get("CONSENT_CONTROLLER_ADDRESS") or "",
            "onBehalf": False,
        }],
        "policyUrl": f"{base}/datenschutz",
        "services": [{
            "service": f"job {job.reference}" if job else "job",
            "purposes": [{
                "purpose": event.purpose,
                "purposeCategory": ["quote and carry out a job"],
                "consentType": "EXPLICIT",
                "piiCategory": pii_categories(event, job),
                "primaryPurpose": True,
                "termination": termination,
                "thirdPartyDisclosure": True,
                "thirdPartyName": tenant.name if tenant else "",
            }],
        }],
        "sensitive": False,
        "spiCat": [],
        # Beyond the specification: what makes this receipt checkable against the ledger.
        "action": event.action,
        "noticeSha256": event.notice_sha256,
        "recipientListVersion": event.recipient_list_version,
    }
