"""A job of several trades: the bot proposes the usual combination, routing prefers a business
verified for all of them, and a trade with nobody gets a related trade instead of "no
business". Through the web chat's real URLs."""

from __future__ import annotations

import sqlalchemy as sa

from marketplace.accounts.models import Role
from marketplace.db import db
from marketplace.jobs.models import JobRequest, JobStatus
from marketplace.quotes.models import DecisionOutcome, Lead, RoutingDecision, RoutingRun
from tests.conversations.http_chat import HttpChat, choice_ids, texts
from tests.insight.test_human_words import codes_on
from tests.quotes.conftest import World

PLUMBER, TILER, ELECTRICIAN = "installateur-heizungsbauer", "fliesenleger", "elektrotechniker"


def latest_job() -> JobRequest:
    db.session.expire_all()
    return db.session.scalar(sa.select(JobRequest).order_by(JobRequest.id.desc()))


def decisions(job: JobRequest) -> dict[int, RoutingDecision]:
    return {decision.tenant_id: decision for decision in db.session.scalars(
        sa.select(RoutingDecision).join(RoutingDecision.run).where(
            RoutingRun.job_request_id == job.id))}


def walk(chat: HttpChat, replies: list[dict]) -> dict:
    """Photos none, contact chat: on to the summary."""
    for choice in ("intake:photos:none", "intake:contact:chat"):
        if choice in choice_ids(replies[-1]):
            replies = chat.tap(choice)
    assert "intake:summary:send" in choice_ids(replies[-1]), texts(replies)
    return replies[-1]


def businesses(app, *specs: tuple[str, tuple[str, ...]]) -> list[int]:
    """Verified businesses in 60311 with these trades (the test client is used outside)."""
    with app.app_context():
        world = World(app)
        return [world.business(name, postcode="60311", trades=trades).id
                for name, trades in specs]


def test_a_bathroom_renovation_is_offered_as_a_combination_and_routed_to_all_trades(
        client, app):
    tiler, everything, electrician = businesses(
        app, ("Fliesen Nord", (TILER,)), ("Bad komplett GmbH", (PLUMBER, TILER, ELECTRICIAN)),
        ("Elektro Süd", (ELECTRICIAN,)))
    chat = HttpChat(client)
    [proposal] = chat.send("Wir möchten unser Bad komplett sanieren lassen: neue Fliesen, "
                           "eine bodengleiche Dusche und mehr Steckdosen. 60311, nächsten Monat")
    assert choice_ids(proposal) == ["intake:trades:all", "intake:trades:one"]
    assert "mehrere Gewerke (Badsanierung)" in proposal["text"]
    for label in ("Fliesen", "Elektro"):
        assert label in proposal["text"]
    summary = walk(chat, chat.tap("intake:trades:all"))
    trade_line = next(line for line in summary["text"].splitlines() if "Gewerk" in line)
    assert trade_line.count(",") == 2  # three trades
    sent = chat.tap("intake:summary:send")
    assert any("3 geprüfte Betriebe" in text for text in texts(sent)), texts(sent)
    with app.app_context():
        check_bathroom(everything, tiler, electrician)


def check_bathroom(everything: int, tiler: int, electrician: int) -> None:
    job = latest_job()
    assert job.trade_code == PLUMBER
    assert set(job.also_trade_codes) == {TILER, ELECTRICIAN}
    leads = db.session.scalars(sa.select(Lead).where(Lead.job_request_id == job.id)
                               .order_by(Lead.id)).all()
    assert leads[0].tenant_id == everything  # verified for all three trades: first
    assert {lead.tenant_id for lead in leads} == {everything, tiler, electrician}
    chosen = decisions(job)
    assert "all_trades" in chosen[everything].reasons
    assert f"trade={TILER}" in chosen[tiler].reasons
    assert chosen[electrician].outcome == DecisionOutcome.CHOSEN


def test_only_the_main_trade_when_the_customer_says_so(client, app):
    chat = HttpChat(client)
    chat.send("Wir möchten unser Bad komplett sanieren lassen, 60311, nächsten Monat")
    summary = walk(chat, chat.tap("intake:trades:one"))
    trade_line = next(line for line in summary["text"].splitlines() if "Gewerk" in line)
    assert "," not in trade_line
    chat.tap("intake:summary:send")
    with app.app_context():
        assert latest_job().also_trade_codes is None


def test_a_trade_with_nobody_nearby_goes_to_a_related_trade_not_to_no_business(
        client, app):
    [plumber] = businesses(app, ("Sanitär Meier", (PLUMBER,)))
    chat = HttpChat(client)
    replies = chat.send("Im Flur sollen neue Fliesen verlegt werden, etwa 12 qm, 60311, "
                        "nächsten Monat")
    summary = walk(chat, replies)
    assert "Fliesen" in summary["text"]
    sent = chat.tap("intake:summary:send")
    assert not any("kein geprüfter Betrieb" in text for text in texts(sent)), texts(sent)
    assert any("1 geprüften Betrieb" in text for text in texts(sent)), texts(sent)
    with app.app_context():
        job = latest_job()
        assert job.trade_code == TILER
        assert job.status == JobStatus.OPEN
        [lead] = db.session.scalars(sa.select(Lead).where(Lead.job_request_id == job.id)).all()
        assert lead.tenant_id == plumber
        assert f"stands_in={PLUMBER}for{TILER}" in decisions(job)[plumber].reasons


def test_the_customer_is_told_in_words_which_trade_stood_in_and_why(client, app):
    businesses(app, ("Sanitär Meier", (PLUMBER,)))
    chat = HttpChat(client)
    summary = walk(chat, chat.send("Im Flur sollen neue Fliesen verlegt werden, etwa 12 qm, "
                                   "60311, nächsten Monat"))
    assert "Fliesen" in summary["text"]
    sent = texts(chat.tap("intake:summary:send"))
    told = [text for text in sent if "niemanden gefunden" in text]
    assert told == ["Für „Fliesen-, Platten- und Mosaikleger“ haben wir in Ihrer Nähe "
                    "niemanden gefunden. Wir haben Ihre Anfrage deshalb auch an einen Betrieb "
                    "für „Installateur und Heizungsbauer“ geschickt: Betriebe dieses Fachs "
                    "übernehmen solche Arbeiten oft mit."], sent
    # After the word that the request went out, not instead of it.
    assert sent.index(told[0]) > next(i for i, text in enumerate(sent)
                                      if "1 geprüften Betrieb" in text)


def test_in_english_the_same_words(client, app):
    businesses(app, ("Sanitär Meier", (PLUMBER,)), ("Sanitär Schulz", (PLUMBER,)))
    chat = HttpChat(client, language="en")
    walk(chat, chat.send("New tiles for our hallway please, about 12 sqm, 60311, next month"))
    sent = texts(chat.tap("intake:summary:send"))
    told = [text for text in sent if "We found nobody" in text]
    assert told == ["We found nobody for “Tile, slab and mosaic layer” near you. So we have "
                    "also sent your request to 2 businesses for “Plumber and heating "
                    "engineer”: businesses of that trade often do this work too."], sent


def test_nothing_is_said_when_the_asked_for_trade_has_businesses(client, app):
    businesses(app, ("Sanitär Meier", (PLUMBER,)), ("Fliesen Nord", (TILER,)))
    chat = HttpChat(client)
    walk(chat, chat.send("Im Flur sollen neue Fliesen verlegt werden, etwa 12 qm, 60311, "
                         "nächsten Monat"))
    sent = texts(chat.tap("intake:summary:send"))
    assert any("1 geprüften Betrieb" in text for text in sent), sent
    assert not any("niemanden gefunden" in text for text in sent), sent


def test_the_routing_page_says_in_words_who_stood_in_and_for_which_trade(
        client, app, make_user, login_as):
    businesses(app, ("Sanitär Meier", (PLUMBER,)))
    chat = HttpChat(app.test_client())
    walk(chat, chat.send("Im Flur sollen neue Fliesen verlegt werden, etwa 12 qm, 60311, "
                         "nächsten Monat"))
    chat.tap("intake:summary:send")
    with app.app_context():
        job_id = latest_job().id
    admin = login_as(make_user(role=Role.ADMIN))
    page = admin.get(f"/admin/routing/jobs/{job_id}").get_data(as_text=True)
    assert ("springt ein für Fliesen-, Platten- und Mosaikleger (dafür niemand in der Nähe); "
            "Gewerk Installateur und Heizungsbauer") in page
    assert "stands_in" not in page
    assert codes_on(page)[0] == []
