"""Commands and buttons that belong to other features are handed over, inside one unit of work."""

from __future__ import annotations

import sqlalchemy as sa

from marketplace.channels.models import Customer, Direction, Message
from marketplace.conversations.parsing import command_of
from marketplace.db import db
from marketplace.privacy.models import DataExport, ErasureRequest
from tests.conversations.chat import WebChat, choice_ids


def test_privacy_commands_are_recognised_in_both_languages():
    for text, command in [("WIDERRUF", "withdraw"), ("widerruf!", "withdraw"),
                          ("Withdraw", "withdraw"), ("Meine Daten", "export"),
                          ("MY DATA", "export"), ("Löschen", "erase"), ("LOESCHEN", "erase"),
                          ("delete", "erase"), ("Hilfe", "help"), ("HELP", "help"),
                          ("abbrechen", "cancel"), ("CANCEL", "cancel"), ("Status", "status"),
                          ("NEU", "new"), ("new", "new"), ("Stop", "stop"), ("STOPP", "stop"),
                          ("start", "start")]:
        assert command_of(text) == command, text
    for sentence in ("Bitte stoppen Sie das Wasser", "Ich will die Heizung löschen lassen?",
                     "start the work next week", "meine Daten sind 60311"):
        assert command_of(sentence) is None, sentence


def test_meine_daten_creates_an_export_and_sends_the_link(app_ctx):
    chat = WebChat()
    chat.send("Dach undicht in 60311")
    replies = chat.send("MEINE DATEN")
    export = db.session.scalar(sa.select(DataExport).where(
        DataExport.customer_id == chat.customer.id))
    assert export is not None
    assert any("/privacy/export/" in reply.text for reply in replies)


def test_loeschen_asks_and_the_privacy_button_erases(app_ctx):
    chat = WebChat()
    chat.send("Dach undicht in 60311")
    [question] = chat.send("LÖSCHEN")
    erase_id = next(cid for cid in choice_ids(question) if cid.startswith("privacy:erase:"))
    assert db.session.scalar(sa.select(ErasureRequest).where(
        ErasureRequest.customer_id == chat.customer.id)) is not None
    customer_id = chat.customer.id
    chat.tap(erase_id)
    db.session.expire_all()
    assert db.session.get(Customer, customer_id) is None  # erased after the commit
    assert db.session.scalars(sa.select(Message).where(
        Message.customer_id == customer_id)).all() == []


def test_a_stale_feature_button_is_answered_not_crashed(app_ctx):
    chat = WebChat()
    chat.send("Hallo")
    [reply] = chat.tap("privacy:erase:does-not-exist")
    assert "HILFE" in reply.text or "HELP" in reply.text
    [reply] = chat.tap("nosuchfeature:do:1")
    assert reply.text
    inbound = db.session.scalars(sa.select(Message).where(
        Message.customer_id == chat.customer.id, Message.direction == Direction.INBOUND)).all()
    assert all(message.status == "handled" for message in inbound)


def test_widerruf_is_handed_to_consent(app_ctx):
    chat = WebChat()
    chat.send("Hallo")
    before = len(chat.outbound())
    chat.send("WIDERRUF")
    # The consent feature answers itself (no consents yet: it says so).
    assert len(chat.outbound()) == before + 1


def broken_handler(customer, message, action, object_id):
    raise KeyError(object_id)


def test_a_failing_feature_handler_is_contained(app_ctx, monkeypatch):
    from marketplace.conversations import handlers

    monkeypatch.setitem(handlers.CHOICE_HANDLERS, "broken", broken_handler)
    chat = WebChat()
    chat.send("Dach undicht")
    [reply] = chat.tap("broken:do:42")
    assert reply.text
    inbound = db.session.scalars(sa.select(Message).where(
        Message.customer_id == chat.customer.id, Message.direction == Direction.INBOUND)).all()
    assert [message.status for message in inbound] == ["handled", "handled"]


def test_a_command_whose_feature_is_not_wired_points_to_the_privacy_page(app_ctx, monkeypatch):
    from marketplace.conversations import handlers

    monkeypatch.delitem(handlers.COMMAND_HANDLERS, "export")
    chat = WebChat()
    chat.send("Hallo")
    [reply] = chat.send("MEINE DATEN")
    assert "/datenschutz" in reply.text
    assert db.session.scalar(sa.select(DataExport).where(
        DataExport.customer_id == chat.customer.id)) is None
