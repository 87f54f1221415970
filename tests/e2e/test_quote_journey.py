"""A web-chat roof request reaches three roofers; two quote in the dashboard; the customer
compares and accepts one in the chat; both businesses see the outcome."""

from __future__ import annotations

import re
from datetime import timedelta

import sqlalchemy as sa

from marketplace import clock
from marketplace.db import db
from marketplace.demo import DEMO_ADMIN_EMAIL, DEMO_PASSWORD, seed_demo_data
from marketplace.jobs.models import JobRequest, JobStatus
from marketplace.quotes.models import Lead, LeadStatus
from tests.e2e.conftest import screenshot

ROOFERS = {"dachdeckerei-sonnleitner": "inhaber@sonnleitner.example",
           "bedachungen-keller": "inhaber@keller-dach.example",
           "dach-und-fassade-nowak": "inhaber@nowak-dach.example"}


def _say(page, text: str) -> None:
    page.get_by_label("Ihre Nachricht").fill(text)
    page.keyboard.press("Enter")


def _business_page(browser, live_server: str, email: str):
    context = browser.new_context(locale="de-DE", viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server}/login")
    page.get_by_label("E-Mail").fill(email)
    page.get_by_label("Passwort").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_url(re.compile(r".*/(dashboard|admin)/.*"))
    return context, page


def _quote(page, live_server: str, lead_id: int, amount: str, message: str) -> None:
    page.goto(f"{live_server}/dashboard/leads/{lead_id}")
    page.get_by_label("Nettobetrag in Euro (bei einer Spanne: von)").fill(amount)
    start = (clock.now().date() + timedelta(days=3)).isoformat()
    page.fill("#earliest_start", start)
    page.get_by_label("Nachricht an die Kundschaft", exact=True).fill(message)
    page.get_by_role("button", name="Angebot senden").click()
    page.get_by_text("Ihr Angebot wurde an die Kundschaft gesendet.").wait_for()


def test_web_chat_request_is_quoted_compared_and_awarded(app, live_server, page):
    with app.app_context():
        seed_demo_data()
        db.session.remove()

    page.goto(f"{live_server}/chat")
    _say(page, "Hallo")
    page.get_by_text("automatische Assistent").wait_for()
    page.get_by_role("button", name="Dach").click()
    page.get_by_text("beschreiben Sie kurz").wait_for()
    _say(page, "Nach dem Sturm fehlen Ziegel über der Gaube")
    page.get_by_text("Postleitzahl (5 Ziffern)").wait_for()
    _say(page, "60311")
    page.get_by_role("button", name="Binnen einer Woche").click()
    page.get_by_role("button", name="Keine Fotos").click()
    page.get_by_role("button", name="Hier im Chat").click()
    page.locator(".chat-choices button", has_text=re.compile(r"^Senden$")).click()
    page.get_by_text("an 3 geprüfte Betriebe in Ihrer Nähe gesendet").wait_for()
    screenshot(page, "quotes-request-sent-to-three")

    with app.app_context():
        job = db.session.scalar(sa.select(JobRequest).order_by(JobRequest.id.desc()).limit(1))
        leads = {lead.tenant.slug: lead.id for lead in db.session.scalars(
            sa.select(Lead).where(Lead.job_request_id == job.id))}
        job_id, reference = job.id, job.reference
        db.session.remove()
    assert set(leads) == set(ROOFERS)

    browser = page.context.browser
    sonnleitner_ctx, sonnleitner = _business_page(browser, live_server,
                                                  ROOFERS["dachdeckerei-sonnleitner"])
    sonnleitner.goto(f"{live_server}/dashboard/")
    sonnleitner.get_by_role("link", name=re.compile("603xx")).first.wait_for()
    screenshot(sonnleitner, "quotes-business-dashboard")
    _quote(sonnleitner, live_server, leads["dachdeckerei-sonnleitner"], "1.250,00",
           "Wir tauschen die Ziegel und prüfen die Gaube.")
    screenshot(sonnleitner, "quotes-business-quote-sent")
    keller_ctx, keller = _business_page(browser, live_server, ROOFERS["bedachungen-keller"])
    _quote(keller, live_server, leads["bedachungen-keller"], "980",
           "Reparatur am Donnerstag möglich.")

    comparison = page.locator(".bubble-them", has_text="Ihre Angebote für").filter(
        has_text="Bedachungen Keller GmbH").last
    comparison.wait_for()
    text = comparison.inner_text()
    assert "Dachdeckerei Sonnleitner GmbH" in text
    assert "1.166,20" in text  # 980 € net + 19 % VAT, cheapest first
    assert text.index("Bedachungen Keller") < text.index("Dachdeckerei Sonnleitner")
    comparison.scroll_into_view_if_needed()
    screenshot(page, "quotes-comparison-in-chat")
    comparison.locator("button:enabled", has_text="1 annehmen").click()  # cheapest first: Keller
    page.get_by_text("Sie haben das Angebot von Bedachungen Keller GmbH").wait_for()
    screenshot(page, "quotes-accepted-in-chat")

    keller.goto(f"{live_server}/dashboard/leads/{leads['bedachungen-keller']}")
    keller.get_by_text("Die Kundschaft hat Ihr Angebot angenommen").wait_for()
    screenshot(keller, "quotes-winner-sees-outcome")
    sonnleitner.goto(f"{live_server}/dashboard/leads/{leads['dachdeckerei-sonnleitner']}")
    sonnleitner.get_by_text("anderes Angebot gewählt").wait_for()
    screenshot(sonnleitner, "quotes-other-business-sees-outcome")
    keller_ctx.close()
    sonnleitner_ctx.close()

    admin_ctx, admin = _business_page(browser, live_server, DEMO_ADMIN_EMAIL)
    admin.goto(f"{live_server}/admin/")
    admin.get_by_role("link", name="Vermittlung und Anfragen").click()
    admin.get_by_role("link", name=reference).click()
    admin.get_by_text("Vermittlungsentscheidungen").wait_for()
    assert admin.get_by_text("Dach & Fassade Nowak").first.is_visible()
    screenshot(admin, "quotes-admin-routing-record")
    admin_ctx.close()

    with app.app_context():
        job = db.session.get(JobRequest, job_id)
        assert job.status == JobStatus.AWARDED
        assert job.reference == reference
        statuses = {lead.tenant.slug: lead.status for lead in db.session.scalars(
            sa.select(Lead).where(Lead.job_request_id == job_id))}
        db.session.remove()
    assert statuses == {"bedachungen-keller": LeadStatus.WON,
                        "dachdeckerei-sonnleitner": LeadStatus.LOST,
                        "dach-und-fassade-nowak": LeadStatus.LOST}
