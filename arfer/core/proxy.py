"""Requests that reach Arfer through a TLS reverse proxy.

The proxy ends TLS and passes the request on over plain HTTP, saying in `X-Forwarded-Proto` that
the client used HTTPS and in `X-Forwarded-For` who the client is. Those headers are believed only
from the proxies named in ARFER_TRUSTED_PROXIES: anyone else could send them to pass for another
client (and so dodge the sign-in lockout, which counts failures per client address) or for a
secure connection. This middleware is the one place that reads them: it runs first, and the rest
of Arfer (Django's security and CSRF checks, the sign-in lockout, the request log) then sees the
client's own scheme and address.
"""

import ipaddress
from collections.abc import Callable, Iterable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

Network = ipaddress.IPv4Network | ipaddress.IPv6Network

FORWARDED_HEADERS = ("HTTP_X_FORWARDED_PROTO", "HTTP_X_FORWARDED_FOR")


def trusted_networks(entries: Iterable[str]) -> list[Network]:
    """Addresses and networks ("10.0.0.5", "10.0.0.0/24", "::1") as networks."""
    return [ipaddress.ip_network(entry.strip(), strict=False) for entry in entries if entry.strip()]


def is_trusted(address: str, networks: list[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_address(peer: str, forwarded_for: str, networks: list[Network]) -> str:
    """The client's address: walking `X-Forwarded-For` from the right (the hop nearest to us), the
    first address that is not one of our proxies. The entries to its left were written by the
    client itself, so they cannot be believed."""
    address = peer
    for hop in reversed([part.strip() for part in forwarded_for.split(",") if part.strip()]):
        if not is_trusted(address, networks):
            break
        address = hop
    return address


class TrustedProxyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response
        self.networks = trusted_networks(settings.ARFER_TRUSTED_PROXIES)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        meta = request.META
        peer = meta.get("REMOTE_ADDR", "")
        if is_trusted(peer, self.networks):
            proto = meta.get("HTTP_X_FORWARDED_PROTO", "").split(",")[0].strip().lower()
            if proto in ("http", "https"):
                meta["wsgi.url_scheme"] = proto
            forwarded_for = meta.get("HTTP_X_FORWARDED_FOR", "")
            if forwarded_for:
                meta["REMOTE_ADDR"] = client_address(peer, forwarded_for, self.networks)
        # Whatever was believed is now in the request itself; nothing later reads the headers.
        for header in FORWARDED_HEADERS:
            meta.pop(header, None)
        return self.get_response(request)
