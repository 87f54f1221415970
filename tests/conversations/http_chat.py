"""A customer in the web chat through its real URLs: send to /api/chat/..., read the poll."""

from __future__ import annotations

import io
import re
from typing import Any


class HttpChat:
    """One browser: the cookie of /chat, the CSRF token of its page, and what it has seen."""

    def __init__(self, client: Any, language: str = "de") -> None:
        self.client = client
        page = client.get("/chat", headers={"Accept-Language": language})
        token = re.search(r'name="csrf-token" content="([^"]+)"', page.get_data(as_text=True))
        self.headers = {"X-CSRFToken": token.group(1), "Accept": "application/json",
                        "Accept-Language": language}
        self.seen = 0

    def send(self, text: str) -> list[dict]:
        response = self.client.post("/api/chat/messages", headers=self.headers,
                                    json={"text": text})
        assert response.status_code in (201, 202), response.get_data(as_text=True)
        return self.poll()

    def tap(self, choice_id: str, title: str = "") -> list[dict]:
        response = self.client.post("/api/chat/choices", headers=self.headers,
                                    json={"choice_id": choice_id, "title": title or choice_id})
        assert response.status_code in (201, 202), response.get_data(as_text=True)
        return self.poll()

    def photo(self, data: bytes) -> list[dict]:
        response = self.client.post("/api/chat/photos", headers=self.headers,
                                    data={"photo": (io.BytesIO(data), "bild.jpg", "image/jpeg")},
                                    content_type="multipart/form-data")
        assert response.status_code in (201, 202), response.get_data(as_text=True)
        return self.poll()

    def share_location(self, latitude: float, longitude: float) -> list[dict]:
        response = self.client.post("/api/chat/location", headers=self.headers,
                                    json={"latitude": latitude, "longitude": longitude})
        assert response.status_code in (201, 202), response.get_data(as_text=True)
        return self.poll()

    def poll(self) -> list[dict]:
        """The platform's new bubbles, as the chat page's poll shows them."""
        data = self.client.get(f"/api/chat/messages?after={self.seen}").get_json()["messages"]
        if data:
            self.seen = data[-1]["id"]
        return [message for message in data if message["from"] == "platform"]


def texts(replies: list[dict]) -> list[str]:
    return [reply["text"] for reply in replies]


def choice_ids(reply: dict) -> list[str]:
    return [choice["id"] for choice in reply.get("choices") or ()]
