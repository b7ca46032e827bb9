"""An import run as the task worker moves it on: claimed, its progress and heartbeat, finished
or failed, and the stored file it reads. Each is one short write of its own."""

import logging

from django.core.files.storage import Storage, storages
from django.db import OperationalError
from django.utils import timezone

from arfer.core.busy import is_database_locked

from .importer import Report
from .models import ImportRun

logger = logging.getLogger(__name__)


def imports_storage() -> Storage:
    return storages["imports"]


def read_stored_file(run: ImportRun) -> bytes:
    """The uploaded file's bytes (the importer reads a file whole: its limits bound the size)."""
    with imports_storage().open(run.file_path, "rb") as stored:
        return stored.read()


def claim(run_id: int) -> ImportRun | None:
    """Mark a queued run as running; None if it is not queued (already run, or run twice)."""
    now = timezone.now()
    claimed = ImportRun.objects.filter(pk=run_id, status=ImportRun.Status.QUEUED).update(
        status=ImportRun.Status.RUNNING, started_at=now, heartbeat_at=now
    )
    return ImportRun.objects.get(pk=run_id) if claimed else None


def record_progress(run: ImportRun, done: int, total: int) -> None:
    # A short write of its own. The import writes its records in one transaction only after
    # every row is checked, so on SQLite this never waits for that transaction's lock.
    _heard_from(run, rows_done=done, rows_total=total)


def record_heartbeat(run: ImportRun) -> None:
    _heard_from(run)


def _heard_from(run: ImportRun, **progress) -> None:
    """Progress and the heartbeat are worth a short write, never the import: another writer
    holding the database (another import) skips them until the next one."""
    try:
        ImportRun.objects.filter(pk=run.pk).update(heartbeat_at=timezone.now(), **progress)
    except OperationalError as error:
        if not is_database_locked(error):
            raise
        logger.info("Import run %s: progress not recorded, the database is busy", run.pk)


def finish(run: ImportRun, report: Report) -> None:
    ImportRun.objects.filter(pk=run.pk).update(
        status=ImportRun.Status.DONE,
        finished_at=timezone.now(),
        rows_total=report.rows_total,
        rows_done=report.rows_total,
        created_count=report.created,
        updated_count=report.updated,
        unchanged_count=report.unchanged,
        invalid_count=report.invalid,
        report=report.as_json(),
    )


def fail(run: ImportRun, message: str) -> None:
    ImportRun.objects.filter(pk=run.pk).update(
        status=ImportRun.Status.FAILED,
        finished_at=timezone.now(),
        report={"fatal": message, "problems": [], "written": False},
    )
