"""The job conversation's notices: a web-chat customer hears by e-mail that a business wrote
(one e-mail per burst), and the business hears of the customer's answer by e-mail and in its
linked Telegram chat (one notice per burst)."""

from __future__ import annotations

from marketplace.accounts import notification_settings
from marketplace.accounts.models import User
from marketplace.channels.webchat import COOKIE_NAME
from marketplace.db import db
from marketplace.threads import outgoing
from tests.channels.conftest import post_webhook
from tests.notifications.conftest import CUSTOMER_EMAIL, LINK, job_reference, make_scene
from tests.notifications.test_business_alerts import _bot_said, _telegram
from tests.notifications.test_webchat_resume import CHAT_TOKEN, _csrf


def _business_writes(app, scene, text: str) -> None:
    with app.app_context():
        outgoing.send_business_message(scene.tenant(), scene.owner(), scene.lead_id, text)


def _customer_writes(client, text: str, number: int) -> None:
    client.set_cookie(COOKIE_NAME, CHAT_TOKEN)
    response = client.post("/api/chat/messages", json={"text": text, "client_id": f"r{number}"},
                           headers={"X-CSRFToken": _csrf(client)})
    assert response.status_code == 201


def _subjects(mails: list[str]) -> list[str]:
    return [mail.split("subject=", 1)[1].split("\n", 1)[0] for mail in mails]


def test_business_messages_bring_one_email_per_quarter_hour(app, mailbox, frozen_clock):
    scene = make_scene(app, chat_token=CHAT_TOKEN)
    reference = job_reference(app, scene)
    mailbox.clear()

    _business_writes(app, scene, "Ist das Dach zugänglich?")
    frozen_clock(minutes=5)
    _business_writes(app, scene, "Und welches Material ist verbaut?")
    assert _subjects(mailbox.to(CUSTOMER_EMAIL)) == [
        f"Neue Nachricht zu Ihrer Anfrage {reference}"]
    frozen_clock(minutes=20)
    _business_writes(app, scene, "Wir könnten am Donnerstag vorbeikommen.")
    mails = mailbox.to(CUSTOMER_EMAIL)
    assert len(mails) == 2
    assert "Dach Nord hat Ihnen zu Ihrer Anfrage" in mails[1]
    # The e-mail announces, it does not carry the conversation.
    assert "Donnerstag" not in mails[1]

    other_device = app.test_client()
    assert other_device.get(LINK.search(mails[1]).group(1)).status_code == 302
    texts = [m["text"] for m in other_device.get("/api/chat/messages").get_json()["messages"]]
    assert any("Donnerstag" in text for text in texts)


def test_the_customers_answer_reaches_the_business_by_email_and_telegram(
        app, client, providers, mailbox, frozen_clock):
    scene = make_scene(app, chat_token=CHAT_TOKEN)
    reference = job_reference(app, scene)
    with app.app_context():
        owner = db.session.get(User, scene.owner_id)
        owner_email = owner.email
        code = notification_settings.create_link_code(owner)
    post_webhook(client, "telegram", _telegram(f"/start {code}"))
    assert _bot_said(providers)[-1].startswith("Verknüpft:")
    _business_writes(app, scene, "Ist das Dach zugänglich?")
    mailbox.clear()

    _customer_writes(client, "Ja, über den Dachboden.", 1)
    frozen_clock(minutes=3)
    _customer_writes(client, "Es sind Tonziegel.", 2)

    mails = [mail for mail in mailbox.to(owner_email) if "Neue Nachricht" in mail]
    assert _subjects(mails) == [f"Neue Nachricht des Kunden zu {reference}"]
    assert f"http://testserver.local/dashboard/leads/{scene.lead_id}" in mails[0]
    assert "Dachboden" not in mails[0]
    notices = [text for text in _bot_said(providers) if "geschrieben" in text]
    assert len(notices) == 1
    assert notices[0].startswith(f"Der Kunde hat Ihnen zur Anfrage {reference} geschrieben")

    # E-mail off: after a quiet spell, Telegram only.
    with app.app_context():
        notification_settings.set_email_notifications(db.session.get(User, scene.owner_id),
                                                      enabled=False)
    frozen_clock(minutes=30)
    mailbox.clear()
    _customer_writes(client, "Wann kommen Sie?", 3)
    assert [mail for mail in mailbox.to(owner_email) if "Neue Nachricht" in mail] == []
    assert len([text for text in _bot_said(providers) if "geschrieben" in text]) == 2


def test_no_email_to_a_customer_without_an_address(app, mailbox):
    scene = make_scene(app, chat_token=CHAT_TOKEN, email=None)
    mailbox.clear()
    _business_writes(app, scene, "Ist das Dach zugänglich?")
    assert not [mail for mail in mailbox.all() if "Neue Nachricht zu Ihrer Anfrage" in mail]
