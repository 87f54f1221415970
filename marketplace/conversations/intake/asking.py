"""Asking for what is still missing, the summary, and sending the request."""

from __future__ import annotations

import sqlalchemy as sa
from flask_babel import gettext as _
from flask_babel import ngettext, pgettext

from marketplace import clock
from marketplace.channels.base import Choice
from marketplace.conversations import parsing
from marketplace.conversations.intake.combination import (
    ask_combination,
    awaits_answer,
    trade_names,
)
from marketplace.conversations.intake.turn import Turn
from marketplace.conversations.intake.wording import (
    contact_choices,
    contact_label,
    other_choice,
    short,
    timing_choices,
    timing_label,
)
from marketplace.conversations.models import ConversationStatus, Step
from marketplace.db import db
from marketplace.jobs import services as job_services
from marketplace.jobs.models import ContactPreference, Timing
from marketplace.media.models import MediaFile
from marketplace.trades.catalogue import common_trades, get_trade

ENOUGH_DESCRIPTION_WORDS = 3


def ask_next(turn: Turn) -> None:
    conversation = turn.conversation
    if conversation is None:
        return
    # Flags for this one message only; a new dict (never an in-place change) so that
    # the JSON column is written.
    if turn.thank_for_media:
        turn.thank_for_media = False
        turn.prefix.insert(0, ngettext("Thanks for the photo! 📷", "Thanks for the photos! 📷",
                                       max(1, turn.media_received)))
    flags = {key: conversation.extra.get(key)
             for key in ("asked", "confirmed", "media_in_batch")}
    conversation.extra = {key: value for key, value in conversation.extra.items()
                          if key not in flags}
    if flags["asked"]:
        return
    if flags["confirmed"]:
        submit(turn)
        return
    if flags["media_in_batch"] and not turn.prefix and not turn.captured:
        # Further photos of a batch that was already answered: stay quiet.
        return
    if conversation.trade_code is None:
        ask_trade(turn)
    elif awaits_answer(turn):
        ask_combination(turn)
    elif not conversation.description or (
            len(parsing.words_about_the_job(conversation.description))
            < ENOUGH_DESCRIPTION_WORDS and not conversation.extra.get("asked_more")):
        ask_description(turn)
    elif conversation.postcode is None:
        conversation.step = Step.POSTCODE
        turn.ask(_("Where is the job? Please send the postcode (5 digits) or the name of "
                   "the town, or share your location 📍."))
    elif conversation.timing is None:
        conversation.step = Step.TIMING
        turn.ask(_("When should the work be done?"), choices=timing_choices(),
                 choices_label=pgettext("chat button", "Choose"))
    elif not conversation.media_file_ids and not conversation.photos_answered:
        conversation.step = Step.PHOTOS
        turn.ask(_("Photos help businesses to give a precise quote. Send a few now if you "
                   "like (they are only shared with a business after you agree)."),
                 choices=(Choice("intake:photos:none", pgettext("chat button", "No photos")),))
    elif conversation.step == Step.PHOTOS and not conversation.photos_answered:
        turn.ask(_("Send more photos, or tap Done."),
                 choices=(Choice("intake:photos:done", pgettext("chat button", "Done")),))
    elif conversation.contact_preference is None:
        conversation.step = Step.CONTACT
        turn.ask(_("How would you like businesses to contact you?"),
                 choices=contact_choices())
    elif (conversation.contact_preference == ContactPreference.PHONE
          and not conversation.contact_phone):
        conversation.step = Step.CONTACT_PHONE
        turn.ask(_("Which phone number should businesses call?"))
    elif (conversation.contact_preference == ContactPreference.EMAIL
          and not conversation.contact_email):
        conversation.step = Step.CONTACT_EMAIL
        turn.ask(_("Which e-mail address should businesses write to?"))
    else:
        show_summary(turn)


def ask_trade(turn: Turn) -> None:
    conversation = turn.current
    conversation.step = Step.TRADE
    offered = [get_trade(code) for code in conversation.offered_trade_codes]
    offered = [trade for trade in offered if trade is not None]
    if offered:
        choices = tuple(Choice(f"intake:trade:{trade.code}", short(trade.label(turn.language)))
                        for trade in offered)
        turn.ask(_("Which of these fits best?"), choices=(*choices, other_choice()),
                 choices_label=pgettext("chat button", "Choose"))
        return
    choices = tuple(Choice(f"intake:trade:{trade.code}", short(trade.label(turn.language)))
                    for trade in common_trades()[:9])
    turn.ask(_("What do you need help with? Describe it in a few words, or choose:"),
             choices=(*choices, other_choice()),
             choices_label=pgettext("chat button", "Choose"))


def ask_description(turn: Turn) -> None:
    conversation = turn.current
    conversation.step = Step.DESCRIPTION
    if conversation.description:
        conversation.extra = {**conversation.extra, "asked_more": True}
        turn.ask(_("Could you tell me a little more? For example what is broken, where, "
                   "and how big it is."))
    else:
        turn.ask(_("Please describe briefly what needs doing: what is broken or planned, "
                   "and roughly how big it is."))


def short_summary(turn: Turn) -> str:
    conversation = turn.current
    parts = []
    trade = get_trade(conversation.trade_code)
    if trade is not None:
        parts.append(trade.label(turn.language))
    if conversation.postcode:
        parts.append(conversation.postcode)
    if conversation.description:
        first = conversation.description.splitlines()[0]
        parts.append(first if len(first) <= 40 else first[:39] + "…")
    return ", ".join(parts)


def show_summary(turn: Turn) -> None:
    conversation = turn.current
    conversation.step = Step.SUMMARY
    place = conversation.postcode + (f" {conversation.place_name}"
                                     if conversation.place_name else "")
    understood = (["✔ " + " · ".join(text for _order, text in sorted(turn.captured))]
                  if turn.captured else [])
    lines = [
        *understood,
        _("Here is your request:"),
        "• " + _("Trade: %(trade)s", trade=trade_names(turn)),
        "• " + _("What: %(description)s", description=conversation.description),
        "• " + _("Where: %(place)s", place=place),
        "• " + _("When: %(timing)s", timing=timing_label(Timing(conversation.timing))),
        "• " + photo_count(len(conversation.media_file_ids)),
        "• " + _("Contact: %(contact)s", contact=contact_label(conversation)),
        "",
        # No number here: only routing knows how many businesses serve this area,
        # and it tells the customer (or says honestly that none is available).
        _("Send it to checked businesses nearby?"),
    ]
    question = "\n".join(lines[len(understood):])
    if not turn.prefix and not turn.captured and turn.repeats(question):
        return  # shown last, and nothing new came since
    turn.prefix, turn.captured = [], []
    turn.say("\n".join(lines), question=question, choices=(
        Choice("intake:summary:send", pgettext("chat button", "Send")),
        Choice("intake:summary:change", pgettext("chat button", "Change")),
        Choice("intake:summary:cancel", pgettext("chat button", "Cancel"))))


def photo_count(count: int) -> str:
    if not count:
        return _("No photos")
    return ngettext("%(num)d photo", "%(num)d photos", count)


def submit(turn: Turn) -> None:
    conversation = turn.current
    if not (conversation.trade_code and conversation.description and conversation.postcode
            and conversation.timing and conversation.contact_preference):
        ask_next(turn)
        return
    media = list(db.session.scalars(sa.select(MediaFile).where(
        MediaFile.id.in_(conversation.media_file_ids or [-1]))))
    draft = job_services.JobDraft(
        trade_code=conversation.trade_code, description=conversation.description,
        postcode=conversation.postcode, timing=conversation.timing,
        contact_preference=conversation.contact_preference, language=turn.language,
        place_name=conversation.place_name, latitude=conversation.latitude,
        longitude=conversation.longitude, contact_phone=conversation.contact_phone,
        contact_email=conversation.contact_email,
        also_trade_codes=tuple(conversation.extra.get("also_trades") or ()),
        hazard=conversation.extra.get("hazard"),
        derived_from=conversation.extra.get("derived_from"))
    # Creating the job queues its routing for after the commit, and routing tells the
    # customer how many businesses received it. The confirmation below must reach them
    # first (with tasks inline, routing would otherwise deliver its message before it), so
    # what the job's creation queued runs after what this turn queues.
    pending = db.session.info.setdefault("after_commit_pending", [])
    before_job = len(pending)
    job = job_services.add_job_request(turn.customer, draft, media=media,
                                       conversation_id=conversation.id)
    queued_by_job = pending[before_job:]
    del pending[before_job:]
    conversation.status = ConversationStatus.SUBMITTED
    conversation.submitted_at = clock.now()
    turn.say(_("Done! ✅ Your request has the number %(reference)s.\n"
               "I am now looking for checked businesses near %(postcode)s and will tell "
               "you here how many received it. Quotes will arrive in this chat. Your "
               "photos are only shown to a business after you agree.\nWrite STATUS at "
               "any time to see where it stands, or NEW for another request.",
               reference=job.reference, postcode=conversation.postcode),
             purpose="job_update", job_request_id=job.id)
    db.session.info.setdefault("after_commit_pending", []).extend(queued_by_job)
    turn.touch()
    conversation.closed_at = clock.now()
    turn.conversation = None
