"""The media tests run on both stores: local disk (the embedded default) and an
S3-compatible object store, whose far side is moto's S3 server on a loopback port."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import boto3
import pytest
from flask import Flask

S3_KEYS = {"MEDIA_S3_ACCESS_KEY_ID": "testing", "MEDIA_S3_SECRET_ACCESS_KEY": "testing",
           "MEDIA_S3_REGION": "eu-central-1"}


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


def s3_client(endpoint: str):
    return boto3.session.Session().client(
        "s3", endpoint_url=endpoint, region_name=S3_KEYS["MEDIA_S3_REGION"],
        aws_access_key_id=S3_KEYS["MEDIA_S3_ACCESS_KEY_ID"],
        aws_secret_access_key=S3_KEYS["MEDIA_S3_SECRET_ACCESS_KEY"])


class Backend:
    """Which store a test runs on, and what is in it, seen from outside the application."""

    def __init__(self, name: str, app: Flask, endpoint: str | None, bucket: str | None):
        self.name, self.app, self.endpoint, self.bucket = name, app, endpoint, bucket

    def keys(self) -> list[str]:
        """Every stored key (cleaned files and quarantined uploads)."""
        if self.name == "s3":
            listing = s3_client(self.endpoint).list_objects_v2(Bucket=self.bucket)
            return sorted(item["Key"] for item in listing.get("Contents", []))
        import os

        root = self.app.config["MEDIA_ROOT"]
        found = []
        for folder, _dirs, files in os.walk(root):
            relative = os.path.relpath(folder, root)
            if relative.split(os.sep)[0] in ("tmp", "cache", "verification"):
                continue
            found += [os.path.join(relative, name).replace(os.sep, "/") for name in files]
        return sorted(found)

    def read(self, key: str) -> bytes:
        if self.name == "s3":
            return s3_client(self.endpoint).get_object(Bucket=self.bucket, Key=key)[
                "Body"].read()
        import os

        with open(os.path.join(self.app.config["MEDIA_ROOT"], key), "rb") as handle:
            return handle.read()


@pytest.fixture
def decoded(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The sizes of every image Pillow decodes in this process (a spy, not a stand-in)."""
    from PIL import ImageFile

    sizes: list[tuple[int, int]] = []
    original = ImageFile.ImageFile.load

    def load(image):
        sizes.append(image.size)
        return original(image)

    monkeypatch.setattr(ImageFile.ImageFile, "load", load)
    return sizes


@pytest.fixture(params=["local", "s3"])
def media_backend(request, app: Flask, monkeypatch: pytest.MonkeyPatch,
                  tmp_path) -> Backend:
    # A fresh MEDIA_ROOT per test: what a test finds on disk is its own.
    monkeypatch.setitem(app.config, "MEDIA_ROOT", str(tmp_path / "media"))
    if request.param == "local":
        monkeypatch.setitem(app.config, "MEDIA_STORAGE", "local")
        return Backend("local", app, None, None)
    endpoint = request.getfixturevalue("s3_endpoint")
    bucket = f"media-{secrets.token_hex(6)}"
    s3_client(endpoint).create_bucket(
        Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})
    for name, value in {"MEDIA_STORAGE": "s3", "MEDIA_S3_BUCKET": bucket,
                        "MEDIA_S3_ENDPOINT_URL": endpoint, **S3_KEYS}.items():
        monkeypatch.setitem(app.config, name, value)
    return Backend("s3", app, endpoint, bucket)
