"""Leaf rows for consent, privacy and media-access tests: customers, jobs with stored photos,
leads. Rules (consent, erasure, export) always run through the real services."""

from __future__ import annotations

import io
import itertools
import os
import tempfile
from datetime import timedelta

from PIL import Image

from marketplace import clock
from marketplace.channels.models import Customer, Direction, Message, MessageStatus
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.media import storage
from marketplace.media.models import MediaFile, MediaStatus
from marketplace.quotes.models import Lead, LeadStatus
from marketplace.tenancy.models import Tenant

_counter = itertools.count(1)


def jpeg_bytes(colour: tuple[int, int, int] = (200, 80, 40)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 6), colour).save(buffer, "JPEG")
    return buffer.getvalue()


def make_customer(*, channel: str = "webchat", language: str = "de",
                  phone: str | None = None, name: str | None = None) -> Customer:
    number = next(_counter)
    customer = Customer(channel=channel, external_id=f"ext-{number}-{os.urandom(3).hex()}",
                        display_name=name or f"Kundin {number}", phone=phone,
                        language=language, last_inbound_at=clock.now())
    db.session.add(customer)
    db.session.flush()
    return customer


def store_file(customer: Customer, data: bytes, *, kind: str = "image",
               content_type: str = "image/jpeg") -> MediaFile:
    handle, path = tempfile.mkstemp()
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    key = storage.put(path)
    media_file = MediaFile(customer_id=customer.id, kind=kind, status=MediaStatus.STORED,
                           content_type=content_type, size_bytes=len(data), storage_key=key,
                           sha256=storage.sha256_of(storage.path_for(key)), attempts=0)
    db.session.add(media_file)
    db.session.flush()
    return media_file


def make_job(customer: Customer, *, photos: int = 3, description: str = "Dach undicht"
             ) -> JobRequest:
    number = next(_counter)
    job = JobRequest(reference=f"K{number:04d}-{os.urandom(2).hex().upper()}"[:12],
                     customer_id=customer.id, channel=customer.channel,
                     trade_code="dachdecker", description=description, postcode="80331",
                     timing="week", language=customer.language)
    db.session.add(job)
    db.session.flush()
    for index in range(photos):
        job.media.append(store_file(customer, jpeg_bytes((index * 40 % 255, 90, 30))))
    db.session.flush()
    return job


def make_lead(tenant: Tenant, job: JobRequest, *, status: str = LeadStatus.OFFERED) -> Lead:
    lead = Lead(tenant_id=tenant.id, job_request_id=job.id, status=status,
                offered_at=clock.now(), expires_at=clock.now() + timedelta(hours=48))
    db.session.add(lead)
    db.session.flush()
    return lead


def inbound(customer: Customer, *, text: str = "", choice_id: str | None = None) -> Message:
    """An inbound chat message as channels stores it (the act that carries a decision)."""
    message = Message(customer_id=customer.id, channel=customer.channel,
                      direction=Direction.INBOUND, kind="choice" if choice_id else "text",
                      status=MessageStatus.RECEIVED,
                      provider_message_id=f"wamid.{os.urandom(8).hex()}", text=text,
                      payload={"choice_id": choice_id} if choice_id else {}, attempts=0)
    db.session.add(message)
    db.session.flush()
    return message


def outbound_messages(customer: Customer, purpose: str | None = None) -> list[Message]:
    import sqlalchemy as sa

    query = sa.select(Message).where(Message.customer_id == customer.id,
                                     Message.direction == Direction.OUTBOUND)
    if purpose:
        query = query.where(Message.purpose == purpose)
    return list(db.session.scalars(query.order_by(Message.id)))


def tenant_in_session(tenant: Tenant) -> Tenant:
    return db.session.get(Tenant, tenant.id)
