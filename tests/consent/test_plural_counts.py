"""Counts in the consent question read right for one and for several: "Ihr Foto/Video",
"Ihre 3 Fotos/Videos", "+ 1 Tag", "+ 30 Tage". Through the web chat's real URLs: the
customer sends a job with photos, routing offers it to a business, the question arrives."""

from __future__ import annotations

import pytest

from marketplace.consent import asking
from tests.conversations.chat import jpeg_bytes
from tests.conversations.http_chat import HttpChat, choice_ids, texts
from tests.quotes.conftest import World


@pytest.fixture
def roofer(app):
    with app.app_context():
        return World(app).business("Dachdeckerei Ziegel", postcode="60311").name


def consent_question(client, photos: int, language: str = "de") -> str:
    chat = HttpChat(client, language=language)
    chat.send("Unser Dach ist seit dem Sturm undicht, 60311, nächste Woche" if language == "de"
              else "Our roof has been leaking since the storm, 60311, next week")
    for colour in ("red", "blue", "green")[:photos]:
        chat.photo(jpeg_bytes(colour))
    assert "intake:contact:chat" in choice_ids(chat.tap("intake:photos:done")[-1])
    assert "intake:summary:send" in choice_ids(chat.tap("intake:contact:chat")[-1])
    replies = chat.tap("intake:summary:send")
    [question] = [text for text in texts(replies) if text.startswith("Dachdeckerei Ziegel")]
    return question


def test_one_photo_is_asked_for_in_the_singular(client, roofer):
    question = consent_question(client, 1)
    assert question.startswith("Dachdeckerei Ziegel möchte Ihr Foto/Video sehen, um ein "
                               "Angebot für Auftrag")
    assert "1 Fotos" not in question


def test_three_photos_are_asked_for_in_the_plural(client, roofer):
    question = consent_question(client, 3)
    assert question.startswith("Dachdeckerei Ziegel möchte Ihre 3 Fotos/Videos sehen")


def test_in_english_one_and_three(client, app, roofer):
    assert consent_question(client, 1, "en").startswith(
        "Dachdeckerei Ziegel would like to see your photo/video to prepare a quote")
    assert consent_question(app.test_client(), 3, "en").startswith(
        "Dachdeckerei Ziegel would like to see your 3 photos/videos")


def test_the_days_kept_after_the_job_in_singular_and_plural(client, app, roofer,
                                                            monkeypatch):
    assert f"+ {asking.DEFAULT_RETENTION_DAYS} Tage." in consent_question(client, 1)
    # The retention is a fixed number of days; one day is the count that needs its own word.
    monkeypatch.setattr(asking, "DEFAULT_RETENTION_DAYS", 1)
    assert "Gespeichert bis zum Abschluss des Auftrags + 1 Tag." in consent_question(
        app.test_client(), 1)
