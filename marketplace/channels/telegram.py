"""Telegram Bot API: secret-token check, Update parsing, sends with inline keyboards, files.

Formats: core.telegram.org/bots/api (Update, Message, CallbackQuery, getFile, sendMessage);
shared/reference/messenger-apis.md section 3. Method URLs contain the bot token: never logged.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from marketplace.channels import http
from marketplace.channels.base import (
    ChannelError,
    ChannelName,
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

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_INLINE_BUTTONS = 20
MEDIA_FIELDS = (("photo", MessageKind.IMAGE), ("video", MessageKind.VIDEO),
                ("video_note", MessageKind.VIDEO), ("voice", MessageKind.AUDIO),
                ("audio", MessageKind.AUDIO), ("document", MessageKind.DOCUMENT),
                ("sticker", MessageKind.STICKER))
SEND_METHODS = {"image": ("sendPhoto", "photo"), "video": ("sendVideo", "video"),
                "audio": ("sendAudio", "audio"), "document": ("sendDocument", "document")}


def bot_api_error(status_code: int, body: dict[str, Any]) -> ChannelError:
    code = str(body.get("error_code") or status_code)
    retry_after = (body.get("parameters") or {}).get("retry_after")
    retryable = status_code == 429 or status_code >= 500
    return ChannelError(code, str(body.get("description") or "")[:500], retryable=retryable,
                        retry_after=float(retry_after) if retry_after else None)


@dataclass(frozen=True)
class Incoming:
    """One Telegram Message, split into what each content parser needs."""

    message: dict[str, Any]
    caption: str
    extra: dict[str, Any]
    base: dict[str, Any]  # the InboundEvent fields every message shares

    def event(self, kind: MessageKind, **fields: Any) -> InboundEvent:
        return InboundEvent(kind=kind, extra=self.extra, **self.base, **fields)


def _incoming(update_id: int, message: dict[str, Any], *, edited: bool) -> Incoming | None:
    """None for a message outside a private chat: groups are not customers."""
    chat = message.get("chat") or {}
    if chat.get("id") is None:
        raise MalformedPayload("message without chat")
    if chat.get("type") != "private":
        return None
    sender = message.get("from") or {}
    name = " ".join(part for part in (sender.get("first_name"), sender.get("last_name"))
                    if part) or None
    extra: dict[str, Any] = {"message_id": message.get("message_id"),
                             "language": (sender.get("language_code") or "")[:2]}
    if message.get("media_group_id"):
        extra["media_group_id"] = message["media_group_id"]
    base = {"channel": ChannelName.TELEGRAM, "provider_message_id": str(update_id),
            "sender_id": str(chat["id"]), "sent_at_epoch": message.get("edit_date")
            if edited else message.get("date"), "sender_name": name}
    return Incoming(message=message, caption=str(message.get("caption") or ""), extra=extra,
                    base=base)


# --- one small parser per content type (the table follows) ------------------------------


def _text(incoming: Incoming) -> InboundEvent | None:
    if incoming.message.get("text") is None:
        return None
    return incoming.event(MessageKind.TEXT, text=str(incoming.message["text"]))


def _media(incoming: Incoming) -> InboundEvent | None:
    for field_name, kind in MEDIA_FIELDS:
        content = incoming.message.get(field_name)
        if not content:
            continue
        if field_name == "photo":
            content = content[-1]  # the largest size comes last
        ref = MediaRef(provider_media_id=content.get("file_id"),
                       mime_type=content.get("mime_type"),
                       filename=content.get("file_name"), caption=incoming.caption or None)
        incoming.extra["file_unique_id"] = content.get("file_unique_id")
        return incoming.event(kind, text=incoming.caption, media=(ref,))
    return None


def _location(incoming: Incoming) -> InboundEvent | None:
    venue = incoming.message.get("venue") or {}
    location = incoming.message.get("location") or venue.get("location")
    if not location:
        return None
    label = ", ".join(str(part) for part in (venue.get("title"), venue.get("address"))
                      if part)
    return incoming.event(MessageKind.LOCATION, text=label,
                          latitude=float(location["latitude"]),
                          longitude=float(location["longitude"]))


def _contact(incoming: Incoming) -> InboundEvent | None:
    contact = incoming.message.get("contact")
    if not contact:
        return None
    text = f"{contact.get('first_name', '')}: {contact.get('phone_number', '')}"
    return incoming.event(MessageKind.CONTACTS, text=text.strip(": "))


# A Telegram Message has no type field: the first parser that recognises it wins.
CONTENT_PARSERS: tuple[Callable[[Incoming], InboundEvent | None], ...] = (
    _text, _media, _location, _contact)


def _message(update_id: int, message: dict[str, Any]) -> InboundEvent | None:
    incoming = _incoming(update_id, message, edited=False)
    if incoming is None:
        return None
    for parser in CONTENT_PARSERS:
        event = parser(incoming)
        if event is not None:
            return _replying(event, message)
    incoming.extra["unsupported"] = ",".join(sorted(set(message) - {
        "message_id", "from", "chat", "date"}))[:200]
    return incoming.event(MessageKind.UNSUPPORTED)


def _replying(event: InboundEvent, message: dict[str, Any]) -> InboundEvent:
    """A reply to one of our messages names it as our send result did ("<chat>:<id>"), so a
    business's thread can be found from the customer's answer."""
    replied = message.get("reply_to_message") or {}
    if not isinstance(replied, dict) or replied.get("message_id") is None:
        return event
    chat_id = (message.get("chat") or {}).get("id")
    return replace(event, refers_to_provider_id=f"{chat_id}:{replied['message_id']}")


def _edited_message(update_id: int, message: dict[str, Any]) -> InboundEvent | None:
    incoming = _incoming(update_id, message, edited=True)
    if incoming is None:
        return None
    return incoming.event(MessageKind.EDIT,
                          text=str(message.get("text") or message.get("caption") or ""),
                          refers_to_provider_id=str(message.get("message_id")))


def _callback_query(update_id: int, query: dict[str, Any]) -> InboundEvent | None:
    message = query.get("message") or {}
    chat = message.get("chat") or {}
    sender = query.get("from") or {}
    if chat and chat.get("type") != "private":
        return None
    chat_id = chat.get("id") if chat else sender.get("id")
    if chat_id is None or not query.get("id"):
        raise MalformedPayload("callback query without chat or id")
    return InboundEvent(
        channel=ChannelName.TELEGRAM, provider_message_id=str(update_id),
        sender_id=str(chat_id), kind=MessageKind.CHOICE,
        choice_id=str(query.get("data") or ""), sender_name=sender.get("first_name"),
        refers_to_provider_id=str(message.get("message_id")) if message else None,
        extra={"callback_query_id": str(query["id"]),
               "language": (sender.get("language_code") or "")[:2]})


# The Update's field -> its parser, tried in this order; others are noted and ignored.
UPDATE_PARSERS: dict[str, Callable[[int, dict[str, Any]], InboundEvent | None]] = {
    "message": _message,
    "edited_message": _edited_message,
    "callback_query": _callback_query,
}


class TelegramAdapter:
    name = ChannelName.TELEGRAM
    signature_header = "X-Telegram-Bot-Api-Secret-Token"

    def __init__(self, config: Mapping[str, Any]) -> None:
        self.bot_token = config["TELEGRAM_BOT_TOKEN"]
        self.secret_token = config["TELEGRAM_SECRET_TOKEN"]
        self.api_url = str(config["TELEGRAM_API_URL"]).rstrip("/")
        self.session = http.new_session()

    # --- inbound -------------------------------------------------------------------------

    def verify(self, headers: Mapping[str, str], raw_body: bytes) -> bool:
        return http.token_matches(self.secret_token,
                                  headers.get("X-Telegram-Bot-Api-Secret-Token"))

    def parse(self, payload: Any) -> ParsedBatch:
        if not isinstance(payload, dict) or not isinstance(payload.get("update_id"), int):
            raise MalformedPayload("update without update_id")
        batch = ParsedBatch()
        for field_name, parser in UPDATE_PARSERS.items():
            if isinstance(payload.get(field_name), dict):
                event = parser(payload["update_id"], payload[field_name])
                break
        else:
            kinds = sorted(set(payload) - {"update_id"})
            batch.notices.append(f"ignored Telegram update {', '.join(kinds)}")
            return batch
        if event is None:
            batch.notices.append("ignored a message outside a private chat")
        else:
            batch.events.append(event)
        return batch

    # --- outbound ------------------------------------------------------------------------

    def _method_url(self, method: str) -> str:
        return f"{self.api_url}/bot{self.bot_token}/{method}"

    def _call(self, method: str, **kwargs: Any) -> dict[str, Any]:
        body = http.request_json(self.session, "POST", self._method_url(method),
                                 error_parser=bot_api_error, **kwargs)
        if not body.get("ok"):
            raise bot_api_error(200, body)
        return body

    def build_text(self, outbound: Outbound, language: str = "de"
                   ) -> tuple[str, dict[str, Any] | None]:
        """Text and inline keyboard for an intent (pure; tested directly)."""
        text = outbound.text
        choices = outbound.choices
        fits = (len(choices) <= MAX_INLINE_BUTTONS and all(
            0 < len(choice.id.encode()) <= MAX_CALLBACK_DATA_BYTES for choice in choices))
        rows: list[list[dict[str, str]]] = []
        if choices and fits:
            rows = [[{"text": choice.title, "callback_data": choice.id}] for choice in choices]
        elif choices:
            text = http.numbered_text(text, [choice.title for choice in choices], language)
        if outbound.link_url:
            if outbound.link_url.startswith("https://"):
                rows.append([{"text": outbound.link_url.split("//", 1)[1][:60],
                              "url": outbound.link_url}])
            else:
                text = http.with_link(text, outbound.link_url)
        markup = {"inline_keyboard": rows} if rows else None
        return (text or "…")[:MAX_TEXT], markup

    def send(self, recipient: Recipient, outbound: Outbound, *, as_template: bool = False,
             media: OutboundMedia | None = None) -> SendResult:
        chat_id = recipient.external_id
        text, markup = self.build_text(outbound, recipient.language)
        if media is not None:
            method, field_name = SEND_METHODS.get(media.kind, SEND_METHODS["document"])
            data: dict[str, Any] = {"chat_id": chat_id}
            if len(text) <= MAX_CAPTION:
                data["caption"] = text
                if markup:
                    data["reply_markup"] = json.dumps(markup)
                text, markup = "", None
            with open(media.path, "rb") as source:
                answer = self._call(method, data=data, files={
                    field_name: (media.filename, source, media.content_type)})
            last = answer.get("result") or {}
            if not text:
                return SendResult(provider_message_id=f"{chat_id}:{last.get('message_id')}")
        body: dict[str, Any] = {"chat_id": chat_id, "text": text}
        if markup:
            body["reply_markup"] = markup
        answer = self._call("sendMessage", json=body)
        result = answer.get("result") or {}
        if result.get("message_id") is None:
            raise ChannelError("no_message_id", "send answered without a message id",
                               retryable=False)
        return SendResult(provider_message_id=f"{chat_id}:{result['message_id']}")

    def answer_callback(self, callback_id: str) -> None:
        """Stop the client's progress indicator on the tapped button."""
        self._call("answerCallbackQuery", json={"callback_query_id": callback_id})

    # --- media ---------------------------------------------------------------------------

    def open_media(self, provider_media_id: str | None, url: str | None):
        """getFile -> file_path -> download (the link lives at least an hour)."""
        if not provider_media_id:
            raise ChannelError("no_file_id", "message carried no file id", retryable=False)
        answer = self._call("getFile", json={"file_id": provider_media_id})
        file_path = (answer.get("result") or {}).get("file_path")
        if not file_path:
            raise ChannelError("no_file_path", "getFile answered without a path",
                               retryable=False)
        response = http.open_download(
            self.session, f"{self.api_url}/file/bot{self.bot_token}/{file_path}")
        return http.chunks_of(response)
