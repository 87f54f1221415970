"""Reasons the platform writes into the verification history (tenancy's included)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from marketplace.system_reasons import ReasonCatalogue, as_date, system_reason
from marketplace.tenancy.reasons import EMAIL_CONFIRMED_BY_LINK

DOCUMENT_EXPIRES = "document_expires"
DOCUMENT_EXPIRED_ON = "document_expired_on"
DOCUMENT_EXPIRED = "document_expired"
NOT_COVERED = "not_covered"
DEMO_DATA = "demo_data"

CATALOGUE = ReasonCatalogue(
    labels={
        EMAIL_CONFIRMED_BY_LINK: _l("confirmed with the link in the e-mail"),
        DOCUMENT_EXPIRES: _l("expires on %(value)s"),
        DOCUMENT_EXPIRED_ON: _l("expired on %(value)s"),
        DOCUMENT_EXPIRED: _l("a document has expired"),
        NOT_COVERED: _l("Not covered: %(value)s"),
        DEMO_DATA: _l("demo data"),
    },
    legacy={"confirmation link": EMAIL_CONFIRMED_BY_LINK, "document expired": DOCUMENT_EXPIRED,
            "demo data": DEMO_DATA},
    legacy_patterns={r"expires (\d{4}-\d\d-\d\d)": DOCUMENT_EXPIRES,
                     r"expired (\d{4}-\d\d-\d\d)": DOCUMENT_EXPIRED_ON},
    value_formatters={DOCUMENT_EXPIRES: as_date, DOCUMENT_EXPIRED_ON: as_date},
)


def reason_label(reason: str | None) -> str:
    """A history reason for display: system codes translated, a person's words as typed."""
    return CATALOGUE.label(reason)


__all__ = ["CATALOGUE", "EMAIL_CONFIRMED_BY_LINK", "reason_label", "system_reason"]
