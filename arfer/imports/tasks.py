"""The background task that runs an uploaded import (django-tasks: `arfer serve` runs a worker,
or `arfer db_worker` on its own)."""

import logging
import time

from django.utils.translation import gettext as _
from django.utils.translation import override
from django_tasks import task

from . import actions
from .importer import import_file

logger = logging.getLogger(__name__)
# Progress is written at most this often: enough for a progress bar, few writes.
PROGRESS_SECONDS = 0.5


@task()
def run_import(run_id: int) -> None:
    run = actions.claim(run_id)
    if run is None:
        return
    last = 0.0

    def progress(done: int, total: int) -> None:
        nonlocal last
        if time.monotonic() - last >= PROGRESS_SECONDS or done == total:
            last = time.monotonic()
            actions.record_progress(run, done, total)

    with override(run.language):
        if run.uploaded_by_id is None:
            # Never run as the system: the person who uploaded it is gone.
            actions.fail(run, _("The account that uploaded this file no longer exists."))
            return
        try:
            data = actions.stored_path(run).read_bytes()
            report = import_file(run.kind, data, run.original_name, actor=run.uploaded_by,
                                 skip_invalid=run.mode == run.Mode.SKIP_INVALID,
                                 progress=progress)
        except Exception:
            logger.exception("Import run %s stopped", run_id)
            actions.fail(run, _("The import stopped because of an error in Arfer. Nothing was "
                                "saved. The programme team has the details in the log."))
            return
    actions.finish(run, report)
