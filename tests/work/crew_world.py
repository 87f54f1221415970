"""Crew members of the businesses in the `won` scene, and their phones (test clients)."""

from __future__ import annotations

import io
import itertools
import re

import sqlalchemy as sa
from PIL import Image

from marketplace.accounts import services as account_services
from marketplace.accounts.models import Role, User
from marketplace.db import db
from marketplace.tenancy.models import Tenant
from tests.conftest import PASSWORD, csrf_token_from, login

_numbers = itertools.count(1)
CSRF_FIELD = re.compile(r'name="csrf_token" value="([^"]+)"')


def jpeg_with_gps(colour: tuple[int, int, int] = (180, 90, 40)) -> bytes:
    """A camera photo as a phone sends it: with EXIF including a GPS position."""
    image = Image.new("RGB", (64, 48), colour)
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {1: "N", 2: (52.0, 31.0, 12.0), 3: "E", 4: (13.0, 24.0, 36.0)}  # GPS
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def tenant_of(app, owner_email: str) -> int:
    with app.app_context():
        return db.session.scalar(sa.select(User.tenant_id).where(User.email == owner_email))


def add_crew_member(app, tenant_id: int, name: str) -> tuple[int, str]:
    with app.app_context():
        number = next(_numbers)
        user = account_services.create_user(
            email=f"crew{number}-{tenant_id}@betrieb.example", password=PASSWORD,
            role=Role.CREW, tenant=db.session.get(Tenant, tenant_id), name=name)
        return user.id, user.email


class Phone:
    """A business user's browser (a crew member's company phone, or the office's PC)."""

    def __init__(self, app, email: str) -> None:
        self.client = app.test_client()
        login(self.client, email)

    def get(self, url: str):
        return self.client.get(url)

    def post(self, url: str, data: dict, *, page_with_form: str = "/crew"):
        token = csrf_token_from(self.client, page_with_form)
        return self.client.post(url, data={"csrf_token": token, **data},
                                content_type="multipart/form-data")

    def flashes(self, url: str) -> str:
        return self.get(url).get_data(as_text=True)
