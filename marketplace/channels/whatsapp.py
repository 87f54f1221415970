"""WhatsApp Business Cloud API: webhook verification and parsing, sends, media download.

Formats: Meta's webhook reference (messages, statuses, errors), the send-messages pages and
the media page; see shared/reference/messenger-apis.md section 1.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from flask_babel import force_locale
from flask_babel import gettext as _

from marketplace.channels import http, meta
from marketplace.channels.base import (
    PARSE_ERRORS,
    ChannelError,
    ChannelName,
    Choice,
    DeliveryStatus,
    InboundEvent,
    MalformedPayload,
    MediaRef,
    MessageKind,
    Outbound,
    OutboundMedia,
    ParsedBatch,
    Recipient,
    SendResult,
)
from marketplace.channels.meta import MetaWebhook

MAX_BUTTONS = 3
MAX_BUTTON_TITLE = 20
MAX_LIST_ROWS = 10
MAX_ROW_TITLE = 24
MAX_ROW_DESCRIPTION = 72
MAX_LIST_BUTTON = 20
MAX_BODY_INTERACTIVE = 1024
MAX_BODY_LIST = 4096
MAX_TEXT = 4096
MAX_CAPTION = 1024
# Rate limits and temporary outages: back off and try again.
RETRYABLE_CODES = {"4", "80007", "130429", "131000", "131016", "131056", "131057", "1", "2"}
MEDIA_KINDS = {"image": MessageKind.IMAGE, "video": MessageKind.VIDEO,
               "audio": MessageKind.AUDIO, "document": MessageKind.DOCUMENT,
               "sticker": MessageKind.STICKER}


def _epoch(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _id_of(item: Any) -> str:
    """A message's or status's id for the admin's note, whatever shape it came in."""
    return repr(item.get("id"))[:100] if isinstance(item, dict) else "(not an object)"


def graph_error(status_code: int, body: dict[str, Any]) -> ChannelError:
    return meta.graph_error(status_code, body, retryable_codes=RETRYABLE_CODES)


@dataclass(frozen=True)
class Incoming:
    """One webhook message, split into what every message type's parser needs."""

    message: dict[str, Any]
    content: dict[str, Any]  # the object named by the message's type ({} if none)
    context: dict[str, Any]  # what the customer replied to, if anything
    extra: dict[str, Any]
    base: dict[str, Any]  # the InboundEvent fields every type shares

    def event(self, kind: MessageKind, **fields: Any) -> InboundEvent:
        return InboundEvent(kind=kind, extra=self.extra, **self.base, **fields)


# --- one small parser per message type (the table follows) ------------------------------


def _text(incoming: Incoming) -> InboundEvent:
    return incoming.event(MessageKind.TEXT, text=str(incoming.content.get("body") or ""))


def _media(incoming: Incoming) -> InboundEvent:
    content = incoming.content
    if content.get("voice"):
        incoming.extra["voice"] = True
    ref = MediaRef(provider_media_id=content.get("id"), mime_type=content.get("mime_type"),
                   sha256=content.get("sha256"), filename=content.get("filename"),
                   caption=content.get("caption"))
    return incoming.event(MEDIA_KINDS[incoming.extra["type"]], text=ref.caption or "",
                          media=(ref,))


def _location(incoming: Incoming) -> InboundEvent:
    content = incoming.content
    label = ", ".join(str(part) for part in (content.get("name"), content.get("address"))
                      if part)
    return incoming.event(MessageKind.LOCATION, text=label,
                          latitude=float(content["latitude"]),
                          longitude=float(content["longitude"]))


def _contacts(incoming: Incoming) -> InboundEvent:
    lines = []
    for card in incoming.message.get("contacts") or []:
        formatted = (card.get("name") or {}).get("formatted_name") or ""
        phones = ", ".join(phone.get("phone", "") for phone in card.get("phones") or [])
        lines.append(f"{formatted}: {phones}".strip(": "))
    return incoming.event(MessageKind.CONTACTS, text="\n".join(lines))


def _interactive(incoming: Incoming) -> InboundEvent:
    reply_type = incoming.content.get("type")
    reply = (incoming.content.get(reply_type) if reply_type in ("button_reply", "list_reply")
             else None)
    if isinstance(reply, dict) and reply.get("id"):
        incoming.extra["interactive"] = reply_type
        return incoming.event(MessageKind.CHOICE, choice_id=str(reply["id"]),
                              text=str(reply.get("title") or ""),
                              refers_to_provider_id=incoming.context.get("id"))
    incoming.extra["unsupported"] = f"interactive:{reply_type or 'empty'}"
    return incoming.event(MessageKind.UNSUPPORTED)


def _button(incoming: Incoming) -> InboundEvent:
    """A quick-reply button under a template message."""
    content = incoming.content
    return incoming.event(MessageKind.CHOICE,
                          choice_id=str(content.get("payload") or content.get("text")),
                          text=str(content.get("text") or ""),
                          refers_to_provider_id=incoming.context.get("id"))


def _reaction(incoming: Incoming) -> InboundEvent:
    return incoming.event(MessageKind.REACTION, text=str(incoming.content.get("emoji") or ""),
                          refers_to_provider_id=incoming.content.get("message_id"))


def _edit(incoming: Incoming) -> InboundEvent:
    edited = incoming.content.get("message") or {}
    text = edited.get("text")
    body = (text.get("body") if isinstance(text, dict) else "") or ""
    return incoming.event(MessageKind.EDIT, text=str(body),
                          refers_to_provider_id=incoming.content.get("original_message_id"))


def _revoke(incoming: Incoming) -> InboundEvent:
    return incoming.event(MessageKind.REVOKE,
                          refers_to_provider_id=incoming.content.get("original_message_id"))


def _request_welcome(incoming: Incoming) -> InboundEvent:
    # The customer opened the chat for the first time; the conversation greets on their
    # first real message, so this is kept for the record only.
    incoming.extra["system_type"] = "request_welcome"
    return incoming.event(MessageKind.SYSTEM)


def _system(incoming: Incoming) -> InboundEvent:
    content = incoming.content
    incoming.extra["system_type"] = content.get("type")
    # Number or business-scoped id changes name the customer's new identity.
    new_wa_id = content.get("new_wa_id") or content.get("wa_id")
    if new_wa_id:
        incoming.extra["new_wa_id"] = str(new_wa_id)
    if content.get("user_id"):
        incoming.extra["new_user_id"] = str(content["user_id"])
    return incoming.event(MessageKind.SYSTEM, text=str(content.get("body") or ""))


def _unsupported(incoming: Incoming) -> InboundEvent:
    errors = incoming.message.get("errors") or []
    if errors:
        incoming.extra["error_codes"] = [str(error.get("code")) for error in errors]
    if incoming.content.get("type"):
        incoming.extra["unsupported"] = str(incoming.content.get("type"))
    return incoming.event(MessageKind.UNSUPPORTED)


# The webhook's message `type` -> its parser; any other type is kept as unsupported.
MESSAGE_PARSERS: dict[str, Callable[[Incoming], InboundEvent]] = {
    "text": _text,
    **dict.fromkeys(MEDIA_KINDS, _media),
    "location": _location,
    "contacts": _contacts,
    "interactive": _interactive,
    "button": _button,
    "reaction": _reaction,
    "edit": _edit,
    "revoke": _revoke,
    "request_welcome": _request_welcome,
    "system": _system,
}


class WhatsAppAdapter(MetaWebhook):
    name = ChannelName.WHATSAPP

    def __init__(self, config: Mapping[str, Any]) -> None:
        self.phone_number_id = str(config["WHATSAPP_PHONE_NUMBER_ID"])
        self.access_token = config["WHATSAPP_ACCESS_TOKEN"]
        self.app_secret = config["WHATSAPP_APP_SECRET"]
        self.verify_token = config["WHATSAPP_VERIFY_TOKEN"]
        self.graph_url = str(config["GRAPH_API_URL"]).rstrip("/")
        self.session = http.new_session()

    # --- inbound -------------------------------------------------------------------------

    def parse(self, payload: Any) -> ParsedBatch:
        if not isinstance(payload, dict) or payload.get("object") != "whatsapp_business_account":
            raise MalformedPayload("object is not whatsapp_business_account")
        entries = payload.get("entry")
        if not isinstance(entries, list):
            raise MalformedPayload("entry is not a list")
        batch = ParsedBatch()
        for entry in entries:
            for change in entry.get("changes") or []:
                self._parse_change(change, batch)
        return batch

    def _parse_change(self, change: dict[str, Any], batch: ParsedBatch) -> None:
        value = change.get("value")
        if not isinstance(value, dict):
            raise MalformedPayload("change without value")
        if change.get("field") != "messages":
            batch.notices.append(f"ignored webhook field {change.get('field')!r}")
            return
        phone_number_id = str((value.get("metadata") or {}).get("phone_number_id") or "")
        if phone_number_id != self.phone_number_id:
            batch.foreign_recipients.append(phone_number_id or "(none)")
            return
        profiles = {}
        for contact in value.get("contacts") or []:
            name = (contact.get("profile") or {}).get("name")
            for key in (contact.get("wa_id"), contact.get("user_id")):
                if key:
                    profiles[key] = (name, contact.get("wa_id"), contact.get("user_id"))
        for message in value.get("messages") or []:
            try:
                batch.events.append(self._parse_message(message, profiles, phone_number_id))
            except PARSE_ERRORS as error:
                batch.note_problem(f"message {_id_of(message)}", error)
        for status in value.get("statuses") or []:
            try:
                batch.statuses.append(self._parse_status(status))
            except PARSE_ERRORS as error:
                batch.note_problem(f"status {_id_of(status)}", error)
        for error in value.get("errors") or []:
            batch.notices.append(f"WhatsApp error {error.get('code')}: {error.get('title')}")

    def _parse_message(self, message: dict[str, Any], profiles: dict[str, tuple],
                       recipient_id: str) -> InboundEvent:
        message_id = message.get("id")
        if not message_id:
            raise MalformedPayload("message without id")
        phone = message.get("from")
        user_id = message.get("from_user_id")
        name, wa_id, contact_user_id = profiles.get(phone or user_id or "", (None, None, None))
        user_id = user_id or contact_user_id
        phone = phone or wa_id
        sender = user_id or phone
        if not sender:
            raise MalformedPayload("message without sender")
        message_type = message.get("type") or ""
        context = message.get("context") or {}
        extra: dict[str, Any] = {"type": message_type}
        if context.get("id"):
            extra["context_id"] = context["id"]
        content = message.get(message_type)
        incoming = Incoming(
            message=message, content=content if isinstance(content, dict) else {},
            context=context, extra=extra,
            base={"channel": self.name, "provider_message_id": message_id,
                  "sender_id": sender, "sent_at_epoch": _epoch(message.get("timestamp")),
                  "sender_name": name, "sender_phone": phone, "recipient_id": recipient_id})
        return MESSAGE_PARSERS.get(message_type, _unsupported)(incoming)

    def _parse_status(self, status: dict[str, Any]) -> DeliveryStatus:
        if not status.get("id") or not status.get("status"):
            raise MalformedPayload("status without id or status")
        errors = status.get("errors") or []
        first = errors[0] if errors else {}
        return DeliveryStatus(
            channel=self.name, provider_message_id=status["id"], status=status["status"],
            timestamp_epoch=_epoch(status.get("timestamp")),
            error_code=str(first["code"]) if first.get("code") is not None else None,
            error_title=first.get("title") or first.get("message"),
            recipient_id=status.get("recipient_id") or status.get("recipient_user_id"))

    # --- outbound ------------------------------------------------------------------------

    def _address(self, recipient: Recipient) -> dict[str, str]:
        if recipient.phone:
            phone = recipient.phone
            return {"to": phone if phone.startswith("+") else f"+{phone}"}
        # A user known only by business-scoped user id (username users, 2026).
        return {"recipient": recipient.external_id}

    def _post(self, body: dict[str, Any]) -> dict[str, Any]:
        return http.request_json(
            self.session, "POST", f"{self.graph_url}/{self.phone_number_id}/messages",
            json=body, headers={"Authorization": f"Bearer {self.access_token}"},
            error_parser=graph_error)

    def build_messages(self, recipient: Recipient, outbound: Outbound, *, as_template: bool,
                       media_id: str | None = None, media_kind: str | None = None
                       ) -> list[dict[str, Any]]:
        """The request bodies for one intent, in sending order (pure; tested directly)."""
        base = {"messaging_product": "whatsapp", "recipient_type": "individual",
                **self._address(recipient)}
        if as_template and outbound.template is not None:
            template: dict[str, Any] = {"name": outbound.template.name,
                                        "language": {"code": outbound.template.language}}
            components: list[dict[str, Any]] = []
            if outbound.template.parameters:
                components.append({"type": "body", "parameters": [
                    {"type": "text", "text": value} for value in outbound.template.parameters]})
            for index, payload in enumerate(outbound.template.button_payloads):
                components.append({"type": "button", "sub_type": "quick_reply",
                                   "index": str(index),
                                   "parameters": [{"type": "payload", "payload": payload}]})
            if components:
                template["components"] = components
            return [{**base, "type": "template", "template": template}]
        bodies = []
        text = http.with_link(outbound.text, outbound.link_url)
        if media_id is not None:
            kind = media_kind if media_kind in ("image", "video", "audio", "document") \
                else "document"
            media: dict[str, Any] = {"id": media_id}
            if kind != "audio" and text and not outbound.choices:
                media["caption"] = text[:MAX_CAPTION]
                text = ""
            bodies.append({**base, "type": kind, kind: media})
        if outbound.choices:
            bodies.append({**base, **self._choices(text, outbound, recipient.language)})
        elif text:
            bodies.append({**base, "type": "text",
                           "text": {"body": text[:MAX_TEXT],
                                    "preview_url": bool(outbound.link_url)}})
        return bodies

    def _choices(self, text: str, outbound: Outbound, language: str) -> dict[str, Any]:
        choices: tuple[Choice, ...] = outbound.choices
        titles = [choice.title for choice in choices]
        ids_fit = all(len(choice.id) <= 200 for choice in choices)
        if (len(choices) <= MAX_BUTTONS and ids_fit
                and all(len(title) <= MAX_BUTTON_TITLE for title in titles)
                and len(set(titles)) == len(titles) and len(text) <= MAX_BODY_INTERACTIVE):
            return {"type": "interactive", "interactive": {
                "type": "button", "body": {"text": text or "…"},
                "action": {"buttons": [{"type": "reply", "reply": {"id": choice.id,
                                                                   "title": choice.title}}
                                       for choice in choices]}}}
        if (len(choices) <= MAX_LIST_ROWS and ids_fit
                and all(len(title) <= MAX_ROW_TITLE for title in titles)
                and len(text) <= MAX_BODY_LIST):
            with force_locale(language):
                label = outbound.choices_label or _("Options")
            rows = []
            for choice in choices:
                row = {"id": choice.id, "title": choice.title}
                if choice.description:
                    row["description"] = choice.description[:MAX_ROW_DESCRIPTION]
                rows.append(row)
            return {"type": "interactive", "interactive": {
                "type": "list", "body": {"text": text or "…"},
                "action": {"button": label[:MAX_LIST_BUTTON],
                           "sections": [{"rows": rows}]}}}
        return {"type": "text", "text": {"body": http.numbered_text(text, titles,
                                                                    language)[:MAX_TEXT],
                                         "preview_url": False}}

    def upload_media(self, media: OutboundMedia) -> str:
        """Outbound files go up as media ids, never as public links."""
        with open(media.path, "rb") as source:
            body = http.request_json(
                self.session, "POST", f"{self.graph_url}/{self.phone_number_id}/media",
                data={"messaging_product": "whatsapp", "type": media.content_type},
                files={"file": (media.filename, source, media.content_type)},
                headers={"Authorization": f"Bearer {self.access_token}"},
                error_parser=graph_error)
        if not body.get("id"):
            raise ChannelError("no_media_id", "upload answered without an id", retryable=True)
        return str(body["id"])

    def send(self, recipient: Recipient, outbound: Outbound, *, as_template: bool = False,
             media: OutboundMedia | None = None) -> SendResult:
        media_id = self.upload_media(media) if media is not None and not as_template else None
        last_id = None
        for body in self.build_messages(recipient, outbound, as_template=as_template,
                                        media_id=media_id,
                                        media_kind=media.kind if media else None):
            answer = self._post(body)
            messages = answer.get("messages") or []
            if not messages or not messages[0].get("id"):
                raise ChannelError("no_message_id", "send answered without a message id",
                                   retryable=False)
            last_id = str(messages[0]["id"])
        return SendResult(provider_message_id=last_id)

    def answer_callback(self, callback_id: str) -> None:
        """WhatsApp needs no acknowledgement of a tapped button."""

    # --- media ---------------------------------------------------------------------------

    def open_media(self, provider_media_id: str | None, url: str | None):
        """Media id -> fresh short-lived URL -> download with the bearer token.

        Returns a context manager yielding the file's chunks.
        """
        if not provider_media_id:
            raise ChannelError("no_media_id", "message carried no media id", retryable=False)
        auth = {"Authorization": f"Bearer {self.access_token}"}
        for attempt in range(2):
            info = http.request_json(
                self.session, "GET", f"{self.graph_url}/{provider_media_id}",
                params={"phone_number_id": self.phone_number_id}, headers=auth,
                error_parser=graph_error)
            media_url = info.get("url")
            if not media_url:
                raise ChannelError("no_media_url", json.dumps(sorted(info))[:200],
                                   retryable=False)
            try:
                response = http.open_download(self.session, media_url, headers=auth)
            except ChannelError as error:
                # The URL lives five minutes: on a 404 fetch a fresh one once.
                if error.code == "http_404" and attempt == 0:
                    continue
                raise
            return http.chunks_of(response)
        raise ChannelError("http_404", "media URL expired twice", retryable=True)
