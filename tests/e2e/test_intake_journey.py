"""A homeowner goes from "Hallo" to a job request in the real browser, then an admin opens it."""

from __future__ import annotations

import io
import re

import sqlalchemy as sa
from PIL import Image

from marketplace.db import db
from marketplace.demo import DEMO_ADMIN_EMAIL, DEMO_PASSWORD, seed_demo_data
from marketplace.jobs.models import JobRequest
from tests.e2e.conftest import screenshot


def _photo() -> bytes:
    buffer = io.BytesIO()
    image = Image.new("RGB", (320, 240), (150, 70, 40))
    image.paste((60, 60, 70), (0, 0, 320, 90))
    image.save(buffer, "JPEG")
    return buffer.getvalue()


def _say(page, text: str) -> None:
    page.get_by_label("Ihre Nachricht").fill(text)
    page.keyboard.press("Enter")


def test_homeowner_gets_from_hallo_to_a_job_request_and_admin_sees_it(app, live_server, page):
    page.goto(f"{live_server}/chat")
    _say(page, "Hallo")
    page.get_by_text("automatische Assistent").wait_for()
    assert page.get_by_role("button", name="Dach").is_visible()
    screenshot(page, "intake-greeting")

    page.get_by_role("button", name="Dach").click()
    page.get_by_text("beschreiben Sie kurz").wait_for()
    _say(page, "Nach dem Sturm fehlen Ziegel, es tropft in die Küche")
    page.get_by_text("Postleitzahl (5 Ziffern)").wait_for()
    _say(page, "60311")
    page.get_by_text("Wann soll die Arbeit erledigt werden?").wait_for()
    screenshot(page, "intake-timing")
    page.get_by_role("button", name="Binnen einer Woche").click()
    page.get_by_role("button", name="Keine Fotos").wait_for()
    page.set_input_files("#chat-photo", files=[{"name": "dach.jpg", "mimeType": "image/jpeg",
                                                "buffer": _photo()}])
    page.get_by_role("button", name="Fertig").click()
    page.get_by_role("button", name="Hier im Chat").click()
    page.get_by_text("Das ist Ihre Anfrage").wait_for()
    screenshot(page, "intake-summary")
    page.locator("#chat-log").get_by_role("button", name="Senden", exact=True).click()
    page.get_by_text("Ihre Anfrage hat die Nummer").wait_for()
    screenshot(page, "intake-done")
    done_text = page.get_by_text("Ihre Anfrage hat die Nummer").inner_text()
    reference = re.search(r"[A-Z0-9]{3}-[A-Z0-9]{2}", done_text).group(0)

    with app.app_context():
        job = db.session.scalar(sa.select(JobRequest).where(JobRequest.reference == reference))
        assert job.trade_code == "dachdecker"
        assert job.postcode == "60311"
        assert job.timing == "week"
        assert len(job.media) == 1
        job_id = job.id
        seed_demo_data()
        db.session.remove()

    admin = page.context.browser.new_context(locale="de-DE",
                                             viewport={"width": 1280, "height": 900})
    admin_page = admin.new_page()
    admin_page.goto(f"{live_server}/login")
    admin_page.get_by_label("E-Mail").fill(DEMO_ADMIN_EMAIL)
    admin_page.get_by_label("Passwort").fill(DEMO_PASSWORD)
    admin_page.get_by_role("button", name="Anmelden").click()
    admin_page.wait_for_url(f"{live_server}/admin/")
    admin_page.get_by_role("link", name="Auftragsanfragen").click()
    admin_page.get_by_label("Gewerk").select_option("dachdecker")
    admin_page.get_by_label("PLZ-Bereich").fill("603")
    admin_page.get_by_role("button", name="Filtern").click()
    admin_page.get_by_role("link", name=reference).wait_for()
    screenshot(admin_page, "admin-job-list")
    admin_page.get_by_role("link", name=reference).click()
    admin_page.wait_for_url(f"{live_server}/admin/jobs/{job_id}")
    assert admin_page.get_by_text("Nach dem Sturm fehlen Ziegel").first.is_visible()
    # Photos open only with a reason (logged), so the page lists them as such forms.
    admin_page.get_by_role("button", name="Mit diesem Grund öffnen").first.wait_for()
    screenshot(admin_page, "admin-job-request")
    admin.close()
