"""Demo scenario: a web chat customer with 3 roof photos, a lead for the demo roofer and a
consent request waiting in the customer's chat.

Open /demo/kundin to become that customer in the web chat, tap "Zustimmen", and the
roofer's gallery (/media/leads/<id>) shows the photos; write WIDERRUF and the same file
links are refused at once.
"""

from __future__ import annotations

import io
from datetime import timedelta

import sqlalchemy as sa
from PIL import Image, ImageDraw
from werkzeug.datastructures import FileStorage

from marketplace import clock
from marketplace.channels.base import MessageKind
from marketplace.channels.models import Customer, Direction, Message, MessageStatus
from marketplace.consent.asking import request_media_consent
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.quotes.models import Lead
from marketplace.tenancy.models import Tenant

# The demo customer's web chat cookie (not a secret: the demo is public).
DEMO_CHAT_TOKEN = "demo-kundin-webchat-token-2026"  # noqa: S105 - published demo value
DEMO_JOB_REFERENCE = "DEMO-D4CH"
DEMO_BUSINESS_SLUG = "dachdeckerei-sonnleitner"


def _roof_photo(index: int) -> bytes:
    """A drawn roof with camera and location metadata that the upload path must remove."""
    image = Image.new("RGB", (640, 480), (170, 200, 230))
    draw = ImageDraw.Draw(image)
    draw.polygon([(80, 300), (320, 110 + index * 15), (560, 300)], fill=(150, 60, 40))
    draw.rectangle([(120, 300), (520, 460)], fill=(225, 215, 190))
    draw.line([(300, 150), (360, 260)], fill=(30, 30, 30), width=5)  # the crack
    draw.text((20, 20), f"Foto {index + 1}", fill=(0, 0, 0))
    exif = Image.Exif()
    exif[0x010F] = "DemoPhone"  # Make
    exif[0x0110] = "Model X"  # Model
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (50.0, 6.0, 42.0)
    gps[3], gps[4] = "E", (8.0, 40.0, 55.0)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, quality=85)
    return buffer.getvalue()


def seed_consent_demo() -> None:
    """Idempotent: does nothing once the demo job exists."""
    from marketplace.channels.customers import webchat_customer
    from marketplace.channels.webchat import session_id_for
    from marketplace.media.services import store_upload

    tenant = db.session.scalar(sa.select(Tenant).where(Tenant.slug == DEMO_BUSINESS_SLUG))
    if tenant is None or db.session.scalar(sa.select(JobRequest.id).where(
            JobRequest.reference == DEMO_JOB_REFERENCE)) is not None:
        return
    customer: Customer = webchat_customer(session_id_for(DEMO_CHAT_TOKEN), language="de")
    customer.last_inbound_at = clock.now()
    message = Message(customer_id=customer.id, channel=customer.channel,
                      direction=Direction.INBOUND, kind=MessageKind.IMAGE,
                      status=MessageStatus.HANDLED, text="Hallo, mein Dach ist undicht",
                      payload={}, attempts=0)
    db.session.add(message)
    db.session.flush()
    photos = [store_upload(customer, FileStorage(io.BytesIO(_roof_photo(index)),
                                                 filename=f"IMG_000{index + 1}.jpg",
                                                 content_type="image/jpeg"), message=message)
              for index in range(3)]
    message.payload = {"media_public_ids": [photo.public_id for photo in photos]}
    job = JobRequest(reference=DEMO_JOB_REFERENCE, customer_id=customer.id,
                     channel=customer.channel, trade_code="dachdecker",
                     description="Nach dem Sturm tropft es im Dachgeschoss, ein Ziegel ist "
                                 "gebrochen.",
                     postcode=tenant.base_postcode or tenant.postcode or "60311",
                     place_name=tenant.city, timing="week", language="de")
    job.media = photos
    db.session.add(job)
    db.session.flush()
    lead = Lead(tenant_id=tenant.id, job_request_id=job.id, offered_at=clock.now(),
                expires_at=clock.now() + timedelta(hours=48), distance_km=2.0)
    db.session.add(lead)
    db.session.commit()
    request_media_consent(lead)
