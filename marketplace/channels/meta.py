"""What WhatsApp and Messenger share as Meta webhooks: the signature and the handshake."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from marketplace.channels import http
from marketplace.channels.base import ChannelError


def graph_error(status_code: int, body: dict[str, Any], *,
                retryable_codes: Collection[str]) -> ChannelError:
    """Meta's error object -> retry (rate limits, 5xx, the channel's transient codes) or stop."""
    error = body.get("error") if isinstance(body.get("error"), dict) else {}
    code = str(error.get("code") or f"http_{status_code}")
    detail = str(error.get("message") or "")[:500]
    if error.get("error_subcode"):
        detail = f"{detail} (subcode {error['error_subcode']})"
    error_data = error.get("error_data")
    if isinstance(error_data, dict) and error_data.get("details"):
        detail = f"{detail} ({str(error_data['details'])[:300]})"
    retryable = status_code == 429 or status_code >= 500 or code in retryable_codes
    return ChannelError(code, detail, retryable=retryable)


class MetaWebhook:
    """Mixin for adapters whose webhooks Meta signs with the app secret."""

    signature_header = "X-Hub-Signature-256"
    app_secret: str
    verify_token: str

    def verify(self, headers: Mapping[str, str], raw_body: bytes) -> bool:
        return http.hub_signature_valid(self.app_secret, raw_body,
                                        headers.get(self.signature_header))

    def handshake(self, args: Mapping[str, str]) -> str | None:
        """The challenge to echo when Meta subscribes with our verify token, else None."""
        if args.get("hub.mode") != "subscribe":
            return None
        if not http.token_matches(self.verify_token, args.get("hub.verify_token")):
            return None
        return args.get("hub.challenge") or None
