"""A business hears of new leads and customer messages: by e-mail if the user keeps e-mails
on, and in Telegram once the user linked a chat with a one-time code sent to the bot through
the real webhook URL. What counts is what reaches the person: the e-mail in the log, the
messages the Telegram stand-in received."""

from __future__ import annotations

import itertools
import json
import re

import pytest

from marketplace.accounts.models import Role, User
from marketplace.db import db
from marketplace.quotes import routing_runs
from tests.channels.conftest import TG_TOKEN, post_webhook
from tests.conftest import csrf_token_from, login
from tests.notifications.conftest import make_scene
from tests.quotes.conftest import World

TG_CHAT = 5550007777
BOT = "HandwerkDirektBot"
CODE_ON_PAGE = re.compile(r'id="telegram-code">([A-Z2-9]{4}-[A-Z2-9]{4})<')
_clock = itertools.count(1793609000, 3)
_ids = itertools.count(1)


def _telegram(text: str, chat: int = TG_CHAT) -> bytes:
    number = next(_ids)
    return json.dumps({"update_id": 880200000 + number, "message": {
        "message_id": 5200 + number,
        "from": {"id": chat, "is_bot": False, "first_name": "Petra", "language_code": "de"},
        "chat": {"id": chat, "type": "private", "first_name": "Petra"},
        "date": next(_clock), "text": text}}, ensure_ascii=False).encode()


def _bot_said(providers, chat: int = TG_CHAT) -> list[str]:
    return [call.json()["text"] for call in providers.calls("POST", rf"/bot{TG_TOKEN}/sendMessage")
            if call.json()["chat_id"] in (chat, str(chat))]


def _new_lead_for(app, tenant_id: int) -> str:
    """A further job near the business, routed to it; returns its reference."""
    with app.app_context():
        world = World(app)
        job = world.job(postcode="10115")
        routing_runs.route_job(job.id)
        return job.reference


def _create_code(client) -> str:
    token = csrf_token_from(client, "/dashboard/notifications")
    page = client.post("/dashboard/notifications/telegram/code", data={"csrf_token": token})
    assert page.status_code == 200
    assert page.headers["Cache-Control"] == "no-store"
    return CODE_ON_PAGE.search(page.get_data(as_text=True)).group(1)


@pytest.fixture
def bot_name(app, monkeypatch):
    monkeypatch.setitem(app.config, "TELEGRAM_BOT_USERNAME", BOT)


def test_linking_telegram_by_code_then_a_new_lead_arrives_there(app, client, providers,
                                                                bot_name, mailbox):
    scene = make_scene(app)
    with app.app_context():
        owner_email = db.session.get(User, scene.owner_id).email
    login(client, owner_email)
    page = client.get("/dashboard/notifications").get_data(as_text=True)
    assert "Verknüpfungscode erstellen" in page

    code = _create_code(client)
    page = client.post("/dashboard/notifications/telegram/code",
                       data={"csrf_token": csrf_token_from(client, "/dashboard/notifications")})
    newer = CODE_ON_PAGE.search(page.get_data(as_text=True)).group(1)
    assert f"Senden Sie /start {newer} in Telegram an @{BOT}." in page.get_data(as_text=True)
    assert f"https://t.me/{BOT}?start={newer}" in page.get_data(as_text=True)

    # The older code stopped working when the newer one was made.
    assert post_webhook(client, "telegram", _telegram(f"/start {code}")).status_code == 200
    assert "Dieser Code ist ungültig" in _bot_said(providers)[-1]
    assert post_webhook(client, "telegram", _telegram(f"/start {newer}")).status_code == 200
    said = _bot_said(providers)
    assert said[-1].startswith("Verknüpft: Sie erhalten hier Benachrichtigungen zu neuen "
                               "Anfragen und Nachrichten")
    # The bot took the code; the intake did not greet a "new customer" as well.
    assert len(said) == 2
    assert "Verknüpft seit" in client.get("/dashboard/notifications").get_data(as_text=True)
    assert "Telegram: verknüpft." in client.get("/dashboard/").get_data(as_text=True)

    reference = _new_lead_for(app, scene.tenant_id)
    notice = _bot_said(providers)[-1]
    assert notice.startswith(f"Neue Anfrage {reference}: Dachdecker in 101xx.")
    assert "http://testserver.local/dashboard/leads/" in notice
    # E-mail stays on as well.
    assert any(f"to={owner_email} subject=Neue Anfrage" in mail for mail in mailbox.all())

    # Unlinked: the bot says nothing about the next lead.
    client.post("/dashboard/notifications/telegram/unlink",
                data={"csrf_token": csrf_token_from(client, "/dashboard/notifications")})
    before = len(_bot_said(providers))
    _new_lead_for(app, scene.tenant_id)
    assert len(_bot_said(providers)) == before


def test_a_used_expired_or_wrong_code_gets_a_plain_answer(app, client, providers, bot_name,
                                                          frozen_clock):
    scene = make_scene(app)
    with app.app_context():
        owner_email = db.session.get(User, scene.owner_id).email
    login(client, owner_email)
    code = _create_code(client)

    post_webhook(client, "telegram", _telegram("ZZZZ-ZZZZ"))
    assert _bot_said(providers)[-1].startswith("Dieser Code ist ungültig oder abgelaufen.")
    frozen_clock(minutes=16)
    post_webhook(client, "telegram", _telegram(code.replace("-", "").lower()))
    assert _bot_said(providers)[-1].startswith("Dieser Code ist ungültig oder abgelaufen.")
    with app.app_context():
        assert db.session.get(User, scene.owner_id).telegram_chat_id is None

    fresh = _create_code(client)
    post_webhook(client, "telegram", _telegram(fresh))  # the bare code works too
    assert _bot_said(providers)[-1].startswith("Verknüpft:")
    # Someone else's chat cannot reuse it.
    post_webhook(client, "telegram", _telegram(f"/start {fresh}", chat=5550008888))
    assert _bot_said(providers, chat=5550008888)[-1].startswith("Dieser Code ist ungültig")
    with app.app_context():
        assert db.session.get(User, scene.owner_id).telegram_chat_id == str(TG_CHAT)


def test_a_customer_writing_an_ordinary_message_is_not_taken_for_a_code(app, client, providers):
    post_webhook(client, "telegram", _telegram("Hallo, unser Dach ist undicht, 10115"))
    said = _bot_said(providers)
    assert said
    assert not any("Code" in text for text in said)


def test_new_lead_email_respects_the_setting(app, client, mailbox):
    scene = make_scene(app)
    with app.app_context():
        owner = db.session.get(User, scene.owner_id)
        owner_email = owner.email
    login(client, owner_email)
    token = csrf_token_from(client, "/dashboard/notifications")
    saved = client.post("/dashboard/notifications/email", data={"csrf_token": token})
    assert saved.status_code == 302
    mailbox.clear()

    _new_lead_for(app, scene.tenant_id)

    assert not [mail for mail in mailbox.to(owner_email) if "Neue Anfrage" in mail]
    token = csrf_token_from(client, "/dashboard/notifications")
    client.post("/dashboard/notifications/email", data={"csrf_token": token,
                                                        "notify_by_email": "y"})
    _new_lead_for(app, scene.tenant_id)
    assert [mail for mail in mailbox.to(owner_email) if "Neue Anfrage" in mail]


def test_crew_has_no_notification_settings(app, client, make_user):
    scene = make_scene(app)
    with app.app_context():
        from marketplace.tenancy.models import Tenant

        tenant = db.session.get(Tenant, scene.tenant_id)
        db.session.expunge(tenant)
    crew = make_user(Role.CREW, tenant=tenant)
    login(client, crew)
    assert client.get("/dashboard/notifications").status_code == 403
    assert "Benachrichtigungen" not in client.get("/dashboard/").get_data(as_text=True)
