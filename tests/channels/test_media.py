"""Media: type by magic bytes, metadata removal, downloads from each provider over HTTP."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import struct

import pytest
import sqlalchemy as sa
from PIL import Image

from marketplace.channels.models import Direction, Message
from marketplace.db import db
from marketplace.media import sanitize, services, storage
from marketplace.media.models import MediaFile, MediaStatus
from tests.channels.conftest import WA_TOKEN, load_fixture, post_webhook

# --- test files, made here ------------------------------------------------------------------

GPS_LATITUDE = (52.0, 31.0, 12.34)
XMP_PACKET = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
              b'02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/"'
              b' exif:GPSLatitude="52,31.2N" exif:GPSLongitude="13,24.3E"/></rdf:RDF>'
              b'</x:xmpmeta>')


def _iptc_segment() -> bytes:
    """An APP13 Photoshop/IPTC block naming a city (as cameras and editors write it)."""
    record = b"\x1c\x02\x5a" + struct.pack(">H", 6) + b"Berlin"  # 2:90 City
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(record))
    resource += record + (b"\x00" if len(record) % 2 else b"")
    data = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(data) + 2) + data


def jpeg_with_location(width: int = 40, height: int = 20) -> bytes:
    """A real JPEG: left half red, right half blue, EXIF orientation 6 (rotate 90° clockwise),
    GPS position, camera make/model/serial, XMP with GPS, a comment and an IPTC city."""
    image = Image.new("RGB", (width, height), (220, 20, 20))
    image.paste((20, 20, 220), (width // 2, 0, width, height))
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Phone 15 Pro"  # Model
    exif[0xA431] = "SN-99887766"  # BodySerialNumber (lives in the Exif IFD in practice)
    exif[0x8825] = {1: "N", 2: GPS_LATITUDE, 3: "E", 4: (13.0, 24.0, 18.0)}
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif.tobytes(), xmp=XMP_PACKET,
               comment=b"Musterstrasse 5, Berlin", quality=95)
    data = buffer.getvalue()
    return data[:2] + _iptc_segment() + data[2:]


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", (8, 8), (0, 128, 0, 255)).save(buffer, "PNG")
    return buffer.getvalue()


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def mp4_with_metadata() -> bytes:
    """A small ISO-BMFF file with the places phones keep dates, places and device names."""
    times = struct.pack(">II", 3_800_000_000, 3_800_000_500)
    mvhd = _box(b"mvhd", b"\x00\x00\x00\x00" + times + struct.pack(">II", 1000, 5000)
                + b"\x00" * 80)
    tkhd = _box(b"tkhd", b"\x00\x00\x00\x07" + times + b"\x00" * 72)
    mdhd = _box(b"mdhd", b"\x00\x00\x00\x00" + times + b"\x00" * 8)
    location = _box(b"\xa9xyz", struct.pack(">HH", 18, 0x15C7) + b"+52.5200+013.4049/")
    udta = _box(b"udta", location + _box(b"\xa9mak", b"\x00\x05\x15\xc7PhoneMaker"))
    meta = _box(b"meta", b"\x00\x00\x00\x00" + _box(b"hdlr", b"\x00" * 8 + b"mdta" + b"\x00" * 12)
                + _box(b"keys", b"\x00\x00\x00\x00\x00\x00\x00\x01"
                       + _box(b"mdta", b"com.apple.quicktime.location.ISO6709"))
                + _box(b"ilst", b"+52.5200+013.4049+035.000/"))
    trak = _box(b"trak", tkhd + _box(b"mdia", mdhd) + _box(b"udta", _box(b"\xa9nam",
                                                                           b"Kellerflur")))
    moov = _box(b"moov", mvhd + trak + udta + meta)
    xmp = _box(b"uuid", bytes.fromhex("BE7ACFCB97A942E89C71999491E3AFAC") + XMP_PACKET)
    mdat = _box(b"mdat", bytes(range(256)) * 4)
    return _box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2mp41") + moov + xmp + mdat


# --- magic bytes -----------------------------------------------------------------------------


@pytest.mark.parametrize(("data", "expected"), [
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
    (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "image/webp"),
    (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", "image/heic"),
    (b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00", "video/mp4"),
    (b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00", "video/quicktime"),
    (b"\x00\x00\x00\x18ftypM4A \x00\x00\x00\x00", "audio/mp4"),
    (b"OggS\x00\x02\x00\x00", "audio/ogg"),
    (b"ID3\x04\x00\x00\x00", "audio/mpeg"),
    (b"#!AMR\n", "audio/amr"),
    (b"%PDF-1.7\n", "application/pdf"),
    (b"MZ\x90\x00\x03\x00", None),  # a Windows program
    (b"PK\x03\x04\x14\x00", None),  # a zip
    (b"<svg xmlns=", None),
    (b"GIF89a\x01\x00", None),
    (b"SIMPLE  =                    T", None),  # FITS
])
def test_type_comes_from_magic_bytes(data, expected):
    assert sanitize.sniff(data) == expected


# --- images ----------------------------------------------------------------------------------


def test_jpeg_loses_gps_exif_xmp_iptc_and_comment_and_keeps_its_orientation(tmp_path):
    original = jpeg_with_location()
    with Image.open(io.BytesIO(original)) as check:  # the test file really carries them
        assert check.getexif().get_ifd(0x8825)[2] == (52.0, 31.0, 12.34)
        assert check.info.get("xmp")
        assert check.info.get("comment")
    assert b"Photoshop 3.0" in original
    assert b"Berlin" in original
    path = tmp_path / "photo"
    path.write_bytes(original)
    assert sanitize.clean(str(path), "image/jpeg") == "image/jpeg"
    cleaned = path.read_bytes()
    for marker in (b"Exif\x00\x00", b"GPS", b"PhoneMaker", b"SN-998", b"xmpmeta",
                   b"ns.adobe.com", b"Photoshop", b"8BIM", b"Musterstrasse", b"Berlin"):
        assert marker not in cleaned, marker
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.format == "JPEG"
        assert dict(image.getexif()) == {}
        assert not {"exif", "xmp", "comment", "icc_profile", "photoshop"} & set(image.info)
        assert image.size == (20, 40)  # orientation 6 applied: width and height swap
        top = image.getpixel((10, 5))
        bottom = image.getpixel((10, 35))
        assert top[0] > 150 > top[2]  # the red left half is on top after the rotation
        assert bottom[2] > 150 > bottom[0]
    assert hashlib.sha256(cleaned).hexdigest() != hashlib.sha256(original).hexdigest()


def test_png_text_chunks_are_dropped(tmp_path):
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Location", "52.52,13.40")
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, "PNG", pnginfo=info)
    path = tmp_path / "p"
    path.write_bytes(buffer.getvalue())
    sanitize.clean(str(path), "image/png")
    assert b"52.52" not in path.read_bytes()


def test_image_bomb_is_refused_before_decoding(tmp_path, monkeypatch):
    monkeypatch.setattr(sanitize, "MAX_PIXELS", 1000)
    path = tmp_path / "big"
    buffer = io.BytesIO()
    Image.new("L", (100, 100)).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    with pytest.raises(sanitize.Rejected, match="too_many_pixels"):
        sanitize.clean(str(path), "image/png")


def test_truncated_image_is_refused(tmp_path):
    path = tmp_path / "broken"
    path.write_bytes(jpeg_with_location()[:200])
    with pytest.raises(sanitize.Rejected):
        sanitize.clean(str(path), "image/jpeg")


# --- videos ----------------------------------------------------------------------------------


def _top_level_boxes(data: bytes) -> list[bytes]:
    boxes, offset = [], 0
    while offset < len(data):
        size, kind = struct.unpack(">I4s", data[offset:offset + 8])
        boxes.append(kind)
        offset += size
    return boxes


def test_mp4_metadata_boxes_and_creation_times_are_removed(tmp_path):
    original = mp4_with_metadata()
    path = tmp_path / "clip"
    path.write_bytes(original)
    removed = sanitize.strip_isobmff_metadata(str(path))
    cleaned = path.read_bytes()
    assert removed == 4  # moov/udta, moov/meta, trak/udta, top-level XMP uuid
    assert len(cleaned) == len(original)  # sample offsets into mdat stay valid
    for marker in (b"+52.5200", b"\xa9xyz", b"PhoneMaker", b"ISO6709", b"Kellerflur",
                   b"xmpmeta", b"GPSLatitude"):
        assert marker not in cleaned, marker
    assert _top_level_boxes(cleaned) == [b"ftyp", b"moov", b"free", b"mdat"]
    assert cleaned.endswith(bytes(range(256)) * 4)  # media data untouched
    mvhd = cleaned.index(b"mvhd")
    assert cleaned[mvhd + 8:mvhd + 16] == b"\x00" * 8  # creation and modification time
    assert struct.unpack(">I", cleaned[mvhd + 16:mvhd + 20])[0] == 1000  # timescale kept
    tkhd = cleaned.index(b"tkhd")
    assert cleaned[tkhd + 8:tkhd + 16] == b"\x00" * 8


def test_broken_video_container_is_refused(tmp_path):
    path = tmp_path / "clip"
    path.write_bytes(_box(b"ftyp", b"isom\x00\x00\x02\x00") + struct.pack(">I4s", 9999, b"moov"))
    with pytest.raises(sanitize.Rejected, match="broken_video_container"):
        sanitize.strip_isobmff_metadata(str(path))


# --- downloads through the providers ---------------------------------------------------------


def _media(app):
    with app.app_context():
        rows = list(db.session.scalars(sa.select(MediaFile).order_by(MediaFile.id)))
        db.session.expunge_all()
        return rows


def _whatsapp_image(providers, data: bytes, *, sha: str | None = None) -> bytes:
    providers.files["wa-1234567890123456"] = data
    sha = sha or base64.b64encode(hashlib.sha256(data).digest()).decode()
    return load_fixture("whatsapp", "image__with_caption").replace(b"PLACEHOLDER",
                                                                   sha.encode())


def test_whatsapp_image_is_fetched_checked_cleaned_and_stored(client, app, providers):
    original = jpeg_with_location()
    post_webhook(client, "whatsapp", _whatsapp_image(providers, original))
    (media,) = _media(app)
    assert media.status == MediaStatus.STORED, media.rejection_reason
    assert media.content_type == "image/jpeg"
    assert media.kind == "image"
    lookup = providers.calls("GET", r"/v23.0/1234567890123456$")[0]
    assert lookup.headers["authorization"] == f"Bearer {WA_TOKEN}"
    assert lookup.query["phone_number_id"] == ["220000000000002"]
    download = providers.calls("GET", "/files/wa-1234567890123456$")[0]
    assert download.headers["authorization"] == f"Bearer {WA_TOKEN}"
    with app.app_context():
        path = services.media_path(media)
        with open(path, "rb") as handle:
            stored = handle.read()
        with services.open_media(media) as stream:
            assert stream.read() == stored
    assert b"GPS" not in stored
    assert b"Exif" not in stored
    assert media.sha256 == hashlib.sha256(stored).hexdigest()
    assert storage.KEY_PATTERN.match(media.storage_key)
    assert "4915112345678" not in path
    assert "Anna" not in path
    with app.app_context():
        message = db.session.get(Message, media.message_id)
        assert message.direction == Direction.INBOUND
        assert message.kind == "image"


def test_hex_sha256_is_accepted_too(client, app, providers):
    data = jpeg_with_location()
    post_webhook(client, "whatsapp", _whatsapp_image(providers, data,
                                                     sha=hashlib.sha256(data).hexdigest()))
    assert _media(app)[0].status == MediaStatus.STORED


def test_checksum_mismatch_is_rejected_and_the_customer_told(client, app, providers):
    post_webhook(client, "whatsapp", _whatsapp_image(providers, jpeg_with_location(),
                                                     sha="aGVsbG8="))
    (media,) = _media(app)
    assert media.status == MediaStatus.REJECTED
    assert media.rejection_reason == "checksum_mismatch"
    assert media.storage_key is None
    with app.app_context():
        # The bot's answer to the photo and the download's verdict are separate messages.
        replies = db.session.scalars(sa.select(Message.text).where(
            Message.direction == Direction.OUTBOUND)).all()
        assert any("beschädigt" in text for text in replies), replies


def test_expired_media_url_is_fetched_fresh_once(client, app, providers):
    providers.script("GET", "/files/wa-", 404, {"error": {"message": "expired"}})
    post_webhook(client, "whatsapp", _whatsapp_image(providers, jpeg_with_location()))
    assert _media(app)[0].status == MediaStatus.STORED
    assert len(providers.calls("GET", r"/v23.0/1234567890123456$")) == 2


def test_oversized_image_stops_at_the_cap(client, app, providers, monkeypatch):
    monkeypatch.setitem(sanitize.SIZE_CAPS, "image", 64 * 1024)
    data = b"\xff\xd8\xff\xe0" + os.urandom(200 * 1024)
    post_webhook(client, "whatsapp", _whatsapp_image(providers, data))
    (media,) = _media(app)
    assert (media.status, media.rejection_reason) == (MediaStatus.REJECTED, "too_large")
    with app.app_context():
        leftovers = os.listdir(os.path.join(app.config["MEDIA_ROOT"], "tmp"))
    assert leftovers == []


def test_file_of_a_forbidden_type_is_rejected(client, app, providers):
    post_webhook(client, "whatsapp", _whatsapp_image(providers, b"MZ\x90\x00" + b"\x00" * 500))
    (media,) = _media(app)
    assert (media.status, media.rejection_reason) == (MediaStatus.REJECTED, "type_not_allowed")


def test_provider_outage_keeps_the_file_pending_for_the_sweep(client, app, providers,
                                                              frozen_clock):
    providers.script("GET", r"/v23.0/1234567890123456$", 500, {"error": {"code": 2}})
    post_webhook(client, "whatsapp", _whatsapp_image(providers, jpeg_with_location()))
    (media,) = _media(app)
    assert media.status == MediaStatus.PENDING
    assert media.attempts == 1
    frozen_clock(minutes=3)
    with app.app_context():
        assert services.redrive_pending() == 1
    assert _media(app)[0].status == MediaStatus.STORED


def test_media_id_older_than_seven_days_is_lost(client, app, providers, frozen_clock):
    providers.script("GET", r"/v23.0/1234567890123456$", 500, {"error": {"code": 2}})
    post_webhook(client, "whatsapp", _whatsapp_image(providers, jpeg_with_location()))
    frozen_clock(days=8)
    with app.app_context():
        services.download_inbound(_media(app)[0].id)
    (media,) = _media(app)
    assert (media.status, media.rejection_reason) == (MediaStatus.REJECTED, "media_lost")


def test_whatsapp_video_loses_its_location(client, app, providers):
    data = mp4_with_metadata()
    providers.files["wa-2234567890123456"] = data
    body = load_fixture("whatsapp", "video__basic").replace(
        b"aGVsbG8=", base64.b64encode(hashlib.sha256(data).digest()))
    post_webhook(client, "whatsapp", body)
    (media,) = _media(app)
    assert media.status == MediaStatus.STORED
    assert media.content_type == "video/mp4"
    with app.app_context(), open(services.media_path(media), "rb") as handle:
        stored = handle.read()
    assert b"+52.5200" not in stored
    assert len(stored) == len(data)


def test_telegram_photo_via_get_file(client, app, providers):
    providers.files["tg-large"] = jpeg_with_location()
    post_webhook(client, "telegram", load_fixture("telegram", "message__photo"))
    (media,) = _media(app)
    assert media.status == MediaStatus.STORED, media.rejection_reason
    (get_file,) = providers.calls("POST", "/getFile$")
    assert get_file.json() == {"file_id": "tg-large"}  # the largest size
    assert providers.calls("GET", "/file/bot.+/photos/tg-large.jpg$")


def test_telegram_file_too_big_for_bots_is_rejected(client, app, providers):
    providers.script("POST", "/getFile$", 400, {"ok": False, "error_code": 400,
                                                 "description": "Bad Request: file is too big"})
    post_webhook(client, "telegram", load_fixture("telegram", "message__document"))
    (media,) = _media(app)
    assert media.status == MediaStatus.REJECTED
    assert media.rejection_reason == "download_failed:400"


def test_messenger_attachment_url_is_downloaded(client, app, providers):
    providers.files["fb-photo-1"] = png_bytes()
    body = load_fixture("messenger", "message__image").replace(
        b"FAKE/", providers.base_url.encode() + b"/")
    post_webhook(client, "messenger", body)
    (media,) = _media(app)
    assert media.status == MediaStatus.STORED
    assert media.content_type == "image/png"


def test_erase_leaves_a_tombstone(client, app, providers):
    post_webhook(client, "whatsapp", _whatsapp_image(providers, jpeg_with_location()))
    with app.app_context():
        media = db.session.scalar(sa.select(MediaFile))
        path = services.media_path(media)
        services.erase(media)
        db.session.commit()
        assert media.status == MediaStatus.DELETED
        assert media.storage_key is None
    assert not os.path.exists(path)


def test_download_twice_fetches_once(client, app, providers):
    post_webhook(client, "whatsapp", _whatsapp_image(providers, jpeg_with_location()))
    with app.app_context():
        services.download_inbound(_media(app)[0].id)
    assert len(providers.calls("GET", "/files/wa-")) == 1


def _id3v2(title: bytes) -> bytes:
    frame = b"TIT2" + struct.pack(">I", len(title) + 1) + b"\x00\x00" + b"\x00" + title
    size = len(frame)
    syncsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    return b"ID3\x04\x00\x00" + syncsafe + frame


def test_mp3_loses_its_id3_tags(tmp_path):
    frames = b"\xff\xfb\x90\x64" + bytes(413)
    data = (_id3v2(b"Sprachnotiz Musterstrasse 5") + frames * 3
            + b"TAG" + b"Kellerflur".ljust(125, b"\x00"))
    path = tmp_path / "voice"
    path.write_bytes(data)
    assert sanitize.sniff(data[:64]) == "audio/mpeg"
    assert sanitize.clean(str(path), "audio/mpeg") == "audio/mpeg"
    cleaned = path.read_bytes()
    assert cleaned == frames * 3
    assert sanitize.sniff(cleaned[:64]) == "audio/mpeg"


def test_m4a_audio_loses_its_metadata_boxes(tmp_path):
    data = mp4_with_metadata().replace(b"ftypisom", b"ftypM4A ", 1)
    path = tmp_path / "voice"
    path.write_bytes(data)
    assert sanitize.sniff(data[:64]) == "audio/mp4"
    sanitize.clean(str(path), "audio/mp4")
    assert b"+52.5200" not in path.read_bytes()


def test_media_too_big_for_whatsapp_gets_its_own_answer(client, app, providers):
    body = load_fixture("whatsapp", "unsupported__poll").replace(b"131051", b"131052")
    post_webhook(client, "whatsapp", body)
    with app.app_context():
        reply = db.session.scalar(sa.select(Message).where(
            Message.direction == Direction.OUTBOUND))
        assert "zu groß" in reply.text


def test_number_change_moves_the_customer_to_the_new_number(client, app, providers):
    from marketplace.channels.models import Customer

    post_webhook(client, "whatsapp", load_fixture("whatsapp", "text__plain"))
    post_webhook(client, "whatsapp", load_fixture("whatsapp", "system__user_changed_number"))
    with app.app_context():
        (customer,) = db.session.scalars(sa.select(Customer))
        assert customer.phone == "4915199999999"
        assert customer.external_id == "DE.40000000000000000001"


# --- outbound files: uploaded, never sent as public links -----------------------------------


def _stored_photo(app, channel, external_id):
    from marketplace.channels.models import Customer

    with app.app_context():
        customer = Customer(channel=channel, external_id=external_id, phone=None,
                            language="de", last_inbound_at=clock_now())
        db.session.add(customer)
        db.session.flush()
        message = Message(customer=customer, channel=channel, direction=Direction.INBOUND,
                          status="received", text="", payload={}, attempts=0,
                          provider_message_id=f"in-{external_id}")
        db.session.add(message)
        db.session.flush()
        from werkzeug.datastructures import FileStorage

        media = services.store_upload(customer, FileStorage(io.BytesIO(png_bytes()),
                                                            filename="x.png"), message=message)
        db.session.commit()
        return customer.id, media.id


def clock_now():
    from marketplace import clock

    return clock.now()


@pytest.mark.parametrize(("channel", "external_id", "upload_path", "send_path"), [
    ("whatsapp", "4915112345678", "/220000000000002/media$", "/220000000000002/messages$"),
    ("telegram", "5550001111", None, "/sendPhoto$"),
    ("messenger", "7000000000000001", None, "/105000000000001/messages$"),
])
def test_outbound_photo_is_uploaded_as_a_file(app, providers, channel, external_id,
                                              upload_path, send_path):
    from marketplace.channels.base import Outbound
    from marketplace.channels.models import Customer
    from marketplace.channels.outbound import queue_outbound

    customer_id, media_id = _stored_photo(app, channel, external_id)
    with app.app_context():
        customer = db.session.get(Customer, customer_id)
        if channel == "whatsapp":
            customer.phone = external_id
        message = queue_outbound(
            customer, Outbound(text="So sieht es fertig aus", media_file_id=media_id),
            purpose="job_update")
        db.session.commit()
        db.session.refresh(message)
        assert message.status == "sent", message.error_detail
    if upload_path:
        (upload,) = providers.calls("POST", upload_path)
        assert b"multipart/form-data" in upload.headers["content-type"].encode()
        send = providers.calls("POST", send_path)[0].json()
        assert send["type"] == "image"
        assert send["image"]["id"].startswith("up")
        assert "link" not in send["image"]
        assert send["image"]["caption"] == "So sieht es fertig aus"
    else:
        send = providers.calls("POST", send_path)[0]  # Messenger sends the text after it
        assert send.headers["content-type"].startswith("multipart/form-data")
        assert b"\x89PNG" in send.body


def test_heic_photo_becomes_a_clean_jpeg(tmp_path):
    pillow_heif = pytest.importorskip("pillow_heif")
    image = Image.new("RGB", (32, 16), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: GPS_LATITUDE}
    heif = pillow_heif.from_pillow(image)
    buffer = io.BytesIO()
    heif.save(buffer, quality=80, exif=exif.tobytes())
    data = buffer.getvalue()
    assert sanitize.sniff(data[:64]) == "image/heic"
    assert b"PhoneMaker" in data  # the test file really carries the camera metadata
    path = tmp_path / "photo"
    path.write_bytes(data)
    assert sanitize.clean(str(path), "image/heic") == "image/jpeg"
    cleaned = path.read_bytes()
    assert sanitize.sniff(cleaned[:64]) == "image/jpeg"
    assert b"PhoneMaker" not in cleaned
    assert b"Exif" not in cleaned
