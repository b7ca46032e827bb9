"""The proxy's headers are believed from the trusted proxies only (arfer/core/proxy.py)."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from arfer.core.proxy import TrustedProxyMiddleware, client_address, trusted_networks

PROXIES = trusted_networks(["127.0.0.1", "10.0.0.0/24"])


@pytest.mark.parametrize(
    ("peer", "forwarded_for", "client"),
    [
        ("127.0.0.1", "203.0.113.9", "203.0.113.9"),
        # Two of our proxies in a row: the client is the first address that is not ours.
        ("127.0.0.1", "203.0.113.9, 10.0.0.4", "203.0.113.9"),
        # A client that writes its own header: only the hop our proxy added is believed.
        ("127.0.0.1", "198.51.100.1, 203.0.113.9", "203.0.113.9"),
        # Not through a proxy of ours: the header is nobody's word.
        ("192.0.2.50", "198.51.100.1", "192.0.2.50"),
        ("127.0.0.1", "not an address, 203.0.113.9", "203.0.113.9"),
    ],
)
def test_the_client_is_the_nearest_address_that_is_not_our_proxy(peer, forwarded_for, client):
    assert client_address(peer, forwarded_for, PROXIES) == client


def seen_through(peer: str, **headers: str):
    seen = {}

    def view(request):
        seen.update(
            scheme=request.scheme,
            secure=request.is_secure(),
            address=request.META["REMOTE_ADDR"],
            leftover=[h for h in request.META if h.startswith("HTTP_X_FORWARDED")],
        )
        return HttpResponse()

    request = RequestFactory().get("/", REMOTE_ADDR=peer, **headers)
    with override_settings(ARFER_TRUSTED_PROXIES=["127.0.0.1"]):
        TrustedProxyMiddleware(view)(request)
    return seen


def test_a_trusted_proxy_says_the_client_used_https_and_who_the_client_is():
    assert seen_through(
        "127.0.0.1", HTTP_X_FORWARDED_PROTO="https", HTTP_X_FORWARDED_FOR="203.0.113.9"
    ) == {"scheme": "https", "secure": True, "address": "203.0.113.9", "leftover": []}


def test_anyone_else_gains_nothing_by_sending_the_headers():
    assert seen_through(
        "192.0.2.50", HTTP_X_FORWARDED_PROTO="https", HTTP_X_FORWARDED_FOR="127.0.0.1"
    ) == {"scheme": "http", "secure": False, "address": "192.0.2.50", "leftover": []}


def test_a_proxy_saying_plain_http_is_believed_too():
    assert seen_through("127.0.0.1", HTTP_X_FORWARDED_PROTO="http")["scheme"] == "http"


def test_a_mistyped_trusted_proxy_stops_the_site_from_starting():
    import os
    import subprocess
    import sys

    environment = {k: v for k, v in os.environ.items() if not k.startswith("ARFER_")}
    environment["ARFER_TRUSTED_PROXIES"] = "127.0.0.1,proxy.internal"
    finished = subprocess.run(
        [sys.executable, "-m", "arfer.cli", "check"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert finished.returncode != 0
    assert "ARFER_TRUSTED_PROXIES must list IP addresses or networks" in finished.stderr
