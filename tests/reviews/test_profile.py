"""The public business profile and the quote comparison's stars: what the platform checked
and when, measured response, reviews with answers (never hidden ones), the business's own
photos (metadata removed), its imprint; and nothing of any customer."""

from __future__ import annotations

import io

import sqlalchemy as sa
from PIL import Image

from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.reviews import moderation
from marketplace.reviews.models import Review
from tests.channels.test_media import jpeg_with_location
from tests.conftest import csrf_token_from, login
from tests.reviews.conftest import ChatCustomer, award
from tests.threads.test_business_photos_in_task import decoders  # noqa: F401 - a fixture


def _review(done, stars: int = 5, text: str = "Pünktlich und sauber, gerne wieder!") -> None:
    done.chat.received()
    done.chat.taps(f"review:{stars}:{done.job_id}")
    done.chat.writes(text)


def test_the_profile_shows_checks_response_reviews_and_no_customer_data(app, done, client):
    _review(done)
    page = client.get(f"/betriebe/{done.slug}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "<h1>Dach Nord</h1>" in html
    assert "geprüfter Meisterbetrieb" in html
    # Which proof the platform checked for which trade, and when (the frozen day).
    assert "Gewerbeanmeldung" in html
    assert "Meisterbrief" in html
    assert "<strong>Dachdecker</strong>: von der Plattform geprüft" in html
    assert "02.11.2026" in html
    assert "im Umkreis von 25 km um 10117" in html
    # Dach Nord quoted two hours after the request reached it.
    assert "antwortet meist innerhalb von 2 Stunden" in html
    assert "100 % von 1 Anfrage beantwortet" in html
    assert "5,0 von 5 Sternen aus 1 Bewertung" in html
    assert "„Pünktlich und sauber, gerne wieder!“" in html
    # Nothing of the customer: no name, no job reference, no postcode, no description.
    for private in ("Erika Muster", done.reference, "10115", "Das Dach ist undicht"):
        assert private not in html, private


def test_the_profile_in_english(app, done, client):
    _review(done)
    html = client.get(f"/betriebe/{done.slug}",
                      headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "Trades and what the platform checked" in html
    assert "usually answers within 2 hours" in html
    assert "5.0 of 5 stars from 1 review" in html
    assert "Imprint" in html


def test_a_hidden_review_is_gone_from_profile_and_stars(app, done, client):
    _review(done, stars=1, text="Herr Maier, Tel. 0171 2345678, ist unfähig")
    with app.app_context():
        review_id = db.session.scalar(sa.select(Review.id))
        report = moderation.report_review(review_id, reason="personal_data", details="")
        admin = db.session.scalar(sa.select(User).where(User.email == done.admin))
        moderation.decide_report(admin, report.id, decision="hide", reason="Telefonnummer")
    html = client.get(f"/betriebe/{done.slug}").get_data(as_text=True)
    assert "0171" not in html
    assert "Herr Maier" not in html
    assert "Noch keine Bewertungen" in html
    assert "von 5 Sternen" not in html


def test_unknown_or_suspended_business_has_no_profile(app, done, client):
    assert client.get("/betriebe/gibt-es-nicht").status_code == 404
    with app.app_context():
        from marketplace.tenancy.models import Tenant

        db.session.get(Tenant, done.tenant_id).status = "suspended"
        db.session.commit()
    assert client.get(f"/betriebe/{done.slug}").status_code == 404


def test_the_next_customers_comparison_shows_stars_and_links_the_profiles(app, done):
    _review(done)
    next_customer = ChatCustomer(app.test_client())
    next_customer.writes("Hallo")
    job_id, _lead, _quote, _owner = award(app, next_customer)
    bubbles = next_customer.received()
    comparison = [bubble for bubble in bubbles if bubble["text"].startswith("Ihre Angebote")][-1]
    lines = comparison["text"].splitlines()
    nord = lines.index(next(line for line in lines if "Dach Nord" in line))
    assert lines[nord + 1].strip() == (
        "★ 5,0 (1 Bewertung) · Profil: http://testserver.local/betriebe/dach-nord")
    mitte = lines.index(next(line for line in lines if "Dach Mitte" in line))
    assert lines[mitte + 1].strip() == (
        "noch keine Bewertungen · Profil: http://testserver.local/betriebe/dach-mitte")

    # Once hidden, the review no longer counts in the comparison.
    with app.app_context():
        review_id = db.session.scalar(sa.select(Review.id))
        report = moderation.report_review(review_id, reason="false", details="")
        admin = db.session.scalar(sa.select(User).where(User.email == done.admin))
        moderation.decide_report(admin, report.id, decision="hide", reason="Nicht belegt")
    [again] = next_customer.taps(f"quote:compare:{job_id}")
    assert "noch keine Bewertungen · Profil: http://testserver.local/betriebe/dach-nord" in \
        again["text"]
    assert "★" not in again["text"]


def test_photos_of_work_are_the_businesss_own_and_lose_their_metadata(
        app, done, client, decoders):  # noqa: F811 - the fixture imported above
    office = done.office.client
    token = csrf_token_from(office, "/dashboard/portfolio")
    response = office.post("/dashboard/portfolio", data={
        "csrf_token": token, "caption": "Neues Ziegeldach in Pankow",
        "photo": (io.BytesIO(jpeg_with_location()), "dach.jpg")},
        content_type="multipart/form-data", follow_redirects=True)
    assert ("Das Foto wird geprüft und erscheint gleich auf Ihrem Profil."
            in response.get_data(as_text=True))
    # Decoded only by the cleaning task (inline without Redis), never by the web request.
    assert decoders
    assert all(decoders)
    html = client.get(f"/betriebe/{done.slug}").get_data(as_text=True)
    assert "Neues Ziegeldach in Pankow" in html
    src = html.split('<img src="')[1].split('"')[0]
    assert src.startswith(f"/betriebe/{done.slug}/fotos/")
    photo = client.get(src)
    assert photo.status_code == 200
    assert photo.mimetype == "image/jpeg"
    image = Image.open(io.BytesIO(photo.data))
    assert not image.getexif()
    assert b"PhoneMaker" not in photo.data
    assert b"Musterstrasse" not in photo.data
    assert b"GPSLatitude" not in photo.data
    # Only photos from this page appear: every image on the profile is one of them.
    assert html.count("<img ") == html.count(f'src="/betriebe/{done.slug}/fotos/')

    # Not a photo: refused with a reason, nothing kept.
    response = office.post("/dashboard/portfolio", data={
        "csrf_token": token, "photo": (io.BytesIO(b"%PDF-1.4 kein Foto"), "x.jpg")},
        content_type="multipart/form-data")
    assert response.status_code == 422
    assert "Bitte laden Sie ein Foto hoch" in response.get_data(as_text=True)
    assert client.get(f"/betriebe/{done.slug}").get_data(as_text=True).count("<img ") == 1


def test_the_owner_keeps_the_imprint_on_the_profile_page(app, done, client):
    owner = done.office.client
    token = csrf_token_from(owner, "/dashboard/profile")
    form = {"csrf_token": token, "trade_codes": "dachdecker", "base_postcode": "10117",
            "service_radius_km": "25", "weekly_lead_capacity": "10", "description": "",
            "opening_hours": "", "phone": "030 1234567", "street": "Dachweg 1",
            "postcode": "10117", "city": "Berlin", "legal_form": "GmbH",
            "represented_by": "Maria Muster (Geschäftsführerin)",
            "register_entry": "Amtsgericht Charlottenburg, HRB 123456",
            "vat_id": "DE 123456789", "chamber": "Handwerkskammer Berlin"}
    bad = owner.post("/dashboard/profile", data={**form, "vat_id": "DE12"})
    assert "USt-IdNr. besteht aus DE und neun Ziffern" in bad.get_data(as_text=True)
    assert "Amtsgericht Charlottenburg" not in client.get(
        f"/betriebe/{done.slug}").get_data(as_text=True)
    assert owner.post("/dashboard/profile", data=form).status_code == 302
    html = client.get(f"/betriebe/{done.slug}").get_data(as_text=True)
    imprint = html[html.index('id="imprint"'):]
    for expected in ("Dach Nord (GmbH)", "Dachweg 1", "10117 Berlin",
                     "Maria Muster (Geschäftsführerin)", "Amtsgericht Charlottenburg, HRB 123456",
                     "DE123456789", "Handwerkskammer Berlin", "030 1234567"):
        assert expected in imprint, expected


def test_a_crew_member_cannot_publish_photos(app, done):
    from marketplace.accounts.models import Role
    from marketplace.accounts.services import create_user
    from marketplace.tenancy.models import Tenant
    from tests.conftest import PASSWORD

    with app.app_context():
        create_user(email="crew2@dach-nord.example", password=PASSWORD, role=Role.CREW,
                    tenant=db.session.get(Tenant, done.tenant_id))
    crew = app.test_client()
    login(crew, "crew2@dach-nord.example")
    assert crew.get("/dashboard/portfolio").status_code == 403
