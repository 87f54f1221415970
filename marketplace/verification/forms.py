"""Forms for documents (business side) and decisions (admin side)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import DateField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from marketplace.verification.models import DocumentType


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


def document_type_choices() -> list[tuple[str, str]]:
    from marketplace.verification.labels import document_type_label

    return [SelectChoice(kind.value, document_type_label(kind)) for kind in DocumentType]


class DocumentUploadForm(FlaskForm):
    doc_type = SelectField(_l("Type of document"), choices=document_type_choices)
    issuer = StringField(_l("Issued by (chamber or office)"),
                         validators=[DataRequired(), Length(max=200)])
    holder_name = StringField(_l("Holder (person or company named on it)"),
                              validators=[DataRequired(), Length(max=200)])
    trade_codes = MultiCheckboxField(_l("Trades it covers"), choices=[])
    expires_on = DateField(_l("Valid until (if the document has an expiry date)"),
                           validators=[Optional()])
    note = TextAreaField(_l("Note for the reviewer (optional)"), validators=[Length(max=2000)])
    file = FileField(_l("File (PDF, JPEG or PNG, at most 10 MB)"), validators=[FileRequired()])


class AnswerForm(FlaskForm):
    note = TextAreaField(_l("Your answer"), validators=[Length(max=2000)])
    expires_on = DateField(_l("Valid until (if the document has an expiry date)"),
                           validators=[Optional()])
    file = FileField(_l("New file (optional)"))


class ApproveForm(FlaskForm):
    trade_codes = MultiCheckboxField(_l("Approved for these trades"), choices=[])
    reason = TextAreaField(_l("Note (optional)"), validators=[Length(max=2000)])


class ReasonForm(FlaskForm):
    reason = TextAreaField(_l("Reason (required)"), validators=[Length(max=2000)])


class OptionalReasonForm(FlaskForm):
    reason = TextAreaField(_l("Note (optional)"), validators=[Length(max=2000)])


class BusinessSearchForm(FlaskForm):
    class Meta:
        csrf = False  # a GET search form changes nothing

    q = StringField(_l("Search"), validators=[Optional(), Length(max=100)])
    verification_status = SelectField(_l("Verification"), validators=[Optional()], choices=[
        SelectChoice("", _l("all")), SelectChoice("unverified", _l("not verified")),
        SelectChoice("pending", _l("in review")),
        SelectChoice("verified", _l("verified")), SelectChoice("rejected", _l("rejected")),
    ])
    status = SelectField(_l("Status"), validators=[Optional()], choices=[
        SelectChoice("", _l("all")), SelectChoice("active", _l("active")),
        SelectChoice("suspended", _l("suspended")),
    ])
    paused = SelectField(_l("Paused"), validators=[Optional()], choices=[
        SelectChoice("", _l("all")), SelectChoice("yes", _l("paused")),
        SelectChoice("no", _l("receiving requests")),
    ])
    trade = SelectField(_l("Trade"), validators=[Optional()], choices=[])
