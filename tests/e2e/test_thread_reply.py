"""Two businesses write to a web-chat customer about the same request; on a phone-sized
screen the customer sees each message marked with the business's name and the request,
answers one with its "Antworten" button, and a plain message is asked about ("which
business?") and filed where the customer points. The businesses see exactly their part."""

from __future__ import annotations

import re
from datetime import timedelta

import sqlalchemy as sa

from marketplace import clock
from marketplace.accounts import services as account_services
from marketplace.accounts.models import Role, User
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.quotes.models import Lead
from marketplace.tenancy import registration as tenancy_registration
from marketplace.tenancy.models import Tenant
from marketplace.threads.models import ThreadRouting
from marketplace.threads.outgoing import send_business_message
from tests.conftest import PASSWORD
from tests.e2e.conftest import screenshot

CHAT_TOKEN = "e2e-thread-reply-customer-0001"
ROOFER = "Dachdeckerei Sonnleitner GmbH"
CARPENTER = "Zimmerei Holz & Söhne"


def _scene(app) -> dict:
    from marketplace.channels.customers import webchat_customer
    from marketplace.channels.webchat import session_id_for

    with app.app_context():
        customer = webchat_customer(session_id_for(CHAT_TOKEN), language="de")
        customer.last_inbound_at = clock.now()
        job = JobRequest(reference="E2E-T4R1", customer_id=customer.id, channel="webchat",
                         trade_code="dachdecker", description="Ziegel gebrochen",
                         postcode="60311", timing="week", language="de")
        db.session.add(job)
        db.session.flush()
        leads = {}
        for name, email in ((ROOFER, "inhaber@sonnleitner.example"),
                            (CARPENTER, "inhaber@holz.example")):
            tenant = tenancy_registration.create_tenant(name=name)
            account_services.create_user(email=email, password=PASSWORD, role=Role.OWNER,
                                         tenant=tenant)
            lead = Lead(tenant_id=tenant.id, job_request_id=job.id, offered_at=clock.now(),
                        expires_at=clock.now() + timedelta(hours=48))
            db.session.add(lead)
            db.session.flush()
            leads[name] = lead.id
        db.session.commit()
        db.session.remove()
        return leads


def _business_writes(app, lead_id: int, text: str) -> None:
    with app.app_context():
        lead = db.session.get(Lead, lead_id)
        tenant = db.session.get(Tenant, lead.tenant_id)
        owner = db.session.scalar(sa.select(User).where(User.tenant_id == tenant.id))
        send_business_message(tenant, owner, lead_id, text)
        db.session.remove()


def _say(page, text: str) -> None:
    page.get_by_label("Ihre Nachricht").fill(text)
    page.keyboard.press("Enter")


def test_web_chat_customer_answers_the_right_business(app, live_server, browser):
    leads = _scene(app)
    _business_writes(app, leads[ROOFER], "Ist der Dachboden von innen zugänglich?")
    _business_writes(app, leads[CARPENTER], "Welches Holz ist im Dachstuhl verbaut?")

    context = browser.new_context(locale="de-DE", viewport={"width": 390, "height": 844})
    context.add_cookies([{"name": "mp_chat", "value": CHAT_TOKEN, "url": live_server}])
    page = context.new_page()
    page.goto(f"{live_server}/chat")
    roofer_bubble = page.locator(".bubble-them", has_text="Dachboden")
    carpenter_bubble = page.locator(".bubble-them", has_text="Dachstuhl")
    carpenter_bubble.wait_for()
    assert ROOFER in roofer_bubble.inner_text()
    assert "E2E-T4R1" in roofer_bubble.inner_text()
    assert CARPENTER in carpenter_bubble.inner_text()
    # Each business's "Antworten" stays usable, also after the other one wrote.
    assert roofer_bubble.locator("button:enabled", has_text="Antworten").count() == 1
    screenshot(page, "thread-1-two-businesses-wrote")

    roofer_bubble.locator("button", has_text="Antworten").click()
    page.get_by_text(f"Schreiben Sie jetzt Ihre Nachricht an {ROOFER}").wait_for()
    _say(page, "Ja, über eine Luke im Flur.")
    page.get_by_text(f"An {ROOFER} weitergeleitet").wait_for()
    screenshot(page, "thread-2-answer-forwarded")
    assert roofer_bubble.locator("button:enabled", has_text="Antworten").count() == 1

    # Half an hour later the customer writes without saying to whom: the bot asks.
    with app.app_context():
        for routing in db.session.query(ThreadRouting):
            routing.focus_until = clock.now() - timedelta(minutes=1)
        db.session.commit()
        db.session.remove()
    _say(page, "Kiefer, glaube ich.")
    question = page.locator(".bubble-them", has_text="Welcher Betrieb ist gemeint?")
    question.wait_for()
    screenshot(page, "thread-3-which-business")
    assert question.locator("button", has_text=ROOFER).count() == 1  # the whole name
    question.locator("button", has_text=re.compile("^Zimmerei")).click()
    page.get_by_text(f"An {CARPENTER} weitergeleitet").wait_for()
    screenshot(page, "thread-4-picked")
    context.close()

    for name, mine, theirs in ((ROOFER, "Luke im Flur", "Kiefer"),
                               (CARPENTER, "Kiefer", "Luke im Flur")):
        business_context = browser.new_context(locale="de-DE",
                                               viewport={"width": 390, "height": 844})
        business = business_context.new_page()
        business.goto(f"{live_server}/login")
        email = "inhaber@sonnleitner.example" if name == ROOFER else "inhaber@holz.example"
        business.get_by_label("E-Mail").fill(email)
        business.get_by_label("Passwort").fill(PASSWORD)
        business.get_by_role("button", name="Anmelden").click()
        business.wait_for_url(f"{live_server}/dashboard/**")
        business.goto(f"{live_server}/dashboard/leads/{leads[name]}")
        business.get_by_text(mine).first.wait_for()
        assert business.get_by_text(theirs).count() == 0
        if name == ROOFER:
            screenshot(business, "thread-5-business-sees-the-answer")
        business_context.close()
