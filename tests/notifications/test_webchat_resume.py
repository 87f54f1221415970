"""A web-chat customer who left an e-mail address hears of a quote by e-mail, and the link in
it opens their chat in any browser."""

from __future__ import annotations

import time

from itsdangerous import TimestampSigner

from marketplace.channels import resume
from marketplace.channels.base import ChannelName
from marketplace.channels.models import Customer
from marketplace.channels.webchat import COOKIE_NAME
from marketplace.db import db
from marketplace.quotes import business_side
from tests.notifications.conftest import CUSTOMER_EMAIL, LINK, job_reference, make_scene
from tests.quotes.test_routing import _quote_data

CHAT_TOKEN = "browser-one-token-aaaaaaaaaaaaaaaaaaaaaaaa"


def _send_quote(app, scene, **data):
    with app.app_context():
        business_side.submit_quote(scene.tenant(), scene.owner(), lead_id=scene.lead_id,
                                   data=_quote_data(**data))


def test_quote_email_link_opens_the_chat_in_a_fresh_browser(app, client, mailbox):
    scene = make_scene(app, chat_token=CHAT_TOKEN)
    mailbox.clear()

    _send_quote(app, scene, net_amount_cents=123_400)

    mails = mailbox.to(CUSTOMER_EMAIL)
    assert len(mails) == 1
    reference = job_reference(app, scene)
    assert f"Neues Angebot zu Ihrer Anfrage {reference}" in mails[0]
    assert "Dach Nord hat Ihnen ein Angebot" in mails[0]
    # Only the way back: no price, no session id, no address of the customer in the link.
    link = LINK.search(mails[0]).group(1)
    assert "1.468" not in mails[0]
    assert "1,468" not in mails[0]
    assert CUSTOMER_EMAIL not in link
    assert "example" not in link

    other_device = app.test_client()
    opened = other_device.get(link)
    assert opened.status_code == 302
    assert opened.headers["Location"].endswith("/chat")
    assert opened.headers["Referrer-Policy"] == "no-referrer"
    assert other_device.get("/chat").status_code == 200
    texts = [m["text"] for m in other_device.get("/api/chat/messages").get_json()["messages"]]
    assert any("Dach Nord" in text and reference in text for text in texts)

    # The customer answers from the new device; the first browser sees it too.
    sent = other_device.post("/api/chat/messages",
                             json={"text": "Danke, ich schaue es mir an.", "client_id": "c1"},
                             headers={"X-CSRFToken": _csrf(other_device)})
    assert sent.status_code == 201, sent.get_data(as_text=True)
    client.set_cookie(COOKIE_NAME, CHAT_TOKEN)
    first_browser = [m["text"] for m in client.get("/api/chat/messages").get_json()["messages"]]
    assert "Danke, ich schaue es mir an." in first_browser
    assert any("Dach Nord" in text for text in first_browser)


def _csrf(client) -> str:
    import re

    page = client.get("/chat").get_data(as_text=True)
    return re.search(r'<meta name="csrf-token" content="([^"]+)"', page).group(1)


def test_a_changed_quote_mails_again_but_not_twice_within_minutes(app, mailbox, frozen_clock):
    scene = make_scene(app, chat_token=CHAT_TOKEN, language="en")
    mailbox.clear()
    _send_quote(app, scene)
    with app.app_context():
        quote = scene.lead().quote
        frozen_clock(minutes=20)
        business_side.update_quote(scene.tenant(), scene.owner(), quote_id=quote.id,
                                   data=_quote_data(net_amount_cents=90_000))
        frozen_clock(minutes=2)
        business_side.update_quote(scene.tenant(), scene.owner(), quote_id=quote.id,
                                   data=_quote_data(net_amount_cents=95_000))
    subjects = [mail.split("subject=", 1)[1].split("\n", 1)[0]
                for mail in mailbox.to(CUSTOMER_EMAIL)]
    reference = job_reference(app, scene)
    assert subjects == [f"New quote for your request {reference}",
                        f"Updated quote for your request {reference}"]


def test_no_email_without_an_address_or_on_another_channel(app, mailbox):
    without = make_scene(app, chat_token=CHAT_TOKEN, email=None, business="Dach Eins")
    telegram = make_scene(app, channel=ChannelName.TELEGRAM, business="Dach Zwei")
    mailbox.clear()

    _send_quote(app, without)
    _send_quote(app, telegram)

    assert mailbox.to(CUSTOMER_EMAIL) == []
    assert all("Angebot zu Ihrer Anfrage" not in mail for mail in mailbox.all())


def test_no_email_after_stop(app, client, mailbox):
    scene = make_scene(app, chat_token=CHAT_TOKEN)
    client.set_cookie(COOKIE_NAME, CHAT_TOKEN)
    client.post("/api/chat/messages", json={"text": "STOP", "client_id": "stop-1"},
                headers={"X-CSRFToken": _csrf(client)})
    mailbox.clear()

    _send_quote(app, scene)

    assert mailbox.to(CUSTOMER_EMAIL) == []


def test_forged_and_expired_links_are_refused_with_a_clear_page(app, client, monkeypatch):
    scene = make_scene(app, chat_token=CHAT_TOKEN)
    with app.app_context():
        customer = db.session.get(Customer, scene.customer_id)
        good = resume.resume_token(customer)
        now = int(time.time())
        with monkeypatch.context() as patch:
            patch.setattr(TimestampSigner, "get_timestamp", lambda self: now - 31 * 86400)
            old = resume.resume_token(customer)

    forged = good[:-3] + ("AAA" if not good.endswith("AAA") else "BBB")
    for token, status, words in ((forged, 404, "Dieser Link öffnet keinen Chat"),
                                 ("not-a-token", 404, "Dieser Link öffnet keinen Chat"),
                                 (old, 410, "Dieser Link ist abgelaufen")):
        response = client.get(f"/chat/resume/{token}")
        assert response.status_code == status
        assert words in response.get_data(as_text=True)
        assert COOKIE_NAME not in response.headers.get("Set-Cookie", "")
    assert client.get(f"/chat/resume/{good}").status_code == 302


def test_a_link_signed_with_another_key_opens_nothing(app, client):
    scene = make_scene(app, chat_token=CHAT_TOKEN)
    with app.app_context():
        customer = db.session.get(Customer, scene.customer_id)
        real_key = app.config["SECRET_KEY"]
        app.config["SECRET_KEY"] = "someone-elses-key"
        try:
            foreign = resume.resume_token(customer)
            foreign_cookie = resume.device_cookie_for(customer)
        finally:
            app.config["SECRET_KEY"] = real_key
    assert client.get(f"/chat/resume/{foreign}").status_code == 404
    # A device cookie signed with another key is no session either: the chat starts afresh.
    client.set_cookie(COOKIE_NAME, foreign_cookie)
    assert client.get("/api/chat/messages").get_json() == {"messages": []}
    client.get("/chat")
    assert client.get_cookie(COOKIE_NAME).value != foreign_cookie


def test_a_link_of_a_deleted_chat_opens_no_other_chat(app, client):
    with app.app_context():
        from marketplace.channels.customers import webchat_customer
        from marketplace.channels.webchat import session_id_for

        gone = webchat_customer(session_id_for("deleted-chat-token-aaaaaaaaaaaaaaaa"))
        db.session.commit()
        token = resume.resume_token(gone)
        gone_id, gone_session = gone.id, gone.external_id
        db.session.delete(gone)
        db.session.commit()
        # SQLite hands the freed id to the next row: a new customer may get it.
        newcomer = webchat_customer(session_id_for("new-chat-token-bbbbbbbbbbbbbbbbbbbb"))
        db.session.commit()
        assert newcomer.id != gone_id or newcomer.external_id != gone_session
    response = client.get(f"/chat/resume/{token}")
    assert response.status_code == 404
    assert "Dieser Link öffnet keinen Chat" in response.get_data(as_text=True)
