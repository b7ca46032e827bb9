"""Writing the open data files in the background (the worker `arfer serve` runs), so that after
a change to the published data the files are ready before anyone asks for one."""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import translation
from django_tasks import task

from . import files, formats

# Files queued for writing are not queued again by this process for this long.
QUEUED_FOR_SECONDS = 15 * 60


@task()
def write_every_file() -> None:
    """Every dataset in every format and the SQLite file, in each language, for the data as it
    is now; files already written for it are left as they are."""
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for name, write in formats.every_file(language):
                files.cached_file(name, write)


def prepare_later() -> None:
    """Queue the writing if a file of the data as it is now is missing (once per state of the
    data in each process: the page that calls this is read far more often than data change)."""
    names = [
        name
        for language, _label in settings.LANGUAGES
        for name, _write in formats.every_file(language)
    ]
    key = files.state_key()
    if not files.missing(names, key):
        return
    if not cache.add(f"arfer:opendata-queued:{key}", True, timeout=QUEUED_FOR_SECONDS):
        return
    transaction.on_commit(write_every_file.enqueue)
