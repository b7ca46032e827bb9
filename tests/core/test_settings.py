import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SETTINGS_SOURCES = [
    ROOT / "arfer" / "settings.py",
    ROOT / "arfer" / "core" / "management" / "commands" / "serve.py",
]


def settings_read_from_environment() -> set[str]:
    names = set()
    for source in SETTINGS_SOURCES:
        text = source.read_text()
        names |= set(re.findall(r'env(?:_bool)?\("([A-Z_]+)"', text))
        names |= set(re.findall(r'os\.environ\.get\("([A-Z_]+)"', text))
    return names


def documented_settings() -> set[str]:
    table = (ROOT / "docs" / "settings.md").read_text()
    return set(re.findall(r"^\| `([A-Z_]+)` \|", table, flags=re.MULTILINE))


def test_every_setting_is_documented_and_every_documented_setting_exists():
    assert settings_read_from_environment() == documented_settings()


def run_check(env_overrides: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARFER_")}
    env.pop("DATABASE_URL", None)
    # Set for the browser tests' process only; a deployment never has it.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "-m", "arfer.cli", "check", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = run_check(
        {
            "ARFER_ENV": "production",
            "ARFER_ALLOWED_HOSTS": "arfer.example",
            "ARFER_DATA_DIR": str(tmp_path),
        }
    )
    assert result.returncode != 0
    assert "ARFER_SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts(tmp_path):
    result = run_check(
        {"ARFER_ENV": "production", "ARFER_SECRET_KEY": "k" * 60, "ARFER_DATA_DIR": str(tmp_path)}
    )
    assert result.returncode != 0
    assert "ARFER_ALLOWED_HOSTS must be set" in result.stderr


def test_production_settings_pass_the_deployment_checks(tmp_path):
    result = run_check(
        {
            "ARFER_ENV": "production",
            "ARFER_ALLOWED_HOSTS": "arfer.example",
            "ARFER_SECRET_KEY": "x9" * 30 + "-Qz_7!#",
            "ARFER_DATA_DIR": str(tmp_path),
        },
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("value", ["perhaps", "2"])
def test_a_malformed_boolean_is_refused_clearly(tmp_path, value):
    result = run_check({"ARFER_DEBUG": value, "ARFER_DATA_DIR": str(tmp_path)})
    assert result.returncode != 0
    assert "ARFER_DEBUG must be true or false" in result.stderr


def test_development_keeps_its_generated_secret_key(tmp_path):
    assert run_check({"ARFER_DATA_DIR": str(tmp_path)}).returncode == 0
    key = (tmp_path / "secret_key").read_text()
    assert run_check({"ARFER_DATA_DIR": str(tmp_path)}).returncode == 0
    assert (tmp_path / "secret_key").read_text() == key and len(key) >= 50


def test_sqlite_runs_in_wal_mode_with_full_sync(db):
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous")
        assert cursor.fetchone()[0] == 2  # FULL
        cursor.execute("PRAGMA foreign_keys")
        assert cursor.fetchone()[0] == 1
    # Kept between requests, with a small page cache of their own beside the shared memory map.
    assert connection.settings_dict["CONN_MAX_AGE"] >= 60
    assert "mmap_size" in connection.settings_dict["OPTIONS"]["init_command"]
