"""Webhooks through the real URLs: handshake, signatures, inbox, every fixture, idempotency."""

from __future__ import annotations

import json
import os

import pytest
import sqlalchemy as sa

from marketplace.channels.models import (
    Customer,
    Direction,
    InboxEvent,
    InboxStatus,
    Message,
    MessageStatus,
)
from marketplace.db import db
from tests.channels.conftest import (
    FB_VERIFY,
    FIXTURES,
    TG_SECRET,
    WA_SECRET,
    WA_VERIFY,
    load_fixture,
    post_webhook,
    sign,
)


def _messages(app, **filters):
    with app.app_context():
        query = sa.select(Message).filter_by(**filters).order_by(Message.id)
        rows = list(db.session.scalars(query))
        db.session.expunge_all()
        return rows


def _inbox(app):
    with app.app_context():
        rows = list(db.session.scalars(sa.select(InboxEvent).order_by(InboxEvent.id)))
        db.session.expunge_all()
        return rows


def _outbound_texts(app):
    return [m.text for m in _messages(app, direction=Direction.OUTBOUND)]


# --- handshake -----------------------------------------------------------------------------


@pytest.mark.parametrize(("channel", "token"), [("whatsapp", WA_VERIFY), ("messenger", FB_VERIFY)])
def test_handshake_echoes_challenge_as_plain_text(client, providers, channel, token):
    response = client.get(f"/webhooks/{channel}", query_string={
        "hub.mode": "subscribe", "hub.verify_token": token, "hub.challenge": "1158201444"})
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    assert response.get_data(as_text=True) == "1158201444"


@pytest.mark.parametrize("args", [
    {"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "1"},
    {"hub.mode": "unsubscribe", "hub.verify_token": WA_VERIFY, "hub.challenge": "1"},
    {"hub.mode": "subscribe", "hub.challenge": "1"},
])
def test_handshake_refuses_wrong_token_or_mode(client, providers, args):
    response = client.get("/webhooks/whatsapp", query_string=args)
    assert response.status_code == 403
    assert "1" not in response.get_data(as_text=True)


def test_channel_without_secrets_does_not_exist(client, app):
    assert not app.config.get("WHATSAPP_APP_SECRET")
    body = load_fixture("whatsapp", "text__plain")
    assert client.post("/webhooks/whatsapp", data=body,
                       headers={"X-Hub-Signature-256": sign("x", body)}).status_code == 404
    assert client.get("/webhooks/messenger").status_code == 404
    assert _inbox(app) == []


# --- signatures ----------------------------------------------------------------------------


def test_missing_signature_is_401_and_stores_nothing(client, app, providers):
    response = post_webhook(client, "whatsapp", load_fixture("whatsapp", "text__plain"),
                            signature=None)
    assert response.status_code == 401
    assert _inbox(app) == []
    assert _messages(app) == []


def test_wrong_signature_is_403_and_stores_nothing(client, app, providers):
    body = load_fixture("whatsapp", "text__plain")
    flipped = body.replace(b"Dach", b"Dack")
    response = post_webhook(client, "whatsapp", flipped, signature=sign(WA_SECRET, body))
    assert response.status_code == 403
    assert _inbox(app) == []
    assert _messages(app) == []


def test_signature_over_reserialised_json_is_refused(client, app, providers):
    """Meta signs the raw bytes; a signature over re-serialised JSON (escaped umlauts) fails."""
    body = load_fixture("whatsapp", "text__plain")
    reserialised = json.dumps(json.loads(body)).encode()  # ü becomes \u00fc
    assert reserialised != body
    response = post_webhook(client, "whatsapp", body, signature=sign(WA_SECRET, reserialised))
    assert response.status_code == 403
    assert _inbox(app) == []


def test_messenger_signature_uses_its_own_secret(client, app, providers):
    body = load_fixture("messenger", "message__text")
    assert post_webhook(client, "messenger", body,
                        signature=sign(WA_SECRET, body)).status_code == 403
    assert post_webhook(client, "messenger", body).status_code == 200


def test_two_app_secrets_are_accepted_during_rotation(client, app, providers, monkeypatch):
    monkeypatch.setitem(app.config, "WHATSAPP_APP_SECRET", f"new-secret,{WA_SECRET}")
    body = load_fixture("whatsapp", "text__plain")
    assert post_webhook(client, "whatsapp", body, signature=sign("new-secret", body)
                        ).status_code == 200
    assert post_webhook(client, "whatsapp", body, signature=sign("other", body)
                        ).status_code == 403


def test_telegram_secret_token_header(client, app, providers):
    body = load_fixture("telegram", "message__text")
    assert post_webhook(client, "telegram", body, signature=None).status_code == 401
    assert post_webhook(client, "telegram", body, signature=TG_SECRET + "x").status_code == 403
    assert _inbox(app) == []
    assert post_webhook(client, "telegram", body).status_code == 200
    assert len(_messages(app, channel="telegram", direction=Direction.INBOUND)) == 1


def test_body_over_the_limit_is_refused(client, app, providers, monkeypatch):
    monkeypatch.setitem(app.config, "WEBHOOK_MAX_BODY", 1024)
    body = json.dumps({"object": "page", "entry": [], "pad": "x" * 2000}).encode()
    assert post_webhook(client, "messenger", body).status_code == 413
    assert _inbox(app) == []


def test_telegram_has_no_handshake(client, providers):
    assert client.get("/webhooks/telegram").status_code == 405


# --- one test per fixture --------------------------------------------------------------------

# fixture -> (kind, text fragment or None, choice id or None); None = no customer message.
EXPECTED = {
    "whatsapp/text__plain": ("text", "Dach ist undicht", None),
    "whatsapp/text__bsuid_only": ("text", "plumber", None),
    "whatsapp/image__with_caption": ("image", "Wasserfleck", None),
    "whatsapp/video__basic": ("video", "tropft", None),
    "whatsapp/audio__voice": ("audio", "", None),
    "whatsapp/document__pdf": ("document", "Grundriss", None),
    "whatsapp/sticker__static": ("sticker", "", None),
    "whatsapp/location__pin": ("location", "Alexanderplatz", None),
    "whatsapp/contacts__one": ("contacts", "Klaus Nachbar", None),
    "whatsapp/interactive__button_reply": ("choice", "Diese Woche", "timing:this_week"),
    "whatsapp/interactive__list_reply": ("choice", "Dachdecker", "trade:roofer"),
    "whatsapp/interactive__missing_object": ("unsupported", "", None),
    "whatsapp/button__template_quick_reply": ("choice", "Angebot ansehen", "quote:open"),
    "whatsapp/reaction__added": ("reaction", "\U0001F44D", None),
    "whatsapp/edit__text": ("edit", "über dem Bad", None),
    "whatsapp/revoke__deleted": ("revoke", "", None),
    "whatsapp/system__user_changed_number": ("system", "changed their phone number", None),
    "whatsapp/unsupported__poll": ("unsupported", "", None),
    "whatsapp/status__delivered": None,
    "whatsapp/status__failed_undeliverable": None,
    "whatsapp/errors__rate_limit": None,
    "whatsapp/batch__two_entries": ("text", "Heizung kaputt", None),
    "whatsapp/foreign__phone_number_id": None,
    "messenger/message__text": ("text", "Wochenende", None),
    "messenger/message__image": ("image", "", None),
    "messenger/message__quick_reply": ("choice", "Diese Woche", "timing:this_week"),
    "messenger/message__echo": None,
    "messenger/message__location": ("location", "", None),
    "messenger/message__fallback_link": ("text", "https://example.org/dachrinne", None),
    "messenger/postback__get_started": ("choice", "Los geht", "GET_STARTED"),
    "messenger/reaction__love": ("reaction", "\u2764", None),
    "messenger/message_edit__text": ("edit", "sonntags", None),
    "messenger/delivery__mids": None,
    "messenger/read__watermark": None,
    "messenger/foreign__page_id": None,
    "telegram/message__text": ("text", "Klempner", None),
    "telegram/message__photo": ("image", "Spüle", None),
    "telegram/message__document": ("document", "", None),
    "telegram/message__video": ("video", "", None),
    "telegram/message__voice": ("audio", "", None),
    "telegram/message__location": ("location", "", None),
    "telegram/message__contact": ("contacts", "Hausverwaltung", None),
    "telegram/callback_query__button": ("choice", "", "timing:asap"),
    "telegram/edited_message__text": ("edit", "zwei tropfende", None),
    "telegram/message__poll": ("unsupported", "", None),
    "telegram/message__group_chat": None,
}
QUARANTINED = {"whatsapp/foreign__phone_number_id", "messenger/foreign__page_id"}


def _all_fixtures() -> list[str]:
    names = []
    for channel in sorted(os.listdir(FIXTURES)):
        for filename in sorted(os.listdir(os.path.join(FIXTURES, channel))):
            names.append(f"{channel}/{filename.removesuffix('.json')}")
    return names


def test_every_fixture_has_an_expectation():
    assert sorted(EXPECTED) == _all_fixtures()


def fixture_body(providers, channel: str, name: str) -> bytes:
    body = load_fixture(channel, name)
    return body.replace(b"FAKE/", providers.base_url.encode() + b"/")


@pytest.mark.parametrize("fixture", sorted(EXPECTED))
def test_fixture_through_the_real_url(client, app, providers, fixture):
    channel, name = fixture.split("/")
    response = post_webhook(client, channel, fixture_body(providers, channel, name))
    assert response.status_code == 200
    (inbox,) = _inbox(app)
    expected_status = (InboxStatus.QUARANTINED if fixture in QUARANTINED
                       else InboxStatus.PROCESSED)
    assert inbox.status == expected_status, inbox.error
    inbound = _messages(app, direction=Direction.INBOUND)
    expected = EXPECTED[fixture]
    if expected is None:
        assert inbound == []
        return
    kind, fragment, choice_id = expected
    message = inbound[-1]
    assert message.channel == channel
    assert message.kind == kind
    assert fragment in message.text
    assert message.payload.get("choice_id") == choice_id
    if kind in ("text", "choice", "image", "video", "audio", "document", "location",
                "contacts", "sticker", "edit"):
        # Handed to the conversation exactly once.
        assert message.status == MessageStatus.HANDLED
    else:
        assert message.status == MessageStatus.RECEIVED


def test_unsupported_message_gets_a_polite_answer(client, app, providers):
    post_webhook(client, "whatsapp", load_fixture("whatsapp", "unsupported__poll"))
    (reply,) = _messages(app, direction=Direction.OUTBOUND)
    assert "kann diese Art von Nachricht nicht lesen" in reply.text
    assert reply.status == MessageStatus.SENT
    (sent,) = providers.calls("POST", "/messages$")
    assert sent.json()["to"] == "+4915112345678"


def test_telegram_callback_is_answered(client, app, providers):
    post_webhook(client, "telegram", load_fixture("telegram", "callback_query__button"))
    (call,) = providers.calls("POST", "answerCallbackQuery$")
    assert call.json() == {"callback_query_id": "4382bfdwdsb323b2d9"}


def test_telegram_customer_language_comes_from_the_client(client, app, providers):
    """A new customer gets the client's language; the polite notice is written in it."""
    body = load_fixture("telegram", "message__poll").replace(b'"de"', b'"en"')
    post_webhook(client, "telegram", body)
    with app.app_context():
        customer = db.session.scalar(sa.select(Customer))
        assert customer.language == "en"
        assert customer.external_id == "5550001111"
    (reply,) = _messages(app, direction=Direction.OUTBOUND)
    assert reply.text.startswith("Sorry, I cannot read this kind of message.")


# --- identity, duplicates, batches --------------------------------------------------------


def test_bsuid_only_user_is_a_customer_without_phone(client, app, providers):
    post_webhook(client, "whatsapp", load_fixture("whatsapp", "text__bsuid_only"))
    with app.app_context():
        customer = db.session.scalar(sa.select(Customer))
        assert customer.external_id == "DE.40000000000000000077"
        assert customer.phone is None
        assert customer.display_name == "Ben"


def test_known_phone_customer_is_found_again_by_bsuid_or_phone(client, app, providers):
    post_webhook(client, "whatsapp", load_fixture("whatsapp", "text__plain"))
    post_webhook(client, "whatsapp", load_fixture("whatsapp", "image__with_caption"))
    with app.app_context():
        customers = list(db.session.scalars(sa.select(Customer)))
        assert len(customers) == 1
        assert customers[0].external_id == "DE.40000000000000000001"
        assert customers[0].phone == "4915112345678"


def test_same_post_three_times_is_one_message_and_one_reaction(client, app, providers):
    body = load_fixture("whatsapp", "unsupported__poll")
    for _ in range(3):
        assert post_webhook(client, "whatsapp", body).status_code == 200
    assert len(_inbox(app)) == 1
    assert len(_messages(app, direction=Direction.INBOUND)) == 1
    assert len(_outbound_texts(app)) == 1
    assert len(providers.calls("POST", "/messages$")) == 1


def test_same_message_in_a_different_post_is_stored_once(client, app, providers):
    """A retry may be batched differently: the wamid still decides."""
    single = json.loads(load_fixture("whatsapp", "text__plain"))
    post_webhook(client, "whatsapp", json.dumps(single).encode())
    single["entry"][0]["changes"][0]["value"]["messages"][0]["text"]["body"] += " "
    post_webhook(client, "whatsapp", json.dumps(single).encode())
    assert len(_inbox(app)) == 2
    (message,) = _messages(app, direction=Direction.INBOUND)
    assert message.status == MessageStatus.HANDLED


def test_batch_with_entries_messages_and_statuses_is_fanned_out(client, app, providers):
    post_webhook(client, "whatsapp", load_fixture("whatsapp", "batch__two_entries"))
    texts = [m.text for m in _messages(app, direction=Direction.INBOUND)]
    assert texts == ["Erste Nachricht", "Zweite Nachricht", "Heizung kaputt"]
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Customer.id))) == 2


def test_foreign_number_is_quarantined_and_never_a_customer(client, app, providers,
                                                             make_user, login_as):
    response = post_webhook(client, "whatsapp",
                            load_fixture("whatsapp", "foreign__phone_number_id"))
    assert response.status_code == 200
    (inbox,) = _inbox(app)
    assert inbox.status == InboxStatus.QUARANTINED
    assert "999999999999999" in inbox.error
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Customer.id))) == 0
    from marketplace.accounts.models import Role

    admin = make_user(Role.ADMIN)
    login_as(admin)
    page = client.get("/admin/channels/inbox").get_data(as_text=True)
    assert "999999999999999" in page
    detail = client.get(f"/admin/channels/inbox/{inbox.id}")
    assert detail.status_code == 200


@pytest.mark.parametrize("body", [b"{not json", b'{"object": "page", "entry": "nope"}',
                                  b'{"object": "instagram", "entry": []}'])
def test_signed_but_malformed_is_kept_with_its_error(client, app, providers, body, make_user,
                                                     login_as):
    response = post_webhook(client, "messenger", body)
    assert response.status_code == 200
    (inbox,) = _inbox(app)
    assert inbox.status == InboxStatus.MALFORMED
    assert inbox.error
    assert inbox.raw_body == body
    from marketplace.accounts.models import Role

    login_as(make_user(Role.ADMIN))
    page = client.get("/admin/channels/inbox").get_data(as_text=True)
    assert "malformed" in page or "fehlerhaft" in page
    token_page = client.get("/admin/channels/inbox")
    assert token_page.status_code == 200


def test_admin_marks_event_reviewed(client, app, providers, make_user, login_as):
    post_webhook(client, "messenger", b"{broken")
    (inbox,) = _inbox(app)
    from marketplace.accounts.models import Role
    from tests.conftest import csrf_token_from

    login_as(make_user(Role.ADMIN))
    token = csrf_token_from(client, "/admin/channels/inbox")
    response = client.post(f"/admin/channels/inbox/{inbox.id}/review",
                           data={"csrf_token": token})
    assert response.status_code == 302
    (inbox,) = _inbox(app)
    assert inbox.reviewed_at is not None
    assert inbox.reviewed_by_id is not None


def test_inbox_pages_are_for_admins_only(client, app, providers, make_user, make_tenant,
                                         login_as):
    assert client.get("/admin/channels/inbox").status_code in (302, 401, 403)
    from marketplace.accounts.models import Role

    login_as(make_user(Role.OWNER, tenant=make_tenant()))
    assert client.get("/admin/channels/inbox").status_code in (302, 403, 404)
    assert client.get("/admin/channels/outbound").status_code in (302, 403, 404)


def test_queue_down_still_answers_200_and_the_sweep_catches_up(client, app, providers,
                                                                 monkeypatch, frozen_clock):
    """The inbox row is the source of truth: with Redis unreachable the provider still gets
    200, nothing is called in the request path, and the sweep processes the event later."""
    from redis import Redis
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    from marketplace.channels import delivery

    unreachable = Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.2,
                        retry=Retry(NoBackoff(), 0))
    monkeypatch.setitem(app.extensions, "redis", unreachable)
    response = post_webhook(client, "whatsapp", load_fixture("whatsapp", "unsupported__poll"))
    assert response.status_code == 200
    (inbox,) = _inbox(app)
    assert inbox.status == InboxStatus.RECEIVED
    assert providers.requests == []  # no outbound call while answering the webhook
    monkeypatch.setitem(app.extensions, "redis", None)  # the queue is back (inline here)
    frozen_clock(minutes=3)
    with app.app_context():
        assert delivery.redrive_stuck()["inbox_events"] == 1
    assert _inbox(app)[0].status == InboxStatus.PROCESSED
    assert len(providers.calls("POST", "/messages$")) == 1


def test_a_three_megabyte_batch_is_accepted(client, app, providers):
    payload = json.loads(load_fixture("whatsapp", "text__plain"))
    payload["entry"][0]["changes"].append({"field": "account_update",
                                           "value": {"padding": "x" * (3 * 1024 * 1024)}})
    body = json.dumps(payload).encode()
    assert len(body) > 3 * 1024 * 1024
    assert post_webhook(client, "whatsapp", body).status_code == 200
    (inbox,) = _inbox(app)
    assert inbox.status == InboxStatus.PROCESSED
    assert "account_update" in inbox.error  # the other topic is noted, not lost
    assert len(_messages(app, direction=Direction.INBOUND)) == 1
