"""E-mails carry tokens (confirmation, invitation, chat links): no mode writes them to the
log. Production refuses to start without SMTP (tests/test_app.py); without it elsewhere the
mail is kept in a private outbox file and the log only names the file (issue 12, item 9)."""

from __future__ import annotations

import logging
import os
import re
import stat
from email import message_from_bytes, policy

import pytest

from marketplace.app import create_app
from marketplace.db import db
from marketplace.tenancy import registration


@pytest.mark.real_commits
def test_development_keeps_the_confirmation_mail_private_and_out_of_the_log(tmp_path, caplog):
    outbox_dir = tmp_path / "outbox"
    app = create_app("development", {
        "DATABASE_URL": f"sqlite:///{tmp_path}/dev.db", "MEDIA_ROOT": str(tmp_path / "media"),
        "MAIL_OUTBOX_DIR": str(outbox_dir), "SECRET_KEY": "development-" + "x" * 32,
        "SMTP_HOST": None})
    caplog.set_level(logging.DEBUG)
    with app.app_context():
        db.create_all()  # not Alembic's upgrade: its logging setup would silence the capture
        registration.register_business(
            company_name="Sanitär Beispiel GmbH", legal_form="GmbH", street="Zeil 1",
            postcode="60313", city="Frankfurt am Main", phone="+49 69 654321",
            email="inhaberin@beispiel.example", owner_name="Ida Beispiel",
            password="correct-horse-battery")
        db.session.remove()
        db.engine.dispose()

    (kept,) = outbox_dir.iterdir()
    assert stat.S_IMODE(os.stat(outbox_dir).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(kept).st_mode) == 0o600
    mail = message_from_bytes(kept.read_bytes(), policy=policy.default)
    assert mail["To"] == "inhaberin@beispiel.example"
    body = mail.get_body(preferencelist=("plain",)).get_content()
    token = re.search(r"/register/confirm/(\S+)", body).group(1)

    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert f"kept in the outbox: {kept}" in logged  # the log is captured, and names the file
    assert token not in logged
    assert "inhaberin@beispiel.example" not in logged
    assert "/register/confirm/" not in logged
