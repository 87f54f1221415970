"""The business API: tokens, authentication, tenant isolation, quotes, OpenAPI."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from marketplace import clock
from marketplace.api.models import ApiToken
from marketplace.db import db
from marketplace.quotes import routing_runs as quotes_routing_runs
from marketplace.quotes.models import Lead
from tests.conftest import csrf_token_from, login
from tests.quotes.conftest import World
from tests.quotes.test_routing import NEAR


@pytest.fixture
def setup(app):
    with app.app_context():
        world = World(app)
        world.neighbours("10115", NEAR)
        mine = world.business("Dach Nord", postcode="10117")
        theirs = world.business("Dach Mitte", postcode="10119")
        job = world.job(postcode="10115")
        quotes_routing_runs.route_job(job.id)
        leads = {lead.tenant_id: lead.id for lead in db.session.scalars(
            sa.select(Lead).where(Lead.job_request_id == job.id))}
        return {"owner": world.owners[mine.id].email,
                "their_owner": world.owners[theirs.id].email,
                "my_lead": leads[mine.id], "their_lead": leads[theirs.id], "job": job.id}


def create_token(client, email: str) -> str:
    login(client, email)
    token = csrf_token_from(client, "/dashboard/api-tokens/")
    response = client.post("/dashboard/api-tokens/", data={"csrf_token": token,
                                                           "name": "Büro-Software"})
    assert response.status_code == 201
    page = response.get_data(as_text=True)
    start = page.index("mpk_")
    plain = page[start:page.index("<", start)]
    client.post("/logout", data={"csrf_token": csrf_token_from(client, "/dashboard/")})
    return plain


def quote_body(lead_id: int, **overrides):
    body = {"lead_id": lead_id, "price_kind": "range", "net_amount_cents": 80_000,
            "net_amount_max_cents": 95_000,
            "earliest_start": (clock.now().date() + timedelta(days=2)).isoformat(),
            "message": "Besichtigung nötig"}
    body.update(overrides)
    return body


def test_token_is_stored_hashed_and_shown_once(app, client, setup):
    plain = create_token(client, setup["owner"])
    with app.app_context():
        stored = db.session.scalar(sa.select(ApiToken))
        assert stored.token_hash != plain
        assert plain not in stored.token_hash
        assert stored.prefix == plain[:12]
    login(client, setup["owner"])
    assert plain not in client.get("/dashboard/api-tokens/").get_data(as_text=True)


def test_requests_without_or_with_a_bad_token_get_json_401(client, setup):
    response = client.get("/api/v1/leads")
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "unauthorized"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    response = client.get("/api/v1/leads", headers={"Authorization": "Bearer mpk_wrong"})
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_list_read_and_quote_through_the_api(client, setup):
    auth = {"Authorization": f"Bearer {create_token(client, setup['owner'])}"}
    leads = client.get("/api/v1/leads", headers=auth).get_json()["leads"]
    assert [lead["id"] for lead in leads] == [setup["my_lead"]]
    assert leads[0]["postcode_area"] == "101xx"
    assert "postcode" not in leads[0]
    assert leads[0]["photo_count"] == 0
    response = client.post("/api/v1/quotes", json=quote_body(setup["my_lead"]), headers=auth)
    assert response.status_code == 201, response.get_json()
    quote = response.get_json()
    assert quote["status"] == "sent"
    assert quote["gross_amount_max_cents"] == 113_050
    changed = client.patch(f"/api/v1/quotes/{quote['id']}", headers=auth,
                           json={k: v for k, v in quote_body(0, net_amount_cents=70_000)
                                 .items() if k != "lead_id"})
    assert changed.status_code == 200
    assert changed.get_json()["version"] == 2
    listed = client.get("/api/v1/quotes?status=sent", headers=auth).get_json()["quotes"]
    assert [q["id"] for q in listed] == [quote["id"]]
    withdrawn = client.post(f"/api/v1/quotes/{quote['id']}/withdraw", headers=auth,
                            json={"reason": "Doppelt"})
    assert withdrawn.get_json()["status"] == "withdrawn"
    again = client.post(f"/api/v1/quotes/{quote['id']}/withdraw", headers=auth)
    assert again.status_code == 409
    assert again.get_json()["error"]["code"] == "conflict"


def test_invalid_quote_gets_field_errors(client, setup):
    auth = {"Authorization": f"Bearer {create_token(client, setup['owner'])}"}
    response = client.post("/api/v1/quotes", headers=auth, json=quote_body(
        setup["my_lead"], net_amount_max_cents=50_000, net_amount_cents="80000"))
    assert response.status_code == 422
    details = response.get_json()["error"]["details"]
    assert "net_amount_cents" in details
    response = client.post("/api/v1/quotes", headers=auth, data="not json",
                           content_type="application/json")
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "malformed_body"


def test_other_tenants_lead_and_quote_are_404(app, client, setup):
    their_auth = {"Authorization": f"Bearer {create_token(client, setup['their_owner'])}"}
    their_quote = client.post("/api/v1/quotes", json=quote_body(setup["their_lead"]),
                              headers=their_auth).get_json()
    auth = {"Authorization": f"Bearer {create_token(client, setup['owner'])}"}
    assert client.get(f"/api/v1/leads/{setup['their_lead']}", headers=auth).status_code == 404
    assert client.post("/api/v1/quotes", json=quote_body(setup["their_lead"]),
                       headers=auth).status_code == 404
    assert client.get(f"/api/v1/quotes/{their_quote['id']}", headers=auth).status_code == 404
    assert client.post(f"/api/v1/quotes/{their_quote['id']}/withdraw",
                       headers=auth).status_code == 404
    assert client.post(f"/api/v1/leads/{setup['their_lead']}/decline", headers=auth,
                       json={"reason": "x"}).status_code == 404


def test_revoked_token_stops_working(app, client, setup):
    plain = create_token(client, setup["owner"])
    auth = {"Authorization": f"Bearer {plain}"}
    assert client.get("/api/v1/leads", headers=auth).status_code == 200
    login(client, setup["owner"])
    with app.app_context():
        token_id = db.session.scalar(sa.select(ApiToken.id))
    csrf = csrf_token_from(client, "/dashboard/api-tokens/")
    assert client.post(f"/dashboard/api-tokens/{token_id}/revoke",
                       data={"csrf_token": csrf}).status_code == 302
    assert client.get("/api/v1/leads", headers=auth).status_code == 401


def test_decline_through_the_api(client, setup):
    auth = {"Authorization": f"Bearer {create_token(client, setup['owner'])}"}
    response = client.post(f"/api/v1/leads/{setup['my_lead']}/decline", headers=auth,
                           json={"reason": "Ausgebucht"})
    assert response.status_code == 200
    assert response.get_json()["status"] == "declined"
    response = client.post(f"/api/v1/leads/{setup['their_lead']}/decline", headers=auth,
                           json={})
    assert response.status_code == 422  # validation runs before the lookup


def test_openapi_document_describes_every_endpoint(app, client):
    import re

    spec = client.get("/api/v1/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    # Every route of the API is documented, whichever feature added it (compared by shape:
    # a path parameter may carry a friendlier name in the document).
    routes = {re.sub(r"<(?:\w+:)?\w+>", "{}", rule.rule[len("/api/v1"):])
              for rule in app.url_map.iter_rules()
              if rule.rule.startswith("/api/v1/")}
    documented = {re.sub(r"\{\w+\}", "{}", path) for path in spec["paths"]}
    assert documented == routes
    assert {"/leads", "/leads/{lead_id}", "/leads/{lead_id}/viewed", "/leads/{lead_id}/decline",
            "/quotes", "/quotes/{quote_id}", "/quotes/{quote_id}/withdraw"} <= set(spec["paths"])
    quote_create = spec["components"]["schemas"]["QuoteCreate"]
    assert {"lead_id", "net_amount_cents", "earliest_start"} <= set(quote_create["required"])
    assert spec["components"]["securitySchemes"]["bearerToken"]["scheme"] == "bearer"


def test_a_crew_member_has_no_api_access_and_no_tokens(app, client, setup, make_user):
    """A crew member sees only the jobs they are on; the API answers for the whole
    business, so neither a token page nor an old token opens it for crew."""
    from marketplace.accounts.models import Role
    from marketplace.api import services as api_services
    from marketplace.tenancy.models import Tenant

    with app.app_context():
        tenant = db.session.scalar(sa.select(Tenant).where(Tenant.name == "Dach Nord"))
        db.session.expunge(tenant)
    crew = make_user(role=Role.CREW, tenant=tenant)
    login(client, crew.email)
    assert client.get("/dashboard/api-tokens/").status_code == 403
    with app.app_context():  # a token made before the rule, or by a role change
        _token, plain = api_services.create_token(
            db.session.get(Tenant, tenant.id),
            db.session.get(type(crew), crew.id), name="alt")
    response = client.get("/api/v1/leads", headers={"Authorization": f"Bearer {plain}"})
    assert response.status_code == 403
    assert "leads" not in response.get_json()
