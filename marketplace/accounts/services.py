"""Writers for users: creation, authentication, password changes."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from functools import cache

import sqlalchemy as sa
from email_validator import EmailNotValidError, validate_email
from flask_babel import gettext as _
from flask_babel import ngettext
from werkzeug.security import check_password_hash, generate_password_hash

from marketplace import clock
from marketplace.accounts.models import BUSINESS_ROLES, Role, User, new_session_token
from marketplace.db import Base, db
from marketplace.errors import Conflict, InvalidInput

MIN_PASSWORD_LENGTH = 10
MAX_FAILED_LOGINS = 8
LOCKOUT = timedelta(minutes=15)


@cache
def _dummy_hash() -> str:
    return generate_password_hash(secrets.token_urlsafe(16))


def normalise_email(email: str) -> str:
    try:
        return validate_email(email.strip(), check_deliverability=False).normalized.lower()
    except EmailNotValidError:
        raise InvalidInput(_("Please enter a valid e-mail address.")) from None


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            ngettext("The password needs at least %(num)d character.",
                     "The password needs at least %(num)d characters.", MIN_PASSWORD_LENGTH)
        )


def get_user_by_email(email: str) -> User | None:
    return db.session.scalar(sa.select(User).where(User.email == email.strip().lower()))


def build_user(
    *, email: str, password: str, role: Role, tenant: Base | None = None, name: str = ""
) -> User:
    """Add a user to the session without committing (for composite services).

    `tenant` is a tenancy `Tenant`; accounts sits below tenancy, so it is typed as a row."""
    email = normalise_email(email)
    check_password_rules(password)
    if role == Role.ADMIN and tenant is not None:
        raise InvalidInput("Platform admins belong to no business.")
    if role in BUSINESS_ROLES and tenant is None:
        raise InvalidInput("Business users belong to a business.")
    if get_user_by_email(email) is not None:
        raise Conflict(_("An account with this e-mail address already exists."))
    user = User(email=email, role=role, tenant=tenant, name=name.strip())
    user.set_password(password)
    db.session.add(user)
    db.session.flush()
    return user


def create_user(
    *, email: str, password: str, role: Role, tenant: Base | None = None, name: str = ""
) -> User:
    user = build_user(email=email, password=password, role=role, tenant=tenant, name=name)
    db.session.commit()
    return user


def authenticate(*, email: str, password: str) -> User | None:
    """The user if the password is right and the account may log in, else None.

    Failed attempts are counted per account and lock it briefly, so passwords cannot be
    guessed at speed; the answer never says which part was wrong.
    """
    user = get_user_by_email(email)
    now = clock.now()
    if user is None:
        # Same work as a real check, so timing does not reveal which e-mails exist.
        check_password_hash(_dummy_hash(), password)
        return None
    if user.locked_until is not None and user.locked_until > now:
        # The same hashing work as for an unknown e-mail: a lock is not told by timing.
        check_password_hash(_dummy_hash(), password)
        return None
    # End the read before the slow hash: a transaction open across it would hold SQLite's
    # write lock (BEGIN IMMEDIATE) or write from a stale snapshot ("database is locked"
    # when the web chat polled meanwhile). The detached user keeps its loaded fields.
    db.session.expunge(user)
    db.session.commit()
    if not user.check_password(password) or not user.is_enabled:
        _count_failed_login(user.id, now)
        return None
    db.session.execute(
        sa.update(User).where(User.id == user.id)
        .values(failed_logins=0, locked_until=None, last_login_at=now)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return db.session.get(User, user.id)


def _count_failed_login(user_id: int, now: datetime) -> None:
    """One atomic increment in the database (never read-modify-write in Python), so that
    simultaneous wrong passwords are all counted; the attempt that reaches the limit locks."""
    db.session.commit()  # the read has ended; the increment starts a fresh write transaction
    count = db.session.execute(
        sa.update(User).where(User.id == user_id)
        .values(failed_logins=User.failed_logins + 1).returning(User.failed_logins)
        .execution_options(synchronize_session=False)
    ).scalar_one()
    if count >= MAX_FAILED_LOGINS:
        db.session.execute(
            sa.update(User).where(User.id == user_id)
            .values(locked_until=now + LOCKOUT, failed_logins=0)
            .execution_options(synchronize_session=False)
        )
    db.session.commit()


def change_password(user: User, *, current_password: str, new_password: str) -> User:
    if not user.check_password(current_password):
        raise InvalidInput(_("The current password is not correct."))
    check_password_rules(new_password)
    user.set_password(new_password)
    user.session_token = new_session_token()
    db.session.commit()
    return user


def set_preferred_language(user: User, language: str) -> User:
    user.preferred_language = language
    db.session.commit()
    return user
