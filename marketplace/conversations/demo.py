"""Demo data: two customers who already went through the intake (one German, one English),
played through the real web chat services so that every row looks like the real thing."""

from __future__ import annotations

import sqlalchemy as sa

from marketplace.channels.models import Customer

DEMO_CONVERSATIONS: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "demo-intake-dach": ("de", [
        ("text", "Hallo, nach dem Sturm fehlen bei uns Dachziegel und es tropft in die Küche",
         ""),
        ("text", "60311", ""),
        ("choice", "intake:timing:urgent", "Dringend (1–2 Tage)"),
        ("choice", "intake:photos:none", "Keine Fotos"),
        ("choice", "intake:contact:chat", "Hier im Chat"),
        ("choice", "intake:summary:send", "Senden"),
    ]),
    "demo-intake-bath": ("en", [
        ("text", "Hello, we would like our bathroom redone: new shower and toilet, about 6 m²",
         ""),
        ("text", "60385, within a month", ""),
        ("choice", "intake:photos:none", "No photos"),
        ("choice", "intake:contact:chat", "In this chat"),
        ("choice", "intake:summary:send", "Send"),
    ]),
}


def seed_demo_requests() -> None:
    """Idempotent: a demo customer who exists already is left alone."""
    from marketplace.channels import webchat_messages as channels_webchat_messages
    from marketplace.db import db

    for session_id, (language, steps) in DEMO_CONVERSATIONS.items():
        exists = db.session.scalar(sa.select(Customer.id).where(
            Customer.channel == "webchat", Customer.external_id == session_id))
        if exists is not None:
            continue
        for number, (kind, value, title) in enumerate(steps):
            client_id = f"{session_id}-{number}"
            if kind == "text":
                channels_webchat_messages.receive_webchat_message(
                    session_id, text=value, client_message_id=client_id, language=language)
            else:
                channels_webchat_messages.receive_webchat_message(
                    session_id, text=title, choice_id=value, client_message_id=client_id,
                    language=language)
