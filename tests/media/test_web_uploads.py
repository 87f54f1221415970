"""Photos uploaded in the web chat (issue 12 item 1): accepted into quarantine without being
decoded, cleaned by a task within a memory budget, seen by nobody before that.

Every test runs on local disk and on an S3-compatible store (moto's server)."""

from __future__ import annotations

import contextlib
import io
import os
import re
import stat

import pytest
import sqlalchemy as sa
from PIL import Image
from redis import Redis

from marketplace.accounts.models import Role
from marketplace.channels.models import Customer, Direction, Message
from marketplace.consent import answers, asking
from marketplace.db import db
from marketplace.extensions import limiter
from marketplace.media import tasks as media_tasks
from marketplace.media.models import MediaFile, MediaStatus
from marketplace.tenancy.models import Tenant
from tests.channels.test_webchat import open_chat
from tests.conftest import csrf_token_from, login
from tests.consent.factories import inbound, make_job, make_lead
from tests.media.images import grid_heic, iphone_heic, phone_jpeg, png_bomb

pytestmark = pytest.mark.usefixtures("media_backend")

GALLERY_LINK = re.compile(r'src="(/media/file/[^"]+)"')
CLOSED_PORT = "redis://127.0.0.1:1/0"


def upload(client, headers, data: bytes, name: str = "IMG_0001.jpg",
           mimetype: str = "image/jpeg", ip: str = "127.0.0.1"):
    return client.post("/api/chat/photos", headers=headers,
                       data={"photo": (io.BytesIO(data), name, mimetype)},
                       content_type="multipart/form-data", environ_base={"REMOTE_ADDR": ip})


def media_rows(app) -> list[MediaFile]:
    with app.app_context():
        rows = list(db.session.scalars(sa.select(MediaFile).order_by(MediaFile.id)))
        db.session.expunge_all()
        return rows


def bot_texts(client) -> list[str]:
    return [message["text"] for message in client.get("/api/chat/messages").get_json()[
        "messages"] if message["from"] == "platform"]


def job_with_lead(app, media: MediaFile, tenant: Tenant) -> dict[str, object]:
    """The customer's job holding the uploaded photo, offered to `tenant`, consent asked."""
    with app.app_context():
        customer = db.session.get(Customer, media.customer_id)
        job = make_job(customer, photos=0)
        job.media.append(db.session.get(MediaFile, media.id))
        lead = make_lead(db.session.get(Tenant, tenant.id), job)
        consent_request = asking.request_media_consent(lead)
        db.session.commit()
        return {"lead_id": lead.id, "job_id": job.id, "request": consent_request.public_id}


def agree(app, media: MediaFile, scene: dict[str, object]) -> None:
    with app.app_context():
        customer = db.session.get(Customer, media.customer_id)
        answers.handle_customer_choice(customer, inbound(customer), "agree",
                                        str(scene["request"]))
        db.session.commit()


@pytest.fixture
def queue_down(app, monkeypatch):
    """While it lasts the task queue is unreachable: an upload is kept and waits for the
    sweep. Use as a context manager."""

    @contextlib.contextmanager
    def outage():
        monkeypatch.setitem(app.extensions, "redis",
                            Redis.from_url(CLOSED_PORT, socket_connect_timeout=0.2))
        try:
            yield
        finally:
            monkeypatch.setitem(app.extensions, "redis", None)

    return outage


# --- the bomb -------------------------------------------------------------------------------


def test_png_bomb_is_refused_from_its_header_without_decoding(client, app, media_backend,
                                                              decoded):
    bomb = png_bomb()
    assert len(bomb) < 200_000  # small on the wire, 119 MB of pixels once decoded
    headers = open_chat(client)
    response = upload(client, headers, bomb, "bomb.png", "image/png")
    assert response.status_code == 422
    message = response.get_json()["error"]["message"]
    assert "6300 × 6300" in message
    assert "Megapixel" in message
    assert decoded == []  # not a single pixel was decoded
    assert media_rows(app) == []
    assert media_backend.keys() == []  # nothing kept, not even in quarantine
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Message.id))) == 0


def test_the_refusal_is_in_english_for_an_english_chat(client, app):
    client.get("/chat?lang=en")
    headers = open_chat(client)
    client.set_cookie("mp_lang", "en")
    response = client.post("/api/chat/photos", headers={**headers, "Accept-Language": "en"},
                           data={"photo": (io.BytesIO(png_bomb()), "bomb.png")},
                           content_type="multipart/form-data")
    assert response.status_code == 422
    message = response.get_json()["error"]["message"]
    assert "6300 × 6300" in message
    assert "megapixels" in message or "Megapixel" in message


# --- a normal phone photo -------------------------------------------------------------------


def test_phone_photo_is_cleaned_in_the_task_and_reaches_the_business_after_consent(
        client, app, media_backend, make_tenant, make_user, login_as, decoded):
    original = phone_jpeg(3200, 2400)
    assert b"PhoneMaker" in original
    assert b"Musterstrasse" in original
    headers = open_chat(client)
    response = upload(client, headers, original)
    assert response.status_code in (201, 202), response.get_data(as_text=True)
    assert response.get_json()["photo"] == {"state": "checking"}
    # The task (inline without Redis) decoded it reduced: never the full 3200x2400.
    assert decoded
    assert max(max(size) for size in decoded) <= 3200
    (media,) = media_rows(app)
    assert media.status == MediaStatus.STORED
    assert media.content_type == "image/jpeg"
    cleaned = media_backend.read(media.storage_key)
    for marker in (b"Exif\x00\x00", b"GPS", b"PhoneMaker", b"Musterstrasse"):
        assert marker not in cleaned, marker
    with Image.open(io.BytesIO(cleaned)) as image:
        assert max(image.size) <= 2560
        assert image.size[1] > image.size[0]  # orientation applied: upright now
        assert dict(image.getexif()) == {}
    assert media_backend.keys() == [media.storage_key]  # the quarantined original is gone

    tenant = make_tenant("Dachdeckerei Muster GmbH")
    owner = make_user(Role.OWNER, tenant)
    scene = job_with_lead(app, media, tenant)
    lead_id = scene["lead_id"]
    login_as(owner)
    assert not GALLERY_LINK.search(client.get(f"/media/leads/{lead_id}").get_data(
        as_text=True))
    agree(app, media, scene)
    link = GALLERY_LINK.search(client.get(f"/media/leads/{lead_id}").get_data(as_text=True))
    opened = client.get(link.group(1))
    assert opened.status_code == 200
    assert opened.data == cleaned  # streamed through our view from the store


def test_iphone_heic_becomes_a_clean_jpeg(client, app, media_backend):
    headers = open_chat(client)
    response = upload(client, headers, iphone_heic(), "IMG_0002.HEIC", "image/heic")
    assert response.status_code in (201, 202), response.get_data(as_text=True)
    (media,) = media_rows(app)
    assert media.status == MediaStatus.STORED
    assert media.content_type == "image/jpeg"
    cleaned = media_backend.read(media.storage_key)
    assert cleaned[:3] == b"\xff\xd8\xff"
    assert b"GPS" not in cleaned
    assert b"PhoneMaker" not in cleaned
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.size == (480, 640)  # turned upright as the phone recorded it


def test_an_iphone_heic_grid_is_cleaned_tile_by_tile(client, app, media_backend):
    """As an iPhone saves it: a grid of 512-pixel tiles, turned by 'irot', EXIF with GPS."""
    headers = open_chat(client)
    response = upload(client, headers, grid_heic(1100, 700, orientation=6), "IMG_0003.HEIC",
                      "image/heic")
    assert response.status_code in (201, 202), response.get_data(as_text=True)
    (media,) = media_rows(app)
    assert media.status == MediaStatus.STORED
    assert media.content_type == "image/jpeg"
    cleaned = media_backend.read(media.storage_key)
    assert b"GPS" not in cleaned
    assert b"PhoneMaker" not in cleaned
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.format == "JPEG"
        assert image.size == (700, 1100)  # upright


def test_a_large_heic_that_is_not_a_grid_is_refused_with_its_cap(client, app, media_backend):
    """Decoded whole by libheif it would exceed the memory budget: refused from its header,
    with the megapixels such a file may have."""
    headers = open_chat(client)
    response = upload(client, headers, grid_heic(3000, 2400, tile=None, quality=30),
                      "converted.heic", "image/heic")
    assert response.status_code == 422
    message = response.get_json()["error"]["message"]
    assert "3000 × 2400" in message
    assert "5 Megapixel" in message
    assert media_rows(app) == []
    assert media_backend.keys() == []


def test_a_photo_that_fails_in_the_task_is_refused_in_the_chat(client, app, media_backend):
    broken = phone_jpeg(400, 300)[:2000]  # the header is fine, the pixels are cut off
    headers = open_chat(client)
    response = upload(client, headers, broken)
    assert response.status_code in (201, 202)
    (media,) = media_rows(app)
    assert media.status == MediaStatus.REJECTED
    assert media.storage_key is None
    assert media_backend.keys() == []  # the refused original is not kept
    assert any("could not be read" in text or "nicht gelesen" in text
               for text in bot_texts(client))


# --- quarantine: nobody sees it before it is clean ------------------------------------------


def test_a_quarantined_upload_is_private_and_seen_by_nobody_until_cleaned(
        client, app, media_backend, queue_down, frozen_clock, make_tenant, make_user,
        login_as):
    headers = open_chat(client)
    with queue_down():
        response = upload(client, headers, phone_jpeg(800, 600))
    assert response.status_code in (201, 202), response.get_data(as_text=True)
    (media,) = media_rows(app)
    assert media.status == MediaStatus.PENDING
    assert media.storage_key.startswith("quarantine/")
    assert media_backend.keys() == [media.storage_key]
    if media_backend.name == "local":
        path = os.path.join(app.config["MEDIA_ROOT"], media.storage_key)
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(os.path.dirname(path)).st_mode) == 0o700
        assert stat.S_IMODE(os.stat(os.path.dirname(os.path.dirname(path))).st_mode) == 0o700

    tenant = make_tenant("Dachdeckerei Muster GmbH")
    owner = make_user(Role.OWNER, tenant)
    admin = make_user(Role.ADMIN)
    scene = job_with_lead(app, media, tenant)
    agree(app, media, scene)
    lead_id, job_id = scene["lead_id"], scene["job_id"]
    login_as(owner)
    assert not GALLERY_LINK.search(client.get(f"/media/leads/{lead_id}").get_data(
        as_text=True))  # agreed, but nothing clean to show yet
    admin_client = app.test_client()
    login(admin_client, admin)
    admin_url = f"/admin/jobs/{job_id}/media/{media.public_id}"
    opened = admin_client.post(admin_url, data={
        "csrf_token": csrf_token_from(admin_client, f"/admin/jobs/{job_id}"),
        "reason": "support_case", "note": "Ticket 1"})
    assert opened.status_code in (403, 404)
    assert not opened.data.startswith(b"\xff\xd8\xff")

    # The queue is back: the sweep cleans what waited.
    frozen_clock(minutes=3)
    with app.app_context():
        media_tasks.redrive_pending_media()
    (media,) = media_rows(app)
    assert media.status == MediaStatus.STORED
    assert media_backend.keys() == [media.storage_key]
    link = GALLERY_LINK.search(client.get(f"/media/leads/{lead_id}").get_data(as_text=True))
    assert client.get(link.group(1)).data == media_backend.read(media.storage_key)


# --- rate limits ----------------------------------------------------------------------------


@pytest.fixture
def upload_limit(app, monkeypatch):
    monkeypatch.setitem(app.config, "RATELIMIT_UPLOAD", "2 per minute")
    limiter.reset()
    yield
    limiter.reset()


def test_uploads_are_limited_per_chat_session_and_per_address(client, app, upload_limit,
                                                             media_backend):
    headers = open_chat(client)
    photo = phone_jpeg(200, 150)
    for number in range(2):
        assert upload(client, headers, photo, ip=f"10.9.0.{number}").status_code < 400
    refused = upload(client, headers, photo, ip="10.9.0.7")  # same chat, a new address
    assert refused.status_code == 429
    assert refused.get_json()["error"]["code"] == "too_many_requests"
    assert int(refused.headers["Retry-After"]) > 0
    assert len(media_rows(app)) == 2  # the refused upload left nothing behind
    assert len(media_backend.keys()) == 2

    other = app.test_client()  # another chat from the first address: its own limit...
    other_headers = open_chat(other)
    assert upload(other, other_headers, photo, ip="10.9.0.50").status_code < 400
    assert upload(other, other_headers, photo, ip="10.9.0.50").status_code < 400
    third = app.test_client()  # ...but one address cannot open chats to go on uploading
    assert upload(third, open_chat(third), photo, ip="10.9.0.50").status_code == 429


def test_inbound_photos_stay_with_their_message(client, app, media_backend):
    headers = open_chat(client)
    upload(client, headers, phone_jpeg(300, 200))
    with app.app_context():
        (message,) = db.session.scalars(sa.select(Message).where(
            Message.direction == Direction.INBOUND))
        (media,) = db.session.scalars(sa.select(MediaFile))
        assert message.payload["media_public_ids"] == [media.public_id]
        assert media.message_id == message.id
