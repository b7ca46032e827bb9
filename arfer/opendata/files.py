"""Open data files made once for each state of the data.

A dataset of a national programme (100,000 practices) takes tens of seconds to write and tens
of megabytes to hold, and anyone may ask for it: writing it for every request would let a
handful of visitors keep the server busy. So each file is written once into a folder named
after the data's fingerprint (the same one the board's figures use: it moves with any change
to what is published) and served from there until the data changes; older folders are then
removed. The folders are in the "opendata" storage (settings.STORAGES: the data folder, or
object storage shared by several app servers). A file is only ever stored whole, so a reader
never sees half of one (on disk it is written under a temporary name and renamed into place;
an object store makes an upload visible once it is complete), and two requests writing the
same file at once do no harm.

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

from django.core.files import File
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.db import connection

from arfer.board.snapshots import fingerprint


def open_data_storage() -> Storage:
    return storages["opendata"]


# Raised whenever what the files hold changes for the same data (the Welsh files' labels came
# in with 2, the practices' documents with 3), so that files written by an earlier release are
# not served after an upgrade.
FILES_VERSION = 3


def state_key() -> str:
    """The data as it is now: the database (two databases on one machine, a test database
    beside the real one, never share a file), the fingerprint of its data and the version of
    the files' making."""
    state = f"{connection.settings_dict['NAME']}|{fingerprint()}|{FILES_VERSION}"
    return hashlib.sha256(state.encode()).hexdigest()[:24]


def missing(names: list[str], key: str) -> bool:
    """Whether any of these files is still to be written for the state of the data `key`: one
    listing of its folder, not one question per file (each is a request to an object store)."""
    try:
        _folders, stored = open_data_storage().listdir(key)
    except FileNotFoundError:
        return True
    return not set(names) <= set(stored)


def cached_file(name: str, write: Callable[[Path], None]) -> str:
    """The stored name of the file `name` for the data as it is now, written by `write(path)` if
    it is not there yet."""
    storage, key = open_data_storage(), state_key()
    stored = f"{key}/{name}"
    if storage.exists(stored):
        return stored
    store_whole(storage, stored, write)
    _remove_older(storage, key)
    return stored


def store_whole(storage: Storage, name: str, write: Callable[[Path], None]) -> None:
    """Store the file that `write(path)` writes to a local path, so that readers only ever see
    it whole."""
    if isinstance(storage, FileSystemStorage):
        target = Path(storage.path(name))
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".part"
        )
        os.close(handle)
        try:
            write(Path(temporary))
            os.replace(temporary, target)
        finally:
            Path(temporary).unlink(missing_ok=True)
        return
    with tempfile.TemporaryDirectory(prefix="arfer-opendata-") as scratch:
        scratch_file = Path(scratch) / Path(name).name
        write(scratch_file)
        with scratch_file.open("rb") as written:
            storage.save(name, File(written, name=scratch_file.name))


def _remove_older(storage: Storage, current: str) -> None:
    """Folders of earlier states of the data. A download already under way keeps its open file
    (on disk the system frees it when the download ends; from an object store the view has a
    copy of its own)."""
    folders, _files = storage.listdir("")
    for folder in folders:
        if folder == current:
            continue
        if isinstance(storage, FileSystemStorage):
            shutil.rmtree(storage.path(folder), ignore_errors=True)
        else:
            for name in storage.listdir(folder)[1]:
                storage.delete(f"{folder}/{name}")
