"""The customer's answer reaches the right business's thread, through the real webhooks.

Two businesses have leads on the customer's job and both wrote to the customer. The
customer answers by replying to one of the messages (WhatsApp `context.id`, Telegram
`reply_to_message`, Messenger `reply_to.mid`), by a reply button, or plainly; each test
looks at what the customer received from the local Graph/Telegram stand-in and at what
each business's thread holds.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from marketplace import clock
from marketplace.channels.models import Customer
from marketplace.conversations.models import Conversation
from marketplace.db import db
from marketplace.quotes.models import Lead, LeadStatus
from marketplace.threads import signals
from marketplace.threads.models import ThreadMessage
from tests.consent.factories import make_job, make_lead
from tests.threads.incoming_world import (
    TG_CHAT,
    Phone,
    World,
    business_writes,
    customer_thread_texts,
    make_world,
    reply_ids,
    text_of,
)


@pytest.fixture
def new_world(app, make_tenant, make_user):
    def make(channel: str = "whatsapp") -> World:
        return make_world(app, make_tenant, make_user, channel)

    return make


@pytest.fixture
def received_signals():
    seen: list[dict] = []

    def receiver(_sender=None, **data):
        seen.append(data)

    signals.customer_message_received.connect(receiver)
    yield seen
    signals.customer_message_received.disconnect(receiver)


# --- replies to a business's message --------------------------------------------------------


def test_whatsapp_reply_by_context_id_reaches_that_business_with_two_threads_active(
        app, client, providers, new_world, received_signals):
    world = new_world()
    to_roofer = business_writes(app, world, world.lead_a, "Ist das Dach von innen zugänglich?")
    business_writes(app, world, world.lead_b, "Welches Holz ist verbaut?")
    phone = Phone("whatsapp", client, providers)

    [confirmation] = phone.text("Ja, über den Dachboden.", reply_to=to_roofer)

    assert customer_thread_texts(app, world.lead_a) == ["Ja, über den Dachboden."]
    assert customer_thread_texts(app, world.lead_b) == []
    assert "Dachdeckerei Muster GmbH" in text_of(confirmation)
    assert "weitergeleitet" in text_of(confirmation)
    assert [signal["lead_id"] for signal in received_signals] == [world.lead_a]
    # A second message right after is filed without another confirmation.
    assert phone.text("Die Luke ist 60 cm breit.", reply_to=to_roofer) == []
    assert customer_thread_texts(app, world.lead_a)[-1] == "Die Luke ist 60 cm breit."


def test_telegram_reply_to_message_reaches_that_business(app, client, providers, new_world):
    world = new_world(channel="telegram")
    business_writes(app, world, world.lead_a, "Ist das Dach zugänglich?")
    to_carpenter = business_writes(app, world, world.lead_b, "Welches Holz ist verbaut?")
    assert to_carpenter.startswith(f"{TG_CHAT}:")
    phone = Phone("telegram", client, providers)

    [confirmation] = phone.text("Fichte, glaube ich.", reply_to=to_carpenter)

    assert customer_thread_texts(app, world.lead_b) == ["Fichte, glaube ich."]
    assert customer_thread_texts(app, world.lead_a) == []
    assert "Zimmerei Holz & Söhne" in confirmation["text"]


def test_messenger_reply_to_mid_reaches_that_business(app, client, providers, new_world):
    world = new_world(channel="messenger")
    to_roofer = business_writes(app, world, world.lead_a, "Ist das Dach zugänglich?")
    business_writes(app, world, world.lead_b, "Welches Holz ist verbaut?")
    phone = Phone("messenger", client, providers)

    [confirmation] = phone.text("Ja, über eine Leiter.", reply_to=to_roofer)

    assert customer_thread_texts(app, world.lead_a) == ["Ja, über eine Leiter."]
    assert customer_thread_texts(app, world.lead_b) == []
    assert "Dachdeckerei Muster GmbH" in confirmation["message"]["text"]


# --- a reply button, one active thread, several ----------------------------------------------


def test_reply_button_then_text_goes_to_that_business(app, client, providers, new_world):
    world = new_world()
    business_writes(app, world, world.lead_a, "Ist das Dach zugänglich?")
    business_writes(app, world, world.lead_b, "Welches Holz ist verbaut?")
    phone = Phone("whatsapp", client, providers)

    [invitation] = phone.tap(f"thread:reply:{world.lead_b}")
    assert "Zimmerei Holz & Söhne" in text_of(invitation)
    [confirmation] = phone.text("Eiche, 1970 verbaut.")

    assert customer_thread_texts(app, world.lead_b) == ["Eiche, 1970 verbaut."]
    assert customer_thread_texts(app, world.lead_a) == []
    assert "Zimmerei Holz & Söhne" in text_of(confirmation)


def test_the_one_active_thread_takes_a_plain_message(app, client, providers, new_world):
    world = new_world()
    business_writes(app, world, world.lead_a, "Wann sind Sie zu Hause?")
    phone = Phone("whatsapp", client, providers)

    [confirmation] = phone.text("Ab 17 Uhr.")

    assert customer_thread_texts(app, world.lead_a) == ["Ab 17 Uhr."]
    assert "Dachdeckerei Muster GmbH" in text_of(confirmation)
    with app.app_context():  # the intake never saw it
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Conversation)) == 0


def test_two_active_threads_ask_which_business_and_file_on_the_pick(
        app, client, providers, new_world):
    world = new_world()
    business_writes(app, world, world.lead_a, "Ist das Dach zugänglich?")
    business_writes(app, world, world.lead_b, "Welches Holz ist verbaut?")
    phone = Phone("whatsapp", client, providers)

    [question] = phone.text("Morgen passt es mir gut.")
    assert "Welcher Betrieb" in text_of(question) or "welchen Betrieb" in text_of(question)
    assert sorted(reply_ids(question)) == sorted([f"thread:pick:{world.lead_a}",
                                                  f"thread:pick:{world.lead_b}"])
    assert customer_thread_texts(app, world.lead_a) == []
    assert customer_thread_texts(app, world.lead_b) == []
    # A second message joins the waiting one without a second question.
    assert phone.text("Ab 10 Uhr.") == []

    [confirmation] = phone.tap(f"thread:pick:{world.lead_a}")

    assert customer_thread_texts(app, world.lead_a) == ["Morgen passt es mir gut.",
                                                        "Ab 10 Uhr."]
    assert customer_thread_texts(app, world.lead_b) == []
    assert "Dachdeckerei Muster GmbH" in text_of(confirmation)


def test_a_request_in_progress_keeps_unmarked_messages(app, client, providers, new_world):
    world = new_world()
    business_writes(app, world, world.lead_a, "Ist das Dach zugänglich?")
    phone = Phone("whatsapp", client, providers)
    phone.text("NEU")  # the customer starts a new request; the bot asks what needs doing
    phone.text("Die Heizung im Keller ist ausgefallen")
    business_writes(app, world, world.lead_a, "Sind Sie noch da?")
    phone.text("60311")  # the bot's next question, answered after the business wrote

    with app.app_context():
        conversation = db.session.scalar(sa.select(Conversation))
        assert conversation.is_active
        assert "Heizung" in conversation.description
        assert conversation.postcode == "60311"
    assert customer_thread_texts(app, world.lead_a) == []
    # An explicit reply still reaches the business in the middle of the request.
    to_roofer = business_writes(app, world, world.lead_a, "Ist das Dach zugänglich?")
    phone.text("Ja, über den Dachboden.", reply_to=to_roofer)
    assert customer_thread_texts(app, world.lead_a) == ["Ja, über den Dachboden."]


def test_commands_keep_working_inside_a_thread(app, client, providers, new_world):
    world = new_world()
    to_roofer = business_writes(app, world, world.lead_a, "Ist das Dach zugänglich?")
    phone = Phone("whatsapp", client, providers)

    [status] = phone.text("STATUS", reply_to=to_roofer)
    with app.app_context():
        reference = db.session.get(Lead, world.lead_a).job_request.reference
    assert reference in text_of(status)
    [confirmation] = phone.text("Ja, über den Dachboden.")  # the thread is still there
    assert "Dachdeckerei Muster GmbH" in text_of(confirmation)
    [stop] = phone.text("STOP", reply_to=to_roofer)
    assert "START" in text_of(stop)
    assert customer_thread_texts(app, world.lead_a) == ["Ja, über den Dachboden."]


# --- closed leads and stale buttons ----------------------------------------------------------


def test_a_reply_to_a_business_no_longer_on_the_job_gets_a_plain_answer(
        app, client, providers, new_world, received_signals):
    world = new_world()
    to_roofer = business_writes(app, world, world.lead_a, "Ist das Dach zugänglich?")
    with app.app_context():
        db.session.get(Lead, world.lead_a).status = LeadStatus.EXPIRED
        db.session.commit()
    phone = Phone("whatsapp", client, providers)

    [answer] = phone.text("Ja, über den Dachboden.", reply_to=to_roofer)

    assert "nicht mehr" in text_of(answer)
    assert "Dachdeckerei Muster GmbH" in text_of(answer)
    assert customer_thread_texts(app, world.lead_a) == []
    assert received_signals == []
    # Its reply button is stale too.
    [answer] = phone.tap(f"thread:reply:{world.lead_a}")
    assert "nicht mehr" in text_of(answer)


def test_a_foreign_or_unknown_thread_button_gets_a_plain_answer(
        app, client, providers, new_world):
    world = new_world()
    with app.app_context():  # another customer's job and lead
        stranger = Customer(channel="whatsapp", external_id="4917699999999",
                            language="de", last_inbound_at=clock.now())
        db.session.add(stranger)
        db.session.flush()
        foreign = make_lead(db.session.get(Lead, world.lead_a).tenant,
                            make_job(stranger, photos=0))
        db.session.commit()
        foreign_id = foreign.id
    phone = Phone("whatsapp", client, providers)

    for choice in (f"thread:reply:{foreign_id}", "thread:pick:999999", "thread:reply:x"):
        [answer] = phone.tap(choice)
        assert "funktioniert nicht mehr" in text_of(answer), text_of(answer)
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(ThreadMessage)
                                 .where(ThreadMessage.author == "customer")) == 0


def test_an_old_question_is_asked_again_and_a_closed_pick_files_nothing(
        app, client, providers, new_world, frozen_clock):
    world = new_world()
    business_writes(app, world, world.lead_a, "Ist das Dach zugänglich?")
    business_writes(app, world, world.lead_b, "Welches Holz ist verbaut?")
    phone = Phone("whatsapp", client, providers)
    [first] = phone.text("Morgen passt es.")
    frozen_clock(minutes=31)  # the buttons may have scrolled away: ask again, for both
    [second] = phone.text("Ab 10 Uhr.")
    assert reply_ids(second) == reply_ids(first)
    with app.app_context():
        db.session.get(Lead, world.lead_b).status = LeadStatus.LOST
        db.session.commit()

    [answer] = phone.tap(f"thread:pick:{world.lead_b}")

    assert "nicht mehr" in text_of(answer)
    assert customer_thread_texts(app, world.lead_b) == []
    # Nothing waits any more; the one open thread now takes the customer's words.
    [confirmation] = phone.text("Also doch Dachdecker.")
    assert "Dachdeckerei Muster GmbH" in text_of(confirmation)
    assert customer_thread_texts(app, world.lead_a) == ["Also doch Dachdecker."]


def test_a_shared_location_reaches_the_one_active_thread(app, client, providers, new_world):
    world = new_world()
    business_writes(app, world, world.lead_a, "Wo genau ist das Haus?")
    phone = Phone("whatsapp", client, providers)

    phone.wa({"type": "location", "location": {"latitude": 50.1109, "longitude": 8.6821,
                                               "name": "Zuhause"}})

    [text] = customer_thread_texts(app, world.lead_a)
    assert text.startswith("📍 50.11090, 8.68210")
    assert "Zuhause" in text
