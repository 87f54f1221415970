"""What the archive needs from the feature above it, plugged in `marketplace/wiring.py`.

An erasure deletes the lead and its quote; privacy (above the archive) keeps the accepted
quote as a retained record. The business still reads it on its dashboard, which the
archive shows through these slots without importing privacy.
"""

from __future__ import annotations

from marketplace.hooks import Slot

retained_quotes = Slot(
    "archive.retained_quotes",
    "retained_quotes(tenant) -> list of the business's retained accepted quotes (objects with"
    " id, job_reference, data, legal_basis, keep_until, created_at), newest first.")
retained_quote = Slot(
    "archive.retained_quote",
    "retained_quote(tenant, record_id) -> one of them; another business's record raises "
    "NotFound.")
