"""How a business user hears of new requests and customer messages: e-mail on or off, and a
Telegram chat linked to the platform's bot with a one-time code.

A code is shown once and kept only as its SHA-256; it opens nothing but the link of the user
who made it, for `CODE_LIFETIME`. Making a new code retires the older ones. The bot hands the
code it received to `link_chat` (inside the bot's unit of work; see threads.telegram_link).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import timedelta

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace import clock
from marketplace.accounts.models import Role, TelegramLinkCode, User
from marketplace.db import db
from marketplace.errors import Forbidden

# Who hears of new requests and customer messages: the people who answer them.
NOTIFIED_ROLES = (Role.OWNER, Role.OFFICE)
CODE_LIFETIME = timedelta(minutes=15)
# No 0/O, 1/I/L: the code is read off a screen and typed into a phone.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_PATTERN = re.compile(r"[A-Z2-9]{4}-?[A-Z2-9]{4}")


def _normalised(code: str) -> str:
    return re.sub(r"[\s-]", "", code or "").upper()


def code_hash(code: str) -> str:
    return hashlib.sha256(_normalised(code).encode()).hexdigest()


def looks_like_code(text: str) -> bool:
    """Whether a whole message has the shape of a link code ("K7QM-4TZX")."""
    return CODE_PATTERN.fullmatch((text or "").strip().upper()) is not None


def _notified_user(user: User) -> None:
    if user.tenant_id is None or user.role not in NOTIFIED_ROLES:
        raise Forbidden(_("Only owners and office staff receive notifications."))


def set_email_notifications(user: User, *, enabled: bool) -> User:
    _notified_user(user)
    user.notify_by_email = bool(enabled)
    db.session.commit()
    return user


def create_link_code(user: User) -> str:
    """A fresh one-time code for this user's own Telegram link (older codes stop working)."""
    _notified_user(user)
    now = clock.now()
    # One code per user at a time; used and expired ones are of no further use either.
    db.session.execute(sa.delete(TelegramLinkCode).where(TelegramLinkCode.user_id == user.id))
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    code = f"{raw[:4]}-{raw[4:]}"
    db.session.add(TelegramLinkCode(user_id=user.id, code_sha256=code_hash(code),
                                    created_at=now, expires_at=now + CODE_LIFETIME))
    db.session.commit()
    return code


def link_chat(code: str, chat_id: str) -> User | None:
    """Link the Telegram chat `chat_id` to the user whose unused, unexpired code this is.

    Returns the user, or None for a wrong, used or expired code. A building block of the
    bot's unit of work: it does not commit.
    """
    now = clock.now()
    row = db.session.scalar(sa.select(TelegramLinkCode).where(
        TelegramLinkCode.code_sha256 == code_hash(code)))
    if row is None or row.used_at is not None or row.expires_at <= now:
        return None
    user = db.session.get(User, row.user_id)
    row.used_at = now
    if (user is None or not user.is_enabled or user.tenant_id is None
            or user.role not in NOTIFIED_ROLES):
        return None
    user.telegram_chat_id = str(chat_id)
    user.telegram_linked_at = now
    return user


def unlink_telegram(user: User) -> User:
    _notified_user(user)
    user.telegram_chat_id = None
    user.telegram_linked_at = None
    db.session.commit()
    return user


def pending_code_expiry(user: User):
    """When the user's newest unused code stops working (None if there is none)."""
    return db.session.scalar(sa.select(TelegramLinkCode.expires_at).where(
        TelegramLinkCode.user_id == user.id, TelegramLinkCode.used_at.is_(None),
        TelegramLinkCode.expires_at > clock.now()).order_by(TelegramLinkCode.id.desc())
        .limit(1))
