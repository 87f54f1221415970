"""Facebook Messenger Platform: webhook verification and parsing, Send API, attachments.

Formats: Meta's Messenger webhook events and Send API; shared/reference/messenger-apis.md
section 2.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from marketplace.channels import http, meta
from marketplace.channels.base import (
    PARSE_ERRORS,
    ChannelError,
    ChannelName,
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

MAX_TEXT = 2000
MAX_QUICK_REPLIES = 13
MAX_QUICK_REPLY_TITLE = 20
MAX_PAYLOAD = 1000
# Rate limits and temporary errors (1200: temporary send failure).
RETRYABLE_CODES = {"1", "2", "4", "17", "32", "613", "1200"}
ATTACHMENT_KINDS = {"image": MessageKind.IMAGE, "video": MessageKind.VIDEO,
                    "audio": MessageKind.AUDIO, "file": MessageKind.DOCUMENT,
                    "sticker": MessageKind.STICKER}
SEND_TYPES = {"image": "image", "video": "video", "audio": "audio", "document": "file"}


def graph_error(status_code: int, body: dict[str, Any]) -> ChannelError:
    return meta.graph_error(status_code, body, retryable_codes=RETRYABLE_CODES)


@dataclass(frozen=True)
class Item:
    """One entry of a webhook's `messaging` list, split for the parser of its event."""

    body: dict[str, Any]  # the event object: item["message"], item["postback"], ...
    sender: str  # the customer's page-scoped id
    timestamp_ms: Any
    sent_at: int | None
    base: dict[str, Any]  # the InboundEvent fields every event shares
    batch: ParsedBatch

    def add(self, kind: MessageKind, **fields: Any) -> None:
        self.batch.events.append(InboundEvent(kind=kind, **self.base, **fields))


# --- one small parser per event (the table follows) -------------------------------------


def _message(item: Item) -> None:
    if item.body.get("is_echo"):
        return  # our own send coming back: never answered (reply loops)
    mid = item.body.get("mid")
    if not mid:
        raise MalformedPayload("message without mid")
    item.batch.events.append(_message_event(item.body, {**item.base,
                                                        "provider_message_id": mid}))


def _postback(item: Item) -> None:
    postback = item.body
    item.add(MessageKind.CHOICE,
             provider_message_id=postback.get("mid")
             or f"postback.{item.sender}.{item.timestamp_ms}",
             choice_id=str(postback.get("payload") or ""),
             text=str(postback.get("title") or ""), extra={"type": "postback"})


def _reaction(item: Item) -> None:
    reaction = item.body
    emoji = "" if reaction.get("action") == "unreact" else str(reaction.get("emoji") or "")
    item.add(MessageKind.REACTION,
             provider_message_id=f"reaction.{reaction.get('mid')}.{item.timestamp_ms}",
             text=emoji, refers_to_provider_id=reaction.get("mid"),
             extra={"type": "reaction", "action": reaction.get("action")})


def _message_edit(item: Item) -> None:
    edit = item.body
    item.add(MessageKind.EDIT,
             provider_message_id=f"edit.{edit.get('mid')}.{edit.get('num_edit')}",
             text=str(edit.get("text") or ""), refers_to_provider_id=edit.get("mid"),
             extra={"type": "message_edit"})


def _delivery(item: Item) -> None:
    mids = item.body.get("mids") or []
    for mid in mids:
        item.batch.statuses.append(DeliveryStatus(
            channel=ChannelName.MESSENGER, provider_message_id=mid, status="delivered",
            timestamp_epoch=item.sent_at, recipient_id=item.sender))
    if not mids and item.body.get("watermark"):
        item.batch.statuses.append(DeliveryStatus(
            channel=ChannelName.MESSENGER, provider_message_id="", status="delivered",
            recipient_id=item.sender, watermark_epoch_ms=int(item.body["watermark"])))


def _read(item: Item) -> None:
    watermark = item.body.get("watermark")
    if watermark:
        item.batch.statuses.append(DeliveryStatus(
            channel=ChannelName.MESSENGER, provider_message_id="", status="read",
            recipient_id=item.sender, watermark_epoch_ms=int(watermark)))


# The event field of a `messaging` entry -> its parser, tried in this order.
ITEM_PARSERS: dict[str, Callable[[Item], None]] = {
    "message": _message,
    "postback": _postback,
    "reaction": _reaction,
    "message_edit": _message_edit,
    "delivery": _delivery,
    "read": _read,
}


def _message_event(message: dict[str, Any], base: dict[str, Any]) -> InboundEvent:
    extra: dict[str, Any] = {"type": "message"}
    reply_to = (message.get("reply_to") or {}).get("mid")
    text = str(message.get("text") or "")
    quick_reply = message.get("quick_reply")
    if isinstance(quick_reply, dict) and quick_reply.get("payload"):
        return InboundEvent(kind=MessageKind.CHOICE, choice_id=str(quick_reply["payload"]),
                            text=text, extra=extra, **base)
    attachments = message.get("attachments") or []
    if attachments:
        return _attachments_event(attachments, text, reply_to, extra, base)
    if text:
        return InboundEvent(kind=MessageKind.TEXT, text=text, refers_to_provider_id=reply_to,
                            extra=extra, **base)
    extra["unsupported"] = "empty"
    return InboundEvent(kind=MessageKind.UNSUPPORTED, extra=extra, **base)


def _attachments_event(attachments: list[dict[str, Any]], text: str, reply_to: str | None,
                       extra: dict[str, Any], base: dict[str, Any]) -> InboundEvent:
    refs = []
    kind = None
    for attachment in attachments:
        attachment_type = attachment.get("type")
        payload = attachment.get("payload") or {}
        if attachment_type == "location" or payload.get("coordinates"):
            coordinates = payload.get("coordinates") or {}
            return InboundEvent(kind=MessageKind.LOCATION, text=text,
                                latitude=float(coordinates["lat"]),
                                longitude=float(coordinates["long"]), extra=extra, **base)
        if attachment_type in ATTACHMENT_KINDS and payload.get("url"):
            kind = kind or ATTACHMENT_KINDS[attachment_type]
            refs.append(MediaRef(url=payload["url"]))
    if refs:
        return InboundEvent(kind=kind, text=text, media=tuple(refs),
                            refers_to_provider_id=reply_to, extra=extra, **base)
    extra["unsupported"] = ",".join(str(a.get("type")) for a in attachments)
    fallback_url = next(((a.get("payload") or {}).get("url") for a in attachments
                         if (a.get("payload") or {}).get("url")), None)
    if fallback_url and not text:
        # A shared link arrives as "fallback": the link itself is what the customer sent.
        return InboundEvent(kind=MessageKind.TEXT, text=str(fallback_url), extra=extra, **base)
    return InboundEvent(kind=MessageKind.UNSUPPORTED, text=text, extra=extra, **base)


def _mid_of(item: Any) -> Any:
    """A messaging item's message id for the admin's note, whatever shape it came in."""
    message = item.get("message") if isinstance(item, dict) else None
    return str(message.get("mid"))[:100] if isinstance(message, dict) else None


class MessengerAdapter(MetaWebhook):
    name = ChannelName.MESSENGER

    def __init__(self, config: Mapping[str, Any]) -> None:
        self.page_id = str(config["MESSENGER_PAGE_ID"])
        self.access_token = config["MESSENGER_PAGE_ACCESS_TOKEN"]
        self.app_secret = config["MESSENGER_APP_SECRET"]
        self.verify_token = config["MESSENGER_VERIFY_TOKEN"]
        self.graph_url = str(config["GRAPH_API_URL"]).rstrip("/")
        self.session = http.new_session()

    # --- inbound -------------------------------------------------------------------------

    def parse(self, payload: Any) -> ParsedBatch:
        if not isinstance(payload, dict) or payload.get("object") != "page":
            raise MalformedPayload("object is not page")
        entries = payload.get("entry")
        if not isinstance(entries, list):
            raise MalformedPayload("entry is not a list")
        batch = ParsedBatch()
        for entry in entries:
            page_id = str(entry.get("id") or "")
            if page_id != self.page_id:
                batch.foreign_recipients.append(page_id or "(none)")
                continue
            if entry.get("standby"):
                batch.notices.append("ignored standby events (another app has the thread)")
            for item in entry.get("messaging") or []:
                try:
                    self._parse_item(item, batch)
                except PARSE_ERRORS as error:
                    batch.note_problem(f"messaging item {_mid_of(item)!r}", error)
        return batch

    def _parse_item(self, item: dict[str, Any], batch: ParsedBatch) -> None:
        sender = str((item.get("sender") or {}).get("id") or "")
        recipient = str((item.get("recipient") or {}).get("id") or "")
        if not sender:
            raise MalformedPayload("messaging item without sender")
        timestamp_ms = item.get("timestamp")
        sent_at = int(timestamp_ms) // 1000 if isinstance(timestamp_ms, int) else None
        base = {"channel": self.name, "sender_id": sender, "sent_at_epoch": sent_at,
                "recipient_id": recipient}
        for field_name, parser in ITEM_PARSERS.items():
            if field_name in item:
                parser(Item(body=item[field_name] or {}, sender=sender,
                            timestamp_ms=timestamp_ms, sent_at=sent_at, base=base,
                            batch=batch))
                return
        kinds = sorted(set(item) - {"sender", "recipient", "timestamp"})
        batch.notices.append(f"ignored Messenger event {', '.join(kinds)}")

    # --- outbound ------------------------------------------------------------------------

    def build_message(self, outbound: Outbound, language: str = "de") -> dict[str, Any]:
        """The Send API `message` object for an intent (pure; tested directly)."""
        text = http.with_link(outbound.text, outbound.link_url)
        choices = outbound.choices
        fits = (len(choices) <= MAX_QUICK_REPLIES
                and all(len(choice.id) <= MAX_PAYLOAD for choice in choices))
        if choices and fits:
            return {"text": (text or "…")[:MAX_TEXT], "quick_replies": [
                {"content_type": "text", "title": choice.title[:MAX_QUICK_REPLY_TITLE],
                 "payload": choice.id} for choice in choices]}
        if choices:
            text = http.numbered_text(text, [choice.title for choice in choices], language)
        return {"text": text[:MAX_TEXT]}

    def _post(self, **kwargs: Any) -> dict[str, Any]:
        return http.request_json(
            self.session, "POST", f"{self.graph_url}/{self.page_id}/messages",
            headers={"Authorization": f"Bearer {self.access_token}"},
            error_parser=graph_error, **kwargs)

    def send(self, recipient: Recipient, outbound: Outbound, *, as_template: bool = False,
             media: OutboundMedia | None = None) -> SendResult:
        target = {"id": recipient.external_id}
        last_id = None
        if media is not None:
            kind = SEND_TYPES.get(media.kind, "file")
            with open(media.path, "rb") as source:
                answer = self._post(data={
                    "recipient": json.dumps(target), "messaging_type": "RESPONSE",
                    "message": json.dumps({"attachment": {"type": kind,
                                                          "payload": {"is_reusable": False}}})},
                    files={"filedata": (media.filename, source, media.content_type)})
            last_id = answer.get("message_id")
        if outbound.text or outbound.choices or outbound.link_url:
            answer = self._post(json={"recipient": target, "messaging_type": "RESPONSE",
                                      "message": self.build_message(outbound,
                                                                    recipient.language)})
            last_id = answer.get("message_id")
        if not last_id:
            raise ChannelError("no_message_id", "send answered without a message id",
                               retryable=False)
        return SendResult(provider_message_id=str(last_id))

    def answer_callback(self, callback_id: str) -> None:
        """Messenger needs no acknowledgement of a tapped quick reply."""

    # --- media ---------------------------------------------------------------------------

    def open_media(self, provider_media_id: str | None, url: str | None):
        """Attachments are CDN URLs: download them directly, promptly."""
        if not url:
            raise ChannelError("no_media_url", "attachment without URL", retryable=False)
        return http.chunks_of(http.open_download(self.session, url))
