"""API tokens: created and revoked in the dashboard, checked on every API request."""

from __future__ import annotations

import hashlib
import secrets

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace import clock
from marketplace.accounts.models import Role, User
from marketplace.api.models import ApiToken
from marketplace.db import db
from marketplace.errors import Conflict, InvalidInput
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.scoping import get_scoped, scoped_select

TOKEN_PREFIX = "mpk_"  # noqa: S105 - a visible marker for secret scanners, not a secret
MAX_ACTIVE_TOKENS_PER_USER = 10


def hash_token(token: str) -> str:
    # The token carries 256 random bits, so a fast hash is enough; a slow KDF would only
    # make every API request slower without adding protection.
    return hashlib.sha256(token.encode()).hexdigest()


def list_tokens(tenant: Tenant, user: User) -> list[ApiToken]:
    return list(db.session.scalars(
        scoped_select(ApiToken, tenant).where(ApiToken.user_id == user.id)
        .order_by(ApiToken.created_at.desc(), ApiToken.id.desc())).all())


def create_token(tenant: Tenant, actor: User, *, name: str) -> tuple[ApiToken, str]:
    """A new token for `actor`; the plain token is returned once and never stored."""
    name = (name or "").strip()
    if not name or len(name) > 80:
        raise InvalidInput(_("A token needs a name of at most 80 characters."))
    active = db.session.scalar(
        sa.select(sa.func.count(ApiToken.id)).where(ApiToken.user_id == actor.id,
                                                    ApiToken.revoked_at.is_(None)))
    if active >= MAX_ACTIVE_TOKENS_PER_USER:
        raise Conflict(_("Revoke an old token before creating another."))
    plain = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(tenant_id=tenant.id, user_id=actor.id, name=name,
                     prefix=plain[:12], token_hash=hash_token(plain))
    db.session.add(token)
    db.session.commit()
    return token, plain


def revoke_token(tenant: Tenant, actor: User, *, token_id: int) -> ApiToken:
    token = get_scoped(ApiToken, tenant, token_id)
    # Owners may revoke any token of their business; others only their own.
    if token.user_id != actor.id and actor.role != Role.OWNER:
        raise Conflict(_("Only the owner may revoke another person's token."))
    if token.revoked_at is None:
        token.revoked_at = clock.now()
        token.revoked_by_user_id = actor.id
        db.session.commit()
    return token


def authenticate(plain: str) -> User | None:
    """The enabled business user behind an active token, or None."""
    if not plain or not plain.startswith(TOKEN_PREFIX) or len(plain) > 200:
        return None
    token = db.session.scalar(
        sa.select(ApiToken).where(ApiToken.token_hash == hash_token(plain),
                                  ApiToken.revoked_at.is_(None)))
    if token is None:
        return None
    user = token.user
    if not user.is_enabled or user.tenant_id != token.tenant_id:
        return None
    now = clock.now()
    # Written at most once a minute so busy integrations do not write on every request.
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        token.last_used_at = now
        db.session.commit()
    return user
