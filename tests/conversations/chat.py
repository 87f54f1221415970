"""A customer typing into the web chat, through the channels' real services (tasks inline)."""

from __future__ import annotations

import io
import itertools

import sqlalchemy as sa
from PIL import Image
from werkzeug.datastructures import FileStorage

from marketplace.channels import customers as channels_customers
from marketplace.channels import webchat_messages as channels_webchat_messages
from marketplace.channels.base import Outbound
from marketplace.channels.models import Customer, Direction, Message
from marketplace.db import db

_counter = itertools.count(1)


def jpeg_bytes(color: str = "red") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), color).save(buffer, "JPEG")
    return buffer.getvalue()


class WebChat:
    def __init__(self, session_id: str | None = None, language: str = "de") -> None:
        self.session_id = session_id or f"test-session-{next(_counter)}"
        self.language = language
        self.seen = 0

    @property
    def customer(self) -> Customer:
        return channels_customers.webchat_customer(self.session_id, create=False)

    def send(self, text: str) -> list[Outbound]:
        channels_webchat_messages.receive_webchat_message(self.session_id, text=text,
                                                 language=self.language)
        return self.new_replies()

    def tap(self, choice_id: str) -> list[Outbound]:
        channels_webchat_messages.receive_webchat_message(self.session_id, choice_id=choice_id,
                                                 language=self.language)
        return self.new_replies()

    def photo(self, caption: str = "", color: str = "red") -> list[Outbound]:
        upload = FileStorage(stream=io.BytesIO(jpeg_bytes(color)), filename="foto.jpg",
                             content_type="image/jpeg")
        channels_webchat_messages.receive_webchat_upload(self.session_id, upload, caption=caption,
                                                language=self.language)
        return self.new_replies()

    def outbound(self) -> list[Message]:
        customer = self.customer
        if customer is None:
            return []
        return list(db.session.scalars(sa.select(Message).where(
            Message.customer_id == customer.id, Message.direction == Direction.OUTBOUND)
            .order_by(Message.id)))

    def new_replies(self) -> list[Outbound]:
        # Read back from the database, as the next message's task would.
        db.session.expire_all()
        messages = self.outbound()
        fresh = messages[self.seen:]
        self.seen = len(messages)
        return [Outbound.from_json(message.payload) for message in fresh]


def choice_ids(reply: Outbound) -> list[str]:
    return [choice.id for choice in reply.choices]
