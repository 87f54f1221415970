"""The demo admin logs in on a live server in the real browser."""

from marketplace.demo import DEMO_ADMIN_EMAIL, DEMO_PASSWORD, seed_demo_data
from tests.e2e.conftest import screenshot


def test_demo_admin_logs_in_and_sees_the_console(app, live_server, page):
    with app.app_context():
        seed_demo_data()
    page.goto(f"{live_server}/")
    screenshot(page, "landing")
    page.get_by_role("link", name="Anmelden").first.click()
    page.get_by_label("E-Mail").fill(DEMO_ADMIN_EMAIL)
    page.get_by_label("Passwort").fill("falsches-passwort")
    page.get_by_role("button", name="Anmelden").click()
    assert page.get_by_text("E-Mail oder Passwort ist nicht korrekt").is_visible()
    page.get_by_label("E-Mail").fill(DEMO_ADMIN_EMAIL)
    page.get_by_label("Passwort").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_url(f"{live_server}/admin/")
    assert page.get_by_role("heading", name="Admin-Konsole").is_visible()
    screenshot(page, "admin-console")
