"""Customers: one row per channel identity, found or made when they write (no commits)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from flask import current_app

from marketplace.channels import signals
from marketplace.channels.base import ChannelName, InboundEvent
from marketplace.channels.models import Customer
from marketplace.db import db


def new_customer(**fields: Any) -> Customer:
    """A customer row for a new channel identity; an opt-out given before an erasure holds
    (the receivers of `customer_created` see the row before it is stored)."""
    customer = Customer(**fields)
    signals.customer_created.send(customer)
    db.session.add(customer)
    db.session.flush()
    return customer


def _find_customer(event: InboundEvent, *, lock: bool = False) -> Customer | None:
    """By the sender's id (or their number used as id), else by their number: one query."""
    candidates = [event.sender_id]
    if event.sender_phone and event.sender_phone != event.sender_id:
        candidates.append(event.sender_phone)
    matches = sa.or_(Customer.external_id.in_(candidates),
                     *([Customer.phone == event.sender_phone] if event.sender_phone else []))
    query = sa.select(Customer).where(Customer.channel == event.channel, matches)
    if lock:
        query = query.with_for_update()
    found = list(db.session.scalars(query.order_by(Customer.id).limit(4)))
    by_id = [customer for customer in found if customer.external_id in candidates]
    return (by_id or found or [None])[0]


def customer_for(event: InboundEvent, *, last_inbound_at: datetime | None = None,
                 lock: bool = False) -> Customer:
    """The sender of an inbound event, made on first contact (with `last_inbound_at`, so the
    row is written once); fills in a missing name/phone. `lock`: the row stays locked until
    the caller's commit (a new row is locked by its INSERT anyway)."""
    customer = _find_customer(event, lock=lock)
    if customer is None:
        language = event.extra.get("language")
        customer = new_customer(
            channel=event.channel, external_id=event.sender_id,
            display_name=event.sender_name, phone=event.sender_phone,
            last_inbound_at=last_inbound_at,
            language=language if language in current_app.config["LANGUAGES"] else "de")
    else:
        if event.sender_name and not customer.display_name:
            customer.display_name = event.sender_name
        if event.sender_phone and not customer.phone:
            customer.phone = event.sender_phone
    return customer


def follow_identity_change(customer: Customer, event: InboundEvent) -> None:
    """WhatsApp announces a changed number or a regenerated business-scoped user id."""
    new_phone = event.extra.get("new_wa_id")
    new_user_id = event.extra.get("new_user_id")
    if new_phone and customer.phone != new_phone:
        if customer.external_id == customer.phone and not _identity_taken(customer, new_phone):
            customer.external_id = new_phone
        customer.phone = new_phone
    if new_user_id and new_user_id != customer.external_id and not _identity_taken(
            customer, new_user_id):
        customer.external_id = new_user_id


def _identity_taken(customer: Customer, external_id: str) -> bool:
    return db.session.scalar(sa.select(Customer.id).where(
        Customer.channel == customer.channel, Customer.external_id == external_id,
        Customer.id != customer.id)) is not None


def webchat_customer(session_id: str, *, language: str = "de", create: bool = True
                     ) -> Customer | None:
    """The web chat customer behind an anonymous browser session id."""
    customer = db.session.scalar(sa.select(Customer).where(
        Customer.channel == ChannelName.WEBCHAT, Customer.external_id == session_id))
    if customer is None and create:
        customer = new_customer(channel=ChannelName.WEBCHAT, external_id=session_id,
                                language=language if language in ("de", "en") else "de")
    return customer
