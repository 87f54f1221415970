"""The private calendar feed: a secret address a calendar (Google, Outlook, Apple)
subscribes to, listing the business's confirmed appointments. Only a hash of the address's
token is stored; rotating it gives a new address and the old one stops working at once."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

import sqlalchemy as sa

from marketplace import clock
from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.integrations.models import CalendarFeed
from marketplace.quotes.models import Lead
from marketplace.tenancy.models import Tenant
from marketplace.work import ics
from marketplace.work.models import Appointment, AppointmentStatus

PAST_WINDOW = timedelta(days=90)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def feed_of(tenant: Tenant) -> CalendarFeed | None:
    return db.session.scalar(sa.select(CalendarFeed).where(CalendarFeed.tenant_id == tenant.id))


def issue_address_token(tenant: Tenant, actor: User) -> str:
    """A new secret token for the feed's address (the first one, or a replacement)."""
    token = secrets.token_urlsafe(32)
    feed = feed_of(tenant)
    if feed is None:
        feed = CalendarFeed(tenant_id=tenant.id)
        db.session.add(feed)
    feed.token_hash, feed.token_prefix = _hash(token), token[:6]
    feed.created_by_user_id, feed.last_read_at = actor.id, None
    db.session.commit()
    return token


def switch_off(tenant: Tenant, actor: User) -> None:
    feed = feed_of(tenant)
    if feed is not None:
        db.session.delete(feed)
        db.session.commit()


def tenant_for_token(token: str) -> Tenant | None:
    """The business whose feed this token opens, if any; marks the feed as read."""
    if not token or len(token) > 100:
        return None
    feed = db.session.scalar(sa.select(CalendarFeed).where(
        CalendarFeed.token_hash == _hash(token)))
    if feed is None:
        return None
    feed.last_read_at = clock.now()
    db.session.commit()
    return db.session.get(Tenant, feed.tenant_id)


def calendar_text(tenant: Tenant, *, language: str = "de") -> str:
    """Confirmed appointments from 90 days back on. A subscribed calendar replaces its
    copy with each read, so a cancelled or moved appointment disappears by leaving it out."""
    now = clock.now()
    rows = db.session.execute(
        sa.select(Appointment, Lead).join(Lead, Lead.id == Appointment.lead_id)
        .where(Appointment.tenant_id == tenant.id, Appointment.starts_at.is_not(None),
               Appointment.status == AppointmentStatus.CONFIRMED,
               Appointment.ends_at >= now - PAST_WINDOW)
        .order_by(Appointment.starts_at)).all()
    events = [ics.event_lines(appointment, lead, language=language)
              for appointment, lead in rows]
    return ics.calendar(events, name=tenant.name)
