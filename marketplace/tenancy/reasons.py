"""Codes of the reasons tenancy writes into a business's history.

The labels live in verification's catalogue (`verification/reasons.py`), which shows that
history; tenancy only names the code it sends.
"""

from __future__ import annotations

EMAIL_CONFIRMED_BY_LINK = "email_confirmed_by_link"
