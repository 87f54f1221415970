"""Former home of routing, lead and quote services, kept while callers move.

The work now lives by topic and audience: `routing_runs` (offer a job, expire leads),
`business_side` (a business answers a lead), `customer_side` (the customer's quote buttons),
`queries` (reads) and `notifications` (every message and e-mail). The names below are
re-exported for other packages only: moved; callers updated in the final pass.
"""

from __future__ import annotations

from marketplace.quotes.business_side import (
    decline_lead,  # noqa: F401
    mark_lead_viewed,  # noqa: F401
    submit_quote,  # noqa: F401
    update_quote,  # noqa: F401
    withdraw_quote,  # noqa: F401
)
from marketplace.quotes.customer_side import handle_customer_choice  # noqa: F401
from marketplace.quotes.queries import (
    get_lead,  # noqa: F401
    get_quote,  # noqa: F401
    list_leads,  # noqa: F401
    list_quotes,  # noqa: F401
)
from marketplace.quotes.routing_runs import route_job  # noqa: F401
