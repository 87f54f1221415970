"""A job two businesses talked about: the archive's tests download it from both sides.

Dachdeckerei Archiv (A) won the job: the customer granted it the job's photos, its quote
went out in two versions and was accepted, a site visit was agreed, and both wrote in its
thread (the customer with a photo, the business with a PDF). Zimmerei Nebenan (B) got the
same lead without the photo consent; the customer sent a photo into B's thread only.

The conversation and the appointment are rows as the threads and work features store
them; quotes and consents go through their real services.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import timedelta

import pytest
import sqlalchemy as sa

from marketplace import clock
from marketplace.accounts.models import Role, User
from marketplace.api import services as api_services
from marketplace.consent import answers as consent_answers
from marketplace.consent import asking as consent_asking
from marketplace.consent.models import ConsentPurpose, ConsentRequest
from marketplace.db import db
from marketplace.media import storage
from marketplace.media.models import MediaFile, MediaStatus
from marketplace.quotes import business_side
from marketplace.quotes import customer_side as quotes_customer_side
from marketplace.tenancy.models import Tenant
from marketplace.threads import incoming as thread_incoming
from marketplace.threads.models import ThreadAuthor, ThreadMessage
from marketplace.work.models import (
    Appointment,
    AppointmentActor,
    AppointmentEvent,
    AppointmentKind,
    AppointmentSlot,
    AppointmentStatus,
)
from tests.consent.factories import (
    inbound,
    jpeg_bytes,
    make_customer,
    make_job,
    make_lead,
    store_file,
)

CUSTOMER_PHONE = "0171 2345678"
DESCRIPTION = f"Dach undicht über der Küche. Rufen Sie mich an: {CUSTOMER_PHONE}"
BUSINESS_QUESTION = "Ist das Dach von der Straße aus zugänglich?"
CUSTOMER_ANSWER = "Ja, über die Einfahrt. Foto anbei."
PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@dataclass
class Scene:
    tenant_a: int
    tenant_b: int
    owner_a: str
    office_a: str
    crew_a: str
    owner_b: str
    lead_a: int
    lead_b: int
    reference: str
    job_photo: str  # public ids: the job's photo, granted to A
    thread_photo_a: str  # sent by the customer into A's thread
    thread_photo_b: str  # sent by the customer into B's thread only
    sent_pdf: str  # sent by A
    tokens: dict[str, str]


def _user(tenant: Tenant, role: Role, email: str) -> User:
    from marketplace.accounts import services as account_services

    return account_services.create_user(email=email, password="correct-horse-battery",
                                        role=role, tenant=tenant, name=f"{role} {tenant.name}")


def _pdf(customer, tenant: Tenant) -> MediaFile:
    handle, path = tempfile.mkstemp()
    with os.fdopen(handle, "wb") as out:
        out.write(PDF_BYTES)
    key = storage.put(path)
    media = MediaFile(customer_id=customer.id, kind="document", status=MediaStatus.STORED,
                      content_type="application/pdf", size_bytes=len(PDF_BYTES),
                      storage_key=key, attempts=0, tenant_id=tenant.id)
    db.session.add(media)
    db.session.flush()
    return media


def _thread_message(lead, author: str, text: str, *, user: User | None = None,
                    media: list[MediaFile] = (), minutes: int = 0) -> ThreadMessage:
    message = ThreadMessage(tenant_id=lead.tenant_id, lead_id=lead.id,
                            job_request_id=lead.job_request_id, author=author,
                            author_user_id=user.id if user else None, text=text,
                            created_at=clock.now() + timedelta(minutes=minutes))
    message.media.extend(media)
    db.session.add(message)
    return message


def build_scene() -> Scene:
    from marketplace.tenancy import registration

    tenant_a = registration.create_tenant(name="Dachdeckerei Archiv")
    tenant_b = registration.create_tenant(name="Zimmerei Nebenan")
    owner_a = _user(tenant_a, Role.OWNER, "owner@archiv.example")
    office_a = _user(tenant_a, Role.OFFICE, "buero@archiv.example")
    crew_a = _user(tenant_a, Role.CREW, "crew@archiv.example")
    owner_b = _user(tenant_b, Role.OWNER, "owner@nebenan.example")

    customer = make_customer(channel="webchat", name="Erika Beispiel")
    job = make_job(customer, photos=1, description=DESCRIPTION)
    job_photo = job.media[0]
    lead_a = make_lead(tenant_a, job)
    lead_b = make_lead(tenant_b, job)
    db.session.commit()

    consent_request = consent_asking.request_media_consent(lead_a)
    consent_answers.handle_customer_choice(customer, inbound(customer), "agree",
                                           consent_request.public_id)
    db.session.commit()

    start = clock.now().date() + timedelta(days=7)
    terms = {"price_kind": "fixed", "net_amount_cents": 120_000, "net_amount_max_cents": None,
             "line_items": [], "earliest_start": start, "valid_until": None,
             "message": "Inklusive Gerüst."}
    quote = business_side.submit_quote(tenant_a, owner_a, lead_id=lead_a.id, data=terms)
    business_side.update_quote(tenant_a, owner_a, quote_id=quote.id,
                               data={**terms, "net_amount_cents": 135_000})
    quotes_customer_side.handle_customer_choice(customer, inbound(customer), "accept",
                                                str(quote.id))
    db.session.commit()
    contact_request = db.session.scalar(sa.select(ConsentRequest).where(
        ConsentRequest.tenant_id == tenant_a.id,
        ConsentRequest.purpose == ConsentPurpose.CONTACT_SHARING))
    assert contact_request is not None

    thread_photo_a = store_file(customer, jpeg_bytes((10, 200, 10)))
    thread_photo_b = store_file(customer, jpeg_bytes((10, 10, 200)))
    sent_pdf = _pdf(customer, tenant_a)
    _thread_message(lead_a, ThreadAuthor.BUSINESS, BUSINESS_QUESTION, user=owner_a, minutes=1)
    answer = _thread_message(lead_a, ThreadAuthor.CUSTOMER, CUSTOMER_ANSWER,
                             media=[thread_photo_a], minutes=2)
    _thread_message(lead_a, ThreadAuthor.BUSINESS, "Hier der Plan.", user=owner_a,
                    media=[sent_pdf], minutes=3)
    only_b = _thread_message(lead_b, ThreadAuthor.CUSTOMER, "Foto nur für die Zimmerei",
                             media=[thread_photo_b], minutes=4)
    db.session.flush()
    # Sending a photo into a thread shares it with that one business (the ledger's record).
    thread_incoming.record_sharing(customer, inbound(customer), lead_a, answer)
    thread_incoming.record_sharing(customer, inbound(customer), lead_b, only_b)

    visit = Appointment(tenant_id=tenant_a.id, lead_id=lead_a.id, job_request_id=job.id,
                        kind=AppointmentKind.VISIT, status=AppointmentStatus.CONFIRMED,
                        note="Bitte Leiter bereitstellen", proposed_by_user_id=owner_a.id)
    first = clock.now().replace(microsecond=0) + timedelta(days=3)
    visit.slots = [AppointmentSlot(position=1, starts_at=first, ends_at=first + timedelta(hours=1)),
                   AppointmentSlot(position=2, starts_at=first + timedelta(days=1),
                                   ends_at=first + timedelta(days=1, hours=1))]
    visit.starts_at, visit.ends_at = first, first + timedelta(hours=1)
    visit.events = [
        AppointmentEvent(tenant_id=tenant_a.id, from_status=None,
                         to_status=AppointmentStatus.PROPOSED,
                         actor_kind=AppointmentActor.BUSINESS, actor_user_id=owner_a.id),
        AppointmentEvent(tenant_id=tenant_a.id, from_status=AppointmentStatus.PROPOSED,
                         to_status=AppointmentStatus.CONFIRMED,
                         actor_kind=AppointmentActor.CUSTOMER)]
    db.session.add(visit)
    db.session.commit()

    tokens = {}
    for name, (tenant, user) in {"owner_a": (tenant_a, owner_a), "crew_a": (tenant_a, crew_a),
                                 "owner_b": (tenant_b, owner_b)}.items():
        _token, plain = api_services.create_token(tenant, user, name="Büro-Software")
        tokens[name] = plain
    return Scene(tenant_a=tenant_a.id, tenant_b=tenant_b.id, owner_a=owner_a.email,
                 office_a=office_a.email, crew_a=crew_a.email, owner_b=owner_b.email,
                 lead_a=lead_a.id, lead_b=lead_b.id, reference=job.reference,
                 job_photo=job_photo.public_id, thread_photo_a=thread_photo_a.public_id,
                 thread_photo_b=thread_photo_b.public_id, sent_pdf=sent_pdf.public_id,
                 tokens=tokens)


@pytest.fixture
def scene(app) -> Scene:
    with app.app_context():
        return build_scene()
