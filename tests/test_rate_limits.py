"""Rate limits per IP and per account / chat session on login, registration and the web chat:
over the limit a clear 429 with Retry-After (JSON for the chat API, a page otherwise).
The test configuration keeps the limits on but high; these tests lower them."""

from __future__ import annotations

import io

import pytest

from marketplace.extensions import limiter
from tests.channels.test_webchat import open_chat
from tests.conftest import csrf_token_from


@pytest.fixture
def low_limits(app, monkeypatch):
    for name in ("RATELIMIT_LOGIN", "RATELIMIT_REGISTRATION", "RATELIMIT_CHAT",
                 "RATELIMIT_UPLOAD"):
        monkeypatch.setitem(app.config, name, "3 per minute")
    limiter.reset()
    yield
    limiter.reset()


def _login(client, email: str, ip: str = "127.0.0.1"):
    token = csrf_token_from(client, "/login")
    return client.post("/login", data={"email": email, "password": "wrong-password-1",
                                       "csrf_token": token},
                       environ_base={"REMOTE_ADDR": ip})


def test_login_over_the_limit_is_refused_with_retry_after(client, low_limits):
    for _ in range(3):
        assert _login(client, "someone@example.com").status_code == 401
    refused = _login(client, "someone@example.com")
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 0
    assert "Zu viele Anfragen" in refused.get_data(as_text=True)
    # Viewing the login page is not limited.
    assert client.get("/login").status_code == 200


def test_login_is_limited_per_account_across_addresses(client, low_limits):
    for number in range(3):
        assert _login(client, "target@example.com", ip=f"10.0.0.{number}").status_code == 401
    assert _login(client, "target@example.com", ip="10.0.0.9").status_code == 429
    # Another account from a fresh address is unaffected.
    assert _login(client, "other@example.com", ip="10.0.0.10").status_code == 401


def test_login_is_limited_per_address_across_accounts(client, low_limits):
    for number in range(3):
        assert _login(client, f"user{number}@example.com", ip="10.1.0.1").status_code == 401
    assert _login(client, "user9@example.com", ip="10.1.0.1").status_code == 429


def test_registration_over_the_limit(client, low_limits):
    for _ in range(3):
        token = csrf_token_from(client, "/register")
        assert client.post("/register", data={"csrf_token": token}).status_code == 422
    token = csrf_token_from(client, "/register")
    assert client.post("/register", data={"csrf_token": token}).status_code == 429


def test_chat_send_over_the_limit_is_a_json_429(client, low_limits):
    headers = open_chat(client)
    for number in range(3):
        response = client.post("/api/chat/messages", headers=headers,
                               json={"text": f"Hallo {number}"})
        assert response.status_code < 400, response.get_json()
    refused = client.post("/api/chat/messages", headers=headers, json={"text": "noch eins"})
    assert refused.status_code == 429
    assert refused.headers["Retry-After"]
    assert refused.get_json()["error"]["code"] == "too_many_requests"
    assert refused.get_json()["error"]["message"]


def test_chat_send_is_limited_per_chat_session_across_addresses(client, low_limits):
    headers = open_chat(client)
    for number in range(3):
        client.post("/api/chat/messages", headers=headers, json={"text": f"Hallo {number}"},
                    environ_base={"REMOTE_ADDR": f"10.2.0.{number}"})
    refused = client.post("/api/chat/messages", headers=headers, json={"text": "x"},
                          environ_base={"REMOTE_ADDR": "10.2.0.9"})
    assert refused.status_code == 429


def test_photo_uploads_over_the_limit(client, low_limits):
    headers = open_chat(client)
    for _ in range(3):
        response = client.post("/api/chat/photos", headers=headers,
                               data={"photo": (io.BytesIO(b"not an image"), "a.jpg")},
                               content_type="multipart/form-data")
        assert response.status_code != 429
    refused = client.post("/api/chat/photos", headers=headers,
                          data={"photo": (io.BytesIO(b"not an image"), "a.jpg")},
                          content_type="multipart/form-data")
    assert refused.status_code == 429
    assert refused.get_json()["error"]["code"] == "too_many_requests"


def test_webhooks_are_not_rate_limited(client, low_limits):
    for _ in range(6):
        assert client.get("/webhooks/whatsapp").status_code != 429


def test_behind_a_trusted_proxy_each_visitor_has_their_own_limit(app, client, low_limits,
                                                                  monkeypatch):
    from marketplace.app import trust_proxies

    monkeypatch.setattr(app, "wsgi_app", app.wsgi_app)  # restored afterwards
    monkeypatch.setitem(app.config, "TRUSTED_PROXIES", 1)
    trust_proxies(app)

    def login_from(visitor: str, email: str):
        token = csrf_token_from(client, "/login")
        return client.post("/login", data={"email": email, "password": "wrong-password-1",
                                           "csrf_token": token},
                           headers={"X-Forwarded-For": visitor},
                           environ_base={"REMOTE_ADDR": "10.9.9.9"})

    for number in range(3):
        assert login_from("203.0.113.1", f"a{number}@example.com").status_code == 401
    assert login_from("203.0.113.1", "a9@example.com").status_code == 429
    # Another visitor behind the same proxy is not refused.
    assert login_from("203.0.113.2", "b@example.com").status_code == 401
