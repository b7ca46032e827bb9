"""Arfer is served as it would be for real: debug off unless asked for, the site's own error
pages (400, 403, 404, 500) in its design, static files and a favicon of its own."""

import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from tests.accounts.helpers import sign_in_with_two_factor

ICO_HEADER = b"\x00\x00\x01\x00"
# What Django's technical pages say, which a served site must never show.
TECHNICAL = ("Using the URLconf", "Traceback", "DEBUG = True", "Request Method")


def in_the_sites_design(html: str) -> None:
    assert "/static/arfer/build/arfer.css" in html
    assert 'class="govuk-generic-header' in html and "govuk-footer" in html
    assert 'rel="icon" href="/favicon.ico"' in html
    for text in TECHNICAL:
        assert text not in html


# `make run`'s settings: `arfer serve` with nothing set in the environment


def make_run_environment(data_dir: Path, **extra) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARFER_")}
    for name in ("DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_SETTINGS_MODULE", "PORT"):
        env.pop(name, None)
    return {**env, "ARFER_DATA_DIR": str(data_dir), **extra}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> tuple[int, dict, bytes]:
    address = urlsplit(url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=20)
    try:
        connection.request("GET", address.path)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


@pytest.fixture
def served(tmp_path):
    """`arfer serve` as `make run` starts it (without the task worker, which needs tables)."""
    port = free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "arfer"), "serve", "--port", str(port), "--no-worker"],
        env=make_run_environment(tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _attempt in range(150):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None:
                    raise AssertionError("arfer serve stopped at once") from None
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_make_run_serves_with_debug_off(served):
    status, _headers, body = fetch(served + "/no-such-page/")
    assert status == 404
    html = body.decode()
    assert "Page not found" in html
    in_the_sites_design(html)
    # WhiteNoise still serves the stylesheet, the icon and the favicon at the site's root.
    assert fetch(served + "/static/arfer/build/arfer.css")[0] == 200
    assert fetch(served + "/static/arfer/favicon.svg")[0] == 200
    status, headers, icon = fetch(served + "/favicon.ico")
    assert status == 200 and icon.startswith(ICO_HEADER)
    assert headers["Content-Type"] in ("image/x-icon", "image/vnd.microsoft.icon")


@pytest.mark.parametrize("value, debug", [(None, "False"), ("1", "True"), ("0", "False")])
def test_debug_is_off_unless_asked_for(tmp_path, value, debug):
    env = make_run_environment(tmp_path, **({"ARFER_DEBUG": value} if value else {}))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "arfer.cli",
            "shell",
            "-c",
            "from django.conf import settings; print(settings.DEBUG)",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip().splitlines()[-1] == debug, result.stderr


# The error pages, as the tests' settings serve them (debug off)


@pytest.mark.django_db
def test_the_404_page(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    in_the_sites_design(response.content.decode())
    assert client.get("/cy/no-such-page/").content.decode().startswith("<!DOCTYPE html>")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("address", "lang", "other"),
    [
        (
            "/no-such-page/?q=1",
            "en",
            '<a class="govuk-language-navigation__link" '
            'href="/cy/no-such-page/?q=1" rel="alternate" lang="cy"',
        ),
        (
            "/cy/no-such-page/",
            "cy",
            '<a class="govuk-language-navigation__link" '
            'href="/no-such-page/" rel="alternate" lang="en"',
        ),
        ("/cy/", "cy", '<a class="govuk-language-navigation__link" href="/" rel="alternate"'),
    ],
)
def test_the_language_switch_keeps_an_unknown_address(client, address, lang, other):
    response = client.get(address)
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html and other in html


@pytest.mark.django_db
def test_the_403_page_says_why(client, directory):
    board = create_account(
        "board@example.org", role="board", password="a-long-unusual-passphrase", actor=SYSTEM
    )[0]
    sign_in_with_two_factor(client, board)
    response = client.get("/board/workstreams/new/")
    assert response.status_code == 403
    html = response.content.decode()
    in_the_sites_design(html)
    assert "You cannot do this" in html
    assert "Only programme admins can manage workstreams." in html


@pytest.mark.django_db
def test_a_refused_form_gets_the_sites_403_page():
    response = Client(enforce_csrf_checks=True).post("/account/sign-in/", {})
    assert response.status_code == 403
    html = response.content.decode()
    in_the_sites_design(html)
    assert "The form could not be sent." in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("prefix", "heading", "lang"),
    [("", "You cannot do that on this page", "en"), ("/cy", "Ni allwch wneud hynny", "cy")],
)
def test_a_method_a_page_does_not_take_gets_the_sites_405_page(client, prefix, heading, lang):
    response = client.post(f"{prefix}/practices/")
    assert response.status_code == 405 and response["Allow"] == "GET"
    html = response.content.decode()
    in_the_sites_design(html)
    assert heading in html and f'<html lang="{lang}"' in html
    assert "(POST)" in html and f'href="{prefix}/practices/"' in html


@pytest.mark.django_db
def test_a_method_the_api_does_not_take_is_refused_in_its_error_format(client):
    response = client.delete("/api/v1/practices", headers={"accept-language": "cy"})
    assert response.status_code == 405 and "GET" in response["Allow"]
    assert response.json() == {
        "status": 405,
        "code": response.json()["code"],
        "message": "Nid yw'r cyfeiriad hwn yn derbyn DELETE.",
    }


@pytest.mark.django_db
def test_the_400_page_for_an_unknown_host(client):
    response = client.get("/", headers={"host": "unknown.example"})
    assert response.status_code == 400
    html = response.content.decode()
    in_the_sites_design(html)
    assert "Sorry, the request could not be understood" in html
    # No database, no host, yet the language switch: the same address in Welsh.
    assert 'href="/cy/" rel="alternate" lang="cy"' in html
    welsh = client.get("/cy/practices/?q=x", headers={"host": "unknown.example"}).content.decode()
    assert '<html lang="cy"' in welsh and 'href="/practices/?q=x" rel="alternate"' in welsh


@pytest.mark.django_db
@override_settings(ROOT_URLCONF="tests.core.error_urls")
def test_the_500_page_needs_no_database():
    with CaptureQueriesContext(connection) as captured:
        response = Client(raise_request_exception=False).get("/fails/")
    assert response.status_code == 500
    html = response.content.decode()
    in_the_sites_design(html)
    assert "Sorry, there is a problem with the service" in html
    assert 'href="/cy/fails/" rel="alternate" lang="cy"' in html
    assert len(captured) == 0


@pytest.mark.django_db
def test_the_favicon_is_served_at_the_root(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(ICO_HEADER)
