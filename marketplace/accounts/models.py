"""Users and roles."""

from __future__ import annotations

import secrets
from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from marketplace.db import Base, TimestampMixin, enum_check


class Role(StrEnum):
    ADMIN = "admin"  # platform admin; belongs to no tenant
    OWNER = "owner"
    OFFICE = "office"
    CREW = "crew"


BUSINESS_ROLES = (Role.OWNER, Role.OFFICE, Role.CREW)


def new_session_token() -> str:
    return secrets.token_urlsafe(24)


class User(TimestampMixin, Base):
    __tablename__ = "user_account"
    __table_args__ = (
        enum_check("role", Role),
        sa.CheckConstraint(
            "(role = 'admin' AND tenant_id IS NULL) OR (role <> 'admin' AND tenant_id IS NOT NULL)",
            name="role_matches_tenant",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Platform admins have no tenant; every business user has exactly one.
    tenant_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("tenant.id", ondelete="CASCADE"), index=True
    )
    email: Mapped[str] = mapped_column(sa.String(254), unique=True)
    name: Mapped[str] = mapped_column(sa.String(200), default="")
    password_hash: Mapped[str] = mapped_column(sa.String(255))
    role: Mapped[str] = mapped_column(sa.String(20))
    is_enabled: Mapped[bool] = mapped_column(default=True)
    # Rotating this logs the user out everywhere (Flask-Login's alternative id).
    session_token: Mapped[str] = mapped_column(
        sa.String(64), unique=True, default=new_session_token
    )
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]
    preferred_language: Mapped[str] = mapped_column(sa.String(5), default="de")
    # Notifications about new leads and new customer messages.
    notify_by_email: Mapped[bool] = mapped_column(default=True, server_default=sa.true())
    # The platform's Telegram bot may write to this chat once the user linked it with a
    # one-time code; None = not linked.
    telegram_chat_id: Mapped[str | None] = mapped_column(sa.String(64))
    telegram_linked_at: Mapped[datetime | None]

    # Named, not imported: tenancy sits above accounts, and the mapper finds "Tenant" in
    # its registry once tenancy's models are loaded (marketplace/models.py loads them all).
    tenant: Mapped[Tenant | None] = relationship(  # noqa: F821
        "Tenant", back_populates="users")

    # Flask-Login's user protocol.
    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_active(self) -> bool:
        return self.is_enabled

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str:
        return self.session_token

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password)

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    def __repr__(self) -> str:
        return f"<User {self.id} {self.role}>"


class TelegramLinkCode(Base):
    """A one-time code a business user sends to the platform's Telegram bot to link a chat.
    Only its hash is kept."""

    __tablename__ = "telegram_link_code"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        sa.ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    code_sha256: Mapped[str] = mapped_column(sa.String(64), unique=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
