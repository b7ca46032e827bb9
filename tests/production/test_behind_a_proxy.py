"""Arfer as docs/operations.md tells an operator to run it: production settings, every `arfer`
command of the documented set-up in order, `arfer serve` behind nginx with the documented
configuration and a self-signed certificate made here. Then people use it over HTTPS: a
programme admin signs in (setting up two-factor sign-in), uploads a spreadsheet and downloads a
template; plain HTTP is sent to HTTPS; the security headers are there; and the sign-in lockout
counts each client by its own address, not the proxy's."""

import http.client
import os
import re
import secrets
import shutil
import socket
import ssl
import subprocess
import sys
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.journeys.conftest import Account, Site
from tests.journeys.steps import import_file, sign_in

pytestmark = [
    pytest.mark.browser,
    # Serves a SQLite database of its own whatever the suite runs on: the SQLite run covers it.
    pytest.mark.skipif(
        bool(os.environ.get("DATABASE_URL")),
        reason="runs on a SQLite database of its own; the SQLite run covers it",
    ),
]

ROOT = Path(__file__).resolve().parents[2]
SECTION = "### Production, from an empty machine to a site behind a TLS proxy"
ADMIN_EMAIL = "you@example.org"  # the documented first account
ADOPTIONS = (
    "external_ref,practice,body,stage,stage_since\n"
    "PROD-0001,online-self-service-for-council-tax-and-benefits,W06000001,planning,"
    "01/04/2025\n"
)
START_SECONDS = 60


def documented_section() -> str:
    text = (ROOT / "docs" / "operations.md").read_text()
    start = text.index(SECTION)
    end = text.find("\n### ", start + len(SECTION))
    return text[start : end if end > 0 else None]


def fenced_blocks(section: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", section, flags=re.DOTALL)


def documented_arfer_commands(section: str) -> list[list[str]]:
    commands = []
    for block in fenced_blocks(section, "sh"):
        for line in block.splitlines():
            line = line.strip()
            if line.startswith("arfer "):
                commands.append(line.split()[1:])
    return commands


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def require(tool: str) -> str:
    path = shutil.which(tool) or next(
        (str(p) for p in (Path("/usr/sbin") / tool, Path("/sbin") / tool) if p.exists()), None
    )
    if path is None:
        message = f"{tool} is not installed; the production test needs it"
        if os.environ.get("ARFER_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@dataclass
class ProductionSite:
    https_port: int
    http_port: int
    certificate: Path
    environment: dict[str, str]
    admin: Account

    @property
    def url(self) -> str:
        return f"https://localhost:{self.https_port}"

    def https(self, source: str = "127.0.0.1") -> http.client.HTTPSConnection:
        context = ssl.create_default_context(cafile=str(self.certificate))
        return http.client.HTTPSConnection(
            "localhost", self.https_port, context=context, source_address=(source, 0), timeout=30
        )


def run_arfer(arguments: list[str], environment: dict[str, str], stdin: str = "") -> str:
    finished = subprocess.run(
        [sys.executable, "-m", "arfer.cli", *arguments],
        env=environment,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert finished.returncode == 0, (arguments, finished.stdout, finished.stderr)
    return finished.stdout


def nginx_configuration(folder: Path, site: str) -> str:
    """The documented server blocks, with this test's ports, host name and certificate, in a
    main configuration that keeps nginx's files in `folder`."""
    user = "user root;\n" if os.geteuid() == 0 else ""
    temp = "\n".join(
        f"    {kind}_temp_path {folder / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return (
        f"{user}pid {folder / 'nginx.pid'};\nerror_log {folder / 'error.log'};\n"
        f"events {{}}\nhttp {{\n    access_log off;\n{temp}\n{site}\n}}\n"
    )


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    nginx, openssl = require("nginx"), require("openssl")
    folder = tmp_path_factory.mktemp("production")
    app_port, https_port, http_port = free_port(), free_port(), free_port()
    section = documented_section()

    certificate, key = folder / "fullchain.pem", folder / "privkey.pem"
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost",
            "-keyout",
            str(key),
            "-out",
            str(certificate),
        ],
        check=True,
        capture_output=True,
    )

    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_", "ARFER_"))
    }
    environment.pop("DATABASE_URL", None)
    environment.update(
        ARFER_ENV="production",
        ARFER_SECRET_KEY=secrets.token_urlsafe(50),
        ARFER_ALLOWED_HOSTS="localhost",
        ARFER_SITE_URL=f"https://localhost:{https_port}",
        ARFER_DATA_DIR=str(folder / "data"),
        ARFER_TRUSTED_PROXIES="127.0.0.1",
        ARFER_WEB_WORKERS="2",
        PYTHONUNBUFFERED="1",
    )

    commands = documented_arfer_commands(section)
    assert [c[0] for c in commands] == ["migrate", "collectstatic", "demo", "user"], commands
    password = None
    for command in commands:
        output = run_arfer(command, environment)
        if command[0] == "user":
            password = re.search(r"Password \(shown once\): (\S+)", output).group(1)
    deploy = subprocess.run(
        [sys.executable, "-m", "arfer.cli", "check", "--deploy", "--fail-level", "WARNING"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert deploy.returncode == 0, deploy.stdout + deploy.stderr

    # The documented service's command, on this test's port.
    server_log = (folder / "serve.log").open("w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "arfer.cli",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(app_port),
        ],
        env=environment,
        stdout=server_log,
        stderr=subprocess.STDOUT,
    )
    [site_blocks] = fenced_blocks(section, "nginx")
    site_blocks = (
        site_blocks.replace("listen 80;", f"listen 127.0.0.1:{http_port};")
        .replace("listen 443 ssl;", f"listen 127.0.0.1:{https_port} ssl;")
        .replace("127.0.0.1:8000", f"127.0.0.1:{app_port}")
        .replace("arfer.example.org", "localhost")
        .replace("/etc/ssl/arfer/fullchain.pem", str(certificate))
        .replace("/etc/ssl/arfer/privkey.pem", str(key))
    )
    (folder / "nginx.conf").write_text(nginx_configuration(folder, site_blocks))
    proxy = subprocess.Popen(
        [
            nginx,
            "-p",
            str(folder),
            "-e",
            str(folder / "error.log"),
            "-c",
            str(folder / "nginx.conf"),
            "-g",
            "daemon off;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    site = ProductionSite(
        https_port,
        http_port,
        certificate,
        environment,
        Account("programme-admin", ADMIN_EMAIL, password),
    )
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            if server.poll() is not None or proxy.poll() is not None:
                pytest.fail(
                    "arfer serve or nginx stopped at start:\n"
                    + (folder / "serve.log").read_text()
                    + (proxy.stderr.read().decode() if proxy.poll() is not None else "")
                )
            try:
                connection = site.https()
                connection.request("GET", "/")
                if connection.getresponse().status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(
                    "the site did not answer behind the proxy:\n"
                    + (folder / "serve.log").read_text()
                )
            time.sleep(0.5)
        yield site
    finally:
        proxy.terminate()
        server.terminate()
        proxy.wait(timeout=30)
        server.wait(timeout=60)
        server_log.close()


def fetch(
    connection: http.client.HTTPConnection,
    method: str,
    path: str,
    *,
    headers: dict[str, str] | None = None,
    body: str | None = None,
):
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    return response, response.read().decode("utf-8", "replace")


def test_plain_http_is_sent_to_https(production):
    connection = http.client.HTTPConnection("localhost", production.http_port, timeout=30)
    response, _ = fetch(connection, "GET", "/practices/?q=care")
    assert response.status == 301
    # Not to itself (the proxy said the request came over plain HTTP): to HTTPS.
    assert response.getheader("Location").startswith("https://localhost")
    assert response.getheader("Location").endswith("/practices/?q=care")


def test_pages_over_https_carry_the_security_headers(production):
    response, page = fetch(production.https(), "GET", "/")
    assert response.status == 200
    assert response.getheader("Strict-Transport-Security") == (
        "max-age=31536000; includeSubDomains; preload"
    )
    assert "default-src 'self'" in response.getheader("Content-Security-Policy")
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    assert response.getheader("X-Frame-Options") == "DENY"
    assert response.getheader("Referrer-Policy") == "same-origin"
    # The stylesheet is the collected one, with a hashed name, served by the site itself.
    stylesheet = re.search(r'href="(/static/arfer/build/arfer\.[0-9a-f]{12}\.css)"', page)
    assert stylesheet, "the page links the collected stylesheet"
    response, css = fetch(production.https(), "GET", stylesheet.group(1))
    assert response.status == 200 and ".govuk-header" in css
    for address in re.findall(r'url\("?(/static/[^")]+)"?\)', css):
        assert fetch(production.https(), "GET", address)[0].status == 200, address


def test_a_programme_admin_signs_in_imports_and_downloads_over_https(production, browser, tmp_path):
    context = browser.new_context(ignore_https_errors=True, accept_downloads=True)
    try:
        page = context.new_page()
        site = Site(production.url, {"programme-admin": production.admin}, tmp_path)
        # Sign-in, two-factor set-up and its recovery codes: three forms posted through the proxy.
        sign_in(page, site, production.admin)
        assert page.url.startswith(production.url)
        cookies = {cookie["name"]: cookie for cookie in context.cookies()}
        assert cookies["sessionid"]["secure"] and cookies["sessionid"]["httpOnly"]

        # A file uploaded through the proxy, imported by the task worker `arfer serve` runs.
        main = import_file(page, tmp_path, "adoptions.csv", ADOPTIONS)
        assert main.get_by_text("Import complete").count() == 1, main.inner_text()

        # A download over HTTPS.
        page.goto(production.url + "/imports/")
        with page.expect_download() as downloading:
            page.locator("main").get_by_role("link", name="CSV (Adoptions)").click()
        template = Path(downloading.value.path()).read_text(encoding="utf-8-sig")
        assert template.startswith("external_ref,practice,body,stage")
    finally:
        context.close()


def sign_in_attempt(
    production, source: str, email: str, password: str, forwarded_for: str | None = None
) -> tuple[int, str]:
    """A sign-in posted from the address `source`, as a browser posts it (cookie, token,
    Referer); the status of the answer and its heading."""
    extra = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
    response, page = fetch(production.https(source), "GET", "/account/sign-in/", headers=extra)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    cookie = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie")).group(1)
    body = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "username": email, "password": password}
    )
    response, answer = fetch(
        production.https(source),
        "POST",
        "/account/sign-in/",
        body=body,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookie}",
            "Referer": production.url + "/account/sign-in/",
            "Origin": production.url,
            **extra,
        },
    )
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", answer, flags=re.DOTALL)
    return response.status, heading.group(1).strip() if heading else answer[:300]


def test_the_lockout_counts_each_client_by_its_own_address(production):
    email, password = "officer@example.org", "a long and private passphrase"
    run_arfer(
        ["user", "add", email, "--role", "editor", "--body", "gwynedd-council"],
        production.environment,
        stdin=password + "\n",
    )
    locked = (429, "Too many attempts to sign in")
    for _ in range(4):
        assert sign_in_attempt(production, "127.0.0.2", email, "wrong password") == (200, "Sign in")
    # The fifth failure locks that client out, even with the right password, and naming
    # another address in its own X-Forwarded-For header does not help it.
    assert sign_in_attempt(production, "127.0.0.2", email, "wrong password") == locked
    assert sign_in_attempt(production, "127.0.0.2", email, password) == locked
    assert (
        sign_in_attempt(production, "127.0.0.2", email, password, forwarded_for="198.51.100.7")
        == locked
    )
    # The person, signing in from their own machine, is not.
    assert sign_in_attempt(production, "127.0.0.3", email, password)[0] == 302
