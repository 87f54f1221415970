"""Ids no database column can hold are a 404, bad query values a 400: never a 500."""

from __future__ import annotations

import pytest
from werkzeug.routing import ValidationError

from marketplace.accounts.models import Role
from marketplace.security import MAX_DB_INT, BoundedIntConverter, parse_bounded_int
from tests.api.test_api import create_token, setup  # noqa: F401 - fixture
from tests.channels.test_webchat import open_chat
from tests.conftest import csrf_token_from

TOO_LARGE = [str(2**31), "99999999999", str(10**40), "9" * 5000]


def test_api_lead_beyond_the_column_range_is_a_json_404(client, setup):  # noqa: F811
    auth = {"Authorization": f"Bearer {create_token(client, setup['owner'])}"}
    for value in (2**31, 1099511627776, 10**40):
        response = client.get(f"/api/v1/leads/{value}", headers=auth)
        assert response.status_code == 404, value
        assert response.is_json
    assert client.get(f"/api/v1/leads/{setup['my_lead']}", headers=auth).status_code == 200


def test_dashboard_and_admin_ids_beyond_the_range_are_404(client, make_user, make_tenant,
                                                          login_as):
    login_as(make_user(Role.OWNER, make_tenant()))
    assert client.get("/dashboard/leads/99999999999").status_code == 404
    assert client.get(f"/dashboard/leads/{2**31}").status_code == 404
    client.post("/logout", data={"csrf_token": _csrf(client)})
    login_as(make_user(Role.ADMIN))
    assert client.get(f"/admin/jobs/{2**31}").status_code == 404
    assert client.get("/admin/jobs/" + "9" * 5000).status_code == 404


def test_chat_poll_refuses_bad_after_values_with_400(client):
    open_chat(client)
    for value in ("1099511627776", "abc", "-1", "1.5", "9" * 5000):
        response = client.get(f"/api/chat/messages?after={value}")
        assert response.status_code == 400, value
        assert response.get_json()["error"]["code"] == "invalid_after"
    assert client.get("/api/chat/messages?after=0").status_code == 200
    assert client.get(f"/api/chat/messages?after={MAX_DB_INT}").status_code == 200
    assert client.get("/api/chat/messages").status_code == 200


@pytest.mark.parametrize("value", TOO_LARGE)
def test_converter_refuses_out_of_range(app, value):
    with pytest.raises(ValidationError):
        BoundedIntConverter(app.url_map).to_python(value)


def test_converter_and_parser_accept_the_range(app):
    assert BoundedIntConverter(app.url_map).to_python(str(MAX_DB_INT)) == MAX_DB_INT
    assert app.url_map.converters["int"] is BoundedIntConverter
    assert parse_bounded_int("42") == 42
    assert parse_bounded_int(None) == 0


def _csrf(client) -> str:
    return csrf_token_from(client, "/dashboard/")
