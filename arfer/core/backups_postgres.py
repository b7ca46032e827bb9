"""PostgreSQL's side of `arfer backup` and `arfer restore`: pg_dump and pg_restore, given the
connection through their environment variables, so the password never shows in a process list.
"""

import os
import re
import shutil
import subprocess
from pathlib import Path

from django.db import connections

from arfer.core.backup_files import BackupRefused, written_as

# A table of contents line of `pg_restore --list`: "215; 1259 16386 TABLE public django_migrations
# arfer".
MIGRATIONS_TABLE = re.compile(r"^\d+; \d+ \d+ TABLE \S+ django_migrations ", re.MULTILINE)


def _environment(database: dict) -> dict[str, str]:
    environment = dict(os.environ)
    for key, variable in [
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
        ("NAME", "PGDATABASE"),
    ]:
        if database.get(key):
            environment[variable] = str(database[key])
    sslmode = (database.get("OPTIONS") or {}).get("sslmode")
    if sslmode:
        environment["PGSSLMODE"] = sslmode
    return environment


def _run(program: str, arguments: list[str], database: dict) -> subprocess.CompletedProcess:
    executable = shutil.which(program)
    if executable is None:
        raise BackupRefused(
            f"{program} was not found: install PostgreSQL's client programs "
            "(the postgresql-client package), of the server's version or newer."
        )
    # The program is PostgreSQL's own and every argument ours; no shell.
    return subprocess.run(  # noqa: S603
        [executable, "--no-password", *arguments],
        env=_environment(database),
        capture_output=True,
        text=True,
        check=False,
    )


def _failed(program: str, result: subprocess.CompletedProcess) -> BackupRefused:
    said = result.stderr.strip() or f"it stopped with status {result.returncode}"
    return BackupRefused(f"{program} failed: {said}")


def check(path: Path, database: dict | None = None) -> None:
    """Refuses a file that is not a pg_dump archive of an Arfer database."""
    result = _run("pg_restore", ["--list", str(path)], database or {})
    if result.returncode != 0:
        raise BackupRefused(f"{path} is not a PostgreSQL dump in pg_dump's custom format.")
    if not MIGRATIONS_TABLE.search(result.stdout):
        raise BackupRefused(
            f"{path} is a PostgreSQL dump, but not of Arfer's database (it has "
            "no django_migrations table)."
        )


def dump(database: dict, target: Path) -> None:
    with written_as(target) as temporary:
        result = _run("pg_dump", ["--format=custom", f"--file={temporary}"], database)
        if result.returncode != 0:
            raise _failed("pg_dump", result)
        check(temporary, database)


def refuse_if_in_use(database: dict) -> None:
    connection = connections["default"]
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            others = cursor.fetchone()[0]
    finally:
        connection.close()
    if others:
        raise BackupRefused(
            f"{others} other connection(s) to the database are open: stop `arfer serve`, any "
            "`arfer worker` and every other program using it first. Nothing was changed."
        )


def restore(database: dict, path: Path) -> None:
    """All or nothing (one transaction): a failure leaves the database as it was."""
    result = _run(
        "pg_restore",
        [
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={database['NAME']}",
            str(path),
        ],
        database,
    )
    if result.returncode != 0:
        raise _failed("pg_restore", result)
