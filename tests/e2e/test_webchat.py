"""A visitor chats with the platform in the real browser: text, a button, a photo."""

from __future__ import annotations

import io

import sqlalchemy as sa
from PIL import Image

from marketplace.channels import outbound as channels_outbound
from marketplace.channels.base import ChannelName, Choice, Outbound
from marketplace.channels.models import Customer, Direction, Message
from marketplace.db import db
from marketplace.media.models import MediaFile, MediaStatus
from tests.e2e.conftest import screenshot


def _photo() -> bytes:
    buffer = io.BytesIO()
    image = Image.new("RGB", (320, 240), (90, 120, 160))
    image.paste((200, 60, 40), (0, 160, 320, 240))
    image.save(buffer, "JPEG")
    return buffer.getvalue()


def _platform_asks_when(app) -> None:
    """The platform writes to the visitor while the page polls (a second SQLite writer:
    a snapshot conflict with the page's own writes is retried, as a worker would)."""
    from sqlalchemy.exc import OperationalError

    for attempt in range(5):
        with app.app_context():
            try:
                customer = db.session.scalar(sa.select(Customer).where(
                    Customer.channel == ChannelName.WEBCHAT))
                channels_outbound.queue_outbound(customer, Outbound(
                    text="Wann soll die Arbeit beginnen?",
                    choices=(Choice("timing:asap", "So bald wie möglich"),
                             Choice("timing:month", "In den nächsten Wochen"),
                             Choice("timing:flexible", "Ich bin flexibel")),
                    link_url="https://example.org/datenschutz"), purpose="service_reply")
                db.session.commit()
                return
            except OperationalError:
                if attempt == 4:
                    raise
            finally:
                db.session.remove()


def test_visitor_writes_taps_a_choice_and_sends_a_photo(app, live_server, page):
    page.goto(f"{live_server}/chat")
    assert page.get_by_role("heading", name="Beschreiben Sie Ihren Auftrag").is_visible()
    screenshot(page, "webchat-empty")

    page.get_by_label("Ihre Nachricht").fill("Hallo, mein Dach ist über der Küche undicht.")
    page.keyboard.press("Enter")
    page.locator(".bubble-me", has_text="über der Küche undicht").wait_for()
    assert page.get_by_label("Ihre Nachricht").input_value() == ""

    _platform_asks_when(app)

    button = page.get_by_role("button", name="In den nächsten Wochen")
    button.wait_for()
    screenshot(page, "webchat-choices")
    button.click()
    page.locator(".bubble-me", has_text="In den nächsten Wochen").wait_for()
    assert button.is_disabled()

    page.set_input_files("#chat-photo", files=[{"name": "dach.jpg", "mimeType": "image/jpeg",
                                                "buffer": _photo()}])
    page.locator(".bubble-me img.bubble-photo").wait_for()
    page.wait_for_timeout(300)
    screenshot(page, "webchat-photo")

    with app.app_context():
        inbound = list(db.session.scalars(sa.select(Message).where(
            Message.direction == Direction.INBOUND).order_by(Message.id)))
        kinds = [message.kind for message in inbound]
        assert kinds[:3] == ["text", "choice", "image"]
        assert inbound[1].payload["choice_id"] == "timing:month"
        media = db.session.scalar(sa.select(MediaFile))
        assert media.status == MediaStatus.STORED
        db.session.remove()

    page.reload()
    page.locator(".bubble-me", has_text="über der Küche undicht").wait_for()
    assert page.locator(".bubble-me .photo-tag").count() == 1  # the session survived a reload


def test_visitor_shares_the_location_in_english(app, live_server, browser):
    context = browser.new_context(locale="en-GB", viewport={"width": 390, "height": 844},
                                  geolocation={"latitude": 50.1109, "longitude": 8.6821},
                                  permissions=["geolocation"])
    page = context.new_page()
    try:
        page.goto(f"{live_server}/chat")
        assert page.get_by_role("heading", name="Describe your job").is_visible()
        page.get_by_role("button", name="Share my location").click()
        page.locator(".bubble-me", has_text="Location shared").wait_for()
        with app.app_context():
            message = db.session.scalar(sa.select(Message).where(
                Message.direction == Direction.INBOUND))
            assert message.kind == "location"
            assert round(message.payload["latitude"], 3) == 50.111
            db.session.remove()
        page.wait_for_timeout(500)
        screenshot(page, "webchat-location-en")
    finally:
        context.close()
