"""A correction typed at the summary changes the field it names; the summary comes again."""

from __future__ import annotations

import sqlalchemy as sa

from marketplace.conversations.models import Conversation, Step
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from tests.conversations.http_chat import HttpChat, choice_ids

SUMMARY = ["intake:summary:send", "intake:summary:change", "intake:summary:cancel"]


def conversation(app) -> Conversation:
    with app.app_context():
        row = db.session.scalar(sa.select(Conversation).order_by(Conversation.id.desc()))
        db.session.expunge(row)
        return row


def to_summary(chat: HttpChat) -> dict:
    chat.send("Hallo, oben auf dem Dach muss etwas repariert werden, 60311, dringend")
    chat.tap("intake:photos:none")
    [summary] = chat.tap("intake:contact:chat")
    assert choice_ids(summary) == SUMMARY
    return summary


def test_the_trade_named_as_wrong_is_changed_and_the_summary_shown_again(client, app):
    chat = HttpChat(client)
    to_summary(chat)
    assert conversation(app).trade_code == "dachdecker"
    text = "das Gewerk stimmt nicht, ich brauche jemanden für die Satellitenschüssel"
    [summary] = chat.send(text)
    assert choice_ids(summary) == SUMMARY
    corrected = conversation(app)
    assert corrected.trade_code == "informationstechniker"
    assert "Gewerk: IT, TV & Netzwerk" in summary["text"]
    assert text not in corrected.description  # a correction is not part of the job
    assert corrected.step == Step.SUMMARY


def test_the_place_named_as_wrong_takes_the_new_postcode(client, app):
    chat = HttpChat(client)
    to_summary(chat)
    [summary] = chat.send("der Ort ist falsch: 63065")
    assert choice_ids(summary) == SUMMARY
    assert "Wo: 63065" in summary["text"]
    assert conversation(app).postcode == "63065"
    assert "Ort ist falsch" not in conversation(app).description


def test_doch_nicht_dringend_changes_the_timing_and_the_job_keeps_it(client, app):
    chat = HttpChat(client)
    first = to_summary(chat)
    assert "Dringend" in first["text"]
    [summary] = chat.send("doch nicht dringend")
    assert choice_ids(summary) == SUMMARY
    assert "Wann: Flexibel" in summary["text"]
    chat.tap("intake:summary:send")
    with app.app_context():
        job = db.session.scalar(sa.select(JobRequest).order_by(JobRequest.id.desc()))
        assert job.timing == "flexible"
        assert job.derived_from["timing"] == "nicht dringend"
        assert "doch nicht" not in job.description


def test_a_field_named_wrong_without_a_new_value_is_asked_for(client, app):
    chat = HttpChat(client)
    to_summary(chat)
    [question] = chat.send("Die Postleitzahl stimmt nicht")
    assert "Postleitzahl (5 Ziffern)" in question["text"]
    [timing_or_summary] = chat.send("63067")
    assert conversation(app).postcode == "63067"
    assert choice_ids(timing_or_summary) == SUMMARY
