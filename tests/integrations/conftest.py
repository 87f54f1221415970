"""A business's own system as the far side: a local HTTP receiver that records each call
(headers and the exact body) and answers with the status the test chooses, optionally
after a pause."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.channels.conftest import _provider_server, providers  # noqa: F401 - fixtures
from tests.conftest import csrf_token_from
from tests.work.conftest import won  # noqa: F401 - fixture: a won job in the web chat

SECRET_SHOWN = re.compile(r'<code class="token" id="new-secret">([^<]+)</code>')
FEED_SHOWN = re.compile(r'<code class="token" id="new-feed-url">([^<]+)</code>')


@dataclass
class Call:
    path: str
    headers: dict[str, str]
    body: str

    def json(self) -> dict:
        return json.loads(self.body)


@dataclass
class Receiver:
    url: str
    calls: list[Call] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)  # status per call; then 200
    pause_seconds: float = 0.0

    def events(self, name: str) -> list[dict]:
        return [call.json() for call in self.calls if call.headers["Webhook-Event"] == name]


def _handler(receiver: Receiver):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
            receiver.calls.append(Call(self.path, dict(self.headers.items()), body))
            if receiver.pause_seconds:
                time.sleep(receiver.pause_seconds)
            status = receiver.answers.pop(0) if receiver.answers else 200
            try:
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")
            except (BrokenPipeError, ConnectionResetError):
                pass  # the platform gave up waiting: that is what a timeout test wants

        def log_message(self, *_args):
            pass

    return Handler


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), None)
    found = Receiver(url=f"http://127.0.0.1:{server.server_address[1]}/hooks/handwerk")
    server.RequestHandlerClass = _handler(found)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield found
    server.shutdown()
    server.server_close()


def add_endpoint(client, url: str, events: tuple[str, ...] | None = None):
    from marketplace.integrations.events import EVENT_NAMES

    token = csrf_token_from(client, "/dashboard/integrations/")
    return client.post("/dashboard/integrations/webhooks",
                       data={"csrf_token": token, "url": url,
                             "events": list(events or EVENT_NAMES)})


def secret_from(response) -> str:
    found = SECRET_SHOWN.search(response.get_data(as_text=True))
    assert found, response.get_data(as_text=True)[:2000]
    return found.group(1)
