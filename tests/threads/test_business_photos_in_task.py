"""A business's photos for a job conversation are decoded by media's cleaning task, never in
the web request (issue 16), and reach the customer only once cleaned."""

from __future__ import annotations

import inspect
import io
import os
import tempfile

import pytest
import sqlalchemy as sa
from PIL import Image, ImageFile

from marketplace.channels import tasks as channel_tasks
from marketplace.db import db
from marketplace.media import services as media_services
from marketplace.media import tasks as media_tasks
from marketplace.media.models import MediaFile, MediaStatus
from marketplace.quotes.models import Lead
from marketplace.threads import outgoing
from tests.channels.test_media import jpeg_with_location
from tests.threads.outgoing_world import (
    chat_client,
    chat_messages,
    make_setup,
    post_message,
)

# The services the cleaning tasks run: media's (customer and conversation files) and the
# site's (portfolio photos).
CLEANING = {("clean_upload", "marketplace/media/services.py"),
            ("clean_photo", "marketplace/site/portfolio.py")}


@pytest.fixture
def decoders(monkeypatch) -> list[bool]:
    """For every image Pillow decodes in this process: whether a cleaning task was the
    caller (a spy on the decoder, which still decodes)."""
    calls: list[bool] = []
    original = ImageFile.ImageFile.load

    def load(image):
        calls.append(any((frame.function, "/".join(frame.filename.split("/")[-3:]))
                         in CLEANING for frame in inspect.stack()))
        return original(image)

    monkeypatch.setattr(ImageFile.ImageFile, "load", load)
    return calls


def _media_rows(app) -> list[MediaFile]:
    with app.app_context():
        rows = list(db.session.scalars(sa.select(MediaFile).order_by(MediaFile.id)))
        db.session.expunge_all()
        return rows


def test_the_dashboards_photo_is_decoded_only_by_the_cleaning_task(
        app, client, make_tenant, make_user, login_as, decoders):
    setup = make_setup(app, make_tenant, make_user)
    login_as(setup.owner)

    post_message(client, setup.lead_id, "", files=(("IMG_0042.jpg", jpeg_with_location()),))

    # Without Redis the task runs inline, in this process: every decode happened inside it.
    assert decoders
    assert all(decoders)
    (media,) = _media_rows(app)
    assert media.status == MediaStatus.STORED
    assert not media.storage_key.startswith("quarantine/")
    photo = chat_messages(chat_client(app, setup))[0]
    opened = chat_client(app, setup).get(photo["link_url"].removeprefix(
        "http://testserver.local"))
    image = Image.open(io.BytesIO(opened.data))
    assert dict(image.getexif()) == {}
    assert b"PhoneMaker" not in opened.data


def test_a_photo_still_being_checked_is_sent_only_after_its_cleaning(
        app, client, make_tenant, make_user, login_as, frozen_clock):
    setup = make_setup(app, make_tenant, make_user)
    with app.app_context():
        lead = db.session.get(Lead, setup.lead_id)
        handle, path = tempfile.mkstemp(dir=os.path.join(app.config["MEDIA_ROOT"]))
        with os.fdopen(handle, "wb") as file:
            file.write(jpeg_with_location())
        # Quarantined as the web request leaves it; the cleaning task has not run yet.
        media = media_services.quarantine_image(
            path, "image/jpeg", os.path.getsize(path), customer_id=lead.job_request.customer_id,
            tenant_id=lead.tenant_id, channel=lead.job_request.customer.channel)
        db.session.add(media)
        db.session.flush()
        outgoing.post_to_customer(lead, db.session.get(type(setup.owner), setup.owner.id),
                                  media_files=[media])
        db.session.commit()
        media_id = media.id

    assert chat_messages(chat_client(app, setup)) == []  # the delivery waits for the check
    login_as(setup.owner)
    html = client.get(f"/dashboard/leads/{setup.lead_id}").get_data(as_text=True)
    assert f"/messages/files/{media.public_id}" not in html  # not openable before cleaning

    with app.app_context():
        media_tasks.clean_upload(media_id)
    frozen_clock(minutes=1)
    with app.app_context():
        channel_tasks.redrive_stuck_messages()

    (photo,) = chat_messages(chat_client(app, setup))
    opened = chat_client(app, setup).get(photo["link_url"].removeprefix(
        "http://testserver.local"))
    assert opened.status_code == 200
    image = Image.open(io.BytesIO(opened.data))
    assert dict(image.getexif()) == {}
    assert "xmp" not in image.info
    assert b"Musterstrasse" not in opened.data
