"""GET /api/v1/leads/{id}/contact: documented, authenticated, tenant-scoped. The journey
(grant, WIDERRUF, other business) runs in tests/consent/test_contact_details.py."""

from __future__ import annotations

from tests.api.test_api import create_token, setup  # noqa: F401 - the shared fixture


def test_contact_endpoint_is_documented(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    operation = spec["paths"]["/leads/{lead_id}/contact"]["get"]
    assert {"200", "401", "403", "404"} <= set(operation["responses"])
    assert "consent_state" in operation["responses"]["403"]["description"]
    contact = spec["components"]["schemas"]["LeadContact"]
    assert {"lead_id", "job_reference", "shared_contact_items"} <= set(contact["required"])
    assert set(contact["properties"]) == {"lead_id", "job_reference", "shared_contact_items",
                                          "name", "phone", "email"}
    # The lead's description is a string (masked until consent), as before.
    assert spec["components"]["schemas"]["Lead"]["properties"]["description"]["type"] == \
        "string"


def test_contact_needs_a_token_and_a_lead_of_ones_own(client, setup):  # noqa: F811
    assert client.get(f"/api/v1/leads/{setup['my_lead']}/contact").status_code == 401
    auth = {"Authorization": f"Bearer {create_token(client, setup['owner'])}"}
    response = client.get(f"/api/v1/leads/{setup['their_lead']}/contact", headers=auth)
    assert response.status_code == 404
    assert client.get("/api/v1/leads/999999/contact", headers=auth).status_code == 404
    response = client.get(f"/api/v1/leads/{setup['my_lead']}/contact", headers=auth)
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "forbidden"
    assert response.get_json()["error"]["details"] == {"consent_state": "not_won"}
    assert "no-store" in response.headers["Cache-Control"]
