"""The whole journey in the real browser: register, confirm the e-mail, set the profile,
upload documents, the admin approves them, and the business becomes eligible."""

from __future__ import annotations

import io
import re

import sqlalchemy as sa
from PIL import Image, ImageDraw

from marketplace.accounts import services as account_services
from marketplace.accounts.models import Role
from marketplace.db import db
from marketplace.tenancy.models import Tenant
from marketplace.verification import eligibility as verification_eligibility
from marketplace.verification.demo import sample_pdf
from tests.conftest import PASSWORD
from tests.e2e.conftest import screenshot

OWNER_EMAIL = "inhaberin@dach-e2e.example"
ADMIN_EMAIL = "pruefer@plattform.example"


def _scan_png(lines: list[str]) -> bytes:
    """A phone-photo-like PNG of a certificate, drawn here (no external files)."""
    image = Image.new("RGB", (600, 420), (250, 246, 232))
    draw = ImageDraw.Draw(image)
    draw.rectangle((12, 12, 588, 408), outline=(120, 90, 40), width=4)
    for number, line in enumerate(lines):
        draw.text((40, 50 + number * 42), line, fill=(40, 30, 20))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _upload(page, base, doc_type_label, issuer, holder, filename, data=None,
            mime="application/pdf"):
    page.goto(f"{base}/dashboard/verification/documents/new")
    page.get_by_label("Art des Nachweises").select_option(label=doc_type_label)
    page.get_by_label("Ausgestellt von (Kammer oder Behörde)").fill(issuer)
    page.get_by_label("Inhaber (genannte Person oder Firma)").fill(holder)
    page.get_by_label("Dachdecker", exact=True).check()
    page.get_by_label("Datei (PDF, JPEG oder PNG, höchstens 10 MB)").set_input_files({
        "name": filename, "mimeType": mime, "buffer": data or sample_pdf(holder)})
    page.get_by_role("button", name="Zur Prüfung hochladen").click()
    page.wait_for_url(re.compile(r".*/dashboard/verification/documents/\d+$"))
    assert page.get_by_text("wartet auf Prüfung").first.is_visible()


def _log_in(page, base, email):
    page.goto(f"{base}/login")
    page.get_by_label("E-Mail").fill(email)
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()


def test_register_upload_approve_and_become_eligible(app, live_server, page, outbox):
    outbox.clear()
    base = live_server
    with app.app_context():
        account_services.create_user(email=ADMIN_EMAIL, password=PASSWORD, role=Role.ADMIN)
        db.session.remove()

    # 1. Register.
    page.goto(f"{base}/")
    page.get_by_role("link", name="Betrieb registrieren").click()
    page.get_by_label("Firmenname").fill("Dachdeckerei Morgenrot GmbH")
    page.get_by_label("Rechtsform").select_option("GmbH")
    page.get_by_label("Straße und Hausnummer").fill("Sandweg 7")
    page.get_by_label("Postleitzahl", exact=True).fill("60316")
    page.get_by_label("Ort", exact=True).fill("Frankfurt am Main")
    page.get_by_label("Telefon").fill("+49 69 4711 00")
    page.get_by_label("E-Mail").fill(OWNER_EMAIL)
    page.get_by_label("Ihr Name").fill("Ronja Morgenrot")
    page.get_by_label("Passwort", exact=True).fill(PASSWORD)
    page.get_by_label("Passwort wiederholen").fill(PASSWORD)
    screenshot(page, "onboarding-1-register")
    page.get_by_role("button", name="Registrieren").click()
    page.wait_for_url(f"{base}/dashboard/")
    assert page.get_by_text("Bitte bestätigen Sie Ihre E-Mail-Adresse").is_visible()
    screenshot(page, "onboarding-2-dashboard-new")

    # 2. Confirm the e-mail with the link from the mail (written to the log without SMTP).
    mail = next(mail for mail in outbox.all() if OWNER_EMAIL in mail)
    link = re.search(r"http://testserver\.local(/register/confirm/\S+)", mail).group(1)
    page.goto(f"{base}{link}")
    assert page.get_by_text("Ihre E-Mail-Adresse ist bestätigt").is_visible()

    # 3. Profile: trade and service area.
    page.get_by_role("link", name="Profil, Gewerke und Einsatzgebiet").click()
    page.get_by_role("checkbox", name=re.compile(r"^Dachdecker \(")).check()
    page.get_by_label("Umkreis (km)").fill("30")
    page.get_by_role("button", name="Profil speichern").click()
    assert page.get_by_text("Ihr Profil wurde gespeichert").is_visible()

    # 4. Upload the trade licence and the Meisterbrief.
    _upload(page, base, "Gewerbeanmeldung", "Gewerbeamt Frankfurt am Main",
            "Dachdeckerei Morgenrot GmbH", "gewerbe.pdf")
    scan = _scan_png(["MEISTERBRIEF", "Handwerkskammer Frankfurt-Rhein-Main",
                      "Ronja Morgenrot", "hat die Meisterpruefung im", "Dachdecker-Handwerk",
                      "bestanden.", "Frankfurt am Main, 14.06.2019"])
    _upload(page, base, "Meisterbrief", "Handwerkskammer Frankfurt-Rhein-Main",
            "Ronja Morgenrot", "meisterbrief.png", data=scan, mime="image/png")
    page.goto(f"{base}/dashboard/")
    assert page.get_by_text("Ihre Nachweise werden geprüft").is_visible()
    screenshot(page, "onboarding-3-in-review")
    page.get_by_role("button", name="Abmelden").click()

    # 5. The admin approves both documents from the queue.
    _log_in(page, base, ADMIN_EMAIL)
    page.get_by_role("link", name="Prüfwarteschlange").click()
    assert page.get_by_text("Dachdeckerei Morgenrot GmbH").first.is_visible()
    screenshot(page, "onboarding-4-admin-queue")
    for number in range(2):
        page.get_by_role("link", name="Prüfen").first.click()
        assert page.get_by_label("Dachdecker").is_checked()
        screenshot(page, f"onboarding-5-admin-review-{number + 1}")
        page.get_by_role("button", name="Freigeben").click()
        assert page.get_by_text("Der Nachweis wurde freigegeben").is_visible()
    assert page.get_by_text("Die Warteschlange ist leer").is_visible()
    page.get_by_role("button", name="Abmelden").click()

    # 6. The business sees it is verified, and routing may use it.
    _log_in(page, base, OWNER_EMAIL)
    page.wait_for_url(f"{base}/dashboard/")
    assert page.get_by_text("Ihr Betrieb ist verifiziert").is_visible()
    screenshot(page, "onboarding-6-verified")
    with app.app_context():
        tenant = db.session.scalar(sa.select(Tenant).where(
            Tenant.name == "Dachdeckerei Morgenrot GmbH"))
        assert tenant.email_confirmed_at is not None
        assert verification_eligibility.is_eligible(tenant, "dachdecker")
        assert not verification_eligibility.is_eligible(tenant, "elektrotechniker")
        tenant_id = tenant.id
        db.session.remove()

    # 7. The admin suspends the business with a reason; the business sees it.
    page.get_by_role("button", name="Abmelden").click()
    _log_in(page, base, ADMIN_EMAIL)
    page.goto(f"{base}/admin/businesses?q=morgenrot")
    page.get_by_role("link", name="Dachdeckerei Morgenrot GmbH").click()
    page.wait_for_url(f"{base}/admin/businesses/{tenant_id}")
    page.locator("#suspend-form textarea").fill("Mehrere Beschwerden, Prüfung läuft")
    page.get_by_role("button", name="Betrieb sperren").click()
    assert page.get_by_text("Mehrere Beschwerden, Prüfung läuft").first.is_visible()
    screenshot(page, "onboarding-7-admin-business")
    page.get_by_role("button", name="Abmelden").click()
    _log_in(page, base, OWNER_EMAIL)
    page.wait_for_url(f"{base}/dashboard/")
    assert page.get_by_text("Begründung: Mehrere Beschwerden, Prüfung läuft").is_visible()
    screenshot(page, "onboarding-8-suspended")
    with app.app_context():
        tenant = db.session.get(Tenant, tenant_id)
        assert verification_eligibility.eligibility_problems(tenant, "dachdecker") == ["suspended"]
        db.session.remove()
