"""One inbound message meeting the customer's conversation: the state of a turn and the
plumbing every part of the bot shares (speaking, the conversation row, the language)."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _

from marketplace import clock
from marketplace.channels import outbound as channels_outbound
from marketplace.channels.base import Choice, Outbound
from marketplace.channels.models import Customer, Message
from marketplace.conversations.models import Conversation, ConversationStatus, Step
from marketplace.conversations.queries import latest_conversation
from marketplace.db import db
from marketplace.errors import DomainError
from marketplace.jobs.models import JobRequest, JobStatus

log = logging.getLogger(__name__)


# Conversation.extra key: a fingerprint of the question asked last (see `Turn.repeats`).
ASKED_LAST = "asked_last"


def _fingerprint(question: str) -> str:
    return hashlib.sha256(question.encode()).hexdigest()[:16]


class Turn:
    """One inbound message meeting the customer's conversation (no commit here)."""

    def __init__(self, customer: Customer, message: Message,
                 together: list[Message] | None = None) -> None:
        self.customer = customer
        self.message = message  # the first of the turn's messages
        # Messages sent in a burst are read as one turn (see `dispatch.run_all`).
        self.messages = together or [message]
        # The newest conversation, finished or not; one in progress is always the newest
        # (a new one starts only when none is in progress), so one query answers both.
        self.latest_conversation = latest_conversation(customer)
        self.conversation = (self.latest_conversation if self.latest_conversation is not None
                             and self.latest_conversation.status == ConversationStatus.ACTIVE
                             else None)
        self.language = (self.conversation.language if self.conversation
                         else customer.language) or "de"
        self.text = "\n".join(text for text in ((m.text or "").strip() for m in self.messages)
                              if text)
        # Photos and videos received in this turn, and whether to thank for them.
        self.media_received = 0
        self.thank_for_media = False
        # Facts learnt from this message, for the reply: (order, text), trade first.
        self.captured: list[tuple[int, str]] = []
        self.prefix: list[str] = []  # sentences to put before the next question

    @property
    def current(self) -> Conversation:
        if self.conversation is None:
            raise RuntimeError("no conversation in progress")
        return self.conversation

    # -- speaking --

    def say(self, text: str, *, choices: tuple[Choice, ...] = (), choices_label: str = "",
            link_url: str | None = None, purpose: str = "service_reply",
            job_request_id: int | None = None, question: str | None = None) -> None:
        """Send `text`. `question`: the part of it that asks something, which is not sent
        again word for word while the customer wrote nothing new (`repeats`)."""
        outbound = Outbound(text=text, choices=choices, choices_label=choices_label,
                            link_url=link_url)
        sent = channels_outbound.queue_outbound(self.customer, outbound, purpose=purpose,
                                               job_request_id=job_request_id)
        if sent is not None and self.conversation is not None:
            self.conversation.last_message_id = max(self.conversation.last_message_id or 0,
                                                    sent.id)
            self._note_asked(question)

    def repeats(self, question: str) -> bool:
        """Whether `question` is what the bot asked last and the customer has written
        nothing new since ("Hallo" again, "moment", 👍): then the bot stays quiet."""
        from marketplace.conversations.intake.readiness import brings_nothing_new

        return (self.conversation is not None
                and self.conversation.extra.get(ASKED_LAST) == _fingerprint(question)
                and brings_nothing_new(self.messages))

    def _note_asked(self, question: str | None) -> None:
        conversation = self.current
        asked = _fingerprint(question) if question else None
        if conversation.extra.get(ASKED_LAST) != asked:
            rest = {key: value for key, value in conversation.extra.items() if key != ASKED_LAST}
            conversation.extra = {**rest, ASKED_LAST: asked} if asked else rest

    def ask(self, question: str, **options: Any) -> None:
        """Say what was understood (if anything), then the question, in one message; never
        the same bare question twice in a row when nothing new came."""
        if not self.prefix and not self.captured and self.repeats(question):
            return
        parts = list(self.prefix)
        if self.captured:
            parts.append("✔ " + " · ".join(text for _order, text in sorted(self.captured)))
        parts.append(question)
        self.prefix, self.captured = [], []
        self.say("\n\n".join(part for part in parts if part), question=question, **options)

    def set_language(self, language: str) -> None:
        if language not in current_app.config["LANGUAGES"]:
            return
        self.language = language
        self.customer.language = language
        if self.conversation is not None:
            self.conversation.language = language

    # -- the conversation row --

    def touch(self) -> None:
        if self.conversation is None:
            return
        conversation = self.conversation
        if conversation.first_message_id is None:
            conversation.first_message_id = self.message.id
        conversation.last_message_id = max(conversation.last_message_id or 0,
                                           *(message.id for message in self.messages))
        conversation.last_activity_at = clock.now()

    def start_conversation(self) -> Conversation:
        conversation = Conversation(customer_id=self.customer.id, language=self.language,
                                    status=ConversationStatus.ACTIVE, step=Step.TRADE,
                                    first_message_id=self.message.id,
                                    last_message_id=self.message.id,
                                    last_activity_at=clock.now(), offered_trade_codes=[],
                                    media_file_ids=[], description="", extra={},
                                    photos_answered=False)
        # A returning customer already told us how to be reached; the summary shows it and
        # "Change" still works.
        last_job = self.latest_job()
        if last_job is not None:
            conversation.contact_preference = last_job.contact_preference
            conversation.contact_phone = last_job.contact_phone
            conversation.contact_email = last_job.contact_email
        # Written with the turn's first flush, with what the turn has learnt by then.
        db.session.add(conversation)
        self.conversation = conversation
        return conversation

    def close(self, status: ConversationStatus) -> None:
        if self.conversation is None:
            return
        self.touch()
        self.conversation.status = status
        self.conversation.closed_at = clock.now()
        self.conversation = None

    # -- the customer's jobs --

    def latest_job(self) -> JobRequest | None:
        return db.session.scalar(sa.select(JobRequest).where(
            JobRequest.customer_id == self.customer.id).order_by(JobRequest.id.desc()).limit(1))

    def open_job(self) -> JobRequest | None:
        """The customer's latest job while it is still running."""
        return db.session.scalar(sa.select(JobRequest).where(
            JobRequest.customer_id == self.customer.id,
            JobRequest.status.in_([JobStatus.OPEN, JobStatus.AWARDED, JobStatus.SCHEDULED,
                                   JobStatus.IN_PROGRESS]))
            .order_by(JobRequest.id.desc()).limit(1))

    # -- other features --

    def call_feature(self, handler: Callable[..., Any], *args: Any) -> None:
        """Run another feature's handler inside this unit of work; if it refuses (an old
        button, a request already answered), undo only its part and tell the customer."""
        savepoint = db.session.begin_nested()
        try:
            handler(*args)
        except DomainError as error:
            savepoint.rollback()
            log.info("%s refused: %s", getattr(handler, "__qualname__", handler), error.code)
            self.say(_("Sorry, this button no longer works. HELP shows what I can do."))
        except Exception:
            # A bug in another feature must not leave the customer without an answer (or
            # retry this message forever); it is logged in full for the developers.
            savepoint.rollback()
            log.exception("%s failed", getattr(handler, "__qualname__", handler))
            self.say(_("Sorry, this button no longer works. HELP shows what I can do."))
        else:
            savepoint.commit()
