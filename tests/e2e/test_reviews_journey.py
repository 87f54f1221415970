"""Reviews from a real job, in the real browser: the office gives the won job to a crew
member; on a phone the crew member sees the appointment, uploads two completion photos and
sends them with the completion; the customer confirms in the web chat and gives five stars
with a comment; the business answers; the public profile shows the review with the answer,
the measured response time and what the platform checked; the next customer's quote
comparison shows the stars and links the profile."""

from __future__ import annotations

import io
import re

import sqlalchemy as sa
from PIL import Image

from marketplace.accounts.models import Role
from marketplace.accounts.services import create_user
from marketplace.db import db
from marketplace.demo import DEMO_PASSWORD, seed_demo_data
from marketplace.jobs.models import JobRequest, JobStatus
from marketplace.quotes.models import Lead
from marketplace.reviews.models import Review
from marketplace.tenancy.models import Tenant
from tests.e2e.conftest import screenshot
from tests.e2e.test_job_conversation_journey import (
    ROOFER,
    ROOFER_EMAIL,
    _login,
    _phone_screenshot,
    _request_in_chat,
    _section_screenshot,
    _slot_day,
)

CREW_EMAIL = "kai.krause@sonnleitner.example"
COMMENT = "Pünktlich, sauber und freundlich. Das Dach ist wieder dicht!"
ANSWER = "Vielen Dank, Frau Kundin! Wir kommen gern wieder."
PHONE_SIZE = (390, 844)


def _work_photo(colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), colour).save(buffer, "JPEG")
    return buffer.getvalue()


def _newest_job(app) -> tuple[int, str, dict[str, int]]:
    with app.app_context():
        job = db.session.scalar(sa.select(JobRequest).order_by(JobRequest.id.desc()).limit(1))
        leads = {lead.tenant.name: lead.id for lead in db.session.scalars(
            sa.select(Lead).where(Lead.job_request_id == job.id))}
        found = job.id, job.reference, leads
        db.session.remove()
    return found


def _quote(office, live_server: str, lead_id: int, net: str) -> None:
    office.goto(f"{live_server}/dashboard/leads/{lead_id}")
    office.get_by_label("Nettobetrag in Euro (bei einer Spanne: von)").fill(net)
    office.fill("#earliest_start", _slot_day())
    office.get_by_role("button", name="Angebot senden").click()
    office.get_by_text("Ihr Angebot wurde an die Kundschaft gesendet.").wait_for()


def test_crew_completion_five_stars_answer_profile_and_next_comparison(
        app, live_server, page, browser):
    with app.app_context():
        seed_demo_data()
        roofer = db.session.scalar(sa.select(Tenant).where(Tenant.name == ROOFER))
        create_user(email=CREW_EMAIL, password=DEMO_PASSWORD, role=Role.CREW, tenant=roofer,
                    name="Kai Krause")
        slug = roofer.slug
        db.session.remove()

    # 1. A customer asks for a roofer in the web chat (phone); the roofer quotes, the
    # customer accepts, and picks one of two work dates.
    _request_in_chat(page, live_server)
    job_id, reference, leads = _newest_job(app)
    lead_id = leads[ROOFER]
    lead_url = f"{live_server}/dashboard/leads/{lead_id}"
    office_ctx, office = _login(browser, live_server, ROOFER_EMAIL)
    _quote(office, live_server, lead_id, "1.250,00")
    offer = page.locator(".bubble-them", has_text="Ihre Angebote für").filter(has_text=ROOFER)
    offer.last.locator("button:enabled", has_text="1 annehmen").click()
    page.get_by_text(f"Sie haben das Angebot von {ROOFER}").wait_for()

    day = _slot_day()
    office.goto(lead_url)
    office.get_by_label("Wofür").select_option("work")
    for row, (start, end) in ((1, ("08:00", "12:00")), (2, ("13:00", "17:00"))):
        office.fill(f"#slot_date_{row}", day)
        office.fill(f"#slot_start_{row}", start)
        office.fill(f"#slot_end_{row}", end)
    office.get_by_role("button", name="Zeiten an die Kundschaft senden").click()
    office.locator(".appointment-proposed").wait_for()
    proposal = page.locator(".bubble-them").filter(
        has=page.get_by_role("button", name=re.compile("13:00"))).last
    proposal.get_by_role("button", name=re.compile("13:00")).click()
    page.locator(".bubble-them", has_text="Bestätigt").last.wait_for()

    # 2. The office gives the job to the crew member.
    office.goto(lead_url)
    office.get_by_label("Kai Krause").check()
    office.get_by_role("button", name="Monteure speichern").click()
    office.wait_for_load_state()
    office.goto(lead_url)
    assert office.get_by_label("Kai Krause").is_checked()
    _section_screenshot(office, "#work", "reviews-1-office-assigns-crew")

    # 3. On a phone, the crew member sees the appointment, uploads two photos of the
    # finished work, and sends them with the completion.
    crew_ctx, crew = _login(browser, live_server, CREW_EMAIL, viewport=PHONE_SIZE)
    crew.goto(f"{live_server}/crew")
    crew.get_by_role("link", name=re.compile(reference)).first.click()
    crew.get_by_role("heading", name=f"Auftrag {reference}").wait_for()
    assert "13:00" in crew.locator(".crew-when").first.inner_text()
    screenshot(crew, "reviews-2-crew-sees-appointment")
    crew.set_input_files("#crew_photos", files=[
        {"name": "dach-fertig-1.jpg", "mimeType": "image/jpeg",
         "buffer": _work_photo((170, 60, 40))},
        {"name": "dach-fertig-2.jpg", "mimeType": "image/jpeg",
         "buffer": _work_photo((60, 60, 70))}])
    crew.get_by_label("Fertige Arbeit").check()
    crew.get_by_label("Notiz").fill("Ziegel getauscht, Gaube neu eingefasst.")
    crew.get_by_role("button", name="Speichern (intern)").click()
    choose = crew.locator("#photos-form input[name=photo]")
    choose.nth(1).wait_for()
    assert choose.count() == 2
    for index in range(2):
        choose.nth(index).check()
    crew.get_by_label("Kurze Zusammenfassung für die Kundschaft (optional)").fill(
        "Die fehlenden Ziegel sind ersetzt, die Gaube ist dicht.")
    crew.get_by_role("button", name="Auftrag als abgeschlossen melden").click()
    crew.get_by_text("die Bestätigung der Kundschaft steht aus", exact=False).first.wait_for()
    screenshot(crew, "reviews-3-crew-sent-completion")
    crew_ctx.close()

    # 4. The customer sees the photos, confirms, and gives five stars with a comment.
    question = page.locator(".bubble-them").filter(
        has=page.get_by_role("button", name="Ja, alles erledigt")).last
    question.wait_for()
    # Each photo arrives as its own message ("... hat Ihnen ein Foto geschickt").
    photos = page.locator(".bubble-them", has_text="hat Ihnen ein Foto geschickt")
    photos.nth(1).wait_for()
    assert photos.count() == 2
    _phone_screenshot(page, "reviews-4-customer-gets-completion", question)
    question.get_by_role("button", name="Ja, alles erledigt").click()
    stars = page.locator(".bubble-them", has_text="Wie zufrieden sind Sie").last
    stars.wait_for()
    _phone_screenshot(page, "reviews-5-customer-asked-for-stars", stars)
    stars.get_by_role("button", name="★★★★★ 5 Sterne").click()
    page.locator(".bubble-them", has_text="ein paar Worte").last.wait_for()
    # Let the tap's own requests settle first: SQLite (the test database) takes one writer
    # at a time, and a busy machine made the next send collide with it.
    page.wait_for_timeout(2000)
    page.get_by_label("Ihre Nachricht").fill(COMMENT)
    page.locator("#chat-form button.send-button").click()
    page.locator(".bubble-me", has_text=COMMENT).wait_for()
    thanks = page.locator(".bubble-them", has_text="Vielen Dank für Ihre Bewertung").last
    thanks.wait_for()
    assert f"/betriebe/{slug}" in thanks.inner_text()
    _phone_screenshot(page, "reviews-6-customer-reviewed", thanks)
    with app.app_context():
        review = db.session.scalar(sa.select(Review).where(Review.job_request_id == job_id))
        assert (review.stars, review.text) == (5, COMMENT)
        assert db.session.get(JobRequest, job_id).status == JobStatus.COMPLETED
        db.session.remove()

    # 5. The business answers, once, publicly.
    office.goto(f"{live_server}/dashboard/reviews")
    office.locator(".review", has_text=COMMENT).get_by_label("Ihre öffentliche Antwort").fill(
        ANSWER)
    office.get_by_role("button", name="Antwort veröffentlichen").click()
    office.get_by_text("Ihre Antwort ist unter der Bewertung veröffentlicht.").wait_for()
    assert office.get_by_role("button", name="Antwort veröffentlichen").count() == 0
    screenshot(office, "reviews-7-business-answered")
    office_ctx.close()

    # 6. The public profile: the review with the answer, response time, what was checked.
    visitor_ctx = browser.new_context(locale="de-DE", viewport={"width": 1100, "height": 900})
    visitor = visitor_ctx.new_page()
    visitor.goto(f"{live_server}/betriebe/{slug}")
    review_box = visitor.locator("article.review", has_text=COMMENT)
    review_box.wait_for()
    assert "★★★★★" in review_box.inner_text()
    assert ANSWER in review_box.inner_text()
    assert "antwortet meist innerhalb von" in visitor.locator("#response-time").inner_text()
    assert "beantwortet" in visitor.locator("#answer-rate").inner_text()
    checked = visitor.locator("#verification").inner_text()
    assert "von der Plattform geprüft" in checked
    assert "Meisterbrief" in checked or "Handwerkskarte" in checked
    html = visitor.content()
    assert reference not in html
    assert "Kai Krause" not in html
    screenshot(visitor, "reviews-8-public-profile")
    visitor_ctx.close()

    # 7. The next customer's comparison shows the stars and links the profile.
    next_ctx = browser.new_context(locale="de-DE", viewport={"width": 390, "height": 844})
    next_customer = next_ctx.new_page()
    _request_in_chat(next_customer, live_server)
    _job, _ref, next_leads = _newest_job(app)
    office_ctx, office = _login(browser, live_server, ROOFER_EMAIL)
    _quote(office, live_server, next_leads[ROOFER], "1.400,00")
    office_ctx.close()
    comparison = next_customer.locator(".bubble-them", has_text="Ihre Angebote für").last
    comparison.wait_for()
    text = comparison.inner_text()
    assert "★ 5,0 (1 Bewertung)" in text, text
    assert f"/betriebe/{slug}" in text
    _phone_screenshot(next_customer, "reviews-9-next-customer-comparison", comparison)
    next_ctx.close()
