"""E-mails to a business about its verification, in the owner's language.

Rendered now (so a later change does not alter what was decided), sent after commit.
"""

from __future__ import annotations

import sqlalchemy as sa
from flask import current_app, render_template
from flask_babel import force_locale
from flask_babel import gettext as _

from marketplace.accounts.models import Role, User
from marketplace.db import db
from marketplace.mail import send_email
from marketplace.tenancy.models import Tenant
from marketplace.verification.labels import trade_label


def _subject(kind: str) -> str:
    subjects = {
        "verified": _("Your business is verified"),
        "verification_lost": _("Your business is no longer verified"),
        "document_approved": _("Document approved"),
        "document_rejected": _("Document rejected"),
        "info_requested": _("We need more information about a document"),
        "business_suspended": _("Your business has been suspended"),
        "business_reinstated": _("Your business has been reinstated"),
        "trade_suspended": _("A trade has been suspended"),
        "expiry_reminder": _("A document expires soon"),
        "document_expired": _("A document has expired"),
    }
    return subjects[kind]


def _business_language(tenant: Tenant) -> str:
    owner = db.session.scalar(
        sa.select(User).where(User.tenant_id == tenant.id, User.role == Role.OWNER)
        .order_by(User.id).limit(1)
    )
    return owner.preferred_language if owner is not None else "de"


def notify_business(tenant: Tenant, template: str, **context: object) -> None:
    """E-mail the business about a change (rendered now, sent after commit)."""
    if not tenant.email:
        return
    language = _business_language(tenant)
    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    with force_locale(language):
        subject = _subject(template)
        body = render_template(
            f"verification/emails/{template}.txt", tenant=tenant, language=language,
            status_url=f"{base}/dashboard/verification", trade_label=trade_label, **context,
        )
    send_email(tenant.email, subject, body)
