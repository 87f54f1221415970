"""The admin's job page shows what the assistant read from the customer's words beside them:
the trades, a danger, the timing and the place, each in words with the words it was read
from (German first), never a code."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa

from marketplace.accounts.models import Role
from marketplace.db import db
from marketplace.jobs.models import JobRequest
from tests.conversations.http_chat import HttpChat, choice_ids
from tests.insight.test_human_words import codes_on


@pytest.fixture
def admin(client, make_user, login_as):
    return login_as(make_user(role=Role.ADMIN))


def job_from_chat(app, first_message: str, *taps: str) -> JobRequest:
    """A customer in their own browser tells the chat, taps on to the summary and sends."""
    chat = HttpChat(app.test_client())
    replies = chat.send(first_message)
    for choice in (*taps, "intake:photos:none", "intake:contact:chat", "intake:summary:send"):
        if replies and choice in choice_ids(replies[-1]):
            replies = chat.tap(choice)
    with app.app_context():
        job = db.session.scalar(sa.select(JobRequest).order_by(JobRequest.id.desc()))
        assert job is not None, [reply["text"] for reply in replies]
        db.session.expunge(job)
        return job


def derived_section(html: str) -> str:
    start = html.index('id="job-derived"')
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html[start:html.index("</dl>", start)]))


def test_the_readings_stand_beside_the_words_they_came_from(app, admin):
    words = ("Wir möchten unser Bad komplett sanieren lassen: neue Fliesen, eine bodengleiche "
             "Dusche und mehr Steckdosen. 60311, nächsten Monat")
    job = job_from_chat(app, words, "intake:trades:all")
    html = admin.get(f"/admin/jobs/{job.id}").get_data(as_text=True)
    assert words in html  # the description as written
    read = derived_section(html)
    assert "Aus der Beschreibung gelesen" in read
    assert "Weitere Gewerke Fliesen-, Platten- und Mosaikleger; Elektrotechniker" in read
    assert "Gefahr keine geschildert" in read
    assert "gelesen aus: „nächsten Monat“" in read
    assert "Ort 60311 (gelesen aus: „60311“)" in read
    assert codes_on(html)[0] == []


def test_a_danger_shows_as_the_danger_and_why_the_job_is_urgent(app, admin):
    job = job_from_chat(app, "Im Keller riecht es stark nach Gas, Heizung ist aus, 60311")
    html = admin.get(f"/admin/jobs/{job.id}").get_data(as_text=True)
    read = derived_section(html)
    assert ("Gefahr Gasgeruch: Sicherheitshinweis sofort gegeben, Anfrage als dringend "
            "markiert") in read
    assert "dringend (wegen der geschilderten Gefahr: Gasgeruch)" in read
    assert "Weitere Gewerke keine" in read
    assert "„gas“" not in read
    assert codes_on(html)[0] == []


def test_the_trade_and_a_negated_timing_with_their_words(app, admin):
    job = job_from_chat(app, "Unser Waschbecken tropft seit gestern, 60311, eher nicht so "
                             "dringend")
    read = derived_section(admin.get(f"/admin/jobs/{job.id}").get_data(as_text=True))
    assert re.search(r"Gewerk \S.* \(gelesen aus: „[^“]*waschbecken[^“]*“\)", read,
                     re.IGNORECASE), read
    assert "„eher nicht so dringend“" in read or "„nicht so dringend“" in read, read
