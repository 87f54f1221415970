"""Cleaning of the address and contact fields a business types in (registration, profile,
subcontractors): whitespace collapsed, formats checked, a readable error otherwise."""

from __future__ import annotations

import re

from flask_babel import gettext as _

from marketplace.errors import InvalidInput

POSTCODE_PATTERN = re.compile(r"^\d{5}$")
PHONE_PATTERN = re.compile(r"^\+?[0-9 ()/\-]{6,30}$")


def required_text(value: str | None, message: str, limit: int = 200) -> str:
    value = " ".join((value or "").split())
    if not value:
        raise InvalidInput(message)
    return value[:limit]


def postcode(value: str | None, *, required: bool = True) -> str | None:
    value = (value or "").strip()
    if not value and not required:
        return None
    if not POSTCODE_PATTERN.match(value):
        raise InvalidInput(_("Please enter a German postcode with five digits."))
    return value


def phone(value: str | None) -> str:
    value = " ".join((value or "").split())
    if not PHONE_PATTERN.match(value):
        raise InvalidInput(_("Please enter a phone number (digits, spaces, + / - only)."))
    return value
