import shlex
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from arfer.core.backups import BackupRefused, check_backup, restore


class Command(BaseCommand):
    help = (
        "Put a copy made by `arfer backup` in place of the database. Stop the site first "
        "(`arfer serve` and any `arfer worker`). Without --yes, only checks the copy."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="A file made by `arfer backup`.")
        parser.add_argument(
            "--yes", action="store_true", help="Replace the database (the site is stopped)."
        )

    def handle(self, *args, path, yes, **options):
        try:
            checked = check_backup(path)
            self.stdout.write(f"{checked.path} is {checked.description}.")
            if not yes:
                raise BackupRefused(
                    "Nothing was changed. Restoring replaces the whole database with this copy: "
                    "every change made since it was taken is lost (the database it replaces is "
                    "kept as a backup first). Stop the site (`arfer serve` and any `arfer "
                    f"worker`), then run `arfer restore {shlex.quote(str(path))} --yes`."
                )
            kept = restore(checked)
        except BackupRefused as refusal:
            raise CommandError(str(refusal)) from refusal
        except OSError as error:
            raise CommandError(f"The restore could not be completed: {error}") from error
        if kept is not None:
            self.stdout.write(f"The database it replaced was kept as {kept}.")
        self.stdout.write(
            "Restored. Run `arfer migrate --noinput` (a copy from an older version "
            "needs its migrations), then start the site again."
        )
