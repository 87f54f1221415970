"""TRANSITION: the consent services moved into modules by topic; the names other packages
import stay importable here until the final pass.

- `ledger`: the reads (`can_view_media`, `can_see_contact`, `active_grant`, ...)
- `asking`, `recording`, `withdrawal`, `expiry`: the writes
- `answers`: the customer's chat buttons and notice page
- `links`: the personal link to the notice page
- `notifications`: what customers and businesses are told
- `access`: who may open a customer's file
"""

# ruff: noqa: F401 - moved; callers updated in the final pass
from marketplace.consent.answers import decide_on_notice_page, handle_customer_choice, notice_page
from marketplace.consent.asking import (
    ask_for_media,
    reask_after_recipient_change,
    request_contact_consent,
    request_media_consent,
)
from marketplace.consent.expiry import expire_ended_grants
from marketplace.consent.ledger import (
    ActiveGrant,
    ConsentState,
    ContactDetails,
    active_grant,
    active_grants_of,
    can_see_contact,
    can_view_media,
    consent_state,
    contact_details,
    events_of_customer,
    history,
    latest_event,
    shared_contact_items,
    tenants_that_received_data,
)
from marketplace.consent.links import notice_token, notice_url, request_for_token
from marketplace.consent.notifications import (
    business_notice_text,
    notify_business,
    recent_business_notices,
)
from marketplace.consent.recording import Evidence, record_decision
from marketplace.consent.withdrawal import start_withdrawal, withdraw
