"""Journeys meet Arfer as its people do: `arfer serve` in a process of its own, on a fresh copy of
the demo data that `arfer migrate` and `arfer demo` made (the README's first command), driven
through Debian's Chromium. The tests click, type, upload and download; they never write to the
database, post around a form or change a page with script.

The demo is loaded once per test process into a template (a SQLite file, or a PostgreSQL
database when DATABASE_URL names one) and each journey gets its own copy, so journeys are
independent of each other and of the order they run in."""

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.browser_support import one_language_per_engine

HERE = Path(__file__).parent


def pytest_collection_modifyitems(config, items):
    one_language_per_engine(
        items,
        HERE,
        "each journey runs in English on SQLite and in Welsh on PostgreSQL",
    )


SERVER_START_SECONDS = 60
ACCOUNT_LINE = re.compile(r"^\s+(?P<role>[a-z-]+)\s+(?P<email>\S+@\S+)\s+(?P<password>\S+)\s*$")


@dataclass(frozen=True)
class Account:
    role: str
    email: str
    password: str


@dataclass
class Site:
    """A running Arfer: its address and the demo's accounts, one per role."""

    url: str
    accounts: dict[str, Account]
    data_dir: Path

    def address(self, path: str, language: str = "en") -> str:
        return self.url + ("/cy" if language == "cy" else "") + path


def _worker() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def _postgres_url() -> str | None:
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


def _postgres(url: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(_with_database(url, "postgres"), autocommit=True) as connection:
        connection.execute(statement)


def _environment(data_dir: Path, database: str | None) -> dict[str, str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PYTEST_", "ARFER_"))
    }
    environment.pop("DATABASE_URL", None)
    environment.update(ARFER_DATA_DIR=str(data_dir), PYTHONUNBUFFERED="1")
    if database:
        environment["DATABASE_URL"] = database
    return environment


def _arfer(*arguments: str, environment: dict[str, str]) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "arfer.cli", *arguments],
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"arfer {' '.join(arguments)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo, loaded once as `make run` loads it; its accounts read from what it prints."""
    data_dir = tmp_path_factory.mktemp("demo-template")
    postgres = _postgres_url()
    database = None
    if postgres:
        name = f"arfer_journey_template_{_worker()}"
        _postgres(postgres, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        _postgres(postgres, f'CREATE DATABASE "{name}"')
        database = _with_database(postgres, name)
    environment = _environment(data_dir, database)
    _arfer("migrate", "--noinput", environment=environment)
    printed = _arfer("demo", "--if-empty", environment=environment)
    accounts = {}
    for line in printed.splitlines():
        if match := ACCOUNT_LINE.match(line):
            accounts[match["role"]] = Account(**match.groupdict())
    assert set(accounts) == {
        "viewer",
        "editor",
        "body-admin",
        "moderator",
        "board",
        "programme-admin",
    }, printed
    yield {"data_dir": data_dir, "database": database, "accounts": accounts}
    if postgres:
        _postgres(postgres, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_serving(process: subprocess.Popen, url: str, log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"arfer serve stopped at start:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=5) as response:  # noqa: S310
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    pytest.fail(f"arfer serve did not answer within {SERVER_START_SECONDS} s:\n{log.read_text()}")


@pytest.fixture
def site(demo_template, tmp_path, request):
    """A fresh copy of the demo, served by `arfer serve` (with its task worker)."""
    data_dir = tmp_path / "data"
    shutil.copytree(demo_template["data_dir"], data_dir)
    database = None
    postgres = _postgres_url()
    if postgres:
        template = urlsplit(demo_template["database"]).path.lstrip("/")
        name = f"arfer_journey_{_worker()}_{os.getpid()}"
        _postgres(postgres, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        _postgres(postgres, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        database = _with_database(postgres, name)
    port = _free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "arfer.cli", "serve", "--port", str(port)],
            env=_environment(data_dir, database),
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_serving(process, url, log)
        yield Site(url=url, accounts=demo_template["accounts"], data_dir=data_dir)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=45)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        # Shown with the report of a journey that failed: what the server said meanwhile.
        print(log.read_text()[-6000:])
        if postgres:
            _postgres(postgres, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def new_person(browser):
    """Each person in a journey has a browser of their own (their own cookies and screen):
    new_person() for a desktop, new_person(width=390) for a phone."""
    contexts = []

    def open_browser(width: int = 1280, height: int = 900, language: str = "en"):
        context = browser.new_context(
            viewport={"width": width, "height": height},
            accept_downloads=True,
            locale="cy-GB" if language == "cy" else "en-GB",
        )
        context.set_default_timeout(20_000)
        contexts.append(context)
        return context.new_page()

    yield open_browser
    for context in contexts:
        context.close()
