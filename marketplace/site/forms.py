"""Forms of the site's business pages."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import StringField
from wtforms.validators import Length

from marketplace.site.models import CAPTION_MAX


class PortfolioPhotoForm(FlaskForm):
    photo = FileField(_l("Photo of your work"))
    caption = StringField(_l("Caption (optional)"), validators=[Length(max=CAPTION_MAX)])


class RemovePhotoForm(FlaskForm):
    """The remove button carries a CSRF token."""
