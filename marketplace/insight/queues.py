"""What waits for a person, for the console's start page: each queue's count and the time
its oldest item was made. Registered on the admin shell by `register_queues` (wiring)."""

from __future__ import annotations

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from marketplace.admin.views import Waiting, add_admin_queue
from marketplace.channels import queries as channel_queries
from marketplace.channels.models import MessageStatus
from marketplace.db import db
from marketplace.jobs.models import JobRequest, JobStatus
from marketplace.verification.models import DocumentStatus, VerificationDocument


def documents_to_verify() -> Waiting:
    count, oldest = db.session.execute(
        sa.select(sa.func.count(VerificationDocument.id),
                  sa.func.min(VerificationDocument.submitted_at))
        .where(VerificationDocument.status == DocumentStatus.SUBMITTED)).one()
    return Waiting(count or 0, oldest)


def held_messages() -> Waiting:
    return Waiting(*channel_queries.oldest_outbound_problem(MessageStatus.HELD))


def failed_messages() -> Waiting:
    return Waiting(*channel_queries.oldest_outbound_problem(MessageStatus.FAILED))


def messages_of_unknown_fate() -> Waiting:
    """The provider call broke off: whether the customer got it, a person finds out."""
    return Waiting(*channel_queries.oldest_outbound_problem(MessageStatus.UNKNOWN))


def webhook_events_to_review() -> Waiting:
    return Waiting(*channel_queries.oldest_inbox_problem())


def unserved_jobs() -> Waiting:
    """Requests no business could take: the operator recruits or finds one by hand."""
    count, oldest = db.session.execute(
        sa.select(sa.func.count(JobRequest.id), sa.func.min(JobRequest.created_at))
        .where(JobRequest.status == JobStatus.UNMATCHED)).one()
    return Waiting(count or 0, oldest)


def register_queues() -> None:
    add_admin_queue("documents", _l("Documents to verify"), "verification_admin.queue",
                    documents_to_verify, order=10)
    add_admin_queue("held_messages", _l("Held messages"), "channels_admin.outbound_problems",
                    held_messages, order=20)
    add_admin_queue("failed_messages", _l("Messages that could not be sent"),
                    "channels_admin.outbound_problems", failed_messages, order=25)
    add_admin_queue("unknown_messages", _l("Messages whose delivery is unknown"),
                    "channels_admin.outbound_problems", messages_of_unknown_fate, order=27)
    add_admin_queue("webhook_events", _l("Webhook events to review"),
                    "channels_admin.inbox_problems", webhook_events_to_review, order=30)
    add_admin_queue("unserved_jobs", _l("Requests no business could take"),
                    "quotes.jobs.admin_list", unserved_jobs, order=50,
                    url_args={"status": JobStatus.UNMATCHED.value})
