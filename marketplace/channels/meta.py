"""What WhatsApp and Messenger share as Meta webhooks: the signature and the handshake."""

from __future__ import annotations

from collections.abc import Mapping

from marketplace.channels import http


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
