"""A photo the customer sends into one business's thread goes to that business alone.

The photo comes through the real WhatsApp webhook as a reply to the roofer's message; the
roofer opens it from its lead page (camera data removed), the carpenter, who works on the
same job, never sees it; the consent ledger holds the message as the evidence of that
sharing, and a WIDERRUF closes the file at once.
"""

from __future__ import annotations

import io

import pytest
import sqlalchemy as sa
from PIL import Image

from marketplace.accounts.models import User
from marketplace.consent.ledger import ConsentState, consent_state
from marketplace.consent.models import ConsentAction, ConsentEvent, ConsentPurpose
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.media.models import MediaStatus
from marketplace.quotes.models import Lead
from marketplace.threads.models import ThreadMessage
from tests.conftest import login
from tests.threads.incoming_world import (
    Phone,
    business_writes,
    customer_thread_texts,
    make_world,
    text_of,
)

GPS_IFD = 0x8825
MAKE = 0x010F


def camera_jpeg() -> bytes:
    """A phone photo as it leaves the camera: maker and GPS position in its EXIF."""
    exif = Image.Exif()
    exif[MAKE] = "PhoneMaker"
    exif[GPS_IFD] = {1: "N", 2: (50.0, 6.0, 36.0), 3: "E", 4: (8.0, 40.0, 12.0)}
    buffer = io.BytesIO()
    Image.new("RGB", (16, 12), (10, 120, 200)).save(buffer, "JPEG", exif=exif.tobytes())
    return buffer.getvalue()


@pytest.fixture
def new_world(app, make_tenant, make_user):
    return lambda: make_world(app, make_tenant, make_user)


def owner_client(app, world, lead_id: int):
    with app.app_context():
        lead = db.session.get(Lead, lead_id)
        email = db.session.get(User, world.owner_of[lead.tenant_id]).email
    browser = app.test_client()
    login(browser, email)
    return browser


def test_a_photo_into_one_thread_reaches_that_business_alone(app, client, providers,
                                                              new_world):
    world = new_world()
    to_roofer = business_writes(app, world, world.lead_a, "Können Sie die Stelle fotografieren?")
    business_writes(app, world, world.lead_b, "Welches Holz ist verbaut?")
    phone = Phone("whatsapp", client, providers)
    original = camera_jpeg()
    assert Image.open(io.BytesIO(original)).getexif().get(MAKE) == "PhoneMaker"

    [confirmation] = phone.photo("9300000000000001", reply_to=to_roofer,
                                 caption="Hier tropft es", data=original)

    assert "Dachdeckerei Muster GmbH" in text_of(confirmation)
    assert customer_thread_texts(app, world.lead_a) == ["Hier tropft es"]
    assert customer_thread_texts(app, world.lead_b) == []
    with app.app_context():
        entry = db.session.scalar(sa.select(ThreadMessage).where(
            ThreadMessage.lead_id == world.lead_a, ThreadMessage.author == "customer"))
        [photo] = entry.media
        assert photo.status == MediaStatus.STORED
        public_id = photo.public_id
        job = db.session.get(JobRequest, world.job_id)
        roofer = db.session.get(Lead, world.lead_a).tenant
        # Not one of the job's photos (which go to every business the customer agrees to),
        # and no consent to those photos follows from it.
        assert job.media == []
        assert consent_state(roofer, job) == ConsentState.NOT_REQUESTED
        # The ledger keeps the message as the evidence of this sharing, with this business.
        [event] = db.session.scalars(sa.select(ConsentEvent).where(
            ConsentEvent.purpose == ConsentPurpose.THREAD_MEDIA)).all()
        assert (event.tenant_id, event.job_request_id, event.action) == (
            roofer.id, job.id, ConsentAction.GRANT)
        assert event.evidence_ref == f"thread_message:{entry.id}"
        assert event.via_message_id == entry.channel_message_id

    roofer_browser = owner_client(app, world, world.lead_a)
    page = roofer_browser.get(f"/dashboard/leads/{world.lead_a}").get_data(as_text=True)
    assert public_id in page
    opened = roofer_browser.get(f"/dashboard/leads/{world.lead_a}/messages/files/{public_id}")
    assert opened.status_code == 200
    assert opened.mimetype == "image/jpeg"
    served = Image.open(io.BytesIO(opened.data)).getexif()
    assert MAKE not in served  # the camera ...
    assert GPS_IFD not in served  # ... and the position removed

    carpenter_browser = owner_client(app, world, world.lead_b)
    page = carpenter_browser.get(f"/dashboard/leads/{world.lead_b}").get_data(as_text=True)
    assert public_id not in page
    assert carpenter_browser.get(
        f"/dashboard/leads/{world.lead_b}/messages/files/{public_id}").status_code == 404
    assert carpenter_browser.get(
        f"/dashboard/leads/{world.lead_a}/messages/files/{public_id}").status_code == 404

    # WIDERRUF: the customer withdraws the roofer's access, which closes the file at once.
    [menu] = phone.text("WIDERRUF")
    assert "Dachdeckerei Muster GmbH" in text_of(menu)
    assert "Gespräch" in text_of(menu)
    phone.tap(f"consent:withdraw:{roofer.id}")
    assert roofer_browser.get(
        f"/dashboard/leads/{world.lead_a}/messages/files/{public_id}").status_code == 403
