"""Contact details after consent, through the real URLs: the customer accepts a quote and
agrees in the web chat, the business sees exactly the named details on its lead page, in the
API and by e-mail, and WIDERRUF in the chat removes them everywhere at once. Until then the
contact details the customer typed into the description are masked for every business; the
customer and the admin read the original."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from marketplace import clock
from marketplace.accounts.models import Role
from marketplace.accounts.services import create_user
from marketplace.channels.base import ChannelName
from marketplace.channels.models import Customer
from marketplace.channels.webchat import COOKIE_NAME, session_id_for
from marketplace.db import db
from marketplace.quotes import business_side, routing_runs
from marketplace.quotes.models import Lead, Quote
from tests.api.test_api import create_token
from tests.channels.test_webchat import open_chat
from tests.conftest import PASSWORD, login
from tests.quotes.conftest import World
from tests.quotes.test_routing import NEAR, _quote_data

PHONE = "0171 2345678"
EMAIL = "erika.muster@example.org"
STREET = "Hauptstraße 12"
DESCRIPTION = (f"Das Dach ist undicht, ca. 3 m² über der Gaube. Bitte rufen Sie mich an unter "
               f"{PHONE} oder schreiben an {EMAIL}. Adresse: {STREET}, 10115 Berlin.")


class Journey:
    """One customer in the web chat (own test client) and two businesses (their own
    clients), one job with a lead for each."""

    def __init__(self, app, make_user):
        self.app = app
        self.chat = app.test_client()
        self.chat_headers = open_chat(self.chat)
        session_id = session_id_for(self.chat.get_cookie(COOKIE_NAME).value)
        with app.app_context():
            world = World(app)
            world.neighbours("10115", NEAR)
            mine = world.business("Dach Nord", postcode="10117")
            theirs = world.business("Dach Mitte", postcode="10119")
            customer = Customer(channel=ChannelName.WEBCHAT, external_id=session_id,
                                display_name="Erika Muster", language="de",
                                last_inbound_at=clock.now())
            db.session.add(customer)
            db.session.commit()
            job = world.job(customer, postcode="10115", description=DESCRIPTION)
            job.contact_phone = PHONE
            job.contact_email = EMAIL
            db.session.commit()
            routing_runs.route_job(job.id)
            leads = {lead.tenant_id: lead.id for lead in db.session.scalars(
                sa.select(Lead).where(Lead.job_request_id == job.id))}
            quote = business_side.submit_quote(mine, world.owners[mine.id],
                                               lead_id=leads[mine.id], data=_quote_data())
            business_side.submit_quote(theirs, world.owners[theirs.id],
                                       lead_id=leads[theirs.id],
                                       data=_quote_data(net_amount_cents=120_000))
            self.owner = world.owners[mine.id].email
            self.their_owner = world.owners[theirs.id].email
            self.tenant_id = mine.id
            self.my_lead, self.their_lead = leads[mine.id], leads[theirs.id]
            self.quote_id, self.job_id = quote.id, job.id
            self.reference = job.reference
            admin = create_user(email="admin@plattform.example", password=PASSWORD,
                                role=Role.ADMIN, tenant=None)
            self.admin = admin.email
            db.session.remove()
        self.business = app.test_client()
        self.my_auth = {"Authorization": f"Bearer {create_token(self.business, self.owner)}"}
        self.their_auth = {
            "Authorization": f"Bearer {create_token(self.business, self.their_owner)}"}
        self._client_id = 0

    # --- the customer, in the web chat

    def _next_id(self) -> str:
        self._client_id += 1
        return f"c-{self._client_id}"

    def tap(self, choice_id: str, title: str = "OK") -> None:
        response = self.chat.post("/api/chat/choices", headers=self.chat_headers,
                                  json={"choice_id": choice_id, "title": title,
                                        "client_id": self._next_id()})
        assert response.status_code == 201, response.get_json()

    def write(self, text: str) -> None:
        response = self.chat.post("/api/chat/messages", headers=self.chat_headers,
                                  json={"text": text, "client_id": self._next_id()})
        assert response.status_code == 201, response.get_json()

    def chat_messages(self) -> list[dict]:
        return self.chat.get("/api/chat/messages").get_json()["messages"]

    def button(self, prefix: str) -> str:
        """The id of the latest button in the chat that starts with `prefix`."""
        ids = [choice["id"] for message in self.chat_messages()
               for choice in message.get("choices") or [] if choice["id"].startswith(prefix)]
        assert ids, f"no {prefix} button in the chat"
        return ids[-1]

    def accept_and_agree(self) -> None:
        self.tap(f"quote:accept:{self.quote_id}", "Annehmen")
        self.tap(self.button("consent:agree:"), "Zustimmen")

    # --- the businesses

    def lead_page(self, email: str, lead_id: int) -> str:
        login(self.business, email)
        page = self.business.get(f"/dashboard/leads/{lead_id}")
        assert page.status_code == 200
        self.business.post("/logout", data={"csrf_token": self._csrf()})
        return page.get_data(as_text=True)

    def page(self, email: str, url: str) -> str:
        login(self.business, email)
        page = self.business.get(url)
        assert page.status_code == 200
        self.business.post("/logout", data={"csrf_token": self._csrf()})
        return page.get_data(as_text=True)

    def _csrf(self) -> str:
        from tests.conftest import csrf_token_from

        return csrf_token_from(self.business, "/dashboard/")

    def api(self, path: str, auth: dict) -> tuple[int, dict]:
        response = self.business.get(f"/api/v1{path}", headers=auth)
        assert response.headers["Cache-Control"].startswith("no-store") or \
            "no-store" in response.headers["Cache-Control"]
        return response.status_code, response.get_json()


@pytest.fixture
def journey(app, make_user):
    return Journey(app, make_user)


def _shows_contact(html: str) -> bool:
    return PHONE in html or EMAIL in html or "Erika Muster" in html


def test_grant_shows_exactly_the_named_details_and_widerruf_removes_them_at_once(
        journey, outbox):
    outbox.clear()
    # Before the award: masked, no details, the API says why.
    page = journey.lead_page(journey.owner, journey.my_lead)
    assert not _shows_contact(page)
    assert STREET not in page
    assert "[Telefonnummer verborgen]" in page
    assert "[E-Mail-Adresse verborgen]" in page
    assert "[Adresse verborgen]" in page
    assert "3 m²" in page
    assert "10115 Berlin" in page
    status, body = journey.api(f"/leads/{journey.my_lead}/contact", journey.my_auth)
    assert status == 403
    assert body["error"]["details"]["consent_state"] == "not_won"

    journey.tap(f"quote:accept:{journey.quote_id}", "Annehmen")
    # Won, but the customer has not answered the contact question yet.
    status, body = journey.api(f"/leads/{journey.my_lead}/contact", journey.my_auth)
    assert status == 403
    assert body["error"]["details"]["consent_state"] == "pending"
    assert "sobald sie zustimmt" in body["error"]["message"]
    page = journey.lead_page(journey.owner, journey.my_lead)
    assert not _shows_contact(page)
    assert "Kontaktdaten" in page
    assert "job conversation" not in page
    won = [mail for mail in outbox.all()
           if "Sie haben den Auftrag" in mail]
    assert won, "no 'you won' e-mail"
    assert not _shows_contact(won[0])
    assert "separaten E-Mail" in won[0]

    journey.tap(journey.button("consent:agree:"), "Zustimmen")
    page = journey.lead_page(journey.owner, journey.my_lead)
    assert "Erika Muster" in page
    assert PHONE in page
    assert EMAIL in page
    assert f'href="mailto:{EMAIL}"' in page
    status, body = journey.api(f"/leads/{journey.my_lead}/contact", journey.my_auth)
    assert status == 200
    assert body == {"lead_id": journey.my_lead, "job_reference": journey.reference,
                    "shared_contact_items": ["name", "phone", "email"],
                    "name": "Erika Muster", "phone": PHONE, "email": EMAIL}
    # The description is readable for this business now, in the page and in the API.
    assert PHONE in journey.api(f"/leads/{journey.my_lead}", journey.my_auth)[1]["description"]
    mails = [mail for mail in outbox.all()
             if f"Kontaktdaten zum Auftrag {journey.reference}" in mail]
    assert len(mails) == 1
    assert PHONE in mails[0]
    assert EMAIL in mails[0]
    assert "Erika Muster" in mails[0]

    # WIDERRUF in the chat, then the business's button: gone everywhere at once.
    journey.write("WIDERRUF")
    journey.tap(journey.button(f"consent:withdraw:{journey.tenant_id}"), "Dach Nord")
    page = journey.lead_page(journey.owner, journey.my_lead)
    assert not _shows_contact(page)
    assert "[Telefonnummer verborgen]" in page
    assert "widerrufen" in page
    status, body = journey.api(f"/leads/{journey.my_lead}/contact", journey.my_auth)
    assert status == 403
    assert body["error"]["details"]["consent_state"] == "withdrawn"
    lead_json = journey.api(f"/leads/{journey.my_lead}", journey.my_auth)[1]
    assert PHONE not in lead_json["description"]
    assert EMAIL not in lead_json["description"]


def test_another_business_never_sees_the_contact_details(journey):
    journey.accept_and_agree()
    # Its token on the winner's lead: not found, not forbidden (no probing of ids).
    status, body = journey.api(f"/leads/{journey.my_lead}/contact", journey.their_auth)
    assert status == 404
    assert _shows_contact(str(body)) is False
    # Its own (lost) lead on the same job: a clear 403, masked description, no panel.
    status, body = journey.api(f"/leads/{journey.their_lead}/contact", journey.their_auth)
    assert status == 403
    assert body["error"]["details"]["consent_state"] == "not_won"
    lead_json = journey.api(f"/leads/{journey.their_lead}", journey.their_auth)[1]
    assert "[Telefonnummer verborgen]" in lead_json["description"]
    assert not _shows_contact(str(lead_json))
    listed = journey.api("/leads", journey.their_auth)[1]
    assert not _shows_contact(str(listed))
    page = journey.lead_page(journey.their_owner, journey.their_lead)
    assert not _shows_contact(page)
    assert 'id="contact"' not in page
    for url in ("/dashboard/leads", "/dashboard/"):
        assert not _shows_contact(journey.page(journey.their_owner, url))


def test_masked_on_list_pages_and_new_lead_email_until_consent(app, make_user, outbox):
    outbox.clear()
    journey = Journey(app, make_user)
    new_lead_mails = [mail for mail in outbox.all()
                      if "Neue Anfrage" in mail]
    assert len(new_lead_mails) == 2
    for mail in new_lead_mails:
        assert not _shows_contact(mail)
        assert STREET not in mail
        assert "[Telefonnummer verborgen]" in mail
        assert "3 m²" in mail
    for url in ("/dashboard/leads", "/dashboard/"):
        html = journey.page(journey.owner, url)
        assert PHONE not in html
        assert EMAIL not in html
    listed = journey.api("/leads", journey.my_auth)[1]["leads"]
    assert "[E-Mail-Adresse verborgen]" in listed[0]["description"]


def test_the_customer_and_the_admin_read_the_original(journey):
    admin_page = journey.page(journey.admin, f"/admin/jobs/{journey.job_id}")
    assert PHONE in admin_page
    assert EMAIL in admin_page
    assert STREET in admin_page
    # The customer's data export (MEINE DATEN) carries their own words unmasked.
    with journey.app.app_context():
        from marketplace.jobs.models import JobRequest
        from marketplace.privacy import export

        job = db.session.get(JobRequest, journey.job_id)
        exported = str(export.export_data(job.customer_id))
    assert PHONE in exported
    assert STREET in exported


def test_details_named_in_the_consent_only(app, make_user):
    """A detail the customer gave after agreeing was never named in the consent: the
    business does not get it."""
    journey = Journey(app, make_user)
    with app.app_context():
        from marketplace.jobs.models import JobRequest

        job = db.session.get(JobRequest, journey.job_id)
        job.contact_email = None
        db.session.commit()
    journey.accept_and_agree()
    with app.app_context():
        job = db.session.get(JobRequest, journey.job_id)
        job.contact_email = "spaeter@example.org"
        db.session.commit()
    status, body = journey.api(f"/leads/{journey.my_lead}/contact", journey.my_auth)
    assert status == 200
    assert body["shared_contact_items"] == ["name", "phone"]
    assert "email" not in body
    page = journey.lead_page(journey.owner, journey.my_lead)
    assert "spaeter@example.org" not in page
    # The e-mail address in the description stays masked: the consent did not name it.
    assert "[E-Mail-Adresse verborgen]" in page
    assert PHONE in page


def test_won_email_carries_the_details_when_the_consent_already_exists(app, make_user,
                                                                       outbox):
    """If the grant is on record when the "you won" e-mail is composed, the e-mail names
    the details instead of promising them."""
    from marketplace.quotes import notifications as quote_notifications

    journey = Journey(app, make_user)
    journey.accept_and_agree()
    outbox.clear()
    outbox.clear()
    with app.app_context():
        from flask_babel import force_locale

        quote = db.session.get(Quote, journey.quote_id)
        with force_locale("de"):
            quote_notifications.email_outcome(quote.lead, won=True)
        db.session.commit()
    [mail] = [mail for mail in outbox.all()
              if "Sie haben den Auftrag" in mail]
    assert PHONE in mail
    assert EMAIL in mail
    assert "Erika Muster" in mail
