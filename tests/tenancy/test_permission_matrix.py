"""Deny by default: every business page of this feature names its permission, and each role
gets exactly what the permission table grants (generated from the URL map)."""

from __future__ import annotations

import pytest

from marketplace.accounts.models import Role
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.permissions import ROLE_PERMISSIONS
from tests.conftest import login
from tests.verification.helpers import register, upload

BLUEPRINTS = ("dashboard", "verification")
# The start page only needs a business login (every role has view_dashboard).
WITHOUT_PERMISSION = {"dashboard.index"}


def business_rules(app):
    for rule in app.url_map.iter_rules():
        if rule.endpoint.split(".")[0] in BLUEPRINTS:
            yield rule


def test_every_business_endpoint_declares_a_permission(app):
    for rule in business_rules(app):
        view = app.view_functions[rule.endpoint]
        if rule.endpoint in WITHOUT_PERMISSION:
            continue
        assert getattr(view, "required_permission", None), rule.endpoint


@pytest.mark.parametrize("role", [Role.OWNER, Role.OFFICE, Role.CREW])
def test_each_role_gets_what_the_table_grants_on_every_page(app, client, make_user, role):
    with app.app_context():
        tenant, owner = register()
        document = upload(tenant, owner, "meisterbrief", ["dachdecker"])
        ids = {"document_id": document.id, "user_id": owner.id, "subcontractor_id": 0,
               "invitation_id": 0}
        tenant_id = tenant.id
    user = make_user(role, Tenant(id=tenant_id))
    login(client, user)
    checked = 0
    for rule in business_rules(app):
        if "GET" not in rule.methods or rule.endpoint in WITHOUT_PERMISSION:
            continue
        if set(rule.arguments) - set(ids):
            continue
        url = rule.build({key: ids[key] for key in rule.arguments})[1]
        permission = app.view_functions[rule.endpoint].required_permission
        status = client.get(url).status_code
        if permission in ROLE_PERMISSIONS[role]:
            assert status in (200, 404), (url, status)  # 404: id 0 does not exist
        else:
            assert status == 403, (url, status)
        checked += 1
    assert checked >= 8


@pytest.mark.parametrize("role", [Role.OFFICE, Role.CREW])
def test_roles_cannot_post_to_actions_the_table_denies(app, client, make_user, role):
    from tests.conftest import csrf_token_from

    with app.app_context():
        tenant, owner = register()
        document = upload(tenant, owner, "meisterbrief", ["dachdecker"])
        ids = {"document_id": document.id, "user_id": owner.id, "subcontractor_id": 1,
               "invitation_id": 1, "action": "disable"}
        tenant_id = tenant.id
    user = make_user(role, Tenant(id=tenant_id))
    login(client, user)
    token = csrf_token_from(client, "/dashboard/")
    denied = 0
    for rule in business_rules(app):
        if "POST" not in rule.methods or rule.endpoint in WITHOUT_PERMISSION:
            continue
        permission = app.view_functions[rule.endpoint].required_permission
        if permission in ROLE_PERMISSIONS[role]:
            continue
        url = rule.build({key: ids[key] for key in rule.arguments})[1]
        assert client.post(url, data={"csrf_token": token}).status_code == 403, url
        denied += 1
    assert denied >= (4 if role == Role.OFFICE else 10)
