"""GET/POST /api/v1/leads/{id}/messages with a business's API token."""

from __future__ import annotations

import io

from marketplace.accounts.models import User
from marketplace.api import services as api_services
from marketplace.db import db
from marketplace.quotes.models import LeadStatus
from tests.api.test_api import create_token
from tests.threads.outgoing_world import (
    BUSINESS,
    chat_client,
    chat_messages,
    make_setup,
    set_lead_status,
    thread_rows,
)
from tests.threads.test_thread_page import customer_writes

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"


def bearer(client, user) -> dict[str, str]:
    return {"Authorization": f"Bearer {create_token(client, user.email)}"}


def test_write_and_read_the_conversation_through_the_api(app, client, make_tenant, make_user):
    setup = make_setup(app, make_tenant, make_user)
    auth = bearer(client, setup.owner)

    response = client.post(f"/api/v1/leads/{setup.lead_id}/messages", headers=auth,
                           json={"text": "Welche Dachfläche hat das Haus ungefähr?"})

    assert response.status_code == 201
    (sent,) = response.get_json()["messages"]
    assert sent["author"] == "business"
    assert sent["text"] == "Welche Dachfläche hat das Haus ungefähr?"
    # Sent at once with inline tasks; still queued while a worker picks it up.
    assert sent["delivery"]["state"] in ("queued", "sent")
    (received,) = chat_messages(chat_client(app, setup))
    assert received["text"] == (f"{BUSINESS} (Anfrage {setup.reference}): Welche Dachfläche "
                                "hat das Haus ungefähr?")
    assert received["choices"][0]["id"] == f"thread:reply:{setup.lead_id}"

    customer_writes(app, setup, "Etwa 120 m². Meine Nummer ist 0171 2345678.")

    body = client.get(f"/api/v1/leads/{setup.lead_id}/messages", headers=auth).get_json()
    assert body["open"] is True
    assert body["closed_reason"] is None
    business, customer = body["messages"]
    assert business["delivery"]["state"] == "delivered"  # the chat page fetched it
    assert customer["author"] == "customer"
    assert customer["delivery"] is None
    assert customer["text"].startswith("Etwa 120 m². Meine Nummer ist ")
    assert "2345678" not in customer["text"]
    assert "Jonas" not in str(body)


def test_files_as_multipart_and_the_types_allowed(app, client, make_tenant, make_user):
    setup = make_setup(app, make_tenant, make_user)
    auth = bearer(client, setup.owner)

    refused = client.post(f"/api/v1/leads/{setup.lead_id}/messages", headers=auth,
                          data={"text": "Plan", "files": [(io.BytesIO(b"MZ\x90\x00" * 20),
                                                           "plan.exe")]},
                          content_type="multipart/form-data")
    assert refused.status_code == 422
    error = refused.get_json()["error"]
    assert error["details"]["allowed_types"] == ["JPEG", "PNG", "HEIC", "PDF"]
    assert "JPEG, PNG, HEIC, PDF" in error["message"]

    response = client.post(f"/api/v1/leads/{setup.lead_id}/messages", headers=auth,
                           data={"text": "Der Plan", "files": [(io.BytesIO(PDF), "plan.pdf")]},
                           content_type="multipart/form-data")
    assert response.status_code == 201
    pdf, text = response.get_json()["messages"]
    assert pdf["files"][0]["kind"] == "document"
    assert pdf["files"][0]["content_type"] == "application/pdf"
    download = client.get(pdf["files"][0]["url"], headers=auth)
    assert download.status_code == 200
    assert download.data == PDF
    assert text["text"] == "Der Plan"
    assert [message["text"] for message in chat_messages(chat_client(app, setup))] == [
        f"{BUSINESS} (Anfrage {setup.reference}) hat Ihnen ein PDF geschickt.",
        f"{BUSINESS} (Anfrage {setup.reference}): Der Plan"]


def test_bad_input_names_the_limit(app, client, make_tenant, make_user):
    setup = make_setup(app, make_tenant, make_user)
    auth = bearer(client, setup.owner)
    url = f"/api/v1/leads/{setup.lead_id}/messages"

    empty = client.post(url, headers=auth, json={"text": "  "})
    assert empty.status_code == 422
    too_long = client.post(url, headers=auth, json={"text": "a" * 8001})
    assert too_long.status_code == 422
    assert too_long.get_json()["error"]["details"] == {"max_chars": 8000}
    assert "8000" in too_long.get_json()["error"]["message"]
    # A body that is no JSON object is the API's documented 400 (issue 12, item 9).
    assert client.post(url, headers=auth, data="nicht json",
                       content_type="text/plain").status_code == 400
    assert thread_rows(app, setup.lead_id) == []


def test_a_closed_lead_is_409_with_the_reason(app, client, make_tenant, make_user):
    setup = make_setup(app, make_tenant, make_user)
    set_lead_status(app, setup.lead_id, LeadStatus.LOST)
    auth = bearer(client, setup.owner)

    response = client.post(f"/api/v1/leads/{setup.lead_id}/messages", headers=auth,
                           json={"text": "Noch da?"})

    assert response.status_code == 409
    assert "anderen Betrieb gewählt" in response.get_json()["error"]["message"]
    body = client.get(f"/api/v1/leads/{setup.lead_id}/messages", headers=auth).get_json()
    assert body["open"] is False
    assert "anderen Betrieb gewählt" in body["closed_reason"]
    assert chat_messages(chat_client(app, setup)) == []


def test_another_business_gets_404_and_crew_has_no_api(app, client, make_tenant,
                                                       make_user):
    setup = make_setup(app, make_tenant, make_user)
    owner = bearer(client, setup.owner)
    client.post(f"/api/v1/leads/{setup.lead_id}/messages", headers=owner,
                json={"text": "Vertraulich"})

    other = bearer(client, setup.other_owner)
    url = f"/api/v1/leads/{setup.lead_id}/messages"
    assert client.get(url, headers=other).status_code == 404
    assert client.post(url, headers=other, json={"text": "Hallo"}).status_code == 404
    assert "Vertraulich" not in str(client.get(
        f"/api/v1/leads/{setup.other_lead_id}/messages", headers=other).get_json())

    # The API answers for the whole business; crew members use the crew pages, which
    # show only the jobs they are on (tests/work/test_crews.py).
    with app.app_context():
        crew_user = db.session.get(User, setup.crew.id)
        _token, plain = api_services.create_token(crew_user.tenant, crew_user, name="alt")
    crew = {"Authorization": f"Bearer {plain}"}
    assert client.get(url, headers=crew).status_code == 403
    assert client.post(url, headers=crew, json={"text": "Hallo"}).status_code == 403
    assert [row.text for row in thread_rows(app, setup.lead_id)] == ["Vertraulich"]


def test_the_openapi_document_describes_the_conversation(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    operations = spec["paths"]["/leads/{lead_id}/messages"]
    assert set(operations) >= {"get", "post"}
    post = operations["post"]
    assert set(post["requestBody"]["content"]) == {"application/json", "multipart/form-data"}
    assert {"201", "404", "409", "422"} <= set(post["responses"])
    assert "Thread" in spec["components"]["schemas"]
    assert "/leads/{lead_id}/messages/files/{file_id}" in spec["paths"]
