"""Tasks of the media feature: take ids, call one service, safe to run twice."""

from __future__ import annotations

from marketplace.media import services


def download_media(media_file_id: int) -> None:
    """Fetch, check, clean and store one file a customer sent through a messenger."""
    services.download_inbound(media_file_id)


def clean_upload(media_file_id: int) -> None:
    """Decode and clean one photo uploaded in the web chat, within the memory budget."""
    services.clean_upload(media_file_id)


def redrive_pending_media() -> None:
    """Try again for files whose download or cleaning did not finish (lost task, provider
    hiccup, queue outage), and remove old scratch copies on this host."""
    services.redrive_pending()
    services.remove_old_scratch()
