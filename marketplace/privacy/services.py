"""Former home of the customer-rights services, kept while callers move.

The work now lives by topic: `export` (MEINE DATEN), `erasure` (LÖSCHEN), `retention` (the
sweep), `tombstones` (an opt-out that outlives an erasure), `admin_requests` (requests by
letter) and `notifications` (every chat message privacy sends). The names below are
re-exported for other packages only: moved; callers updated in the final pass.
"""

from __future__ import annotations

from marketplace.privacy.erasure import (
    erase_customer,  # noqa: F401
    handle_customer_choice,  # noqa: F401
    request_erasure,  # noqa: F401
)
from marketplace.privacy.export import request_export  # noqa: F401
from marketplace.privacy.tombstones import apply_tombstone  # noqa: F401
