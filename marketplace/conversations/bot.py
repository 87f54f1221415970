"""The intake bot: reads each message, asks for what is missing, and submits the request.

Every inbound message is handled once (`handle_inbound_message`, one unit of work): the
bot reads what it can from it (trade, description, postcode, timing, photos, contact),
asks only for what is still missing, shows a summary and, on Send, creates the job
request. Commands (HILFE, ABBRECHEN, STATUS, NEU, STOP, START, privacy commands) work at
any time. Replies go through the channels' outbound gate as intents; the channel adapter
renders buttons and lists.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import force_locale, pgettext
from flask_babel import gettext as _

from marketplace import clock
from marketplace.channels import services as channel_services
from marketplace.channels.base import Choice, MessageKind, Outbound
from marketplace.channels.models import Customer, Direction, Message
from marketplace.conversations import parsing
from marketplace.conversations.models import Conversation, ConversationStatus, Step
from marketplace.conversations.queries import (
    active_conversation,
    latest_conversation,
    privacy_url,
)
from marketplace.db import db
from marketplace.errors import DomainError
from marketplace.jobs import services as job_services
from marketplace.jobs.models import ContactPreference, JobRequest, JobStatus, Timing
from marketplace.media.models import MediaFile, MediaStatus
from marketplace.trades.catalogue import Trade, common_trades, get_trade
from marketplace.trades.detection import decide, detect_trades

log = logging.getLogger(__name__)

# Buttons of other features: "<feature>:<action>:<object id>" goes to the feature's handler
# (customer, message, action, object_id) -> None, called inside this unit of work.
CHOICE_HANDLERS: dict[str, str] = {
    "quote": "marketplace.quotes.services.handle_customer_choice",
    "consent": "marketplace.consent.services.handle_customer_choice",
    "privacy": "marketplace.privacy.services.handle_customer_choice",
}
# Privacy commands are the consent and privacy features' business; they answer themselves.
PRIVACY_COMMANDS: dict[str, str] = {
    "withdraw": "marketplace.consent.services.start_withdrawal",
    "export": "marketplace.privacy.services.request_export",
    "erase": "marketplace.privacy.services.request_erasure",
}
# After this long without a word the customer is asked whether to continue or start over.
RESUME_AFTER = timedelta(days=2)
# Photos arriving within this time of each other are one batch and get one answer.
MEDIA_BATCH = timedelta(seconds=90)
ENOUGH_DESCRIPTION_WORDS = 3
MAX_DESCRIPTION = 2000
CHOICE_TITLE_MAX = 20
ATTACHABLE_KINDS = {MessageKind.IMAGE, MessageKind.VIDEO, MessageKind.DOCUMENT}
LEADING_GREETING = re.compile(
    r"^\s*(hallo|hi|hey|moin|servus|guten (tag|morgen|abend)|hello|good (morning|evening))"
    r"( zusammen| there)?[\s,.!:-]*", re.IGNORECASE)


# --- the bot ------------------------------------------------------------------------------


class Intake:
    """One inbound message meeting the customer's conversation (no commit here)."""

    def __init__(self, customer: Customer, message: Message) -> None:
        self.customer = customer
        self.message = message
        self.conversation = active_conversation(customer)
        self.language = (self.conversation.language if self.conversation
                         else customer.language) or "de"
        self.text = (message.text or "").strip()
        # Facts learnt from this message, for the reply: (order, text), trade first.
        self.captured: list[tuple[int, str]] = []
        self.prefix: list[str] = []  # sentences to put before the next question

    # -- plumbing --

    @property
    def current(self) -> Conversation:
        if self.conversation is None:
            raise RuntimeError("no conversation in progress")
        return self.conversation

    def say(self, text: str, *, choices: tuple[Choice, ...] = (), choices_label: str = "",
            link_url: str | None = None, purpose: str = "service_reply",
            job_request_id: int | None = None) -> None:
        outbound = Outbound(text=text, choices=choices, choices_label=choices_label,
                            link_url=link_url)
        sent = channel_services.queue_outbound(self.customer, outbound, purpose=purpose,
                                               job_request_id=job_request_id)
        if sent is not None and self.conversation is not None:
            self.conversation.last_message_id = max(self.conversation.last_message_id or 0,
                                                    sent.id)

    def ask(self, question: str, **options: Any) -> None:
        """Say what was understood (if anything), then the question, in one message."""
        parts = list(self.prefix)
        if self.captured:
            parts.append("✔ " + " · ".join(text for _order, text in sorted(self.captured)))
        parts.append(question)
        self.prefix, self.captured = [], []
        self.say("\n\n".join(part for part in parts if part), **options)

    def set_language(self, language: str) -> None:
        if language not in current_app.config["LANGUAGES"]:
            return
        self.language = language
        self.customer.language = language
        if self.conversation is not None:
            self.conversation.language = language

    # -- main flow --

    def run(self) -> None:
        kind = self.message.kind
        command = parsing.command_of(self.text) if kind in (MessageKind.TEXT,) else None
        if command is None and kind in (MessageKind.TEXT, MessageKind.IMAGE, MessageKind.VIDEO,
                                        MessageKind.DOCUMENT, MessageKind.EDIT):
            detected = parsing.detect_language(self.text)
            if detected and detected != self.language:
                self.set_language(detected)
        with force_locale(self.language):
            if kind == MessageKind.CHOICE:
                self.on_choice(str(self.message.payload.get("choice_id") or ""))
            elif command == "start" and not self.customer.has_opted_out:
                # Telegram opens every chat with /start: that is a hello, not an opt-in.
                self.on_message()
            elif command is not None:
                self.on_command(command)
            elif kind == MessageKind.EDIT:
                self.on_edit()
            elif kind in (MessageKind.REACTION, MessageKind.REVOKE, MessageKind.SYSTEM,
                          MessageKind.UNSUPPORTED):
                return
            else:
                self.on_message()
        self.touch()

    def touch(self) -> None:
        if self.conversation is None:
            return
        conversation = self.conversation
        if conversation.first_message_id is None:
            conversation.first_message_id = self.message.id
        conversation.last_message_id = max(conversation.last_message_id or 0, self.message.id)
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
        last_job = db.session.scalar(sa.select(JobRequest).where(
            JobRequest.customer_id == self.customer.id).order_by(JobRequest.id.desc()).limit(1))
        if last_job is not None:
            conversation.contact_preference = last_job.contact_preference
            conversation.contact_phone = last_job.contact_phone
            conversation.contact_email = last_job.contact_email
        db.session.add(conversation)
        db.session.flush()
        self.conversation = conversation
        return conversation

    def on_message(self) -> None:
        if self.conversation is None:
            previous = latest_conversation(self.customer)
            if previous is None:
                self.start_conversation()
                self.prefix.append(self.greeting())
            elif self.starts_new_request():
                self.start_conversation()
                if parsing.is_greeting_only(self.text):
                    self.prefix.append(_("Hello again! 👋"))
            else:
                self.answer_idle()
                return
        elif self.should_ask_to_resume():
            self.ask_to_resume()
            return
        self.absorb(self.message)
        self.ask_next()

    def open_job(self) -> JobRequest | None:
        """The customer's latest job while it is still running."""
        return db.session.scalar(sa.select(JobRequest).where(
            JobRequest.customer_id == self.customer.id,
            JobRequest.status.in_([JobStatus.OPEN, JobStatus.AWARDED]))
            .order_by(JobRequest.id.desc()).limit(1))

    def starts_new_request(self) -> bool:
        """After a finished request: does this message begin another one?"""
        if self.message.kind in ATTACHABLE_KINDS | {MessageKind.LOCATION}:
            return True
        if self.message.kind != MessageKind.TEXT or parsing.is_thanks(self.text):
            return False
        if parsing.is_emoji_only(self.text):
            return False
        if detect_trades(self.text) or parsing.find_postcode(self.text):
            return True
        # A hello or a question while a job is running is most likely about that job.
        return self.open_job() is None and bool(
            parsing.is_greeting_only(self.text)
            or len(parsing.meaningful_words(self.text)) >= ENOUGH_DESCRIPTION_WORDS)

    def answer_idle(self) -> None:
        """A "thanks", 👍 or question after a finished request: no new request, a pointer."""
        job = self.open_job() or db.session.scalar(sa.select(JobRequest).where(
            JobRequest.customer_id == self.customer.id).order_by(JobRequest.id.desc()).limit(1))
        if job is None:
            self.say(_("Hello! Tell me what needs doing and I'll find businesses nearby. "
                       "HELP shows what I can do."))
        elif parsing.is_thanks(self.text) or parsing.is_emoji_only(self.text):
            self.say(_("You're welcome! Write STATUS to see where your request "
                       "%(reference)s stands, or NEW for a new request.",
                       reference=job.reference))
        else:
            self.say(_("Is this about your request %(reference)s? Write STATUS to see where it "
                       "stands. For something new, write NEW.", reference=job.reference))

    def greeting(self) -> str:
        return _("Hello! 👋 I'm the automated assistant of %(site)s (a bot, not a person). "
                 "I'll help you get quotes from checked craft businesses near you.\n"
                 "Privacy: %(url)s\nWrite STOP at any time and you'll get no more messages.",
                 site=current_app.config.get("SITE_NAME", "Handwerk direkt"), url=privacy_url())

    # -- resuming after a pause --

    def should_ask_to_resume(self) -> bool:
        conversation = self.conversation
        return bool(conversation and conversation.step != Step.RESUME
                    and conversation.has_content and conversation.last_activity_at
                    and clock.now() - conversation.last_activity_at >= RESUME_AFTER)

    def ask_to_resume(self) -> None:
        conversation = self.current
        conversation.extra = {**conversation.extra, "step_before_resume": conversation.step}
        conversation.step = Step.RESUME
        conversation.pending_message_id = self.message.id
        self.say(_("Welcome back! Shall we continue your request (%(summary)s) or start a new "
                   "one?", summary=self.short_summary()),
                 choices=(Choice("intake:resume:continue", pgettext("chat button", "Continue")),
                          Choice("intake:resume:restart", pgettext("chat button", "Start new"))))

    def resume(self, restart: bool) -> None:
        conversation = self.conversation
        if conversation is None or conversation.step != Step.RESUME:
            self.ask_next()
            return
        pending = (db.session.get(Message, conversation.pending_message_id)
                   if conversation.pending_message_id else None)
        conversation.pending_message_id = None
        if restart:
            self.close(ConversationStatus.ABANDONED)
            self.start_conversation()
            self.prefix.append(_("OK, let's start a new request."))
        else:
            conversation.step = conversation.extra.get("step_before_resume") or Step.TRADE
            self.prefix.append(_("Great, let's continue."))
        if pending is not None and pending.kind != MessageKind.CHOICE:
            self.absorb(pending)
        self.ask_next()

    def close(self, status: ConversationStatus) -> None:
        if self.conversation is None:
            return
        self.touch()
        self.conversation.status = status
        self.conversation.closed_at = clock.now()
        self.conversation = None

    # -- reading a message --

    def absorb(self, message: Message) -> None:
        kind = message.kind
        if kind == MessageKind.CHOICE:
            return  # a button's title is not the customer's own words
        text = (message.text or "").strip()
        if kind in ATTACHABLE_KINDS:
            self.absorb_media(message)
        elif kind == MessageKind.AUDIO:
            self.prefix.append(_("I can't listen to voice messages, sorry. Please write it in "
                                 "a few words."))
            return
        elif kind == MessageKind.LOCATION:
            self.absorb_location(message)
            return
        elif kind == MessageKind.STICKER:
            text = ""
        elif kind == MessageKind.CONTACTS:
            self.absorb_contact_card(message)
            return
        if not text:
            return
        if parsing.is_emoji_only(text):
            self.absorb_emoji(text)
            return
        self.absorb_text(text)

    def absorb_media(self, message: Message) -> None:
        conversation = self.current
        files = db.session.scalars(sa.select(MediaFile).where(
            MediaFile.message_id == message.id, MediaFile.customer_id == self.customer.id,
            MediaFile.status != MediaStatus.DELETED)).all()
        known = set(conversation.media_file_ids or [])
        conversation.media_file_ids = [*conversation.media_file_ids,
                                       *(f.id for f in files if f.id not in known)]
        now = clock.now()
        in_batch = (conversation.last_media_at is not None
                    and now - conversation.last_media_at < MEDIA_BATCH)
        conversation.last_media_at = now
        conversation.extra = {**conversation.extra, "media_in_batch": bool(in_batch)}
        if not in_batch:
            self.prefix.append(_("Thanks for the photos! 📷"))

    def absorb_location(self, message: Message) -> None:
        from marketplace.geo.services import nearest_postcode

        conversation = self.current
        latitude = message.payload.get("latitude")
        longitude = message.payload.get("longitude")
        if latitude is None or longitude is None:
            return
        conversation.latitude, conversation.longitude = float(latitude), float(longitude)
        place = nearest_postcode(float(latitude), float(longitude))
        if place is None:
            self.prefix.append(_("Thanks for the location! I couldn't match it to a postcode, "
                                 "so please type your 5-digit postcode."))
            return
        self.set_postcode(place.postcode, place.place_name)

    def absorb_contact_card(self, message: Message) -> None:
        conversation = self.current
        if conversation.step == Step.CONTACT_PHONE:
            phone = parsing.find_phone(str(message.payload.get("extra", {})) + " " +
                                       (message.text or ""))
            if phone:
                conversation.contact_phone = phone
                conversation.contact_preference = ContactPreference.PHONE

    def absorb_emoji(self, text: str) -> None:
        conversation = self.current
        if conversation.step == Step.PHOTOS and parsing.is_yes(text):
            conversation.photos_answered = True

    def absorb_text(self, text: str) -> None:
        conversation = self.current
        step = conversation.step
        used_as_answer = False
        if step == Step.CONTACT_PHONE:
            phone = parsing.find_phone(text)
            if phone:
                conversation.contact_phone = phone
                return
            self.prefix.append(_("That doesn't look like a phone number."))
            return
        if step == Step.CONTACT_EMAIL:
            email = parsing.find_email(text)
            if email:
                conversation.contact_email = email
                return
            self.prefix.append(_("That doesn't look like an e-mail address."))
            return
        if step == Step.SUMMARY and parsing.is_yes(text):
            conversation.extra = {**conversation.extra, "confirmed": True}
            return
        if step == Step.SUMMARY and parsing.squash(text) in {"aendern", "change", "edit",
                                                             "korrigieren", "bearbeiten"}:
            self.offer_change()
            conversation.extra = {**conversation.extra, "asked": True}
            return
        if step == Step.CHANGE:
            field = self.field_named(text)
            if field:
                self.start_change(field)
                conversation.extra = {**conversation.extra, "asked": True}
                return
        if step == Step.PHOTOS and (parsing.is_no(text) or parsing.is_done(text)
                                    or parsing.is_yes(text)):
            conversation.photos_answered = True
            return
        if step == Step.RESUME and parsing.is_yes(text):
            self.resume(restart=False)
            conversation.extra = {**conversation.extra, "asked": True}
            return
        if step == Step.CONTACT:
            preference = parsing.contact_preference_of(text)
            if preference:
                self.set_contact(preference)
                return
        if step == Step.TIMING:
            timing = self.timing_from_answer(text)
            if timing:
                self.set_timing(timing)
                # "nächste Woche wäre super" answers the question; words about the job
                # in the same message still belong to the description.
                used_as_answer = not detect_trades(text)
        if step == Step.TRADE and conversation.offered_trade_codes:
            trade = self.offered_trade_named(text)
            if trade is not None:
                self.set_trade(trade)
                used_as_answer = True

        postcode = parsing.find_postcode(text)
        if postcode:
            self.take_postcode(postcode)
            if step == Step.POSTCODE and not detect_trades(parsing.strip_answers(text)):
                used_as_answer = True
        elif step == Step.POSTCODE and re.search(r"\d", text):
            self.prefix.append(_("A German postcode has 5 digits, e.g. 60311."))
            used_as_answer = True
        timing = parsing.find_timing(text)
        if timing and conversation.timing != timing:
            self.set_timing(timing)
        if conversation.trade_code is None or conversation.changing == "trade":
            decision = decide(text)
            if decision.trade is not None:
                self.set_trade(decision.trade)
            elif decision.offered:
                conversation.offered_trade_codes = [trade.code for trade in decision.offered]
        if step == Step.CONTACT or used_as_answer:
            return
        self.add_description(text, asked=step == Step.DESCRIPTION)

    def add_description(self, text: str, *, asked: bool) -> None:
        conversation = self.current
        remainder = LEADING_GREETING.sub("", parsing.strip_answers(text)).strip()
        if parsing.is_greeting_only(text) or parsing.is_thanks(text):
            return
        needed = 1 if asked else 2
        if len(parsing.meaningful_words(remainder)) < needed:
            return
        if conversation.changing == "description":
            conversation.description = ""
            conversation.changing = None
        remainder = remainder[:1].upper() + remainder[1:]
        if remainder in conversation.description:
            return
        if conversation.description:
            remainder = f"{conversation.description}\n{remainder}"
        conversation.description = remainder[:MAX_DESCRIPTION]

    def timing_from_answer(self, text: str) -> Timing | None:
        squashed = parsing.squash(text)
        numbered = {"1": Timing.URGENT, "2": Timing.WITHIN_WEEK, "3": Timing.WITHIN_MONTH,
                    "4": Timing.FLEXIBLE}
        if squashed in numbered:
            return numbered[squashed]
        for timing in Timing:
            if squashed == parsing.squash(timing_label(timing)):
                return timing
        return parsing.find_timing(text)

    def offered_trade_named(self, text: str) -> Trade | None:
        conversation = self.current
        offered = [get_trade(code) for code in conversation.offered_trade_codes]
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

    def field_named(self, text: str) -> str | None:
        squashed = parsing.squash(text)
        for field, words in CHANGE_WORDS.items():
            if squashed in words:
                return field
        return None

    # -- setting facts --

    def set_trade(self, trade: Trade) -> None:
        conversation = self.current
        conversation.trade_code = trade.code
        conversation.offered_trade_codes = []
        if conversation.changing == "trade":
            conversation.changing = None
        self.captured.append((0, trade.label(self.language)))

    def take_postcode(self, postcode: str) -> None:
        from marketplace.geo.services import check_postcode

        check = check_postcode(postcode)
        if not check.is_valid:
            self.prefix.append(_("I don't know the postcode %(postcode)s. Please check it.",
                                 postcode=postcode))
            return
        conversation = self.current
        conversation.latitude, conversation.longitude = check.latitude, check.longitude
        self.set_postcode(check.postcode, check.place_name)

    def set_postcode(self, postcode: str, place_name: str | None) -> None:
        conversation = self.current
        conversation.postcode = postcode
        conversation.place_name = place_name
        if conversation.changing == "postcode":
            conversation.changing = None
        self.captured.append((1, f"{postcode} {place_name}" if place_name else postcode))

    def set_timing(self, timing: Timing) -> None:
        conversation = self.current
        conversation.timing = timing
        if conversation.changing == "timing":
            conversation.changing = None
        self.captured.append((2, timing_label(timing)))

    def set_contact(self, preference: ContactPreference) -> None:
        conversation = self.current
        conversation.contact_preference = preference
        if conversation.changing == "contact":
            conversation.changing = None
        if preference == ContactPreference.PHONE and self.customer.phone:
            conversation.contact_phone = self.customer.phone
        if preference != ContactPreference.PHONE:
            conversation.contact_phone = None
        if preference != ContactPreference.EMAIL:
            conversation.contact_email = None

    # -- asking --

    def ask_next(self) -> None:
        conversation = self.conversation
        if conversation is None:
            return
        # Flags for this one message only; a new dict (never an in-place change) so that
        # the JSON column is written.
        flags = {key: conversation.extra.get(key)
                 for key in ("asked", "confirmed", "media_in_batch")}
        conversation.extra = {key: value for key, value in conversation.extra.items()
                              if key not in flags}
        if flags["asked"]:
            return
        if flags["confirmed"]:
            self.submit()
            return
        if flags["media_in_batch"] and not self.prefix and not self.captured:
            # Further photos of a batch that was already answered: stay quiet.
            return
        if conversation.trade_code is None:
            self.ask_trade()
        elif not conversation.description or (
                len(parsing.meaningful_words(conversation.description))
                < ENOUGH_DESCRIPTION_WORDS and not conversation.extra.get("asked_more")):
            self.ask_description()
        elif conversation.postcode is None:
            conversation.step = Step.POSTCODE
            self.ask(_("Where is the job? Please send the postcode (5 digits) or share your "
                       "location 📍."))
        elif conversation.timing is None:
            conversation.step = Step.TIMING
            self.ask(_("When should the work be done?"), choices=timing_choices(),
                     choices_label=pgettext("chat button", "Choose"))
        elif not conversation.media_file_ids and not conversation.photos_answered:
            conversation.step = Step.PHOTOS
            self.ask(_("Photos help businesses to give a precise quote. Send a few now if you "
                       "like (they are only shared with a business after you agree)."),
                     choices=(Choice("intake:photos:none", pgettext("chat button", "No photos")),))
        elif conversation.step == Step.PHOTOS and not conversation.photos_answered:
            self.ask(_("Send more photos, or tap Done."),
                     choices=(Choice("intake:photos:done", pgettext("chat button", "Done")),))
        elif conversation.contact_preference is None:
            conversation.step = Step.CONTACT
            self.ask(_("How would you like businesses to contact you?"),
                     choices=contact_choices())
        elif (conversation.contact_preference == ContactPreference.PHONE
              and not conversation.contact_phone):
            conversation.step = Step.CONTACT_PHONE
            self.ask(_("Which phone number should businesses call?"))
        elif (conversation.contact_preference == ContactPreference.EMAIL
              and not conversation.contact_email):
            conversation.step = Step.CONTACT_EMAIL
            self.ask(_("Which e-mail address should businesses write to?"))
        else:
            self.show_summary()

    def ask_trade(self) -> None:
        conversation = self.current
        conversation.step = Step.TRADE
        offered = [get_trade(code) for code in conversation.offered_trade_codes]
        offered = [trade for trade in offered if trade is not None]
        if offered:
            choices = tuple(Choice(f"intake:trade:{trade.code}", short(trade.label(self.language)))
                            for trade in offered)
            self.ask(_("Which of these fits best?"), choices=(*choices, other_choice()),
                     choices_label=pgettext("chat button", "Choose"))
            return
        choices = tuple(Choice(f"intake:trade:{trade.code}", short(trade.label(self.language)))
                        for trade in common_trades()[:9])
        self.ask(_("What do you need help with? Describe it in a few words, or choose:"),
                 choices=(*choices, other_choice()),
                 choices_label=pgettext("chat button", "Choose"))

    def ask_description(self) -> None:
        conversation = self.current
        conversation.step = Step.DESCRIPTION
        if conversation.description:
            conversation.extra = {**conversation.extra, "asked_more": True}
            self.ask(_("Could you tell me a little more? For example what is broken, where, "
                       "and how big it is."))
        else:
            self.ask(_("Please describe briefly what needs doing: what is broken or planned, "
                       "and roughly how big it is."))

    def short_summary(self) -> str:
        conversation = self.current
        parts = []
        trade = get_trade(conversation.trade_code)
        if trade is not None:
            parts.append(trade.label(self.language))
        if conversation.postcode:
            parts.append(conversation.postcode)
        if conversation.description:
            first = conversation.description.splitlines()[0]
            parts.append(first if len(first) <= 40 else first[:39] + "…")
        return ", ".join(parts)

    def show_summary(self) -> None:
        conversation = self.current
        conversation.step = Step.SUMMARY
        trade = get_trade(conversation.trade_code)
        place = conversation.postcode + (f" {conversation.place_name}"
                                         if conversation.place_name else "")
        lines = [
            _("Here is your request:"),
            "• " + _("Trade: %(trade)s", trade=trade.label(self.language) if trade else "?"),
            "• " + _("What: %(description)s", description=conversation.description),
            "• " + _("Where: %(place)s", place=place),
            "• " + _("When: %(timing)s", timing=timing_label(Timing(conversation.timing))),
            "• " + _("Photos: %(count)s", count=len(conversation.media_file_ids)),
            "• " + _("Contact: %(contact)s", contact=contact_label(conversation)),
            "",
            # No number here: only routing knows how many businesses serve this area,
            # and it tells the customer (or says honestly that none is available).
            _("Send it to checked businesses nearby?"),
        ]
        self.prefix, self.captured = [], []
        self.say("\n".join(lines), choices=(
            Choice("intake:summary:send", pgettext("chat button", "Send")),
            Choice("intake:summary:change", pgettext("chat button", "Change")),
            Choice("intake:summary:cancel", pgettext("chat button", "Cancel"))))

    def offer_change(self) -> None:
        conversation = self.current
        conversation.step = Step.CHANGE
        self.say(_("What would you like to change?"), choices=(
            Choice("intake:change:trade", pgettext("chat button", "Trade")),
            Choice("intake:change:description", pgettext("chat button", "Description")),
            Choice("intake:change:postcode", pgettext("chat button", "Postcode")),
            Choice("intake:change:timing", pgettext("chat button", "Timing")),
            Choice("intake:change:photos", pgettext("chat button", "Photos")),
            Choice("intake:change:contact", pgettext("chat button", "Contact"))),
            choices_label=pgettext("chat button", "Choose"))

    def start_change(self, field: str) -> None:
        conversation = self.current
        conversation.changing = field
        if field == "trade":
            conversation.trade_code = None
            conversation.offered_trade_codes = []
            self.ask_trade()
        elif field == "description":
            conversation.step = Step.DESCRIPTION
            self.ask(_("Please write the new description."))
        elif field == "postcode":
            conversation.postcode = None
            conversation.place_name = None
            conversation.latitude = conversation.longitude = None
            self.ask_next()
        elif field == "timing":
            conversation.timing = None
            self.ask_next()
        elif field == "photos":
            conversation.media_file_ids = []
            conversation.photos_answered = False
            conversation.last_media_at = None
            conversation.changing = None
            conversation.step = Step.PHOTOS
            self.ask(_("I've removed the photos from this request. Send new ones, or tap "
                       "No photos."),
                     choices=(Choice("intake:photos:none", pgettext("chat button", "No photos")),))
        elif field == "contact":
            conversation.contact_preference = None
            conversation.contact_phone = conversation.contact_email = None
            self.ask_next()

    # -- sending --

    def submit(self) -> None:
        conversation = self.current
        if not (conversation.trade_code and conversation.description and conversation.postcode
                and conversation.timing and conversation.contact_preference):
            self.ask_next()
            return
        media = list(db.session.scalars(sa.select(MediaFile).where(
            MediaFile.id.in_(conversation.media_file_ids or [-1]))))
        draft = job_services.JobDraft(
            trade_code=conversation.trade_code, description=conversation.description,
            postcode=conversation.postcode, timing=conversation.timing,
            contact_preference=conversation.contact_preference, language=self.language,
            place_name=conversation.place_name, latitude=conversation.latitude,
            longitude=conversation.longitude, contact_phone=conversation.contact_phone,
            contact_email=conversation.contact_email)
        job = job_services.add_job_request(self.customer, draft, media=media,
                                           conversation_id=conversation.id)
        conversation.status = ConversationStatus.SUBMITTED
        conversation.submitted_at = clock.now()
        self.say(_("Done! ✅ Your request has the number %(reference)s.\n"
                   "I am now looking for checked businesses near %(postcode)s and will tell "
                   "you here how many received it. Quotes will arrive in this chat. Your "
                   "photos are only shown to a business after you agree.\nWrite STATUS at "
                   "any time to see where it stands, or NEW for another request.",
                   reference=job.reference, postcode=conversation.postcode),
                 purpose="job_update", job_request_id=job.id)
        self.touch()
        conversation.closed_at = clock.now()
        self.conversation = None

    # -- buttons --

    def on_choice(self, choice_id: str) -> None:
        feature, _sep, rest = choice_id.partition(":")
        action, _sep, value = rest.partition(":")
        if feature != "intake" and feature not in CHOICE_HANDLERS and (
                self.conversation is None and latest_conversation(self.customer) is None):
            # A messenger's own first button (Messenger's "Get started"): a first hello.
            self.on_message()
            return
        if feature != "intake":
            handler_path = CHOICE_HANDLERS.get(feature)
            handler = _resolve(handler_path) if handler_path else None
            if handler is None:
                self.say(_("Sorry, this button no longer works. HELP shows what I can do."))
                return
            self.call_feature(handler, self.customer, self.message, action, value)
            return
        if self.conversation is None:
            self.on_stale_choice(action)
            return
        conversation = self.conversation
        if action == "resume":
            self.resume(restart=value == "restart")
        elif action == "trade":
            trade = get_trade(value)
            if trade is None:
                conversation.offered_trade_codes = []
                conversation.trade_code = None
                conversation.step = Step.TRADE
                self.ask(_("Please describe in a few words what needs doing."))
                return
            self.set_trade(trade)
            self.ask_next()
        elif action == "timing" and value in set(Timing):
            self.set_timing(Timing(value))
            self.ask_next()
        elif action == "photos":
            conversation.photos_answered = True
            self.ask_next()
        elif action == "contact" and value in set(ContactPreference):
            self.set_contact(ContactPreference(value))
            self.ask_next()
        elif action == "summary" and value == "send":
            self.submit()
        elif action == "summary" and value == "change":
            self.offer_change()
        elif action == "summary" and value == "cancel":
            self.cancel()
        elif action == "change" and value in CHANGE_WORDS:
            self.start_change(value)
        else:
            self.ask_next()

    def on_stale_choice(self, action: str) -> None:
        previous = latest_conversation(self.customer)
        job = db.session.scalar(sa.select(JobRequest).where(
            JobRequest.conversation_id == previous.id)) if previous else None
        if job is not None:
            self.say(_("Your request %(reference)s has already been sent. Write NEW for a new "
                       "request.", reference=job.reference))
        else:
            self.say(_("This request is no longer open. Tell me what needs doing to start a "
                       "new one."))

    # -- commands --

    def on_command(self, command: str) -> None:
        handlers: dict[str, Callable[[], None]] = {
            "help": self.command_help, "cancel": self.cancel, "status": self.command_status,
            "new": self.command_new, "stop": self.command_stop, "start": self.command_start,
            "english": lambda: self.command_language("en"),
            "german": lambda: self.command_language("de"),
        }
        if command in PRIVACY_COMMANDS:
            self.privacy_command(command)
            return
        handlers[command]()

    def command_help(self) -> None:
        self.say(_("I turn your messages into a request for quotes from checked craft "
                   "businesses near you. You can write at any time:\n"
                   "• NEW – start a new request\n• STATUS – your requests and where they "
                   "stand\n• CANCEL – cancel the request you are writing\n"
                   "• STOP – no more messages; START – messages again\n"
                   "• WITHDRAW – withdraw a consent\n• MY DATA – get your data\n"
                   "• DELETE – delete your data\n(German works too: NEU, ABBRECHEN, "
                   "WIDERRUF, MEINE DATEN, LÖSCHEN.)\nPrivacy: %(url)s", url=privacy_url()))

    def cancel(self) -> None:
        if self.conversation is not None and self.conversation.has_content:
            self.close(ConversationStatus.CANCELLED)
            self.say(_("Cancelled – nothing was sent to any business. Just write again "
                       "whenever you need help."))
        else:
            if self.conversation is not None:
                self.close(ConversationStatus.CANCELLED)
            self.say(_("There is no request in progress to cancel. Write STATUS to see your "
                       "requests."))

    def command_status(self) -> None:
        jobs = job_services.jobs_of_customer(self.customer)
        lines = []
        for job in jobs:
            trade = get_trade(job.trade_code)
            lines.append(f"• {job.reference} – {trade.label(self.language) if trade else ''}, "
                         f"{job.postcode}: {job_status_text(job)}")
        if self.conversation is not None and self.conversation.has_content:
            lines.append(_("You are also writing a request (%(summary)s).",
                           summary=self.short_summary()))
        if not lines:
            self.say(_("You have no requests yet. Tell me what needs doing to start one."))
            return
        self.say(_("Your requests:") + "\n" + "\n".join(lines))

    def command_new(self) -> None:
        if self.conversation is not None:
            self.close(ConversationStatus.ABANDONED if self.conversation.has_content
                       else ConversationStatus.CANCELLED)
        self.start_conversation()
        self.ask_trade()

    def command_stop(self) -> None:
        channel_services.record_opt_out(self.customer, message=self.message)
        self.say(_("You will receive no more messages from us. Write START if you change your "
                   "mind."), purpose="opt_out_confirmation")

    def command_start(self) -> None:
        channel_services.record_opt_in(self.customer, message=self.message)
        self.prefix.append(_("Welcome back! You will receive messages from us again."))
        if self.conversation is not None:
            self.ask_next()
        else:
            self.say(self.prefix.pop() + " " + _("Tell me what needs doing whenever you like."))

    def command_language(self, language: str) -> None:
        self.set_language(language)
        with force_locale(language):
            self.prefix.append(_("OK, I'll write in English.") if language == "en"
                               else _("OK, I'll write in German."))
            if self.conversation is not None:
                self.ask_next()
            else:
                self.say(self.prefix.pop())

    def privacy_command(self, command: str) -> None:
        service = _resolve(PRIVACY_COMMANDS[command])
        if service is None:
            self.say(_("Sorry, I can't do that in the chat right now. Please use the contact "
                       "on our privacy page: %(url)s", url=privacy_url()),
                     purpose="privacy")
            return
        self.call_feature(service, self.customer, self.message)

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

    # -- edits --

    def on_edit(self) -> None:
        """The customer edited an earlier message: re-read it for this conversation."""
        conversation = self.conversation
        original_id = self.message.payload.get("refers_to")
        original = db.session.scalar(sa.select(Message).where(
            Message.customer_id == self.customer.id, Message.direction == Direction.INBOUND,
            Message.provider_message_id == original_id)) if original_id else None
        if conversation is None or original is None or (
                conversation.first_message_id and original.id < conversation.first_message_id):
            return
        old = (original.text or "").strip()
        new = self.text
        if old and conversation.description and old in conversation.description:
            conversation.description = conversation.description.replace(old, new)
        postcode = parsing.find_postcode(new)
        if postcode and postcode != conversation.postcode:
            self.take_postcode(postcode)
        timing = parsing.find_timing(new)
        if timing and timing != conversation.timing:
            self.set_timing(timing)
        self.prefix.append(_("I've updated your request with the edited message."))
        self.ask_next()


CHANGE_WORDS: dict[str, set[str]] = {
    "trade": {"trade", "gewerk", "handwerk", "kategorie", "category"},
    "description": {"description", "beschreibung", "text", "was"},
    "postcode": {"postcode", "plz", "postleitzahl", "ort", "where", "wo"},
    "timing": {"timing", "zeit", "wann", "when", "termin"},
    "photos": {"photos", "fotos", "bilder", "photo", "foto"},
    "contact": {"contact", "kontakt"},
}


def _resolve(path: str) -> Callable[..., Any] | None:
    from marketplace.tasks import resolve

    try:
        return resolve(path)
    except (ImportError, AttributeError):
        log.warning("handler %s is not available", path)
        return None


def short(title: str) -> str:
    return title if len(title) <= CHOICE_TITLE_MAX else title[:CHOICE_TITLE_MAX - 1] + "…"


def other_choice() -> Choice:
    return Choice("intake:trade:other", pgettext("chat button", "Something else"))


def timing_label(timing: Timing) -> str:
    return {
        Timing.URGENT: pgettext("timing", "Urgent (1–2 days)"),
        Timing.WITHIN_WEEK: pgettext("timing", "Within a week"),
        Timing.WITHIN_MONTH: pgettext("timing", "Within a month"),
        Timing.FLEXIBLE: pgettext("timing", "Flexible"),
    }[timing]


def timing_choices() -> tuple[Choice, ...]:
    return tuple(Choice(f"intake:timing:{timing.value}", short(timing_label(timing)))
                 for timing in Timing)


def contact_choices() -> tuple[Choice, ...]:
    return (Choice("intake:contact:chat", pgettext("chat button", "In this chat")),
            Choice("intake:contact:phone", pgettext("chat button", "Phone call")),
            Choice("intake:contact:email", pgettext("chat button", "E-mail")))


def contact_label(conversation: Conversation) -> str:
    if conversation.contact_preference == ContactPreference.PHONE:
        return _("phone, %(number)s", number=conversation.contact_phone or "")
    if conversation.contact_preference == ContactPreference.EMAIL:
        return _("e-mail, %(address)s", address=conversation.contact_email or "")
    return _("in this chat")


def job_status_text(job: JobRequest) -> str:
    leads = job_services.lead_count(job)
    if job.status == JobStatus.OPEN:
        if leads:
            return _("sent to %(count)s businesses, waiting for quotes", count=leads)
        return _("open, looking for businesses")
    return {
        JobStatus.AWARDED: _("you accepted a quote"),
        JobStatus.CLOSED: _("closed"),
        JobStatus.CANCELLED: _("cancelled"),
        JobStatus.UNMATCHED: _("no business available yet"),
    }.get(JobStatus(job.status), job.status)
