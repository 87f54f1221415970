"""What every part of the platform says to and hears from a channel, independent of provider.

Callers describe intent (a text, some choices, a file, a template); each channel adapter
turns that into its provider's JSON and degrades what the provider cannot show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class ChannelName(StrEnum):
    WHATSAPP = "whatsapp"
    MESSENGER = "messenger"
    TELEGRAM = "telegram"
    WEBCHAT = "webchat"


class MessageKind(StrEnum):
    TEXT = "text"
    IMAGE = "image"
    VIDEO = "video"
    AUDIO = "audio"  # voice notes included
    DOCUMENT = "document"
    STICKER = "sticker"
    LOCATION = "location"
    CONTACTS = "contacts"
    CHOICE = "choice"  # a tapped button, list row, quick reply, postback or callback
    REACTION = "reaction"
    EDIT = "edit"
    REVOKE = "revoke"
    SYSTEM = "system"
    UNSUPPORTED = "unsupported"


MEDIA_KINDS = frozenset({MessageKind.IMAGE, MessageKind.VIDEO, MessageKind.AUDIO,
                         MessageKind.DOCUMENT, MessageKind.STICKER})


@dataclass(frozen=True)
class Choice:
    """One tappable option. `id` comes back as `InboundEvent.choice_id` when tapped."""

    id: str
    title: str
    description: str = ""


@dataclass(frozen=True)
class TemplateRef:
    """An approved WhatsApp template, for messages outside the 24-hour window."""

    name: str
    language: str
    parameters: tuple[str, ...] = ()
    # Payloads of the template's quick-reply buttons, in button order: a tap comes back as
    # a choice with this id (the button's text is fixed in the approved template).
    button_payloads: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outbound:
    """An outbound message as intent. Adapters render it for their provider."""

    text: str = ""
    choices: tuple[Choice, ...] = ()
    choices_label: str = ""  # button that opens a long list (WhatsApp list messages)
    media_file_id: int | None = None  # a MediaFile to send along
    template: TemplateRef | None = None
    link_url: str | None = None
    # Choice ids of earlier messages that this message makes pointless (a withdrawal closes
    # the "Withdraw" button under the receipt): the web chat disables them.
    closes_choices: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "choices": [choice.__dict__ for choice in self.choices],
            "choices_label": self.choices_label,
            "media_file_id": self.media_file_id,
            "template": None if self.template is None else {
                "name": self.template.name, "language": self.template.language,
                "parameters": list(self.template.parameters),
                "button_payloads": list(self.template.button_payloads)},
            "link_url": self.link_url,
            "closes_choices": list(self.closes_choices),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Outbound:
        template = data.get("template")
        return cls(
            text=data.get("text", ""),
            choices=tuple(Choice(**choice) for choice in data.get("choices", [])),
            choices_label=data.get("choices_label", ""),
            media_file_id=data.get("media_file_id"),
            template=None if not template else TemplateRef(
                name=template["name"], language=template["language"],
                parameters=tuple(template.get("parameters", ())),
                button_payloads=tuple(template.get("button_payloads", ()))),
            link_url=data.get("link_url"),
            closes_choices=tuple(data.get("closes_choices", ())),
        )


@dataclass(frozen=True)
class MediaRef:
    """Where the provider keeps an inbound file; downloaded later by a task."""

    provider_media_id: str | None = None  # WhatsApp media id, Telegram file_id
    url: str | None = None  # Messenger attachment URL
    mime_type: str | None = None
    sha256: str | None = None
    filename: str | None = None
    caption: str | None = None


@dataclass(frozen=True)
class InboundEvent:
    """One normalised customer message from any channel (parse() output, no DB)."""

    channel: ChannelName
    provider_message_id: str
    sender_id: str  # wa_id / BSUID, PSID, Telegram chat id, web chat session id
    kind: MessageKind
    sent_at_epoch: int | None = None
    text: str = ""
    choice_id: str | None = None  # for MessageKind.CHOICE
    media: tuple[MediaRef, ...] = ()
    latitude: float | None = None
    longitude: float | None = None
    refers_to_provider_id: str | None = None  # edited/revoked/reacted-to message
    sender_name: str | None = None
    sender_phone: str | None = None
    recipient_id: str | None = None  # our phone number id / page id / bot
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DeliveryStatus:
    """A provider's report on one of our outbound messages."""

    channel: ChannelName
    provider_message_id: str
    status: str  # sent, delivered, read, failed
    timestamp_epoch: int | None = None
    error_code: str | None = None
    error_title: str | None = None
    recipient_id: str | None = None
    # Messenger reports "everything before this instant" instead of message ids.
    watermark_epoch_ms: int | None = None


class Purpose(StrEnum):
    """Why the platform may write to a customer. There is no marketing purpose, ever."""

    SERVICE_REPLY = "service_reply"
    JOB_UPDATE = "job_update"
    QUOTE = "quote"
    CONSENT_REQUEST = "consent_request"
    CONSENT_RECEIPT = "consent_receipt"
    PRIVACY = "privacy"
    OPT_OUT_CONFIRMATION = "opt_out_confirmation"
    BUSINESS_MESSAGE = "business_message"  # a business writing in its job conversation
    APPOINTMENT = "appointment"  # proposals, confirmations, reminders, changes
    BUSINESS_NOTIFICATION = "business_notification"  # to a business user's linked chat


@dataclass(frozen=True)
class Recipient:
    """Who an adapter writes to; built from a Customer so adapters never touch the DB."""

    external_id: str  # wa_id or BSUID, PSID, Telegram chat id, web chat session id
    phone: str | None = None
    language: str = "de"


class MediaNotReady(Exception):
    """The file to send is still being cleaned (a task decodes uploads, never a web
    worker): its message waits and is tried again shortly."""


class MediaRefused(Exception):
    """The file to send did not pass the cleaning, or is gone: its message cannot go."""


@dataclass(frozen=True)
class OutboundMedia:
    """A stored file to send along: read from local storage by the adapter."""

    path: str
    content_type: str
    kind: str  # image, video, audio, document
    filename: str


@dataclass(frozen=True)
class SendResult:
    provider_message_id: str | None


@dataclass
class ParsedBatch:
    """Everything one webhook POST contained, normalised."""

    events: list[InboundEvent] = field(default_factory=list)
    statuses: list[DeliveryStatus] = field(default_factory=list)
    # Recipient ids (phone number id, page id) that are not ours: the POST is quarantined.
    foreign_recipients: list[str] = field(default_factory=list)
    # Provider notices without a message (WhatsApp value.errors): kept for admins.
    notices: list[str] = field(default_factory=list)
    # Callback queries to answer (Telegram), so the client stops its spinner.
    callbacks_to_answer: list[str] = field(default_factory=list)
    # Messages of the batch that could not be read, with their error; the others are
    # processed and the POST waits for a person.
    problems: list[str] = field(default_factory=list)

    def note_problem(self, what: str, error: Exception) -> None:
        self.problems.append(f"{what}: {type(error).__name__}: {error}"[:500])


class MalformedPayload(ValueError):
    """A correctly signed payload that does not have the documented shape."""


# What reading a payload, or one message of a batch, may raise on a signed body of the
# wrong shape; a batch goes on with its next message.
PARSE_ERRORS = (MalformedPayload, ValueError, KeyError, TypeError, AttributeError,
                IndexError, RecursionError)


class ChannelError(Exception):
    """A provider refused or failed a call. `retryable` decides between backoff and a person."""

    def __init__(self, code: str, detail: str = "", *, retryable: bool,
                 retry_after: float | None = None, outcome_unknown: bool = False) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        self.retryable = retryable
        self.retry_after = retry_after
        # The request left us but no answer came back: the provider may have acted on it.
        self.outcome_unknown = outcome_unknown
