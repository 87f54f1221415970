"""The demo seeder makes the demo businesses real candidates for routing, idempotently."""

from __future__ import annotations

import sqlalchemy as sa

from marketplace.db import db
from marketplace.demo import DEMO_BUSINESSES, demo_seeders, seed_demo_data
from marketplace.tenancy.models import Tenant
from marketplace.verification import documents, eligibility
from marketplace.verification.demo import DEMO_PROFILES
from marketplace.verification.models import VerificationDocument


def test_demo_businesses_are_verified_in_their_trades_and_seeding_twice_changes_nothing(app_ctx):
    from marketplace.verification.demo import seed_verified_businesses

    assert seed_verified_businesses in demo_seeders()
    seed_demo_data()
    profiles = {profile.slug: profile for profile in DEMO_PROFILES}
    assert set(profiles) == {business.slug for business in DEMO_BUSINESSES}
    for business in DEMO_BUSINESSES:
        tenant = db.session.scalar(sa.select(Tenant).where(Tenant.slug == business.slug))
        profile = profiles[business.slug]
        assert tenant.base_postcode == profile.postcode
        assert tenant.base_postcode[:2] in ("60", "63")
        for code in profile.trades:
            assert eligibility.is_eligible(tenant, code), (business.slug, code)
        stored = documents.list_documents(tenant)
        assert {d.doc_type for d in stored} == {"gewerbeanmeldung", "meisterbrief",
                                                 "haftpflicht"}
        with open(documents.document_path(stored[0]), "rb") as handle:
            assert handle.read(5) == b"%PDF-"
    count = db.session.scalar(sa.select(sa.func.count(VerificationDocument.id)))
    events = len(documents.history(db.session.scalar(sa.select(Tenant).limit(1))))
    seed_demo_data()
    assert db.session.scalar(sa.select(sa.func.count(VerificationDocument.id))) == count
    assert len(documents.history(db.session.scalar(sa.select(Tenant).limit(1)))) == events
