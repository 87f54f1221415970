"""Outgoing e-mail: scheduled after commit, sent by SMTP, or kept in a local outbox.

`send_email` only queues; `deliver_email` is the task that talks to the SMTP server.
Production refuses to start without SMTP_HOST (config.ProductionConfig). Without it (the
demo, local development, tests) the mail is kept in the outbox: in memory for the tests and
as a private `.eml` file under the instance folder, so a newcomer can still follow a
confirmation link. E-mails carry tokens (confirmation, invitation, chat resume links), so
no mode ever writes a body or a recipient to the log: the log names the outbox file.
"""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
from collections import deque
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from flask import current_app

from marketplace.tasks import enqueue

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KeptMail:
    """An e-mail kept in the outbox instead of sent (no SMTP server configured)."""

    to: str
    subject: str
    text_body: str
    html_body: str | None = None

    def as_text(self) -> str:
        return f"to={self.to} subject={self.subject}\n{self.text_body}"


# The newest kept e-mails of this process, for the tests and a developer's debugger.
OUTBOX: deque[KeptMail] = deque(maxlen=500)


def send_email(to: str, subject: str, text_body: str, html_body: str | None = None) -> None:
    """Send one e-mail once the current transaction commits (dropped on rollback)."""
    if not to or "\n" in to or "\r" in to:
        raise ValueError("one plain e-mail address is needed")
    # Header injection: a subject must never carry a line break into the SMTP headers.
    subject = " ".join(subject.split())
    enqueue(deliver_email, to, subject, text_body, html_body, queue="default")


def build_message(to: str, subject: str, text_body: str, html_body: str | None) -> EmailMessage:
    message = EmailMessage()
    message["From"] = current_app.config["MAIL_FROM"]
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain="marketplace.invalid")
    message.set_content(text_body)
    if html_body:
        message.add_alternative(html_body, subtype="html")
    return message


def deliver_email(to: str, subject: str, text_body: str, html_body: str | None = None) -> None:
    """Task: hand one message to the SMTP server (RQ retries on connection errors)."""
    config = current_app.config
    host = config.get("SMTP_HOST")
    message = build_message(to, subject, text_body, html_body)
    if not host:
        OUTBOX.append(KeptMail(to, subject, text_body, html_body))
        path = _keep_in_outbox_folder(message)
        log.info("e-mail not sent (no SMTP_HOST), kept in the outbox: %s",
                 path or "memory only")
        return
    port = int(config.get("SMTP_PORT") or 587)
    if port == 465:
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=20,
                                              context=ssl.create_default_context())
    else:
        smtp = smtplib.SMTP(host, port, timeout=20)
    with smtp:
        smtp.ehlo_or_helo_if_needed()
        if port != 465 and smtp.has_extn("starttls"):
            smtp.starttls(context=ssl.create_default_context())
        if config.get("SMTP_USER"):
            smtp.login(config["SMTP_USER"], config.get("SMTP_PASSWORD") or "")
        smtp.send_message(message)
    log.info("e-mail sent subject=%s", subject)


def _keep_in_outbox_folder(message: EmailMessage) -> str | None:
    """Write the mail as a private file (0600 in a 0700 folder): it holds tokens."""
    folder = current_app.config.get("MAIL_OUTBOX_DIR")
    if not folder:
        return None
    os.makedirs(folder, mode=0o700, exist_ok=True)
    name = message["Message-ID"].strip("<>").split("@", 1)[0] + ".eml"
    path = os.path.join(folder, name)
    with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as handle:
        handle.write(message.as_bytes())
    return path
