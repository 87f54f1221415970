"""Login form (Flask-WTF gives every form its CSRF token)."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField
from wtforms.validators import DataRequired, Length


class LoginForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Length(max=254)])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=200)])
    remember = BooleanField(_l("Stay logged in on this device"))


class EmailNotificationsForm(FlaskForm):
    notify_by_email = BooleanField(_l("E-mail me about new requests and customer messages"))


class ActionForm(FlaskForm):
    """A button that only needs its CSRF token (create a code, unlink)."""
