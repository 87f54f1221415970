"""The one HTTP client the adapters share: timeouts, streaming, errors as ChannelError.

URLs may contain the Telegram bot token, so they are never logged or put into errors.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import requests
from urllib3.exceptions import NewConnectionError

from marketplace.channels.base import ChannelError

CONNECT_TIMEOUT = 5
READ_TIMEOUT = 30
CHUNK_SIZE = 64 * 1024
USER_AGENT = "handwerk-marketplace/1.0"


def new_session() -> requests.Session:
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    return session


def request_json(session: requests.Session, method: str, url: str, *,
                 error_parser, **kwargs: Any) -> dict[str, Any]:
    """Call an API and return its JSON body; any failure becomes a ChannelError."""
    try:
        response = session.request(method, url, timeout=(CONNECT_TIMEOUT, READ_TIMEOUT),
                                   **kwargs)
    except requests.RequestException as exc:
        if _never_sent(exc):
            raise ChannelError("network", type(exc).__name__, retryable=True) from None
        raise ChannelError("no_answer", type(exc).__name__, retryable=True,
                           outcome_unknown=True) from None
    try:
        body = response.json()
    except ValueError:
        body = {}
    if response.status_code >= 400 or not isinstance(body, dict):
        error = error_parser(response.status_code, body if isinstance(body, dict) else {})
        if error.retry_after is None:
            error.retry_after = retry_after_seconds(response.headers.get("Retry-After"))
        raise error
    return body


def retry_after_seconds(value: str | None) -> float | None:
    """An HTTP Retry-After in seconds (the providers send seconds, never a date)."""
    try:
        seconds = float(value) if value else None
    except ValueError:
        return None
    return seconds if seconds is not None and 0 <= seconds <= 24 * 3600 else None


def _never_sent(exc: requests.RequestException) -> bool:
    """True when the request cannot have reached the provider (no connection was made).

    A read timeout or a connection dropped after the request went out is different: the
    provider may have acted on it, so a retry could do the same thing twice.
    """
    if isinstance(exc, requests.ConnectTimeout):
        return True
    if isinstance(exc, requests.ConnectionError) and exc.args:
        return isinstance(getattr(exc.args[0], "reason", None), NewConnectionError)
    return False


def open_download(session: requests.Session, url: str, *,
                  headers: dict[str, str] | None = None) -> requests.Response:
    """Start streaming a file; raises ChannelError before any byte is read on a refusal."""
    try:
        response = session.get(url, headers=headers or {}, stream=True,
                               timeout=(CONNECT_TIMEOUT, READ_TIMEOUT))
    except requests.RequestException as exc:
        raise ChannelError("network", type(exc).__name__, retryable=True) from None
    if response.status_code >= 400:
        response.close()
        raise ChannelError(f"http_{response.status_code}", "file download refused",
                           retryable=response.status_code in (404, 408, 429)
                           or response.status_code >= 500)
    return response


@contextmanager
def chunks_of(response: requests.Response) -> Iterator[Iterator[bytes]]:
    """Yield the response body in chunks and close the connection afterwards."""
    try:
        yield _chunks(response)
    finally:
        response.close()


def _chunks(response: requests.Response) -> Iterator[bytes]:
    try:
        yield from response.iter_content(CHUNK_SIZE)
    except requests.RequestException as exc:
        raise ChannelError("network", type(exc).__name__, retryable=True) from None


def hub_signature_valid(secrets: str | None, raw_body: bytes, header: str | None) -> bool:
    """X-Hub-Signature-256 over the raw bytes, constant time; comma-separated secrets rotate."""
    if not secrets or not header or not header.startswith("sha256="):
        return False
    received = header.removeprefix("sha256=").strip().lower()
    valid = False
    for secret in secrets.split(","):
        secret = secret.strip()
        if not secret:
            continue
        expected = hmac.new(secret.encode(), raw_body, hashlib.sha256).hexdigest()
        # Check every secret, so timing does not reveal which one matched.
        valid = hmac.compare_digest(expected, received) or valid
    return valid


def token_matches(expected: str | None, received: str | None) -> bool:
    if not expected or received is None:
        return False
    return hmac.compare_digest(expected.encode(), received.encode())


def numbered_text(text: str, titles: list[str], language: str = "de") -> str:
    """The last resort for choices a channel cannot show: a numbered list to answer by number."""
    from flask_babel import force_locale
    from flask_babel import gettext as _

    lines = [f"{number}. {title}" for number, title in enumerate(titles, start=1)]
    with force_locale(language):
        hint = _("Please answer with the number of your choice.")
    return (text + "\n\n" if text else "") + "\n".join(lines) + "\n\n" + hint


def with_link(text: str, link_url: str | None) -> str:
    if not link_url:
        return text
    return f"{text}\n{link_url}" if text else link_url
