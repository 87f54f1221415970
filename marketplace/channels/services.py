"""Former home of the channels services, now split by topic (see the modules named below).

TRANSITION: these re-exports keep other features' imports working until the final pass
updates them to the new homes; nothing new should import from here.
"""

from __future__ import annotations

# ruff: noqa: F401 - moved; callers updated in the final pass
from marketplace.channels.customers import new_customer, webchat_customer
from marketplace.channels.delivery import (
    MAX_DELIVERY_ATTEMPTS,
    RETRY_BACKOFF_SECONDS,
    STUCK_AFTER,
    deliver_message,
    dismiss_outbound,
    recipient_for,
    redrive_stuck,
    retry_outbound,
)
from marketplace.channels.gate import (
    ANSWERS_ALLOWED_AFTER_OPT_OUT,
    SERVICE_WINDOW,
    window_is_open,
)
from marketplace.channels.inbound import (
    HANDED_OFF_KINDS,
    MEDIA_TOO_BIG_CODE,
    answer_callback,
    build_inbound_message,
    mark_inbox_failed,
    process_inbox_event,
    review_inbox_event,
    store_webhook,
)
from marketplace.channels.outbound import queue_outbound
from marketplace.channels.preferences import record_opt_in, record_opt_out
from marketplace.channels.queries import (
    count_inbox_problems,
    count_outbound_problems,
    list_inbox_problems,
    list_outbound_problems,
)
from marketplace.channels.receipts import PROVIDER_STATUS, STATUS_RANK, apply_delivery_status
from marketplace.channels.webchat_messages import (
    receive_webchat_message,
    receive_webchat_upload,
    webchat_poll,
)
