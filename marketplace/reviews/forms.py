"""Forms of reviews: the business's answer, a report, the admin's decision."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, RadioField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional

from marketplace.reviews.models import ANSWER_MAX


def report_reasons() -> list[SelectChoice]:
    return [SelectChoice("abusive", _l("Insulting or abusive")),
            SelectChoice("personal_data", _l("Contains personal data (names, addresses, "
                                             "phone numbers)")),
            SelectChoice("false", _l("Untrue or not about this business")),
            SelectChoice("other", _l("Something else"))]


class AnswerForm(FlaskForm):
    text = TextAreaField(_l("Your public answer"),
                         validators=[DataRequired(), Length(max=ANSWER_MAX)])


class ReportForm(FlaskForm):
    reason = RadioField(_l("What is wrong with this review?"), choices=report_reasons,
                        validators=[DataRequired()])
    details = TextAreaField(_l("Details"), validators=[Optional(), Length(max=2000)])
    email = EmailField(_l("Your e-mail address (optional, for questions)"),
                       validators=[Optional(), Length(max=254)])


class DecisionForm(FlaskForm):
    reason = TextAreaField(_l("Reason for your decision (kept on record)"),
                           validators=[DataRequired(), Length(max=1000)])
