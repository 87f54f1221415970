"""A message held because the 24-hour window was closed goes out by itself once the
customer writes again; a message held or refused for another reason stays where it is."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa

from marketplace import clock
from marketplace.channels import outbound
from marketplace.channels.base import Outbound
from marketplace.channels.models import Customer, Message, MessageStatus
from marketplace.db import db
from tests.channels.test_stop_privacy_answers import WA_ID, MessengerCustomer

HELD_TEXT = "Dachdeckerei Muster: Passt Ihnen Dienstag für die Besichtigung?"


def _customer_whose_window_closed(client, providers) -> tuple[MessengerCustomer, Customer]:
    whatsapp = MessengerCustomer("whatsapp", client, providers)
    whatsapp.writes("Hallo")
    row = db.session.scalar(sa.select(Customer).where(Customer.external_id == WA_ID))
    row.last_inbound_at = clock.now() - timedelta(days=2)
    db.session.commit()
    return whatsapp, row


def _hold(row: Customer, text: str) -> int:
    message = outbound.queue_outbound(row, Outbound(text=text), purpose="business_message")
    db.session.commit()
    assert message.status == MessageStatus.HELD
    return message.id


def test_a_message_held_for_the_window_reaches_the_customer_when_they_write_again(
        app_ctx, client, providers):
    whatsapp, row = _customer_whose_window_closed(client, providers)
    held_id = _hold(row, HELD_TEXT)
    assert not any(HELD_TEXT in body for body in whatsapp.received())

    delivered = whatsapp.writes("Ich bin wieder da")

    assert any(HELD_TEXT in body for body in delivered)
    message = db.session.get(Message, held_id)
    db.session.refresh(message)
    assert message.status == MessageStatus.SENT
    assert message.needs_attention is False
    assert message.gate_decision == "send"


def test_a_message_refused_after_stop_stays_refused_when_the_customer_writes(
        app_ctx, client, providers):
    whatsapp, row = _customer_whose_window_closed(client, providers)
    held_id = _hold(row, HELD_TEXT)
    whatsapp.writes("STOP")

    delivered = whatsapp.writes("Hallo?")

    assert not any(HELD_TEXT in body for body in delivered)
    message = db.session.get(Message, held_id)
    db.session.refresh(message)
    assert message.status == MessageStatus.FAILED
