"""What both kinds of backup (SQLite in backups.py, PostgreSQL in backups_postgres.py) share:
the refusal they raise and the way a file is written so that a half-written copy never has a
backup's name."""

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class BackupRefused(Exception):
    """What went wrong, said for the operator; nothing was changed."""


def _sync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextmanager
def written_as(final: Path, *, replacing: bool = False) -> Iterator[Path]:
    """A temporary file (mode 0600) beside `final` for the block to fill; renamed to `final`
    when the block ends without an error, removed when it does not."""
    if final.exists() and not replacing:
        raise BackupRefused(f"{final} already exists: name a new file, or a folder.")
    try:
        descriptor, name = tempfile.mkstemp(
            dir=final.parent, prefix=f".{final.name}.", suffix=".partial"
        )
    except OSError as error:
        raise BackupRefused(
            f"Nothing can be written in {final.parent}: {error.strerror}."
        ) from error
    os.close(descriptor)
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, final)
        _sync_folder(final.parent)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
