"""Names shown for verification's codes: document types, statuses and trades."""

from __future__ import annotations

from flask_babel import gettext as _

from marketplace.trades.catalogue import get_trade
from marketplace.verification.models import DocumentType


def trade_name_de(code: str) -> str:
    """The German trade name, as the chamber documents use it (e-mails list approvals so)."""
    trade = get_trade(code)
    return trade.name_de if trade is not None else code


def trade_label(code: str, language: str = "de") -> str:
    trade = get_trade(code)
    return trade.name(language) if trade is not None else code


def document_type_label(doc_type: str) -> str:
    labels = {
        DocumentType.GEWERBEANMELDUNG: _("Trade licence (Gewerbeanmeldung)"),
        DocumentType.MEISTERBRIEF: _("Master craftsman certificate (Meisterbrief)"),
        DocumentType.HANDWERKSKARTE: _("Handwerkskarte / entry in the Handwerksrolle"),
        DocumentType.AUSNAHMEBEWILLIGUNG: _("Exceptional permit (Ausnahmebewilligung)"),
        DocumentType.AUSUEBUNGSBERECHTIGUNG: _("Permit to practise (Ausübungsberechtigung)"),
        DocumentType.HAFTPFLICHT: _("Liability insurance certificate"),
    }
    return labels.get(doc_type, doc_type)


def status_label(value: str) -> str:
    labels = {
        "submitted": _("waiting for review"),
        "info_requested": _("more information needed"),
        "approved": _("approved"),
        "rejected": _("rejected"),
        "expired": _("expired"),
        "claimed": _("named by you"),
        "unverified": _("not verified"),
        "pending": _("in review"),
        "verified": _("verified"),
        "active": _("active"),
        "suspended": _("suspended"),
        "expiry_reminder": _("expiry reminder sent"),
        "registered": _("registered"),
        "email_confirmed": _("e-mail confirmed"),
        "paused": _("paused"),
        "resumed": _("resumed"),
    }
    return labels.get(value, value)


def file_error_message(code: str) -> str:
    messages = {
        "empty": _("The file is empty."),
        "too_large": _("The file is larger than 10 MB."),
        "type": _("Only PDF, JPEG or PNG files are accepted."),
        "pdf_damaged": _("The PDF file is damaged or incomplete."),
        "image_pixels": _("The image has too many pixels."),
        "image_damaged": _("The image file is damaged or incomplete."),
    }
    return messages.get(code, messages["type"])
