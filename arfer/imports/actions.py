"""Every change to an import run: started from an upload (permission-checked, the file stored
under a name of our own in the "imports" storage, where the task worker reads it, perhaps on
another machine; the task queued once the run is committed), its progress, its end."""

import logging
import os
import uuid

from django.core.exceptions import PermissionDenied
from django.core.files.storage import Storage, storages
from django.db import OperationalError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from arfer.core.busy import is_database_locked

from .columns import kinds_for
from .importer import Report
from .models import ImportRun

logger = logging.getLogger(__name__)

# Shown for a run whose worker stopped mid-run (ImportRun.has_stalled): its one writing
# transaction was rolled back with it.
STALLED_MESSAGE = gettext_lazy(
    "The import stopped before it finished: nothing was written. Upload the file again."
)


def imports_storage() -> Storage:
    return storages["imports"]


def read_stored_file(run: ImportRun) -> bytes:
    """The uploaded file's bytes (the importer reads a file whole: its limits bound the size)."""
    with imports_storage().open(run.file_path, "rb") as stored:
        return stored.read()


def start_import(
    *, actor, kind: str, upload, skip_invalid: bool, language: str = "en"
) -> ImportRun:
    """Store an uploaded file and queue its import, to run as the person who uploaded it."""
    if kind not in {k.name for k in kinds_for(actor)}:
        raise PermissionDenied(_("You cannot import this kind of record."))
    extension = os.path.splitext(upload.name or "")[1].lower()
    storage = imports_storage()
    name = storage.save(
        f"{timezone.now():%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:12]}{extension}", upload
    )
    try:
        with transaction.atomic():
            run = ImportRun.objects.create(
                kind=kind,
                file_path=name,
                original_name=os.path.basename(upload.name)[:200],
                uploaded_by=actor,
                language=language,
                mode=ImportRun.Mode.SKIP_INVALID if skip_invalid else ImportRun.Mode.ALL_OR_NOTHING,
            )
            transaction.on_commit(lambda: _enqueue(run.pk))
    except BaseException:
        storage.delete(name)
        raise
    return run


def _enqueue(run_id: int) -> None:
    from .tasks import run_import

    run_import.enqueue(run_id)


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
