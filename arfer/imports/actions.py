"""An import run started from an upload: permission-checked, the file stored under a name of
our own in the "imports" storage, where the task worker reads it, perhaps on another machine;
the task queued once the run is committed. Its progress and its end are in runs.py."""

import logging
import os
import uuid

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from arfer.accounts.policy import is_signed_in

from .columns import kinds_for
from .models import ImportRun
from .runs import imports_storage

logger = logging.getLogger(__name__)

# Shown for a run whose worker stopped mid-run (ImportRun.has_stalled): its one writing
# transaction was rolled back with it.
STALLED_MESSAGE = gettext_lazy(
    "The import stopped before it finished: nothing was written. Upload the file again."
)


def start_import(
    *, actor, kind: str, upload, skip_invalid: bool, language: str = "en"
) -> ImportRun:
    """Store an uploaded file and queue its import, to run as the person who uploaded it."""
    # The run acts later, in a worker, as the person who uploaded the file: the system never
    # uploads (an operator imports at the command line instead).
    if not is_signed_in(actor) or kind not in {k.name for k in kinds_for(actor)}:
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
