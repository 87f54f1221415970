"""A business, a customer and a routed job, made through the real services; the local fake
Telegram server of the channels tests; and the e-mails the platform wrote to its log."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
import sqlalchemy as sa
from flask import Flask

from marketplace.accounts.models import User
from marketplace.channels.base import ChannelName
from marketplace.channels.customers import webchat_customer
from marketplace.channels.models import Customer
from marketplace.channels.webchat import session_id_for
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.quotes import routing_runs
from marketplace.quotes.models import Lead, PostcodeNeighbour
from tests.channels.conftest import _provider_server, providers  # noqa: F401 - fixtures
from tests.conftest import Outbox
from tests.quotes.conftest import World
from tests.quotes.test_routing import NEAR

CUSTOMER_EMAIL = "kundin@example.org"
LINK = re.compile(r"http://testserver\.local(/chat/resume/\S+)")


@dataclass
class Scene:
    """Ids only: tests open their own app context around service calls."""

    tenant_id: int
    owner_id: int
    customer_id: int
    job_id: int
    lead_id: int

    def tenant(self):
        from marketplace.tenancy.models import Tenant

        return db.session.get(Tenant, self.tenant_id)

    def owner(self) -> User:
        return db.session.get(User, self.owner_id)

    def lead(self) -> Lead:
        return db.session.get(Lead, self.lead_id)


def make_scene(app: Flask, *, chat_token: str | None = None, channel: str = ChannelName.WEBCHAT,
               email: str | None = CUSTOMER_EMAIL, language: str = "de",
               business: str = "Dach Nord") -> Scene:
    """A verified roofer near 10115 and a customer whose job was routed to it."""
    with app.app_context():
        world = World(app)
        if not db.session.scalar(sa.select(PostcodeNeighbour.postcode).limit(1)):
            world.neighbours("10115", NEAR)
        tenant = world.business(business, postcode="10117")
        if chat_token is not None:
            customer = webchat_customer(session_id_for(chat_token), language=language)
            db.session.commit()
        elif channel == ChannelName.WEBCHAT:
            customer = world.customer(language=language)
        else:
            customer = Customer(channel=channel, external_id="5550001111", language=language)
            db.session.add(customer)
            db.session.commit()
        job = world.job(customer, postcode="10115")
        job.contact_email = email
        job.contact_preference = "email" if email else "chat"
        db.session.commit()
        routing_runs.route_job(job.id)
        lead = db.session.scalar(sa.select(Lead).where(Lead.job_request_id == job.id,
                                                       Lead.tenant_id == tenant.id))
        return Scene(tenant.id, world.owners[tenant.id].id, customer.id, job.id, lead.id)


def job_reference(app: Flask, scene: Scene) -> str:
    with app.app_context():
        return db.session.get(JobRequest, scene.job_id).reference


@pytest.fixture
def mailbox(outbox: Outbox) -> Outbox:
    return outbox
