"""SQLite's planner statistics are refreshed by a migrate that applied something, and a migrate
with nothing to do leaves the database file as it was."""

import os
import sqlite3
import subprocess
import sys

import pytest

# Runs on a SQLite database of its own whatever the suite runs on: the SQLite run covers it.
pytestmark = pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")),
    reason="runs on a SQLite database of its own; the SQLite run covers it",
)


def migrate(data_dir, *arguments):
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("ARFER_", "DJANGO_"))}
    environment.pop("DATABASE_URL", None)
    environment["ARFER_DATA_DIR"] = str(data_dir)
    subprocess.run(
        [sys.executable, "-m", "arfer.cli", "migrate", "--verbosity", "0", *arguments],
        env=environment,
        check=True,
        timeout=300,
    )
    return data_dir / "arfer.sqlite3"


def test_a_migrate_that_applies_migrations_gathers_statistics(tmp_path):
    database = migrate(tmp_path)
    with sqlite3.connect(database) as connection:
        tables = {row[0] for row in connection.execute("SELECT tbl FROM sqlite_stat1")}
    # ANALYZE records the tables that hold rows, the migrations among them.
    assert "django_migrations" in tables


def test_a_migrate_with_nothing_to_do_writes_nothing(tmp_path):
    database = migrate(tmp_path)
    modified = database.stat().st_mtime_ns
    migrate(tmp_path)
    assert database.stat().st_mtime_ns == modified
