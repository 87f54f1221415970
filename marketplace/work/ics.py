"""A confirmed appointment as an iCalendar file (RFC 5545) for the business's calendar.

One VEVENT with a stable UID, so importing the file again after a change updates the entry
instead of adding a second one; times in UTC ("...Z"), which every calendar converts to
its own zone. The customer's name and phone number go in only when the customer agreed to
share them with this business (consent.ledger.contact_details); otherwise the entry names
the job reference and the postcode area, as the lead page does.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _

from marketplace import clock
from marketplace.consent import ledger
from marketplace.quotes.formatting import trade_label
from marketplace.quotes.models import Lead
from marketplace.work.models import Appointment, AppointmentKind, AppointmentStatus

LINE_LIMIT = 75  # octets per line before folding (RFC 5545, 3.1)


def _utc(value: datetime) -> str:
    return clock.as_utc(value).strftime("%Y%m%dT%H%M%SZ")


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> str:
    """Long lines are split with CRLF + space, never inside a UTF-8 character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= LINE_LIMIT:
        return line
    parts, current, limit = [], b"", LINE_LIMIT
    for char in line:
        piece = char.encode("utf-8")
        if len(current) + len(piece) > limit:
            parts.append(current.decode("utf-8"))
            current, limit = b"", LINE_LIMIT - 1  # continuation lines start with a space
        current += piece
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def filename(appointment: Appointment) -> str:
    return f"termin-{appointment.id}.ics"


def uid(appointment: Appointment) -> str:
    host = urlsplit(current_app.config["PUBLIC_BASE_URL"]).hostname or "marketplace.invalid"
    return f"appointment-{appointment.id}@{host}"


def summary(appointment: Appointment, lead: Lead) -> str:
    job = lead.job_request
    what = (_("Site visit") if appointment.kind == AppointmentKind.VISIT
            else _("Work"))
    return f"{what} {job.reference} – {trade_label(job.trade_code)}"


HEADER = ("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Handwerk direkt//Termine//DE",
          "CALSCALE:GREGORIAN", "METHOD:PUBLISH")


def event_lines(appointment: Appointment, lead: Lead, *, language: str = "de") -> list[str]:
    """The VEVENT of a confirmed (or since cancelled) appointment, unfolded."""
    if appointment.starts_at is None or appointment.ends_at is None:
        raise ValueError("only a confirmed appointment has a time for the calendar")
    job = lead.job_request
    with force_locale(language):
        contact = ledger.contact_details(lead.tenant, job)
        description = [summary(appointment, lead)]
        if appointment.note:
            description.append(appointment.note)
        location = job.postcode_area
        if contact is not None:
            location = " ".join(part for part in (job.postcode, job.place_name or "") if part)
            if contact.name:
                description.append(_("Customer: %(name)s", name=contact.name))
            if contact.phone:
                description.append(_("Phone: %(phone)s", phone=contact.phone))
        base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
        description.append(f"{base}/dashboard/leads/{lead.id}")
        return [
            "BEGIN:VEVENT",
            f"UID:{uid(appointment)}",
            f"DTSTAMP:{_utc(clock.now())}",
            f"DTSTART:{_utc(appointment.starts_at)}",
            f"DTEND:{_utc(appointment.ends_at)}",
            f"SEQUENCE:{len(appointment.events)}",
            f"SUMMARY:{_escape(summary(appointment, lead))}",
            f"DESCRIPTION:{_escape(chr(10).join(description))}",
            f"LOCATION:{_escape(location)}",
            "STATUS:" + ("CANCELLED" if appointment.status == AppointmentStatus.CANCELLED
                         else "CONFIRMED"),
            "END:VEVENT",
        ]


def calendar(events: list[list[str]], *, name: str | None = None) -> str:
    """A whole calendar text: CRLF lines, each folded at 75 octets (RFC 5545, 3.1)."""
    lines = list(HEADER)
    if name:
        lines.append(f"X-WR-CALNAME:{_escape(name)}")
    for event in events:
        lines.extend(event)
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def build(appointment: Appointment, lead: Lead, *, language: str = "de") -> str:
    """The calendar file of a confirmed (or since cancelled) appointment."""
    return calendar([event_lines(appointment, lead, language=language)])
