"""Reads of the intake conversation, shared by the bot, the services and other features."""

from __future__ import annotations

import sqlalchemy as sa
from flask import current_app

from marketplace.channels.models import Customer, Message
from marketplace.conversations.models import Conversation, ConversationStatus
from marketplace.db import db


def active_conversation(customer: Customer) -> Conversation | None:
    return db.session.scalar(
        sa.select(Conversation).where(Conversation.customer_id == customer.id,
                                      Conversation.status == ConversationStatus.ACTIVE)
        .order_by(Conversation.id.desc()).limit(1))


def latest_conversation(customer: Customer) -> Conversation | None:
    return db.session.scalar(sa.select(Conversation).where(
        Conversation.customer_id == customer.id).order_by(Conversation.id.desc()).limit(1))


def conversation_messages(conversation_id: int) -> list[Message]:
    """Every message in and out that belongs to one conversation, oldest first."""
    conversation = db.session.get(Conversation, conversation_id)
    if conversation is None or conversation.first_message_id is None:
        return []
    query = sa.select(Message).where(Message.customer_id == conversation.customer_id,
                                     Message.id >= conversation.first_message_id)
    if conversation.status != ConversationStatus.ACTIVE and conversation.last_message_id:
        query = query.where(Message.id <= conversation.last_message_id)
    return list(db.session.scalars(query.order_by(Message.id)))


def privacy_url() -> str:
    return current_app.config["PUBLIC_BASE_URL"].rstrip("/") + "/datenschutz"
