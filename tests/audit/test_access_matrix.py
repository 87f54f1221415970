"""The access matrix: every route × every principal × ids of A, of B and out of range.

Each answer must match the declared policy (`tests/audit/policy.py`); a route without a row
fails. Another business's id is a 404 that holds none of its data and changes nothing. Every
request runs inside a savepoint that is rolled back afterwards, so one principal's POST
cannot change what the next one sees (the cross-tenant check compares row counts and a
fingerprint of B's rows inside the savepoint, before the rollback).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from marketplace import clock
from marketplace.accounts import services as account_services
from marketplace.accounts.models import Role
from marketplace.api import services as api_services
from marketplace.db import db
from marketplace.quotes import business_side
from marketplace.quotes import routing_runs as quotes_routing_runs
from marketplace.quotes.models import Lead
from marketplace.tenancy import recipients, team
from marketplace.tenancy.models import Tenant
from tests.audit.policy import (
    OUT_OF_RANGE_IDS,
    PLATFORM_ID_PARAMS,
    ROUTE_POLICY,
    TENANT_ID_PARAMS,
    Policy,
)
from tests.conftest import PASSWORD, login
from tests.quotes.conftest import World
from tests.quotes.test_routing import NEAR

PRINCIPALS = ("anonymous", "customer", "owner_a", "office_a", "crew_a", "owner_b", "admin")
BUSINESS_A = ("owner_a", "office_a", "crew_a")
B_NAME = "Zeta Bedachung Audit-B"
B_MESSAGE = "Angebot-von-B-7f3c"
STRING_PARAMS = {"code": "de", "channel": "whatsapp", "trade_code": "dachdecker",
                 "filename": "nothing-here.css"}


@dataclass
class Principal:
    name: str
    client: FlaskClient
    token: str | None = None  # API bearer token (business users)
    tenant_id: int | None = None


@dataclass
class Matrix:
    app: Flask
    principals: dict[str, Principal] = field(default_factory=dict)
    ids_a: dict[str, int] = field(default_factory=dict)
    ids_b: dict[str, int] = field(default_factory=dict)
    b_markers: list[str] = field(default_factory=list)
    tenant_b: int = 0
    failures: list[str] = field(default_factory=list)
    requests: int = 0


def _build_world(app: Flask) -> Matrix:
    matrix = Matrix(app)
    with app.app_context():
        world = World(app)
        world.neighbours("10115", NEAR)
        tenant_a = world.business("Alpha Dach Audit-A", postcode="10117")
        tenant_b = world.business(B_NAME, postcode="10119")
        # As registration leaves them: with the address their confirmation e-mail goes to.
        tenant_a.email, tenant_b.email = "buero@alpha-audit.example", "buero@zeta-audit.example"
        db.session.commit()
        users = {"owner_a": world.owners[tenant_a.id], "owner_b": world.owners[tenant_b.id]}
        for role in (Role.OFFICE, Role.CREW):
            users[f"{role.value}_a"] = account_services.create_user(
                email=f"{role.value}@alpha-audit.example", password=PASSWORD, role=role,
                tenant=tenant_a, name=role.value)
        users["admin"] = account_services.create_user(
            email="admin@audit.example", password=PASSWORD, role=Role.ADMIN, tenant=None)
        job = world.job(postcode="10115")
        quotes_routing_runs.route_job(job.id)
        leads = {lead.tenant_id: lead for lead in db.session.scalars(
            sa.select(Lead).where(Lead.job_request_id == job.id))}
        start = (clock.now().date() + timedelta(days=3))
        for tenant, message in ((tenant_a, "Angebot von A"), (tenant_b, B_MESSAGE)):
            owner = world.owners[tenant.id]
            business_side.submit_quote(tenant, owner, lead_id=leads[tenant.id].id, data={
                "price_kind": "fixed", "net_amount_cents": 50_000, "line_items": [],
                "earliest_start": start, "valid_until": None, "message": message})
            recipients.add_subcontractor(tenant, owner, name=f"Gerüstbau {tenant.name}",
                                         street="Weg 1", postcode="10115", city="Berlin",
                                         services="Gerüst")
            team.invite_member(tenant, owner, email=f"new@{tenant.slug}.example",
                               role=Role.CREW.value)
        tokens = {name: api_services.create_token(db.session.get(Tenant, user.tenant_id),
                                                  user, name="matrix")[1]
                  for name, user in users.items() if user.tenant_id is not None}
        for ids, tenant in ((matrix.ids_a, tenant_a), (matrix.ids_b, tenant_b)):
            for param, table_name in TENANT_ID_PARAMS.items():
                table = db.metadata.tables[table_name]
                query = sa.select(table.c.id).where(table.c.tenant_id == tenant.id)
                if table_name == "user_account":  # a colleague, never the principal itself
                    query = query.where(table.c.role != Role.OWNER.value)
                found = db.session.scalar(query.order_by(table.c.id).limit(1))
                if found is not None:
                    ids[param] = found
        for param, table_name in PLATFORM_ID_PARAMS.items():
            table = db.metadata.tables[table_name]
            found = db.session.scalar(sa.select(table.c.id).order_by(table.c.id).limit(1))
            matrix.ids_a[param] = found if found is not None else 1
        matrix.tenant_b = tenant_b.id
        matrix.b_markers = [B_NAME, B_MESSAGE, users["owner_b"].email, tokens["owner_b"][:12]]
        emails = {name: user.email for name, user in users.items()}
        tenants = {name: user.tenant_id for name, user in users.items()}
    for name in PRINCIPALS:
        client = app.test_client()
        if name == "customer":
            assert client.get("/chat").status_code == 200
        elif name != "anonymous":
            login(client, emails[name])
        matrix.principals[name] = Principal(name, client, tokens.get(name), tenants.get(name))
    return matrix


def _fingerprint(tenant_id: int) -> str:
    """Row counts of every table and the content of every row of business B."""
    digest = hashlib.sha256()
    for table in db.metadata.sorted_tables:
        digest.update(f"{table.name}:{db.session.scalar(sa.select(sa.func.count()).select_from(table))}"
                      .encode())
        if "tenant_id" in table.columns:
            rows = db.session.execute(sa.select(table).where(table.c.tenant_id == tenant_id)
                                      .order_by(*table.primary_key.columns)).all()
            digest.update(repr(rows).encode())
    return digest.hexdigest()


NEVER_USED_ID = 2**31 - 1


def _url_variants(rule: Any, matrix: Matrix) -> list[tuple[str, str]]:
    """(kind, url) pairs: `own` ids of A, `other` ids of B, `range` out-of-range ids, and
    `absent` (the largest id no row has), which B's id must not be told apart from."""
    int_params = [name for name, conv in rule._converters.items()
                  if type(conv).__name__ == "BoundedIntConverter"]

    def build(kind: str) -> str | None:
        values: dict[str, Any] = {}
        for name in rule.arguments:
            if name in int_params:
                if kind == "range":
                    values[name] = OUT_OF_RANGE_IDS[len(rule.rule) % 2]
                elif kind == "absent":
                    values[name] = NEVER_USED_ID
                elif kind == "other" and name in TENANT_ID_PARAMS:
                    if name not in matrix.ids_b:
                        return None
                    values[name] = matrix.ids_b[name]
                else:
                    values[name] = matrix.ids_a.get(name, 999_999)
            else:
                converter = rule._converters.get(name)
                items = getattr(converter, "items", None)
                values[name] = (sorted(items)[0] if items
                                else STRING_PARAMS.get(name, "no-such-secret-0000"))
        url = rule.rule
        for name, value in values.items():
            url = re.sub(rf"<(?:[^<>]*:)?{name}>", str(value), url)
        return url

    kinds = ["own"]
    if int_params:
        kinds.append("range")
        if any(name in TENANT_ID_PARAMS for name in int_params):
            kinds += ["other", "absent"]
    return [(kind, url) for kind in kinds if (url := build(kind)) is not None]


def _denied(response: Any) -> bool:
    if response.status_code in (401, 403):
        return True
    return response.status_code == 302 and "/login" in response.headers.get("Location", "")


def _expected_access(policy: Policy, principal: str) -> str:
    """'allow', 'deny' (401/403/login), or 'hidden' (the admin console's 404)."""
    business = principal in (*BUSINESS_A, "owner_b")
    if policy in (Policy.PUBLIC, Policy.LINK, Policy.CHAT, Policy.WEBHOOK):
        return "allow"
    if policy is Policy.ADMIN:
        if principal == "admin":
            return "allow"
        return "hidden" if business else "deny"
    if not business:
        return "deny"
    if policy in (Policy.ANSWERING, Policy.API_ANSWERING) and principal == "crew_a":
        return "deny"
    if policy is Policy.OWNER and principal not in ("owner_a", "owner_b"):
        return "deny"
    return "allow"


def _send(matrix: Matrix, principal: Principal, method: str, url: str, api: bool) -> Any:
    headers = {}
    if api and principal.token:
        headers["Authorization"] = f"Bearer {principal.token}"
    kwargs: dict[str, Any] = {"headers": headers}
    if method in ("POST", "PUT", "PATCH"):
        if api or url.startswith("/api/"):
            kwargs["json"] = {}
        else:
            kwargs["data"] = {}
    return principal.client.open(url, method=method, **kwargs)


def _check(matrix: Matrix, endpoint: str, policy: Policy, principal: Principal, method: str,
           kind: str, url: str, connection: sa.Connection) -> int:
    where = f"{method} {url} as {principal.name} ({endpoint}, {policy.value}, {kind})"
    cross_tenant = kind == "other" and principal.name in BUSINESS_A
    savepoint = connection.begin_nested()
    try:
        before = None
        if cross_tenant:
            with matrix.app.app_context():
                before = _fingerprint(matrix.tenant_b)
                db.session.remove()
        cookies = dict(principal.client._cookies)
        response = _send(matrix, principal, method, url, policy.value.startswith("api"))
        principal.client._cookies.clear()
        principal.client._cookies.update(cookies)
        matrix.requests += 1
        status = response.status_code
        if status >= 500:
            matrix.failures.append(f"{where}: {status}")
            return status
        expected = _expected_access(policy, principal.name)
        if kind == "range":
            # The URL matches no route: a 404 for everybody, before any access decision.
            if status != 404:
                matrix.failures.append(f"{where}: out-of-range id answered {status}, not 404")
        elif policy is Policy.API_CONSENT and expected == "allow" and status == 403:
            pass  # the consent decision, after the token was accepted
        elif policy is Policy.LINK:
            if 200 <= status < 300 and "no-such-secret" in url:
                matrix.failures.append(f"{where}: a bogus link answered {status}")
        elif expected == "deny" and kind in ("other", "absent") and status == 404:
            pass  # refused after the lookup: the row is not theirs (or not there)
        elif expected == "deny" and not _denied(response):
            matrix.failures.append(f"{where}: expected a refusal, got {status}")
        elif expected == "hidden" and status != 404:
            matrix.failures.append(f"{where}: expected the console's 404, got {status}")
        elif expected == "allow" and _denied(response):
            matrix.failures.append(f"{where}: refused with {status}")
        body = response.get_data().decode("utf-8", "replace")
        if principal.name not in ("owner_b", "admin"):
            leaked = [marker for marker in matrix.b_markers if marker in body]
            if leaked:
                matrix.failures.append(f"{where}: shows B's data {leaked}")
        if cross_tenant:
            if expected == "allow" and 200 <= status < 400:
                matrix.failures.append(f"{where}: B's id answered {status}")
            with matrix.app.app_context():
                if _fingerprint(matrix.tenant_b) != before:
                    matrix.failures.append(f"{where}: changed rows")
                db.session.remove()
        return status
    finally:
        savepoint.rollback()


def test_every_route_answers_every_principal_as_declared(app, monkeypatch):
    # The matrix is about who may do what; CSRF has its own tests, and a form without its
    # token would be refused before the access decision this test is about.
    monkeypatch.setitem(app.config, "WTF_CSRF_ENABLED", False)
    matrix = _build_world(app)
    rules = sorted(app.url_map.iter_rules(), key=lambda rule: (rule.rule, rule.endpoint))
    missing = sorted({rule.endpoint for rule in rules} - set(ROUTE_POLICY))
    assert not missing, f"routes without a declared policy in tests/audit/policy.py: {missing}"
    stale = sorted(set(ROUTE_POLICY) - {rule.endpoint for rule in rules})
    assert not stale, f"policy rows for routes that no longer exist: {stale}"
    with app.app_context():
        connection = db.engines[None]
    assert isinstance(connection, sa.Connection)
    for rule in rules:
        policy = ROUTE_POLICY[rule.endpoint]
        methods = sorted(rule.methods - {"HEAD", "OPTIONS"})
        variants = _url_variants(rule, matrix)
        for method in methods:
            for name in PRINCIPALS:
                answers = {kind: _check(matrix, rule.endpoint, policy, matrix.principals[name],
                                        method, kind, url, connection)
                           for kind, url in variants}
                # Another business's id answers exactly like an id no row has (a 404, or
                # the same validation error that comes before any lookup).
                if name in BUSINESS_A and "other" in answers and (
                        answers["other"] != answers["absent"]):
                    matrix.failures.append(
                        f"{method} {rule.rule} as {name}: B's id answered {answers['other']}, "
                        f"an unused id {answers['absent']}")
    assert matrix.requests > 1000
    assert not matrix.failures, "\n".join(matrix.failures)
