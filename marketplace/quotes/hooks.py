"""What quotes needs from the features above it, plugged in `marketplace/wiring.py`."""

from __future__ import annotations

from marketplace.hooks import Slot

# The admin's job page lists the customer's files, but consent (above quotes) decides who
# opens one and logs every attempt: the admin route asks it through this slot.
open_job_media_as_admin = Slot(
    "quotes.open_job_media_as_admin",
    "open_job_media_as_admin(user, job_id, public_id, *, reason, note): an OpenedFile "
    "(media_file, stream, download_name, content_type); raises DomainError when refused; "
    "logs and commits every attempt.")

# The comparison in the chat shows each business's stars and review count; reviews (above
# quotes) answer. `business_reputations(tenant_ids) -> {tenant_id: r}` with `r.average`
# (one decimal) and `r.count`; businesses without rated public reviews are left out.
business_reputations = Slot(
    "quotes.business_reputations",
    "business_reputations(tenant_ids) -> dict[int, Reputation(average, count)] of public "
    "reviews with stars; hidden reviews never count.")
