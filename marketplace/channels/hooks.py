"""Answers the channels feature needs from features above it, plugged in `wiring.py`.

Channels sit below media: they carry files but do not store or clean them. Each slot has
exactly one implementation; calling an empty one is a wiring mistake and raises.
"""

from __future__ import annotations

from marketplace.hooks import Slot

outbound_media = Slot(
    "channels.outbound_media",
    "(media_file_id) -> OutboundMedia | None: the stored file to send along.")
register_inbound_media = Slot(
    "channels.register_inbound_media",
    "(customer, message, media_ref, *, kind) -> None: note a file the provider holds, "
    "to be downloaded later (inside the caller's unit of work).")
store_webchat_upload = Slot(
    "channels.store_webchat_upload",
    "(customer, file_storage, *, message) -> MediaFile-like with `kind` and `public_id`: "
    "check, clean and store a photo uploaded in the web chat (no commit).")
answer_stored_message = Slot(
    "channels.answer_stored_message",
    "(message) -> None: the conversation answers a customer message just stored, inside the "
    "storing unit of work, which holds the customer's row lock (no commit): the job that "
    "stores a message answers it (channels.pipeline).")
