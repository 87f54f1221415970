"""Forms of the business side: registration, profile, team, subcontractors."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    EmailField,
    IntegerField,
    PasswordField,
    SelectField,
    SelectMultipleField,
    StringField,
    TelField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, EqualTo, Length, NumberRange, Optional, Regexp
from wtforms.widgets import CheckboxInput, ListWidget

from marketplace.tenancy.registration import LEGAL_FORMS

POSTCODE = Regexp(r"^\d{5}$", message=_l("Please enter a German postcode with five digits."))


def role_choices() -> list[SelectChoice]:
    return [SelectChoice("office", _l("Office staff")), SelectChoice("crew", _l("Crew")),
            SelectChoice("owner", _l("Owner"))]


class RegistrationForm(FlaskForm):
    company_name = StringField(_l("Company name"), validators=[DataRequired(), Length(max=200)])
    legal_form = SelectField(_l("Legal form"), choices=[SelectChoice(form) for form in LEGAL_FORMS])
    street = StringField(_l("Street and house number"),
                         validators=[DataRequired(), Length(max=200)])
    postcode = StringField(_l("Postcode"), validators=[DataRequired(), POSTCODE])
    city = StringField(_l("City"), validators=[DataRequired(), Length(max=120)])
    phone = TelField(_l("Phone"), validators=[DataRequired(), Length(max=30)])
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Length(max=254)])
    owner_name = StringField(_l("Your name"), validators=[DataRequired(), Length(max=200)])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(min=10, max=200)])
    password_repeat = PasswordField(
        _l("Repeat password"),
        validators=[DataRequired(), EqualTo("password", message=_l("The passwords differ."))],
    )


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class ProfileForm(FlaskForm):
    trade_codes = MultiCheckboxField(_l("Trades you offer"), choices=[])
    base_postcode = StringField(_l("Base postcode of your service area"),
                                validators=[DataRequired(), POSTCODE])
    service_radius_km = IntegerField(
        _l("Service radius (km)"),
        validators=[DataRequired(), NumberRange(min=5, max=100,
                                                message=_l("Between 5 and 100 km."))],
    )
    weekly_lead_capacity = IntegerField(
        _l("New requests per week you can handle"),
        validators=[Optional(), NumberRange(min=0, max=500)],
    )
    description = TextAreaField(_l("Short description"), validators=[Length(max=4000)])
    opening_hours = TextAreaField(_l("Opening hours"), validators=[Length(max=1000)])
    phone = TelField(_l("Phone"), validators=[DataRequired(), Length(max=30)])
    street = StringField(_l("Street and house number"),
                         validators=[DataRequired(), Length(max=200)])
    postcode = StringField(_l("Postcode"), validators=[DataRequired(), POSTCODE])
    city = StringField(_l("City"), validators=[DataRequired(), Length(max=120)])
    # The imprint on the public profile; the service checks the legal form (left out, the
    # current one stays).
    legal_form = SelectField(_l("Legal form"), choices=[SelectChoice(form) for form in LEGAL_FORMS],
                             validate_choice=False)
    represented_by = StringField(_l("Represented by (owner or managing director)"),
                                 validators=[Length(max=200)])
    register_entry = StringField(_l("Register entry (court and number)"),
                                 validators=[Length(max=200)])
    vat_id = StringField(_l("VAT identification number"), validators=[Length(max=20)])
    chamber = StringField(_l("Chamber of crafts (Handwerkskammer)"),
                          validators=[Length(max=200)])


class EmptyForm(FlaskForm):
    """Buttons that change state (pause, revoke, remove) still carry a CSRF token."""


class InviteForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Length(max=254)])
    role = SelectField(_l("Role"), choices=role_choices)


class RoleForm(FlaskForm):
    role = SelectField(_l("Role"), choices=role_choices)


class AcceptInvitationForm(FlaskForm):
    name = StringField(_l("Your name"), validators=[DataRequired(), Length(max=200)])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(min=10, max=200)])
    password_repeat = PasswordField(
        _l("Repeat password"),
        validators=[DataRequired(), EqualTo("password", message=_l("The passwords differ."))],
    )


class SubcontractorForm(FlaskForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200)])
    street = StringField(_l("Street and house number"),
                         validators=[DataRequired(), Length(max=200)])
    postcode = StringField(_l("Postcode"), validators=[DataRequired(), POSTCODE])
    city = StringField(_l("City"), validators=[DataRequired(), Length(max=120)])
    services = TextAreaField(_l("What they do for you"),
                             validators=[DataRequired(), Length(max=1000)])
