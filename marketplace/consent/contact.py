"""Contact details after consent: what a business sees of the customer's name, phone number
and e-mail address on the lead page, in the API and by e-mail.

The ledger decides (`ledger.contact_details`, asked afresh on every read, so a withdrawal
takes effect everywhere at once); this module shapes the answer for each place and tells the
business when a grant arrives. Nothing here commits.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import gettext as _

from marketplace.consent import ledger, notifications
from marketplace.consent.ledger import ConsentState, ContactDetails
from marketplace.consent.models import ConsentPurpose
from marketplace.db import db
from marketplace.errors import Forbidden
from marketplace.jobs.models import JobRequest
from marketplace.quotes.models import Lead, LeadStatus
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.scoping import get_scoped

SHARED = "shared"
NOT_WON = "not_won"


@dataclass(frozen=True)
class ContactPanel:
    """The lead page's contact panel: `state` is SHARED (with `details`), NOT_WON, or the
    consent state of the contact question (pending, declined, withdrawn, ...)."""

    state: str
    details: ContactDetails | None = None


def panel_for(tenant: Tenant, lead: Lead) -> ContactPanel:
    if lead.tenant_id != tenant.id:
        return ContactPanel(NOT_WON)
    job = lead.job_request
    details = ledger.contact_details(tenant, job)
    if details is not None:
        return ContactPanel(SHARED, details)
    if lead.status != LeadStatus.WON:
        return ContactPanel(NOT_WON)
    return ContactPanel(ledger.consent_state(tenant, job, ConsentPurpose.CONTACT_SHARING))


def contact_of_lead(tenant: Tenant, lead_id: object) -> tuple[Lead, ContactDetails]:
    """The API's answer: another business's lead is a 404; a lead without the customer's
    consent (or not won) is a 403 that says why, with the consent state in the details."""
    lead = get_scoped(Lead, tenant, lead_id)
    panel = panel_for(tenant, lead)
    if panel.details is not None:
        return lead, panel.details
    if panel.state == NOT_WON:
        raise Forbidden(_("Contact details go only to the business whose quote the customer "
                          "accepted."), consent_state=panel.state)
    if panel.state == ConsentState.WITHDRAWN:
        raise Forbidden(_("The customer has withdrawn their consent to share contact "
                          "details. Please write to them through the job conversation."),
                        consent_state=panel.state)
    raise Forbidden(_("The customer has not agreed to share contact details with your "
                      "business. They appear here once the customer agrees; until then "
                      "please write to them through the job conversation."),
                    consent_state=panel.state)


def _lead_of(tenant: Tenant, job_request: JobRequest) -> Lead | None:
    return db.session.scalar(sa.select(Lead).where(Lead.tenant_id == tenant.id,
                                                   Lead.job_request_id == job_request.id))


def tell_business_contact_shared(tenant: Tenant, job_request: JobRequest) -> None:
    """A contact grant was just recorded: the business gets exactly the named details by
    e-mail (the "you won" e-mail said they would follow)."""
    details = ledger.contact_details(tenant, job_request)
    lead = _lead_of(tenant, job_request)
    if details is None or lead is None:
        return
    notifications.email_contact_shared(tenant, lead, job_request, details)


def won_email_contact_text(lead: Lead) -> str:
    """The paragraph of the "you won" e-mail about contact details, in the active locale:
    the details if the customer already agreed, otherwise when they will follow."""
    details = ledger.contact_details(lead.tenant, lead.job_request)
    if details is None and not ledger.shared_contact_items(lead.job_request):
        return _("The customer gave no contact details besides the chat. Please write to the "
                 "customer through the job conversation on the lead page.")
    if details is None:
        return _("The customer will be asked whether you may have their contact details. "
                 "If they agree, you receive them in a separate e-mail and on the lead page. "
                 "Until then please write to the customer through the job conversation on "
                 "the lead page.")
    return notifications.contact_lines(details)
