"""TRANSITION: who may open a customer's file is decided in `consent.access`, next to the
ledger, and privacy keeps the access log (`privacy.access_log`). The names stay importable
here for callers not yet updated; the final pass removes this module."""

from marketplace.consent.access import (  # noqa: F401 - moved; callers updated in the final pass
    LINK_MAX_AGE_SECONDS,
    AccessReason,
    MediaLink,
    MediaOverview,
    OpenedFile,
    issue_link,
    lead_media_overview,
    media_overview,
    open_signed_link,
    visible_files,
)
