"""Input of the admin job list filters."""

from __future__ import annotations

from marshmallow import EXCLUDE, Schema, fields, post_load, validate

from marketplace.jobs.models import JobStatus


class JobFilterSchema(Schema):
    class Meta:
        unknown = EXCLUDE

    trade = fields.String(load_default=None, validate=validate.Length(max=40))
    area = fields.String(load_default=None, validate=validate.Regexp(r"^\d{1,5}$"))
    status = fields.String(load_default=None, validate=validate.OneOf([s.value for s in JobStatus]))
    created_from = fields.Date(load_default=None)
    created_to = fields.Date(load_default=None)
    reference = fields.String(load_default=None, validate=validate.Length(max=12))
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=10_000))

    @post_load
    def drop_empty(self, data, **_kwargs):
        return {key: value for key, value in data.items() if value not in ("", None)}

    def load_args(self, args):
        """Form fields left empty arrive as ""; they mean "no filter"."""
        return self.load({key: value for key, value in args.items() if value != ""})


class CancelJobSchema(Schema):
    class Meta:
        unknown = EXCLUDE

    reason = fields.String(required=True, validate=validate.Length(min=3, max=500))
