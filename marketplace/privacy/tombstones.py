"""What survives an erasure: a keyed hash of the channel identity with the opt-out.

A sender who said STOP, was erased and writes again stays opted out, although the platform
no longer knows the number or id.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime

import sqlalchemy as sa
from flask import current_app

from marketplace import clock
from marketplace.channels.models import Customer
from marketplace.db import db
from marketplace.privacy.models import IdentityTombstone


def identity_hmac(channel: str, external_id: str) -> str:
    """Keyed hash of a channel identity: recognisable with the key, useless without it."""
    key = current_app.config["SECRET_KEY"].encode("utf-8")
    return hmac.new(key, f"{channel}:{external_id}".encode(), hashlib.sha256).hexdigest()


def tombstone_opt_out(channel: str, external_id: str) -> datetime | None:
    """When an erased customer had said STOP: a returning sender stays opted out."""
    return db.session.scalar(sa.select(IdentityTombstone.opted_out_at).where(
        IdentityTombstone.identity_hmac == identity_hmac(channel, external_id)))


def apply_tombstone(customer: Customer) -> bool:
    """Carry a surviving opt-out over to a re-created customer (no commit)."""
    opted_out_at = tombstone_opt_out(customer.channel, customer.external_id)
    if opted_out_at is None or customer.opted_out_at is not None:
        return False
    customer.opted_out_at = opted_out_at
    return True


def keep_opt_out(customer: Customer) -> None:
    """Before erasing a customer who said STOP: leave the tombstone (no commit)."""
    if customer.opted_out_at is None:
        return
    digest = identity_hmac(customer.channel, customer.external_id)
    tombstone = db.session.scalar(sa.select(IdentityTombstone).where(
        IdentityTombstone.identity_hmac == digest))
    if tombstone is None:
        db.session.add(IdentityTombstone(identity_hmac=digest,
                                         opted_out_at=customer.opted_out_at,
                                         erased_at=clock.now()))
