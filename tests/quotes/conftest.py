"""Businesses, customers and jobs for routing and quote tests.

Businesses are made through the tenancy and account services, then given the state the
verification feature would have given them (verified, approved trades): routing only reads
that state. Jobs are rows as the intake conversation writes them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
import sqlalchemy as sa
from flask import Flask

from marketplace.accounts import services as account_services
from marketplace.accounts.models import Role, User
from marketplace.channels.base import ChannelName
from marketplace.channels.models import Customer, Message
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from marketplace.quotes.models import PostcodeNeighbour
from marketplace.tenancy import registration as tenancy_registration
from marketplace.tenancy.models import (
    Tenant,
    TenantStatus,
    TenantTrade,
    VerificationStatus,
)
from tests.conftest import PASSWORD

_counter = itertools.count(1)


@dataclass
class World:
    app: Flask
    owners: dict[int, User] = field(default_factory=dict)

    def business(self, name: str | None = None, *, postcode: str = "10115", radius: int = 25,
                 trades: tuple[str, ...] = ("dachdecker",), trade_status: str = "approved",
                 verified: bool = True, active: bool = True, paused: bool = False,
                 capacity: int = 10, with_owner: bool = True) -> Tenant:
        number = next(_counter)
        tenant = tenancy_registration.create_tenant(name=name or f"Betrieb {number}")
        tenant.verification_status = (VerificationStatus.VERIFIED if verified
                                      else VerificationStatus.PENDING)
        tenant.status = TenantStatus.ACTIVE if active else TenantStatus.SUSPENDED
        tenant.is_paused = paused
        tenant.base_postcode = postcode
        tenant.service_radius_km = radius
        tenant.weekly_lead_capacity = capacity
        for code in trades:
            db.session.add(TenantTrade(tenant=tenant, trade_code=code, status=trade_status))
        db.session.commit()
        if not with_owner:
            return tenant
        owner = account_services.create_user(
            email=f"owner{number}@betrieb{number}.example", password=PASSWORD,
            role=Role.OWNER, tenant=tenant, name="Inhaber")
        self.owners[tenant.id] = owner
        return tenant

    def customer(self, language: str = "de") -> Customer:
        customer = Customer(channel=ChannelName.WEBCHAT,
                            external_id=f"webchat-session-{next(_counter)}", language=language)
        db.session.add(customer)
        db.session.commit()
        return customer

    def job(self, customer: Customer | None = None, *, postcode: str = "10115",
            trade: str = "dachdecker", description: str = "Das Dach ist undicht.") -> JobRequest:
        customer = customer or self.customer()
        job = JobRequest(reference=f"T{next(_counter):05d}", customer_id=customer.id,
                         channel=customer.channel, trade_code=trade, description=description,
                         postcode=postcode, timing="week")
        db.session.add(job)
        db.session.commit()
        return job

    def neighbours(self, postcode: str, distances: dict[str, float]) -> None:
        """Geodata as the neighbour cache holds it: km from `postcode` to each other one."""
        rows = [{"postcode": postcode, "near_postcode": near, "km": km}
                for near, km in {postcode: 0.0, **distances}.items()]
        db.session.execute(sa.insert(PostcodeNeighbour), rows)
        db.session.commit()

    def messages_to(self, customer: Customer) -> list[Message]:
        return list(db.session.scalars(
            sa.select(Message).where(Message.customer_id == customer.id,
                                     Message.direction == "out").order_by(Message.id)).all())


@pytest.fixture
def world(app_ctx: Flask) -> Iterator[World]:
    return World(app_ctx)
