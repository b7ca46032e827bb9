"""Open data files made once for each state of the data.

A dataset of a national programme (100,000 practices) takes tens of seconds to write and tens
of megabytes to hold, and anyone may ask for it: writing it for every request would let a
handful of visitors keep the server busy. So each file is written once into a folder named
after the data's fingerprint (the same one the board's figures use: it moves with any change
to what is published) and served from there until the data changes; older folders are then
removed. A file is written under a temporary name and renamed into place, so a reader never
sees half of one, and two requests writing the same file at once do no harm.

So that the first reader after a change does not wait for the writing, the open data page
queues every file for the task worker (tasks.py) when any is missing; a download of one not
written yet still writes it there and then.
"""

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.db import connection

from arfer.board.snapshots import fingerprint


def state_key() -> str:
    """The data as it is now: the database (two databases on one machine, a test database
    beside the real one, never share a file) and the fingerprint of its data."""
    state = f"{connection.settings_dict['NAME']}|{fingerprint()}"
    return hashlib.sha256(state.encode()).hexdigest()[:24]


def _folder() -> Path:
    return Path(settings.ARFER_OPEN_DATA_DIR) / state_key()


def missing(names: list[str], key: str) -> bool:
    """Whether any of these files is still to be written for the state of the data `key`."""
    folder = Path(settings.ARFER_OPEN_DATA_DIR) / key
    return any(not (folder / name).is_file() for name in names)


def cached_file(name: str, write: Callable[[Path], None]) -> Path:
    """The file `name` for the data as it is now, written by `write(path)` if it is not there
    yet."""
    folder = _folder()
    path = folder / name
    if path.is_file():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".part")
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)
    _remove_older(folder)
    return path


def _remove_older(current: Path) -> None:
    """Folders of earlier states of the data. A download already under way keeps its open file
    (the system frees it when the download ends)."""
    for folder in current.parent.iterdir():
        if folder.is_dir() and folder != current:
            shutil.rmtree(folder, ignore_errors=True)
