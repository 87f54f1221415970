"""Tenant scoping: another tenant's object is a 404, through the helper and the pages."""

import pytest

from marketplace.accounts.models import Role, User
from marketplace.errors import NotFound
from marketplace.tenancy.scoping import get_scoped
from tests.conftest import login


def test_get_scoped_refuses_other_tenants_rows(app_ctx, make_tenant, make_user):
    tenant_a, tenant_b = make_tenant("A GmbH"), make_tenant("B GmbH")
    user_b = make_user(Role.OFFICE, tenant_b)
    assert get_scoped(User, tenant_b, user_b.id).email == user_b.email
    with pytest.raises(NotFound):
        get_scoped(User, tenant_a, user_b.id)
    with pytest.raises(NotFound):
        get_scoped(User, tenant_a, "not-a-number")


def test_team_member_of_another_business_is_404(client, make_tenant, make_user):
    tenant_a, tenant_b = make_tenant("A GmbH"), make_tenant("B GmbH")
    owner_a = make_user(Role.OWNER, tenant_a)
    colleague = make_user(Role.CREW, tenant_a)
    stranger = make_user(Role.OWNER, tenant_b)
    login(client, owner_a)
    assert client.get(f"/dashboard/team/{colleague.id}").status_code == 200
    response = client.get(f"/dashboard/team/{stranger.id}")
    assert response.status_code == 404
    assert stranger.email not in response.get_data(as_text=True)
    assert stranger.email not in client.get("/dashboard/team").get_data(as_text=True)


def test_every_tenant_owned_table_has_an_indexed_tenant_id(app):
    from marketplace.db import db

    # Tables that are platform-wide by design; a new one must be argued for here.
    platform_tables = {"tenant", "alembic_version"}
    optional_tenant = {
        "user_account",  # platform admins have no tenant
        "media_access_log",  # the platform's audit log: a forged link names no business
        "media_file",  # the customer's own files belong to no business; a business's do
        "retained_record",  # kept by law after the business itself may have left
    }
    for table in db.metadata.sorted_tables:
        if table.name in platform_tables or table.name in optional_tenant:
            continue
        if "tenant_id" not in table.columns:
            continue
        column = table.columns["tenant_id"]
        assert not column.nullable, table.name
        # A primary key that starts with tenant_id is such an index too.
        leading = [index.columns.keys()[0] for index in table.indexes]
        leading.append(table.primary_key.columns.keys()[0])
        assert column.index or "tenant_id" in leading, table.name
