"""The background task that runs an uploaded import (django-tasks: `arfer serve` runs a worker,
or `arfer worker` on its own).

On SQLite another writer (an import from the command line, a long board calculation) can hold
the database past the busy timeout. The task then waits a little and tries again, rather than
failing the run or letting the error reach the worker: an import writes in one transaction, so
an attempt that met the lock wrote nothing, and the next one checks every row afresh.
"""

import logging
import time
from collections.abc import Callable
from typing import TypeVar

from django.db import OperationalError
from django.utils.translation import gettext as _
from django.utils.translation import override
from django_tasks import task

from arfer.core.busy import is_database_locked

from . import runs
from .importer import catch_up, import_file

logger = logging.getLogger(__name__)
# Progress is written at most this often: enough for a progress bar, few writes.
PROGRESS_SECONDS = 0.5
# Seconds to wait before each new attempt when the database was locked (each attempt has
# already waited the busy timeout): a few minutes in all, well under the stalled-run limit.
LOCKED_RETRY_PAUSES = (5, 15, 30, 60)

_T = TypeVar("_T")


class StillLocked(Exception):
    """The database stayed locked through every attempt."""


def sleep(seconds: float) -> None:  # a seam for tests
    time.sleep(seconds)


def retried_while_locked(
    operation: Callable[[], _T], *, run_id: int, waiting: Callable[[], None] | None = None
) -> _T:
    for pause in (*LOCKED_RETRY_PAUSES, None):
        try:
            return operation()
        except OperationalError as error:
            if not is_database_locked(error):
                raise
            if pause is None:
                raise StillLocked from error
            logger.warning(
                "Import run %s: the database is locked; trying again in %s s", run_id, pause
            )
            if waiting:
                waiting()
            sleep(pause)
    raise AssertionError("unreachable")


@task()
def run_import(run_id: int) -> None:
    try:
        run = retried_while_locked(lambda: runs.claim(run_id), run_id=run_id)
    except StillLocked:
        logger.error("Import run %s: not started, the database stayed locked", run_id)
        raise
    if run is None:
        return
    last = 0.0

    def progress(done: int, total: int) -> None:
        nonlocal last
        if time.monotonic() - last >= PROGRESS_SECONDS or done == total:
            last = time.monotonic()
            runs.record_progress(run, done, total)

    def ended(outcome: Callable[[], None]) -> None:
        retried_while_locked(outcome, run_id=run_id)

    with override(run.language):
        if run.uploaded_by_id is None:
            # Never run as the system: the person who uploaded it is gone.
            ended(
                lambda: runs.fail(run, _("The account that uploaded this file no longer exists."))
            )
            return
        try:
            data = runs.read_stored_file(run)
        except FileNotFoundError:
            logger.error(
                "Import run %s: its file %s is not in the imports storage", run_id, run.file_path
            )
            message = _(
                "The uploaded file could not be found where Arfer keeps it, so nothing "
                "was imported. Upload the file again."
            )
            ended(lambda: runs.fail(run, message))
            return
        except Exception:
            logger.exception("Import run %s: its file could not be read", run_id)
            message = _(
                "The uploaded file could not be read back from where Arfer keeps it, "
                "so nothing was imported. Try again later; the programme team has the "
                "details in the log."
            )
            ended(lambda: runs.fail(run, message))
            return
        try:
            report = retried_while_locked(
                lambda: import_file(
                    run.kind,
                    data,
                    run.original_name,
                    actor=run.uploaded_by,
                    skip_invalid=run.mode == run.Mode.SKIP_INVALID,
                    progress=progress,
                    then_catch_up=False,
                ),
                run_id=run_id,
                waiting=lambda: runs.record_heartbeat(run),
            )
        except StillLocked:
            logger.error("Import run %s stopped: the database stayed locked", run_id)
            message = _(
                "The import could not be saved because the database stayed busy with "
                "other changes. Nothing was saved. Upload the file again later."
            )
            ended(lambda: runs.fail(run, message))
            return
        except Exception:
            logger.exception("Import run %s stopped", run_id)
            message = _(
                "The import stopped because of an error in Arfer. Nothing was saved. "
                "The programme team has the details in the log."
            )
            ended(lambda: runs.fail(run, message))
            return
    ended(lambda: runs.finish(run, report))
    # Also after a run that wrote nothing: an earlier one's worker may have stopped first.
    catch_up(run.kind)
