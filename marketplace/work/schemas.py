"""Input and output of appointments and of a job's progress (dashboard forms and the API)."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from marshmallow import Schema, fields, validate

from marketplace.jobs.models import JobStatus
from marketplace.work.models import AppointmentKind, AppointmentStatus

REQUIRED = {"required": [_l("Please fill in this field.")],
            "invalid": [_l("Please check this value.")]}


class SlotInputSchema(Schema):
    """ISO 8601 times; without an offset they are German local time (Europe/Berlin)."""

    starts_at = fields.DateTime(required=True, error_messages=REQUIRED)
    ends_at = fields.DateTime(required=True, error_messages=REQUIRED)


class AppointmentInputSchema(Schema):
    kind = fields.String(required=True, error_messages=REQUIRED,
                         validate=validate.OneOf([kind.value for kind in AppointmentKind]))
    slots = fields.List(fields.Nested(SlotInputSchema), required=True,
                        error_messages=REQUIRED, validate=validate.Length(min=1, max=3))
    note = fields.String(load_default="", validate=validate.Length(max=500))


class ReasonInputSchema(Schema):
    reason = fields.String(required=True, error_messages=REQUIRED,
                           validate=validate.Length(min=1, max=300))


class StatusInputSchema(Schema):
    status = fields.String(required=True, error_messages=REQUIRED, validate=validate.OneOf(
        [JobStatus.IN_PROGRESS.value, JobStatus.COMPLETED.value, JobStatus.CANCELLED.value]))
    reason = fields.String(load_default="", validate=validate.Length(max=300))


# --- output --------------------------------------------------------------------------------

class SlotOutputSchema(Schema):
    id = fields.Integer()
    position = fields.Integer()
    starts_at = fields.DateTime()
    ends_at = fields.DateTime()


class AppointmentEventOutputSchema(Schema):
    from_status = fields.String(allow_none=True)
    to_status = fields.String()
    actor_kind = fields.String()
    reason = fields.String(allow_none=True)
    created_at = fields.DateTime()


class AppointmentOutputSchema(Schema):
    """One appointment as the business sees it (`queries.view_of`): the customer's words
    masked until the customer shared contact details with this business."""

    id = fields.Integer()
    lead_id = fields.Integer()
    kind = fields.String(validate=validate.OneOf([kind.value for kind in AppointmentKind]))
    status = fields.String(validate=validate.OneOf([s.value for s in AppointmentStatus]))
    slots = fields.List(fields.Nested(SlotOutputSchema))
    starts_at = fields.DateTime(allow_none=True)
    ends_at = fields.DateTime(allow_none=True)
    note = fields.String()
    customer_message = fields.String(allow_none=True)
    cancelled_by = fields.String(allow_none=True)
    cancel_reason = fields.String(allow_none=True)
    replaces_id = fields.Integer(allow_none=True)
    reminder_sent_at = fields.DateTime(allow_none=True)
    created_at = fields.DateTime()
    ics_url = fields.Method("calendar_link", allow_none=True)
    history = fields.List(fields.Nested(AppointmentEventOutputSchema))

    def calendar_link(self, view: Any) -> str | None:
        if view.starts_at is None:
            return None
        return f"/api/v1/leads/{view.lead_id}/appointments/{view.id}.ics"


class AppointmentListSchema(Schema):
    appointments = fields.List(fields.Nested(AppointmentOutputSchema))


class JobEventOutputSchema(Schema):
    from_status = fields.String(allow_none=True)
    to_status = fields.String()
    actor_kind = fields.String()
    created_at = fields.DateTime()


class JobProgressOutputSchema(Schema):
    lead_id = fields.Integer()
    job_reference = fields.String()
    status = fields.String(validate=validate.OneOf([s.value for s in JobStatus]))
    history = fields.List(fields.Nested(JobEventOutputSchema))
