"""Local file storage for media under MEDIA_ROOT, addressed by random keys only.

Keys never contain names or phone numbers. Files are written to a temporary name and moved
into place, so a half-written file is never visible under its key.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import tempfile
from collections.abc import Iterable

from flask import current_app

CHUNK_SIZE = 64 * 1024
KEY_PATTERN = re.compile(r"^[0-9a-f]{2}/[0-9a-f]{32}$")


class TooLarge(Exception):
    """The stream went over its size cap; nothing was kept."""


FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: str) -> str:
    """Create `path` if needed and make it 0700, whatever the process umask."""
    os.makedirs(path, mode=DIR_MODE, exist_ok=True)
    if os.stat(path).st_mode & 0o777 != DIR_MODE:
        os.chmod(path, DIR_MODE)
    return path


def media_root() -> str:
    return private_dir(current_app.config["MEDIA_ROOT"])


def new_key() -> str:
    token = secrets.token_hex(16)
    return f"{token[:2]}/{token}"


def path_for(key: str) -> str:
    if not KEY_PATTERN.match(key or ""):
        raise ValueError("not a storage key")
    return os.path.join(media_root(), key)


def spool(chunks: Iterable[bytes], *, max_bytes: int) -> tuple[str, int, str]:
    """Write chunks to a private temporary file; returns (path, size, sha256 hex).

    Stops and deletes the file as soon as the cap is passed: the whole file is never held
    in memory and an oversized stream costs at most `max_bytes` of disk.
    """
    directory = private_dir(os.path.join(media_root(), "tmp"))
    handle, path = tempfile.mkstemp(dir=directory)
    digest = hashlib.sha256()
    size = 0
    try:
        with os.fdopen(handle, "wb") as out:
            for chunk in chunks:
                if not chunk:
                    continue
                size += len(chunk)
                if size > max_bytes:
                    raise TooLarge(f"over {max_bytes} bytes")
                digest.update(chunk)
                out.write(chunk)
    except BaseException:
        discard(path)
        raise
    return path, size, digest.hexdigest()


def put(temp_path: str) -> str:
    """Move a finished temporary file under a new random key; returns the key."""
    key = new_key()
    target = path_for(key)
    private_dir(os.path.dirname(target))
    # A cleaning step may have rewritten the file with the umask's mode: private again.
    os.chmod(temp_path, FILE_MODE)
    os.replace(temp_path, target)
    return key


def discard(path: str | None) -> None:
    if path and os.path.exists(path):
        os.remove(path)


def delete(key: str | None) -> None:
    if key:
        discard(path_for(key))


def file_chunks(file_obj, chunk_size: int = CHUNK_SIZE) -> Iterable[bytes]:
    while True:
        chunk = file_obj.read(chunk_size)
        if not chunk:
            return
        yield chunk


def sha256_of(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        for chunk in file_chunks(source):
            digest.update(chunk)
    return digest.hexdigest()
