"""Changing a part of the request from the summary, and messages the customer edited."""

from __future__ import annotations

import sqlalchemy as sa
from flask_babel import gettext as _
from flask_babel import pgettext

from marketplace.channels.base import Choice
from marketplace.channels.models import Direction, Message
from marketplace.conversations import parsing
from marketplace.conversations.intake.asking import ask_next, ask_trade
from marketplace.conversations.intake.combination import forget_combination
from marketplace.conversations.intake.facts import set_timing, take_postcode
from marketplace.conversations.intake.turn import Turn
from marketplace.conversations.models import Step
from marketplace.db import db

# The words (folded) that name a part of the request, for "Ändern" answered in text.
CHANGE_WORDS: dict[str, set[str]] = {
    "trade": {"trade", "gewerk", "handwerk", "kategorie", "category"},
    "description": {"description", "beschreibung", "text", "was"},
    "postcode": {"postcode", "plz", "postleitzahl", "ort", "where", "wo"},
    "timing": {"timing", "zeit", "wann", "when", "termin"},
    "photos": {"photos", "fotos", "bilder", "photo", "foto"},
    "contact": {"contact", "kontakt"},
}


def field_named(text: str) -> str | None:
    squashed = parsing.squash(text)
    for field, words in CHANGE_WORDS.items():
        if squashed in words:
            return field
    return None


def offer_change(turn: Turn) -> None:
    conversation = turn.current
    conversation.step = Step.CHANGE
    turn.say(_("What would you like to change?"), choices=(
        Choice("intake:change:trade", pgettext("chat button", "Trade")),
        Choice("intake:change:description", pgettext("chat button", "Description")),
        Choice("intake:change:postcode", pgettext("chat button", "Postcode")),
        Choice("intake:change:timing", pgettext("chat button", "Timing")),
        Choice("intake:change:photos", pgettext("chat button", "Photos")),
        Choice("intake:change:contact", pgettext("chat button", "Contact"))),
        choices_label=pgettext("chat button", "Choose"))


def start_change(turn: Turn, field: str) -> None:
    conversation = turn.current
    conversation.changing = field
    if field == "trade":
        forget_combination(turn)
        conversation.trade_code = None
        conversation.offered_trade_codes = []
        ask_trade(turn)
    elif field == "description":
        conversation.step = Step.DESCRIPTION
        turn.ask(_("Please write the new description."))
    elif field == "postcode":
        conversation.postcode = None
        conversation.place_name = None
        conversation.latitude = conversation.longitude = None
        ask_next(turn)
    elif field == "timing":
        conversation.timing = None
        ask_next(turn)
    elif field == "photos":
        conversation.media_file_ids = []
        conversation.photos_answered = False
        conversation.last_media_at = None
        conversation.changing = None
        conversation.step = Step.PHOTOS
        turn.ask(_("I've removed the photos from this request. Send new ones, or tap "
                   "No photos."),
                 choices=(Choice("intake:photos:none", pgettext("chat button", "No photos")),))
    elif field == "contact":
        conversation.contact_preference = None
        conversation.contact_phone = conversation.contact_email = None
        ask_next(turn)


def on_edit(turn: Turn) -> None:
    """The customer edited an earlier message: re-read it for this conversation."""
    conversation = turn.conversation
    original_id = turn.message.payload.get("refers_to")
    original = db.session.scalar(sa.select(Message).where(
        Message.customer_id == turn.customer.id, Message.direction == Direction.INBOUND,
        Message.provider_message_id == original_id)) if original_id else None
    if conversation is None or original is None or (
            conversation.first_message_id and original.id < conversation.first_message_id):
        return
    old = (original.text or "").strip()
    new = turn.text
    if old and conversation.description and old in conversation.description:
        conversation.description = conversation.description.replace(old, new)
    postcode = parsing.find_postcode(new)
    if postcode and postcode != conversation.postcode:
        take_postcode(turn, postcode)
    timing = parsing.find_timing(new)
    if timing and timing != conversation.timing:
        set_timing(turn, timing)
    turn.prefix.append(_("I've updated your request with the edited message."))
    ask_next(turn)
