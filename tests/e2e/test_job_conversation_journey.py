"""The job after the quote, in the real browser: a customer asks for a roofer in the web chat
(phone-sized screen); a verified roofer asks a question on the lead page before quoting; the
customer answers with a photo and words; the roofer quotes; the customer accepts and shares
the phone number; the roofer sees exactly that number, proposes two times, the customer picks
one, both see it confirmed; the roofer marks the job completed (the customer is told) and
downloads the archive with the whole conversation and the photo."""

from __future__ import annotations

import io
import os
import re
import zipfile
from datetime import timedelta

import sqlalchemy as sa
from PIL import Image

from marketplace import clock
from marketplace.db import db
from marketplace.demo import DEMO_PASSWORD, seed_demo_data
from marketplace.jobs.models import JobRequest, JobStatus
from marketplace.quotes.models import Lead
from tests.e2e.conftest import SCREENSHOT_DIR, screenshot

ROOFER = "Dachdeckerei Sonnleitner GmbH"
ROOFER_EMAIL = "inhaber@sonnleitner.example"
OTHER_ROOFER_EMAIL = "inhaber@keller-dach.example"
PHONE = "0171 2345678"
QUESTION = "Ist das Dach zugänglich?"
ANSWER = "Ja, über die Leiter an der Garage. Das Foto zeigt die Stelle."


def _photo() -> bytes:
    buffer = io.BytesIO()
    image = Image.new("RGB", (480, 360), (150, 70, 40))
    image.paste((60, 60, 70), (0, 0, 480, 120))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make: must not reach the business
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def _phone_screenshot(page, name: str, bubble=None) -> None:
    """What the customer sees on the phone's screen (the whole page, too, for the record)."""
    screenshot(page, name)
    if bubble is None:
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    else:
        bubble.scroll_into_view_if_needed()
    page.screenshot(path=os.path.join(SCREENSHOT_DIR, f"{name}-screen.png"))


def _section_screenshot(page, selector: str, name: str) -> None:
    """The lead page whole, and the one section in question close up."""
    screenshot(page, name)
    page.locator(selector).screenshot(path=os.path.join(SCREENSHOT_DIR, f"{name}-section.png"))


def _say(page, text: str) -> None:
    page.get_by_label("Ihre Nachricht").fill(text)
    page.keyboard.press("Enter")


def _login(browser, live_server: str, email: str, viewport=(1100, 900)):
    context = browser.new_context(locale="de-DE", accept_downloads=True,
                                  viewport={"width": viewport[0], "height": viewport[1]})
    page = context.new_page()
    page.goto(f"{live_server}/login")
    page.get_by_label("E-Mail").fill(email)
    page.get_by_label("Passwort").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_url(re.compile(r".*/dashboard/.*"))
    return context, page


def _request_in_chat(page, live_server: str) -> None:
    page.goto(f"{live_server}/chat")
    _say(page, "Hallo")
    page.get_by_role("button", name="Dach").click()
    page.get_by_text("beschreiben Sie kurz").wait_for()
    _say(page, "Nach dem Sturm fehlen Ziegel über der Gaube")
    page.get_by_text("Postleitzahl (5 Ziffern)").wait_for()
    _say(page, "60311")
    page.get_by_role("button", name="Binnen einer Woche").click()
    page.get_by_role("button", name="Keine Fotos").click()
    page.get_by_role("button", name="Anruf").click()
    page.get_by_text("Unter welcher Telefonnummer").wait_for()
    _say(page, PHONE)
    page.locator(".chat-choices button", has_text=re.compile(r"^Senden$")).click()
    page.get_by_text("an 3 geprüfte Betriebe in Ihrer Nähe gesendet").wait_for()


def _slot_day() -> str:
    """A weekday two weeks ahead (a Tuesday, so no weekend rule can get in the way)."""
    day = clock.now().date() + timedelta(days=14)
    while day.weekday() != 1:
        day += timedelta(days=1)
    return day.isoformat()


def test_question_photo_quote_contact_appointment_completion_and_archive(
        app, live_server, page, browser):
    with app.app_context():
        seed_demo_data()
        db.session.remove()

    # 1. The customer asks for a roofer in the web chat, on a phone.
    _request_in_chat(page, live_server)
    with app.app_context():
        job = db.session.scalar(sa.select(JobRequest).order_by(JobRequest.id.desc()).limit(1))
        leads = {lead.tenant.name: lead.id for lead in db.session.scalars(
            sa.select(Lead).where(Lead.job_request_id == job.id))}
        job_id, reference = job.id, job.reference
        db.session.remove()
    lead_id = leads[ROOFER]
    lead_url = f"{live_server}/dashboard/leads/{lead_id}"

    # 2. The roofer asks before quoting.
    office_ctx, office = _login(browser, live_server, ROOFER_EMAIL)
    office.goto(lead_url)
    office.get_by_label("Ihre Nachricht an die Kundschaft").fill(QUESTION)
    office.get_by_role("button", name="An die Kundschaft senden", exact=True).click()
    office.locator(".thread-business", has_text=QUESTION).wait_for()

    # 3. The customer sees it marked with the roofer's name and answers with a photo.
    asked = page.locator(".bubble-them", has_text=QUESTION)
    asked.wait_for()
    assert ROOFER in asked.inner_text()
    assert reference in asked.inner_text()
    _phone_screenshot(page, "jobconv-1-customer-asked", asked)
    asked.locator("button", has_text="Antworten").click()
    page.get_by_text(f"Schreiben Sie jetzt Ihre Nachricht an {ROOFER}").wait_for()
    page.set_input_files("#chat-photo", files=[{"name": "dach.jpg", "mimeType": "image/jpeg",
                                                "buffer": _photo()}])
    page.locator(".bubble-me img.bubble-photo").last.wait_for()
    _say(page, ANSWER)
    page.get_by_text(f"An {ROOFER} weitergeleitet").first.wait_for()
    page.locator(".bubble-me", has_text=ANSWER).wait_for()
    _phone_screenshot(page, "jobconv-2-customer-answered")

    # 4. The roofer reads the answer and sees the photo (the customer sent it to this roofer).
    office.goto(lead_url)
    office.locator(".thread-customer", has_text="Leiter an der Garage").wait_for()
    photo = office.locator(".thread-customer img.thread-photo")
    photo.wait_for(state="attached")
    office.locator(".thread-customer", has_text="Leiter an der Garage").scroll_into_view_if_needed()
    photo.wait_for()  # loaded lazily once in view
    office.wait_for_function(
        "Array.from(document.querySelectorAll('img.thread-photo'))"
        ".every(img => img.complete && img.naturalWidth > 0)")
    response = office.request.get(f"{live_server}{photo.get_attribute('src')}")
    assert response.status == 200
    assert 0x010F not in Image.open(io.BytesIO(response.body())).getexif()
    _section_screenshot(office, "#thread", "jobconv-3-business-sees-answer-and-photo")

    # 5. The roofer quotes; the customer accepts and shares the phone number.
    office.get_by_label("Nettobetrag in Euro (bei einer Spanne: von)").fill("1.250,00")
    office.fill("#earliest_start", (clock.now().date() + timedelta(days=3)).isoformat())
    office.get_by_label("Nachricht an die Kundschaft", exact=True).fill("Wir tauschen die Ziegel.")
    office.get_by_role("button", name="Angebot senden").click()
    office.get_by_text("Ihr Angebot wurde an die Kundschaft gesendet.").wait_for()

    offer = page.locator(".bubble-them", has_text="Ihre Angebote für").filter(has_text=ROOFER)
    offer.last.locator("button:enabled", has_text="1 annehmen").click()
    page.get_by_text(f"Sie haben das Angebot von {ROOFER}").wait_for()
    ask = page.locator(".bubble-them").filter(
        has=page.get_by_role("button", name="Zustimmen")).last
    ask.wait_for()
    assert "Telefon" in ask.inner_text()
    ask.get_by_role("button", name="Zustimmen").click()
    page.get_by_text(f"Gespeichert: {ROOFER} erhält Ihre Kontaktdaten").wait_for()
    _phone_screenshot(page, "jobconv-4-customer-accepted-and-shared")

    # 6. The roofer sees exactly the phone number the customer agreed to share.
    office.goto(lead_url)
    contact = office.locator("#contact")
    contact.get_by_text(PHONE).wait_for()
    terms = contact.locator("dt").all_inner_texts()
    assert terms == ["Telefon"]
    assert contact.locator("a[href^='tel:']").get_attribute("href") == "tel:01712345678"
    _section_screenshot(office, "#contact", "jobconv-5-business-sees-contact")

    # 7. Two times for the work; the customer picks the second.
    day = _slot_day()
    office.get_by_label("Wofür").select_option("work")
    for row, (start, end) in ((1, ("10:00", "12:00")), (2, ("14:00", "16:00"))):
        office.fill(f"#slot_date_{row}", day)
        office.fill(f"#slot_start_{row}", start)
        office.fill(f"#slot_end_{row}", end)
    office.get_by_role("button", name="Zeiten an die Kundschaft senden").click()
    office.locator(".appointment-proposed").wait_for()

    proposal = page.locator(".bubble-them").filter(
        has=page.get_by_role("button", name=re.compile("14:00"))).last
    proposal.wait_for()
    assert ROOFER in proposal.inner_text()
    _phone_screenshot(page, "jobconv-6-customer-gets-times", proposal)
    proposal.get_by_role("button", name=re.compile("14:00")).click()
    confirmed = page.locator(".bubble-them", has_text="Bestätigt").last
    confirmed.wait_for()
    assert "14:00" in confirmed.inner_text()
    _phone_screenshot(page, "jobconv-7-customer-confirmed")

    office.goto(lead_url)
    booked = office.locator(".appointment-confirmed")
    booked.wait_for()
    assert "14:00" in booked.inner_text()
    assert booked.get_by_role("link", name=re.compile(r"\.ics")).count() == 1
    _section_screenshot(office, "#work", "jobconv-8-business-sees-confirmation")

    # 8. Work started, then completed; the customer is told.
    office.get_by_role("button", name="Arbeit begonnen").click()
    office.get_by_role("button", name="Auftrag abgeschlossen").click()
    office.get_by_role("button", name="Auftrag abgeschlossen").wait_for(state="detached")
    page.locator(".bubble-them", has_text="abgeschlossen").last.wait_for()
    _phone_screenshot(page, "jobconv-9-customer-told-completed")
    with app.app_context():
        assert db.session.get(JobRequest, job_id).status == JobStatus.COMPLETED
        db.session.remove()

    # 9. The archive: the transcript has both directions, and the photo is in it.
    office.goto(lead_url)
    with office.expect_download() as download_info:
        office.get_by_role("link", name="Archiv herunterladen (ZIP)").click()
    download = download_info.value
    with zipfile.ZipFile(download.path()) as archive:
        names = archive.namelist()
        transcript = archive.read("transcript.html").decode()
        photos = [name for name in names if name.startswith("photos/")]
        assert len(photos) == 1, names
        packed = Image.open(io.BytesIO(archive.read(photos[0])))
    assert QUESTION in transcript
    assert "Leiter an der Garage" in transcript
    assert ROOFER in transcript
    assert 0x010F not in packed.getexif()
    screenshot(office, "jobconv-10-business-lead-page-completed")
    office_ctx.close()

    # Another roofer who got the same request sees none of it.
    other_ctx, other = _login(browser, live_server, OTHER_ROOFER_EMAIL)
    other.goto(f"{live_server}/dashboard/leads/{leads['Bedachungen Keller GmbH']}")
    other.locator("h1").wait_for()
    html = other.content()
    for secret in (QUESTION, "Leiter an der Garage", PHONE, "thread-photo"):
        assert secret not in html
    assert other.request.get(f"{lead_url}").status == 404
    other_ctx.close()
