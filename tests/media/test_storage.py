"""The storage interface on both stores: local disk and an S3-compatible bucket (moto)."""

from __future__ import annotations

import io
import os
import stat
import time

import pytest
import sqlalchemy as sa

from marketplace.db import db
from marketplace.media import services, storage
from marketplace.media.models import MediaFile, MediaStatus
from tests.channels.test_webchat import open_chat
from tests.media.conftest import s3_client
from tests.media.images import phone_jpeg

pytestmark = pytest.mark.usefixtures("media_backend")


def _scratch(app, data: bytes) -> str:
    path = storage.scratch_file()
    with open(path, "wb") as out:
        out.write(data)
    return path


def test_put_open_delete_round_trip(app, media_backend):
    with app.test_request_context():
        key = storage.put(_scratch(app, b"cleaned bytes"))
        assert storage.KEY_PATTERN.match(key)
        assert media_backend.keys() == [key]
        with storage.open_stored(key) as stream:
            assert stream.read() == b"cleaned bytes"
        storage.delete(key)
        assert media_backend.keys() == []
        with pytest.raises(FileNotFoundError):
            storage.open_stored(key).read()


def test_keys_from_outside_are_refused(app):
    with app.test_request_context():
        for bad in ("../etc/passwd", "ab/../../x", "quarantine/../ab/" + "0" * 32, ""):
            with pytest.raises(ValueError, match="not a storage key"):
                storage.open_stored(bad)


def test_a_local_path_is_a_private_copy_for_senders(app, media_backend):
    with app.test_request_context():
        key = storage.put(_scratch(app, b"for a messenger upload"))
        path = storage.path_for(key)
        with open(path, "rb") as handle:
            assert handle.read() == b"for a messenger upload"
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        if media_backend.name == "s3":
            assert path.startswith(os.path.join(app.config["MEDIA_ROOT"], "cache"))
            old = time.time() - 7200
            os.utime(path, (old, old))
            assert storage.remove_old_scratch() == 1
            assert not os.path.exists(path)
            assert media_backend.keys() == [key]  # the stored object itself stays


def test_s3_objects_are_private(app, media_backend):
    if media_backend.name != "s3":
        pytest.skip("a bucket's access control")
    with app.test_request_context():
        key = storage.put(_scratch(app, b"private"))
    acl = s3_client(media_backend.endpoint).get_object_acl(Bucket=media_backend.bucket,
                                                           Key=key)
    grantees = [grant["Grantee"].get("URI", "") for grant in acl["Grants"]]
    assert not [uri for uri in grantees if "AllUsers" in uri or "AuthenticatedUsers" in uri]


def test_store_outage_keeps_the_upload_quarantined_for_the_sweep(
        client, app, media_backend, monkeypatch):
    headers = open_chat(client)
    broken = {"MEDIA_S3_ENDPOINT_URL": "http://127.0.0.1:1"} if media_backend.name == "s3" \
        else None
    if broken is None:
        pytest.skip("the local disk has no outage to simulate")
    with app.test_request_context():
        quarantined = storage.quarantine(_scratch(app, phone_jpeg(300, 200)))
    response = client.post("/api/chat/messages", headers=headers, json={"text": "Hallo"})
    assert response.status_code in (201, 202)
    with app.app_context():
        media = MediaFile(customer_id=db.session.scalar(sa.text("select id from customer")),
                          kind="image", status=MediaStatus.PENDING, content_type="image/jpeg",
                          storage_key=quarantined, attempts=0)
        db.session.add(media)
        db.session.commit()
        media_id = media.id
    monkeypatch.setitem(app.config, "MEDIA_S3_ENDPOINT_URL", broken["MEDIA_S3_ENDPOINT_URL"])
    with app.app_context():
        services.clean_upload(media_id)
        media = db.session.get(MediaFile, media_id)
        assert media.status == MediaStatus.PENDING
        assert media.storage_key == quarantined
        assert media.rejection_reason.startswith("retrying:")
    monkeypatch.setitem(app.config, "MEDIA_S3_ENDPOINT_URL", media_backend.endpoint)
    with app.app_context():
        services.clean_upload(media_id)
        media = db.session.get(MediaFile, media_id)
        assert media.status == MediaStatus.STORED
        assert media_backend.keys() == [media.storage_key]


def test_erasing_a_file_removes_it_from_the_store(client, app, media_backend):
    headers = open_chat(client)
    client.post("/api/chat/photos", headers=headers,
                data={"photo": (io.BytesIO(phone_jpeg(300, 200)), "a.jpg", "image/jpeg")},
                content_type="multipart/form-data")
    with app.app_context():
        media = db.session.scalar(sa.select(MediaFile))
        assert media_backend.keys() == [media.storage_key]
        services.erase(media)
        db.session.commit()
        assert media.status == MediaStatus.DELETED
    assert media_backend.keys() == []
