"""No internal code on any page an admin or a business sees: the crawler walks every admin
and dashboard page it can reach from the start pages on the demo's history and reads the
visible text as a person would."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from marketplace.demo import DEMO_ADMIN_EMAIL, DEMO_BUSINESSES, DEMO_PASSWORD, seed_demo_data
from tests.conftest import login

SNAKE_CASE = re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b")
# "offen → vergeben" or "open → awarded" in one piece of text: a transition shown as codes.
TRANSITION = re.compile(r"\w\S* → \S*\w")
SKIP = re.compile(r"\.(csv|zip|ics|pdf|json|png|jpe?g)$|/logout|/export|/media/|/files/|"
                  r"/download")
MAX_PAGES = 120


class VisibleText(HTMLParser):
    """Text nodes a person sees (not scripts, styles or attribute values), and the links."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.links: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "title"):
            self._hidden += 1
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "title") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden and data.strip():
            self.texts.append(" ".join(data.split()))


def codes_on(html: str) -> tuple[list[str], list[str]]:
    parser = VisibleText()
    parser.feed(html)
    found = [text for text in parser.texts if SNAKE_CASE.search(text) or
             TRANSITION.search(text)]
    return found, parser.links


def walk(client, start: str, prefixes: tuple[str, ...]) -> dict[str, list[str]]:
    seen, queue, problems = set(), [start], {}
    while queue and len(seen) < MAX_PAGES:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code == 200, f"{url}: {response.status_code}"
        if "text/html" not in response.content_type:
            continue
        found, links = codes_on(response.get_data(as_text=True))
        if found:
            problems[url] = found
        for link in links:
            target = urlsplit(urljoin(url, link))
            path = target.path + (f"?{target.query}" if target.query else "")
            if (target.netloc in ("", "localhost") and target.path.startswith(prefixes)
                    and not SKIP.search(target.path) and path not in seen):
                queue.append(path)
    assert len(seen) > 10, seen
    return problems


@pytest.fixture
def demo(app):
    with app.app_context():
        seed_demo_data()


def test_admin_pages_show_no_codes(demo, client):
    login(client, DEMO_ADMIN_EMAIL, DEMO_PASSWORD)
    assert walk(client, "/admin/", ("/admin",)) == {}


def test_dashboard_pages_show_no_codes(demo, client):
    login(client, DEMO_BUSINESSES[0].owner_email, DEMO_PASSWORD)
    assert walk(client, "/dashboard/", ("/dashboard", "/leads")) == {}


def test_the_check_finds_codes_and_transitions():
    found, _links = codes_on("<p>open → awarded</p><td>recent_leads=2</td>"
                             "<a href='/x'>Ältere →</a><p>vergeben</p>")
    assert found == ["open → awarded", "recent_leads=2"]
