"""Switch the UI language the way the page does: a POST with the CSRF token."""

from tests.conftest import csrf_token_from


def switch_language(client, code: str, next_path: str = "/"):
    token = csrf_token_from(client, "/datenschutz")
    return client.post(f"/language/{code}", data={"csrf_token": token, "next": next_path})
