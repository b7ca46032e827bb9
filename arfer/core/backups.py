"""`arfer backup` and `arfer restore`: a consistent copy of the database taken while the site
takes writes, and that copy put back once the site is stopped.

SQLite is copied with its online backup API in one step: the copy is one read transaction, so
writers carry on (WAL mode) and cannot make it start again, as they do the `sqlite3` tool's
`.backup`, which copies a hundred pages at a time and restarts whenever the database changes.
PostgreSQL is copied with `pg_dump --format=custom` (backups_postgres.py).

Either way a copy is written under a temporary name in its destination folder and renamed only
once it has been checked, so a name that looks like a backup always holds a whole, sound one.
Not an action (actions.py): a backup changes no record, and a restore replaces them all, with
the site stopped.
"""

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, connections

from arfer.core.backup_files import BackupRefused, written_as

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 20
# A heartbeat this recent means a task worker is still running against the database.
WORKER_ALIVE_SECONDS = 60


@dataclass(frozen=True)
class CheckedBackup:
    path: Path
    description: str


def database_settings() -> dict:
    return connections["default"].settings_dict


def uses_postgresql() -> bool:
    return connections["default"].vendor == "postgresql"


def extension() -> str:
    return "pgdump" if uses_postgresql() else "sqlite3"


def utc_stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def private_folder(folder: Path) -> Path:
    """A folder only the service's user can read, made if needed."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)
    return folder


def destination_for(requested: Path | None, *, stem: str = "arfer") -> Path:
    """Where a new backup goes: a path given, a file named by the time in a folder given, or
    by default in `$ARFER_DATA_DIR/backups`. An existing file is never overwritten."""
    name = f"{stem}-{utc_stamp()}.{extension()}"
    if requested is None:
        return private_folder(settings.DATA_DIR / "backups") / name
    requested = requested.expanduser().absolute()
    if requested.is_dir():
        return requested / name
    if requested.exists() or requested.is_symlink():
        raise BackupRefused(f"{requested} already exists: name a new file, or a folder.")
    if not requested.parent.is_dir():
        raise BackupRefused(f"The folder {requested.parent} does not exist.")
    return requested


def back_up(requested: Path | None = None) -> Path:
    """Copy the live database to a new file; returns its path."""
    target = destination_for(requested)
    if uses_postgresql():
        from arfer.core import backups_postgres

        backups_postgres.dump(database_settings(), target)
    else:
        back_up_sqlite(Path(database_settings()["NAME"]), target)
    return target


# SQLite


def _open_sqlite(path: Path, mode: str) -> sqlite3.Connection:
    """`mode` "rw" or "ro": never "rwc", so a mistyped path is not made into an empty database."""
    return sqlite3.connect(
        f"{path.absolute().as_uri()}?mode={mode}",
        uri=True,
        timeout=BUSY_TIMEOUT_SECONDS,
        isolation_level=None,
    )


def copy_sqlite(source: Path, target: Path) -> None:
    """`source` into the (empty) file `target`, as one consistent snapshot."""
    with closing(_open_sqlite(source, "rw")) as live, closing(_open_sqlite(target, "rw")) as copy:
        live.backup(copy)  # pages=-1: the whole database in one step
        # The copy stands alone: no -wal file beside it to lose.
        copy.execute("PRAGMA journal_mode=DELETE")


def check_sqlite(path: Path) -> int:
    """Refuses a file that is not a sound SQLite database holding Arfer's tables; returns the
    number of migrations applied to it."""
    try:
        with open(path, "rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise BackupRefused(f"{path} cannot be read: {error.strerror}.") from error
    if header != SQLITE_HEADER:
        raise BackupRefused(f"{path} is not a SQLite database.")
    try:
        with closing(_open_sqlite(path, "ro")) as database:
            problems = [row[0] for row in database.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise BackupRefused(
                    f"{path} is damaged: it fails SQLite's integrity check "
                    f"({'; '.join(problems[:3])})."
                )
            if not database.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'django_migrations'"
            ).fetchone():
                raise BackupRefused(
                    f"{path} is a SQLite database, but not Arfer's (it has no "
                    "django_migrations table)."
                )
            return database.execute("SELECT count(*) FROM django_migrations").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise BackupRefused(f"{path} is damaged, or not a SQLite database: {error}.") from error


def back_up_sqlite(source: Path, target: Path) -> None:
    if not source.is_file():
        raise BackupRefused(f"There is no database at {source}.")
    with written_as(target) as temporary:
        try:
            copy_sqlite(source, temporary)
        except sqlite3.DatabaseError as error:
            raise BackupRefused(
                f"The database at {source} could not be copied: {error}."
            ) from error
        check_sqlite(temporary)


def _sqlite_companions(database: Path) -> list[Path]:
    return [database.with_name(database.name + suffix) for suffix in ("-wal", "-shm")]


def _take_sqlite_for_restore(live: Path) -> bool:
    """Makes sure nothing else has the live database open, and folds its WAL into the file.
    Leaving WAL mode needs the only connection, so "locked" here means the site still runs.
    Returns False when the live database is damaged (it is then moved aside, not copied)."""
    try:
        with closing(_open_sqlite(live, "rw")) as database:
            database.execute("PRAGMA busy_timeout = 2000")
            mode = database.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise BackupRefused(
                f"The database at {live} is in use: stop `arfer serve` and any `arfer worker` "
                "first. Nothing was changed."
            ) from error
        return False
    except sqlite3.DatabaseError:
        return False
    if mode != "delete":
        raise BackupRefused(
            f"The database at {live} is in use: stop `arfer serve` and any "
            "`arfer worker` first. Nothing was changed."
        )
    return True


def restore_sqlite(backup: Path, live: Path) -> Path | None:
    """Puts `backup` in place of the live database; returns where the database it replaced was
    kept (None if there was none)."""
    kept = None
    live.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if live.exists():
        if _take_sqlite_for_restore(live):
            kept = destination_for(None, stem="arfer-before-restore")
            back_up_sqlite(live, kept)
        else:
            kept = live.with_name(f"{live.name}.damaged-{utc_stamp()}")
            for companion, moved in zip(
                [live, *_sqlite_companions(live)], [kept, *_sqlite_companions(kept)], strict=True
            ):
                if companion.exists():
                    os.replace(companion, moved)
    with written_as(live, replacing=True) as temporary:
        copy_sqlite(backup, temporary)
        check_sqlite(temporary)
        # A -wal file left beside the new database would be replayed into it.
        for companion in _sqlite_companions(live):
            companion.unlink(missing_ok=True)
    return kept


# Both engines


def check_backup(path: Path) -> CheckedBackup:
    path = path.expanduser().absolute()
    if not path.is_file():
        raise BackupRefused(f"There is no file at {path}.")
    if uses_postgresql():
        from arfer.core import backups_postgres

        backups_postgres.check(path)
        return CheckedBackup(path, "an Arfer database dumped by pg_dump")
    migrations = check_sqlite(path)
    return CheckedBackup(path, f"a sound Arfer database ({migrations} migrations applied)")


def refuse_if_a_worker_runs() -> None:
    from django.utils import timezone

    from arfer.core.models import WorkerHeartbeat

    if not uses_postgresql() and not Path(database_settings()["NAME"]).exists():
        return  # asking would make an empty database where the copy is to go
    recent = timezone.now() - timedelta(seconds=WORKER_ALIVE_SECONDS)
    try:
        alive = WorkerHeartbeat.objects.filter(beat_at__gte=recent).exists()
    except DatabaseError:
        alive = False  # an empty or damaged database, or one from before heartbeats
    finally:
        connections.close_all()
    if alive:
        raise BackupRefused(
            "A task worker is still running against this database (it recorded "
            "a heartbeat within the last minute): stop `arfer serve` and any "
            "`arfer worker` first. Nothing was changed. (A worker that was "
            "killed rather than stopped leaves its last heartbeat: try again "
            "a minute after it was killed.)"
        )


def restore(checked: CheckedBackup) -> Path | None:
    """Replaces the live database with a checked backup, keeping what it replaces first."""
    refuse_if_a_worker_runs()
    if uses_postgresql():
        from arfer.core import backups_postgres

        backups_postgres.refuse_if_in_use(database_settings())
        kept = destination_for(None, stem="arfer-before-restore")
        backups_postgres.dump(database_settings(), kept)
        backups_postgres.restore(database_settings(), checked.path)
        return kept
    return restore_sqlite(checked.path, Path(database_settings()["NAME"]))
