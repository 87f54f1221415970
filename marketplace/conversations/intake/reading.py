"""Reading a message: what it answers, and every fact it carries.

A bare answer ("60311", "ja", "2") only makes sense next to the question asked last, so the
conversation's step picks a reader from `ANSWER_READERS`. What the reader leaves is then read
for facts (postcode, timing, trade) and, unless it was just an answer, for the description.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from enum import Enum

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace import clock
from marketplace.channels.base import MessageKind
from marketplace.channels.models import Message
from marketplace.conversations import parsing
from marketplace.conversations.intake.asking import ask_next
from marketplace.conversations.intake.combination import (
    awaits_answer,
    notice_project,
    read_combination_answer,
)
from marketplace.conversations.intake.corrections import read_correction
from marketplace.conversations.intake.edits import field_named, offer_change, start_change
from marketplace.conversations.intake.facts import (
    note_source,
    set_contact,
    set_postcode,
    set_timing,
    set_trade,
    take_postcode,
)
from marketplace.conversations.intake.places import read_town_in_text, read_town_reply
from marketplace.conversations.intake.turn import Turn
from marketplace.conversations.intake.wording import timing_label
from marketplace.conversations.models import ConversationStatus, Step
from marketplace.conversations.timing import find_timing_phrase
from marketplace.db import db
from marketplace.jobs.models import ContactPreference, Timing
from marketplace.media.models import MediaFile, MediaStatus
from marketplace.trades.catalogue import Trade, get_trade
from marketplace.trades.detection import decide, detect_trades

# Photos arriving within this time of each other are one batch and get one answer.
MEDIA_BATCH = timedelta(seconds=90)
MAX_DESCRIPTION = 2000
ATTACHABLE_KINDS = {MessageKind.IMAGE, MessageKind.VIDEO, MessageKind.DOCUMENT}
CHANGE_REQUESTS = {"aendern", "change", "edit", "korrigieren", "bearbeiten"}


class Rest(Enum):
    """What is left of a message once the answer to the last question was taken from it."""

    NOTHING = "nothing"  # it was the answer and nothing else
    FACTS = "facts"  # it answered; other facts in it still count, but not as a description
    ALL = "all"  # not an answer: read it whole


# --- reading one message --------------------------------------------------------------------


def absorb(turn: Turn, message: Message) -> None:
    kind = message.kind
    if kind == MessageKind.CHOICE:
        return  # a button's title is not the customer's own words
    text = (message.text or "").strip()
    if kind in ATTACHABLE_KINDS:
        absorb_media(turn, message)
    elif kind == MessageKind.AUDIO:
        turn.prefix.append(_("I can't listen to voice messages, sorry. Please write it in "
                             "a few words."))
        return
    elif kind == MessageKind.LOCATION:
        absorb_location(turn, message)
        return
    elif kind == MessageKind.STICKER:
        text = ""
    elif kind == MessageKind.CONTACTS:
        absorb_contact_card(turn, message)
        return
    if not text:
        return
    if parsing.is_emoji_only(text):
        absorb_emoji(turn, text)
        return
    absorb_text(turn, text)


def absorb_media(turn: Turn, message: Message) -> None:
    conversation = turn.current
    files = db.session.scalars(sa.select(MediaFile).where(
        MediaFile.message_id == message.id, MediaFile.customer_id == turn.customer.id,
        MediaFile.status != MediaStatus.DELETED)).all()
    known = set(conversation.media_file_ids or [])
    conversation.media_file_ids = [*conversation.media_file_ids,
                                   *(f.id for f in files if f.id not in known)]
    now = clock.now()
    in_batch = (conversation.last_media_at is not None
                and now - conversation.last_media_at < MEDIA_BATCH)
    conversation.last_media_at = now
    turn.media_received += len(files)
    if not in_batch:
        turn.thank_for_media = True
    # Further photos of a batch already answered stay unanswered, unless this turn began
    # the batch (a burst of photos is thanked for once, counted).
    conversation.extra = {**conversation.extra,
                          "media_in_batch": bool(in_batch and not turn.thank_for_media)}


def absorb_location(turn: Turn, message: Message) -> None:
    from marketplace.geo.services import nearest_postcode

    conversation = turn.current
    latitude = message.payload.get("latitude")
    longitude = message.payload.get("longitude")
    if latitude is None or longitude is None:
        return
    conversation.latitude, conversation.longitude = float(latitude), float(longitude)
    place = nearest_postcode(float(latitude), float(longitude))
    if place is None:
        turn.prefix.append(_("Thanks for the location! I couldn't match it to a postcode, "
                             "so please type your 5-digit postcode."))
        return
    set_postcode(turn, place.postcode, place.place_name)


def absorb_contact_card(turn: Turn, message: Message) -> None:
    conversation = turn.current
    if conversation.step == Step.CONTACT_PHONE:
        phone = parsing.find_phone(str(message.payload.get("extra", {})) + " " +
                                   (message.text or ""))
        if phone:
            conversation.contact_phone = phone
            conversation.contact_preference = ContactPreference.PHONE


def absorb_emoji(turn: Turn, text: str) -> None:
    conversation = turn.current
    if conversation.step == Step.PHOTOS and parsing.is_yes(text):
        conversation.photos_answered = True


def absorb_text(turn: Turn, text: str) -> None:
    conversation = turn.current
    step = conversation.step
    reader = ANSWER_READERS.get(step)
    rest = reader(turn, text) if reader is not None else Rest.ALL
    if rest is Rest.NOTHING:
        return
    postcode = parsing.find_postcode(text)
    if postcode:
        take_postcode(turn, postcode)
        note_source(turn, "place", postcode)
    elif conversation.postcode is None:
        read_town_in_text(turn, text)
    found = find_timing_phrase(text)
    if found and conversation.timing != found.timing:
        set_timing(turn, found.timing)
        note_source(turn, "timing", found.phrase)
    if conversation.trade_code is None or conversation.changing == "trade":
        decision = decide(text)
        if decision.trade is not None:
            set_trade(turn, decision.trade)
            note_source(turn, "trade", ", ".join(decision.candidates[0].matched))
        elif decision.offered:
            conversation.offered_trade_codes = [trade.code for trade in decision.offered]
    notice_project(turn, text)
    if rest is Rest.FACTS:
        return
    add_description(turn, text, asked=step == Step.DESCRIPTION)


def add_description(turn: Turn, text: str, *, asked: bool) -> None:
    """Add the message to the description as the customer wrote it (postcode, timing and
    all: businesses read the customer's own words); only what it says about the job is
    counted to decide whether it describes anything."""
    conversation = turn.current
    if parsing.is_greeting_only(text) or parsing.is_thanks(text):
        return
    needed = 1 if asked else 2
    if (parsing.find_postcode(text) or find_timing_phrase(text)) and not detect_trades(
            parsing.without_postcode(text)):
        # Mostly an answer ("60311", "nächste Woche wäre gut", read in a burst before
        # its question was asked): a description only with more words about the job.
        needed = max(needed, 3)
    if len(parsing.words_about_the_job(text)) < needed:
        return
    if conversation.changing == "description":
        conversation.description = ""
        conversation.changing = None
    written = text.strip()
    if written in conversation.description:
        return
    if conversation.description:
        written = f"{conversation.description}\n{written}"
    conversation.description = written[:MAX_DESCRIPTION]


# --- answers to the last question, one reader per step --------------------------------------


def read_offered_trade(turn: Turn, text: str) -> Rest:
    if awaits_answer(turn) and turn.current.trade_code:
        return Rest.NOTHING if read_combination_answer(turn, text) else Rest.ALL
    if not turn.current.offered_trade_codes:
        return Rest.ALL
    trade = offered_trade_named(turn, text)
    if trade is None:
        return Rest.ALL
    set_trade(turn, trade)
    return Rest.FACTS


def read_postcode(turn: Turn, text: str) -> Rest:
    # The postcode itself is taken with the other facts; here only: was it the answer?
    if parsing.find_postcode(text):
        return Rest.ALL if detect_trades(parsing.without_postcode(text)) else Rest.FACTS
    if re.search(r"\d", text):
        turn.prefix.append(_("A German postcode has 5 digits, e.g. 60311."))
        return Rest.FACTS
    # "Offenbach", "in Offenbach am Main": the place by its name.
    return Rest.NOTHING if read_town_reply(turn, text) else Rest.ALL


def read_timing(turn: Turn, text: str) -> Rest:
    timing = timing_from_answer(text)
    if timing is None:
        return Rest.ALL
    set_timing(turn, timing)
    found = find_timing_phrase(text)
    note_source(turn, "timing", found.phrase if found else text.strip())
    # "nächste Woche wäre super" answers the question; words about the job in the same
    # message still belong to the description.
    return Rest.ALL if detect_trades(text) else Rest.FACTS


def read_photos(turn: Turn, text: str) -> Rest:
    if parsing.is_no(text) or parsing.is_done(text) or parsing.is_yes(text):
        turn.current.photos_answered = True
        return Rest.NOTHING
    return Rest.ALL


def read_contact(turn: Turn, text: str) -> Rest:
    preference = parsing.contact_preference_of(text)
    if preference:
        set_contact(turn, preference)
        return Rest.NOTHING
    return Rest.FACTS


def read_phone(turn: Turn, text: str) -> Rest:
    phone = parsing.find_phone(text)
    if phone:
        turn.current.contact_phone = phone
    else:
        turn.prefix.append(_("That doesn't look like a phone number."))
    return Rest.NOTHING


def read_email(turn: Turn, text: str) -> Rest:
    email = parsing.find_email(text)
    if email:
        turn.current.contact_email = email
    else:
        turn.prefix.append(_("That doesn't look like an e-mail address."))
    return Rest.NOTHING


def read_summary(turn: Turn, text: str) -> Rest:
    conversation = turn.current
    if parsing.is_yes(text):
        conversation.extra = {**conversation.extra, "confirmed": True}
        return Rest.NOTHING
    if parsing.squash(text) in CHANGE_REQUESTS:
        offer_change(turn)
        conversation.extra = {**conversation.extra, "asked": True}
        return Rest.NOTHING
    # "das Gewerk stimmt nicht, …", "der Ort ist falsch: 63065", "doch nicht dringend"
    return Rest.NOTHING if read_correction(turn, text) else Rest.ALL


def read_change(turn: Turn, text: str) -> Rest:
    conversation = turn.current
    field = field_named(text)
    if field is None:
        return Rest.ALL
    start_change(turn, field)
    conversation.extra = {**conversation.extra, "asked": True}
    return Rest.NOTHING


def read_resume(turn: Turn, text: str) -> Rest:
    conversation = turn.current
    if not parsing.is_yes(text):
        return Rest.ALL
    resume(turn, restart=False)
    conversation.extra = {**conversation.extra, "asked": True}
    return Rest.NOTHING


ANSWER_READERS: dict[str, Callable[[Turn, str], Rest]] = {
    Step.TRADE: read_offered_trade,
    Step.POSTCODE: read_postcode,
    Step.TIMING: read_timing,
    Step.PHOTOS: read_photos,
    Step.CONTACT: read_contact,
    Step.CONTACT_PHONE: read_phone,
    Step.CONTACT_EMAIL: read_email,
    Step.SUMMARY: read_summary,
    Step.CHANGE: read_change,
    Step.RESUME: read_resume,
}


def timing_from_answer(text: str) -> Timing | None:
    squashed = parsing.squash(text)
    numbered = {"1": Timing.URGENT, "2": Timing.WITHIN_WEEK, "3": Timing.WITHIN_MONTH,
                "4": Timing.FLEXIBLE}
    if squashed in numbered:
        return numbered[squashed]
    for timing in Timing:
        if squashed == parsing.squash(timing_label(timing)):
            return timing
    return parsing.find_timing(text)


def offered_trade_named(turn: Turn, text: str) -> Trade | None:
    offered = [get_trade(code) for code in turn.current.offered_trade_codes]
    offered = [trade for trade in offered if trade is not None]
    squashed = parsing.squash(text)
    if squashed.isdigit() and 1 <= int(squashed) <= len(offered):
        return offered[int(squashed) - 1]
    for trade in offered:
        names = {parsing.squash(trade.label(lang)) for lang in ("de", "en")}
        names |= {parsing.squash(trade.name(lang)) for lang in ("de", "en")}
        if squashed in names:
            return trade
    decision = decide(text)
    if decision.trade is not None and decision.trade in offered:
        return decision.trade
    return None


# --- after a long pause ---------------------------------------------------------------------


def resume(turn: Turn, restart: bool) -> None:
    """Continue the request (or start anew), then read the message that was held back."""
    conversation = turn.conversation
    if conversation is None or conversation.step != Step.RESUME:
        ask_next(turn)
        return
    pending = (db.session.get(Message, conversation.pending_message_id)
               if conversation.pending_message_id else None)
    conversation.pending_message_id = None
    if restart:
        turn.close(ConversationStatus.ABANDONED)
        turn.start_conversation()
        turn.prefix.append(_("OK, let's start a new request."))
    else:
        conversation.step = conversation.extra.get("step_before_resume") or Step.TRADE
        turn.prefix.append(_("Great, let's continue."))
    if pending is not None and pending.kind != MessageKind.CHOICE:
        absorb(turn, pending)
    ask_next(turn)
