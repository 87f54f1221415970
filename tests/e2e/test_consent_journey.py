"""The consent journey in the real browser: a business waits for consent, the customer agrees
in the web chat, the business opens the photos (metadata removed), the customer writes
WIDERRUF and the same link is refused at once. And the same choice on the notice page."""

from __future__ import annotations

import io
from datetime import timedelta

import sqlalchemy as sa
from PIL import Image
from werkzeug.datastructures import FileStorage

from marketplace import clock
from marketplace.accounts import services as account_services
from marketplace.accounts.models import Role
from marketplace.channels.base import MessageKind
from marketplace.channels.models import Direction, Message, MessageStatus
from marketplace.consent import asking as consent_asking
from marketplace.consent import links as consent_links
from marketplace.consent.demo import _roof_photo
from marketplace.consent.models import ConsentEvent
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.quotes.models import Lead
from marketplace.tenancy import registration as tenancy_registration
from tests.conftest import PASSWORD
from tests.e2e.conftest import screenshot

CHAT_TOKEN = "e2e-consent-customer-token-0001"


def _scene(app) -> dict:
    from marketplace.channels.customers import webchat_customer
    from marketplace.channels.webchat import session_id_for
    from marketplace.media.services import store_upload

    with app.app_context():
        tenant = tenancy_registration.create_tenant(name="Dachdeckerei Sonnleitner GmbH")
        account_services.create_user(email="inhaber@sonnleitner.example", password=PASSWORD,
                                     role=Role.OWNER, tenant=tenant)
        customer = webchat_customer(session_id_for(CHAT_TOKEN), language="de")
        customer.last_inbound_at = clock.now()
        message = Message(customer_id=customer.id, channel=customer.channel,
                          direction=Direction.INBOUND, kind=MessageKind.IMAGE,
                          status=MessageStatus.HANDLED, text="Dach undicht", payload={},
                          attempts=0)
        db.session.add(message)
        db.session.flush()
        photos = [store_upload(customer, FileStorage(io.BytesIO(_roof_photo(index)),
                                                     filename=f"IMG_{index}.jpg",
                                                     content_type="image/jpeg"),
                               message=message) for index in range(3)]
        # One message carrying three photos, as a messenger album arrives.
        message.payload = {"media_public_ids": [photo.public_id for photo in photos]}
        job = JobRequest(reference="E2E-7K2Q", customer_id=customer.id, channel="webchat",
                         trade_code="dachdecker", description="Ziegel gebrochen",
                         postcode="60311", timing="week", language="de")
        job.media = photos
        db.session.add(job)
        db.session.flush()
        lead = Lead(tenant_id=tenant.id, job_request_id=job.id, offered_at=clock.now(),
                    expires_at=clock.now() + timedelta(hours=48))
        db.session.add(lead)
        db.session.commit()
        consent_request = consent_asking.request_media_consent(lead)
        scene = {"lead_id": lead.id, "notice_path": "/consent/" +
                 consent_links.notice_token(consent_request)}
        db.session.remove()
        return scene


def _login_business(browser, live_server: str):
    context = browser.new_context(locale="de-DE", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{live_server}/login")
    page.get_by_label("E-Mail").fill("inhaber@sonnleitner.example")
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_url(f"{live_server}/dashboard/**")
    return context, page


def test_consent_in_web_chat_opens_photos_and_widerruf_closes_them(app, live_server, browser):
    scene = _scene(app)
    business_context, business = _login_business(browser, live_server)
    gallery = f"{live_server}/media/leads/{scene['lead_id']}"
    business.goto(gallery)
    locked = business.locator(".media-locked")
    assert "3 Fotos" in locked.inner_text()
    assert "warten auf die Einwilligung des Kunden" in locked.inner_text()
    screenshot(business, "consent-1-business-waits")

    customer_context = browser.new_context(locale="de-DE",
                                           viewport={"width": 390, "height": 844})
    customer_context.add_cookies([{"name": "mp_chat", "value": CHAT_TOKEN,
                                   "url": live_server}])
    customer = customer_context.new_page()
    customer.goto(f"{live_server}/chat")
    agree = customer.get_by_role("button", name="Zustimmen")
    agree.wait_for()
    assert customer.get_by_text("Dachdeckerei Sonnleitner GmbH möchte Ihre 3 Fotos").count()
    screenshot(customer, "consent-2-customer-asked")
    agree.click()
    customer.get_by_text("Gespeichert: Dachdeckerei Sonnleitner GmbH darf").wait_for()
    screenshot(customer, "consent-3-customer-receipt")

    business.goto(gallery)
    images = business.locator(".media-grid img")
    images.first.wait_for()
    assert images.count() == 3
    business.wait_for_function(
        "Array.from(document.querySelectorAll('.media-grid img'))"
        ".every(img => img.complete && img.naturalWidth > 0)")
    screenshot(business, "consent-4-business-sees-photos")
    link = images.first.get_attribute("src")
    response = business.request.get(f"{live_server}{link}")
    assert response.status == 200
    assert response.headers["cache-control"] == "private, no-store"
    opened = Image.open(io.BytesIO(response.body()))
    exif = opened.getexif()
    assert 0x010F not in exif  # camera make removed
    assert not exif.get_ifd(0x8825)  # no GPS

    customer.get_by_label("Ihre Nachricht").fill("WIDERRUF")
    customer.keyboard.press("Enter")
    withdraw_all = customer.get_by_role("button", name="Alle widerrufen")
    withdraw_all.wait_for()
    screenshot(customer, "consent-5-customer-widerruf")
    withdraw_all.click()
    customer.get_by_text("Sie haben Ihre Einwilligung für Dachdeckerei Sonnleitner GmbH").wait_for()

    refused = business.request.get(f"{live_server}{link}")
    assert refused.status == 403
    business.goto(gallery)
    assert business.locator(".media-grid img").count() == 0
    assert "widerrufen" in business.locator(".media-locked").inner_text()
    screenshot(business, "consent-6-business-refused")
    customer_context.close()
    business_context.close()


def test_consent_on_the_full_notice_page(app, live_server, page):
    scene = _scene(app)
    page.goto(f"{live_server}{scene['notice_path']}")
    assert page.get_by_role("heading", name="Ihre Einwilligung für Dachdeckerei "
                                             "Sonnleitner GmbH").is_visible()
    assert page.get_by_text("Verantwortlicher:").count() == 1
    screenshot(page, "consent-notice-page")
    page.get_by_role("button", name="Zustimmen").click()
    page.get_by_text("Sie haben zugestimmt.").wait_for()
    page.get_by_role("button", name="Einwilligung widerrufen").wait_for()
    screenshot(page, "consent-notice-page-agreed")
    with app.app_context():
        actions = list(db.session.scalars(sa.select(ConsentEvent.action)))
        kinds = list(db.session.scalars(sa.select(ConsentEvent.evidence_kind)))
    assert actions == ["grant"]
    assert kinds == ["web_request"]
    page.get_by_role("button", name="Einwilligung widerrufen").click()
    page.get_by_text("Sie haben Ihre Einwilligung widerrufen.").wait_for()
    with app.app_context():
        assert list(db.session.scalars(sa.select(ConsentEvent.action).order_by(
            ConsentEvent.id))) == ["grant", "withdraw"]


def test_several_photos_read_plural_and_a_withdrawn_consent_closes_its_button(
        app, live_server, browser):
    _scene(app)
    context = browser.new_context(locale="de-DE", viewport={"width": 390, "height": 844})
    context.add_cookies([{"name": "mp_chat", "value": CHAT_TOKEN, "url": live_server}])
    customer = context.new_page()
    customer.goto(f"{live_server}/chat")
    customer.get_by_role("button", name="Zustimmen").wait_for()
    assert customer.locator(".bubble-me .photo-tag").first.inner_text() == "3 Fotos gesendet"

    customer.get_by_role("button", name="Zustimmen").click()
    customer.get_by_text("Gespeichert: Dachdeckerei Sonnleitner GmbH darf").wait_for()
    revoke = customer.get_by_role("button", name="Zurückziehen")
    revoke.wait_for()
    assert revoke.is_enabled()
    customer.get_by_label("Ihre Nachricht").fill("WIDERRUF")
    customer.keyboard.press("Enter")
    customer.get_by_role("button", name="Alle widerrufen").click()
    customer.get_by_text("Sie haben Ihre Einwilligung für Dachdeckerei Sonnleitner GmbH").wait_for()
    # The consent has ended: its earlier "Zurückziehen" button no longer invites a tap.
    customer.wait_for_function(
        "Array.from(document.querySelectorAll('button[data-choice-id^=\"consent:revoke:\"]'))"
        ".every(button => button.disabled)")
    screenshot(customer, "consent-7-withdraw-button-closed")
    customer.reload()
    customer.get_by_text("Sie haben Ihre Einwilligung für Dachdeckerei Sonnleitner GmbH").wait_for()
    assert customer.get_by_role("button", name="Zurückziehen").is_disabled()
    assert customer.locator(".bubble-me .photo-tag").first.inner_text() == "3 Fotos gesendet"
    context.close()
