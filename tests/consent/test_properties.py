"""Property: a business can open a file exactly when the latest event for (customer,
business, purpose, job) is a grant on its current recipient list that has not expired.

Random sequences of grants, refusals, withdrawals, subcontractor changes, job closings,
time passing and expiry sweeps run through the real services and the real file URL; an
independent model of the rule predicts every answer.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marketplace import clock
from marketplace.accounts.models import Role, User
from marketplace.consent import access, answers, asking, expiry, ledger
from marketplace.consent.models import ConsentPurpose, ConsentRequest
from marketplace.consent.recipients import current_recipients
from marketplace.db import db
from marketplace.errors import Forbidden
from marketplace.tenancy import recipients as tenancy_recipients
from marketplace.tenancy.models import Tenant
from tests.consent.factories import inbound, make_customer, make_job, make_lead

TENANTS = 2
JOBS = 2
RETENTION = timedelta(days=30)

operation = st.one_of(
    st.tuples(st.just("grant"), st.integers(0, TENANTS - 1), st.integers(0, JOBS - 1)),
    st.tuples(st.just("decline"), st.integers(0, TENANTS - 1), st.integers(0, JOBS - 1)),
    st.tuples(st.just("withdraw"), st.integers(0, TENANTS - 1), st.just(0)),
    st.tuples(st.just("withdraw_all"), st.just(0), st.just(0)),
    st.tuples(st.just("subcontractor"), st.integers(0, TENANTS - 1), st.just(0)),
    st.tuples(st.just("close"), st.just(0), st.integers(0, JOBS - 1)),
    st.tuples(st.just("wait_days"), st.integers(1, 40), st.just(0)),
    st.tuples(st.just("sweep"), st.just(0), st.just(0)),
)


@dataclass
class Model:
    """The rule, written independently of the services."""

    versions: dict[int, int]
    latest: dict[tuple[int, int], tuple[str, int]] = field(default_factory=dict)
    closed_at: dict[int, datetime] = field(default_factory=dict)

    def allowed(self, tenant: int, job: int, now: datetime) -> bool:
        action, version = self.latest.get((tenant, job), ("none", 0))
        if action != "grant" or version != self.versions[tenant]:
            return False
        closed = self.closed_at.get(job)
        return closed is None or now < closed + RETENTION


_names = itertools.count(1)


@pytest.fixture
def world(app_ctx, make_tenant, make_user):
    tenants = [db.session.get(Tenant, make_tenant(f"Betrieb {index}").id)
               for index in range(TENANTS)]
    users = [db.session.get(User, make_user(Role.OWNER, tenant).id) for tenant in tenants]
    return tenants, users


def _request_for(lead, tenant) -> ConsentRequest:
    """The request the customer answers: the newest under the tenant's current list."""
    asking.request_media_consent(lead)
    version = current_recipients(tenant).version
    return db.session.scalar(sa.select(ConsentRequest).where(
        ConsentRequest.tenant_id == tenant.id,
        ConsentRequest.job_request_id == lead.job_request_id,
        ConsentRequest.recipient_list_version == version,
    ).order_by(ConsentRequest.id.desc()).limit(1))


def _opens(tenant, user, job) -> bool:
    link = access.issue_link(tenant, user, job.media[0], job)
    try:
        access.open_signed_link(link.url.rsplit("/", 1)[1], user).stream.close()
    except Forbidden:
        return False
    return True


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(steps=st.lists(operation, min_size=1, max_size=12))
def test_business_opens_a_file_exactly_when_the_ledger_says_so(world, steps):
    tenants, users = world
    clock.freeze(datetime(2026, 11, 2, 9, 0, tzinfo=clock.now().tzinfo))
    customer = make_customer(channel="whatsapp")
    jobs = [make_job(customer, photos=1) for _ in range(JOBS)]
    leads = {(t, j): make_lead(tenants[t], jobs[j]) for t in range(TENANTS)
             for j in range(JOBS)}
    db.session.commit()
    model = Model(versions={t: current_recipients(tenants[t]).version for t in range(TENANTS)})

    for kind, first, second in steps:
        if kind in ("grant", "decline"):
            tenant = tenants[first]
            consent_request = _request_for(leads[(first, second)], tenant)
            # Requests always carry the current list here, so no Conflict is expected.
            answers.handle_customer_choice(customer, inbound(customer), (
                "agree" if kind == "grant" else "decline"), consent_request.public_id)
            db.session.commit()
            model.latest[(first, second)] = (kind, model.versions[first])
        elif kind == "withdraw":
            answers.handle_customer_choice(customer, inbound(customer), "withdraw",
                                            str(tenants[first].id))
            db.session.commit()
            for job_index in range(JOBS):
                if model.allowed(first, job_index, clock.now()):
                    model.latest[(first, job_index)] = ("withdraw", model.versions[first])
        elif kind == "withdraw_all":
            answers.handle_customer_choice(customer, inbound(customer), "withdraw", "all")
            db.session.commit()
            for key in list(model.latest):
                if model.allowed(*key, clock.now()):
                    model.latest[key] = ("withdraw", 0)
        elif kind == "subcontractor":
            tenancy_recipients.add_subcontractor(
                tenants[first], users[first], name=f"Sub {next(_names)}", street="Weg 1",
                postcode="80331", city="München", services="Hilfe")
            model.versions[first] = current_recipients(tenants[first]).version
        elif kind == "close":
            job = jobs[second]
            if job.closed_at is None:
                job.closed_at = clock.now()
                db.session.commit()
                model.closed_at[second] = job.closed_at
        elif kind == "wait_days":
            clock.advance(timedelta(days=first))
        else:
            expiry.expire_ended_grants()
            db.session.commit()
            for key in list(model.latest):
                action, version = model.latest[key]
                closed = model.closed_at.get(key[1])
                if action == "grant" and closed is not None and \
                        clock.now() >= closed + RETENTION:
                    model.latest[key] = ("expire", version)

        for t in range(TENANTS):
            for j in range(JOBS):
                expected = model.allowed(t, j, clock.now())
                assert ledger.can_view_media(tenants[t], jobs[j]) is expected, (kind, t, j)
                assert _opens(tenants[t], users[t], jobs[j]) is expected, (kind, t, j)
    clock.unfreeze()


def test_model_purpose_is_media_sharing():
    # The property above is about photos and videos; contact sharing has its own tests.
    assert ConsentPurpose.MEDIA_SHARING == "media_sharing"
