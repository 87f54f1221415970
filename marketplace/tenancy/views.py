"""The business dashboard, the business's own settings, and self-service registration."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_user
from wtforms.fields.choices import SelectChoice

from marketplace.accounts.auth import business_required
from marketplace.accounts.models import User
from marketplace.admin.views import add_admin_figure
from marketplace.errors import Conflict, InvalidInput
from marketplace.extensions import form_key, rate_limited
from marketplace.tenancy import profile as profile_services
from marketplace.tenancy import recipients, registration
from marketplace.tenancy import team as team_services
from marketplace.tenancy.dashboard import build_sections
from marketplace.tenancy.forms import (
    AcceptInvitationForm,
    EmptyForm,
    InviteForm,
    ProfileForm,
    RegistrationForm,
    RoleForm,
    SubcontractorForm,
)
from marketplace.tenancy.permissions import (
    ROLE_PERMISSIONS,
    Permission,
    can,
    permission_required,
)
from marketplace.tenancy.scoping import get_scoped
from marketplace.trades.catalogue import all_trades, common_trades

bp = Blueprint("dashboard", __name__, url_prefix="/dashboard")
public_bp = Blueprint("onboarding", __name__)

# The console sits below tenancy, so tenancy hands it the figure instead of being counted.
add_admin_figure("tenants", _l("Businesses"), registration.count_businesses, order=10)

# Input errors are shown next to the form that caused them, with the input kept.
FORM_ERRORS = (InvalidInput, Conflict)


@bp.app_context_processor
def permission_helpers() -> dict[str, object]:
    return {"can": can, "Permission": Permission, "role_permissions": ROLE_PERMISSIONS}


# --- registration (public) ---------------------------------------------------------------


@public_bp.route("/register", methods=["GET", "POST"])
@rate_limited("RATELIMIT_REGISTRATION", form_key("email"))
def register():
    if current_user.is_authenticated:
        return redirect(url_for("dashboard.index"))
    form = RegistrationForm()
    if form.validate_on_submit():
        try:
            _tenant, owner = registration.register_business(
                company_name=form.company_name.data, legal_form=form.legal_form.data,
                street=form.street.data, postcode=form.postcode.data, city=form.city.data,
                phone=form.phone.data, email=form.email.data, owner_name=form.owner_name.data,
                password=form.password.data,
            )
        except FORM_ERRORS as error:
            flash(error.message, "error")
            return render_template("tenancy/register.html", form=form), 422
        login_user(owner)
        flash(_("Welcome! We have sent you an e-mail to confirm your address."), "success")
        return redirect(url_for("dashboard.index"))
    status = 422 if form.is_submitted() else 200
    return render_template("tenancy/register.html", form=form), status


@public_bp.route("/register/confirm/<token>")
def confirm_email(token: str):
    registration.confirm_email(token)
    flash(_("Thank you, your e-mail address is confirmed."), "success")
    if current_user.is_authenticated:
        return redirect(url_for("dashboard.index"))
    return redirect(url_for("accounts.login"))


@public_bp.route("/invitation/<token>", methods=["GET", "POST"])
def accept_invitation(token: str):
    invitation = team_services.open_invitation(token)
    form = AcceptInvitationForm()
    if form.validate_on_submit():
        try:
            user = team_services.accept_invitation(token=token, name=form.name.data,
                                              password=form.password.data)
        except FORM_ERRORS as error:
            flash(error.message, "error")
            return render_template("tenancy/accept_invitation.html", form=form,
                                   invitation=invitation), 422
        login_user(user)
        flash(_("Welcome to the team."), "success")
        return redirect(url_for("dashboard.index"))
    return render_template("tenancy/accept_invitation.html", form=form, invitation=invitation)


# --- dashboard ---------------------------------------------------------------------------


@bp.route("/")
@business_required()
def index():
    tenant = current_user.tenant
    return render_template("tenancy/index.html", tenant=tenant, form=EmptyForm(),
                           sections=build_sections(tenant, current_user))


@bp.route("/email/resend", methods=["POST"])
@permission_required(Permission.EDIT_PROFILE)
def resend_confirmation():
    if EmptyForm().validate_on_submit():
        try:
            registration.resend_confirmation(current_user.tenant, current_user)
        except FORM_ERRORS as refused:
            flash(str(refused), "error")
        else:
            flash(_("We have sent the confirmation e-mail again."), "success")
    return redirect(url_for("dashboard.index"))


# --- profile -----------------------------------------------------------------------------


def _trade_groups():
    common = common_trades()
    common_codes = {trade.code for trade in common}
    groups = [("common", list(common))]
    for anlage in ("A", "B1", "B2", "service"):
        groups.append((anlage, [t for t in all_trades()
                                if t.anlage == anlage and t.code not in common_codes]))
    return groups


def _profile_form(tenant) -> ProfileForm:
    form = ProfileForm(obj=tenant if request.method == "GET" else None)
    form.trade_codes.choices = [SelectChoice(trade.code, trade.name_de) for trade in all_trades()]
    if request.method == "GET":
        form.trade_codes.data = [trade.trade_code for trade in tenant.trades]
    return form


@bp.route("/profile", methods=["GET", "POST"])
@permission_required(Permission.EDIT_PROFILE)
def profile():
    tenant = current_user.tenant
    form = _profile_form(tenant)
    if form.validate_on_submit():
        try:
            profile_services.update_profile(
                tenant, current_user, trade_codes=form.trade_codes.data or [],
                base_postcode=form.base_postcode.data,
                service_radius_km=form.service_radius_km.data,
                weekly_lead_capacity=form.weekly_lead_capacity.data or 0,
                description=form.description.data, opening_hours=form.opening_hours.data,
                phone=form.phone.data, street=form.street.data, postcode=form.postcode.data,
                city=form.city.data,
                imprint={name: getattr(form, name).data
                         for name in ("legal_form", *profile_services.IMPRINT_FIELDS)},
            )
        except FORM_ERRORS as error:
            flash(error.message, "error")
        else:
            flash(_("Your profile has been saved."), "success")
            return redirect(url_for("dashboard.profile"))
    status = 422 if form.is_submitted() else 200
    return render_template("tenancy/profile.html", form=form, tenant=tenant,
                           trade_groups=_trade_groups(), pause_form=EmptyForm(),
                           public_path=profile_services.public_profile_path(tenant)), status


@bp.route("/profile/pause", methods=["POST"])
@permission_required(Permission.PAUSE_LEADS)
def pause():
    if EmptyForm().validate_on_submit():
        profile_services.set_paused(current_user.tenant, current_user, paused=True)
        flash(_("New requests are paused."), "success")
    return redirect(request.referrer or url_for("dashboard.index"))


@bp.route("/profile/resume", methods=["POST"])
@permission_required(Permission.PAUSE_LEADS)
def resume():
    if EmptyForm().validate_on_submit():
        profile_services.set_paused(current_user.tenant, current_user, paused=False)
        flash(_("You receive new requests again."), "success")
    return redirect(request.referrer or url_for("dashboard.index"))


# --- team --------------------------------------------------------------------------------


@bp.route("/team")
@permission_required(Permission.VIEW_TEAM)
def team():
    tenant = current_user.tenant
    members = team_services.list_members(tenant)
    invitations = team_services.list_invitations(tenant) if can(
        current_user, Permission.MANAGE_TEAM) else []
    return render_template("tenancy/team.html", members=members, invitations=invitations,
                           invite_form=InviteForm(), form=EmptyForm())


@bp.route("/team/invite", methods=["POST"])
@permission_required(Permission.MANAGE_TEAM)
def invite():
    form = InviteForm()
    if form.validate_on_submit():
        try:
            team_services.invite_member(current_user.tenant, current_user, email=form.email.data,
                                   role=form.role.data)
        except FORM_ERRORS as error:
            flash(error.message, "error")
        else:
            flash(_("The invitation has been sent."), "success")
    else:
        flash(_("Please enter a valid e-mail address."), "error")
    return redirect(url_for("dashboard.team"))


@bp.route("/team/invitations/<int:invitation_id>/revoke", methods=["POST"])
@permission_required(Permission.MANAGE_TEAM)
def revoke_invitation(invitation_id: int):
    if EmptyForm().validate_on_submit():
        team_services.revoke_invitation(current_user.tenant, current_user,
                                   invitation_id=invitation_id)
        flash(_("The invitation has been withdrawn."), "success")
    return redirect(url_for("dashboard.team"))


@bp.route("/team/<int:user_id>")
@permission_required(Permission.VIEW_TEAM)
def team_member(user_id: int):
    member = get_scoped(User, current_user.tenant, user_id)
    return render_template("tenancy/team_member.html", member=member,
                           role_form=RoleForm(role=member.role), form=EmptyForm())


@bp.route("/team/<int:user_id>/role", methods=["POST"])
@permission_required(Permission.MANAGE_TEAM)
def change_role(user_id: int):
    form = RoleForm()
    if form.validate_on_submit():
        try:
            team_services.change_member_role(current_user.tenant, current_user, user_id=user_id,
                                        role=form.role.data)
        except FORM_ERRORS as error:
            flash(error.message, "error")
        else:
            flash(_("The role has been changed."), "success")
    return redirect(url_for("dashboard.team_member", user_id=user_id))


@bp.route("/team/<int:user_id>/<any(disable, enable):action>", methods=["POST"])
@permission_required(Permission.MANAGE_TEAM)
def set_member_enabled(user_id: int, action: str):
    if EmptyForm().validate_on_submit():
        try:
            team_services.set_member_enabled(current_user.tenant, current_user, user_id=user_id,
                                        enabled=action == "enable")
        except FORM_ERRORS as error:
            flash(error.message, "error")
        else:
            flash(_("The account has been updated."), "success")
    return redirect(url_for("dashboard.team_member", user_id=user_id))


# --- subcontractors ----------------------------------------------------------------------


@bp.route("/subcontractors", methods=["GET", "POST"])
@permission_required(Permission.MANAGE_SUBCONTRACTORS)
def subcontractors():
    tenant = current_user.tenant
    form = SubcontractorForm()
    status = 200
    if form.validate_on_submit():
        try:
            recipients.add_subcontractor(
                tenant, current_user, name=form.name.data, street=form.street.data,
                postcode=form.postcode.data, city=form.city.data, services=form.services.data,
            )
        except FORM_ERRORS as error:
            flash(error.message, "error")
            status = 422
        else:
            flash(_("The subcontractor has been added."), "success")
            return redirect(url_for("dashboard.subcontractors"))
    elif form.is_submitted():
        status = 422
    return render_template(
        "tenancy/subcontractors.html", form=form, tenant=tenant, remove_form=EmptyForm(),
        subcontractors=recipients.list_subcontractors(tenant),
        recipient_list=recipients.latest_recipient_list(tenant),
    ), status


@bp.route("/subcontractors/<int:subcontractor_id>", methods=["GET", "POST"])
@permission_required(Permission.MANAGE_SUBCONTRACTORS)
def edit_subcontractor(subcontractor_id: int):
    subcontractor = recipients.get_subcontractor(current_user.tenant, subcontractor_id)
    form = SubcontractorForm(obj=subcontractor)
    if form.validate_on_submit():
        try:
            recipients.update_subcontractor(
                current_user.tenant, current_user, subcontractor_id=subcontractor_id,
                name=form.name.data, street=form.street.data, postcode=form.postcode.data,
                city=form.city.data, services=form.services.data,
            )
        except FORM_ERRORS as error:
            flash(error.message, "error")
        else:
            flash(_("The subcontractor has been saved."), "success")
            return redirect(url_for("dashboard.subcontractors"))
    return render_template("tenancy/subcontractor_edit.html", form=form,
                           subcontractor=subcontractor)


@bp.route("/subcontractors/<int:subcontractor_id>/remove", methods=["POST"])
@permission_required(Permission.MANAGE_SUBCONTRACTORS)
def remove_subcontractor(subcontractor_id: int):
    if EmptyForm().validate_on_submit():
        recipients.remove_subcontractor(current_user.tenant, current_user,
                                      subcontractor_id=subcontractor_id)
        flash(_("The subcontractor has been removed."), "success")
    return redirect(url_for("dashboard.subcontractors"))
