"""Whether a webhook address may be called: HTTPS only, and in production never an
address inside our own network (loopback, private, link-local, reserved), which would let a
business make the platform probe its own infrastructure."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from flask import current_app
from flask_babel import gettext as _


class TargetRefused(ValueError):
    """The address is not one we call; the message says why, in the viewer's language."""


def _addresses(host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        raise TargetRefused(_("The address %(host)s cannot be found.", host=host)) from None
    return [ipaddress.ip_address(info[4][0].split("%", 1)[0]) for info in infos]


def _is_internal(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return (address.is_private or address.is_loopback or address.is_link_local
            or address.is_reserved or address.is_multicast or address.is_unspecified)


def check(url: str) -> str:
    """The cleaned URL, or TargetRefused. Called when the address is registered and again
    before every attempt, since a name can start pointing elsewhere later."""
    url = (url or "").strip()
    if len(url) > 500:
        raise TargetRefused(_("The address is too long (at most 500 characters)."))
    parts = urlsplit(url)
    allow_http = current_app.config.get("WEBHOOKS_ALLOW_HTTP", False)
    if parts.scheme != "https" and not (allow_http and parts.scheme == "http"):
        raise TargetRefused(_("Only HTTPS addresses can receive webhooks."))
    if not parts.hostname or parts.username or parts.password:
        raise TargetRefused(_("Enter a full address such as https://example.de/hooks."))
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise TargetRefused(_("The port in the address is not valid.")) from None
    if not current_app.config.get("WEBHOOKS_ALLOW_INTERNAL_TARGETS", False) and any(
            _is_internal(address) for address in _addresses(parts.hostname, port)):
        raise TargetRefused(_("The address points into a private or local network; "
                              "webhooks go only to addresses on the internet."))
    return url
