"""Owners and office staff put crew members on a won job (and take them off again).

The assignment rows live with the team (`tenancy.models.CrewAssignment`), next to the
scope that reads them (`tenancy.scoping.get_scoped_for`): a crew member sees only the jobs
they are on. Rows are kept when someone comes off a job, as the record of who was on it.
"""

from __future__ import annotations

from typing import Any

from flask_babel import gettext as _

from marketplace.accounts.models import User
from marketplace.db import db
from marketplace.errors import Conflict
from marketplace.quotes.models import Lead, LeadStatus
from marketplace.tenancy import team
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.scoping import get_scoped
from marketplace.work import journal, notifications, queries


def assign_crew(tenant: Tenant, actor: User, *, lead_id: Any, user_ids: list[Any]
                ) -> tuple[list[User], list[User]]:
    """Exactly these crew members are on the job now; the new ones get an e-mail with the
    link to their page. Returns (added, removed). One commit."""
    lead = get_scoped(Lead, tenant, lead_id)
    if lead.status != LeadStatus.WON:
        raise Conflict(_("Only a job the customer gave you can be given to a crew."))
    if lead.job_request.status not in queries.CREW_JOB_STATUSES:
        raise Conflict(_("This job is over; its crew can no longer change."))
    added, removed = team.set_job_crew(tenant, actor, job_request_id=lead.job_request_id,
                                       user_ids=journal.ids_of(user_ids))
    notifications.email_crew_assigned(lead, added)
    db.session.commit()
    return added, removed
