"""What consent needs from the features above it, plugged in `marketplace/wiring.py`."""

from __future__ import annotations

from marketplace.hooks import Slot

# Every attempt to open a customer's file is logged, allowed or denied. Privacy keeps that
# log (it exports and erases it with the customer), so consent hands each row up; an
# unplugged slot raises, so no file opens without its log row.
record_media_access = Slot(
    "consent.record_media_access",
    "record_media_access(*, allowed, reason, user_id, tenant_id, customer_id, media_file_id,"
    " job_request_id, link_id, note=None): add one row to the media access log (no commit).")
