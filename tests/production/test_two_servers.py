"""Past one machine: two `arfer serve` processes share one PostgreSQL database behind nginx, as
several app servers would. Each keeps its own in-memory index of the menu and reads the board's
figures from shared snapshots; after a change written by a third process (an import at the
command line), both answer with the change, through the proxy and directly."""

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.production.test_behind_a_proxy import free_port, nginx_configuration, require

pytestmark = pytest.mark.browser

WORD = "zephyrine"  # in no demo practice
PRACTICE = (
    "external_ref,lead_body,title_en,summary_en,problem_en,approach_en,outcomes_en,"
    "service_areas,prevention_tier,evidence_level,status\n"
    f"TWO-SERVERS-1,gwynedd-council,Zephyrine route planning for home care,"
    f"Home care rounds planned by {WORD} software.,Carers drove between far visits.,"
    "Rounds are planned each night.,Less driving and more time with people.,"
    "adult-social-care,secondary,2,published\n"
)


def postgres_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        pytest.skip("several app servers share PostgreSQL: runs with DATABASE_URL set")
    return url


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (http only)
        return json.load(response)


def wait_until_answering(url: str, processes: list[subprocess.Popen], log: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if any(process.poll() is not None for process in processes):
            pytest.fail("a server stopped at start:\n" + log.read_text())
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (http only)
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"{url} did not answer:\n" + log.read_text())


@pytest.fixture(scope="module")
def two_servers(tmp_path_factory):
    from tests.journeys.conftest import _postgres, _with_database

    url = postgres_url()
    nginx = require("nginx")
    folder = tmp_path_factory.mktemp("two-servers")
    database = f"arfer_two_servers_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
    _postgres(url, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    _postgres(url, f'CREATE DATABASE "{database}"')
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_", "ARFER_"))
    }
    environment.update(
        DATABASE_URL=_with_database(url, database),
        ARFER_DATA_DIR=str(folder / "data"),
        PYTHONUNBUFFERED="1",
    )
    for command in (["migrate", "--noinput"], ["demo", "--if-empty"]):
        subprocess.run(
            [sys.executable, "-m", "arfer.cli", *command],
            env=environment,
            check=True,
            capture_output=True,
            timeout=300,
        )

    ports = [free_port(), free_port()]
    log = folder / "servers.log"
    output = log.open("w")
    servers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "arfer.cli",
                "serve",
                "--port",
                str(port),
                "--workers",
                "2",
                *(["--no-worker"] if index else []),
            ],
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        for index, port in enumerate(ports)
    ]
    proxy_port = free_port()
    upstream = "\n".join(f"        server 127.0.0.1:{port};" for port in ports)
    (folder / "nginx.conf").write_text(
        nginx_configuration(
            folder,
            f"""
    upstream arfer {{
{upstream}
    }}
    server {{
        listen 127.0.0.1:{proxy_port};
        location / {{
            proxy_pass http://arfer;
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        }}
    }}""",
        )
    )
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
        stderr=subprocess.DEVNULL,
    )
    try:
        for port in [*ports, proxy_port]:
            wait_until_answering(f"http://127.0.0.1:{port}/", [*servers, proxy], log)
        yield {
            "direct": [f"http://127.0.0.1:{port}" for port in ports],
            "proxy": f"http://127.0.0.1:{proxy_port}",
            "environment": environment,
            "folder": folder,
        }
    finally:
        proxy.terminate()
        for server in servers:
            server.terminate()
        proxy.wait(timeout=30)
        for server in servers:
            server.wait(timeout=60)
        output.close()
        _postgres(url, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def seen_by(address: str) -> tuple[int, int]:
    """(practices found by the word, published practices in the programme's figures)."""
    found = get_json(f"{address}/api/v1/practices?q={WORD}")["items"]
    glance = get_json(f"{address}/api/v1/figures/programme")["figures"]["practices"]
    return len(found), glance


def test_a_change_written_elsewhere_is_seen_by_every_server(two_servers):
    addresses = [*two_servers["direct"], two_servers["proxy"], two_servers["proxy"]]
    # Each server builds its index and reads the figures before the change.
    before = [seen_by(address) for address in addresses]
    assert len(set(before)) == 1 and before[0][0] == 0, before

    csv = two_servers["folder"] / "practice.csv"
    csv.write_text(PRACTICE, encoding="utf-8")
    imported = subprocess.run(
        [sys.executable, "-m", "arfer.cli", "import", "practices", str(csv)],
        env=two_servers["environment"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert imported.returncode == 0, imported.stdout + imported.stderr

    glance = before[0][1]
    after = [seen_by(address) for address in addresses]
    assert after == [(1, glance + 1)] * len(addresses), (before, after)
