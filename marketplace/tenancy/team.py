"""The business's team: invitations by e-mail, roles, disabling accounts, and which crew
members are on which job."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace import clock
from marketplace.accounts.models import BUSINESS_ROLES, Role, User, new_session_token
from marketplace.accounts.services import build_user, get_user_by_email, normalise_email
from marketplace.db import db
from marketplace.errors import Conflict, InvalidInput, NotFound
from marketplace.tenancy import fields, notifications
from marketplace.tenancy.models import CrewAssignment, InvitationStatus, TeamInvitation, Tenant
from marketplace.tenancy.permissions import Permission, require
from marketplace.tenancy.scoping import get_scoped, scoped_select

INVITATION_LIFETIME = timedelta(days=7)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invite_member(tenant: Tenant, actor: User, *, email: str, role: str) -> TeamInvitation:
    """Invite someone by e-mail; the link works once, for seven days."""
    require(actor, Permission.MANAGE_TEAM, tenant.id)
    if role not in BUSINESS_ROLES:
        raise InvalidInput(_("Please choose a role."))
    email = normalise_email(email)
    if get_user_by_email(email) is not None:
        raise Conflict(_("An account with this e-mail address already exists."))
    token = secrets.token_urlsafe(32)
    invitation = TeamInvitation(
        tenant_id=tenant.id, email=email, role=role, token_hash=_token_hash(token),
        invited_by_id=actor.id, expires_at=clock.now() + INVITATION_LIFETIME,
    )
    db.session.add(invitation)
    notifications.send_invitation(tenant, actor, email=email, role=role, token=token,
                                  valid_for=INVITATION_LIFETIME)
    db.session.commit()
    return invitation


def revoke_invitation(tenant: Tenant, actor: User, *, invitation_id: int) -> TeamInvitation:
    require(actor, Permission.MANAGE_TEAM, tenant.id)
    invitation = get_scoped(TeamInvitation, tenant, invitation_id)
    if invitation.status != InvitationStatus.PENDING:
        raise InvalidInput(_("This invitation is no longer open."))
    invitation.status = InvitationStatus.REVOKED
    db.session.commit()
    return invitation


def open_invitation(token: str) -> TeamInvitation:
    invitation = db.session.scalar(
        sa.select(TeamInvitation).where(TeamInvitation.token_hash == _token_hash(token or ""))
    )
    if (
        invitation is None
        or invitation.status != InvitationStatus.PENDING
        or invitation.expires_at < clock.now()
    ):
        raise NotFound(_("This invitation is not valid or has expired."))
    return invitation


def accept_invitation(*, token: str, name: str, password: str) -> User:
    invitation = open_invitation(token)
    tenant = db.session.get(Tenant, invitation.tenant_id)
    name = fields.required_text(name, _("Please enter your name."))
    user = build_user(email=invitation.email, password=password, role=Role(invitation.role),
                      tenant=tenant, name=name)
    invitation.status = InvitationStatus.ACCEPTED
    invitation.accepted_at = clock.now()
    db.session.commit()
    return user


def list_invitations(tenant: Tenant) -> list[TeamInvitation]:
    return list(db.session.scalars(
        scoped_select(TeamInvitation, tenant)
        .where(TeamInvitation.status == InvitationStatus.PENDING)
        .order_by(TeamInvitation.created_at)
    ))


def list_members(tenant: Tenant) -> list[User]:
    return list(db.session.scalars(scoped_select(User, tenant).order_by(User.email)))


def _owner_count(tenant: Tenant) -> int:
    return db.session.scalar(
        sa.select(sa.func.count(User.id)).where(
            User.tenant_id == tenant.id, User.role == Role.OWNER, User.is_enabled
        )
    ) or 0


def change_member_role(tenant: Tenant, actor: User, *, user_id: int, role: str) -> User:
    require(actor, Permission.MANAGE_TEAM, tenant.id)
    if role not in BUSINESS_ROLES:
        raise InvalidInput(_("Please choose a role."))
    member = get_scoped(User, tenant, user_id)
    if member.role == Role.OWNER and role != Role.OWNER and _owner_count(tenant) <= 1:
        raise InvalidInput(_("A business needs at least one owner."))
    member.role = role
    # A changed role takes effect on the next request, not after the next login.
    member.session_token = new_session_token()
    db.session.commit()
    return member


def set_member_enabled(tenant: Tenant, actor: User, *, user_id: int, enabled: bool) -> User:
    require(actor, Permission.MANAGE_TEAM, tenant.id)
    member = get_scoped(User, tenant, user_id)
    if member.id == actor.id:
        raise InvalidInput(_("You cannot disable your own account."))
    if not enabled and member.role == Role.OWNER and _owner_count(tenant) <= 1:
        raise InvalidInput(_("A business needs at least one owner."))
    member.is_enabled = enabled
    member.session_token = new_session_token()
    db.session.commit()
    return member


# --- crews on jobs --------------------------------------------------------------------------

def crew_members(tenant: Tenant) -> list[User]:
    """The enabled crew members a job can be given to."""
    return list(db.session.scalars(
        scoped_select(User, tenant).where(User.role == Role.CREW, User.is_enabled)
        .order_by(User.name, User.email)))


def crew_of_job(tenant: Tenant, job_request_id: int) -> list[CrewAssignment]:
    """Who is on the job now, in the order they were put on it."""
    return list(db.session.scalars(
        scoped_select(CrewAssignment, tenant)
        .where(CrewAssignment.job_request_id == job_request_id,
               CrewAssignment.removed_at.is_(None))
        .order_by(CrewAssignment.id)))


def set_job_crew(tenant: Tenant, actor: User, *, job_request_id: int,
                 user_ids: list[int]) -> tuple[list[User], list[User]]:
    """Put exactly these crew members on the job (others come off; their rows stay as the
    history). Only owners and office staff decide. A building block: no commit, the
    caller (which knows the job was won) commits. Returns (added, removed)."""
    require(actor, Permission.ASSIGN_CREW, tenant.id)
    wanted = {}
    for user_id in user_ids:
        member = get_scoped(User, tenant, user_id)
        if member.role != Role.CREW or not member.is_enabled:
            raise InvalidInput(_("Only enabled crew members can be put on a job."),
                               field="crew")
        wanted[member.id] = member
    current = {row.user_id: row for row in crew_of_job(tenant, job_request_id)}
    now = clock.now()
    removed = []
    for user_id, row in current.items():
        if user_id not in wanted:
            row.removed_at = now
            row.removed_by_user_id = actor.id
            removed.append(db.session.get(User, user_id))
    added = [member for user_id, member in wanted.items() if user_id not in current]
    db.session.add_all(CrewAssignment(tenant_id=tenant.id, job_request_id=job_request_id,
                                      user_id=member.id, assigned_by_user_id=actor.id)
                       for member in added)
    db.session.flush()
    return added, [member for member in removed if member is not None]
