"""Safety first, timing only from explicit wishes, and the customer's words kept as written:
through the web chat's real URLs (and one WhatsApp webhook), as the customer sees it."""

from __future__ import annotations

import sqlalchemy as sa

from marketplace.channels.models import Customer
from marketplace.conversations.models import Conversation
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from tests.conversations.http_chat import HttpChat, choice_ids, texts
from tests.conversations.test_through_channels import WA_ID, WhatsAppCustomer, body_text


def latest(model, app):
    with app.app_context():
        row = db.session.scalar(sa.select(model).order_by(model.id.desc()).limit(1))
        db.session.expunge_all()
        return row


def test_gas_smell_gets_the_safety_advice_before_any_question_and_an_urgent_job(client, app):
    chat = HttpChat(client)
    replies = chat.send("Hallo, bei uns im Keller riecht es seit heute Morgen stark nach Gas")
    advice, *after = replies
    # The advice comes first, in German, before the greeting and any question.
    assert advice["text"].startswith("⚠️")
    assert "Verlassen Sie" in advice["text"]
    assert "112" in advice["text"]
    assert "Lichtschalter" in advice["text"]
    assert "Gasversorger" in advice["text"]
    assert after, "the intake goes on after the advice"
    assert "dringend" in after[-1]["text"].lower()  # ✔ … · Dringend (1–2 Tage)
    with app.app_context():
        conversation = db.session.scalar(sa.select(Conversation).order_by(
            Conversation.id.desc()))
        assert conversation.timing == "urgent"
        assert conversation.trade_code == "installateur-heizungsbauer"
        assert conversation.extra["hazard"] == "gas"
    # Telling more about the smell does not repeat the advice.
    more = chat.send("Der Geruch nach Gas kommt aus dem Heizungsraum, 60311")
    assert not any(reply["text"].startswith("⚠️") for reply in more)
    summary = walk_to_summary(chat, more)
    assert "Dringend" in summary["text"]
    chat.tap("intake:summary:send")
    job = latest(JobRequest, app)
    assert (job.hazard, job.timing) == ("gas", "urgent")
    assert job.derived_from["timing"] == "gas"


def walk_to_summary(chat: HttpChat, replies: list[dict]) -> dict:
    answers = {"intake:photos:none": "intake:photos:none",
               "intake:contact:chat": "intake:contact:chat",
               "intake:timing:urgent": "intake:timing:month"}
    for _round in range(8):
        ids = choice_ids(replies[-1])
        if "intake:summary:send" in ids:
            return replies[-1]
        tap = next((answers[choice] for choice in ids if choice in answers), None)
        assert tap is not None, texts(replies)
        replies = chat.tap(tap)
    raise AssertionError("no summary")


def test_burst_pipe_in_english_gets_the_water_valve_advice(client, app):
    chat = HttpChat(client, language="en")
    advice, *_rest = chat.send("Help, a pipe burst in our kitchen and water is pouring out")
    assert advice["text"].startswith("⚠️ Burst pipe")
    assert "main water valve" in advice["text"]
    assert "fuse box" in advice["text"]
    with app.app_context():
        conversation = db.session.scalar(sa.select(Conversation).order_by(
            Conversation.id.desc()))
        assert (conversation.timing, conversation.extra["hazard"]) == ("urgent", "water")


def test_sparks_from_the_fuse_box_and_no_advice_without_danger(client, app):
    chat = HttpChat(client)
    advice, *_rest = chat.send("Aus dem Sicherungskasten sprühen Funken!")
    assert advice["text"].startswith("⚠️")
    assert "Sicherungskasten" in advice["text"] or "Sicherung" in advice["text"]
    calm = HttpChat(app.test_client())
    replies = calm.send("Wir haben keinen Gasgeruch, aber die Gastherme geht nicht an")
    assert not any(reply["text"].startswith("⚠️") for reply in replies)


def test_gas_smell_over_whatsapp_gets_the_advice_first(client, app, providers):
    customer = WhatsAppCustomer(client, providers)
    first, *rest = customer.text("Es riecht im Flur nach Gas, was soll ich tun?")
    assert body_text(first).startswith("⚠️")
    assert "112" in body_text(first)
    assert rest, "the intake goes on after the advice"
    with app.app_context():
        person = db.session.scalar(sa.select(Customer).where(Customer.external_id == WA_ID))
        conversation = db.session.scalar(sa.select(Conversation).where(
            Conversation.customer_id == person.id))
        assert conversation.timing == "urgent"


def test_negated_urgency_means_there_is_time_and_story_words_set_nothing(client, app):
    chat = HttpChat(client)
    replies = chat.send("Heute Morgen ist es passiert: am Wochenende hat der Sturm die "
                        "Dachrinne abgerissen, 60311")
    [reply] = replies
    with app.app_context():
        conversation = db.session.scalar(sa.select(Conversation).order_by(
            Conversation.id.desc()))
        assert conversation.timing is None  # the story's times say nothing about the wish
    assert "intake:timing:urgent" in choice_ids(reply)  # so the bot asks
    [reply] = chat.send("Es ist eher nicht so dringend.")
    assert "Flexibel" in reply["text"]  # ✔ Flexibel
    with app.app_context():
        conversation = db.session.scalar(sa.select(Conversation).order_by(
            Conversation.id.desc()))
        assert conversation.timing == "flexible"
        assert conversation.extra["derived_from"]["timing"] == "nicht so dringend"
    english = HttpChat(app.test_client(), language="en")
    [reply] = english.send("Our garden fence needs repainting, 60311, no rush")
    assert "Flexible" in reply["text"]


def test_the_description_is_kept_as_written(client, app):
    chat = HttpChat(client)
    chat.send("Wir wohnen in 60316 Frankfurt. Im Bad sollen die Fliesen neu, ca 8 qm, "
              "nicht dringend.")
    with app.app_context():
        conversation = db.session.scalar(sa.select(Conversation).order_by(
            Conversation.id.desc()))
        assert conversation.description == (
            "Wir wohnen in 60316 Frankfurt. Im Bad sollen die Fliesen neu, ca 8 qm, "
            "nicht dringend.")
        assert conversation.postcode == "60316"
        assert conversation.timing == "flexible"
