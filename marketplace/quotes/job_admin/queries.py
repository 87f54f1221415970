"""Reads for the admin's job request page: the job with its chat, history and leads."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from marketplace.channels.models import Message
from marketplace.conversations.models import Conversation
from marketplace.conversations.queries import conversation_messages
from marketplace.db import db
from marketplace.errors import NotFound
from marketplace.jobs.models import JobRequest, JobRequestEvent
from marketplace.media.models import MediaFile
from marketplace.quotes.queries import lead_count


@dataclass(frozen=True)
class JobDetail:
    job: JobRequest
    messages: list[Message]
    events: list[JobRequestEvent]
    lead_count: int


def get_job_detail(job_id: int) -> JobDetail:
    job = db.session.get(JobRequest, job_id)
    if job is None:
        raise NotFound()
    messages = conversation_messages(job.conversation_id) if job.conversation_id else []
    # Messages about the job after the intake (routing, quotes, consent) carry its id.
    known = {message.id for message in messages}
    later = db.session.scalars(sa.select(Message).where(
        Message.job_request_id == job.id, Message.id.not_in(known or {-1})))
    messages = sorted([*messages, *later], key=lambda message: message.id)
    events = list(db.session.scalars(sa.select(JobRequestEvent).where(
        JobRequestEvent.job_request_id == job.id).order_by(JobRequestEvent.id)))
    return JobDetail(job=job, messages=messages, events=events, lead_count=lead_count(job))


def find_job_media(job_id: int, public_id: str
                   ) -> tuple[JobRequest | None, MediaFile | None]:
    """The job and one file of it or of its intake conversation (None where not found).

    Only looks the file up: opening it is consent's decision (`consent.access.open_as_admin`,
    reached through `quotes.hooks.open_job_media_as_admin`), which checks the reason and logs.
    """
    job = db.session.get(JobRequest, job_id)
    if job is None:
        return None, None
    candidates = {file.public_id: file for file in job.media}
    if job.conversation_id:
        conversation = db.session.get(Conversation, job.conversation_id)
        if conversation is not None and conversation.media_file_ids:
            for file in db.session.scalars(sa.select(MediaFile).where(
                    MediaFile.id.in_(conversation.media_file_ids))):
                candidates.setdefault(file.public_id, file)
    return job, candidates.get(public_id)
