"""Without the pool's pre-ping (issue 16), a pooled PostgreSQL connection the server dropped
still costs no webhook and no page: the webhook's INSERT is tried once more on a fresh
connection, and a connection that sat idle is pinged before it is lent.

The drop is made by our own TCP proxy in front of PostgreSQL (cut, then restored).
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import OperationalError

from marketplace.app import create_app
from marketplace.channels.models import InboxEvent
from marketplace.config import TestConfig
from marketplace.db import db
from tests.channels.conftest import load_fixture, post_webhook
from tests.faults.conftest import needs_real_services

pytestmark = [needs_real_services, pytest.mark.real_commits]


def _app_behind(proxy, app, tmp_path, ping_after_idle: float):
    url = sa.engine.make_url(app.config["SQLALCHEMY_DATABASE_URI"]).set(
        host="127.0.0.1", port=proxy.port)
    settings = {key: value for key, value in app.config.items()
                if key.startswith(("WHATSAPP_", "MESSENGER_", "TELEGRAM_", "GRAPH_"))}
    return create_app(TestConfig, {**settings, "MEDIA_ROOT": str(tmp_path),
                                   "DATABASE_URL": url.render_as_string(hide_password=False),
                                   "DATABASE_PING_AFTER_IDLE": ping_after_idle})


def _drop_every_connection(proxy) -> None:
    proxy.cut()
    proxy.restore()


def test_a_webhook_on_a_dropped_connection_is_stored_on_a_fresh_one(app, providers,
                                                                    postgres_proxy, tmp_path):
    proxied = _app_behind(postgres_proxy, app, tmp_path, ping_after_idle=3600)
    client = proxied.test_client()
    first = load_fixture("whatsapp", "text__plain")
    assert post_webhook(client, "whatsapp", first).status_code == 200  # the pool holds one
    _drop_every_connection(postgres_proxy)
    second = load_fixture("whatsapp", "reaction__added")
    assert post_webhook(client, "whatsapp", second).status_code == 200
    with app.app_context():
        stored = db.session.scalars(sa.select(InboxEvent.raw_body).order_by(InboxEvent.id))
        assert list(stored) == [first, second]
    with proxied.app_context():
        db.engine.dispose()


def test_a_connection_idle_past_the_limit_is_pinged_before_it_is_lent(app, postgres_proxy,
                                                                       tmp_path):
    pinged = _app_behind(postgres_proxy, app, tmp_path, ping_after_idle=0)
    unpinged = _app_behind(postgres_proxy, app, tmp_path, ping_after_idle=3600)
    for each in (pinged, unpinged):
        with each.app_context():
            assert db.session.scalar(sa.select(sa.literal(1))) == 1
            db.session.remove()
    _drop_every_connection(postgres_proxy)
    with pinged.app_context():
        assert db.session.scalar(sa.select(sa.literal(1))) == 1
        db.session.remove()
        db.engine.dispose()
    with unpinged.app_context():  # what the ping spares a page: the first query fails
        with pytest.raises(OperationalError):
            db.session.scalar(sa.select(sa.literal(1)))
        db.session.remove()
        db.engine.dispose()
