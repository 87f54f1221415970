"""A roofer with a lead, its staff, a second business, and the customer on one channel, for
the tests of the business's side of the job conversation (dashboard, API, what the customer
receives)."""

from __future__ import annotations

import io
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from marketplace import clock
from marketplace.accounts.models import Role
from marketplace.channels.models import Customer, Message
from marketplace.channels.webchat import COOKIE_NAME, session_id_for
from marketplace.db import db
from marketplace.quotes.models import Lead
from marketplace.threads.models import ThreadMessage
from tests.conftest import csrf_token_from
from tests.consent.factories import make_job, make_lead

WA_ID = "4917612345678"
BUSINESS = "Dachdeckerei Muster GmbH"


@dataclass
class Setup:
    lead_id: int
    other_lead_id: int
    customer_id: int
    reference: str
    owner: object
    office: object
    crew: object
    other_owner: object
    chat_token: str | None


def make_setup(app, make_tenant, make_user, *, channel: str = "webchat",
               last_inbound_hours_ago: float = 0, lead_status: str = "offered",
               description: str = "Das Dach ist undicht.") -> Setup:
    roofer = make_tenant(BUSINESS)
    other = make_tenant("Zimmerei Holz & Söhne")
    owner = make_user(Role.OWNER, roofer, email=f"inhaber-{secrets.token_hex(3)}@muster.example")
    office = make_user(Role.OFFICE, roofer)
    crew = make_user(Role.CREW, roofer)
    other_owner = make_user(Role.OWNER, other)
    token = secrets.token_urlsafe(32) if channel == "webchat" else None
    with app.app_context():
        external_id = {"webchat": session_id_for(token or ""), "whatsapp": WA_ID,
                       "messenger": "7000000000002222", "telegram": "5550002222"}[channel]
        customer = Customer(channel=channel, external_id=external_id,
                            phone=WA_ID if channel == "whatsapp" else None,
                            display_name="Jonas Beispiel", language="de",
                            last_inbound_at=clock.now() - timedelta(hours=last_inbound_hours_ago))
        db.session.add(customer)
        db.session.flush()
        job = make_job(customer, photos=0, description=description)
        lead = make_lead(roofer, job, status=lead_status)
        other_lead = make_lead(other, job)
        db.session.commit()
        return Setup(lead.id, other_lead.id, customer.id, job.reference, owner, office, crew,
                     other_owner, token)


def chat_client(app, setup: Setup):
    """The customer's browser: the web chat cookie of their session."""
    client = app.test_client()
    client.set_cookie(COOKIE_NAME, setup.chat_token)
    return client


def chat_messages(chat) -> list[dict]:
    response = chat.get("/api/chat/messages")
    assert response.status_code == 200
    return [message for message in response.get_json()["messages"]
            if message["from"] == "platform"]


def post_message(client, lead_id: int, text: str = "", files: tuple = (), *,
                 follow: bool = True):
    """Write on the lead page, as a logged-in business user does."""
    token = csrf_token_from(client, f"/dashboard/leads/{lead_id}")
    data = {"csrf_token": token, "text": text,
            "files": [(io.BytesIO(content), name) for name, content in files]}
    return client.post(f"/dashboard/leads/{lead_id}/messages", data=data,
                       content_type="multipart/form-data", follow_redirects=follow)


def thread_rows(app, lead_id: int) -> list[ThreadMessage]:
    with app.app_context():
        rows = list(db.session.scalars(sa.select(ThreadMessage).where(
            ThreadMessage.lead_id == lead_id).options(selectinload(ThreadMessage.media))
            .order_by(ThreadMessage.id)))
        db.session.expunge_all()
        return rows


def outbound_of(app, customer_id: int) -> list[Message]:
    with app.app_context():
        rows = list(db.session.scalars(sa.select(Message).where(
            Message.customer_id == customer_id, Message.direction == "out")
            .order_by(Message.id)))
        db.session.expunge_all()
        return rows


def set_lead_status(app, lead_id: int, status: str) -> None:
    with app.app_context():
        db.session.get(Lead, lead_id).status = status
        db.session.commit()


def page_text(html: str) -> str:
    """The page's visible words with tags dropped and spaces collapsed."""
    import html as html_module

    return " ".join(html_module.unescape(re.sub(r"<[^>]+>", " ", html)).split())
