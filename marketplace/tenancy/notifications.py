"""E-mails tenancy sends: the confirmation link after registration and team invitations.

Rendered now, in the current language; `send_email` hands them over after the commit.
"""

from __future__ import annotations

from datetime import timedelta

from flask import current_app, render_template
from flask_babel import gettext as _

from marketplace.accounts.models import User
from marketplace.mail import send_email
from marketplace.tenancy.models import Tenant


def _public_url(path: str) -> str:
    return current_app.config["PUBLIC_BASE_URL"].rstrip("/") + path


def send_email_confirmation(tenant: Tenant, token: str, *, valid_for: timedelta) -> None:
    body = render_template("tenancy/emails/confirm_email.txt", tenant=tenant,
                           link=_public_url(f"/register/confirm/{token}"),
                           days=valid_for.days)
    send_email(tenant.email, _("Please confirm your e-mail address"), body)


def send_invitation(tenant: Tenant, inviter: User, *, email: str, role: str, token: str,
                    valid_for: timedelta) -> None:
    body = render_template(
        "tenancy/emails/invitation.txt", tenant=tenant, inviter=inviter,
        role=role, link=_public_url(f"/invitation/{token}"), days=valid_for.days,
    )
    send_email(email, _("Invitation to %(name)s", name=tenant.name), body)
