"""The crew on a phone (375x812), in the real browser: the office puts a crew member on a
won job; on the company phone the crew member sees the appointment and the directions
(the customer shared their details), uploads two completion photos, sends them to the
customer and marks the job completed; the customer sees both photos in the web chat and
confirms."""

from __future__ import annotations

import io
import os
import re
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from PIL import Image

from marketplace import clock
from marketplace.accounts import services as account_services
from marketplace.accounts.models import Role, User
from marketplace.db import db
from marketplace.demo import DEMO_PASSWORD, seed_demo_data
from marketplace.jobs.models import JobRequest, JobStatus
from marketplace.quotes import business_side
from marketplace.quotes.models import Lead
from marketplace.tenancy.models import Tenant
from marketplace.work import appointments
from marketplace.work.models import JobCompletion
from tests.e2e.conftest import SCREENSHOT_DIR, screenshot
from tests.e2e.test_job_conversation_journey import (
    ROOFER,
    ROOFER_EMAIL,
    _login,
    _phone_screenshot,
    _request_in_chat,
)
from tests.quotes.test_routing import _quote_data

CREW_EMAIL = "anna.monteurin@sonnleitner.example"
PHONE_SIZE = {"width": 375, "height": 812}


def _photo(colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    Image.new("RGB", (640, 480), colour).save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def _tomorrow_at(hour: int) -> datetime:
    day = clock.now().date() + timedelta(days=1)
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def test_crew_member_sends_completion_photos_from_the_phone(app, live_server, page, browser):
    with app.app_context():
        seed_demo_data()
        tenant = db.session.scalar(sa.select(Tenant).where(Tenant.name == ROOFER))
        account_services.create_user(email=CREW_EMAIL, password=DEMO_PASSWORD, role=Role.CREW,
                                     tenant=tenant, name="Anna Monteurin")
        db.session.remove()

    # A won job: the customer asks in the chat, the roofer quotes, the customer accepts and
    # shares the phone number.
    _request_in_chat(page, live_server)
    with app.app_context():
        job = db.session.scalar(sa.select(JobRequest).order_by(JobRequest.id.desc()).limit(1))
        tenant = db.session.scalar(sa.select(Tenant).where(Tenant.name == ROOFER))
        owner = db.session.scalar(sa.select(User).where(User.email == ROOFER_EMAIL))
        lead = db.session.scalar(sa.select(Lead).where(Lead.job_request_id == job.id,
                                                       Lead.tenant_id == tenant.id))
        business_side.submit_quote(tenant, owner, lead_id=lead.id, data=_quote_data())
        lead_id, job_id, reference = lead.id, job.id, job.reference
        tenant_id, owner_id = tenant.id, owner.id
        db.session.remove()
    offer = page.locator(".bubble-them", has_text="Ihre Angebote für").filter(has_text=ROOFER)
    offer.last.locator("button:enabled", has_text="annehmen").first.click()
    ask = page.locator(".bubble-them").filter(
        has=page.get_by_role("button", name="Zustimmen")).last
    ask.wait_for()
    ask.get_by_role("button", name="Zustimmen").click()
    page.get_by_text(f"Gespeichert: {ROOFER} erhält Ihre Kontaktdaten").wait_for()

    # The work date, proposed by the office and picked by the customer.
    with app.app_context():
        appointments.propose(db.session.get(Tenant, tenant_id),
                             db.session.get(User, owner_id), lead_id=lead_id, kind="work",
                             slots=[{"starts_at": _tomorrow_at(8), "ends_at": _tomorrow_at(12)}])
        db.session.remove()
    proposal = page.locator(".bubble-them").filter(
        has=page.get_by_role("button", name=re.compile(r"\d\d:\d\d"))).last
    proposal.get_by_role("button", name=re.compile(r"\d\d:\d\d")).first.click()
    page.locator(".bubble-them", has_text="Bestätigt").last.wait_for()

    # The office puts Anna on the job.
    office_ctx, office = _login(browser, live_server, ROOFER_EMAIL)
    office.goto(f"{live_server}/dashboard/leads/{lead_id}")
    office.get_by_label("Anna Monteurin").check()
    office.get_by_role("button", name="Monteure speichern").click()
    office.get_by_text("Die Monteure sind gespeichert").wait_for()
    office_ctx.close()

    # Anna's company phone.
    crew_ctx = browser.new_context(locale="de-DE", viewport=PHONE_SIZE)
    crew = crew_ctx.new_page()
    crew.goto(f"{live_server}/login")
    crew.get_by_label("E-Mail").fill(CREW_EMAIL)
    crew.get_by_label("Passwort").fill(DEMO_PASSWORD)
    crew.get_by_role("button", name="Anmelden").click()
    crew.wait_for_url(re.compile(r".*/dashboard/.*"))
    crew.goto(f"{live_server}/crew")
    card = crew.locator(".crew-card", has_text=reference).first
    card.wait_for()
    assert crew.locator(".crew-when").count() >= 1  # the confirmed appointment
    screenshot(crew, "crew-1-my-jobs")
    crew.locator(".crew-list", has=crew.locator(".crew-when")).locator(".crew-card").first.click()
    crew.get_by_role("heading", name=f"Auftrag {reference}").wait_for()
    assert "09:00–13:00" in crew.locator(".crew-when").first.inner_text()  # Berlin time
    directions = crew.get_by_role("link", name="Route planen")
    assert directions.get_attribute("href").startswith("https://www.google.com/maps/dir/")
    # Nothing wider than the phone's screen.
    assert crew.evaluate("document.documentElement.scrollWidth") <= PHONE_SIZE["width"]
    screenshot(crew, "crew-2-job")

    # Two completion photos, saved internally, then sent.
    crew.set_input_files("#crew_photos", [
        {"name": "fertig-1.jpg", "mimeType": "image/jpeg", "buffer": _photo((170, 60, 40))},
        {"name": "fertig-2.jpg", "mimeType": "image/jpeg", "buffer": _photo((40, 90, 160))}])
    crew.get_by_label("Fertige Arbeit").check()
    crew.get_by_role("button", name="Speichern (intern)").click()
    crew.get_by_text("Für Ihren Betrieb gespeichert").wait_for()
    boxes = crew.locator("#photos-form input[type=checkbox]")
    assert boxes.count() == 2
    for index in range(2):
        boxes.nth(index).check()
    crew.locator("#photos-form").screenshot(path=os.path.join(SCREENSHOT_DIR,
                                                               "crew-3-photos-chosen.png"))
    crew.get_by_role("button", name="An die Kundschaft senden").click()
    crew.get_by_text("2 Fotos an die Kundschaft gesendet.").wait_for()
    screenshot(crew, "crew-4-sent")

    # The customer sees both photos in the web chat.
    photos = page.locator(".bubble-them", has_text="hat Ihnen ein Foto geschickt")
    photos.nth(1).wait_for()
    assert photos.count() == 2
    _phone_screenshot(page, "crew-5-customer-gets-photos", photos.nth(1))

    # Completed from the phone; the customer confirms in the chat.
    crew.get_by_label("Kurze Zusammenfassung für die Kundschaft (optional)").fill(
        "Ziegel ersetzt, Gaube abgedichtet.")
    crew.get_by_role("button", name="Auftrag als abgeschlossen melden").click()
    crew.get_by_text("die Bestätigung der Kundschaft steht aus").wait_for()
    question = page.locator(".bubble-them").filter(
        has=page.get_by_role("button", name="Ja, alles erledigt")).last
    question.wait_for()
    assert "Ziegel ersetzt, Gaube abgedichtet." in question.inner_text()
    question.get_by_role("button", name="Ja, alles erledigt").click()
    page.get_by_text("Vielen Dank! Sie haben bestätigt").wait_for()
    _phone_screenshot(page, "crew-6-customer-confirmed")
    crew.reload()
    crew.get_by_text("Die Kundschaft hat bestätigt, dass der Auftrag abgeschlossen ist.").wait_for()
    screenshot(crew, "crew-7-confirmed")
    crew_ctx.close()
    with app.app_context():
        assert db.session.get(JobRequest, job_id).status == JobStatus.COMPLETED
        assert db.session.scalar(sa.select(JobCompletion.answer)) == "confirmed"
        db.session.remove()
