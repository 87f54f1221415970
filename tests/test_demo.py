"""The demo data loads idempotently through the services."""

import sqlalchemy as sa

from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.demo import DEMO_ADMIN_EMAIL, DEMO_BUSINESSES, DEMO_PASSWORD, seed_demo_data
from marketplace.tenancy.models import Tenant


def test_seed_demo_is_idempotent(app_ctx):
    seed_demo_data()
    seed_demo_data()
    slugs = set(db.session.scalars(sa.select(Tenant.slug)).all())
    assert {business.slug for business in DEMO_BUSINESSES} <= slugs
    admins = db.session.scalars(sa.select(User).where(User.email == DEMO_ADMIN_EMAIL)).all()
    assert len(admins) == 1
    assert admins[0].check_password(DEMO_PASSWORD)


def test_seed_demo_command(app):
    result = app.test_cli_runner().invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    assert DEMO_ADMIN_EMAIL in result.output


def test_guide_names_every_scenario_and_login():
    from marketplace.demo import DEMO_POSTCODE, demo_logins, print_guide

    lines: list[str] = []
    print_guide("http://127.0.0.1:5077", lines.append)
    text = "\n".join(lines)
    for path in ("/chat", "/demo/kundin", "/register", "/login"):
        assert f"http://127.0.0.1:5077{path}" in text
    assert DEMO_POSTCODE in text
    assert DEMO_PASSWORD in text
    assert all(login.email in text for login in demo_logins())


def test_demo_links_use_the_port_it_listens_on(monkeypatch):
    from marketplace.demo import build_demo_app

    monkeypatch.delenv("PUBLIC_BASE_URL", raising=False)
    app = build_demo_app(public_base_url="http://127.0.0.1:5077")
    assert app.config["PUBLIC_BASE_URL"] == "http://127.0.0.1:5077"
    monkeypatch.setenv("PUBLIC_BASE_URL", "https://demo.example")
    assert build_demo_app(public_base_url="http://127.0.0.1:5077").config[
        "PUBLIC_BASE_URL"] == "https://demo.example"


def test_start_page_explains_the_demo_only_in_demo_mode(app, client):
    assert "/demo/kundin" not in client.get("/").get_data(as_text=True)
    app.config["DEMO_MODE"] = True
    try:
        page = client.get("/").get_data(as_text=True)
    finally:
        app.config["DEMO_MODE"] = False
    assert "/demo/kundin" in page
    assert "/chat" in page
    assert DEMO_PASSWORD in page
    assert DEMO_ADMIN_EMAIL in page


def test_the_demo_health_page_shows_answers_to_both_consent_questions(app, client):
    """The demo's history asks for photos and for contact details, so both consent rows of
    the health page have answers to show."""
    from tests.conftest import login

    with app.app_context():
        seed_demo_data()
    login(client, DEMO_ADMIN_EMAIL, DEMO_PASSWORD)
    from marketplace.insight.messaging import consent_answers
    from marketplace.insight.scope import Scope

    with app.test_request_context():
        rows = {str(row[0]): row[1:] for row in consent_answers(Scope(days=90)).rows}
    assert rows["Kontaktdaten"][-1] > 0  # asked
    assert rows["Kontaktdaten"][0] > 0  # granted
    assert rows["Fotos und Videos"][-1] > 0
    page = client.get("/admin/health?days=90").get_data(as_text=True)
    assert "Kontaktdaten" in page
