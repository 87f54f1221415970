"""Private storage of media files, addressed by random keys only: local disk or S3.

Keys never contain names or phone numbers. Local disk under MEDIA_ROOT is the embedded
default; `MEDIA_STORAGE=s3` keeps the files in an S3-compatible bucket instead, so that
several web and worker hosts share them (see README, Configuration). Either way the store
is private: files leave only through our views, which check consent at the moment of
access and stream the bytes (`open_stored`); the bucket is never public and no link into
it is handed out.

An upload waits under a `quarantine/` key until a task has checked and cleaned it; only
the cleaned file gets a key of its own. Scratch work (spooling, cleaning) always happens
in private temporary files under MEDIA_ROOT/tmp.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import shutil
import tempfile
import time
from collections.abc import Iterable
from typing import IO, Any

from flask import current_app

CHUNK_SIZE = 64 * 1024
QUARANTINE = "quarantine/"
KEY_PATTERN = re.compile(r"^(quarantine/)?[0-9a-f]{2}/[0-9a-f]{32}$")
FILE_MODE = 0o600
DIR_MODE = 0o700


class TooLarge(Exception):
    """The stream went over its size cap; nothing was kept."""


class StorageUnavailable(Exception):
    """The object store could not be reached or refused the request; try again later."""


def private_dir(path: str) -> str:
    """Create `path` if needed and make it 0700, whatever the process umask."""
    os.makedirs(path, mode=DIR_MODE, exist_ok=True)
    if os.stat(path).st_mode & 0o777 != DIR_MODE:
        os.chmod(path, DIR_MODE)
    return path


def media_root() -> str:
    return private_dir(current_app.config["MEDIA_ROOT"])


def _checked(key: str) -> str:
    if not KEY_PATTERN.match(key or ""):
        raise ValueError("not a storage key")
    return key


def new_key(*, quarantined: bool = False) -> str:
    token = secrets.token_hex(16)
    return f"{QUARANTINE if quarantined else ''}{token[:2]}/{token}"


def is_quarantined(key: str | None) -> bool:
    return bool(key) and key.startswith(QUARANTINE)


# --- the two stores -------------------------------------------------------------------------


class LocalStore:
    """Files under MEDIA_ROOT, 0600 in 0700 folders."""

    name = "local"

    def __init__(self, root: str) -> None:
        self.root = root

    def path(self, key: str) -> str:
        return os.path.join(self.root, _checked(key))

    def put_file(self, key: str, local_path: str) -> None:
        target = self.path(key)
        folder = os.path.dirname(target)
        for directory in (self.root, os.path.dirname(folder), folder):
            private_dir(directory)
        os.replace(local_path, target)

    def open(self, key: str) -> IO[bytes]:
        return open(self.path(key), "rb")

    def delete(self, key: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.remove(self.path(key))

    def exists(self, key: str) -> bool:
        return os.path.exists(self.path(key))


class S3Store:
    """Objects in one private bucket of an S3-compatible store, through boto3."""

    name = "s3"

    def __init__(self, config: dict[str, Any]) -> None:
        import boto3
        from botocore.config import Config

        self.bucket = config["MEDIA_S3_BUCKET"]
        if not self.bucket:
            raise RuntimeError("MEDIA_STORAGE=s3 needs MEDIA_S3_BUCKET")
        self.prefix = (config.get("MEDIA_S3_PREFIX") or "").strip("/")
        self.client = boto3.session.Session().client(
            "s3", endpoint_url=config.get("MEDIA_S3_ENDPOINT_URL") or None,
            region_name=config.get("MEDIA_S3_REGION") or None,
            aws_access_key_id=config.get("MEDIA_S3_ACCESS_KEY_ID") or None,
            aws_secret_access_key=config.get("MEDIA_S3_SECRET_ACCESS_KEY") or None,
            config=Config(retries={"max_attempts": 3, "mode": "standard"},
                          connect_timeout=5, read_timeout=30,
                          s3={"addressing_style": "path"}))

    def object_key(self, key: str) -> str:
        _checked(key)
        return f"{self.prefix}/{key}" if self.prefix else key

    def _call(self, method: str, **arguments: Any) -> Any:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            return getattr(self.client, method)(Bucket=self.bucket, **arguments)
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                raise FileNotFoundError(arguments.get("Key")) from error
            raise StorageUnavailable(str(error)) from error
        except BotoCoreError as error:
            raise StorageUnavailable(str(error)) from error

    def put_file(self, key: str, local_path: str) -> None:
        with open(local_path, "rb") as source:
            # No ACL: the bucket's own (private) policy applies; nothing is public-read.
            self._call("put_object", Key=self.object_key(key), Body=source,
                       ContentType="application/octet-stream")
        os.remove(local_path)

    def open(self, key: str) -> IO[bytes]:
        return self._call("get_object", Key=self.object_key(key))["Body"]

    def delete(self, key: str) -> None:
        self._call("delete_object", Key=self.object_key(key))

    def exists(self, key: str) -> bool:
        try:
            self._call("head_object", Key=self.object_key(key))
        except FileNotFoundError:
            return False
        return True


def store() -> LocalStore | S3Store:
    """The store the configuration names, made once per application and configuration."""
    config = current_app.config
    kind = (config.get("MEDIA_STORAGE") or "local").lower()
    settings = (kind, config.get("MEDIA_ROOT"), config.get("MEDIA_S3_BUCKET"),
                config.get("MEDIA_S3_ENDPOINT_URL"), config.get("MEDIA_S3_PREFIX"))
    cached = current_app.extensions.get("media_store")
    if cached is not None and cached[0] == settings:
        return cached[1]
    if kind == "s3":
        chosen: LocalStore | S3Store = S3Store(config)
    elif kind == "local":
        chosen = LocalStore(config["MEDIA_ROOT"])
    else:
        raise RuntimeError(f"MEDIA_STORAGE must be 'local' or 's3', not {kind!r}")
    current_app.extensions["media_store"] = (settings, chosen)
    return chosen


# --- what the services use ------------------------------------------------------------------


def spool(chunks: Iterable[bytes], *, max_bytes: int) -> tuple[str, int, str]:
    """Write chunks to a private temporary file; returns (path, size, sha256 hex).

    Stops and deletes the file as soon as the cap is passed: the whole file is never held
    in memory and an oversized stream costs at most `max_bytes` of disk.
    """
    path = scratch_file()
    digest = hashlib.sha256()
    size = 0
    try:
        with open(path, "wb") as out:
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


def scratch_file() -> str:
    """A new empty private file under MEDIA_ROOT/tmp (mkstemp creates it 0600)."""
    directory = private_dir(os.path.join(media_root(), "tmp"))
    handle, path = tempfile.mkstemp(dir=directory)
    os.close(handle)
    return path


def put(temp_path: str, *, quarantined: bool = False) -> str:
    """Move a finished temporary file into the store under a new random key."""
    key = new_key(quarantined=quarantined)
    # A cleaning step may have rewritten the file with the umask's mode: private again.
    os.chmod(temp_path, FILE_MODE)
    store().put_file(key, temp_path)
    return key


def quarantine(temp_path: str) -> str:
    """Keep an unchecked upload where nobody but the cleaning task looks: returns its key."""
    return put(temp_path, quarantined=True)


def fetch(key: str) -> str:
    """A private local copy of a stored file (the caller removes it with `discard`)."""
    path = scratch_file()
    try:
        with open_stored(key) as source, open(path, "wb") as out:
            shutil.copyfileobj(source, out, CHUNK_SIZE)
    except BaseException:
        discard(path)
        raise
    return path


def open_stored(key: str) -> IO[bytes]:
    """A binary stream of a stored file, read in chunks by the caller."""
    return store().open(_checked(key))


def path_for(key: str) -> str:
    """The file's path on this host: the file itself on local disk, a private copy in
    MEDIA_ROOT/cache from an object store (for senders that need a path, e.g. uploads to
    a messenger; the periodic sweep removes old copies)."""
    chosen = store()
    if isinstance(chosen, LocalStore):
        return chosen.path(key)
    cached = os.path.join(media_root(), "cache", _checked(key))
    if not os.path.exists(cached):
        private_dir(os.path.join(media_root(), "cache"))
        private_dir(os.path.dirname(os.path.dirname(cached)))
        private_dir(os.path.dirname(cached))
        copy = fetch(key)
        os.replace(copy, cached)
    return cached


def remove_old_scratch(*, cache_age: float = 3600, tmp_age: float = 86400) -> int:
    """Remove copies from the object store older than `cache_age` seconds and scratch files
    left by a crashed process older than `tmp_age`; returns how many went."""
    removed = 0
    now = time.time()
    for folder, age in (("cache", cache_age), ("tmp", tmp_age)):
        for directory, _dirs, files in os.walk(os.path.join(media_root(), folder)):
            for name in files:
                path = os.path.join(directory, name)
                with contextlib.suppress(FileNotFoundError):
                    if now - os.stat(path).st_mtime > age:
                        os.remove(path)
                        removed += 1
    return removed


def discard(path: str | None) -> None:
    if path and os.path.exists(path):
        os.remove(path)


def delete(key: str | None) -> None:
    if key:
        store().delete(_checked(key))
        if store().name != "local":
            discard(os.path.join(media_root(), "cache", key))


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
