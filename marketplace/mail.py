"""Outgoing e-mail: scheduled after commit, sent by SMTP, or written to the log without it.

`send_email` only queues; `deliver_email` is the task that talks to the SMTP server. Without
SMTP_HOST (the demo, local development, tests) the mail goes to the log, so a newcomer can
still follow a confirmation link.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from flask import current_app

from marketplace.tasks import enqueue

log = logging.getLogger(__name__)


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
    if not host:
        log.info("e-mail (no SMTP_HOST, not sent) to=%s subject=%s\n%s", to, subject, text_body)
        return
    message = build_message(to, subject, text_body, html_body)
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
