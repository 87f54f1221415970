"""Web chat buttons in the real browser: a newer question of the assistant closes the older
one, but consent questions for several businesses all stay answerable until answered, also
after a reload."""

from __future__ import annotations

from marketplace import clock
from marketplace.channels.base import MessageKind
from marketplace.channels.models import Direction, Message, MessageStatus
from marketplace.db import db
from tests.e2e.conftest import screenshot

CHAT_TOKEN = "e2e-chat-choices-customer-0001"


def _outbound(customer, text: str, choices: list[tuple[str, str]]) -> Message:
    return Message(customer_id=customer.id, channel=customer.channel,
                   direction=Direction.OUTBOUND, kind=MessageKind.TEXT,
                   status=MessageStatus.SENT, text=text, attempts=0, sent_at=clock.now(),
                   payload={"text": text, "choices": [{"id": choice_id, "title": title}
                                                      for choice_id, title in choices]})


def _scene(app) -> None:
    from marketplace.channels.customers import webchat_customer
    from marketplace.channels.webchat import session_id_for

    with app.app_context():
        customer = webchat_customer(session_id_for(CHAT_TOKEN), language="de")
        db.session.add(_outbound(customer, "Wann soll die Arbeit erledigt werden?",
                                 [("intake:timing:week", "Binnen einer Woche")]))
        db.session.flush()
        for business, token in (("Dachdeckerei Eins", "tok1"), ("Dachdeckerei Zwei", "tok2")):
            db.session.add(_outbound(customer, f"{business} möchte Ihre Fotos sehen.",
                                     [(f"consent:agree:{token}", f"Zustimmen {business[-4:]}"),
                                      (f"consent:decline:{token}", "Ablehnen")]))
            db.session.flush()
        db.session.commit()


def test_every_consent_question_stays_answerable(app, live_server, browser):
    _scene(app)
    context = browser.new_context(locale="de-DE", viewport={"width": 390, "height": 844})
    context.add_cookies([{"name": "mp_chat", "value": CHAT_TOKEN, "url": live_server}])
    page = context.new_page()
    page.goto(f"{live_server}/chat")
    first = page.get_by_role("button", name="Zustimmen Eins")
    second = page.get_by_role("button", name="Zustimmen Zwei")
    second.wait_for()
    assert page.get_by_role("button", name="Binnen einer Woche").is_disabled()
    assert first.is_enabled()
    assert second.is_enabled()
    screenshot(page, "chat-choices-1-two-consent-questions")

    first.click()
    page.get_by_text("Zustimmen Eins", exact=True).last.wait_for()  # the customer's bubble
    assert first.is_disabled()
    assert second.is_enabled()

    page.reload()
    page.get_by_role("button", name="Zustimmen Zwei").wait_for()
    assert page.get_by_role("button", name="Zustimmen Eins").is_disabled()
    assert page.get_by_role("button", name="Zustimmen Zwei").is_enabled()
    screenshot(page, "chat-choices-2-after-reload")
    context.close()
