"""Sections of the business dashboard's start page, contributed by the features above.

Tenancy owns the page but sits below quotes, verification and consent, so it cannot name
their sections; `marketplace/wiring.py` registers each one here. A section is a function
`(tenant, user) -> (template_name, context)`; the template receives `section` = context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from marketplace.accounts.models import User
from marketplace.tenancy.models import Tenant

Section = Callable[[Tenant, User], tuple[str, Any]]

# Each section with its place on the page (lower first); a dict, so registering the same
# function again (every test app runs the wiring) changes nothing.
_SECTIONS: dict[Section, int] = {}


def register_dashboard_section(section: Section, *, order: int = 100) -> None:
    _SECTIONS.setdefault(section, order)


def build_sections(tenant: Tenant, user: User) -> list[tuple[str, Any]]:
    ordered = sorted(_SECTIONS.items(), key=lambda item: item[1])
    return [section(tenant, user) for section, _order in ordered]
