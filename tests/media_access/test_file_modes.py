"""Private files are 0600 in 0700 folders, whatever the process umask."""

from __future__ import annotations

import io
import os
import stat

import pytest
import sqlalchemy as sa

from marketplace.db import db
from marketplace.media import services as media_services
from marketplace.media.models import MediaFile, MediaStatus
from marketplace.verification import storage as verification_storage
from tests.channels.test_media import jpeg_with_location
from tests.channels.test_webchat import open_chat


def mode(path: str) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def permissive_umask():
    previous = os.umask(0o002)
    yield
    os.umask(previous)


def _assert_private(path: str, root: str) -> None:
    assert mode(path) == 0o600, oct(mode(path))
    folder = os.path.dirname(path)
    while True:
        assert mode(folder) == 0o700, (folder, oct(mode(folder)))
        if os.path.samefile(folder, root):
            break
        folder = os.path.dirname(folder)


def test_customer_photo_is_0600_in_0700_folders(client, app, permissive_umask):
    headers = open_chat(client)
    response = client.post("/api/chat/photos", headers=headers, data={
        "photo": (io.BytesIO(jpeg_with_location()), "IMG_0001.jpg", "image/jpeg")},
        content_type="multipart/form-data")
    assert response.status_code in (201, 202), response.get_data(as_text=True)
    with app.app_context():
        media = db.session.scalar(sa.select(MediaFile))
        assert media.status == MediaStatus.STORED
        path = media_services.media_path(media)
        _assert_private(path, app.config["MEDIA_ROOT"])


def test_verification_document_is_0600_in_0700_folders(app, permissive_umask):
    with app.test_request_context():
        key = verification_storage.save(b"%PDF-1.7\n%%EOF\n", verification_storage.PDF)
        path = verification_storage.path_for(key)
        _assert_private(path, app.config["MEDIA_ROOT"])
        os.remove(path)
