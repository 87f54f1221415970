"""Scripted intake conversations through the web chat services (real DB, tasks inline)."""

from __future__ import annotations

import sqlalchemy as sa

from marketplace.channels.models import Direction, Message, MessageStatus
from marketplace.conversations.models import Conversation, ConversationStatus, Step
from marketplace.db import db
from marketplace.jobs.models import JobRequest, JobRequestEvent, JobStatus
from marketplace.jobs.services import REFERENCE_ALPHABET
from tests.conversations.chat import WebChat, choice_ids


def only(replies):
    assert len(replies) == 1, [reply.text for reply in replies]
    return replies[0]


def the_job(chat: WebChat) -> JobRequest:
    return db.session.scalar(sa.select(JobRequest).where(
        JobRequest.customer_id == chat.customer.id).order_by(JobRequest.id.desc()))


def conversation_of(chat: WebChat) -> Conversation:
    return db.session.scalar(sa.select(Conversation).where(
        Conversation.customer_id == chat.customer.id).order_by(Conversation.id.desc()))


def test_german_customer_from_hallo_to_job_request(app_ctx, frozen_clock):
    chat = WebChat(language="de")
    greeting = only(chat.send("Hallo"))
    assert "http://testserver.local/datenschutz" in greeting.text
    assert "STOP" in greeting.text
    assert "Assistent" in greeting.text  # says it is an automated assistant, in German
    assert "intake:trade:dachdecker" in choice_ids(greeting)

    ask_description = only(chat.tap("intake:trade:dachdecker"))
    assert conversation_of(chat).step == Step.DESCRIPTION
    assert "✔ Dach" in ask_description.text

    only(chat.send("Seit dem Sturm fehlen Ziegel und es tropft ins Bad"))
    assert conversation_of(chat).step == Step.POSTCODE

    timing = only(chat.send("60311"))
    assert choice_ids(timing) == ["intake:timing:urgent", "intake:timing:week",
                                  "intake:timing:month", "intake:timing:flexible"]
    photos = only(chat.tap("intake:timing:urgent"))
    assert choice_ids(photos) == ["intake:photos:none"]

    first_photo = only(chat.photo())
    assert choice_ids(first_photo) == ["intake:photos:done"]
    assert chat.photo(color="blue") == []  # same batch: answered once, not per photo
    contact = only(chat.tap("intake:photos:done"))
    assert choice_ids(contact) == ["intake:contact:chat", "intake:contact:phone",
                                   "intake:contact:email"]
    summary = only(chat.tap("intake:contact:chat"))
    assert choice_ids(summary) == ["intake:summary:send", "intake:summary:change",
                                   "intake:summary:cancel"]
    assert "60311" in summary.text
    assert "• 2 Fotos" in summary.text

    done = chat.tap("intake:summary:send")[0]
    job = the_job(chat)
    assert job.reference in done.text
    assert job.trade_code == "dachdecker"
    assert job.description == "Seit dem Sturm fehlen Ziegel und es tropft ins Bad"
    assert job.postcode == "60311"
    assert job.timing == "urgent"
    assert job.contact_preference == "chat"
    assert job.language == "de"
    assert job.channel == "webchat"
    assert len(job.media) == 2
    assert job.conversation_id == conversation_of(chat).id
    assert conversation_of(chat).status == ConversationStatus.SUBMITTED
    events = db.session.scalars(sa.select(JobRequestEvent).where(
        JobRequestEvent.job_request_id == job.id)).all()
    assert events[0].to_status == JobStatus.OPEN
    assert events[0].actor_kind == "customer"


def test_english_customer_with_everything_in_the_first_message(app_ctx, frozen_clock):
    chat = WebChat(language="de")
    first = only(chat.send("Hello, our bathroom tap is leaking badly under the sink, "
                           "we are in 10115, please this week"))
    # Language follows the customer: the page was German, the customer writes English.
    assert "privacy" in first.text.lower() or "Privacy" in first.text
    assert "Plumbing" in first.text
    assert "10115" in first.text
    # Trade, description, postcode and timing were all in the first message: photos next.
    assert choice_ids(first) == ["intake:photos:none"]
    contact = only(chat.tap("intake:photos:none"))
    assert "contact" in contact.text
    ask_mail = only(chat.tap("intake:contact:email"))
    assert conversation_of(chat).step == Step.CONTACT_EMAIL
    assert "e-mail" in ask_mail.text
    only(chat.send("that is not an address"))
    assert conversation_of(chat).step == Step.CONTACT_EMAIL
    summary = only(chat.send("anna.example@example.org"))
    assert "Here is your request" in summary.text
    chat.send("yes")
    job = the_job(chat)
    assert job.trade_code == "installateur-heizungsbauer"
    assert job.postcode == "10115"
    assert job.timing == "week"
    assert job.language == "en"
    assert job.contact_preference == "email"
    assert job.contact_email == "anna.example@example.org"
    assert job.media == []
    assert chat.customer.language == "en"


def test_unclear_trade_is_asked_with_buttons_and_typed_answer_works(app_ctx):
    chat = WebChat()
    # A blocked toilet is the drain cleaner's at once; a slow one could be either trade.
    question = only(chat.send("Toilette läuft nicht ab, nichts geht mehr"))
    ids = choice_ids(question)
    assert "intake:trade:installateur-heizungsbauer" in ids
    assert "intake:trade:rohr-kanalreiniger" in ids
    assert ids[-1] == "intake:trade:other"
    only(chat.send("Rohrreinigung"))
    conversation = conversation_of(chat)
    assert conversation.trade_code == "rohr-kanalreiniger"
    assert conversation.description == "Toilette läuft nicht ab, nichts geht mehr"


def test_something_else_asks_for_words_and_detects_from_them(app_ctx):
    chat = WebChat()
    chat.send("Hallo")
    only(chat.tap("intake:trade:other"))
    only(chat.send("Wir brauchen eine neue Markise über der Terrasse, 5 Meter breit"))
    assert conversation_of(chat).trade_code == "rollladen-sonnenschutztechniker"


def test_short_description_is_asked_once_for_more(app_ctx):
    chat = WebChat()
    chat.send("Elektriker")
    assert conversation_of(chat).step == Step.DESCRIPTION
    chat.send("Steckdose kaputt")
    assert conversation_of(chat).step == Step.DESCRIPTION  # two words: asked for a bit more
    chat.send("Im Flur, sie wackelt")
    conversation = conversation_of(chat)
    assert conversation.step == Step.POSTCODE
    assert conversation.description == "Steckdose kaputt\nIm Flur, sie wackelt"


def test_invalid_postcodes_are_refused_kindly(app_ctx):
    chat = WebChat()
    chat.send("Maler für 2 Zimmer gesucht, Wände streichen")
    reply = only(chat.send("1234"))
    assert conversation_of(chat).postcode is None
    assert "5" in reply.text
    only(chat.send("60311"))
    assert conversation_of(chat).postcode == "60311"


def test_change_from_the_summary(app_ctx):
    chat = WebChat()
    chat.send("Wände streichen im Wohnzimmer, ca. 20 qm, in 60311, egal wann")
    chat.tap("intake:photos:none")
    summary = only(chat.tap("intake:contact:chat"))
    assert "intake:summary:change" in choice_ids(summary)
    menu = only(chat.tap("intake:summary:change"))
    assert "intake:change:postcode" in choice_ids(menu)
    chat.tap("intake:change:postcode")
    summary = only(chat.send("10115"))
    assert "10115" in summary.text
    assert conversation_of(chat).step == Step.SUMMARY
    chat.tap("intake:summary:change")
    chat.tap("intake:change:description")
    summary = only(chat.send("Nur die Decke streichen, weiß"))
    assert "Nur die Decke streichen" in summary.text
    chat.tap("intake:summary:send")
    job = the_job(chat)
    assert job.postcode == "10115"
    assert job.description == "Nur die Decke streichen, weiß"
    assert job.timing == "flexible"


def test_cancel_from_summary_and_by_command(app_ctx):
    chat = WebChat()
    chat.send("Fliesen im Bad erneuern, 60311, nächste Woche")
    chat.tap("intake:photos:none")
    chat.tap("intake:contact:chat")
    cancelled = only(chat.tap("intake:summary:cancel"))
    assert conversation_of(chat).status == ConversationStatus.CANCELLED
    assert the_job(chat) is None
    assert cancelled.text
    stale = only(chat.tap("intake:summary:send"))  # an old button tapped again
    assert the_job(chat) is None
    assert stale.text
    chat.send("Parkett abschleifen im Flur")
    only(chat.send("abbrechen"))
    assert conversation_of(chat).status == ConversationStatus.CANCELLED
    nothing = only(chat.send("ABBRECHEN"))
    assert "STATUS" in nothing.text


def test_help_status_and_new(app_ctx):
    chat = WebChat()
    help_text = only(chat.send("hilfe")).text
    for command in ("NEU", "STATUS", "ABBRECHEN", "STOP", "START", "WIDERRUF", "MEINE DATEN",
                    "LÖSCHEN"):
        assert command in help_text
    assert "keine Anfragen" in only(chat.send("Status")).text or the_job(chat) is None
    chat.send("Ziegel locker und Dachrinne undicht, 60311, egal wann")
    chat.tap("intake:photos:none")
    chat.tap("intake:contact:chat")
    chat.tap("intake:summary:send")
    first_job = the_job(chat)
    status = only(chat.send("STATUS")).text
    assert first_job.reference in status
    # two jobs in a row
    new = only(chat.send("neu"))
    assert "intake:trade:other" in choice_ids(new)
    chat.send("Heizung macht Geräusche und wird nicht warm, 60311, diese Woche")
    summary = only(chat.tap("intake:photos:none"))
    # the contact preference of the first request is used, not asked again
    assert "intake:summary:send" in choice_ids(summary)
    chat.tap("intake:summary:send")
    second_job = the_job(chat)
    assert second_job.id != first_job.id
    assert second_job.trade_code == "installateur-heizungsbauer"
    assert first_job.reference in only(chat.send("status")).text


def test_thanks_after_a_job_starts_nothing_new(app_ctx):
    chat = WebChat()
    chat.send("Rasen mähen und Hecke schneiden, 60311, flexibel")
    chat.tap("intake:photos:none")
    chat.tap("intake:contact:chat")
    chat.tap("intake:summary:send")
    job = the_job(chat)
    reply = only(chat.send("Danke!"))
    assert job.reference in reply.text
    assert db.session.scalar(sa.select(sa.func.count(Conversation.id)).where(
        Conversation.customer_id == chat.customer.id)) == 1


def test_stop_and_start(app_ctx):
    chat = WebChat()
    chat.send("Hallo")
    stop = only(chat.send("STOP"))
    assert "START" in stop.text
    assert chat.customer.has_opted_out
    assert chat.outbound()[-1].purpose == "opt_out_confirmation"
    assert chat.send("Dach undicht in 60311") == []  # nothing is sent while opted out
    assert conversation_of(chat).postcode == "60311"  # but nothing the customer said is lost
    back = only(chat.send("start"))
    assert not chat.customer.has_opted_out
    assert back.text


def test_photo_without_text_first(app_ctx):
    chat = WebChat()
    reply = only(chat.photo())
    assert "datenschutz" in reply.text  # greeted, then asked what needs doing
    assert "intake:trade:other" in choice_ids(reply)
    assert len(conversation_of(chat).media_file_ids) == 1


def test_emoji_only_input_does_not_get_the_same_question_again(app_ctx):
    chat = WebChat()
    question = only(chat.send("Fenster putzen im ganzen Haus, 3 Etagen"))
    assert conversation_of(chat).step == Step.POSTCODE
    assert chat.send("👍👍") == []  # nothing new: the open question is not sent again
    assert conversation_of(chat).step == Step.POSTCODE
    reply = only(chat.send("60311"))
    assert "60311" in reply.text
    assert reply.text != question.text


def test_resume_or_restart_after_days(app_ctx, frozen_clock):
    chat = WebChat()
    chat.send("Laminat im Wohnzimmer verlegen, 25 qm")
    frozen_clock(days=3)
    question = only(chat.send("60311"))
    assert choice_ids(question) == ["intake:resume:continue", "intake:resume:restart"]
    resumed = only(chat.tap("intake:resume:continue"))
    conversation = conversation_of(chat)
    assert conversation.postcode == "60311"  # the message after the pause is not lost
    assert conversation.step == Step.TIMING
    assert resumed.choices
    frozen_clock(days=3)
    chat.send("Ich brauche jetzt einen Elektriker für die Küche")
    only(chat.tap("intake:resume:restart"))
    conversations = db.session.scalars(sa.select(Conversation).where(
        Conversation.customer_id == chat.customer.id).order_by(Conversation.id)).all()
    assert [c.status for c in conversations] == [ConversationStatus.ABANDONED,
                                                 ConversationStatus.ACTIVE]
    assert conversations[1].trade_code == "elektrotechniker"


def test_language_switch_by_command(app_ctx):
    chat = WebChat()
    chat.send("Hallo")
    reply = only(chat.send("english"))
    assert "English" in reply.text
    assert conversation_of(chat).language == "en"
    assert chat.customer.language == "en"


def test_every_message_is_kept_and_handled_once(app_ctx):
    from marketplace.conversations.services import handle_inbound_message

    chat = WebChat()
    chat.send("Dach undicht")
    chat.send("60311")
    inbound = db.session.scalars(sa.select(Message).where(
        Message.customer_id == chat.customer.id, Message.direction == Direction.INBOUND)).all()
    assert [m.status for m in inbound] == [MessageStatus.HANDLED, MessageStatus.HANDLED]
    before = len(chat.outbound())
    handle_inbound_message(inbound[0].id)  # the task runs twice: nothing happens
    assert len(chat.outbound()) == before


def test_references_use_the_unambiguous_alphabet(app_ctx):
    from marketplace.jobs.services import new_reference, normalise_reference

    for _ in range(50):
        reference = new_reference()
        assert len(reference) == 6
        assert reference[3] == "-"
        assert set(reference.replace("-", "")) <= set(REFERENCE_ALPHABET)
    assert normalise_reference("a7k 2q") == "A7K-2Q"


def test_out_of_order_answers_are_placed_by_content(app_ctx):
    chat = WebChat()
    chat.send("60311")  # the postcode overtook the first message
    chat.send("Heizung fällt ständig aus, Heizkörper bleiben kalt")
    conversation = conversation_of(chat)
    assert conversation.postcode == "60311"
    assert conversation.trade_code == "installateur-heizungsbauer"
    assert conversation.description == "Heizung fällt ständig aus, Heizkörper bleiben kalt"
    assert conversation.step == Step.TIMING


def test_an_edited_message_updates_the_request(app_ctx):
    from marketplace.channels.base import MessageKind
    from marketplace.conversations.services import handle_inbound_message

    chat = WebChat()
    chat.send("Dach undicht über dem Wohnzimmer, in 60311")
    original = db.session.scalars(sa.select(Message).where(
        Message.customer_id == chat.customer.id, Message.direction == Direction.INBOUND)
    ).first()
    edit = Message(customer_id=chat.customer.id, channel="webchat",
                   direction=Direction.INBOUND, kind=MessageKind.EDIT,
                   status=MessageStatus.RECEIVED, provider_message_id="edit-1",
                   text="Dach undicht über dem Wohnzimmer, in 60313",
                   payload={"refers_to": original.provider_message_id}, attempts=0)
    db.session.add(edit)
    db.session.commit()
    handle_inbound_message(edit.id)
    conversation = conversation_of(chat)
    assert conversation.postcode == "60313"
    assert "60313" in conversation.description or "60311" not in conversation.description
    assert db.session.get(Message, original.id).text.endswith("60311")  # the original is kept


def test_plain_answers_do_not_end_up_in_the_description(app_ctx):
    chat = WebChat()
    chat.send("Wir brauchen einen Maler für drei Zimmer")
    chat.send("Wir wohnen in 60311 Frankfurt")
    chat.send("nächste Woche wäre super")
    conversation = conversation_of(chat)
    assert conversation.postcode == "60311"
    assert conversation.timing == "week"
    assert conversation.description == "Wir brauchen einen Maler für drei Zimmer"


def test_telegram_start_and_messenger_get_started_are_a_first_hello(app_ctx):
    chat = WebChat()
    [hello] = chat.send("/start")
    assert "datenschutz" in hello.text
    assert not chat.customer.has_opted_out
    other = WebChat()
    [hello] = other.tap("GET_STARTED")
    assert "datenschutz" in hello.text
    assert "intake:trade:other" in choice_ids(hello)


def test_early_information_is_acknowledged_trade_first_and_the_words_kept_as_written(app_ctx):
    chat = WebChat()
    [first] = chat.send("Hallo, Dach undicht in 60311, bitte diese Woche")
    assert "✔ Dach · 60311 · Binnen einer Woche" in first.text
    conversation = conversation_of(chat)
    assert conversation.description == "Hallo, Dach undicht in 60311, bitte diese Woche"
    sources = conversation.extra["derived_from"]
    assert (sources["place"], sources["timing"]) == ("60311", "diese Woche")
    assert "dach" in sources["trade"].lower()
    assert conversation.step == Step.DESCRIPTION  # two words: asked once for a little more


def test_a_question_while_a_job_runs_points_to_that_job(app_ctx):
    chat = WebChat()
    chat.send("Rasen mähen und Hecke schneiden, 60311, flexibel")
    chat.tap("intake:photos:none")
    chat.tap("intake:contact:chat")
    chat.tap("intake:summary:send")
    job = the_job(chat)
    job.status = JobStatus.OPEN  # as if businesses had been found
    db.session.commit()
    [reply] = chat.send("Wann meldet sich denn jemand bei mir?")
    assert job.reference in reply.text
    assert "STATUS" in reply.text
    assert db.session.scalar(sa.select(sa.func.count(Conversation.id)).where(
        Conversation.customer_id == chat.customer.id)) == 1
    # a new job in other words starts a new request at once
    [reply] = chat.send("Außerdem brauche ich einen Elektriker für neue Steckdosen")
    assert conversation_of(chat).status == ConversationStatus.ACTIVE
    assert conversation_of(chat).trade_code == "elektrotechniker"


def test_hello_again_after_a_cancelled_request(app_ctx):
    chat = WebChat()
    chat.send("Parkett abschleifen")
    chat.send("abbrechen")
    [reply] = chat.send("Hallo")
    assert reply.text.startswith("Hallo noch einmal")
    assert "intake:trade:other" in choice_ids(reply)


def test_unfinished_intakes_forget_their_content_after_30_days(app_ctx, frozen_clock):
    from marketplace.conversations.services import forget_stale_intakes
    from marketplace.wiring import periodic_task_table

    assert any(task.path.endswith("forget_stale_intakes") for task in periodic_task_table())
    chat = WebChat()
    chat.send("Dach undicht in 60311, Telefon 0171 2345678")
    other = WebChat()
    other.send("Fliesen im Bad, 10115")
    other.send("abbrechen")
    frozen_clock(days=20)
    assert forget_stale_intakes() == 0
    frozen_clock(days=11)
    assert forget_stale_intakes() == 2
    assert forget_stale_intakes() == 0  # safe to run twice
    for customer_chat in (chat, other):
        conversation = conversation_of(customer_chat)
        assert conversation.status in (ConversationStatus.ABANDONED,
                                       ConversationStatus.CANCELLED)
        assert conversation.description == ""
        assert conversation.postcode is None


def test_replies_are_short_and_buttons_fit_whatsapp(app_ctx):
    for language, script in (("de", ["Hallo", "Maler", "Küche und Flur streichen, 30 qm",
                                     "60311", "ändern"]),
                             ("en", ["Hello there", "Painting", "Paint the kitchen and hall",
                                     "10115", "change"])):
        chat = WebChat(language=language)
        replies = [reply for text in script for reply in chat.send(text)]
        replies += chat.tap("intake:timing:week") + chat.tap("intake:photos:none")
        replies += chat.tap("intake:contact:chat") + chat.tap("intake:summary:change")
        for reply in replies:
            assert len(reply.text) <= 700, reply.text
            assert len(reply.choices) <= 10
            for choice in reply.choices:
                assert len(choice.title) <= 20, choice.title
                assert choice.id.startswith("intake:")


def test_outside_every_area_the_customer_reads_one_consistent_story(app_ctx):
    """No number is promised before routing: here no business serves 60311 at all."""
    chat = WebChat(language="de")
    chat.send("Hallo")
    chat.tap("intake:trade:dachdecker")
    chat.send("Seit dem Sturm fehlen Ziegel und es tropft ins Bad")
    chat.send("60311")
    chat.tap("intake:timing:urgent")
    chat.tap("intake:photos:none")
    summary = only(chat.tap("intake:contact:chat"))
    assert "bis zu" not in summary.text
    done, routed = chat.tap("intake:summary:send")
    assert "bis zu" not in done.text
    assert "wie viele" in done.text
    assert "an niemanden weitergegeben" in routed.text


def test_english_confirmation_promises_no_number_either(app_ctx):
    chat = WebChat(language="en")
    chat.send("Hello, our bathroom tap is leaking badly under the sink, "
              "we are in 10115, please this week")
    chat.tap("intake:photos:none")
    summary = only(chat.tap("intake:contact:chat"))
    assert "up to" not in summary.text
    done, routed = chat.tap("intake:summary:send")
    assert "up to" not in done.text
    assert "how many received it" in done.text
    assert "no verified business" in routed.text
