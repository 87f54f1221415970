"""Queueing a message to a customer: the one writer of outbound message rows.

`queue_outbound` is a building block other services call inside their own unit of work
(it does not commit); delivery is scheduled for after that commit: in a `messages` job,
or in the caller's own job when it answers the customer itself (`channels.pipeline`).
"""

from __future__ import annotations

import logging

from marketplace import tasks
from marketplace.channels import delivery, gate, pipeline
from marketplace.channels import tasks as channel_tasks
from marketplace.channels.base import MessageKind, Outbound
from marketplace.channels.models import Customer, Direction, Message, MessageStatus
from marketplace.db import db

log = logging.getLogger(__name__)


def queue_outbound(customer: Customer, outbound: Outbound, *, purpose: str,
                   job_request_id: int | None = None) -> Message | None:
    """Write an outbound message row and schedule its delivery after the caller's commit.

    The gate decides first. Returns None when nothing may be sent (the customer opted out
    and this is neither the STOP confirmation nor a data-protection answer): the customer
    asked for silence, so no row is written. A message the gate holds (outside the 24-hour
    window without an approved template) is stored HELD for a person. Does not commit.
    """
    purpose = gate.purpose_of(purpose)
    if not (outbound.text or outbound.media_file_id or outbound.template or outbound.choices):
        raise ValueError("an outbound message needs text, media, choices or a template")
    decision = gate.decide(customer, outbound, purpose)
    if decision.verdict is gate.Verdict.REFUSE:
        log.info("outbound %s refused (%s) for customer %s", purpose, decision.reason,
                 customer.id)
        return None
    message = Message(
        customer=customer,
        channel=customer.channel,
        direction=Direction.OUTBOUND,
        kind=MessageKind.IMAGE if outbound.media_file_id else MessageKind.TEXT,
        status=MessageStatus.QUEUED,
        text=outbound.text,
        payload=outbound.to_json(),
        purpose=purpose,
        job_request_id=job_request_id,
        attempts=0,
    )
    gate.record(message, decision)
    # In a job that answers the customer itself, the reply is sent right after this unit
    # of work commits (channels.pipeline); elsewhere a `messages` job sends it.
    sent_here = (message.status == MessageStatus.QUEUED and pipeline.is_answering_here()
                 and delivery.claim_for_sending_here(message))
    db.session.add(message)
    db.session.flush()
    if sent_here:
        delivery.send_after_commit(message, decision)
    elif message.status == MessageStatus.QUEUED:
        tasks.enqueue(channel_tasks.deliver_message, message.id, queue="messages")
    return message
