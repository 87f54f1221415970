"""Base postcode centroids from imported postcode data, and the mail module over real SMTP."""

from __future__ import annotations

import socketserver
import threading

import pytest
import sqlalchemy as sa

from marketplace.db import db
from marketplace.geo.services import import_geonames
from marketplace.mail import deliver_email, send_email
from marketplace.tenancy.tasks import locate_businesses
from tests.verification.helpers import register

GEONAMES_LINES = (
    "DE\t60311\tFrankfurt am Main\tHessen\tHE\tRegierungsbezirk Darmstadt\t064\t"
    "Frankfurt am Main, Stadt\t06412\t50.1112\t8.6831\t6\n"
    "DE\t63065\tOffenbach\tHessen\tHE\tRegierungsbezirk Darmstadt\t064\t"
    "Offenbach am Main, Stadt\t06413\t50.1054\t8.762\t4\n"
)


def test_base_postcode_gets_its_centroid_once_postcodes_are_imported(app_ctx, tmp_path):
    tenant, _owner = register(postcode="60311")
    assert tenant.base_latitude is None  # no postcode data yet: routing uses prefixes
    path = tmp_path / "DE.txt"
    path.write_text(GEONAMES_LINES, encoding="utf-8")
    import_geonames(str(path))
    other, _owner = register("Offenbacher Dach GmbH", postcode="63065")
    assert (other.base_latitude, other.base_longitude) == pytest.approx((50.1054, 8.762))
    # The business registered earlier is located by the periodic upkeep.
    locate_businesses()
    assert (tenant.base_latitude, tenant.base_longitude) == pytest.approx((50.1112, 8.6831))
    locate_businesses()  # nothing left to do


class _SMTPHandler(socketserver.StreamRequestHandler):
    """Just enough of RFC 5321 to accept one message (no TLS, no AUTH)."""

    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self) -> None:
        self.reply("220 localhost test SMTP")
        while True:
            line = self.rfile.readline().decode()
            if not line:
                return
            command = line.strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self.reply("250 localhost")
            elif command.startswith(("MAIL FROM", "RCPT TO")):
                self.server.envelope.append(line.strip())  # type: ignore[attr-defined]
                self.reply("250 OK")
            elif command == "DATA":
                self.reply("354 end with .")
                body = []
                while (data := self.rfile.readline().decode()) not in (".\r\n", ""):
                    body.append(data)
                self.server.messages.append("".join(body))  # type: ignore[attr-defined]
                self.reply("250 queued")
            elif command == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 OK")


@pytest.fixture
def smtp_server():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _SMTPHandler)
    server.messages, server.envelope = [], []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_deliver_email_speaks_smtp(app, smtp_server):
    host, port = smtp_server.server_address
    with app.app_context():
        app.config.update(SMTP_HOST=host, SMTP_PORT=port)
        try:
            deliver_email("kunde@example.com", "Betreff mit Ümlaut", "Hallo Welt",
                          "<p>Hallo</p>")
        finally:
            app.config.pop("SMTP_HOST")
            app.config["SMTP_PORT"] = 587
    [message] = smtp_server.messages
    assert "To: kunde@example.com" in message
    assert "Hallo Welt" in message
    assert "text/html" in message
    assert any("kunde@example.com" in line for line in smtp_server.envelope)


def test_send_email_waits_for_the_commit_and_is_dropped_on_rollback(app_ctx, outbox):

    outbox.clear()
    # Inside a unit of work (services always have one open when they send).
    db.session.execute(sa.select(1))
    send_email("a@example.com", "Eins\r\nBcc: evil@example.com", "Text")
    assert not outbox.all()
    db.session.rollback()
    send_email("b@example.com", "Zwei", "Text")
    db.session.commit()
    sent = outbox.all()
    assert len(sent) == 1
    assert "to=b@example.com" in sent[0]
    with pytest.raises(ValueError, match="one plain"):
        send_email("a@example.com\nBcc: x@example.com", "Drei", "Text")
