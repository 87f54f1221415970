"""Private storage of verification documents under MEDIA_ROOT, with content checks.

Files get random names and live outside `static/`; the only way out is a view that checks
who is asking. The type is decided by the bytes, never by the name or the browser's claim.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets

from flask import current_app
from PIL import Image

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
# A scan at 600 dpi of an A4 page is ~35 Mpx; anything far above is a decompression bomb.
MAX_IMAGE_PIXELS = 60_000_000

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
EXTENSIONS = {PDF: "pdf", JPEG: "jpg", PNG: "png"}


class UnacceptableFile(ValueError):
    """The upload is not a PDF/JPEG/PNG we accept; `code` says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def detect_content_type(data: bytes) -> str | None:
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    return None


def check_document(data: bytes) -> str:
    """The content type of an acceptable document, or UnacceptableFile."""
    if not data:
        raise UnacceptableFile("empty")
    if len(data) > MAX_DOCUMENT_BYTES:
        raise UnacceptableFile("too_large")
    content_type = detect_content_type(data)
    if content_type is None:
        raise UnacceptableFile("type")
    if content_type == PDF:
        # A real PDF ends with an end-of-file marker (incremental saves may add a little
        # after it); a renamed file with a faked header usually does not.
        if b"%%EOF" not in data[-2048:]:
            raise UnacceptableFile("pdf_damaged")
        return content_type
    image_format = "JPEG" if content_type == JPEG else "PNG"
    try:
        with Image.open(io.BytesIO(data), formats=[image_format]) as image:
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                raise UnacceptableFile("image_pixels")
            image.verify()
    except UnacceptableFile:
        raise
    except Exception:
        raise UnacceptableFile("image_damaged") from None
    return content_type


def _root() -> str:
    return os.path.join(current_app.config["MEDIA_ROOT"], "verification")


def save(data: bytes, content_type: str) -> str:
    """Write the bytes under a new random key; returns the key."""
    key = f"{secrets.token_hex(1)}/{secrets.token_urlsafe(24)}.{EXTENSIONS[content_type]}"
    path = path_for(key)
    for directory in (current_app.config["MEDIA_ROOT"], _root(), os.path.dirname(path)):
        # Every folder on the way is private (0700), whatever the process umask.
        os.makedirs(directory, mode=0o700, exist_ok=True)
        if os.stat(directory).st_mode & 0o777 != 0o700:
            os.chmod(directory, 0o700)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.fchmod(descriptor, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    return key


def path_for(key: str) -> str:
    root = os.path.realpath(_root())
    path = os.path.realpath(os.path.join(root, key))
    if not path.startswith(root + os.sep):
        raise ValueError("storage key leaves the document folder")
    return path


def delete(key: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(path_for(key))
