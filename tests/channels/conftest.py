"""A local HTTP server on 127.0.0.1 that plays Meta's Graph API and Telegram's Bot API.

It answers in the documented formats, records every request, and can be scripted to answer
with errors, so the adapters' real HTTP client code runs in the tests.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import threading
from collections import defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from flask import Flask

FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures")

PHONE_NUMBER_ID = "220000000000002"
PAGE_ID = "105000000000001"
WA_TOKEN = "wa-access-token-test"
WA_SECRET = "wa-app-secret-test"
WA_VERIFY = "wa-verify-token-test"
FB_TOKEN = "fb-page-token-test"
FB_SECRET = "fb-app-secret-test"
FB_VERIFY = "fb-verify-token-test"
TG_TOKEN = "123456:tg-bot-token-test"
TG_SECRET = "tg-secret_token-test"


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class FakeProviders:
    base_url: str = ""
    requests: list[Recorded] = field(default_factory=list)
    # (method, path regex) -> queued (status, body or bytes, headers) answers, used first
    scripted: dict[tuple[str, str], deque] = field(default_factory=lambda: defaultdict(deque))
    files: dict[str, bytes] = field(default_factory=dict)
    counter: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def graph_url(self) -> str:
        return f"{self.base_url}/v23.0"

    def script(self, method: str, pattern: str, status: int, body: Any, *,
               hold: threading.Event | None = None,
               headers: dict[str, str] | None = None) -> None:
        """Answer the next matching request like this; with `hold`, only once it is set
        (a provider that takes the request and does not answer, for timeouts and crashes)."""
        self.scripted[(method, pattern)].append((status, body, hold, headers or {}))

    def calls(self, method: str, pattern: str) -> list[Recorded]:
        return [r for r in self.requests if r.method == method and re.search(pattern, r.path)]

    def next_id(self) -> int:
        with self.lock:
            self.counter += 1
            return self.counter


def _default_answer(fake: FakeProviders, method: str, path: str, headers: dict[str, str],
                    body: bytes) -> tuple[int, Any]:
    bearer = headers.get("authorization", "")
    if path.startswith(f"/bot{TG_TOKEN}/"):
        method_name = path.rsplit("/", 1)[1]
        if method_name == "getFile":
            file_id = json.loads(body)["file_id"]
            return 200, {"ok": True, "result": {"file_id": file_id, "file_unique_id": "u1",
                                                "file_path": f"photos/{file_id}.jpg"}}
        if method_name == "answerCallbackQuery":
            return 200, {"ok": True, "result": True}
        return 200, {"ok": True, "result": {"message_id": 9000 + fake.next_id(),
                                            "chat": {"id": 1, "type": "private"},
                                            "date": 1767225600}}
    if path.startswith(f"/file/bot{TG_TOKEN}/"):
        name = path.rsplit("/", 1)[1].removesuffix(".jpg")
        return (200, fake.files[name]) if name in fake.files else (404, {"ok": False})
    if path.startswith("/files/"):
        name = path.split("/", 2)[2]
        if name.startswith("wa-") and bearer != f"Bearer {WA_TOKEN}":
            return 401, {"error": {"message": "missing token", "code": 190}}
        return (200, fake.files[name]) if name in fake.files else (404, {"error": {}})
    if path == f"/v23.0/{PHONE_NUMBER_ID}/messages":
        if bearer != f"Bearer {WA_TOKEN}":
            return 401, {"error": {"message": "Invalid OAuth access token", "code": 190}}
        return 200, {"messaging_product": "whatsapp",
                     "contacts": [{"input": "x", "wa_id": "x"}],
                     "messages": [{"id": f"wamid.OUT{fake.next_id():04d}"}]}
    if path == f"/v23.0/{PHONE_NUMBER_ID}/media":
        return 200, {"id": f"up{fake.next_id()}"}
    if path == f"/v23.0/{PAGE_ID}/messages":
        if bearer != f"Bearer {FB_TOKEN}":
            return 401, {"error": {"message": "Invalid OAuth access token", "code": 190}}
        return 200, {"recipient_id": "psid", "message_id": f"m_OUT{fake.next_id():04d}"}
    match = re.fullmatch(r"/v23.0/(\d+)", path)
    if match and method == "GET":
        if bearer != f"Bearer {WA_TOKEN}":
            return 401, {"error": {"message": "Invalid OAuth access token", "code": 190}}
        media_id = match.group(1)
        data = fake.files.get(f"wa-{media_id}", b"")
        return 200, {"messaging_product": "whatsapp", "id": media_id,
                     "url": f"{fake.base_url}/files/wa-{media_id}",
                     "mime_type": "image/jpeg", "file_size": str(len(data)),
                     "sha256": hashlib.sha256(data).hexdigest()}
    return 404, {"error": {"message": "unknown path", "code": 100}}


def _make_handler(fake: FakeProviders):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            return

        def _handle(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = {key.lower(): value for key, value in self.headers.items()}
            fake.requests.append(Recorded(self.command, parts.path, parse_qs(parts.query),
                                          headers, body))
            answer = None
            for (method, pattern), queue in fake.scripted.items():
                if method == self.command and re.search(pattern, parts.path) and queue:
                    answer = queue.popleft()
                    break
            hold, extra_headers = None, {}
            if answer is None:
                answer = _default_answer(fake, self.command, parts.path, headers, body)
            else:
                *answer, hold, extra_headers = answer
            status, payload = answer
            if hold is not None:
                hold.wait(60)
            data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/octet-stream"
                                 if isinstance(payload, bytes) else "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in extra_headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except OSError:
                pass  # the caller gave up waiting (a timeout) or was killed

        do_GET = _handle  # noqa: N815 - http.server's naming
        do_POST = _handle  # noqa: N815

    return Handler


@pytest.fixture(scope="session")
def _provider_server() -> Iterator[tuple[ThreadingHTTPServer, FakeProviders]]:
    fake = FakeProviders()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(fake))
    fake.base_url = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, fake
    server.shutdown()
    server.server_close()


@pytest.fixture
def providers(_provider_server, app: Flask, monkeypatch: pytest.MonkeyPatch,
              frozen_clock) -> FakeProviders:
    """All three messengers on, pointed at the local fake server; the clock is frozen just
    after the fixtures' timestamps (2026-11-02 08:59 UTC), so the 24-hour window is open."""
    _server, fake = _provider_server
    fake.requests.clear()
    fake.scripted.clear()
    fake.files.clear()
    settings = {
        "GRAPH_API_URL": fake.graph_url, "TELEGRAM_API_URL": fake.base_url,
        "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID, "WHATSAPP_ACCESS_TOKEN": WA_TOKEN,
        "WHATSAPP_APP_SECRET": WA_SECRET, "WHATSAPP_VERIFY_TOKEN": WA_VERIFY,
        "MESSENGER_PAGE_ID": PAGE_ID, "MESSENGER_PAGE_ACCESS_TOKEN": FB_TOKEN,
        "MESSENGER_APP_SECRET": FB_SECRET, "MESSENGER_VERIFY_TOKEN": FB_VERIFY,
        "TELEGRAM_BOT_TOKEN": TG_TOKEN, "TELEGRAM_SECRET_TOKEN": TG_SECRET,
        "WHATSAPP_APPROVED_TEMPLATES": ("new_quote_available",),
    }
    for key, value in settings.items():
        monkeypatch.setitem(app.config, key, value)
    return fake


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def load_fixture(channel: str, name: str) -> bytes:
    with open(os.path.join(FIXTURES, channel, f"{name}.json"), "rb") as handle:
        return handle.read()


def post_webhook(client, channel: str, body: bytes, *, signature: str | None = "auto"):
    headers = {"Content-Type": "application/json"}
    if channel == "telegram":
        if signature == "auto":
            signature = TG_SECRET
        if signature is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = signature
    else:
        if signature == "auto":
            signature = sign(WA_SECRET if channel == "whatsapp" else FB_SECRET, body)
        if signature is not None:
            headers["X-Hub-Signature-256"] = signature
    return client.post(f"/webhooks/{channel}", data=body, headers=headers)
