"""The API keeps its own document's word: PATCH is partial, `Allow` names only documented
methods, a body that is no JSON object is a 400, an unknown status filter the documented
422, and every 405 says which methods the URL does allow."""

from __future__ import annotations

import re

import pytest

from marketplace.db import db
from marketplace.quotes.models import Quote
from tests.api.test_api import create_token, quote_body, setup  # noqa: F401 - fixture

IGNORED_BY_HTTP = {"HEAD", "OPTIONS"}  # implied by GET / answered by Flask itself
ALL_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]


@pytest.fixture
def quoted(client, setup):  # noqa: F811
    auth = {"Authorization": f"Bearer {create_token(client, setup['owner'])}"}
    response = client.post("/api/v1/quotes", headers=auth, json=quote_body(setup["my_lead"]))
    assert response.status_code == 201, response.get_json()
    return auth, response.get_json()


def _stored(app, quote_id: int) -> Quote:
    with app.app_context():
        quote = db.session.get(Quote, quote_id)
        db.session.expunge(quote)
        return quote


def test_patch_changes_only_the_fields_sent(app, client, quoted):
    auth, quote = quoted
    response = client.patch(f"/api/v1/quotes/{quote['id']}", headers=auth,
                            json={"message": "Mit Gerüst"})
    assert response.status_code == 200, response.get_json()
    changed = response.get_json()
    assert changed["version"] == 2
    assert changed["message"] == "Mit Gerüst"
    stored = _stored(app, quote["id"])
    assert (stored.price_kind, stored.net_amount_cents, stored.net_amount_max_cents) == (
        "range", 80_000, 95_000)
    assert stored.earliest_start.isoformat() == quote["earliest_start"]


def test_patch_result_must_still_be_a_valid_quote(app, client, quoted):
    auth, quote = quoted
    # A fixed price has no upper amount: switching the kind alone leaves the stored maximum.
    response = client.patch(f"/api/v1/quotes/{quote['id']}", headers=auth,
                            json={"price_kind": "fixed"})
    assert response.status_code == 422
    assert "net_amount_max_cents" in response.get_json()["error"]["details"]
    response = client.patch(f"/api/v1/quotes/{quote['id']}", headers=auth,
                            json={"price_kind": "fixed", "net_amount_max_cents": None})
    assert response.status_code == 200, response.get_json()
    assert _stored(app, quote["id"]).net_amount_max_cents is None
    response = client.patch(f"/api/v1/quotes/{quote['id']}", headers=auth,
                            json={"colour": "rot"})
    assert response.status_code == 422
    assert "colour" in response.get_json()["error"]["details"]
    assert _stored(app, quote["id"]).version == 2


def test_put_still_requires_the_whole_quote(client, quoted):
    auth, quote = quoted
    response = client.put(f"/api/v1/quotes/{quote['id']}", headers=auth,
                          json={"message": "nur das"})
    assert response.status_code == 422
    assert "net_amount_cents" in response.get_json()["error"]["details"]


@pytest.mark.parametrize(("body", "named"), [
    ("null", "null"), ("[]", "an array"), ('"Doppelt"', "a string"), ("7", "a number"),
    ("{", "not valid JSON")])
def test_a_body_that_is_no_json_object_is_a_400(app, client, quoted, body, named):
    auth, quote = quoted
    for url in (f"/api/v1/quotes/{quote['id']}/withdraw", "/api/v1/quotes",
                f"/api/v1/quotes/{quote['id']}"):
        method = client.patch if url.endswith(str(quote["id"])) else client.post
        response = method(url, headers=auth, data=body, content_type="application/json")
        assert response.status_code == 400, (url, body)
        error = response.get_json()["error"]
        assert error["code"] == "malformed_body"
        assert named in error["message"]
    assert _stored(app, quote["id"]).status == "sent"


def test_withdraw_without_a_body_still_works(client, quoted):
    auth, quote = quoted
    response = client.post(f"/api/v1/quotes/{quote['id']}/withdraw", headers=auth)
    assert response.status_code == 200
    assert response.get_json()["status"] == "withdrawn"


def test_form_encoded_body_is_a_400_that_says_what_to_send(client, quoted):
    auth, quote = quoted
    response = client.post(f"/api/v1/quotes/{quote['id']}/withdraw", headers=auth,
                           data={"reason": "x"})
    assert response.status_code == 400
    assert "application/json" in response.get_json()["error"]["message"]


def test_unknown_status_filter_is_the_documented_422(client, quoted):
    auth, _quote = quoted
    spec = client.get("/api/v1/openapi.json").get_json()
    for path in ("/leads", "/quotes"):
        response = client.get(f"/api/v1{path}?status=verschollen", headers=auth)
        assert response.status_code == 422
        assert response.get_json()["error"]["details"] == {"status": "verschollen"}
        operation = spec["paths"][path]["get"]
        assert "422" in operation["responses"]
        status = next(p for p in operation["parameters"] if p["name"] == "status")
        assert "verschollen" not in status["schema"]["enum"]
        assert client.get(f"/api/v1{path}?status={status['schema']['enum'][0]}",
                          headers=auth).status_code == 200


def _documented_methods(spec: dict) -> dict[str, set[str]]:
    return {re.sub(r"\{\w+\}", "{}", path): {method.upper() for method in operations
                                            if method.upper() in ALL_METHODS}
            for path, operations in spec["paths"].items()}


def test_allow_header_and_document_name_the_same_methods(app, client, quoted):
    auth, quote = quoted
    documented = _documented_methods(client.get("/api/v1/openapi.json").get_json())
    checked = set()
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/v1/"):
            continue
        shape = re.sub(r"<(?:\w+:)?\w+>", "{}", rule.rule[len("/api/v1"):])
        url = re.sub(r"<(?:\w+:)?\w+>", str(quote["id"]), rule.rule)
        response = client.open(url, method="OPTIONS", headers=auth)
        allowed = {m.strip() for m in response.headers["Allow"].split(",")} - IGNORED_BY_HTTP
        assert allowed == documented[shape], rule.rule
        checked.add(shape)
    assert checked == set(documented)


def test_every_405_carries_allow(app, client):
    """Every URL of the app, JSON and HTML alike, with a method it does not take."""
    seen = 0
    for rule in app.url_map.iter_rules():
        refused = next((m for m in ALL_METHODS if m not in rule.methods), None)
        if refused is None or rule.endpoint == "static":
            continue
        url = re.sub(r"<(?:int:)?\w+>", "1", rule.rule)
        url = re.sub(r"<path:\w+>", "x", url)
        response = client.open(url, method=refused)
        if response.status_code != 405:
            continue  # another rule with the same URL takes this method
        allowed = {m.strip() for m in response.headers.get("Allow", "").split(",")}
        assert set(rule.methods) <= allowed, (rule.rule, refused, response.headers)
        seen += 1
    assert seen > 50
