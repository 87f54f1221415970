"""The admin's start page, the marketplace health page with its supply-gap map, and a
business's insight page, in Chromium on the demo's history (screenshots in screenshots/)."""

from __future__ import annotations

import re

from marketplace.demo import DEMO_ADMIN_EMAIL, DEMO_BUSINESSES, DEMO_PASSWORD, seed_demo_data
from marketplace.geo import services as geo_services
from tests.conftest import GEONAMES_FILE, needs_geonames
from tests.e2e.conftest import screenshot


def _log_in(page, base: str, email: str) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("E-Mail").fill(email)
    page.get_by_label("Passwort").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Anmelden").click()


@needs_geonames
def test_operator_sees_queues_health_and_the_supply_gap_map(app, live_server, browser):
    with app.app_context():
        geo_services.import_geonames(GEONAMES_FILE)
        seed_demo_data()
    context = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    _log_in(page, live_server, DEMO_ADMIN_EMAIL)
    page.wait_for_url(f"{live_server}/admin/")
    queues = page.locator("table.queues")
    assert queues.get_by_text("Zu prüfende Webhook-Ereignisse").is_visible()
    unserved = queues.locator("tr", has_text="Anfragen, die kein Betrieb übernehmen konnte")
    assert unserved.locator(".badge.warn").is_visible()
    # How long the oldest has waited, in words ("12 Tage"), and since when (to the minute).
    assert re.search(r"\d+ (Tag|Tage|Woche|Wochen) \(seit \d\d\.\d\d\.\d{4}, \d\d:\d\d\)",
                     unserved.inner_text())
    assert page.get_by_role("heading", name="Der Marktplatz in den letzten 7 Tagen").is_visible()
    screenshot(page, "insight-admin-home")

    page.get_by_role("link", name="Marktplatzgesundheit").first.click()
    page.wait_for_url(f"{live_server}/admin/health")
    assert page.locator("svg.gap-map circle.gap-dot").count() >= 5
    page.get_by_label("Zeitraum").select_option("90")
    page.get_by_role("button", name="Anzeigen").click()
    page.wait_for_url(f"{live_server}/admin/health?days=90*")
    funnel = page.locator("#figure-funnel")
    funnel.get_by_text("Zahlen als Tabelle").click()
    assert funnel.locator("table").get_by_text("mindestens ein Angebot erhalten").is_visible()
    assert "%" in funnel.locator("table").inner_text()
    with page.expect_download() as download:
        funnel.get_by_role("link", name="Als CSV herunterladen").click()
    assert download.value.suggested_filename == "marktplatz-funnel-90-tage.csv"
    consent = page.locator("#figure-consent")
    consent.get_by_text("Zahlen als Tabelle").click()
    contact = consent.locator("table tr", has_text="Kontaktdaten")
    assert re.search(r"Kontaktdaten\s+[1-9]", contact.inner_text())  # the demo asked
    screenshot(page, "insight-health")

    # A message that could not be sent: its kind of error in words first, the messenger's
    # own text under it.
    page.goto(f"{live_server}/admin/channels/outbound")
    reason = page.locator("table.data td", has_text="Details im Originalwortlaut").first
    assert reason.locator("strong").inner_text()
    screenshot(page, "insight-outbound-errors")
    context.close()


def test_business_sees_its_figures_beside_comparable_businesses(app, live_server, browser):
    with app.app_context():
        seed_demo_data()
    context = browser.new_context(locale="de-DE", viewport={"width": 1100, "height": 900})
    page = context.new_page()
    _log_in(page, live_server, DEMO_BUSINESSES[0].owner_email)
    page.wait_for_url(f"{live_server}/dashboard/")
    page.get_by_role("link", name="So läuft Ihr Betrieb").click()
    page.wait_for_url(f"{live_server}/dashboard/insight")
    table = page.locator("table.comparison")
    assert table.get_by_text("Median vergleichbarer Betriebe").is_visible()
    for other in ("Keller", "Nowak", "Weber", "Hofmann"):
        assert other not in page.content()  # comparable businesses are never named
    assert page.locator("svg.chart rect").count() > 0
    screenshot(page, "insight-business")
    context.close()
